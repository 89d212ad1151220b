/// The kinds of control event of the contract (DESIGN.md).
public enum ControlKind: String, Sendable, Codable, CaseIterable {
    case captured, recaptured, withdrew, besieged
    case siegeBroken = "siege_broken"
    case contested, holds
}

/// How a predicate relates its actor and its place.
public enum PredicateVoice: String, Sendable, Codable {
    /// "X captured Y": actor is the subject, the place follows.
    case active
    /// "X's capture of Y", "سيطرة X على Y".
    case nominal
    /// "Y fell to X": the place is the patient, the actor follows an agent word.
    case passive
    /// "Y, under the control of X": standing control, place first.
    case state
    /// "X controls Y": standing control in the present tense.
    case present
    /// "X drove Y out of Z", "X forced Y from Z": an active verb that reports a capture only with
    /// the expelled side named as its object.
    case expulsion
    /// "Y lost Z to X", "خسر Y الموقع لصالح X": the subject is the loser; a capture only with the
    /// taker named after an agent word.
    case loss
    /// "clashes between X and Y in Z", "اشتباكات بين X وY في Z": fighting in a place, which is
    /// contested; the first side named is the actor, the second the other side.
    case clash
    /// "Kurdish forces fought IS in Z", "اشتبكت قوات النظام مع داعش في Z": a verb of fighting in a
    /// place, contested; its subject is the actor, the side it fought the other side.
    case fight
}

/// A control predicate of the lexicon.
public struct Predicate: Sendable, Hashable {
    public var kind: ControlKind
    public var voice: PredicateVoice
}

/// Roles of the context words around predicates (see `config/lexicon/cues.tsv`).
public enum CueRole: String, Sendable, Hashable {
    case attempt, negation, future, conditional, denial, repelled
    /// "unconfirmed reports that", "أنباء غير مؤكدة": the text itself does not vouch for the report.
    case unconfirmed
    case hedge, partial, fraction, percent
    case from, agent, besieger, support, clause, background, anaphor, still, attribution
    case pronoun, locative, target, report, breaking, filler
    /// A thing taken that is no place: a road, weapons.
    case object
    /// A number written as a word ("تسعين", "ninety"): read as the number it names.
    case number
    /// "except Waer", "with the exception of X", "باستثناء X": the places after it are the ones
    /// the statement is not about.
    case exception

    /// Whether a predicate under this cue reports no change of control.
    public var blocks: Bool {
        switch self {
        case .attempt, .negation, .future, .conditional, .denial, .repelled, .unconfirmed: return true
        default: return false
        }
    }
}

/// A context word with its role and optional value (a fraction, an anaphor's place kind).
public struct ContextCue: Sendable, Hashable {
    public var role: CueRole
    public var value: String
}

/// Words that date an event (weekdays, "yesterday", month names).
public enum DateWord: Sendable, Hashable {
    case weekday(Int)
    case offset(Int)
    case month(Int)
}
