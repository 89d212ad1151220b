/// Derives the state of one place from its events. The rules, in one place:
///
/// - Events are applied in event-time order (`ControlEvent.applicationOrder`), never in the
///   order they arrived: an old article ingested late enters history but cannot overwrite a
///   newer state. Background mentions of a day are applied before that day's reports.
/// - `captured`, `recaptured`, `holds`: `controlled` by the actor.
/// - `withdrew`: `controlled` by the taker when one is reported; else, if the side that left
///   was the controller (or none was known), the place becomes `unknown` with no controller.
/// - `besieged`: `besieged`, the holder (`from_actor`, else the current controller) keeps
///   control and the actor is recorded as besieger.
/// - `siege_broken`: `controlled` by the actor (the holder or the relief), besieger cleared;
///   a place reported contested stays contested (breaking a siege is not taking the whole place).
/// - `contested`: `contested`; reported shares and parties accumulate while the place stays
///   contested; a reported majority share (> 0.5) names the controller.
/// - Confidence: the latest event's confidence, raised by corroboration from other documents
///   that agree with the current state since it began (1 - product of (1 - c)), at most 0.99.
public enum ControlStateReducer {
    /// The state after all events dated up to `at` (all events when nil); nil if none applies.
    public static func state(placeID: String, events: [ControlEvent], at: EventDate? = nil) -> PlaceState? {
        let ordered = events
            .filter { e in at.map { e.effectiveDate.dayNumber <= $0.dayNumber } ?? true }
            .sorted(by: ControlEvent.applicationOrder)
        guard let first = ordered.first else { return nil }
        var s = PlaceState(placeID: placeID, status: .unknown, controller: nil, shares: [:], parties: [],
                           besieger: nil, since: first.effectiveDate, updated: first.effectiveDate,
                           confidence: first.confidence, sources: 0, supporting: [], overruled: [], lastEvent: first)
        for e in ordered { apply(e, to: &s) }
        s.sources = Set(ordered.map(\.documentID)).count
        s.confidence = corroborated(s)
        return s
    }

    static func apply(_ e: ControlEvent, to s: inout PlaceState) {
        let before = (s.status, s.controller)
        switch e.kind {
        case .captured, .recaptured, .holds:
            guard let a = e.actor else { return }
            set(&s, .controlled, a)
        case .withdrew:
            if let a = e.actor {
                set(&s, .controlled, a)
            } else if s.controller == nil || s.controller == e.fromActor {
                set(&s, .unknown, nil)
            } else {
                return
            }
        case .besieged:
            let holder = e.fromActor ?? s.controller
            s.status = .besieged
            s.controller = holder
            s.besieger = e.actor
            s.shares = [:]
            s.parties = []
        case .siegeBroken:
            if s.status == .contested {
                s.besieger = nil
                for p in [e.actor, e.fromActor].compactMap({ $0 }) where !s.parties.contains(p) { s.parties.append(p) }
                break
            }
            guard let a = e.actor ?? s.controller else { return }
            set(&s, .controlled, a)
        case .contested:
            if s.status != .contested {
                s.shares = [:]
                s.parties = s.controller.map { [$0] } ?? []
                s.besieger = nil
            }
            s.status = .contested
            for p in [e.actor, e.fromActor].compactMap({ $0 }) where !s.parties.contains(p) { s.parties.append(p) }
            if let a = e.actor, let share = e.share {
                s.shares[a] = share
            }
            s.controller = s.shares.first(where: { $0.value > 0.5 })?.key
        }
        if before.0 != s.status || before.1 != s.controller {
            s.since = e.effectiveDate
            s.overruled += s.supporting
            s.supporting = []
        }
        s.supporting.append(e)
        s.updated = max(s.updated, e.effectiveDate)
        s.lastEvent = e
    }

    private static func set(_ s: inout PlaceState, _ status: PlaceState.Status, _ controller: String?) {
        s.status = status
        s.controller = controller
        s.shares = [:]
        s.parties = []
        s.besieger = nil
    }

    private static func corroborated(_ s: PlaceState) -> Double {
        var byDocument: [String: Double] = [:]
        for e in s.supporting { byDocument[e.documentID] = max(byDocument[e.documentID] ?? 0, e.confidence) }
        let doubt = byDocument.values.reduce(1.0) { $0 * (1 - $1) }
        return min(0.99, ((1 - doubt) * 100).rounded() / 100)
    }
}
