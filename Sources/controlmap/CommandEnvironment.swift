import ArgumentParser
import ControlMapCore
import ControlMapService
import ControlMapStore
import Foundation
import Logging

/// Shared set-up of the commands: logging level, configuration, context.
enum CommandEnvironment {
    /// `CONTROLMAP_LOG_LEVEL` (trace ... critical), default info.
    static var logLevel: Logger.Level {
        ProcessInfo.processInfo.environment["CONTROLMAP_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
    }

    /// The process's logger (bootstrapped once, on first use).
    static let logger: Logger = {
        LoggingSystem.bootstrap { label in JournalLogHandler(label: label, level: logLevel) }
        return Logger(label: "controlmap")
    }()

    static func configuration(_ options: CommonOptions) throws -> ControlMapConfiguration {
        try exitingOnConfigurationError { try ControlMapConfiguration.load(path: options.config) }
    }

    static func context(_ options: CommonOptions) throws -> ServiceContext {
        let config = try configuration(options)
        return try exitingOnConfigurationError { try ServiceContext(config: config, logger: logger) }
    }

    /// The store of a configuration, without loading lexicon or gazetteer (commands that only
    /// read the map); a store it cannot open is said on standard error like a configuration error.
    static func store(_ config: ControlMapConfiguration) throws -> ControlMapStore {
        try exitingOnConfigurationError { try ServiceContext.openStore(config) }
    }

    /// Runs `body`; a configuration error is said on standard error and the command exits 2.
    private static func exitingOnConfigurationError<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as ConfigurationError {
            FileHandle.standardError.write(Data("controlmap: \(e.description)\n".utf8))
            throw ExitCode(2)
        }
    }

    /// The gazetteer ids a user's words name: a place the store knows by this id or name needs
    /// no lexicon or gazetteer (loading them took most of a short query's time); other words
    /// are geocoded.
    static func placeIDs(matching query: String, store: ControlMapStore, _ options: CommonOptions) throws -> [String] {
        let stored = try store.findPlaces(query)
        return stored.isEmpty ? try context(options).placeIDs(matching: query, store: store) : stored
    }

    static func printLine(_ s: String) {
        FileHandle.standardOutput.write(Data((s + "\n").utf8))
    }

    /// The `--at` option as a date; a malformed one is an error that says the expected form.
    static func date(_ at: String?) throws -> EventDate? {
        guard let at else { return nil }
        guard let d = EventDate(at) else { throw fail("--at takes a date as YYYY-MM-DD, not '\(at)'") }
        return d
    }

    /// Says what went wrong on standard error; the caller exits 1.
    static func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("controlmap: \(message)\n".utf8))
        return ExitCode(1)
    }
}
