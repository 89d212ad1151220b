import ArgumentParser
import ControlMapCore
import ControlMapService
import Foundation

/// `controlmap status`: the store's counts and SQLite's integrity check, as one JSON object.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Print the store's counts and integrity check as JSON.")

    @OptionGroup var options: CommonOptions

    func run() throws {
        let config = try CommandEnvironment.configuration(options)
        let store = try CommandEnvironment.store(config)
        let c = try store.counts()
        let integrity = try store.integrityCheck()
        CommandEnvironment.printLine(JSONValue.object([
            ("documents", .number(Double(c.documents))), ("events", .number(Double(c.events))), ("places", .number(Double(c.places))),
            ("integrity", .string(integrity)),
        ]).serialized())
        if integrity != "ok" { throw ExitCode(1) }
    }
}
