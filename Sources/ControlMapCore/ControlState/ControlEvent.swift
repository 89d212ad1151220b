/// One entry of the event log: an extracted event with its place, document and times.
///
/// The log is the truth; place states are derived from it (see `ControlStateReducer`).
public struct ControlEvent: Sendable, Hashable, Codable {
    public var documentID: String
    /// Order of the event within its document.
    public var sequence: Int
    /// Gazetteer id of the place; nil for an unresolved mention.
    public var placeID: String?
    public var placeName: String?
    public var placeNameAr: String?
    public var lat: Double?
    public var lon: Double?
    public var placeKind: PlaceKind?
    public var mention: String
    public var actor: String?
    public var fromActor: String?
    public var kind: ControlKind
    public var share: Double?
    /// The date the text gives, if any.
    public var date: EventDate?
    /// The date the event is ordered by: its own, else the document's publication, else ingestion.
    public var effectiveDate: EventDate
    public var background: Bool
    public var confidence: Double
    public var evidence: String
    public var source: String?
    public var url: String?
    public var predicate: String

    public init(documentID: String, sequence: Int, placeID: String?, placeName: String?, placeNameAr: String?,
                lat: Double?, lon: Double?, placeKind: PlaceKind?, mention: String, actor: String?, fromActor: String?,
                kind: ControlKind, share: Double?, date: EventDate?, effectiveDate: EventDate, background: Bool,
                confidence: Double, evidence: String, source: String?, url: String?, predicate: String) {
        self.documentID = documentID
        self.sequence = sequence
        self.placeID = placeID
        self.placeName = placeName
        self.placeNameAr = placeNameAr
        self.lat = lat
        self.lon = lon
        self.placeKind = placeKind
        self.mention = mention
        self.actor = actor
        self.fromActor = fromActor
        self.kind = kind
        self.share = share
        self.date = date
        self.effectiveDate = effectiveDate
        self.background = background
        self.confidence = confidence
        self.evidence = evidence
        self.source = source
        self.url = url
        self.predicate = predicate
    }

    /// The order events are applied in: by event time, background mentions before reports of the
    /// same day, then by document and position, so that arrival order never matters.
    public static func applicationOrder(_ a: ControlEvent, _ b: ControlEvent) -> Bool {
        if a.effectiveDate != b.effectiveDate { return a.effectiveDate < b.effectiveDate }
        if a.background != b.background { return a.background }
        if a.documentID != b.documentID { return a.documentID < b.documentID }
        return a.sequence < b.sequence
    }
}
