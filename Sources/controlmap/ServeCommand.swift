import ArgumentParser
import ControlMapService
import Foundation

/// `controlmap serve`: the daemon, in the foreground.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the service: watch the inbox, ingest, publish the map.")

    @OptionGroup var options: CommonOptions
    @Flag(help: "Process what is in the inbox, publish, and exit (for scripts and tests).")
    var once = false

    func run() async throws {
        let signals = InboxService.Signals()
        let context = try CommandEnvironment.context(options)
        let store = try context.openStore()
        let service = InboxService(context: context, store: store, signals: signals)
        try await service.run(once: once)
    }
}
