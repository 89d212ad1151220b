import Configuration
import ControlMapCore
import ControlMapStore
import Foundation
import Yams

/// The service's settings: the keys of DESIGN.md's contract and a few more, read from a YAML
/// file with `CONTROLMAP_*` environment variables taking precedence.
///
/// The YAML is parsed with Yams and handed to swift-configuration as in-memory values because
/// swift-configuration's YAML provider rejects lists of mappings, which `feeds` is. Environment
/// variables go through swift-configuration's provider: `CONTROLMAP_STATE_DIR`,
/// `CONTROLMAP_GAZETTEER_FILES` (comma-separated), `CONTROLMAP_HTTP_LISTEN`, ...
public struct ControlMapConfiguration: Sendable, Equatable {
    /// One feed to poll.
    public struct Feed: Sendable, Equatable {
        public var url: String
        public var intervalSeconds: Int
        /// Fetch each item's linked page for its text (feeds that carry only summaries).
        public var fetchArticles: Bool = false
    }

    /// How feeds are fetched and retried (`feed.*` keys).
    public struct FeedPolicy: Sendable, Equatable {
        public var limits = HTTPFetcher.Limits()
        /// The first retry after a failure; each further failure doubles it.
        public var retrySeconds: Double = 60
        /// The longest wait between retries.
        public var maxBackoffSeconds: Double = 6 * 3600
        /// Each wait is spread by up to this fraction, so that feeds do not poll in lockstep.
        public var jitter: Double = 0.1
    }

    public var stateDir: String
    public var inboxDir: String
    public var outputDir: String
    /// GeoNames-format files added to the bundled gazetteer.
    public var gazetteerFiles: [String]
    /// Directory of the bundled gazetteer (curated sites and generated GeoNames extracts).
    public var bundledGazetteerDir: String
    /// An analyst's local additions (strategic-sites layout), read if present.
    public var gazetteerAdditions: String
    public var lexiconDir: String
    public var focusCountries: [String]
    public var feeds: [Feed]
    public var feedPolicy: FeedPolicy
    public var httpListen: String
    /// The bearer token the API asks for; required to listen beyond loopback.
    public var httpToken: String?
    /// Connections the API holds open at most (`http.max_connections`); more wait in the
    /// kernel's queue, so slow or idle clients cannot take every file descriptor of the service.
    public var httpMaxConnections: Int = 1000
    /// Seconds a connection may stay idle, or send half a request, before it is closed
    /// (`http.idle_timeout_s`); the event stream is never idle.
    public var httpIdleTimeoutSeconds: Int = 30
    /// The web page's files, and Debian's Leaflet (libjs-leaflet).
    public var webDir: String
    public var leafletDir: String
    public var snapshotRetention: Int
    public var staleAfterDays: Int
    public var debounceMilliseconds: Int
    public var maxFileBytes: Int
    /// How long a file written straight into `new/` must rest unchanged before it is taken
    /// (`inbox.settle_ms`); a file renamed into `new/` after its last write is taken at once.
    public var settleMilliseconds: Int = 1000
    /// The earliest date a report may carry (`dates.earliest`); a date before it, or after
    /// tomorrow, is dropped from the document.
    public var earliestDate: EventDate = defaultEarliestDate
    /// The memory kept for the histories of recently committed places (`store.cache_mb`): a
    /// commit replays only what a report changes while its place's history is held.
    public var storeCacheBytes: Int = ControlMapStore.defaultCacheBytes
    public static let defaultEarliestDate = EventDate(year: 1990, month: 1, day: 1)
    /// The file it was read from, if any.
    public var sourcePath: String?

    public var databasePath: String { (stateDir as NSString).appendingPathComponent("controlmap.sqlite") }

    /// Reads the configuration at `path` (or `config/controlmap.yaml` when nil and present).
    public static func load(path: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ControlMapConfiguration {
        let fm = FileManager.default
        var file = path
        if file == nil, fm.fileExists(atPath: "config/controlmap.yaml") { file = "config/controlmap.yaml" }
        var values: [AbsoluteConfigKey: ConfigValue] = [:]
        var feeds: [Feed] = []
        if let file {
            guard let data = fm.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw ConfigurationError("cannot read configuration file \(file): check the path given to --config")
            }
            let parsed: Any?
            do {
                parsed = try Yams.load(yaml: text)
            } catch {
                throw ConfigurationError("configuration file \(file) is not valid YAML: \(error)")
            }
            if let root = parsed as? [String: Any] {
                try ConfigurationSchema.check(root, file: file)
                flatten(root, prefix: [], into: &values)
                feeds = try parseFeeds(root["feeds"], file: file)
            } else if parsed != nil {
                throw ConfigurationError("configuration file \(file) must be a mapping of keys to values")
            }
        }
        let env = KeyMappingProvider(upstream: EnvironmentVariablesProvider(environmentVariables: environment)) { key in
            key.prepending(["controlmap"])
        }
        let reader = ConfigReader(providers: [env, InMemoryProvider(name: "yaml", values: values)])
        let base = file.map { ($0 as NSString).deletingLastPathComponent } ?? "config"
        let resolve = { (p: String) in PathResolver.resolve(p, configDir: base) }
        if let urls = environment["CONTROLMAP_FEEDS"] {
            feeds = urls.split(separator: ",").map { Feed(url: String($0), intervalSeconds: 900) }
        }
        let lexiconDefault = PathResolver.firstExisting([(base as NSString).appendingPathComponent("lexicon"), "config/lexicon"]
                                                        + PathResolver.installed("lexicon"))
        let gazetteerDefault = PathResolver.firstExisting(["gazetteer"] + PathResolver.installed("gazetteer"))
        return ControlMapConfiguration(
            stateDir: reader.string(forKey: "state_dir", default: "var/state"),
            inboxDir: reader.string(forKey: "inbox_dir", default: "var/inbox"),
            outputDir: reader.string(forKey: "output_dir", default: "var/out"),
            gazetteerFiles: reader.stringArray(forKey: "gazetteer.files", default: []).map(resolve),
            bundledGazetteerDir: resolve(reader.string(forKey: "gazetteer.bundled_dir", default: gazetteerDefault)),
            gazetteerAdditions: resolve(reader.string(forKey: "gazetteer.additions",
                                                      default: (base as NSString).appendingPathComponent("gazetteer-additions.tsv"))),
            lexiconDir: resolve(reader.string(forKey: "lexicon_dir", default: lexiconDefault)),
            focusCountries: reader.stringArray(forKey: "focus_countries", default: ["SY", "IQ"]),
            feeds: feeds,
            feedPolicy: feedPolicy(reader),
            httpListen: reader.string(forKey: "http.listen", default: "127.0.0.1:8750"),
            httpToken: reader.string(forKey: "http.token", isSecret: true),
            httpMaxConnections: reader.int(forKey: "http.max_connections", default: 1000),
            httpIdleTimeoutSeconds: reader.int(forKey: "http.idle_timeout_s", default: 30),
            webDir: resolve(reader.string(forKey: "http.web_dir", default: PathResolver.firstExisting(["web"] + PathResolver.installed("web")))),
            leafletDir: reader.string(forKey: "http.leaflet_dir", default: "/usr/share/javascript/leaflet"),
            snapshotRetention: reader.int(forKey: "snapshot.retention", default: 48),
            staleAfterDays: reader.int(forKey: "snapshot.stale_after_days", default: 90),
            debounceMilliseconds: reader.int(forKey: "snapshot.debounce_ms", default: 500),
            maxFileBytes: reader.int(forKey: "inbox.max_file_bytes", default: 20 * 1024 * 1024),
            settleMilliseconds: reader.int(forKey: "inbox.settle_ms", default: 1000),
            earliestDate: try earliestDate(reader),
            storeCacheBytes: reader.int(forKey: "store.cache_mb", default: ControlMapStore.defaultCacheBytes >> 20) << 20,
            sourcePath: file)
    }

    private static func earliestDate(_ reader: ConfigReader) throws -> EventDate {
        guard let text = reader.string(forKey: "dates.earliest") else { return defaultEarliestDate }
        guard let d = EventDate(text) else {
            throw ConfigurationError("dates.earliest: '\(text)' is not a date; write YYYY-MM-DD, e.g. dates: {earliest: 2011-01-01}")
        }
        return d
    }

    /// A number written either way in YAML (`1` or `1.5`).
    private static func number(_ reader: ConfigReader, _ key: String, _ fallback: Double) -> Double {
        if let i = reader.int(forKey: ConfigKey(key)) { return Double(i) }
        return reader.double(forKey: ConfigKey(key), default: fallback)
    }

    private static func feedPolicy(_ reader: ConfigReader) -> FeedPolicy {
        var p = FeedPolicy()
        p.limits.connectTimeoutSeconds = number(reader, "feed.connect_timeout_seconds", p.limits.connectTimeoutSeconds)
        p.limits.totalTimeoutSeconds = number(reader, "feed.timeout_seconds", p.limits.totalTimeoutSeconds)
        p.limits.maxBytes = reader.int(forKey: "feed.max_bytes", default: p.limits.maxBytes)
        p.limits.maxRedirects = reader.int(forKey: "feed.max_redirects", default: p.limits.maxRedirects)
        p.limits.userAgent = reader.string(forKey: "feed.user_agent", default: p.limits.userAgent)
        p.retrySeconds = number(reader, "feed.retry_seconds", p.retrySeconds)
        p.maxBackoffSeconds = number(reader, "feed.max_backoff_seconds", p.maxBackoffSeconds)
        p.jitter = min(0.5, max(0, number(reader, "feed.jitter", p.jitter)))
        return p
    }

    private static func flatten(_ node: [String: Any], prefix: [String], into values: inout [AbsoluteConfigKey: ConfigValue]) {
        for (key, value) in node {
            let path = prefix + [key]
            switch value {
            case let d as [String: Any]: flatten(d, prefix: path, into: &values)
            case let s as String: values[AbsoluteConfigKey(path)] = ConfigValue(.string(s), isSecret: false)
            case let b as Bool: values[AbsoluteConfigKey(path)] = ConfigValue(.bool(b), isSecret: false)
            case let i as Int: values[AbsoluteConfigKey(path)] = ConfigValue(.int(i), isSecret: false)
            case let x as Double: values[AbsoluteConfigKey(path)] = ConfigValue(.double(x), isSecret: false)
            case let d as Date:
                // YAML reads an unquoted 2011-01-01 as a timestamp: keep it as the day it names.
                let day = EventDate(year: 1970, month: 1, day: 1).adding(days: Int((d.timeIntervalSince1970 / 86_400).rounded(.down)))
                values[AbsoluteConfigKey(path)] = ConfigValue(.string(day.description), isSecret: false)
            case let a as [Any]:
                let strings = a.compactMap { v -> String? in
                    if let s = v as? String { return s }
                    if let i = v as? Int { return String(i) }
                    return nil
                }
                if strings.count == a.count { values[AbsoluteConfigKey(path)] = ConfigValue(.stringArray(strings), isSecret: false) }
            default: break
            }
        }
    }

    private static func parseFeeds(_ node: Any?, file: String) throws -> [Feed] {
        guard let node else { return [] }
        guard let list = node as? [Any] else { throw ConfigurationError("\(file): feeds must be a list of {url, interval_seconds}") }
        return try list.enumerated().map { i, item in
            if let url = item as? String { return Feed(url: url, intervalSeconds: 900) }
            guard let d = item as? [String: Any], let url = d["url"] as? String else {
                throw ConfigurationError("\(file): feeds[\(i)] needs a url")
            }
            if let unknown = d.keys.sorted().first(where: { !["url", "interval_seconds", "fetch_articles"].contains($0) }) {
                throw ConfigurationError("\(file): feeds[\(i)] has an unknown key \(unknown) (a feed takes url, interval_seconds, fetch_articles)")
            }
            let interval = (d["interval_seconds"] as? Int) ?? 900
            guard interval >= 1 else { throw ConfigurationError("\(file): feeds[\(i)].interval_seconds must be at least 1") }
            let lower = url.lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
                throw ConfigurationError("\(file): feeds[\(i)].url must start with http:// or https://")
            }
            return Feed(url: url, intervalSeconds: interval, fetchArticles: (d["fetch_articles"] as? Bool) ?? false)
        }
    }
}

/// A configuration problem, said so that the operator knows what to change.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Resolves relative paths of the configuration: against the working directory when the path
/// exists there, else against the configuration file's directory when it exists there.
enum PathResolver {
    static func resolve(_ path: String, configDir: String) -> String {
        if path.hasPrefix("/") { return path }
        let fm = FileManager.default
        if fm.fileExists(atPath: path) { return path }
        let beside = (configDir as NSString).appendingPathComponent(path)
        if fm.fileExists(atPath: beside) { return beside }
        // A relative config folder of one name ("w" of "w/c.yaml") has no parent to try (and
        // Foundation's deletingLastPathComponent traps on it).
        let folder = configDir.hasSuffix("/") ? String(configDir.dropLast()) : configDir
        guard let slash = folder.lastIndex(of: "/") else { return path }
        let parent = String(folder[..<slash]) + "/" + path
        if fm.fileExists(atPath: parent) { return parent }
        return path
    }

    /// The first path that exists, else the first one.
    static func firstExisting(_ paths: [String]) -> String {
        paths.first { FileManager.default.fileExists(atPath: $0) } ?? paths[0]
    }

    /// Where shipped data lives beside an installed or built binary: `/usr/share/controlmap/NAME`,
    /// and the project folder of a binary under `.build/`.
    static func installed(_ name: String) -> [String] {
        let exe = (CommandLine.arguments.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }) ?? ""
        var dir = (exe as NSString).deletingLastPathComponent
        var candidates = ["/usr/share/controlmap/\(name)", "/usr/local/share/controlmap/\(name)"]
        for _ in 0..<4 {
            dir = (dir as NSString).deletingLastPathComponent
            candidates.append((dir as NSString).appendingPathComponent(name == "lexicon" ? "config/lexicon" : name))
        }
        return candidates
    }
}
