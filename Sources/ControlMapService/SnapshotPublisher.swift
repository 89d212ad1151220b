import ControlMapCore
import ControlMapStore
import Foundation

/// Writes the GeoJSON products to the output directory, atomically: `latest.geojson` and a
/// timestamped copy under `snapshots/`, keeping the newest `retention` copies.
public struct SnapshotPublisher: Sendable {
    public let outputDir: String
    public let retention: Int
    public let builder: SnapshotBuilder

    public init(outputDir: String, retention: Int, staleAfterDays: Int) {
        self.outputDir = outputDir
        self.retention = max(1, retention)
        self.builder = SnapshotBuilder(staleAfterDays: staleAfterDays)
    }

    /// The snapshot of the store as it stands now (or at a past date).
    public func snapshot(store: ControlMapStore, at: EventDate? = nil, now: Date = Date()) throws -> JSONValue {
        // The current map comes from the stored states (reading them does not grow with the log);
        // a past date, or states a reprocess has not yet rebuilt, from the events themselves.
        let states = try at == nil ? store.currentStates() ?? store.placeStates() : store.placeStates(at: at)
        return builder.featureCollection(states: states, generated: Timestamp.iso8601(now), asOf: at ?? Timestamp.day(now))
    }

    /// What one publication wrote.
    public struct Publication: Sendable {
        /// The path of `latest.geojson`.
        public var latest: String
        /// The snapshot's name under `snapshots/`, without its extension.
        public var name: String
        public var body: [UInt8]
        public var changes: JSONValue
        public var generated: Date
    }

    /// Publishes the current map: `latest.geojson`, a timestamped copy in `snapshots/`,
    /// `changes.geojson` (what differs from the previous publication) and `events.geojson`
    /// (the latest events). Returns the path of `latest.geojson`.
    @discardableResult
    public func publish(store: ControlMapStore, now: Date = Date()) throws -> String {
        try publication(store: store, now: now).latest
    }

    /// Publishes, and says what was published.
    public func publication(store: ControlMapStore, now: Date = Date()) throws -> Publication {
        let generated = Timestamp.iso8601(now)
        let json = try snapshot(store: store, now: now)
        let data = Data(json.serialized().utf8)
        let latest = (outputDir as NSString).appendingPathComponent("latest.geojson")
        let snapshots = (outputDir as NSString).appendingPathComponent("snapshots")
        let previous = FileManager.default.contents(atPath: latest).flatMap { JSONValue.parse($0) }
        let stamp = Self.stamp(now)
        try AtomicFile.write(data, to: (snapshots as NSString).appendingPathComponent("\(stamp).geojson"))
        let previousStamp: String? = { if case .string(let g)? = previous?["generated"] { return g } else { return nil } }()
        let changes = builder.changesCollection(previous: previous, current: json, generated: generated, since: previousStamp)
        if case .array(let changed)? = changes["features"], !changed.isEmpty || previous == nil {
            try AtomicFile.write(Data(changes.serialized().utf8), to: (outputDir as NSString).appendingPathComponent("changes.geojson"))
        }
        // The newest events only: the layer shows at most a thousand, and reading the whole log
        // on every publication grew with the store.
        let events = builder.eventsCollection(try store.events(EventQuery(limit: 1000)), generated: generated)
        try AtomicFile.write(Data(events.serialized().utf8), to: (outputDir as NSString).appendingPathComponent("events.geojson"))
        try AtomicFile.write(data, to: latest)
        prune(snapshots)
        return Publication(latest: latest, name: stamp, body: Array(data), changes: changes, generated: now)
    }

    /// A snapshot's name: its UTC time with milliseconds, so that two publications in one
    /// second do not overwrite each other ("20261126T081500.250Z").
    public static func stamp(_ time: Date) -> String {
        let millis = Int((time.timeIntervalSince1970 * 1000).truncatingRemainder(dividingBy: 1000))
        return Timestamp.iso8601(time).replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
            .replacingOccurrences(of: "Z", with: String(format: ".%03dZ", millis))
    }

    private func prune(_ dir: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        let snapshots = names.filter { $0.hasSuffix(".geojson") }.sorted()
        for name in snapshots.dropLast(retention) {
            try? FileManager.default.removeItem(atPath: (dir as NSString).appendingPathComponent(name))
        }
    }
}
