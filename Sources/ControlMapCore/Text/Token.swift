/// One word, number or punctuation mark of a text, with where it stands and its match key.
public struct Token: Sendable, Hashable {
    /// What kind of token this is.
    public enum Kind: Sendable, Hashable {
        case word
        case number
        case punctuation
    }

    public var kind: Kind
    /// Offsets in Unicode scalars of the whole text: `start..<end`.
    public var start: Int
    public var end: Int
    /// The folded match key (see `MatchKey`); for punctuation, the mark itself.
    public var key: String
    /// Whether the word is in Arabic script.
    public var isArabic: Bool
    /// Whether the word starts with an upper-case letter (Latin script only).
    public var isCapitalized: Bool

    public init(kind: Kind, start: Int, end: Int, key: String, isArabic: Bool, isCapitalized: Bool) {
        self.kind = kind
        self.start = start
        self.end = end
        self.key = key
        self.isArabic = isArabic
        self.isCapitalized = isCapitalized
    }
}
