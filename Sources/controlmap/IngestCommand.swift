import ArgumentParser
import ControlMapService
import Foundation

/// `controlmap ingest FILE|DIR...`: process files once, update the store, publish.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ingest", abstract: "Process files once, update the store and publish the map.")

    @OptionGroup var options: CommonOptions
    @Argument(help: """
        Article files: .txt (title on the first line), .md, .html, .json {title, text, published, url, lang, source} or an \
        .xml/.rss/.atom feed; a directory stands for the article files under it, in name order.
        """)
    var files: [String]

    func run() async throws {
        let context = try CommandEnvironment.context(options)
        let store = try ServiceContext.openCheckedStore(context.config)
        let pipeline = context.pipeline(store: store)
        var rejected = 0
        var refused: [String] = []
        let paths = DocumentReader.expand(files, refused: &refused)
        for link in refused {
            rejected += 1
            context.logger.error("rejected", metadata: ["file": "\(link)", "reason": "a link that leads out of the directory given; copy the file in instead"])
        }
        // Files are analyzed in parallel and committed in the order given.
        try await pipeline.ingest(paths: paths) { file, outcome in
            switch outcome {
            case .committed(let id, let events, let changed):
                context.logger.info("ingested", metadata: ["file": "\(file)", "doc": "\(id.prefix(12))", "events": "\(events)",
                                                           "changed_places": "\(changed.count)"])
            case .duplicate(let id):
                context.logger.info("already stored, nothing to do", metadata: ["file": "\(file)", "doc": "\(id.prefix(12))"])
            case .rejected(let reason):
                rejected += 1
                context.logger.error("rejected", metadata: ["file": "\(file)", "reason": "\(reason)"])
            }
        }
        let latest = try context.publisher().publish(store: store)
        context.logger.info("published", metadata: ["path": "\(latest)"])
        if rejected > 0 { throw ExitCode(1) }
    }
}
