/// Reads control events out of a tagged document, sentence by sentence.
///
/// For each control predicate it finds, within the predicate's clause: whether a cue blocks it
/// (attempt, negation, plan, condition, denial, repelled attack); the place (after the
/// predicate for active and nominal forms, before it for passive and standing-control forms,
/// lists and anaphors included); the actor (named in the clause, after the verb in Arabic VSO
/// order, or carried over from the last reported subject); the losing side ("from X", the
/// siege's layer, or the opponent named in the sentence); a share ("64 في المائة", "most of");
/// the date and whether it is background history.
public struct ControlEventExtractor: Sendable {
    public let lexicon: ExtractionLexicon

    public init(lexicon: ExtractionLexicon) {
        self.lexicon = lexicon
    }

    /// Everything the extractor needs about one document.
    public struct Input: Sendable {
        public var text: AnalyzedText
        public var stream: TokenStream
        public var resolutions: [ToponymResolver.Resolution]
        public var gazetteer: Gazetteer
        public var published: EventDate?
        /// How many leading sentences are the title (their events are less trusted).
        public var titleSentences: Int
        /// The countries of the map (ISO codes): a place elsewhere is no antecedent of "the town".
        public var focusCountries: Set<String>

        public init(text: AnalyzedText, stream: TokenStream, resolutions: [ToponymResolver.Resolution],
                    gazetteer: Gazetteer, published: EventDate?, titleSentences: Int, focusCountries: Set<String> = ["SY", "IQ"]) {
            self.text = text
            self.stream = stream
            self.resolutions = resolutions
            self.gazetteer = gazetteer
            self.published = published
            self.titleSentences = titleSentences
            self.focusCountries = focusCountries
        }
    }

    public func extract(_ input: Input) -> [ExtractedEvent] {
        let items = SentenceItemizer(lexicon: lexicon).items(text: input.text, stream: input.stream,
                                                            mentions: input.resolutions.map(\.mention))
        var state = DocumentState(input: input, lexicon: lexicon)
        state.excluded = excludedMentions(items, input)
        var namings: [String] = []
        for sentence in items {
            for it in sentence { if case .actor(let a) = it.item { state.named.insert(a); namings.append(a) } }
        }
        state.weighActors(namings)
        var events: [ExtractedEvent] = []
        let speakers = quotationSpeakers(items, input)
        for (s, sentence) in items.enumerated() {
            let before = events.count
            state.quotationSpeaker = speakers[s]
            state.noteUnknownPlaces(in: sentence)
            // A question ("Has the army taken Palmyra?") reports nothing.
            let sentenceText = input.text.sentenceText(s)
            if sentenceText.hasSuffix("?") || sentenceText.hasSuffix("\u{061F}") {
                state.noteSentenceEnd(sentence, hadEvents: false)
                continue
            }
            for (k, item) in sentence.enumerated() {
                guard case .predicate(let predicate) = item.item else { continue }
                events += read(predicate, at: k, in: sentence, sentence: s, state: &state)
            }
            settleHoldersOfTakenPlaces(&events, from: before, takenByUnnamedSide: state.takenByUnnamedSide)
            keepSharesOverTakings(&events, from: before)
            if s > 0, deniesTheSentenceBefore(sentence, state) {
                for e in events where e.sentence == s - 1 && [.captured, .recaptured].contains(e.kind) {
                    state.deniedClaims.append((placeKey(e, input), e.actor))
                }
            }
            state.noteSentenceEnd(sentence, hadEvents: events.count > before)
        }
        // The map is of the focus countries: a taking of Derna or Changsha is no change on it
        // (and the sides of another war are not this one's).
        let onTheMap = events.filter { !state.isAbroad($0.resolution) }
        let settled = settlingBrokenSieges(holdersOfAimedPlaces(mergingWithdrawals(withoutDeniedClaims(onTheMap, state), input), state), input)
        return deduplicated(historyBeforeNews(settled, input))
    }

    /// "فك الجيش الحصار عن المطار بعد ثلاث سنوات من حصاره", "... IS has besieged the airbase for two
    /// years": where a document reports a siege of a place broken, the siege it tells of is the
    /// story of what ended, never the place's state after the break. It is history; and a siege
    /// the same sentence reads as laid by the side that broke it is a misreading, dropped.
    func settlingBrokenSieges(_ events: [ExtractedEvent], _ input: Input) -> [ExtractedEvent] {
        let broken = events.filter { $0.kind == .siegeBroken && !$0.background }
        guard !broken.isEmpty else { return events }
        let brokenPlaces = Set(broken.map { placeKey($0, input) })
        return events.compactMap { e in
            guard e.kind == .besieged, brokenPlaces.contains(placeKey(e, input)) else { return e }
            let breakersHere = broken.filter { $0.sentence == e.sentence && placeKey($0, input) == placeKey(e, input) }.compactMap(\.actor)
            if let a = e.actor, breakersHere.contains(where: { lexicon.side(of: $0) == lexicon.side(of: a) }) { return nil }
            var e = e
            e.background = true
            return e
        }
    }

    /// For each sentence of a quotation that closes in a later sentence, the side that later
    /// sentence names as its speaker after the closing mark ("“X and Y are under our control.
    /// Our fight goes on,” a rebel commander said."). Straight quotes open and close in turn.
    func quotationSpeakers(_ items: [[PositionedItem]], _ input: Input) -> [Int: String] {
        var out: [Int: String] = [:]
        var inside = false
        var pending: [Int] = []
        for s in items.indices {
            // (Quotation marks are punctuation tokens: no need to build the sentence's text.)
            let marks = input.text.tokens[input.text.sentences[s]].lazy.filter { $0.kind == .punctuation }.flatMap(\.key.unicodeScalars)
            for c in marks {
                switch c {
                case "\u{201C}", "\u{00AB}": inside = true
                case "\u{201D}", "\u{00BB}": inside = false
                case "\"": inside.toggle()
                default: break
                }
            }
            if inside {
                pending.append(s)
                continue
            }
            defer { pending.removeAll() }
            guard !pending.isEmpty, let close = items[s].firstIndex(where: { Self.closesQuotation($0.punctuationBefore) }), close > 0,
                  let speaker = reporterAfter(items[s], close - 1) else { continue }
            for q in pending { out[q] = speaker }
        }
        return out
    }

    /// "IS said it had taken X. The army said the claim was false.", "... ونفى الجيش ذلك.": a
    /// sentence that names no place and denies a claim, report or "that" denies the takings of
    /// the sentence before it.
    func deniesTheSentenceBefore(_ sentence: [PositionedItem], _ state: DocumentState) -> Bool {
        guard !sentence.contains(where: \.isPlace), sentence.contains(where: { $0.isCue(.denial) }) else { return false }
        return sentence.contains { lexicon.isWord(state.keyOf($0), .claimNoun) || lexicon.isWord(state.writtenKeyOf($0), .claimNoun) }
    }

    /// A taking the text denies somewhere is not news where the text repeats it: the captures of a
    /// denied place by the denied taker (by anyone, when the denial named none).
    func withoutDeniedClaims(_ events: [ExtractedEvent], _ state: DocumentState) -> [ExtractedEvent] {
        guard !state.deniedClaims.isEmpty else { return events }
        return events.filter { e in
            guard [.captured, .recaptured].contains(e.kind) else { return true }
            let key = placeKey(e, state.input)
            return !state.deniedClaims.contains { claim in
                claim.place == key && (claim.taker == nil || e.actor.map { lexicon.side(of: $0) } == claim.taker.map { lexicon.side(of: $0) })
            }
        }
    }

    /// "سيطرت القوات على قرية X الخاضعة لسيطرة Y", "seized the Y-held town of X", "took X, the
    /// last stronghold of Y": when the sentence reports the capture of a place it says another
    /// side holds, that side held it until then: it is the capture's losing side, and no state of
    /// its own (the capture replaces it). When the capture was only an aim ("an operation to
    /// retake X, held by Y"), the state stands.
    /// A hold of a place the sentence reports taken by a side it leaves unnamed
    /// (`takenByUnnamedSide`: "the capture of X, the last town held by IS") ended the same way.
    func settleHoldersOfTakenPlaces(_ events: inout [ExtractedEvent], from start: Int, takenByUnnamedSide: Set<Int> = []) {
        var dropped = Set<Int>()
        for h in start..<events.count where events[h].kind == .holds {
            if !events[h].background, takenByUnnamedSide.contains(events[h].resolution) { dropped.insert(h) }
            let holder = events[h].actor
            let captures = (start..<events.count).filter { c in
                // ("Iraqi forces now control Mosul, which fell to IS in 2014": a taking of the
                // past tells how the place was lost; the standing hold is of now.)
                // ("captured 55 percent of X, the main stronghold of IS": a share taken by another
                // side makes the place contested, no longer wholly held.)
                // ("X, previously held by Y, is now held by Z": a hold of before, by another side
                // than the hold of now, is what that side took over.)
                ([.captured, .recaptured].contains(events[c].kind) || events[c].kind == .contested && events[c].share != nil
                    || events[c].kind == .holds && events[h].background && !events[c].background)
                    && events[c].resolution == events[h].resolution
                    && !(events[c].background && !events[h].background)
                    && events[c].actor != nil && events[c].actor.map { lexicon.side(of: $0) } != holder.map { lexicon.side(of: $0) }
            }
            guard !captures.isEmpty else { continue }
            for c in captures where events[c].fromActor == nil { events[c].fromActor = holder }
            dropped.insert(h)
        }
        guard !dropped.isEmpty else { return }
        events = events.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    /// "IS now controls 60 percent of al-Bab after entering it", "بات يسيطر على 60 في المئة من
    /// مدينة الباب بعد دخولها": a sentence that gives a side a share of a place tells how far its
    /// taking went; an entry or a taking of the same place by the same side in that sentence is
    /// the way in, not the whole place.
    /// So is a part taken ("stormed X and took most of it"), the way in being told first; a
    /// taking told after the part ("captured large parts of X, and by the next day had taken the
    /// whole base") completes it.
    func keepSharesOverTakings(_ events: inout [ExtractedEvent], from start: Int) {
        let shares = events.indices.dropFirst(start).filter { i in
            let e = events[i]
            return e.kind == .contested && e.actor != nil
                && (e.share != nil || [.captured, .recaptured].contains(kindOfPredicate(e.predicate)))
        }
        guard !shares.isEmpty else { return }
        let kept = events.indices.dropFirst(start).filter { i in
            let e = events[i]
            guard [.captured, .recaptured].contains(e.kind), let taker = e.actor else { return true }
            return !shares.contains { si in
                let s = events[si]
                return (s.share != nil || i < si) && s.resolution == e.resolution && s.background == e.background
                    && s.actor.map { lexicon.side(of: $0) } == lexicon.side(of: taker)
            }
        }.map { events[$0] }
        events.removeSubrange(start...)
        events += kept
    }

    /// The kind of a predicate as written, an Arabic conjunction on it aside ("وسيطرت" is "سيطرت").
    func kindOfPredicate(_ written: String) -> ControlKind? {
        if let p = lexicon.predicates.exactValue(written) { return p.kind }
        guard let first = written.unicodeScalars.first, ["\u{0648}", "\u{0641}"].contains(first) else { return nil }
        return lexicon.predicates.exactValue(String(written.unicodeScalars.dropFirst()))?.kind
    }

    /// A pull-out from a place that the same sentence, or another sentence by another side, says
    /// was taken is the capture's other half: one event, the capture, with the side that left as
    /// the loser (when none was named).
    func mergingWithdrawals(_ events: [ExtractedEvent], _ input: Input) -> [ExtractedEvent] {
        guard events.contains(where: { $0.kind == .withdrew }) else { return events }
        let places = events.map { placeKey($0, input) }
        var out = events
        var dropped = Set<Int>()
        for (w, withdrawal) in events.enumerated() where withdrawal.kind == .withdrew {
            func capture(_ i: Int, sameTime: Bool = true) -> Bool {
                (out[i].kind == .captured || out[i].kind == .recaptured) && (!sameTime || out[i].background == withdrawal.background)
                    && places[i] == places[w]
            }
            // The same sentence first (where "took X after Y withdrew from it" puts the pull-out
            // just before the capture); else a capture anywhere in the document by another side
            // than the one that left ("X took the town." ... "Y withdrew from the town.").
            // (Never a capture by the side that left: "withdrew from X after occupying it for a
            // few hours" reports the pull-out of the taker.)
            let sameSentence = out.indices.first { i in
                capture(i, sameTime: false) && out[i].sentence == withdrawal.sentence
                    && !(withdrawal.fromActor.map { leaver in out[i].actor.map { lexicon.side(of: $0) == lexicon.side(of: leaver) } == true } ?? false)
            }
            // "Y withdrew from X as Z advanced into it": an advance into a place its holder leaves in
            // the same sentence meets no one to fight; it is the taking.
            let advanceIntoLeftPlace = withdrawal.fromActor.flatMap { leaver in
                out.indices.first { i in
                    // (Its predicate's own: "entered the southwestern part of X" is contested for
                    // the part, whoever leaves.)
                    out[i].kind == .contested && out[i].share == nil && out[i].sentence == withdrawal.sentence
                        && lexicon.predicates.exactValue(out[i].predicate)?.kind == .contested
                        && out[i].background == withdrawal.background && places[i] == places[w]
                        && out[i].actor.map { lexicon.side(of: $0) != lexicon.side(of: leaver) } == true
                }
            }
            if sameSentence == nil, let a = advanceIntoLeftPlace {
                out[a].kind = .captured
                out[a].fromActor = withdrawal.fromActor
                dropped.insert(w)
                continue
            }
            guard let c = sameSentence ?? withdrawal.fromActor.flatMap({ leaver in
                out.indices.first { i in capture(i) && out[i].actor.map { lexicon.side(of: $0) != lexicon.side(of: leaver) } == true }
            }) else { continue }
            if out[c].fromActor == nil, let leaver = withdrawal.fromActor, let taker = out[c].actor,
               lexicon.side(of: leaver) != lexicon.side(of: taker) {
                out[c].fromActor = leaver
            }
            dropped.insert(w)
        }
        return out.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    /// One key per place an event is about: the gazetteer place, else the name as written.
    func placeKey(_ e: ExtractedEvent, _ input: Input) -> String {
        placeKey(resolution: e.resolution, mention: e.mention, input)
    }

    /// The same key for a place mention before any event is made of it.
    func placeKey(resolution r: Int, mention: String, _ input: Input) -> String {
        input.resolutions[r].place.map { "#\($0)" } ?? MatchKey.fold(mention)
    }

    /// How the extractor reads each sentence (for `controlmap extract --explain`): one line per
    /// sentence listing its items as [place], {actor}, <predicate>, (cue) and plain words.
    public func explain(_ input: Input) -> [String] {
        let items = SentenceItemizer(lexicon: lexicon).items(text: input.text, stream: input.stream,
                                                            mentions: input.resolutions.map(\.mention))
        return items.enumerated().map { s, sentence in
            "#\(s): " + sentence.map { it -> String in
                let p = it.punctuationBefore.isEmpty ? "" : it.punctuationBefore + " "
                switch it.item {
                case .place(let m):
                    // "?" a weak name, "*" an item of an enumeration.
                    let mention = input.resolutions[m].mention
                    return p + "[\(mention.text)\(mention.isWeak ? "?" : "")\(mention.isEnumerated ? "*" : "")]"
                case .actor(let a): return p + "{\(a)}"
                case .predicate(let pr): return p + "<\(pr.kind.rawValue)/\(pr.voice.rawValue)>"
                case .cue(let c): return p + "(\(c.role.rawValue))"
                case .date: return p + "(date)"
                case .number(let n): return p + "\(n)"
                case .word(let w): return p + w
                }
            }.joined(separator: " ")
        }
    }

    // MARK: - document-level

    /// "the Raqqa-Deir ez-Zor highway", "the al-Shaddadi–al-Baaj road": the towns a road joins
    /// name the road; cutting it besieges neither.
    func namesARoad(_ sentence: [PositionedItem], _ k: Int, _ input: Input) -> Bool {
        func endsInRoadNoun(_ it: PositionedItem) -> Bool {
            guard case .place(let m) = it.item, let last = input.resolutions[m].mention.text.split(separator: " ").last else { return false }
            return lexicon.isWord(MatchKey.fold(last), .roadNoun)
        }
        // (A word, or a cue: "highway" is also a thing taken.)
        func isRoadNoun(_ it: PositionedItem) -> Bool {
            guard !it.isPlace, it.end - it.start == 1 else { return false }
            return lexicon.isWord(String(input.stream.words[it.start].innerKey), .roadNoun)
        }
        guard !isArabicText(sentence[k], input) else { return false }
        if endsInRoadNoun(sentence[k]) { return true }
        // The next name or word, joined without a comma or break, ends the road's name.
        for q in (k + 1)..<min(sentence.count, k + 3) {
            let next = sentence[q]
            if next.commaBefore || next.strongBreakBefore { return false }
            if endsInRoadNoun(next) || isRoadNoun(next) { return true }
            guard next.isPlace else { return false }
        }
        return false
    }

    /// "the Turkish town of Kilis", "the Jordanian border town of X", "بلدة عرسال اللبنانية": a
    /// neighbour's adjective before the place's cue (English) or right after its name (Arabic)
    /// puts it abroad, whether or not the gazetteer knows it; and the adjective itself, read as
    /// a name ("the Lebanese town"), is none.
    func isAbroadByAdjective(_ m: Int, _ input: Input) -> Bool {
        let mention = input.resolutions[m].mention
        let words = input.stream.words
        func isForeign(_ p: Int) -> Bool {
            guard p >= 0, p < words.count, lexicon.isWord(String(words[p].innerKey), .foreignAdjective) else { return false }
            // ("the Syrian-Turkish border town of X" is on the border, in Syria.)
            // ("the Turkish-held town of X" is held by Turkey, not in it.)
            let t = words[p].token
            return !input.text.hyphenBefore(token: t) && !input.text.hyphenAfter(token: t)
        }
        if mention.words.count == 1, isForeign(mention.words.lowerBound) { return true }
        if input.text.tokens[words[mention.words.lowerBound].token].isArabic {
            return !words.indices.contains(mention.words.upperBound) ? false
                : !words[mention.words.upperBound].breakBefore && isForeign(mention.words.upperBound)
        }
        // Before the cue: "the Turkish town of", "the Turkish border town of".
        let first = mention.cueWords.map { min($0.lowerBound, mention.words.lowerBound) } ?? mention.words.lowerBound
        return isForeign(first - 1) || first >= 2 && isForeign(first - 2) && !words[first - 1].breakBefore
    }

    /// Whether an item is written in Arabic (for the document-level checks that have no state).
    func isArabicText(_ it: PositionedItem, _ input: Input) -> Bool {
        input.text.tokens[input.stream.words[it.start].token].isArabic
    }

    /// Mentions that name where a report was filed or who is based where, never event places.
    func excludedMentions(_ items: [[PositionedItem]], _ input: Input) -> Set<Int> {
        var out = Set<Int>()
        for sentence in items {
            for (k, it) in sentence.enumerated() {
                guard case .place(let m) = it.item else { continue }
                // "BEIRUT (Reuters) -", "دمشق -": a place leading its sentence before a dash or bracket.
                if k <= 1, k + 1 < sentence.count {
                    let next = sentence[k + 1]
                    if next.punctuationBefore.contains("-") && !next.hyphenBefore || next.punctuationBefore.contains("(")
                        || next.punctuationBefore.contains("\u{2014}") || next.punctuationBefore.contains("/")
                        || next.punctuationBefore.contains(",") && k == 0 && (isDatelineTail(sentence, k + 1) || isWrittenInCapitals(it, input)) {
                        out.insert(m)
                    }
                }
                if k > 0, case .cue(let c) = sentence[k - 1].item, c.role == .attribution { out.insert(m) }
                if isException(sentence, k) { out.insert(m) }
                if namesARoad(sentence, k, input) || isAbroadByAdjective(m, input) { out.insert(m) }
                if isNameOfAPerson(sentence, k, input) || isNameAfterATitle(sentence, k, input) { out.insert(m) }
                if k + 1 < sentence.count, case .cue(let c) = sentence[k + 1].item, c.role == .attribution, sentence[k + 1].hyphenBefore {
                    out.insert(m)
                }
            }
        }
        return out
    }

    /// "except Waer", "except the districts of Waer and Bab Amr", "باستثناء X وY": the place at
    /// `k` is the exception or one more name of its list.
    /// ("except the northwestern Waer district": a word or two may describe the first name.)
    func isException(_ sentence: [PositionedItem], _ k: Int) -> Bool {
        var q = k - 1
        var described = 0
        while q >= 0 {
            switch sentence[q].item {
            case .cue(let c) where c.role == .exception: return true
            case .place: q -= 1
            case .word(let w) where (w == "and" || w == "or") && q > 0 && sentence[q - 1].isPlace: q -= 1
            case .word where described < 2 && !sentence[q + 1].breakBefore && !sentence[(q + 1)..<k].contains(where: \.isPlace):
                described += 1
                q -= 1
            default: return false
            }
        }
        return false
    }

    /// "Muhammad Ibrahim, head of the town council", "X، رئيس المجلس المحلي": a name without a
    /// place cue followed by a comma and a person's office names that person, unless the office
    /// goes on to report ("X, a spokesman said").
    func isNameOfAPerson(_ sentence: [PositionedItem], _ k: Int, _ input: Input) -> Bool {
        guard case .place(let m) = sentence[k].item, input.resolutions[m].mention.cue == nil,
              k + 1 < sentence.count, sentence[k + 1].commaBefore else { return false }
        var q = k + 1
        if case .word(let w) = sentence[q].item, lexicon.isWord(w, .bareDeterminer), q + 1 < sentence.count, !sentence[q + 1].breakBefore { q += 1 }
        guard case .word(let role) = sentence[q].item, lexicon.isWord(role, .personRole) else { return false }
        // "..., took X, a commander said": an office that speaks at once is the source of the
        // report, not the title of a person named X.
        return !(q + 1 < sentence.count && sentence[q + 1].isCue(.report))
    }

    /// "الرئيس اليمني عبد ربه منصور هادي", "رئيس الوزراء العراقي حيدر العبادي", "General X": a
    /// name right after a person's title (an Arabic one may be followed by a noun or adjective
    /// or two with the article) is that person's, whatever village the gazetteer knows by it.
    func isNameAfterATitle(_ sentence: [PositionedItem], _ k: Int, _ input: Input) -> Bool {
        guard case .place(let m) = sentence[k].item, input.resolutions[m].mention.cue == nil, k > 0, !sentence[k].breakBefore
        else { return false }
        var q = k - 1
        var described = 0
        while q > 0, described < 2, case .word(let w) = sentence[q].item, !lexicon.isWord(w, .personTitle), !sentence[q].breakBefore {
            let written = input.text.tokens[input.stream.words[sentence[q].start].token]
            guard written.isArabic, written.key.hasPrefix("\u{0627}\u{0644}") else { return false }
            described += 1
            q -= 1
        }
        switch sentence[q].item {
        case .word(let title): return lexicon.isWord(title, .personTitle)
        // "الرئيس السوري X": the title and the adjective of a country read as that country's side;
        // "rebel commander X": the side and the title after it.
        case .actor:
            let words = input.stream.words
            return q + 1 == k && (lexicon.isWord(words[sentence[q].start].innerKey, .personTitle)
                || lexicon.isWord(words[sentence[q].end - 1].innerKey, .personTitle))
        default: return false
        }
    }

    /// "ERBIL, Kurdistan Region": a Latin name in capitals opening a sentence is a dateline.
    func isWrittenInCapitals(_ item: PositionedItem, _ input: Input) -> Bool {
        let first = input.stream.words[item.start].token, last = input.stream.words[item.end - 1].token
        var letters = 0
        for t in first...last where input.text.tokens[t].kind == .word {
            let token = input.text.tokens[t]
            if token.isArabic { return false }
            for i in token.start..<token.end where input.text.scalars[i].properties.isAlphabetic {
                if !input.text.scalars[i].properties.isUppercase { return false }
                letters += 1
            }
        }
        return letters >= 3
    }

    /// "BEIRUT, Oct 21 (Reuters) -": a month or agency name follows the comma.
    func isDatelineTail(_ s: [PositionedItem], _ k: Int) -> Bool {
        if case .date = s[k].item { return true }
        return false
    }

    /// One event per place, actor, kind and sentence; a capture and a recapture of one place by
    /// one actor in one sentence ("استعادت السيطرة على") are one event, the first read.
    func deduplicated(_ events: [ExtractedEvent]) -> [ExtractedEvent] {
        var seen = Set<String>()
        return events.filter { e in
            let kind = e.kind == .recaptured ? ControlKind.captured.rawValue : e.kind.rawValue
            return seen.insert("\(e.resolution)|\(e.actor ?? "")|\(kind)|\(e.sentence)").inserted
        }
    }
}
