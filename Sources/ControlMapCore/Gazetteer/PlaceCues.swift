/// Words that say what kind of place a name is: "قرية", "بلدة", "مطار", "village", "airbase".
///
/// Read from `config/lexicon/place-cues.tsv` (kind, position, phrase): `before` cues precede
/// the name ("قرية البغيلية", "the town of Sinjar"), `after` cues follow it ("Kuweires airbase"),
/// `plural` cues introduce a list ("قرى خربيل والقليعة"), `dual` ones a list of two ("قريتي X وY"),
/// `plural-of` nouns make English list cues alone or joined to any `plural-of` or `and-of` noun
/// ("villages of", "the villages and farms of"),
/// `listfiller` words may stand inside one, `plural-after` nouns follow a list of names and give
/// each its kind ("the Hama and Idlib provinces"; `plural-after-known` ones only to names the
/// gazetteer knows as that kind: "the Hama and Idlib regions", not "the X and Y regions" of two
/// villages, which are the villages' surroundings; `plural-after-list` ones only after two names
/// or more: "the Karama and Qadisiya neighbourhoods", not "the Mosul neighbourhoods"),
/// `enumerated` nouns cue no name but may have their names listed by a later copula ("the villages
/// taken are X and Y"), `namehead` words begin a name and never stand alone ("أبو زيد"), and
/// `unnamed` nouns name a site of their own only when no name stands with them ("a military
/// post", "the observation post near X").
public struct PlaceCues: Sendable {
    /// What a cue word announces.
    public struct Cue: Sendable, Hashable {
        public var kind: PlaceKind
        public var before: Bool
        public var after: Bool
        public var plural: Bool
        /// The cue is written with the article ("اللواء"): "القرية" is not the cue "قرية" but "the village".
        public var hasArticle: Bool
        /// Not a cue but a word that may stand inside a list of places ("هي", "بينها", "من الجهة الشرقية").
        public var listFiller = false
        /// A dual ("قريتي", two villages) names two places: its list ends after the second.
        public var maxItems: Int?
    }

    public private(set) var phrases = PhraseIndex<Cue>()
    /// Words that may stand inside a list of places without ending it.
    public private(set) var fillers = PhraseIndex<Cue>()
    /// Plural nouns after a list of names that give each name their kind ("the Hama, Idlib and
    /// Aleppo regions").
    public private(set) var pluralAfter = PhraseIndex<Cue>()
    /// The same, for the names the gazetteer knows as the cue's kind only.
    public private(set) var pluralAfterKnown = PhraseIndex<Cue>()
    /// The same, after two names or more only: "the Karama and Qadisiya neighbourhoods" are
    /// neighbourhoods, "the Mosul neighbourhoods" Mosul's.
    public private(set) var pluralAfterList = PhraseIndex<Cue>()
    /// Plural nouns whose names a copula or colon may list later in the sentence.
    public private(set) var enumerated = PhraseIndex<Cue>()
    /// First words of names that never stand alone ("أبو", "أم", "عين"): the next word belongs
    /// to the name even when it is a common word ("أبو زيد", "أم حارتين").
    public private(set) var nameHeads = PhraseIndex<Cue>()
    /// Nouns that name a site by themselves ("an observation post", "a military post"), besides
    /// the site cues that follow a name.
    public private(set) var unnamedSites = PhraseIndex<Cue>()

    public init() {}

    public static func parse(_ text: String) throws -> PlaceCues {
        var cues = PlaceCues()
        // English plural nouns that open a list with "of", alone or joined ("the villages and farms of").
        var heads: [(PlaceKind, String)] = [], seconds: [String] = []
        for (n, line) in DataLines.rows(text) {
            guard line.count >= 3, let kind = PlaceKind(rawValue: line[0]) else {
                throw ParseFailure("place-cues line \(n): expected kind, position, phrase")
            }
            let pos = line[1]
            if pos == "plural-of" || pos == "and-of" {
                if pos == "plural-of" { heads.append((kind, line[2])) }
                seconds.append(line[2])
                continue
            }
            if pos == "listfiller" {
                cues.fillers.add(line[2], value: Cue(kind: kind, before: false, after: false, plural: false, hasArticle: false, listFiller: true))
                continue
            }
            if pos == "namehead" {
                cues.nameHeads.add(line[2], value: Cue(kind: kind, before: false, after: false, plural: false, hasArticle: false))
                continue
            }
            if pos == "unnamed" {
                cues.unnamedSites.add(line[2], value: Cue(kind: kind, before: false, after: false, plural: false, hasArticle: false))
                continue
            }
            if pos == "plural-after" || pos == "plural-after-known" || pos == "plural-after-list" {
                let cue = Cue(kind: kind, before: false, after: true, plural: true, hasArticle: false)
                switch pos {
                case "plural-after": cues.pluralAfter.add(line[2], value: cue)
                case "plural-after-known": cues.pluralAfterKnown.add(line[2], value: cue)
                default: cues.pluralAfterList.add(line[2], value: cue)
                }
                continue
            }
            if pos == "enumerated" {
                cues.enumerated.add(line[2], value: Cue(kind: kind, before: false, after: false, plural: true, hasArticle: false))
                continue
            }
            let article = MatchKey.fold(line[2]).hasPrefix("\u{0627}\u{0644}")
            let plural = pos == "plural" || pos == "dual"
            cues.phrases.add(line[2], value: Cue(kind: kind, before: pos.contains("before") || plural,
                                                  after: pos.contains("after"), plural: plural, hasArticle: article,
                                                  maxItems: pos == "dual" ? 2 : nil))
        }
        for (kind, head) in heads {
            for noun in [head] + seconds.filter({ $0 != head }).map({ head + " and " + $0 }) {
                for phrase in [noun + " of", "the " + noun + " of"] {
                    cues.phrases.add(phrase, value: Cue(kind: kind, before: true, after: false, plural: true, hasArticle: false))
                }
            }
        }
        return cues
    }
}

/// Rows of the project's tab-separated data files: `#` comments and blank lines skipped.
public enum DataLines {
    public static func rows(_ text: String) -> [(Int, [String])] {
        var out: [(Int, [String])] = []
        var n = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            let line = raw.last == "\r" ? raw.dropLast() : raw
            if line.allSatisfy(\.isWhitespace) || line.first == "#" { continue }
            out.append((n, line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }))
        }
        return out
    }
}
