/// A place name found in a text, before or after resolution.
public struct ToponymMention: Sendable, Hashable {
    /// Stream positions of the name (cue word excluded).
    public var words: Range<Int>
    /// Scalar offsets of the name in the text.
    public var start: Int
    public var end: Int
    /// The name as written.
    public var text: String
    /// The mention as written with the words after the name that describe a site ("مطار «منغ»
    /// العسكري" for the name "مطار «منغ»"); nil when nothing follows the name.
    public var written: String?
    /// Gazetteer indices of the places the name may be; empty for an unresolved mention.
    public var candidates: [Int32]
    /// The kind a cue word gives ("قرية" -> village), if any.
    public var cue: PlaceKind?
    /// Stream positions of the cue word, if any.
    public var cueWords: Range<Int>?
    /// A lone Arabic word that only small villages bear, without a cue word: as likely a
    /// common word ("مطلع", "الكشف") as a place. Used only as the direct object of a control
    /// predicate, never listed as a place on its own.
    public var isWeak = false
    /// Weak because every place bearing the name lies outside the focus countries: never an
    /// event's place on its own.
    public var isForeign = false
    /// Mentions of one list ("قرى خربيل والقليعة وسردة") share an id; nil outside lists.
    public var listID: Int?
    /// An item of the names a copula or colon opens after a plural noun ("القرى التي ... هي، X، Y",
    /// "the villages taken are X and Y"): the noun's names, wherever its verb stands.
    public var isEnumerated = false
    /// The first word, the cue's or the name's, was read through a preposition glued to it
    /// ("بمدينة X", "لريف X", "بدير الزور"): the place says where something lies or whose it
    /// is, never the next item of a list ("حي الصناعة بمدينة دير الزور").
    public var afterPreposition = false
    /// For a site the gazetteer lacks under the name ("the Qamishli airbase"), the places of the
    /// town it is named after: an airfield is found by its town.
    public var namedAfter: [Int32] = []
    /// A site named by common nouns ("the main government building", "an Iraqi military base"):
    /// weak, yet its own words, a people's or a side's among them, are the site's and not an
    /// actor's.
    public var isUnnamedSite = false
    /// The place such a site lies in ("Fallujah" of "the main government building in Fallujah"):
    /// it says where the site is, it is not taken with it.
    public var locatesSite = false

    /// Weak as a lone word that may be a common word. A site named by common nouns is weak only
    /// in lists and for anaphors: it may still be a passive's subject or what "it" stands for.
    public var isWeakName: Bool { isWeak && !isUnnamedSite }

    public init(words: Range<Int>, start: Int, end: Int, text: String, candidates: [Int32],
                cue: PlaceKind? = nil, cueWords: Range<Int>? = nil) {
        self.words = words
        self.start = start
        self.end = end
        self.text = text
        self.candidates = candidates
        self.cue = cue
        self.cueWords = cueWords
    }

    /// Stream positions covered by the cue and the name together.
    public var span: Range<Int> {
        guard let c = cueWords else { return words }
        return min(c.lowerBound, words.lowerBound)..<max(c.upperBound, words.upperBound)
    }
}
