/// How much an extracted event is trusted: an estimate of the chance that the claim it makes
/// (this side, this kind of change, this place) is right, from how it was read. The one place
/// where extraction confidence is defined; the map combines it over independent reports.
///
/// What decides it is the size of the place and the kind of claim, because that is what the
/// errors follow: on the training corpus (`bench/calibration`), claims about a village or a
/// town were right 0.95 of the time, claims about an unplaced name 0.86, about a city 0.72
/// (a city is often named for its province, its countryside, one of its districts or its
/// past), and contested, siege and withdrawal claims about 0.85 as often as takings and
/// holdings. The table sits a little below those figures, since text nobody tuned for is read
/// less well than the text the rules were written from:
///
/// | place                                          | taking or holding | other kinds |
/// |------------------------------------------------|------------------:|------------:|
/// | a village, a town or a district, resolved      | 0.92              | 0.80        |
/// | a name the gazetteer cannot place              | 0.84              | 0.73        |
/// | a military site or facility                    | 0.75              | 0.65        |
/// | a city or a region                             | 0.70              | 0.61        |
///
/// then multiplied by 0.95 for an actor carried over from an earlier clause or sentence, 0.9
/// when no actor is reported (a withdrawal whose taker is not told), 0.85 for hedging
/// ("reportedly", "بحسب مصادر") and 0.9 for a background mention.
public enum EventConfidence {
    /// Where the actor of an event came from.
    public enum ActorEvidence: Sendable {
        case explicit, agent, carried, none
    }

    /// - Parameter place: the kind of the resolved place; nil for a name the gazetteer cannot
    ///   place.
    public static func score(kind: ControlKind, place: PlaceKind?, actor: ActorEvidence, hedged: Bool, background: Bool) -> Double {
        var c: Double
        switch place {
        case nil: c = 0.84
        case .city?, .region?: c = 0.70
        case let p? where p.isSite: c = 0.75
        case .village?, .town?, .neighbourhood?: c = 0.92
        case _?: c = 0.75
        }
        switch kind {
        case .captured, .recaptured, .holds: break
        case .contested, .besieged, .siegeBroken, .withdrew: c *= 0.87
        }
        switch actor {
        case .explicit, .agent: break
        case .carried: c *= 0.95
        case .none: c *= 0.9
        }
        if hedged { c *= 0.85 }
        if background { c *= 0.9 }
        return (c * 100).rounded() / 100
    }
}
