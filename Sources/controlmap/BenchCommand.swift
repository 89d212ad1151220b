import ArgumentParser
import ControlMapCore
import ControlMapService
import Foundation

/// `controlmap bench-core`: in-process timings for bench/run (tagging and whole-article analysis),
/// so that process start-up and file reading are not counted.
struct BenchCoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench-core", abstract: "Time tagging and extraction in process (for bench/run).",
                                                    shouldDisplay: false)

    @OptionGroup var options: CommonOptions
    @Option(help: "Passes over the corpus; the median is reported.")
    var rounds = 5
    @Option(help: "Write the gazetteer's names (match keys, one per line) to this file and skip the timings.")
    var namesOut: String?
    @Argument(help: "Article files (.txt, .md, .json).")
    var files: [String] = []

    func run() throws {
        let context = try CommandEnvironment.context(options)
        if let namesOut {
            let names = Set(context.analyzer.gazetteer.nameKeys()).filter { !$0.isEmpty }.sorted()
            try Data((names.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: namesOut))
            return
        }
        let reader = DocumentReader(maxBytes: 100 * 1024 * 1024)
        let documents = files.flatMap { (try? reader.read(path: $0)) ?? [] }
        let bytes = documents.reduce(0) { $0 + $1.fullText.utf8.count }
        func median(_ f: () -> Void) -> Double {
            var times: [Double] = []
            for _ in 0..<rounds {
                let t = DispatchTime.now().uptimeNanoseconds
                f()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9)
            }
            return times.sorted()[times.count / 2]
        }
        // Tagging alone, what a string matcher does: normalize, tokenize, find gazetteer names.
        var tagged = 0
        let tagOnly = median {
            tagged = 0
            for d in documents {
                let analyzed = AnalyzedText(d.fullText)
                tagged += context.analyzer.tagger.tag(analyzed, stream: TokenStream(analyzed)).count
            }
        }
        // Where analysis time goes, stage by stage (each stage timed on the previous one's output).
        let analyzer = context.analyzer
        let texts = documents.map(\.fullText)
        var prepared: [AnalyzedText] = []
        let textStage = median { prepared = texts.map(AnalyzedText.init) }
        var streams: [TokenStream] = []
        let streamStage = median { streams = prepared.map(TokenStream.init) }
        var mentionLists: [[ToponymMention]] = []
        let tagStage = median { mentionLists = zip(prepared, streams).map { analyzer.tagger.tag($0, stream: $1) } }
        var resolved: [[ToponymResolver.Resolution]] = []
        let resolveStage = median { resolved = mentionLists.map(analyzer.resolver.resolve) }
        var extracted = 0
        let extractStage = median {
            extracted = 0
            for i in documents.indices {
                extracted += analyzer.extractor.extract(.init(text: prepared[i], stream: streams[i], resolutions: resolved[i], gazetteer: analyzer.gazetteer,
                                                              published: documents[i].published, titleSentences: 0,
                                                              focusCountries: analyzer.resolver.focusCountries)).count
            }
        }
        var mentions = 0
        let tag = median {
            mentions = 0
            for d in documents { mentions += context.analyzer.geocode(d.fullText).resolutions.count }
        }
        var events = 0
        let analyze = median {
            events = 0
            for d in documents { events += context.analyzer.analyze(d).events.count }
        }
        let mb = Double(bytes) / 1_000_000
        let out = JSONValue.object([
            ("documents", .number(Double(documents.count))), ("megabytes", .number(mb)), ("mentions", .number(Double(mentions))),
            ("events", .number(Double(events))),
            ("tag_only_seconds", .number(tagOnly)), ("tag_only_mb_per_s", .number(mb / tagOnly)), ("tag_only_mentions", .number(Double(tagged))),
            ("tag_seconds", .number(tag)), ("tag_mb_per_s", .number(mb / tag)), ("tag_articles_per_s", .number(Double(documents.count) / tag)),
            ("analyze_seconds", .number(analyze)), ("analyze_mb_per_s", .number(mb / analyze)),
            ("analyze_articles_per_s", .number(Double(documents.count) / analyze)),
            ("stage_seconds", .object([("normalize_tokenize", .number(textStage)), ("stream", .number(streamStage)), ("tag", .number(tagStage)),
                                       ("resolve", .number(resolveStage)), ("extract", .number(extractStage))])),
            ("stage_events", .number(Double(extracted))),
        ])
        CommandEnvironment.printLine(out.serialized())
    }
}
