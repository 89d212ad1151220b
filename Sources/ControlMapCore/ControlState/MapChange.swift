/// What a published map says of one place, as far as a change of control goes: the values
/// two maps are compared on, and where and what the place is, so that a place that left the
/// map can still be shown in the changes.
public struct MapEntry: Sendable, Hashable {
    public var placeID: String
    public var status: PlaceState.Status
    public var controller: String?
    public var shares: [String: Double]
    public var since: EventDate
    public var name: String
    public var nameAr: String?
    public var lat: Double
    public var lon: Double

    public init(placeID: String, status: PlaceState.Status, controller: String?, shares: [String: Double], since: EventDate,
                name: String, nameAr: String?, lat: Double, lon: Double) {
        self.placeID = placeID
        self.status = status
        self.controller = controller
        self.shares = shares
        self.since = since
        self.name = name
        self.nameAr = nameAr
        self.lat = lat
        self.lon = lon
    }

    /// The entry the map shows for a state; nil for a place without a position, which the
    /// map leaves out.
    public init?(_ state: PlaceState) {
        let e = state.lastEvent
        guard let lat = e.lat, let lon = e.lon else { return nil }
        self.init(placeID: state.placeID, status: state.status, controller: state.controller, shares: state.shares,
                  since: state.since, name: e.placeName ?? e.mention, nameAr: e.placeNameAr, lat: lat, lon: lon)
    }

    /// Whether a reader of the map would see the same control: a later report that only
    /// confirms it (a new `since`, another name spelling) is not a change.
    public func sameControl(as other: MapEntry) -> Bool {
        status == other.status && controller == other.controller && shares == other.shares
    }
}

/// One place whose control differs between two maps: its entry before (nil: it was not on the
/// map) and after (nil: it left the map).
public struct MapChange: Sendable, Hashable {
    public var placeID: String
    public var before: MapEntry?
    public var after: MapEntry?

    public init(placeID: String, before: MapEntry?, after: MapEntry?) {
        self.placeID = placeID
        self.before = before
        self.after = after
    }

    /// The places whose control differs between two maps, by place id.
    public static func between(_ before: [MapEntry], _ after: [MapEntry]) -> [MapChange] {
        let old = Dictionary(before.map { ($0.placeID, $0) }, uniquingKeysWith: { _, last in last })
        let new = Dictionary(after.map { ($0.placeID, $0) }, uniquingKeysWith: { _, last in last })
        return Set(old.keys).union(new.keys).sorted().compactMap { id in
            let b = old[id], a = new[id]
            if let b, let a, b.sameControl(as: a) { return nil }
            return MapChange(placeID: id, before: b, after: a)
        }
    }
}
