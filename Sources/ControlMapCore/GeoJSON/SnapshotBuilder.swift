/// Builds the contract's GeoJSON snapshot (RFC 7946) from place states.
///
/// One Point feature per place with a known position; coordinates are [lon, lat] with at most
/// six decimals; the top-level foreign member `generated` says when it was made. A place whose
/// latest report is older than `staleAfterDays` is marked `stale` and its confidence is cut by
/// a quarter: a map left without news grows less certain.
public struct SnapshotBuilder: Sendable {
    /// Places whose latest report is older than this many days are marked `stale`.
    public var staleAfterDays: Int
    /// How many of the newest events a state rests on a feature cites as its evidence.
    public static let evidenceCount = 3

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
        let properties: [(String, JSONValue)] = [
            ("name", .string(e.placeName ?? e.mention)),
            ("name_ar", .string(e.placeNameAr)),
            ("kind", .string(e.placeKind?.rawValue)),
            ("status", .string(s.status.rawValue)),
            ("controller", .string(s.controller)),
            ("shares", Self.sharesObject(s.shares)),
            ("parties", .array(s.parties.map { .string($0) })),
            ("besieger", .string(s.besieger)),
            ("since", .string(s.since.description)),
            ("updated", .string(s.updated.description)),
            ("confidence", .number(stale ? (s.confidence * 75).rounded() / 100 : s.confidence)),
            ("sources", .number(Double(s.sources))),
            ("stale", .bool(stale)),
            ("last_event", Self.eventSummary(e)),
            ("evidence", .array(s.supporting.suffix(Self.evidenceCount).reversed().map(Self.eventSummary))),
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

    /// The events layer: one Point feature per event with a known position, newest first.
    public func eventsCollection(_ events: [ControlEvent], generated: String, limit: Int = 1000) -> JSONValue {
        let located = events.filter { $0.lat != nil && $0.lon != nil }
            .sorted { ControlEvent.applicationOrder($1, $0) }
            .prefix(limit)
        let features = located.map { e -> JSONValue in
            .object([
                ("type", .string("Feature")),
                ("id", .string("\(e.documentID.prefix(16))-\(e.sequence)")),
                ("geometry", point(e.lat!, e.lon!)),
                ("properties", .object([
                    ("place_id", .string(e.placeID)), ("name", .string(e.placeName ?? e.mention)), ("name_ar", .string(e.placeNameAr)),
                    ("kind", .string(e.kind.rawValue)), ("actor", .string(e.actor)), ("from_actor", .string(e.fromActor)),
                    ("share", .number(e.share)), ("date", .string(e.effectiveDate.description)), ("background", .bool(e.background)),
                    ("confidence", .number(e.confidence)), ("evidence", .string(e.evidence)), ("document", .string(e.documentID)),
                    ("source", .string(e.source)), ("url", .string(e.url)),
                    ("style", StyleHint.for(status: .controlled, controller: e.actor, stale: false)),
                ])),
            ])
        }
        return .object([("type", .string("FeatureCollection")), ("generated", .string(generated)), ("features", .array(features))])
    }

    /// The changes layer: places whose status, controller or shares differ between two maps,
    /// with the state before and after (null where the place was not on the map).
    public func changesCollection(_ changes: [MapChange], generated: String, since: String?) -> JSONValue {
        func summary(_ entry: MapEntry?) -> JSONValue {
            guard let entry else { return .null }
            return .object([("status", .string(entry.status.rawValue)), ("controller", .string(entry.controller)),
                            ("shares", Self.sharesObject(entry.shares)), ("since", .string(entry.since.description))])
        }
        let features = changes.compactMap { change -> JSONValue? in
            guard let shown = change.after ?? change.before else { return nil }
            return .object([
                ("type", .string("Feature")), ("id", .string(change.placeID)), ("geometry", point(shown.lat, shown.lon)),
                ("properties", .object([("name", .string(shown.name)), ("name_ar", .string(shown.nameAr)),
                                        ("before", summary(change.before)), ("after", summary(change.after))])),
            ])
        }
        return .object([("type", .string("FeatureCollection")), ("generated", .string(generated)), ("since", .string(since)),
                        ("features", .array(features))])
    }

    func point(_ lat: Double, _ lon: Double) -> JSONValue {
        .object([("type", .string("Point")), ("coordinates", .array([.number(Self.round6(lon)), .number(Self.round6(lat))]))])
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

    /// Shares by actor as a JSON object in actor order: the same text for the same shares, in
    /// the GeoJSON and in the store's columns.
    public static func sharesObject(_ shares: [String: Double]) -> JSONValue {
        .object(shares.sorted { $0.key < $1.key }.map { ($0.key, .number($0.value)) })
    }

    static func round6(_ d: Double) -> Double { (d * 1_000_000).rounded() / 1_000_000 }
}

/// A colour hint per controller that Leaflet, geojson.io (simplestyle) and QGIS can use.
public enum StyleHint {
    public static let colours: [String: String] = [
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
