import Foundation
import Logging

/// A log handler for journald and terminals: one line per event on standard error, the level
/// first, no timestamp (journald adds its own), metadata as key=value.
public struct JournalLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    private let label: String

    public init(label: String, level: Logger.Level = .info) {
        self.label = label
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        var line = "\(Self.prefix(event.level))\(event.message)"
        for (k, v) in merged.sorted(by: { $0.key < $1.key }) {
            let value = "\(v)"
            line += value.contains(" ") ? " \(k)=\"\(value)\"" : " \(k)=\(value)"
        }
        line = line.replacingOccurrences(of: "\n", with: " ")
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// sd-daemon priority prefixes, which journald reads as the level.
    static func prefix(_ level: Logger.Level) -> String {
        switch level {
        case .trace, .debug: return "<7>"
        case .info: return "<6>"
        case .notice: return "<5>"
        case .warning: return "<4>"
        case .error: return "<3>"
        case .critical: return "<2>"
        }
    }
}
