import ControlMapCore
import ControlMapStore
import Foundation

/// Hands what the service did to its readers: a publication to the HTTP side (the map it
/// serves) and to the event stream's clients, a committed file's events to the stream and
/// the metrics.
struct LiveAnnouncer: Sendable {
    let live: LiveState
    let stream: LiveFeed
    let metrics: ServiceMetrics

    func announce(_ publication: SnapshotPublisher.Publication) {
        live.setMap(LiveState.Map(body: publication.body, etag: LiveState.etag(publication.body), generated: publication.generated))
        if !publication.changed.isEmpty {
            stream.send(event: "changes", data: publication.changes.serialized())
        }
        stream.send(event: "snapshot", data: JSONValue.object([("name", .string(publication.name)),
                                                                ("generated", .string(Timestamp.iso8601(publication.generated)))]).serialized())
    }

    /// Counts a committed file's events by kind and sends the located ones to the stream.
    func announceEvents(of prepared: IngestPipeline.Prepared) {
        guard case .analyses(let analyses, _) = prepared else { return }
        let today = Timestamp.day(Date())
        let events = analyses.flatMap { $0.controlEvents(ingested: today) }
        for (kind, list) in Dictionary(grouping: events, by: \.kind) { metrics.events(kind: kind.rawValue, count: list.count) }
        let located = events.filter { $0.lat != nil }
        guard !located.isEmpty else { return }
        let collection = SnapshotBuilder().eventsCollection(located, generated: Timestamp.iso8601(Date()))
        stream.send(event: "events", data: collection.serialized())
    }
}
