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
///   contested; a newer share bounds the older ones (after "A holds 64 %", B holds at most
///   36 %); a majority share (> 0.5) names the controller.
/// - Gains by different actors reported within two days of each other, by different documents,
///   make the place `contested` between them rather than flipping it twice.
/// - Confidence: combined over the independent reports that support the current state since it
///   began (1 - product of (1 - c)), at most 0.99. Reports count as independent when they come
///   from different outlets and do not repeat the same sentence (a wire story reprinted counts
///   once). A contradicting report of another actor within the week before lowers it by a fifth.
public enum ControlStateReducer {
    /// Raised with every change to the rules: folds a store kept under other rules
    /// (`ResumableFold` checkpoints) are not resumed.
    public static let rulesVersion = 1

    /// The state after all events dated up to `at` (all events when nil); nil if none applies.
    public static func state(placeID: String, events: [ControlEvent], at: EventDate? = nil) -> PlaceState? {
        let ordered = events
            .filter { e in at.map { e.effectiveDate.dayNumber <= $0.dayNumber } ?? true }
            .sorted(by: ControlEvent.applicationOrder)
        return Fold(placeID: placeID, applying: ordered).state
    }

    /// The rules applied one event at a time, in application order, so that a store can carry
    /// a place's fold forward when news arrives in order instead of replaying its history.
    public struct Fold: Sendable {
        public let placeID: String
        private var partial: PlaceState?
        private var documents: Set<String> = []

        public init(placeID: String) {
            self.placeID = placeID
        }

        /// The fold of events already in application order.
        public init(placeID: String, applying ordered: [ControlEvent]) {
            self.init(placeID: placeID)
            for e in ordered { apply(e) }
        }

        /// The last event applied.
        public var lastEvent: ControlEvent? { partial?.lastEvent }

        /// Applies the next event; it must not come before `lastEvent` in application order.
        public mutating func apply(_ e: ControlEvent) {
            if partial == nil { partial = ControlStateReducer.start(placeID, e) }
            ControlStateReducer.apply(e, to: &partial!)
            documents.insert(e.documentID)
        }

        /// The state after the events applied so far; nil before the first.
        public var state: PlaceState? {
            guard var s = partial else { return nil }
            s.sources = documents.count
            s.confidence = corroborated(s)
            return s
        }
    }

    /// The state a place's first event is applied to: nothing known yet.
    static func start(_ placeID: String, _ e: ControlEvent) -> PlaceState {
        PlaceState(placeID: placeID, status: .unknown, controller: nil, shares: [:], parties: [], besieger: nil,
                   since: e.effectiveDate, updated: e.effectiveDate, confidence: e.confidence, sources: 0,
                   supporting: [], overruled: [], lastEvent: e)
    }

    static func apply(_ e: ControlEvent, to s: inout PlaceState) {
        let before = (s.status, s.controller)
        switch e.kind {
        case .captured, .recaptured, .holds:
            guard let a = e.actor else { return }
            if e.kind != .holds, !e.background, s.status == .controlled, let c = s.controller, c != a,
               let last = s.supporting.last, last.documentID != e.documentID, last.kind != .holds,
               e.effectiveDate.dayNumber - last.effectiveDate.dayNumber <= 2 {
                // Opposing gains reported close together: the place is fought over.
                s.status = .contested
                s.controller = nil
                s.shares = [:]
                s.parties = [c, a]
                break
            }
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
                // The newest report bounds the older ones: what `a` holds, nobody else does.
                for (other, held) in s.shares where other != a && held > 1 - share {
                    s.shares[other] = (max(0, 1 - share) * 100).rounded() / 100
                }
            }
            // The party holding more than half, if any; by share, then by id, never by the
            // dictionary's (random) order.
            s.controller = s.shares.filter { $0.value > 0.5 }.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
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

    static func corroborated(_ s: PlaceState) -> Double {
        var byOutlet: [String: Double] = [:]
        var sentences = Set<String>()
        for e in s.supporting {
            // The same sentence printed by several outlets is one report.
            guard sentences.insert(e.evidence).inserted else { continue }
            let o = outlet(of: e)
            byOutlet[o] = max(byOutlet[o] ?? 0, e.confidence)
        }
        return confidence(outlets: byOutlet, contradicted: contradicted(s))
    }

    /// Who vouches for a report: its outlet, else its document.
    static func outlet(of e: ControlEvent) -> String { e.source ?? e.documentID }

    /// How much in doubt a state is after its outlets' reports (each outlet's surest counts).
    static func doubt(_ outlets: [String: Double]) -> Double {
        outlets.values.reduce(1.0) { $0 * (1 - $1) }
    }

    /// The confidence of a state from its outlets' surest reports, lowered by a fifth when a
    /// report of another side was overruled in the week before it began.
    static func confidence(outlets: [String: Double], contradicted: Bool) -> Double {
        var c = 1 - doubt(outlets)
        if contradicted { c *= 0.8 }
        return min(0.99, (c * 100).rounded() / 100)
    }

    /// Whether a report of another side than the controller's (not a withdrawal) was overruled
    /// in the week before the state began.
    static func contradicted(_ s: PlaceState) -> Bool {
        // Overruled events are in application order: only the last week's are looked at.
        for o in s.overruled.reversed() {
            if s.since.dayNumber - o.effectiveDate.dayNumber > 7 { break }
            if o.actor != s.controller && o.kind != .withdrew { return true }
        }
        return false
    }
}
