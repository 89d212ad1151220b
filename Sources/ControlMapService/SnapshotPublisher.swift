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
        let states = try at.map(store.placeStates(at:)) ?? store.mapForPublication().states
        return builder.featureCollection(states: states, generated: Timestamp.iso8601(now), asOf: at ?? Timestamp.day(now))
    }

    /// What one publication wrote.
    public struct Publication: Sendable {
        /// The path of `latest.geojson`.
        public var latest: String
        /// The snapshot's name under `snapshots/`, without its extension.
        public var name: String
        public var body: [UInt8]
        /// The places whose control differs from the previous publication.
        public var changed: [MapChange]
        /// The changes layer (`changes.geojson`).
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

    /// Publishes, and says what was published. The changes are worked out from the place
    /// states and the entries the store recorded for the previous publication, never from the
    /// files written before, which another program may have changed or removed.
    public func publication(store: ControlMapStore, now: Date = Date()) throws -> Publication {
        // Past maps (`snapshot --at`, `?at=`) resume from checkpoints: each publication lays
        // those of the news since the one before, a few events a place.
        try store.updateCheckpoints()
        let generated = Timestamp.iso8601(now)
        let (states, lastEventID) = try store.mapForPublication()
        let json = builder.featureCollection(states: states, generated: generated, asOf: Timestamp.day(now))
        let data = Data(json.serialized().utf8)
        let entries = states.compactMap(MapEntry.init)
        let changed = MapChange.between(try store.publishedEntries(), entries)
        let previous = try store.latestPublication()
        let changes = builder.changesCollection(changed, generated: generated, since: previous?.generated)
        let latest = (outputDir as NSString).appendingPathComponent("latest.geojson")
        let snapshots = (outputDir as NSString).appendingPathComponent("snapshots")
        let changesPath = (outputDir as NSString).appendingPathComponent("changes.geojson")
        let stamp = Self.stamp(now)
        try AtomicFile.write(data, to: (snapshots as NSString).appendingPathComponent("\(stamp).geojson"))
        if !changed.isEmpty || !FileManager.default.fileExists(atPath: changesPath) {
            try AtomicFile.write(Data(changes.serialized().utf8), to: changesPath)
        }
        // The newest events only: the layer shows at most a thousand, and reading the whole log
        // on every publication grew with the store.
        let events = builder.eventsCollection(try store.events(EventQuery(limit: 1000)), generated: generated)
        try AtomicFile.write(Data(events.serialized().utf8), to: (outputDir as NSString).appendingPathComponent("events.geojson"))
        try AtomicFile.write(data, to: latest)
        // Recorded once the files are out: a publication that failed half-way is compared
        // again, in full, by the next one.
        try store.recordPublication(.init(name: stamp, generated: generated, lastEventID: lastEventID), entries: entries, retaining: retention)
        prune(snapshots)
        return Publication(latest: latest, name: stamp, body: Array(data), changed: changed, changes: changes, generated: now)
    }

    /// The changes layer between the map as it stands and an earlier one: the map of a
    /// retained publication (by its name, or the newest made at or before a time) or the map
    /// at the end of a day. Nil when no retained publication answers `since`.
    public func changes(store: ControlMapStore, since: String, now: Date = Date()) throws -> JSONValue? {
        let earlier: [PlaceState]
        if let day = EventDate(since), since.count == 10 {
            earlier = try store.placeStates(at: day)
        } else {
            let name = since.hasSuffix(".geojson") ? String(since.dropLast(".geojson".count)) : since
            guard let record = try store.publication(named: name, orNewestNotAfter: Timestamp.parse(since).map(Self.stamp)) else { return nil }
            earlier = try store.placeStates(of: record)
        }
        let current = try store.mapForPublication().states
        let changed = MapChange.between(earlier.compactMap(MapEntry.init), current.compactMap(MapEntry.init))
        return builder.changesCollection(changed, generated: Timestamp.iso8601(now), since: since)
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
