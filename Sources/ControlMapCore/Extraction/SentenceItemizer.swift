/// Turns a tagged text into sentence items: place mentions first (they were found by the
/// tagger), then at each other position the longest of actor, predicate, context cue or date
/// word, else a plain word or number.
public struct SentenceItemizer: Sendable {
    public let lexicon: ExtractionLexicon

    public init(lexicon: ExtractionLexicon) {
        self.lexicon = lexicon
    }

    /// A number, a number word or a fraction ("half", "two-thirds") right after `p`.
    func quantityFollows(_ stream: TokenStream, _ text: AnalyzedText, at p: Int) -> Bool {
        guard p < stream.words.count, !stream.words[p].breakBefore else { return false }
        if text.tokens[stream.words[p].token].kind == .number { return true }
        guard let m = lexicon.cues.match(in: stream, at: p) else { return false }
        // (A unit word alone, "in two neighbourhoods", is no share.)
        return m.value.role == .fraction || m.value.role == .number && (Double(m.value.value) ?? 0) >= 10
    }

    /// Items grouped by sentence, in order.
    public func items(text: AnalyzedText, stream: TokenStream, mentions: [ToponymMention]) -> [[PositionedItem]] {
        var placeAt: [Int: Int] = [:]
        // "the old city of Mosul": a cue of the lexicon that takes in the cue words of a name ("city
        // of") leaves the name itself.
        var nameAt: [Int: Int] = [:]
        for (i, m) in mentions.enumerated() {
            placeAt[m.span.lowerBound] = i
            if m.words.lowerBound > m.span.lowerBound { nameAt[m.words.lowerBound] = i }
        }
        var bySentence = [[PositionedItem]](repeating: [], count: text.sentences.count)
        let words = stream.words
        var p = 0
        var sentence = 0
        while p < words.count {
            let w = words[p]
            let tok = text.tokens[w.token]
            // Words come in order: the sentence index only moves forward.
            while sentence + 1 < text.sentences.count, text.sentences[sentence].upperBound <= w.token { sentence += 1 }
            // A Latin article ("al-Sawer") belongs to the word: the marks before the article are the
            // ones before the word, and its own hyphen joins nothing.
            let first = w.articleToken ?? w.token
            var punctuation = ""
            var q = first - 1
            while q >= 0, text.tokens[q].kind == .punctuation { punctuation = text.tokens[q].key + punctuation; q -= 1 }
            let hyphen = text.hyphenBefore(token: first)
            func push(_ item: SentenceItem, _ end: Int) {
                bySentence[sentence].append(PositionedItem(item: item, start: p, end: end, breakBefore: w.breakBefore,
                                                           punctuationBefore: punctuation,
                                                           hyphenBefore: hyphen, capitalized: w.isCapitalized && !tok.isArabic))
                p = end
            }
            var best: (SentenceItem, Int)?
            let mayStart = lexicon.mayStartPhrase(w)
            // (Not when another name took in those cue words: "the Deir ez-Zor district of X".)
            let named = nameAt[p].flatMap { i -> Int? in
                guard let last = bySentence[sentence].last(where: \.isPlace), last.end > mentions[i].span.lowerBound else { return i }
                return nil
            }
            if let m = placeAt[p] ?? named {
                // A weak mention ("كسر" is also a village) yields to a word of the lexicon; so does a
                // one-word name that is a locative right before another place ("غرب أربيل": west of Erbil).
                let cueHere = mayStart ? lexicon.cues.match(in: stream, at: p) : nil
                let actorHere = mayStart ? lexicon.actors.match(in: stream, at: p, throughQuotes: true) : nil
                let lexiconHere = mayStart && (predicate(stream, at: p) != nil || cueHere != nil || actorHere != nil)
                let locativeBeforePlace = cueHere.map { $0.value.role == .locative && placeAt[$0.end] != nil } ?? false
                // "the Damascus government", "the Baghdad government": a capital named before the
                // word for government is the state, not a place an anaphor may stand for.
                let after = mentions[m].span.upperBound
                // (Right after the name: "Raqqa as the army advanced" has the army after "as".)
                let namesTheState = after < words.count && !words[after].breakBefore && !tok.isArabic
                    && words[after].articleToken == nil && words[after].innerKey != "the"
                    && lexicon.actors.match(in: stream, at: after).map { $0.value.actor == "government" } == true
                if namesTheState {
                    push(.word(w.innerKey), after)
                    continue
                }
                // "the Joint Operations Command", "the Manbij Military Council": a side's name of
                // several words that takes in the whole name is the side, not a place.
                let sideNamed = actorHere.map { $0.end - p >= 2 && $0.end >= mentions[m].span.upperBound } == true
                if !(mentions[m].isWeakName && lexiconHere) && !locativeBeforePlace && !sideNamed {
                    push(.place(m), mentions[m].span.upperBound)
                    continue
                }
            }
            func consider(_ item: SentenceItem, _ end: Int) {
                if best == nil || end > best!.1 { best = (item, end) }
            }
            if mayStart {
                if let m = predicate(stream, at: p) { consider(.predicate(m.value), m.end) }
                // "the rebel coalition Army of Conquest": a name that starts on the last word of a
                // shorter one ("coalition Army") and runs past it is the actor named. (Not past a
                // proper name written as one: "Kataib Hezbollah fighters" are Kataib Hezbollah's,
                // not "Hezbollah fighters".)
                if let m = lexicon.actors.match(in: stream, at: p, throughQuotes: true), acceptsActor(m, text, stream),
                   !(m.end - p > 1 && !isWrittenAsName(m.start..<m.end, text, stream)
                     && (lexicon.actors.match(in: stream, at: m.end - 1)?.end ?? 0) > m.end) {
                    let foreign = m.value.actor == "government" && namesForeignForce(text, stream, at: m.start)
                    consider(.actor(foreign ? DocumentState.foreignForce : m.value.actor), m.end)
                }
                // "May 1" is a date, "may" a modal: a capitalized date word beats a cue of the same length.
                // "أحد آخر معاقل", "يوم الأحد": an Arabic day and "today" are named with the article;
                // without it "أحد" is "one" and "يوم" is "day" (of the date after it).
                let date = lexicon.dates.match(in: stream, at: p).flatMap { m -> PhraseIndex<DateWord>.Match? in
                    guard tok.isArabic, m.end - p == 1, !Self.writesArticle(tok.key) else { return m }
                    switch m.value {
                    case .weekday, .offset(0): return nil
                    default: return m
                    }
                }
                if let m = date, w.isCapitalized || tok.isArabic { consider(.date(m.value), m.end) }
                // "قرية تل منخر", "the town Khan Shaykhun": a noun of place right before a name is
                // that name's cue (one the tagger left out of the name), not a word referring back.
                let cue = lexicon.cues.match(in: stream, at: p, throughQuotes: true)
                if let m = cue,
                   !(m.value.role == .anaphor && placeAt[m.end] != nil && !words[m.end].breakBefore
                     && (tok.isArabic || words[m.end].isCapitalized)),
                   // (The tagger may have taken the noun into the name's mention as its cue.)
                   !(m.value.role == .anaphor && m.end - p > 1 && m.end < words.count && !words[m.end].breakBefore
                     && ((p + 1)..<m.end).contains { placeAt[$0] != nil }),
                   // "على مدينة سرت": without the article, an Arabic noun of place heads a name
                   // (the construct "city of"), even one the gazetteer lacks; only "المدينة" (or
                   // "ثالث قرية", after an ordinal, or "وهي مدينة", after a pronoun it predicates)
                   // refers back.
                   !(m.value.role == .anaphor && tok.isArabic && m.end - p == 1 && !Self.writesArticle(tok.key)
                     && !(p > 0 && (lexicon.isWord(words[p - 1].innerKey, .ordinal)
                                    || lexicon.isWord(words[p - 1].innerKey, .copularPronoun)))),
                   !isParticleThroughPreposition(m, w),
                   // "the following day", "the following villages": after an article a word that
                   // may open a clause ("following") is an adjective.
                   !(m.value.role == .clause && !tok.isArabic && p > 0 && lexicon.isWord(words[p - 1].innerKey, .determiner)),
                   // "Kurdish forces, meanwhile, recaptured X": a clause word alone between commas
                   // right after a side is an aside; the subject goes on to the verb after it.
                   !(m.value.role == .clause && !tok.isArabic && m.end - p == 1 && punctuation.hasSuffix(",")
                     && bySentence[sentence].last?.isActor == true
                     && m.end < words.count && words[m.end].token > 0 && text.tokens[words[m.end].token - 1].key == ","),
                   !isParticleWithArticle(m, tok, w),
                   // "control around 60 percent of X", "around half of X": before a quantity,
                   // "around" is how much, not where.
                   !(m.value.role == .locative && m.end - p == 1 && !tok.isArabic && quantityFollows(stream, text, at: m.end)),
                   m.value.value != "before-place" || placeAt[m.end] != nil {
                    consider(.cue(m.value), m.end)
                }
                if let m = date { consider(.date(m.value), m.end) }
                if let m = cue, isParticleWithArticle(m, tok, w) {
                    // "الآن", now: an adverb of time, passed over as "now" is.
                    consider(.cue(ContextCue(role: .filler, value: "")), m.end)
                }
            }
            if let (item, end) = best {
                if case .cue(let c) = item, c.role == .number, let v = Double(c.value) {
                    // "تسعين بالمئة", "ninety percent": a number word is the number.
                    push(.number(v), end)
                } else {
                    push(item, end)
                }
            } else if tok.isArabic, isFutureOfControlVerb(conjunctionPeeled(w)) {
                // "سيستعيد", "ستحرر", "سنسيطر": the future prefix on a verb of control is a plan.
                push(.cue(ContextCue(role: .future, value: "")), p + 1)
            } else if tok.isArabic, let noun = nounWithHolderBeforeControl(conjunctionPeeled(w), stream, at: p) {
                // "استعادتها السيطرة على X" (its recovery of control over X): a verbal noun whose
                // pronoun is its subject, not its object, since the control it takes follows.
                push(.predicate(noun.predicate), noun.end)
            } else if tok.isArabic, let withPronoun = predicateWithPronoun(conjunctionPeeled(w)) {
                // "تحريرها", "واستعادتها" (and its recapture), "حررتها", "استعادوها" (they retook
                // it): the noun or verb, then its object pronoun as a word of its own.
                // ("لتحريرها", to liberate it, is a purpose: no report.)
                let start = p
                push(.predicate(withPronoun), p + 1)
                // "أعلنت المعارضة دخولها مدينة حماة": before the place it takes, the pronoun on a
                // verbal noun is its subject (its entry into the city), not its object.
                if withPronoun.voice == .nominal, start + 1 < words.count, placeAt[start + 1] != nil, !words[start + 1].breakBefore { continue }
                // "بعد دخولها لمناطق X", "دخولها إلى المدينة": so it is on a noun of entry before
                // the way it went (ل, إلى).
                if withPronoun.voice == .nominal, start + 1 < words.count, !words[start + 1].breakBefore,
                   isEntryNoun(conjunctionPeeled(w)),
                   entersThrough(text.tokens[words[start + 1].token].key, beforePlace: start + 2 < words.count && placeAt[start + 2] != nil) { continue }
                bySentence[sentence].append(PositionedItem(item: .cue(ContextCue(role: .pronoun, value: "")), start: p, end: p,
                                                           breakBefore: false, punctuationBefore: "", hyphenBefore: false,
                                                           capitalized: false))
            } else if tok.kind == .number, let v = Double(tok.key) {
                push(.number(v), p + 1)
            } else {
                push(.word(w.innerKey), p + 1)
            }
        }
        // Punctuation that is a cue on its own ("%", "٪") is not in the stream: add it as a cue
        // right after the number before it.
        for (s, written) in bySentence.enumerated() {
            let items = joiningCompoundNumbers(written, text: text, words: words)
            var out: [PositionedItem] = []
            for (k, it) in items.enumerated() {
                // "Kurdish security forces, known as Peshmerga": the name after "known" is the
                // side before it again, no side of its own (so no subject nearer the verb).
                if case .actor = it.item, out.count >= 2, case .word("known") = out[out.count - 1].item,
                   case .actor = out[out.count - 2].item {
                    out.removeLast()
                    continue
                }
                out.append(it)
                if let client = patronClient(items, k) { out[out.count - 1].item = .actor(client) }
                // "طريق حلب – خناصر", "the Aleppo - Damascus highway": a dash between two names
                // joins them into a route or front between them; it ends no clause.
                if it.isPlace, k > 0, items[k - 1].isPlace, it.strongBreakBefore,
                   it.punctuationBefore.unicodeScalars.allSatisfy({ Self.dashes.contains($0) || $0 == " " }) {
                    out[out.count - 1].strongBreakBefore = false
                }
                if case .number = it.item {
                    let tokenIndex = words[it.start].token
                    if tokenIndex + 1 < text.tokens.count, ["%", "\u{066A}"].contains(text.tokens[tokenIndex + 1].key) {
                        let next = k + 1 < items.count ? items[k + 1] : nil
                        if !(next?.isCue(.percent) ?? false) {
                            out.append(PositionedItem(item: .cue(ContextCue(role: .percent, value: "")), start: it.end, end: it.end,
                                                      breakBefore: false, punctuationBefore: "", hyphenBefore: false, capitalized: false))
                        }
                    }
                }
            }
            Self.joinDashedSupportAsides(&out)
            bySentence[s] = out
        }
        return bySentence
    }

    /// "خمسة وسبعين بالمئة", "seventy-five percent": a unit and a ten written as words are one
    /// number. A unit word standing alone ("ثلاث قرى", "one of the") stays a word.
    private func joiningCompoundNumbers(_ items: [PositionedItem], text: AnalyzedText, words: [TokenStream.Word]) -> [PositionedItem] {
        func spelled(_ it: PositionedItem) -> Double? {
            guard case .number(let n) = it.item, it.end > it.start, text.tokens[words[it.start].token].kind != .number else { return nil }
            return n
        }
        func isTen(_ n: Double) -> Bool { n >= 20 && n <= 90 && n.truncatingRemainder(dividingBy: 10) == 0 }
        var out: [PositionedItem] = []
        var k = 0
        while k < items.count {
            let it = items[k]
            if let first = spelled(it), k + 1 < items.count, let second = spelled(items[k + 1]), !items[k + 1].breakBefore {
                let arabic = text.tokens[words[it.start].token].isArabic
                let (unit, ten) = arabic ? (first, second) : (second, first)
                let joined = arabic ? text.tokens[words[items[k + 1].start].token].key.hasPrefix("و") : items[k + 1].hyphenBefore
                if joined, unit >= 1, unit < 10, isTen(ten) {
                    var merged = it
                    merged.item = .number(unit + ten)
                    merged.end = items[k + 1].end
                    out.append(merged)
                    k += 2
                    continue
                }
            }
            if let n = spelled(it), n < 10 {
                var word = it
                word.item = .word(words[it.start].innerKey)
                out.append(word)
            } else {
                out.append(it)
            }
            k += 1
        }
        return out
    }

    /// Opposition fighters a patron backs are its clients: "rebels backed by Turkey",
    /// "فصائل الجيش الحر المدعومة من تركيا" are the SNA, as "Turkish-backed rebels" are.
    /// (Only the generic names of the opposition: a group with a name of its own stays itself.)
    private func patronClient(_ items: [PositionedItem], _ k: Int) -> String? {
        guard k + 2 < items.count, case .actor(let a) = items[k].item, Self.clientNames.contains(a),
              case .cue(let c) = items[k + 1].item, c.role == .support, c.value == "patron",
              !items[k + 2].commaBefore, case .actor(let patron) = items[k + 2].item,
              let client = lexicon.patronClients[patron] else { return nil }
        // ("Rebels, backed by Turkey, captured X": an aside between commas says it too; a comma
        // that opens it without closing it may start another clause.)
        if items[k + 1].commaBefore, k + 3 >= items.count || !items[k + 3].commaBefore { return nil }
        return client
    }

    /// The generic names of armed opposition that a patron's backing makes its clients.
    static let clientNames: Set<String> = ["rebels", "militants"]

    /// "كلم" (km) is no ك + "لم", "كلا الطرفين" (both sides) no ك + "لا", "بلا قتال" (without a
    /// fight) denies nothing, "وكان" (and was) is no و + ك + "أن" (that): a particle, of negation
    /// or of two letters, takes no ب or ك glued to it.
    private func isParticleThroughPreposition(_ m: PhraseIndex<ContextCue>.Match, _ w: TokenStream.Word) -> Bool {
        guard m.reading > 0, w.firstKeys.count > m.reading,
              m.value.role == .negation || w.firstKeys.key(m.reading).string.unicodeScalars.count <= 2 else { return false }
        return ArabicClitics.peeled(w.firstKeys.key(0).string, reading: m.reading, anyOf: Self.bOrK)
    }

    /// "الآن" (now) is no "أن" (that) after an article: a particle of report never takes one.
    /// (A relative pronoun, "التي", is written with one; it is no report.)
    private func isParticleWithArticle(_ m: PhraseIndex<ContextCue>.Match, _ tok: Token, _ w: TokenStream.Word) -> Bool {
        m.value.role == .report && tok.isArabic && m.end - m.start == 1 && Self.writesArticle(tok.key) && w.innerKey.unicodeScalars.count <= 2
    }

    /// ب and ك: prepositions that never stand before a particle or a verb.
    static let bOrK: Set<Unicode.Scalar> = ["\u{0628}", "\u{0643}"]

    /// Dashes that may stand between two names of a route: en and em dash, and a hyphen apart.
    static let dashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}"]

    /// "Pro-regime fighters - backed by Russian jets - retook X", "قوات النظام – المدعومة بالطيران
    /// الروسي – سيطرت على X": a pair of dashes around words of backing sets off an aside on the
    /// subject, as commas would; neither dash ends the clause.
    static func joinDashedSupportAsides(_ items: inout [PositionedItem]) {
        func dashOnly(_ it: PositionedItem) -> Bool {
            it.strongBreakBefore && it.punctuationBefore.unicodeScalars.allSatisfy { dashes.contains($0) || $0 == " " }
        }
        var i = 1
        while i < items.count {
            defer { i += 1 }
            guard items[i].isCue(.support), dashOnly(items[i]) else { continue }
            guard let close = items[(i + 1)..<min(items.count, i + 10)].firstIndex(where: \.strongBreakBefore),
                  dashOnly(items[close]) else { continue }
            items[i].strongBreakBefore = false
            items[close].strongBreakBefore = false
            i = close
        }
    }

    /// The predicate at `p`. ب and ك are prepositions: they go before nouns, never before a verb,
    /// so a verb read through them is a misreading ("كفر", Kafr, is not ك + فر, fled).
    private func predicate(_ stream: TokenStream, at p: Int) -> PhraseIndex<Predicate>.Match? {
        guard let m = lexicon.predicates.match(in: stream, at: p) else { return nil }
        let key = stream.words[p].firstKeys.key(m.reading).string
        // ("بطرد مسلحي داعش من X": طرد is also the verb's noun, by expelling.)
        // ("بخسارة X": a noun of loss ends in its ta marbuta, which no verb does.)
        guard m.reading > 0, m.value.voice != .nominal, m.value.voice != .state,
              !(m.value.voice == .loss && key.hasSuffix("\u{0647}")),
              !(m.value.voice == .expulsion && key.unicodeScalars.count == 3),
              !Self.isFuulVerbalNoun(key) else { return m }
        guard let first = stream.words[p].firstKeys.key(0).string.unicodeScalars.first, Self.bOrK.contains(first) else { return m }
        return lexicon.predicates.match(in: stream, at: p, maxReading: 0)
    }

    /// "بسقوط X بيد Y": a verbal noun of the pattern فعول (the masdar of an
    /// intransitive verb such as سقط) is a noun, which ب and ك may stand before, though the
    /// lexicon gives it the voice of its verb.
    static func isFuulVerbalNoun(_ key: String) -> Bool {
        let letters = Array(key.unicodeScalars)
        return letters.count == 4 && letters[2] == "\u{0648}" && letters[3] != "\u{0627}"
    }

    /// The word without a leading conjunction و or ف, and no other clitic peeled.
    private func conjunctionPeeled(_ w: TokenStream.Word) -> String {
        let full = w.innerKey
        guard let first = full.unicodeScalars.first, first == "\u{0648}" || first == "\u{0641}", full.unicodeScalars.count > 4 else { return full }
        return String(full.unicodeScalars.dropFirst())
    }

    /// An Arabic verbal noun or verb of control with an object pronoun attached ("تحريرها",
    /// "استعادتهم", "حصاره"; "حررتها", "حاصروها"): the predicate of the word without the pronoun.
    /// A ta marbuta is written ت before the pronoun ("استعادة" -> "استعادتها"), and the plural
    /// verb drops its silent alif ("حرروا" -> "حرروها").
    private func predicateWithPronoun(_ key: String) -> Predicate? {
        for candidate in Self.stemsWithoutPronoun(key) {
            if let p = lexicon.predicates.exactValue(candidate), p.voice == .nominal || p.voice == .active { return p }
        }
        return nil
    }

    /// The word without an attached object pronoun, as the lexicon may list it: a ta marbuta is
    /// written ت before the pronoun, and a plural verb drops its silent alif.
    static func stemsWithoutPronoun(_ key: String) -> [String] {
        var stems: [String] = []
        for suffix in objectPronouns where key.hasSuffix(suffix) && key.count > suffix.count + 2 {
            let stem = String(key.dropLast(suffix.count))
            stems.append(stem)
            if stem.hasSuffix("\u{062A}") { stems.append(String(stem.dropLast()) + "\u{0647}") }
            if stem.hasSuffix("\u{0648}") { stems.append(stem + "\u{0627}") }
        }
        return stems
    }

    /// A noun of entering with a pronoun on it ("دخولها", "اقتحامهم").
    private func isEntryNoun(_ key: String) -> Bool {
        Self.stemsWithoutPronoun(key).contains { lexicon.isWord($0, .entryVerb) }
    }

    /// A word that says where an entry went: "إلى", or a noun with ل glued to it before a place
    /// ("لمناطق X"; "دخولها لتحرير أحيائها" is its entering the city, to free its districts).
    private func entersThrough(_ key: String, beforePlace: Bool) -> Bool {
        ["\u{0625}\u{0644}\u{0649}", "\u{0627}\u{0644}\u{0649}"].contains(key) || key.hasPrefix("\u{0644}") && beforePlace
    }

    /// The future prefix س on an imperfect that is a control verb of the lexicon.
    private func isFutureOfControlVerb(_ key: String) -> Bool {
        let scalars = key.unicodeScalars
        guard scalars.count > 4, scalars.first == "\u{0633}" else { return false }
        let rest = String(scalars.dropFirst())
        guard let person = rest.unicodeScalars.first, ["\u{064A}", "\u{062A}", "\u{0646}"].contains(person) else { return false }
        return lexicon.predicates.exactValue(rest) != nil
    }

    /// A verbal noun in its construct form with a pronoun ("استعادتها", "استعادتهم") right before
    /// a noun of control ("السيطرة على"): one nominal predicate of the noun's kind over both.
    private func nounWithHolderBeforeControl(_ key: String, _ stream: TokenStream, at p: Int) -> (predicate: Predicate, end: Int)? {
        guard p + 1 < stream.words.count, !stream.words[p + 1].breakBefore,
              let control = lexicon.predicates.match(in: stream, at: p + 1), control.value.voice == .nominal,
              [.captured, .recaptured, .holds].contains(control.value.kind) else { return nil }
        for suffix in Self.objectPronouns where key.hasSuffix(suffix) && key.count > suffix.count + 2 {
            let stem = key.dropLast(suffix.count)
            guard stem.hasSuffix("\u{062A}"), let noun = lexicon.predicates.exactValue(String(stem.dropLast()) + "\u{0647}"),
                  noun.voice == .nominal, [.captured, .recaptured].contains(noun.kind) else { continue }
            return (Predicate(kind: noun.kind, voice: .nominal), control.end)
        }
        return nil
    }

    /// Attached object pronouns, as folded keys (her/it, them, them two, him/it).
    static let objectPronouns = ["\u{0647}\u{0645}\u{0627}", "\u{0647}\u{0627}", "\u{0647}\u{0645}", "\u{0647}"]

    /// "Fateh Army", "Islam Army": a capitalized name right before a generic force noun written
    /// with a capital makes the name of a group, not the country's army.
    private func namesAnotherArmy(_ text: AnalyzedText, _ stream: TokenStream, at p: Int) -> Bool {
        let w = stream.words[p], before = stream.words[p - 1]
        let t = text.tokens[w.token], b = text.tokens[before.token]
        guard !t.isArabic, w.isCapitalized, !w.breakBefore, !b.isArabic, b.kind == .word, before.isCapitalized else { return false }
        return !lexicon.stopwords.contains(before.innerKey) && lexicon.dates.match(in: stream, at: p - 1) == nil
    }

    /// "Israeli troops", "Jordanian forces", "British soldiers": an adjective of nationality the
    /// lexicon does not know, right before a generic force noun, names another state's force,
    /// no army of Syria or Iraq (whose adjectives, like those of the other states in these wars,
    /// are actors' own). It stays the subject of its clause, so that no other side is carried there.
    private func namesForeignForce(_ text: AnalyzedText, _ stream: TokenStream, at p: Int) -> Bool {
        guard p > 0 else { return false }
        let w = stream.words[p], before = stream.words[p - 1]
        guard !text.tokens[w.token].isArabic, !w.isCapitalized, !w.breakBefore, text.tokens[before.token].kind == .word,
              before.isCapitalized, !lexicon.stopwords.contains(before.innerKey) else { return false }
        return Self.nationalityEndings.contains { before.innerKey.count > $0.count + 2 && before.innerKey.hasSuffix($0) }
    }

    /// How English adjectives of nationality end: Israeli, Jordanian, Lebanese, British, French.
    static let nationalityEndings = ["i", "ian", "ese", "ish", "ch"]

    /// "فصيل “جيش أسود الشرقية”", "the \"Army of Glory\" faction": a generic force noun that
    /// opens a quoted name going on after it is the first word of a group's name.
    private func opensQuotedName(_ m: PhraseIndex<ExtractionLexicon.ActorAlias>.Match, _ text: AnalyzedText, _ stream: TokenStream) -> Bool {
        let first = stream.words[m.start].token, last = stream.words[m.end - 1].token
        guard m.end < stream.words.count, !stream.words[m.end].breakBefore else { return false }
        // The quote may stand inside the match, which reads through quotes ("the \"Army of ...").
        return text.tokens[max(0, first - 1)..<last].contains { $0.kind == .punctuation && Self.openingQuotes.contains($0.key) }
    }

    /// "the Army of Revolutionaries", "Army of the Mujahideen": a generic force noun written with
    /// a capital, with "of" and a capitalized name after it, heads a group's name.
    private func headsNamedGroup(_ m: PhraseIndex<ExtractionLexicon.ActorAlias>.Match, _ text: AnalyzedText, _ stream: TokenStream) -> Bool {
        let last = stream.words[m.end - 1]
        guard !text.tokens[last.token].isArabic, last.isCapitalized, m.end + 1 < stream.words.count,
              !stream.words[m.end].breakBefore, stream.words[m.end].innerKey == "of" else { return false }
        var q = m.end + 1
        if stream.words[q].innerKey == "the", q + 1 < stream.words.count { q += 1 }
        return !stream.words[q].breakBefore && stream.words[q].isCapitalized
    }

    /// Whether the Latin word at `p` is joined by a hyphen to a prefix of opposition ("anti-").
    private func followsOpposingPrefix(_ p: Int, _ text: AnalyzedText, _ stream: TokenStream) -> Bool {
        let t = stream.words[p].token
        guard t >= 2, !text.tokens[t].isArabic else { return false }
        let hyphen = text.tokens[t - 1], prefix = text.tokens[t - 2]
        return hyphen.key == "-" && hyphen.start == prefix.end && hyphen.end == text.tokens[t].start
            && lexicon.opposingPrefixes.contains(prefix.key)
    }

    static let openingQuotes: Set<String> = ["\u{201C}", "\"", "\u{00AB}", "\u{2018}", "'"]

    /// Short upper-case aliases ("IS") match only where the text writes them in capitals.
    private func acceptsActor(_ m: PhraseIndex<ExtractionLexicon.ActorAlias>.Match, _ text: AnalyzedText, _ stream: TokenStream) -> Bool {
        // "فضائية "روسيا اليوم"", "the channel Russia Today": a name after an outlet noun is the outlet's.
        if m.start > 0, !m.value.isOutlet, lexicon.isWord(stream.words[m.start - 1].innerKey, .outletNoun) { return false }
        if m.value.actor == "government", m.start > 0, namesAnotherArmy(text, stream, at: m.start) { return false }
        // "opposition activists", "the opposition monitoring group": before a noun of people who do
        // not fight, a side's English name is an adjective.
        if m.end < stream.words.count, !stream.words[m.end].breakBefore, !text.tokens[stream.words[m.end].token].isArabic,
           lexicon.isWord(stream.words[m.end].innerKey, .civilianNoun) { return false }
        // "the anti-government activist group", "anti-IS protests": a side's name after a prefix
        // of opposition names its opponents (with a force noun after it, a longer phrase does).
        if followsOpposingPrefix(m.start, text, stream) { return false }
        if m.value.actor == "government", opensQuotedName(m, text, stream) || headsNamedGroup(m, text, stream) { return false }
        if m.value.definiteOnly, m.end - m.start == 1, m.end < stream.words.count, !stream.words[m.end].breakBefore {
            // Without its article and before a definite genitive the word heads a construct that
            // names something else ("هيئة الأركان", the general staff), and so before another
            // side's name ("تحالف جيش الفتح", the Army of Conquest alliance, is that side's);
            // "الهيئة", "والهيئة", "فصائل معارضة", "ثوار حلب" stay.
            func definite(_ w: Int) -> Bool { ArabicClitics.isDefinite(text.tokens[stream.words[w].token].key) }
            if !definite(m.start), definite(m.end) || lexicon.actors.match(in: stream, at: m.end) != nil { return false }
        }
        if m.value.subjectOnly {
            // "أول مدينة سورية سيطرت عليها" (the first Syrian city they took): right after a noun
            // written with ة, the name agrees with it as an adjective; it names no state.
            if m.end - m.start == 1, m.start > 0, !stream.words[m.start].breakBefore, text.tokens[stream.words[m.start].token].isArabic {
                let before = stream.words[m.start - 1].token
                if text.tokens[before].isArabic, text.endsWritten(token: before, with: ["\u{0629}"]) { return false }
            }
            // ("Iraq said its forces had taken X", "أعلن العراق تحرير X": a state that speaks is
            // its government too.)
            func reports(_ match: PhraseIndex<ContextCue>.Match?) -> Bool { match?.value.role == .report }
            // (Only a state that opens its clause speaks: "the administration in northeast Syria
            // said" is not Syria's.)
            let opensClause = m.start == 0 || stream.words[m.start].breakBefore || ["and", "but", "that"].contains(stream.words[m.start - 1].innerKey)
            let beforeReport = m.end < stream.words.count && !stream.words[m.end].breakBefore
                && (lexicon.predicates.match(in: stream, at: m.end) != nil || opensClause && reports(lexicon.cues.match(in: stream, at: m.end)))
            let afterReport = m.start > 0 && !stream.words[m.start].breakBefore
                && (1...min(2, m.start)).contains { back in
                    guard let c = lexicon.cues.match(in: stream, at: m.start - back) else { return false }
                    return c.end == m.start && reports(c)
                }
            return beforeReport || afterReport
        }
        if m.value.heldCompoundOnly {
            // ("Kurdish-held", "the Kurdish held town": with or without the hyphen; a participle,
            // not the noun of "under Kurdish control", where the adjective stays a modifier.)
            guard m.end < stream.words.count, !stream.words[m.end].breakBefore,
                  ["held", "controlled"].contains(stream.words[m.end].innerKey),
                  let held = lexicon.predicates.match(in: stream, at: m.end) else { return false }
            return held.value.kind == .holds && held.end == m.end + 1
        }
        if m.value.compoundOnly {
            let last = stream.words[m.end - 1].token
            if text.hyphenAfter(token: last) { return true }
            guard m.end < stream.words.count, !stream.words[m.end].breakBefore else { return false }
            // "the rebel stronghold of X", "X, a jihadist bastion": the side of a stronghold.
            if lexicon.isWord(stream.words[m.end].innerKey, .strongholdNoun) { return true }
            // "the rebel held town of X": the compound written without its hyphen.
            // ("held", "controlled": a participle, neither "holding" nor "controls".)
            guard !stream.words[m.end].innerKey.hasSuffix("ing"), !stream.words[m.end].innerKey.hasSuffix("s"),
                  let held = lexicon.predicates.match(in: stream, at: m.end) else { return false }
            return held.value.kind == .holds && held.end == m.end + 1
        }
        if m.value.properOnly {
            for q in m.start..<m.end {
                let t = text.tokens[stream.words[q].token]
                if !t.isArabic, t.start < t.end, text.scalars[t.start].properties.isLowercase { return false }
            }
        }
        guard m.value.upperCaseWords > 0 else { return true }
        for q in m.start..<min(m.end, m.start + m.value.upperCaseWords) {
            let t = text.tokens[stream.words[q].token]
            for i in t.start..<t.end where text.scalars[i].properties.isLowercase { return false }
        }
        return true
    }

    /// Whether every word of a Latin phrase, past a lowercase article ("al-"), starts with a
    /// capital: a proper name.
    func isWrittenAsName(_ words: Range<Int>, _ text: AnalyzedText, _ stream: TokenStream) -> Bool {
        words.allSatisfy { q in
            let t = text.tokens[stream.words[q].token]
            return !t.isArabic && t.isCapitalized
        }
    }

    /// Whether an Arabic word is written with the article, behind a conjunction or a preposition
    /// or not: "المدينة", "والمدينة", "بالمدينة", "للمدينة".
    static func writesArticle(_ key: String) -> Bool {
        ["\u{0627}\u{0644}", "\u{0648}\u{0627}\u{0644}", "\u{0641}\u{0627}\u{0644}", "\u{0628}\u{0627}\u{0644}",
         "\u{0643}\u{0627}\u{0644}", "\u{0644}\u{0644}", "\u{0648}\u{0628}\u{0627}\u{0644}", "\u{0648}\u{0644}\u{0644}"].contains { key.hasPrefix($0) }
    }
}
