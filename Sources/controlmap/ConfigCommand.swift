import ArgumentParser
import ControlMapCore
import ControlMapService
import Foundation

/// `controlmap config check`: validates the configuration as `serve` would (unknown keys, wrong
/// types, out-of-range values refused with the key's path) and prints the effective settings,
/// defaults and environment overrides included, as one JSON object. The token is never shown.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "config", abstract: "Check the configuration.",
                                                    subcommands: [Check.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate the configuration and print the effective settings as JSON (exit 2 with what to fix).")

        @OptionGroup var options: CommonOptions

        func run() throws {
            let c = try CommandEnvironment.configuration(options)
            let feeds: [JSONValue] = c.feeds.map { .object([("url", .string($0.url)), ("interval_seconds", .number(Double($0.intervalSeconds))),
                                                             ("fetch_articles", .bool($0.fetchArticles))]) }
            CommandEnvironment.printLine(JSONValue.object([
                ("source", .string(c.sourcePath)),
                ("state_dir", .string(c.stateDir)), ("inbox_dir", .string(c.inboxDir)), ("output_dir", .string(c.outputDir)),
                ("lexicon_dir", .string(c.lexiconDir)), ("focus_countries", .array(c.focusCountries.map { .string($0) })),
                ("gazetteer", .object([("bundled_dir", .string(c.bundledGazetteerDir)), ("files", .array(c.gazetteerFiles.map { .string($0) })),
                                       ("additions", .string(c.gazetteerAdditions))])),
                ("http", .object([("listen", .string(c.httpListen)), ("token", .string(c.httpToken == nil ? nil : "set")),
                                  ("max_connections", .number(Double(c.httpMaxConnections))),
                                  ("idle_timeout_s", .number(Double(c.httpIdleTimeoutSeconds))),
                                  ("web_dir", .string(c.webDir)), ("leaflet_dir", .string(c.leafletDir))])),
                ("snapshot", .object([("retention", .number(Double(c.snapshotRetention))), ("stale_after_days", .number(Double(c.staleAfterDays))),
                                      ("debounce_ms", .number(Double(c.debounceMilliseconds)))])),
                ("inbox", .object([("max_file_bytes", .number(Double(c.maxFileBytes))), ("settle_ms", .number(Double(c.settleMilliseconds)))])),
                ("dates", .object([("earliest", .string(c.earliestDate.description))])),
                ("feeds", .array(feeds)),
            ]).serialized())
        }
    }
}
