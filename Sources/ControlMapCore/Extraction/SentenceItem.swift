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
}
