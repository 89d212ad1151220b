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
        // Before anything slow: a SIGTERM while the gazetteer loads stops the service cleanly.
        let signals = StartupSignals()
        let context = try CommandEnvironment.context(options)
        // A damaged store would take new events into broken pages: refuse before writing.
        let store = try ServiceContext.openCheckedStore(context.config)
        let daemon = ServeDaemon(context: context, store: store, startup: signals)
        if once {
            try await daemon.runOnce()
        } else {
            try await daemon.run()
        }
    }
}
