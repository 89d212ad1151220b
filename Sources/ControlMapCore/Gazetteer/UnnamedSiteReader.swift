/// Finds the English sites that common nouns name: "the main government building in Fallujah",
/// "an Iraqi military base", "a military post near the city", "its historic citadel".
///
/// No gazetteer holds them, yet they are what a sentence says was taken: "retook the main
/// government building in Fallujah" takes the building, not the city. Each becomes an unresolved
/// mention, weak (only the object of a control predicate makes it a place), named by its own
/// words and written with the place it lies in when one follows ("in Fallujah", "near the city").
/// A definite one whose noun ends the name of a site the text names ("the crossing", "the Nasib
/// border crossing") is that site.
public struct UnnamedSiteReader: Sendable {
    let cues: PlaceCues
    /// Words that open a noun phrase ("the", "a", "its").
    let determiners: Set<String>
    /// The determiners that introduce something new ("a", "an"): never a site named before.
    let indefinites: Set<String>
    /// Prepositions after the site that lead to the place it lies in ("in", "near", "of").
    let locators: Set<String>
    /// Words that never stand between a determiner and its noun ("and", "of", "was", and counts
    /// of things: "half a dozen oil fields").
    let breaks: Set<String>
    /// Nouns of a settlement that refer back ("the city", "the town") and may end a site's locator.
    let settlementNouns: Set<String>
    /// Phrases with whether each names a thing taken that is no place ("the road", "the office").
    let things: PhraseIndex<Bool>
    /// Control predicates: "the recently captured airfield" says a taking, which the extractor reads.
    let predicates: PhraseIndex<Bool>

    /// The most words before a site noun that still belong to its phrase ("the last two",
    /// "the main government").
    static let maxModifiers = 3
    /// The reader the lexicon's word classes and cues make.
    public init(lexicon: ExtractionLexicon) {
        cues = lexicon.placeCues
        determiners = lexicon.words(of: .determiner)
        indefinites = lexicon.words(of: .indefinite)
        locators = lexicon.words(of: .siteLocator)
        breaks = lexicon.words(of: .phraseBreak).union(lexicon.words(of: .quantityNoun))
        settlementNouns = lexicon.words(of: .settlementNoun)
        things = lexicon.thingPhrases()
        predicates = lexicon.predicatePhrases()
    }

    /// How far apart, in words, a definite site and the named one it stands for may be: in a long
    /// text "the base" means the one named lately, not one named pages before.
    static let maxReferenceDistance = 150

    /// `isSite`: whether a mention found names a site (by its cue or the places it may be).
    func read(_ text: AnalyzedText, _ stream: TokenStream, found: [ToponymMention],
              isSite: (ToponymMention) -> Bool) -> [ToponymMention] {
        let words = stream.words
        guard !determiners.isEmpty, !words.isEmpty else { return found }
        var covering = [Int](repeating: -1, count: words.count)
        for (i, m) in found.enumerated() {
            for q in m.span where q < words.count { covering[q] = i }
        }
        var found = found
        var added: [ToponymMention] = []
        var merged = Set<Int>()
        var p = 0
        while p < words.count {
            guard !text.tokens[words[p].token].isArabic, covering[p] < 0, let site = siteNoun(stream, at: p),
                  !(p..<site.end).contains(where: { covering[$0] >= 0 }),
                  let opening = determiner(text, stream, before: p, covering: covering),
                  !isAppositive(stream, opening: opening, covering: covering) else {
                p += 1
                continue
            }
            let start = text.tokens[words[opening.first].token].start, end = text.tokens[words[site.end - 1].token].end
            var m = ToponymMention(words: opening.first..<site.end, start: start, end: end, text: text.text(start, end),
                                   candidates: [], cue: site.kind)
            m.isWeak = true
            m.isUnnamedSite = true
            var writtenEnd = m.end
            var locatedIn: Int?
            var q = site.end
            var namesNamedSite = false
            var ofUnit = false
            // "the barracks of the 2nd Regiment of the 1st Division", "the border crossing with
            // Syria at al-Qaim": a second locator may follow the first place.
            for _ in 0..<2 {
                guard let tail = locatedPlace(text, stream, after: q, covering: covering, found: found) else { break }
                writtenEnd = tail.end
                if let inner = tail.mention, isSite(found[inner]) {
                    guard words[q].innerKey == "of" else {
                        // "their military base at Camp Speicher": the site the text names is the one meant.
                        namesNamedSite = true
                        break
                    }
                    // "the headquarters of the 4th Regiment": the unit's site is the one named here,
                    // called by the unit's name.
                    // (The mention runs to the unit's name: the phrase is one place. "the barracks
                    // of the 2nd Regiment of the 1st Division" is the regiment's.)
                    merged.insert(inner)
                    m.words = m.words.lowerBound..<found[inner].span.upperBound
                    m.end = found[inner].end
                    if !ofUnit { m.standFor(found[inner]) }
                    ofUnit = true
                } else if let place = tail.mention {
                    if locatedIn == nil { locatedIn = place }
                }
                q = tail.next
            }
            if namesNamedSite {
                p = site.end
                continue
            }
            if let place = locatedIn {
                found[place].locatesSite = true
                // "the air base at X": an airfield is found by the town it lies at.
                if [.airbase, .airport].contains(site.kind) { m.namedAfter = found[place].candidates }
            }
            let definite = !indefinites.contains(opening.key)
            let named = site.kind.isSite && definite && !ofUnit
                ? namedSite(stream, headAt: site.end - 1, found: found, merged: merged, locatedIn: locatedIn) : nil
            if let named {
                // "the crossing", "its dam": the site the text names with the same noun.
                m.standFor(found[named])
            } else if site.kind.isSite, definite, opening.first == p, q == site.end {
                // "the base", "the building" with no named site to stand for refers to something
                // named before in other words, which may be no site at all.
                p = site.end
                continue
            }
            m.written = text.text(opening.start, writtenEnd)
            added.append(m)
            p = site.end
        }
        guard !added.isEmpty else { return found }
        let kept = found.enumerated().filter { !merged.contains($0.offset) }.map(\.element)
        return (kept + added).sorted { $0.span.lowerBound < $1.span.lowerBound }
    }

    /// A site noun at `p`: a site cue that may follow a name ("building", "refinery", "military
    /// base") or a noun that names a site only alone ("observation post").
    /// (Not a thing that is no place: "secured the old road linking X and Y".)
    private func siteNoun(_ stream: TokenStream, at p: Int) -> (end: Int, kind: PlaceKind)? {
        if let u = cues.unnamedSites.match(in: stream, at: p) { return (u.end, u.value.kind) }
        // (A brigade or a division is a body of fighters unless numbered: "the Suqour al-Sham
        // Brigade" is a faction; "the 17th Division" the tagger reads itself.)
        guard let c = cues.phrases.match(in: stream, at: p), c.value.after, c.value.kind.isSite,
              c.value.kind != .brigade, c.value.kind != .division,
              !(c.start..<c.end).contains(where: { q in things.match(in: stream, at: q).map { $0.value && $0.end == c.end } ?? false })
        else { return nil }
        return (c.end, c.value.kind)
    }

    /// "the Mosul Dam, the largest dam in Iraq", "X, a key base": a site's phrase right after a
    /// name and its comma describes the place named.
    private func isAppositive(_ stream: TokenStream, opening: (first: Int, start: Int, key: String), covering: [Int]) -> Bool {
        let words = stream.words
        // The determiner is a word of the stream, or the article read with the first word.
        let d = words[opening.first].articleToken == nil ? opening.first - 1 : opening.first
        return d > 0 && words[d].breakBefore && covering[d - 1] >= 0
    }

    /// The determiner that opens the site's phrase, with at most `maxModifiers` words between
    /// them, none a name already found, a word that breaks a phrase, or behind punctuation: the
    /// phrase's first word after it, where the determiner starts and its key. ("an" may be read
    /// as the article of the word after it, as in "an-Nabk".)
    private func determiner(_ text: AnalyzedText, _ stream: TokenStream, before p: Int,
                            covering: [Int]) -> (first: Int, start: Int, key: String)? {
        let words = stream.words
        var q = p
        while p - q <= Self.maxModifiers {
            if let a = words[q].articleToken, determiners.contains(text.tokens[a].key) {
                return (q, text.tokens[a].start, text.tokens[a].key)
            }
            guard q > 0, !words[q].breakBefore else { return nil }
            let w = words[q - 1]
            if determiners.contains(w.innerKey) { return (q, text.tokens[w.token].start, w.innerKey) }
            guard covering[q - 1] < 0, !text.tokens[w.token].isArabic, !text.isPossessive(token: w.token),
                  predicates.match(in: stream, at: q - 1) == nil,
                  // ("the IS headquarters": a word in capitals is no function word.)
                  w.isCapitalized || !breaks.contains(w.innerKey) else { return nil }
            q -= 1
        }
        return nil
    }

    /// "in Fallujah", "in the western town of Rutba", "near the city", "of the 4th Regiment": a
    /// locator right after the site, then a place found before (or a settlement noun referring
    /// back) after at most two more words. Returns where the writing ends, the stream position
    /// after it and the place's mention.
    private func locatedPlace(_ text: AnalyzedText, _ stream: TokenStream, after end: Int, covering: [Int],
                              found: [ToponymMention]) -> (end: Int, next: Int, mention: Int?)? {
        let words = stream.words
        // The mention starting at `r`, whole.
        func place(at r: Int) -> (end: Int, next: Int, mention: Int?)? {
            guard covering[r] >= 0, found[covering[r]].span.lowerBound == r else { return nil }
            let upper = found[covering[r]].span.upperBound
            return (text.tokens[words[upper - 1].token].end, upper, covering[r])
        }
        guard end < words.count, !words[end].breakBefore else { return nil }
        // ("at Morek", "at Al-Eiss": "at" may be read as the article of the name after it, as in
        // "at-Tall", or stand before the name's own article.)
        let skipped = (words[end - 1].token + 1)..<words[end].token
        if skipped.contains(where: { text.tokens[$0].kind == .word && locators.contains(text.tokens[$0].key) }) {
            return place(at: end)
        }
        guard end + 1 < words.count, locators.contains(words[end].innerKey) else { return nil }
        var r = end + 1
        var between = 0
        while r < words.count, !words[r].breakBefore, between <= 2 {
            if covering[r] >= 0 { return place(at: r) }
            if settlementNouns.contains(words[r].innerKey), r > end + 1, determiners.contains(words[r - 1].innerKey) {
                return (text.tokens[words[r].token].end, r + 1, nil)
            }
            guard !breaks.contains(words[r].innerKey) else { return nil }
            between += 1
            r += 1
        }
        return nil
    }

    /// The one site the text names whose name ends in the same noun ("the crossing" and "the
    /// Nasib border crossing", "the dam" and "the Tabqa Dam"): the nearest before, else the
    /// nearest after. None when names of two sites end so, or when the site is said to
    /// lie in a place that the named one is not named after.
    private func namedSite(_ stream: TokenStream, headAt head: Int, found: [ToponymMention], merged: Set<Int>,
                           locatedIn: Int?) -> Int? {
        let words = stream.words
        let noun = words[head].inner
        var before: Int?, after: Int?
        // Told apart by their first words: "the Nassib border crossing" and "the Nassib crossing" are one.
        var names = Set<ByteKey>()
        for (i, f) in found.enumerated() where !merged.contains(i) && !f.isWeak
            && abs(f.span.lowerBound - head) <= Self.maxReferenceDistance {
            guard f.span.upperBound <= words.count, words[f.span.upperBound - 1].inner == noun else { continue }
            names.insert(words[f.span.lowerBound].inner)
            if f.span.upperBound <= head { before = i } else if after == nil { after = i }
        }
        guard names.count == 1, let named = before ?? after else { return nil }
        if let place = locatedIn {
            let town = Set(found[place].candidates)
            guard !town.isDisjoint(with: found[named].namedAfter) || !town.isDisjoint(with: found[named].candidates) else { return nil }
        }
        return named
    }
}

private extension ToponymMention {
    /// Takes the name, places and kind of the site `other` names, keeping its own words and writing.
    mutating func standFor(_ other: ToponymMention) {
        text = other.text
        candidates = other.candidates
        namedAfter = other.namedAfter
        cue = other.cue
    }
}
