import ControlMapCore
import Foundation

/// Every key the configuration file may hold, with the value it takes: the file is checked
/// against it before anything is read, so a misspelt key (`http: {lisen: ...}`), a wrong type
/// (`retention: "many"`) or a value out of range (`max_file_bytes: -1`) is refused with the
/// key's path and what to write, instead of being silently replaced by a default.
enum ConfigurationSchema {
    enum Value {
        case path, text, date, codes, paths
        case integer(minimum: Int)
        case number(minimum: Double, maximum: Double)
        case feeds
    }

    static let keys: [String: Value] = [
        "state_dir": .path, "inbox_dir": .path, "output_dir": .path, "lexicon_dir": .path,
        "focus_countries": .codes, "feeds": .feeds,
        "gazetteer.files": .paths, "gazetteer.bundled_dir": .path, "gazetteer.additions": .path,
        "http.listen": .text, "http.token": .text, "http.max_connections": .integer(minimum: 1), "http.idle_timeout_s": .integer(minimum: 1), "http.web_dir": .path, "http.leaflet_dir": .path,
        "snapshot.retention": .integer(minimum: 1), "snapshot.stale_after_days": .integer(minimum: 1),
        "snapshot.debounce_ms": .integer(minimum: 0),
        "inbox.max_file_bytes": .integer(minimum: 1), "inbox.settle_ms": .integer(minimum: 0),
        "dates.earliest": .date, "store.cache_mb": .integer(minimum: 1),
        "feed.connect_timeout_seconds": .number(minimum: 0.001, maximum: 3600), "feed.timeout_seconds": .number(minimum: 0.001, maximum: 3600),
        "feed.max_bytes": .integer(minimum: 1), "feed.max_redirects": .integer(minimum: 0), "feed.user_agent": .text,
        "feed.retry_seconds": .number(minimum: 0.001, maximum: 86_400 * 7), "feed.max_backoff_seconds": .number(minimum: 0.001, maximum: 86_400 * 7),
        "feed.jitter": .number(minimum: 0, maximum: 0.5),
    ]

    /// The sections that hold keys ("http", "feed", ...).
    static let sections = Set(keys.keys.compactMap { k in k.contains(".") ? String(k.split(separator: ".")[0]) : nil })

    /// Checks a parsed file; throws the first problem, naming the key and what to write.
    static func check(_ root: [String: Any], file: String) throws {
        for key in root.keys.sorted() {
            let value = root[key]!
            if sections.contains(key) {
                guard let section = value as? [String: Any] else {
                    throw ConfigurationError("\(file): \(key) must be a mapping of keys (\(known(in: key)))")
                }
                for sub in section.keys.sorted() { try check(key + "." + sub, section[sub]!, file: file) }
            } else {
                try check(key, value, file: file)
            }
        }
    }

    private static func check(_ path: String, _ value: Any, file: String) throws {
        guard let kind = keys[path] else {
            let hint = suggestion(for: path).map { "; did you mean \($0)?" } ?? ""
            let section = path.contains(".") ? String(path.split(separator: ".")[0]) : nil
            let listing = section.map { "the keys of \($0) are \(known(in: $0))" } ?? "top-level keys are \(known(in: nil))"
            throw ConfigurationError("\(file): unknown key \(path)\(hint) (\(listing))")
        }
        func fail(_ what: String) -> ConfigurationError { ConfigurationError("\(file): \(path) \(what)") }
        switch kind {
        case .path, .text:
            guard let s = value as? String, !s.isEmpty else { throw fail("must be a non-empty string") }
        case .date:
            if value is Date { return }
            guard let s = value as? String, EventDate(s) != nil else { throw fail("must be a date written YYYY-MM-DD") }
        case .paths:
            guard let list = value as? [Any], list.allSatisfy({ ($0 as? String).map { !$0.isEmpty } ?? false }) else {
                throw fail("must be a list of file paths, e.g. [/var/lib/geonames/SY.txt]")
            }
        case .codes:
            guard let list = value as? [Any], list.allSatisfy({ ($0 as? String)?.count == 2 }) else {
                throw fail("must be a list of two-letter country codes, e.g. [SY, IQ]")
            }
        case .integer(let minimum):
            guard let n = value as? Int, !(value is Bool) else { throw fail("must be a whole number (\(minimum) or more)") }
            guard n >= minimum else { throw fail("must be \(minimum) or more, not \(n)") }
        case .number(let minimum, let maximum):
            let n = (value as? Double) ?? (value as? Int).map(Double.init)
            guard let n, !(value is Bool) else { throw fail("must be a number from \(minimum) to \(maximum)") }
            guard n >= minimum, n <= maximum else { throw fail("must be from \(minimum) to \(maximum), not \(n)") }
        case .feeds:
            break  // checked where the feeds are read
        }
    }

    private static func known(in section: String?) -> String {
        keys.keys.filter { k in
            section.map { k.hasPrefix($0 + ".") } ?? !k.contains(".")
        }.map { section == nil ? $0 : String($0.split(separator: ".")[1]) }.sorted().joined(separator: ", ")
            + (section == nil ? ", and the sections " + sections.sorted().joined(separator: ", ") : "")
    }

    /// The known key nearest in spelling (at most two edits away).
    static func suggestion(for path: String) -> String? {
        let scored = keys.keys.map { ($0, distance(Array(path), Array($0))) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }?.0
    }

    /// Levenshtein distance, one row at a time.
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var row = Array(0...b.count)
        for i in stride(from: 1, through: a.count, by: 1) {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
