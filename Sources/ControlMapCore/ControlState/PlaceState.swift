/// Who controls a place, as derived from its events.
public struct PlaceState: Sendable, Hashable, Codable {
    /// The status values of the contract.
    public enum Status: String, Sendable, Codable {
        case controlled, contested, besieged, unknown
    }

    public var placeID: String
    public var status: Status
    /// The actor in control (for `contested`, the holder of a reported majority share).
    public var controller: String?
    /// Reported shares of a contested place, actor -> fraction.
    public var shares: [String: Double]
    /// The actors fighting over a contested place, in the order they were reported.
    public var parties: [String]
    /// Who besieges a besieged place.
    public var besieger: String?
    /// Since when the current status and controller hold.
    public var since: EventDate
    /// The date of the latest event.
    public var updated: EventDate
    public var confidence: Double
    /// Distinct documents reporting on the place.
    public var sources: Int
    /// Events of the place that the current state rests on, latest last.
    public var supporting: [ControlEvent]
    /// Events that a later report overruled.
    public var overruled: [ControlEvent]
    public var lastEvent: ControlEvent

    public init(placeID: String, status: Status, controller: String?, shares: [String: Double], parties: [String], besieger: String?,
                since: EventDate, updated: EventDate, confidence: Double, sources: Int, supporting: [ControlEvent],
                overruled: [ControlEvent], lastEvent: ControlEvent) {
        self.placeID = placeID
        self.status = status
        self.controller = controller
        self.shares = shares
        self.parties = parties
        self.besieger = besieger
        self.since = since
        self.updated = updated
        self.confidence = confidence
        self.sources = sources
        self.supporting = supporting
        self.overruled = overruled
        self.lastEvent = lastEvent
    }
}
