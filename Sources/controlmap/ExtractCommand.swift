import ArgumentParser
import ControlMapCore
import ControlMapService
import Foundation

/// `controlmap extract FILE...`: the control events found, one JSON object per line, store untouched.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Print the control events found in files as JSON lines, without touching the store.")

    @OptionGroup var options: CommonOptions
    @Argument(help: "Article files (.txt or .json).")
    var files: [String]
    @Flag(help: "Also print, on standard error, how each sentence was read: [places] {actors} <predicates> (cues).")
    var explain = false

    func run() throws {
        let context = try CommandEnvironment.context(options)
        let reader = DocumentReader(maxBytes: context.config.maxFileBytes)
        var failed = 0
        for file in files {
            let documents: [Document]
            do {
                documents = try reader.read(path: file)
            } catch {
                failed += 1
                FileHandle.standardError.write(Data("controlmap: \(file): \(error)\n".utf8))
                continue
            }
            for document in documents {
                if explain {
                    for line in context.analyzer.explain(document) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
                }
                let analysis = context.analyzer.analyze(document)
                for e in analysis.events {
                    CommandEnvironment.printLine(OutputFormat.extractLine(e, in: analysis, file: file).serialized())
                }
            }
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
