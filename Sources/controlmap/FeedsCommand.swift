import ArgumentParser
import ControlMapCore
import ControlMapService
import ControlMapStore
import Foundation

/// `controlmap feeds`: every configured feed with its polling state (validators, failures,
/// backoff, last error), so that an operator sees why a feed brings nothing.
struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "feeds", abstract: "Show the configured feeds and their polling state.")

    @OptionGroup var options: CommonOptions
    @Flag(name: .long, help: "One JSON object per feed.") var json = false

    func run() throws {
        let config = try CommandEnvironment.configuration(options)
        let store = try CommandEnvironment.store(config)
        if config.feeds.isEmpty, !json { print("no feeds configured (the `feeds` key of \(config.sourcePath ?? "the configuration"))") }
        for (feed, s) in try FeedStateJSON.states(config.feeds, store: store) {
            if json {
                CommandEnvironment.printLine(FeedStateJSON.object(feed, s).serialized())
            } else {
                let health = s.lastAttempt == nil ? "never polled" : s.failures == 0 ? "ok" : "failing (\(s.failures)x)"
                var line = "\(feed.url)  every \(feed.intervalSeconds) s  \(health)  items \(s.itemsTotal)"
                if let next = s.nextFetch { line += "  next \(Timestamp.iso8601(next))" }
                if let e = s.lastError { line += "\n    last error: \(e)" }
                print(line)
            }
        }
    }
}
