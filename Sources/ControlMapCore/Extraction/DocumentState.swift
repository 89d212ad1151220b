/// What the extractor remembers while it reads one document: the subject carried across
/// clauses and sentences, the places named so far (for "the town", "المدينة"), the mentions
/// that are datelines or attributions, and the country that "the army" belongs to.
struct DocumentState {
    let input: ControlEventExtractor.Input
    let lexicon: ExtractionLexicon
    var excluded = Set<Int>()
    var lastSubject: String?
    /// The two sides of the latest fight with both named, and its sentence: "the battles of the
    /// day centred on X" goes on with them.
    var lastFight: (actor: String, from: String, sentence: Int)?
    /// The place of the latest event: what "the city" most often refers to.
    var lastEventPlace: Int?
    /// All the places of the latest event ("the town of X and the villages of A and B").
    var lastEventPlaces: [Int] = []
    /// "an operation to retake X from Y", "to break Y's siege of X": standing control of X by Y
    /// (or Y's siege of it), read from an aim. Kept aside until the whole document is read,
    /// since the document may report the outcome.
    var heldBeforeAim: [ExtractedEvent] = []
    /// Places the current sentence reports taken without naming by whom ("the capture of X"):
    /// a hold of one of them that the sentence states beside it ("X, the last town held by IS")
    /// is the hold that ended.
    var takenByUnnamedSide = Set<Int>()
    /// Takings the text denies: the place's key (as `placeKey`) and the taker, when named.
    var deniedClaims: [(place: String, taker: String?)] = []
    /// The latest year the text stated ("On 22 March 2017, ..."): it dates "on 5 April" after it
    /// when the publication date is unknown.
    var referenceYear: Int?
    /// The side that speaks the quotation the current sentence belongs to, when the quotation
    /// runs on into a later sentence that names its speaker ("“We took X. The fight goes on,” a
    /// rebel commander said.").
    var quotationSpeaker: String?
    /// "government" and "army" in this document mean this actor.
    private(set) var government: String
    /// "Kurdish forces" mean the Peshmerga in Iraq and the SDF in Syria.
    private(set) var kurdish: String
    /// How many resolved places of the document lie in Iraq and in Syria.
    private let placesByCountry: (iraq: Int, syria: Int)
    /// Every actor the document names.
    var named: Set<String> = []
    /// The actors the sentence before named: who "they" may be.
    var previousSentenceActors: [String] = []
    /// The side that opened the previous sentence as the subject of a taking ("Turkish troops
    /// seized three villages."), for an agentless passive right after it to continue.
    var previousSentenceTaker: String?
    /// The armed group that took a place in the previous sentence, where that sentence names no
    /// other armed group but its allies ("Rebels led by HTS seized X. The insurgents also took
    /// Y"): who a generic "the insurgents" right after it are.
    var previousSentenceMilitantTaker: String?
    /// The names of the current sentence that the gazetteer cannot place, where a place stands
    /// (see `noteUnknownPlaces`): resolution indices, in text order.
    private(set) var unknownPlaces: [Int] = []
    /// Stream start position and resolution index of every place mention, in text order.
    private let placeOrder: [(start: Int, resolution: Int)]

    init(input: ControlEventExtractor.Input, lexicon: ExtractionLexicon) {
        self.input = input
        self.lexicon = lexicon
        var iraq = 0, syria = 0
        for r in input.resolutions {
            guard let p = r.place else { continue }
            switch input.gazetteer.country(p) {
            case "IQ": iraq += 1
            case "SY": syria += 1
            default: break
            }
        }
        placesByCountry = (iraq, syria)
        government = iraq > syria ? "iraqi-government" : "syrian-government"
        kurdish = iraq > syria ? "peshmerga" : "sdf"
        placeOrder = input.resolutions.enumerated().map { ($0.element.mention.span.lowerBound, $0.offset) }.sorted { $0.start < $1.start }
    }

    /// The actors the document names place it as its towns do: "the Iraqi forces" fight in Iraq,
    /// so "the army" of a report that names them and one Syrian village of an Iraqi town's name
    /// is Iraq's. Each naming counts as one place, and in a tie the actors decide (a town's name
    /// may be borne in both countries, a side's is not).
    mutating func weighActors(_ named: [String]) {
        var iraqi = 0, syrian = 0
        for a in named {
            switch lexicon.countries[a] {
            case "IQ": iraqi += 1
            case "SY": syrian += 1
            default: break
            }
        }
        let iraq = (placesByCountry.iraq + iraqi, iraqi), syria = (placesByCountry.syria + syrian, syrian)
        government = iraq > syria ? "iraqi-government" : "syrian-government"
        kurdish = iraq > syria ? "peshmerga" : "sdf"
    }

    /// The actor of another state's force ("Israeli troops"): no side of the map.
    static let foreignForce = "foreign-force"

    /// The armed groups that "militants" may stand for: the one of them the document names.
    static let militantSides = ["isis", "hts", "rebels", "sna"]

    /// The generic "government" actor made concrete for this document; nil for "militants" in a
    /// document that names none, or several, of the groups they may be.
    func resolveGeneric(_ actor: String) -> String? {
        switch actor {
        case "government": return government
        case "kurdish": return kurdish
        // Shiite militias are the PMF in Iraq and Iran's militias in Syria.
        case "shiite": return government == "iraqi-government" ? "pmf" : "iran"
        case "organization": return named.contains("isis") ? "isis" : nil
        // "the jihadists" are IS, but Nusra/HTS in an article that names only it.
        // ("the militant group" of an article about Turkish-backed factions or the rebels alone,
        // naming neither IS nor HTS, is not IS: no side.)
        case "jihadists":
            if named.contains("isis") { return "isis" }
            if named.contains("hts") { return "hts" }
            return named.contains("sna") || named.contains("rebels") ? nil : "isis"
        // al-Qaeda's branch: the Islamic State's forerunner in Iraq, the Nusra Front in Syria.
        case "qaeda": return government == "iraqi-government" ? "isis" : "hts"
        case Self.foreignForce: return nil
        case let a where ActorGrammar.opposed(by: a) != nil:
            // The Syrian government's armed opponents are the rebels ("anti-Assad fighters");
            // the opponents of any other side are no one side ("anti-IS forces" may be the SDF,
            // the rebels or the army).
            guard let opposed = resolveGeneric(ActorGrammar.opposed(by: a)!), opposed == "syrian-government" else { return nil }
            return resolveGeneric("rebels")
        case "militants":
            // "in militant hands", "المسلحون": the armed group the article is about (LANGUAGE.md:
            // militants resolve by context), and no side when it names none or several.
            let named = Self.militantSides.filter { self.named.contains($0) }
            return named.count == 1 ? named[0] : previousSentenceMilitantTaker
        case "rebels" where (named.contains("sna") || named.contains("turkey") && (named.contains("sdf") || named.contains("kurdish"))) && !named.contains("hts")
            && !isBeforeFirstFight(of: "sna"):
            // "the rebels" of an article about Turkish-backed factions, or about Turkey's
            // offensives on the SDF, are those factions.
            return "sna"
        default: return actor
        }
    }

    /// Whether the document was published before `actor` first fought (sides.tsv): an article of
    /// 2015 about Turkey and the Kurds does not mean Turkish-backed factions by "the rebels".
    func isBeforeFirstFight(of actor: String) -> Bool {
        guard let first = lexicon.firstFought[actor], let published = input.published else { return false }
        return published < first
    }

    /// The word an item is written in: its first; for a pronoun split off the word before it
    /// ("تحريرها"), which covers no word of its own, that word. (At the end of a text the
    /// pronoun stands past the last word.)
    private func wordIndex(_ item: PositionedItem) -> Int {
        item.end > item.start ? item.start : max(0, item.start - 1)
    }

    func isArabic(_ item: PositionedItem) -> Bool {
        input.text.tokens[input.stream.words[wordIndex(item)].token].isArabic
    }

    /// Whether `b` follows `a` with no word of the text between, not even one the word stream
    /// leaves out ("captured at the town": "at").
    func nothingBetween(_ a: PositionedItem, _ b: PositionedItem) -> Bool {
        guard a.end > a.start, b.end > b.start else { return false }
        let words = input.stream.words, tokens = input.text.tokens
        let last = words[a.end - 1].token, next = words[b.start].token
        // A Latin article joined by its hyphen belongs to the word ("al-Bab"); "at the" is two.
        return !(last + 1..<max(last + 1, next)).contains { i in
            tokens[i].kind == .word && !input.text.hyphenAfter(token: i)
        }
    }

    /// The first word's key; none for a pronoun split off a word.
    func keyOf(_ item: PositionedItem) -> String {
        item.end > item.start ? input.stream.words[item.start].innerKey : ""
    }

    /// The first word's key as written, its clitics and article kept ("لاستعادة", "الاستراتيجي").
    func writtenKeyOf(_ item: PositionedItem) -> String {
        item.end > item.start ? input.text.tokens[input.stream.words[item.start].token].key : ""
    }

    /// Whether the first word is written with the article, after a conjunction or not
    /// ("الطوق", "والميليشيات"): an Arabic noun or adjective, never a verb.
    func hasArticle(_ item: PositionedItem) -> Bool {
        let written = writtenKeyOf(item)
        return written.hasPrefix("\u{0627}\u{0644}") || written.hasPrefix("\u{0648}\u{0627}\u{0644}")
    }

    /// Whether the item's first word is the second half of a hyphenated compound ("US-backed",
    /// "Kurdish-led"): an adjective, never a verb of its own.
    func isHyphenJoined(_ item: PositionedItem) -> Bool {
        guard item.end > item.start else { return false }
        return input.text.hyphenBefore(token: input.stream.words[item.start].token)
    }

    func lastKeyOf(_ item: PositionedItem) -> String {
        item.end > item.start ? input.stream.words[item.end - 1].innerKey : ""
    }

    func tokenRange(_ item: PositionedItem) -> Range<Int> {
        let first = input.stream.words[wordIndex(item)].token
        let last = input.stream.words[max(wordIndex(item), item.end - 1)].token
        return first..<(last + 1)
    }

    /// The place an anaphor ("the town", "المدينة") refers to: the place of the latest event, unless
    /// that event was in an earlier sentence and the anaphor's own sentence names a fitting place
    /// before it ("an offensive to drive IS from X, after IS took full control of the town": X);
    /// else the latest fitting place before it.
    func antecedent(kind: String, before item: PositionedItem, sentenceStart: Int) -> Int? {
        let candidates = placeOrder.reversed().lazy.filter { entry in
            guard entry.start < item.start, !self.excluded.contains(entry.resolution) else { return false }
            let r = self.input.resolutions[entry.resolution]
            // (A town abroad is no place on the map for "the town" to mean: "officials in Ankara
            // said the Kurds drove IS from the town".)
            // (Nor, in the anaphor's sentence, a place after a word of direction: "attacked Bazwaya,
            // east of Mosul, capturing the town": Mosul only says where the town lies.)
            return !r.mention.isWeak && !self.isAbroad(entry.resolution) && r.mention.cue != .region
                && !self.isInBracketsClosed(entry.resolution, before: item)
                && !(entry.start >= sentenceStart && self.locatesAnotherPlace(entry.resolution))
                && !self.locatesUnnamedSettlement(entry.resolution)
        }
        let fitting = candidates.filter { Self.fits(anaphor: kind, self.kindOf($0.resolution)) }
        // "advanced on the town of X, north of Mosul, besieging the town": in its sentence the
        // anaphor's noun means the place the text called by it, not a nearer one named bare.
        let calledSo = { () -> Int? in
            guard let near = fitting.first, near.start >= sentenceStart,
                  self.input.resolutions[near.resolution].mention.cue == nil else { return nil }
            return fitting.first { $0.start >= sentenceStart && self.input.resolutions[$0.resolution].mention.cue?.rawValue == kind }?.resolution
        }
        let found = { () -> Int? in
            if let last = self.lastEventPlace, Self.fits(anaphor: kind, self.kindOf(last)) {
                let lastInSentence = self.input.resolutions[last].mention.span.lowerBound >= sentenceStart
                if !lastInSentence, let near = fitting.first, near.start >= sentenceStart { return calledSo() ?? near.resolution }
                // "took the town of X and the villages of A and B ... the town": of the latest
                // event's places, the one the text called by the anaphor's noun, when the last was
                // called by another.
                if let cue = self.input.resolutions[last].mention.cue, cue.rawValue != kind,
                   let called = self.lastEventPlaces.last(where: { self.input.resolutions[$0].mention.cue?.rawValue == kind && !self.excluded.contains($0) }) {
                    return called
                }
                return last
            }
            return calledSo() ?? fitting.first?.resolution
        }()
        // "advanced into Ghan al-Ali, eventually capturing the town": a name the gazetteer cannot
        // place, later in the anaphor's own sentence than the place found, is what the noun most
        // likely means. No place is better than an older one.
        if let unknown = latestUnknownName(fitting: kind, before: item),
           found.map({ input.resolutions[$0].mention.span.lowerBound < unknown }) ?? true {
            return nil
        }
        return found
    }

    /// The stream start of the latest name of `unknownPlaces` (the current sentence's) before
    /// `item` that may be what the anaphor's noun means: not one whose cue names another kind
    /// ("the village of X ... the city").
    private func latestUnknownName(fitting kind: String, before item: PositionedItem) -> Int? {
        unknownPlaces.last { r in
            let m = input.resolutions[r].mention
            guard m.span.lowerBound < item.start, !excluded.contains(r) else { return false }
            return m.cue.map { Self.fits(anaphor: kind, $0) } ?? true
        }.map { input.resolutions[$0].mention.span.lowerBound }
    }

    /// The names of the current sentence, in text order, that the gazetteer cannot place (or
    /// places only by a near spelling, a weak name) and that stand where a place does: Latin
    /// names after a locative ("advanced into X") or right after a predicate ("stormed X"), none
    /// that only says where another place lies. A person's name ("Ibrahim X, a Kurdish deputy,
    /// said ...") stands in neither.
    mutating func noteUnknownPlaces(in sentence: [PositionedItem]) {
        unknownPlaces = sentence.indices.compactMap { k -> Int? in
            guard k > 0, case .place(let r) = sentence[k].item else { return nil }
            let m = input.resolutions[r].mention
            guard m.isWeakName, !m.isForeign, m.cue != .region,
                  !isArabic(sentence[k]), !locatesAnotherPlace(r), !locatesUnnamedSettlement(r) else { return nil }
            switch sentence[k - 1].item {
            case .predicate: return r
            case .cue(let c) where c.role == .locative: return r
            default: return nil
            }
        }
    }

    /// Whether the mention was resolved to a place outside the countries of the map.
    func isAbroad(_ resolution: Int) -> Bool {
        input.resolutions[resolution].place.map { !input.focusCountries.contains(input.gazetteer.country($0)) } ?? false
    }

    /// "وفي مدينة الفلوجة (50 كلم شرق مدينة الرمادي) استكملت القوات حصار المدينة": a place inside
    /// brackets closed before the anaphor only says where the place before them lies.
    func isInBracketsClosed(_ resolution: Int, before item: PositionedItem) -> Bool {
        let words = input.stream.words
        let mention = input.resolutions[resolution].mention
        guard mention.span.upperBound > 0, mention.span.upperBound <= words.count, item.start < words.count else { return false }
        let from = input.text.tokens[words[mention.span.upperBound - 1].token].end
        let to = input.text.tokens[words[item.start].token].start
        guard from < to, to - from < 200 else { return false }
        for c in input.text.scalars[from..<to] {
            if c == "(" { return false }
            if c == ")" { return true }
        }
        return false
    }

    /// The places a counted anaphor stands for ("القريتين", "both villages", "القرى الثلاث"): the
    /// latest list of places before it whose last place fits its kind (places of another kind
    /// passed over), when the list has as many places as the anaphor counts.
    func antecedents(of anaphor: CountedAnaphor, before item: PositionedItem) -> [Int]? {
        for entry in placeOrder.reversed() where entry.start < item.start {
            if excluded.contains(entry.resolution) { continue }
            let r = input.resolutions[entry.resolution]
            if r.mention.isWeak || r.mention.cue == .region { continue }
            // ("في قريتي X وY جنوب مدينة Z، ... على القريتين": a city that only says where they lie
            // is no village the anaphor counts.)
            guard Self.fits(anaphor: anaphor.kind, kindOf(entry.resolution)), !isLocatedByDirection(entry.resolution) else { continue }
            guard let list = r.mention.listID else { return nil }
            let members = placeOrder.filter { input.resolutions[$0.resolution].mention.listID == list && !excluded.contains($0.resolution) }
            return members.count == anaphor.count ? members.map(\.resolution) : nil
        }
        return nil
    }

    /// "جنوب مدينة X", "north of X": a place after a word of direction says where others lie.
    func isLocatedByDirection(_ resolution: Int) -> Bool {
        let mention = input.resolutions[resolution].mention
        let first = mention.span.lowerBound
        guard first > 0 else { return false }
        var before = input.stream.words[first - 1].innerKey
        if before == "of", first > 1 { before = input.stream.words[first - 2].innerKey }
        return lexicon.isWord(before, .direction)
    }

    /// "Bazwaya, to the east of Mosul", "قرية X شرق الموصل": a place after a word of direction
    /// that follows another name says where that one lies ("from the east of X" names X itself).
    func locatesAnotherPlace(_ resolution: Int) -> Bool {
        guard let i = wordBeforeDirection(resolution) else { return false }
        let words = input.stream.words
        // (Resolutions follow the text: the name before is one of the two just before this one.)
        if (max(0, resolution - 2)..<resolution).contains(where: { input.resolutions[$0].mention.span.upperBound == i + 1 }) { return true }
        return words[i].isCapitalized && !input.text.tokens[words[i].token].isArabic
    }

    /// "drove IS out of a town north of Baghdad": a place after a word of direction that follows
    /// the noun of an unnamed settlement says where that settlement lies; "the town" later in the
    /// text means the unnamed one, never the place that locates it. English only.
    func locatesUnnamedSettlement(_ resolution: Int) -> Bool {
        guard let i = wordBeforeDirection(resolution) else { return false }
        let words = input.stream.words
        guard !input.text.tokens[words[i].token].isArabic, lexicon.isWord(words[i].innerKey, .settlementNoun) else { return false }
        // (The noun is no cue of a name: "the town of X, north of Y" names its town.)
        return !(max(0, resolution - 2)..<resolution).contains { r in
            let m = input.resolutions[r].mention
            return m.span.upperBound == i + 1 || m.cueWords.map { $0.contains(i) } == true
        }
    }

    /// For a place after a word of direction, the word before that direction, past "the", "to"
    /// and a distance ("X, some 20 km north of Y": X's last word). Nil for a place not so located.
    private func wordBeforeDirection(_ resolution: Int) -> Int? {
        guard isLocatedByDirection(resolution) else { return nil }
        let words = input.stream.words
        var i = input.resolutions[resolution].mention.span.lowerBound - 1
        if i > 0, words[i].innerKey == "of" { i -= 1 }
        i -= 1
        while i >= 0, lexicon.isWord(words[i].innerKey, .distanceFiller) || words[i].innerKey.allSatisfy(\.isNumber) { i -= 1 }
        return i >= 0 ? i : nil
    }

    func kindOf(_ resolution: Int) -> PlaceKind {
        let r = input.resolutions[resolution]
        return r.place.map { input.gazetteer.kind($0) } ?? r.mention.cue ?? .village
    }

    static func fits(anaphor: String, _ kind: PlaceKind) -> Bool {
        switch anaphor {
        case "city": return kind == .city || kind == .town
        case "town": return kind.isSettlement && kind != .neighbourhood
        case "village": return kind == .village || kind == .town
        // "the airbase", "المطار": an airfield (or a base); "the base": a military site. Neither is
        // a crossing, a dam or an oilfield.
        case "airbase": return [.airbase, .airport, .base].contains(kind)
        case "base": return [.base, .airbase, .airport, .brigade, .division, .fort, .camp].contains(kind)
        case "island": return kind == .island
        default: return kind != .region
        }
    }

    /// The side a sentence opens with, when the first predicate after it is its active taking
    /// of something and nothing blocks or qualifies that taking.
    /// (A side joined to it by "and" shares the taking: "Turkish troops and allied fighters seized".)
    func openingTaker(_ items: [PositionedItem]) -> String? {
        let opening = afterDateline(items)
        if opening + 1 < items.count, case .predicate(let p) = items[opening].item, case .actor(let a) = items[opening + 1].item,
           isArabic(items[opening]) {
            // Verb before subject: "سيطرت قوات النظام على X"; "كانت ... قد سيطرت" is told as earlier.
            let earlier = items[..<opening].contains(where: { lexicon.isWord(keyOf($0), .pluperfect) })
            return p.voice == .active && [.captured, .recaptured, .contested].contains(p.kind) && !earlier ? a : nil
        }
        guard let first = items[opening...].prefix(3).firstIndex(where: \.isActor), case .actor(let a) = items[first].item else { return nil }
        for (i, it) in items.enumerated().dropFirst(first + 1) {
            switch it.item {
            case .predicate(let p):
                // ("IS had retaken the city in a counterattack. On 2 March the city was captured":
                // a taking told as earlier than the story is not the advance the story follows.)
                let earlier = items[first..<i].contains(where: { lexicon.isWord(keyOf($0), .pluperfect) }) || lexicon.isWord(keyOf(it), .pluperfect)
                // ("Peshmerga fighters stormed into X. The town was cleared on Saturday": a push into
                // a place, the one side's active advance, is followed as a taking is.)
                return p.voice == .active && [.captured, .recaptured, .contested].contains(p.kind) && !earlier ? a : nil
            case .cue(let c) where [.attempt, .negation, .future, .conditional, .denial, .repelled, .unconfirmed, .hedge, .clause].contains(c.role):
                return nil
            case .actor(let b):
                // (A side named again in brackets is the same subject: "Free Syrian Army (FSA) forces";
                // an ally stands beside it: "rebels led by HTS", "backed by Russian jets".)
                guard i > 0, lexicon.isWord(keyOf(items[i - 1]), .coordinator) || followsSupport(items, i)
                        || items[first..<i].contains(where: { if case .actor(let c) = $0.item { return c == b } else { return false } })
                else { return nil }
            default:
                continue
            }
        }
        return nil
    }

    /// Where a sentence starts after its dateline ("BEIRUT (Reuters) - Rebels seized ..."): the
    /// first item after a dash that only words or a place stand before, else 0.
    func afterDateline(_ items: [PositionedItem]) -> Int {
        guard let dash = items.prefix(6).firstIndex(where: { $0.strongBreakBefore && $0.punctuationBefore.contains("-") || $0.punctuationBefore.contains("\u{2014}") }),
              dash > 0, items[..<dash].allSatisfy({ if case .word = $0.item { return true }; return $0.isPlace })
        else { return 0 }
        return dash
    }

    /// Whether the item at `i` is an ally named after a word of support ("led by the Nusra Front").
    func followsSupport(_ items: [PositionedItem], _ i: Int) -> Bool {
        guard let b = items[..<i].lastIndex(where: { !lexicon.isWord(keyOf($0), .determiner) }) else { return false }
        return items[b].isCue(.support)
    }

    /// `taker` when it is an armed group and every other armed group the sentence names stands
    /// right after a word of support ("rebels led by HTS", "backed by"): a generic word for
    /// militants in the next sentence can then mean no one else. An enemy named anywhere ("seized
    /// X from IS") leaves it unknown: "the militants retook it" may be either.
    func soleArmedGroup(_ items: [PositionedItem], taker: String) -> String? {
        guard Self.militantSides.contains(taker) else { return nil }
        for (i, it) in items.enumerated() {
            guard case .actor(let a) = it.item else { continue }
            let side = resolveGeneric(a) ?? a
            guard side != taker, Self.militantSides.contains(side) || a == "militants" else { continue }
            guard followsSupport(items, i) else { return nil }
        }
        return taker
    }

    /// After a sentence that reported no event, its first actor (not one introduced by "from",
    /// "against", "with the support of") becomes the topic the next sentences carry.
    mutating func noteSentenceEnd(_ items: [PositionedItem], hadEvents: Bool) {
        takenByUnnamedSide = []
        previousSentenceActors = items.compactMap { if case .actor(let a) = $0.item { return resolveGeneric(a) } else { return nil } }
        previousSentenceTaker = openingTaker(items).flatMap(resolveGeneric)
        previousSentenceMilitantTaker = previousSentenceTaker.flatMap { soleArmedGroup(items, taker: $0) }
        guard !hadEvents || lastSubject == nil else { return }
        for (i, it) in items.enumerated() {
            guard case .actor(let a) = it.item else { continue }
            // Only a subject counts: an actor opening the sentence or right after a reporting
            // verb ("أعلنت قسد ..."), not one deep in a clause ("التي زرعها تنظيم داعش").
            let opensSentence = i <= 2
            let afterReport = i > 0 && items[i - 1].isCue(.report)
            if opensSentence || afterReport {
                lastSubject = resolveGeneric(a)
            }
            return
        }
    }
}
