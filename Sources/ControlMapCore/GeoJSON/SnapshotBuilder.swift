/// Builds the contract's GeoJSON snapshot (RFC 7946) from place states.
///
/// One Point feature per place with a known position; coordinates are [lon, lat] with at most
/// six decimals; the top-level foreign member `generated` says when it was made.
public struct SnapshotBuilder: Sendable {
    /// Places whose latest report is older than this many days are marked `stale`.
    public var staleAfterDays: Int

    public init(staleAfterDays: Int = 90) {
        self.staleAfterDays = staleAfterDays
    }

    public func featureCollection(states: [PlaceState], generated: String, asOf: EventDate) -> JSONValue {
        let features = states
            .filter { $0.lastEvent.lat != nil && $0.lastEvent.lon != nil }
            .sorted { $0.placeID < $1.placeID }
            .map { feature($0, asOf: asOf) }
        return .object([
            ("type", .string("FeatureCollection")),
            ("generated", .string(generated)),
            ("features", .array(features)),
        ])
    }

    public func feature(_ s: PlaceState, asOf: EventDate) -> JSONValue {
        let e = s.lastEvent
        let stale = asOf.dayNumber - s.updated.dayNumber > staleAfterDays
        let shares = s.shares.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.number($0.value)) }
        let properties: [(String, JSONValue)] = [
            ("name", .string(e.placeName ?? e.mention)),
            ("name_ar", .string(e.placeNameAr)),
            ("kind", .string(e.placeKind?.rawValue)),
            ("status", .string(s.status.rawValue)),
            ("controller", .string(s.controller)),
            ("shares", .object(shares)),
            ("parties", .array(s.parties.map { .string($0) })),
            ("besieger", .string(s.besieger)),
            ("since", .string(s.since.description)),
            ("updated", .string(s.updated.description)),
            ("confidence", .number(s.confidence)),
            ("sources", .number(Double(s.sources))),
            ("stale", .bool(stale)),
            ("last_event", Self.eventSummary(e)),
            ("evidence", .array(s.supporting.suffix(3).reversed().map(Self.eventSummary))),
            ("style", StyleHint.for(status: s.status, controller: s.controller, stale: stale)),
        ]
        return .object([
            ("type", .string("Feature")),
            ("id", .string(s.placeID)),
            ("geometry", .object([
                ("type", .string("Point")),
                ("coordinates", .array([.number(Self.round6(e.lon!)), .number(Self.round6(e.lat!))])),
            ])),
            ("properties", .object(properties)),
        ])
    }

    static func eventSummary(_ e: ControlEvent) -> JSONValue {
        .object([
            ("kind", .string(e.kind.rawValue)),
            ("actor", .string(e.actor)),
            ("from_actor", .string(e.fromActor)),
            ("share", .number(e.share)),
            ("date", .string(e.effectiveDate.description)),
            ("evidence", .string(e.evidence)),
            ("document", .string(e.documentID)),
            ("source", .string(e.source)),
            ("url", .string(e.url)),
            ("confidence", .number(e.confidence)),
        ])
    }

    static func round6(_ d: Double) -> Double { (d * 1_000_000).rounded() / 1_000_000 }
}

/// A colour hint per controller that Leaflet, geojson.io (simplestyle) and QGIS can use.
public enum StyleHint {
    static let colours: [String: String] = [
        "syrian-government": "#d62728", "isis": "#222222", "sdf": "#e6c619", "sna": "#2ca02c",
        "turkey": "#17becf", "hts": "#7f7f7f", "rebels": "#98df8a", "iraqi-government": "#1f77b4",
        "pmf": "#9467bd", "peshmerga": "#ff7f0e", "russia": "#8c564b", "us-coalition": "#aec7e8",
        "hezbollah": "#bcbd22", "iran": "#c49c94",
    ]

    public static func colour(for actor: String?) -> String {
        actor.flatMap { colours[$0] } ?? "#aaaaaa"
    }

    static func `for`(status: PlaceState.Status, controller: String?, stale: Bool) -> JSONValue {
        let colour = status == .contested && controller == nil ? "#ff00ff" : colour(for: controller)
        return .object([
            ("marker-color", .string(colour)),
            ("marker-symbol", .string(status == .besieged ? "circle-stroked" : status == .contested ? "cross" : "circle")),
            ("fill-opacity", .number(stale ? 0.35 : 0.85)),
        ])
    }
}
