/// What one stretch of a sentence is, as far as the extractor cares.
public enum SentenceItem: Sendable {
    /// A place mention: index into the document's resolutions.
    case place(Int)
    case actor(String)
    case predicate(Predicate)
    case cue(ContextCue)
    case date(DateWord)
    case number(Double)
    /// Any other word, with its key.
    case word(String)
}

/// A sentence item with where it stands.
public struct PositionedItem: Sendable {
    public var item: SentenceItem
    /// Stream positions.
    public var start: Int
    public var end: Int
    /// Punctuation other than a hyphen stood right before it.
    public var breakBefore: Bool
    /// The punctuation marks between the previous word and this one ("", ",", "\" (", ...).
    public var punctuationBefore: String
    /// A hyphen joins it to the word before ("government-controlled").
    public var hyphenBefore: Bool
    public var capitalized: Bool
    /// The punctuation before it ends a clause: ";", ":", a dash, a hyphen standing apart.
    /// Brackets hold asides ("the SDF (Syrian Democratic Forces) captured") and do not.
    public internal(set) var strongBreakBefore: Bool
    /// A comma (Latin or Arabic) stands before it.
    public let commaBefore: Bool

    public var isPlace: Bool {
        if case .place = item { return true }
        return false
    }

    public var isActor: Bool {
        if case .actor = item { return true }
        return false
    }

    public var isPredicate: Bool {
        if case .predicate = item { return true }
        return false
    }

    /// Whether it is a cue of `role`.
    public func isCue(_ role: CueRole) -> Bool {
        if case .cue(let c) = item { return c.role == role }
        return false
    }

    /// Whether it is a cue of `role` with `value` ("ended", a breaking cue used on its own).
    public func isCue(_ role: CueRole, value: String) -> Bool {
        if case .cue(let c) = item { return c.role == role && c.value == value }
        return false
    }

    /// Whether it is an anaphor cue standing for `kind` ("sentence" for "it").
    public func isAnaphor(_ kind: String) -> Bool {
        if case .cue(let c) = item { return c.role == .anaphor && c.value == kind }
        return false
    }

    public init(item: SentenceItem, start: Int, end: Int, breakBefore: Bool, punctuationBefore: String, hyphenBefore: Bool,
                capitalized: Bool) {
        self.item = item
        self.start = start
        self.end = end
        self.breakBefore = breakBefore
        self.punctuationBefore = punctuationBefore
        self.hyphenBefore = hyphenBefore
        self.capitalized = capitalized
        // Worked out once here: clause bounds look at every item of a sentence for every predicate.
        var strong = false, comma = false
        for s in punctuationBefore.unicodeScalars {
            switch s {
            case ";", ":", "\u{2014}", "\u{2013}", "\u{061B}": strong = true
            case "-": if !hyphenBefore { strong = true }
            case ",", "\u{060C}": comma = true
            default: break
            }
        }
        strongBreakBefore = strong
        commaBefore = comma
    }
}
