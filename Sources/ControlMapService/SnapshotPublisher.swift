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
        let states = try store.placeStates(at: at)
        return builder.featureCollection(states: states, generated: Timestamp.iso8601(now), asOf: at ?? Timestamp.day(now))
    }

    /// Publishes the current map: `latest.geojson`, a timestamped copy in `snapshots/`,
    /// `changes.geojson` (what differs from the previous publication) and `events.geojson`
    /// (the latest events). Returns the path of `latest.geojson`.
    @discardableResult
    public func publish(store: ControlMapStore, now: Date = Date()) throws -> String {
        let generated = Timestamp.iso8601(now)
        let json = try snapshot(store: store, now: now)
        let data = Data(json.serialized().utf8)
        let latest = (outputDir as NSString).appendingPathComponent("latest.geojson")
        let snapshots = (outputDir as NSString).appendingPathComponent("snapshots")
        let previous = FileManager.default.contents(atPath: latest).flatMap { JSONValue.parse($0) }
        // Milliseconds in the name: two publications in one second must not overwrite each other.
        let millis = Int((now.timeIntervalSince1970 * 1000).truncatingRemainder(dividingBy: 1000))
        let stamp = generated.replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
            .replacingOccurrences(of: "Z", with: String(format: ".%03dZ", millis))
        try AtomicFile.write(data, to: (snapshots as NSString).appendingPathComponent("\(stamp).geojson"))
        let previousStamp: String? = { if case .string(let g)? = previous?["generated"] { return g } else { return nil } }()
        let changes = builder.changesCollection(previous: previous, current: json, generated: generated, since: previousStamp)
        if case .array(let changed)? = changes["features"], !changed.isEmpty || previous == nil {
            try AtomicFile.write(Data(changes.serialized().utf8), to: (outputDir as NSString).appendingPathComponent("changes.geojson"))
        }
        let events = builder.eventsCollection(try store.allEvents(), generated: generated)
        try AtomicFile.write(Data(events.serialized().utf8), to: (outputDir as NSString).appendingPathComponent("events.geojson"))
        try AtomicFile.write(data, to: latest)
        prune(snapshots)
        return latest
    }

    private func prune(_ dir: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        let snapshots = names.filter { $0.hasSuffix(".geojson") }.sorted()
        for name in snapshots.dropLast(retention) {
            try? FileManager.default.removeItem(atPath: (dir as NSString).appendingPathComponent(name))
        }
    }
}
