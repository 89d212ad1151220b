/// The rules of `ControlStateReducer` applied one event at a time in memory bounded by the
/// place's last week, not by its history: what a store keeps at a checkpoint (it is `Codable`)
/// to work out a past map from there instead of from the first event.
///
/// Of the current state's supporting events it keeps the newest `kept` (the map shows them)
/// and those of the last week (a later state looks back a week at what it overruled); of the
/// overruled events those of the week before the state began; of the confidence each outlet's
/// surest report and the sentences already counted, until the confidence can rise no more; of
/// the documents their count, settled by the caller (`settle`), who knows which documents an
/// earlier checkpoint counted. `state` is what `ControlStateReducer.state` gives for the same
/// events, except that `supporting` holds the newest `kept` and `overruled` is empty.
public struct ResumableFold: Sendable, Equatable, Codable {
    public let placeID: String
    /// How many of the newest supporting events the state shows.
    public let kept: Int
    private var partial: PlaceState?
    /// Per outlet, its surest report of the current state (as `ControlStateReducer.corroborated`).
    private var outlets: [String: Double] = [:]
    /// The evidence sentences counted for the current state; emptied once it is `saturated`.
    private var sentences: Set<String> = []
    /// The confidence can rise no more in this state (see `apply`): further reports are not counted.
    private var saturated = false
    /// Distinct documents met up to the last `settle`.
    private var counted = 0
    /// Documents met since the last `settle`.
    public private(set) var documents: Set<String> = []

    public init(placeID: String, kept: Int) {
        self.placeID = placeID
        self.kept = max(1, kept)
    }

    /// Applies the next event; it must not come before `lastEvent` in application order.
    public mutating func apply(_ e: ControlEvent) {
        if partial == nil { partial = ControlStateReducer.start(placeID, e) }
        let before = (partial!.status, partial!.controller)
        let supported = partial!.supporting.count
        ControlStateReducer.apply(e, to: &partial!)
        documents.insert(e.documentID)
        if (partial!.status, partial!.controller) != before {
            // A new state: its confidence starts again; what it overruled counts only from the
            // week before it began (`ControlStateReducer.contradicted`), and since only moves on.
            outlets = [:]
            sentences = []
            saturated = false
            let since = partial!.since.dayNumber
            let stale = partial!.overruled.prefix { since - $0.effectiveDate.dayNumber > 7 }.count
            partial!.overruled.removeFirst(stale)
            count(e)
        } else if partial!.supporting.count == supported + 1 {
            count(e)
        }
        // A later state begins at this event's day or after: supporting events more than a week
        // older will never be looked at again, but for the newest the map shows.
        let day = e.effectiveDate.dayNumber
        let old = partial!.supporting.dropLast(kept).prefix { day - $0.effectiveDate.dayNumber > 7 }.count
        partial!.supporting.removeFirst(old)
    }

    /// Counts a supporting report towards the confidence, as `ControlStateReducer.corroborated`.
    private mutating func count(_ e: ControlEvent) {
        guard !saturated, sentences.insert(e.evidence).inserted else { return }
        let outlet = ControlStateReducer.outlet(of: e)
        outlets[outlet] = max(outlets[outlet] ?? 0, e.confidence)
        // From here the confidence rounds to its ceiling (0.99, or 0.8 when contradicted)
        // whatever else is reported in this state: more reports only lower the doubt.
        if ControlStateReducer.doubt(outlets) < 0.000_05 {
            saturated = true
            sentences = []
        }
    }

    /// Takes the documents met since the last settle into the count of sources, but for
    /// `repeated` of them that an earlier settle already counted.
    public mutating func settle(repeated: Int) {
        counted += documents.count - repeated
        documents = []
    }

    /// The state after the events applied so far (nil before the first), with the documents
    /// settled so far as its sources.
    public var state: PlaceState? {
        guard var s = partial else { return nil }
        s.sources = counted
        s.confidence = ControlStateReducer.confidence(outlets: outlets, contradicted: ControlStateReducer.contradicted(s))
        s.supporting = Array(s.supporting.suffix(kept))
        s.overruled = []
        return s
    }
}
