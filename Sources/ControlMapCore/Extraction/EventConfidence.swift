/// How much an extracted event is trusted, from how it was read. The one place where
/// extraction confidence is defined:
///
/// | reading                                                      | confidence |
/// |--------------------------------------------------------------|-----------:|
/// | actor named in the clause, place resolved                     | 0.85       |
/// | passive or standing control with the actor after an agent word | 0.80       |
/// | actor carried over from an earlier clause or sentence          | 0.65       |
/// | no actor at all (a withdrawal whose taker is not reported)     | 0.60       |
///
/// then multiplied by 0.75 for hedging ("reportedly", "بحسب مصادر"), by 0.8 for background
/// mentions, by 0.9 for an unresolved place and by 0.85 for an event read from the title.
public enum EventConfidence {
    /// Where the actor of an event came from.
    public enum ActorEvidence: Sendable {
        case explicit, agent, carried, none
    }

    public static func score(actor: ActorEvidence, hedged: Bool, background: Bool, resolved: Bool, inTitle: Bool) -> Double {
        var c: Double
        switch actor {
        case .explicit: c = 0.85
        case .agent: c = 0.8
        case .carried: c = 0.65
        case .none: c = 0.6
        }
        if hedged { c *= 0.75 }
        if background { c *= 0.8 }
        if !resolved { c *= 0.9 }
        if inTitle { c *= 0.85 }
        return (c * 100).rounded() / 100
    }
}
