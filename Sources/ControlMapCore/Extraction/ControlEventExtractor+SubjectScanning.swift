// Who did it: subjects before and after the predicate, reporters, holders and opponents.
extension ControlEventExtractor {
    /// The place between a verb of declaring and the participle at `k` ("declared X (fully)
    /// liberated", "declared X free of IS"), adverbs of completion aside.
    func declaredObject(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Int? {
        guard items[k].end - items[k].start == 1,
              state.keyOf(items[k]).hasSuffix("ed") || lexicon.isWord(state.keyOf(items[k]), .freedAdjective) else { return nil }
        var j = k - 1
        while j > clause.lowerBound, lexicon.isWord(state.keyOf(items[j]), .completionAdverb) { j -= 1 }
        guard j > 0, case .place(let m) = items[j].item, case .cue(let c) = items[j - 1].item, c.role == .report,
              lexicon.isWord(state.keyOf(items[j - 1]), .declarationVerb) else { return nil }
        let mention = state.input.resolutions[m].mention
        return mention.isWeak || mention.isForeign || mention.cue == .region ? nil : m
    }

    /// "أعلنت قوات سوريا الديمقراطية، المدعومة من أمريكا، طرد داعش": a reporting verb, its
    /// subject and only an aside about the subject (its backers) before `k`.
    func reportedSubjectBefore(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>) -> Bool {
        guard let r = items[clause.lowerBound..<k].lastIndex(where: { $0.isCue(.report) }),
              r + 1 < k, case .actor = items[r + 1].item else { return false }
        var afterSupport = false
        for it in items[(r + 2)..<k] {
            switch it.item {
            case .predicate: return false
            case .cue(let c) where c.role == .support: afterSupport = true
            case .cue(let c) where c.role != .filler && c.role != .hedge: return false
            case .actor where !afterSupport: return false
            default: break
            }
        }
        return true
    }

    /// The side joined to `subject` by "and"/"و" right before the verb at `k`.
    func jointSubject(_ items: [PositionedItem], before k: Int, of subject: String, _ clause: Range<Int>,
                              _ state: DocumentState) -> String? {
        guard k - 1 > clause.lowerBound, case .actor(let second) = items[k - 1].item, second != subject else { return nil }
        if state.isArabic(items[k - 1]) { return state.writtenKeyOf(items[k - 1]).hasPrefix("\u{0648}") ? second : nil }
        if case .word(let w) = items[k - 2].item, w == "and" { return second }
        return nil
    }

    /// A control noun that names the aim of what comes before it: "for control of X" in English,
    /// the verbal noun behind ل in Arabic ("للسيطرة على X", "لاستعادة X").
    func isPurposeOfControl(_ items: [PositionedItem], _ j: Int, _ state: DocumentState) -> Bool {
        guard case .predicate(let p) = items[j].item, [.captured, .recaptured, .holds].contains(p.kind) else { return false }
        if state.isArabic(items[j]) { return state.writtenKeyOf(items[j]).hasPrefix("\u{0644}") }
        return j > 0 && state.lastKeyOf(items[j - 1]) == "for"
    }

    /// Words that join the names of a list: "and", "و", and the article before a name.
    static let listJoiners: Set<String> = ["and", "the", "\u{0648}"]

    /// The marks between an item and the one before it, quotation marks and a closing bracket
    /// aside: quotes and brackets may wrap the items of a list ("كفريا" و"سرجة", "قرية (X) وتل
    /// Y"), a comma joins them. (An opening bracket stays: "X (Y) وZ" puts Y aside.)
    static func separator(before item: PositionedItem) -> String {
        item.punctuationBefore.filter { !"\"\u{201C}\u{201D}\u{00AB}\u{00BB})".contains($0) }
    }

    /// An Arabic word of general use written with the article ("الاستراتيجي", "المحاذية"): after a
    /// name, its adjective.
    func isArabicAdjective(_ item: PositionedItem, _ state: DocumentState) -> Bool {
        guard case .word(let w) = item.item, item.end - item.start == 1, !item.breakBefore, state.isArabic(item) else { return false }
        let raw = state.writtenKeyOf(item)
        return raw.hasPrefix("\u{0627}\u{0644}") && (lexicon.commonWords.contains(raw) || lexicon.commonWords.contains(w))
    }

    /// The locative word that the place at `j` follows: right before it ("in X"), or before a word
    /// of direction or a phrase of part ("in western X", "in the west of X", "in parts of X").
    func locativeOpening(_ items: [PositionedItem], before j: Int, _ clause: Range<Int>) -> Int? {
        var q = j - 1
        // "south of the Iraqi capital Baghdad": the seat's title (a capital noun and at most two
        // words before it) stands between the locative and the name.
        if q > clause.lowerBound, !items[j].breakBefore, case .word(let title) = items[q].item, lexicon.isWord(title, .capitalNoun) {
            q -= 1
            var before = 0
            while before < 2, q > clause.lowerBound, !items[q + 1].breakBefore, case .word = items[q].item {
                q -= 1
                before += 1
            }
        }
        if q > clause.lowerBound {
            switch items[q].item {
            case .word(let w) where lexicon.isWord(w, .direction) || lexicon.isWord(w, .directionModifier): q -= 1
            case .cue(let c) where c.role == .partial: q -= 1
            default: break
            }
        }
        // "villages in the Idlib countryside", "in the western X": an article opens the phrase.
        // ("arrived in the Mosul neighborhoods retaken by ...": the part of the town after the
        // name is what the article opens, and what the verb is about.)
        let partFollows = j + 1 < items.count && !items[j + 1].breakBefore
            && { if case .word(let w) = items[j + 1].item { return lexicon.isWord(w, .townPart) } else { return false } }()
        // It locates an unnamed head ("villages", "two towns"); after anything else ("invaded
        // Syria in the Jarabulus area controlled by IS") it may say where something happened.
        var article = false
        if q > clause.lowerBound, !partFollows, !items[q + 1].breakBefore, case .word(let w) = items[q].item, lexicon.isWord(w, .determiner) {
            q -= 1
            article = true
        }
        guard q >= clause.lowerBound, case .cue(let c) = items[q].item, c.role == .locative else { return nil }
        if article {
            guard q > clause.lowerBound, case .word(let head) = items[q - 1].item,
                  lexicon.isWord(head, .areaNoun) || lexicon.isWord(head, .settlementNoun) else { return nil }
        }
        return q
    }

    /// The locative word a few plain words before the place at `j`, when a place stands right
    /// before that phrase: "بلدة X الواقعة في الريف الشرقي للعاصمة دمشق" locates X in Damascus's
    /// countryside, whatever nouns and adjectives stand between "في" and "دمشق". Arabic only.
    func locatingPhraseOpening(_ items: [PositionedItem], before j: Int, _ clause: Range<Int>, _ state: DocumentState) -> Int? {
        // (English lists go on after "in the east": "X in the east and Y in the north were ...".)
        guard state.isArabic(items[j]) else { return nil }
        var q = j - 1
        var opening: Int?
        while q > clause.lowerBound, j - q <= 6 {
            switch items[q].item {
            case .word: break
            case .cue(let c) where c.role == .locative: opening = q
            default: return nil
            }
            if items[q].commaBefore { return nil }
            if let o = opening, q == o {
                // The located place: right before the locative, or before one participle ("الواقعة").
                if items[q - 1].isPlace { return o }
                if q - 2 >= clause.lowerBound, items[q - 2].isPlace, case .word = items[q - 1].item, !items[q - 1].commaBefore { return o }
            }
            q -= 1
        }
        return nil
    }

    /// The nearest place before `k` in its clause, within `limit` items. `passingLocatives`: a
    /// place (or "the city") after a locative word says where the subject lies ("the villages of
    /// X in western Y were cleared") and the search goes on before it.
    func nearestPlaceBefore(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, limit: Int, state: DocumentState,
                                    passingLocatives: Bool = false, passingStates: Bool = false) -> Int? {
        var j = k - 1
        var steps = 0
        while j >= clause.lowerBound, steps < limit {
            if passingLocatives, items[j].isPlace || items[j].isCue(.anaphor),
               let locative = locativeOpening(items, before: j, clause) ?? locatingPhraseOpening(items, before: j, clause, state) {
                steps += j - locative + 1
                j = locative - 1
                continue
            }
            // (A site named by common nouns is a subject too: "the main government building was taken".)
            if case .place(let m) = items[j].item, !state.excluded.contains(m), !state.input.resolutions[m].mention.isWeakName {
                // "أربع قرى غرب أربيل ... واستعادت السيطرة عليها": a place after a word of direction
                // is where the unnamed places lie, not what the pronoun stands for.
                if j > 0, case .cue(let c) = items[j - 1].item, c.role == .locative, lexicon.isWord(state.keyOf(items[j - 1]), .direction) {
                    return nil
                }
                return m
            }
            // ("It", a subject, stands for what the text was about, not surely a place.)
            if case .cue(let c) = items[j].item, c.role == .anaphor, c.value != "sentence", CountedAnaphor(c.value) == nil,
               let a = state.antecedent(kind: c.value, before: items[j], sentenceStart: items[0].start) {
                // "X, a village southeast of the city, fell to Y": the city after a direction only
                // says where; the name before it (in the clause) is what the predicate is about.
                if j > 0, case .cue(let l) = items[j - 1].item, l.role == .locative, lexicon.isWord(state.keyOf(items[j - 1]), .direction) {
                    j -= 2
                    steps += 2
                    continue
                }
                return a
            }
            if passingStates, case .predicate(let p) = items[j].item, p.voice == .state {
                // "بلدة X كانت تحت سيطرة Y وسيطرت عليها Z": a state describes the place named
                // before it, which stays what the text is about.
                j -= 1
                steps += 1
                continue
            }
            if case .predicate = items[j].item {
                // "X, formerly held by Y, fell to Z", "X, still held by Y, is now besieged by Z":
                // a state set off by commas describes the name before it; the predicate after
                // the closing comma is about that name.
                guard let opening = appositiveOpening(items, j, clause, closedBefore: k) else { return nil }
                steps += j - opening + 1
                j = opening - 1
                continue
            }
            j -= 1
            steps += 1
        }
        return nil
    }

    /// Whether the predicate at `j` opens, after a comma and a word of earlier history, an
    /// aside that a comma right before `k` closes ("X, formerly under the control of Y, ...").
    /// (Or before the auxiliary of `k`: "X, previously held by Y, is now held by Z".)
    func isPastAppositive(_ items: [PositionedItem], _ j: Int, _ clause: Range<Int>, closedBefore k: Int) -> Bool {
        guard j - 1 > clause.lowerBound, items[j - 1].isCue(.background), items[j - 1].commaBefore else { return false }
        return closesAside(items, opened: j, before: k)
    }

    /// Where an aside of state that the predicate at `j` opens starts, when it stands right
    /// after a place and is closed before `k`: at the comma before the participle ("X, held by
    /// Y, ..."), or before a word of history or of continuance ("X, formerly/still held by Y, ...").
    func appositiveOpening(_ items: [PositionedItem], _ j: Int, _ clause: Range<Int>, closedBefore k: Int) -> Int? {
        if isPastAppositive(items, j, clause, closedBefore: k) { return j - 1 }
        guard case .predicate(let p) = items[j].item, [.state, .passive].contains(p.voice) else { return nil }
        let opening = items[j].commaBefore ? j : j - 1
        guard opening - 1 >= clause.lowerBound, items[opening].commaBefore, items[opening - 1].isPlace,
              opening == j || items[opening].isCue(.still),
              closesAside(items, opened: j, before: k) else { return nil }
        return opening
    }

    /// Whether a comma right before `k`, or before the auxiliaries and fillers of `k`, closes
    /// the aside the predicate at `j` opens, with no other predicate or comma inside it.
    func closesAside(_ items: [PositionedItem], opened j: Int, before k: Int) -> Bool {
        guard k < items.count, k > j else { return false }
        var close = k
        while close > j + 1, !items[close].commaBefore, isAuxiliaryOrFiller(items[close - 1]) { close -= 1 }
        guard items[close].commaBefore else { return false }
        // One aside: no other predicate or comma inside it.
        return !items[(j + 1)..<close].contains { it in
            if case .predicate = it.item { return true }
            return it.commaBefore
        }
    }

    func isAuxiliaryOrFiller(_ item: PositionedItem) -> Bool {
        if case .word(let w) = item.item { return lexicon.isWord(w, .auxiliary) }
        return isFiller(item) || item.isCue(.still)
    }

    func firstActor(_ items: [PositionedItem], from start: Int, limit: Int, to end: Int) -> (actor: String, index: Int)? {
        var j = start
        while j < min(end, start + limit) {
            if case .actor(let a) = items[j].item { return (a, j) }
            j += 1
        }
        return nil
    }

    /// `firstActor` where the words of a hyphenated compound before the side ("the US-backed SDF",
    /// "the Kurdish-led forces") count as one word: the compound describes the side after it.
    func firstActorPastCompounds(_ items: [PositionedItem], from start: Int, limit: Int, to end: Int, _ state: DocumentState) -> (actor: String, index: Int)? {
        var j = start, counted = 0
        while j < end, counted < limit {
            if case .actor(let a) = items[j].item { return (a, j) }
            if !(j + 1 < end && state.isHyphenJoined(items[j + 1])) { counted += 1 }
            j += 1
        }
        return nil
    }

    /// "X remains under its control", "under the group's full control": the holder of a bare
    /// English "under" is a possessive that refers back to the side the previous sentence named.
    func holderReferredBack(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> (actor: String, index: Int)? {
        guard !state.isArabic(items[k]), items[k].end - items[k].start == 1, state.keyOf(items[k]) == "under" else { return nil }
        for q in (k + 1)..<min(k + 3, clause.upperBound) where !items[q].breakBefore {
            if let owner = possessiveReferringBack(items, endingAt: q, clause, state), owner.start == k + 1 { return (owner.actor, q) }
        }
        return nil
    }

    /// "under rebel control", "under Kurdish control": a modifier of the actor grammar standing
    /// alone before the word "control" names the holder.
    func modifierHolder(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> (actor: String, index: Int)? {
        guard state.keyOf(items[k]) == "under", k + 1 < clause.upperBound, case .word(let w) = items[k + 1].item,
              controlWordFollows(items, after: k + 1, clause: clause) else { return nil }
        if let actor = lexicon.actorModifiers[w] { return (actor, k + 1) }
        // "X is under our control, a rebel commander said": the speaker's side.
        if lexicon.isWord(w, .firstPerson), let speaker = reporterAfter(items, k) ?? reporterBefore(items, k, state) ?? state.quotationSpeaker {
            return (speaker, k + 1)
        }
        // "the rebels said X was now under their control".
        if lexicon.isWord(w, .reporterPossessive), let speaker = reporterBefore(items, k, state) { return (speaker, k + 1) }
        return nil
    }

    /// "in rebel hands", "in IS hands": the side named right before "hands", "in" before it, or
    /// "into" after a verb of change ("fell into rebel hands").
    func handsHolder(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> (actor: String, index: Int)? {
        guard k >= clause.lowerBound + 2, ["in", "into"].contains(state.lastKeyOf(items[k - 2])) else { return nil }
        // ("into" with no verb of change before it puts something else in the side's hands.)
        if state.lastKeyOf(items[k - 2]) == "into", changeVerbBefore(items, k, clause, state) == nil { return nil }
        switch items[k - 1].item {
        case .actor(let a): return (a, k - 1)
        case .word(let w):
            if let actor = lexicon.actorModifiers[w] { return (actor, k - 1) }
            // "the rebels said X was now in their hands", as "under their control".
            if lexicon.isWord(w, .reporterPossessive), let speaker = reporterBefore(items, k, state) { return (speaker, k - 1) }
            return nil
        default: return nil
        }
    }

    /// The verb of change that makes a state of control a change of hands ("X came under the
    /// control of Y", "fell into rebel hands", "باتت X تحت سيطرة Y"), within three items before the
    /// state; "back" after the verb ("fell back into government hands") may stand between too.
    func changeVerbBefore(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> (index: Int, back: Bool)? {
        guard let verb = items[max(clause.lowerBound, k - 4)..<k].indices.last(where: { isWordAfterConjunction(state.keyOf(items[$0]), .changeVerb) })
        else { return nil }
        let back = items[(verb + 1)..<k].contains { state.keyOf($0) == "back" }
        return k - verb <= 3 || back ? (verb, back) : nil
    }

    func controlWordFollows(_ items: [PositionedItem], after index: Int, clause: Range<Int>) -> Bool {
        var j = index + 1
        while j < min(clause.upperBound, index + 3) {
            if case .word(let w) = items[j].item, w == "control" || w == "سيطره" { return true }
            if case .predicate(let p) = items[j].item, p.kind == .holds { return true }
            j += 1
        }
        return false
    }

    /// "Y brought X under its control", "Y overran X, bringing the town under their full
    /// control": "under" a pronoun's control after a verb of bringing; the taker is the subject
    /// of the sentence up to that verb.
    func broughtUnderOwnControl(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> String? {
        guard state.keyOf(items[k]) == "under", items[k].end - items[k].start == 1, k + 1 < items.count,
              case .word(let pronoun) = items[k + 1].item, lexicon.isWord(pronoun, .reporterPossessive),
              controlWordFollows(items, after: k + 1, clause: clause.lowerBound..<items.count) else { return nil }
        // The verb, then the place (or "the town") it brings, then "under": nothing else between.
        // (A share may stand before it: "bringing about 15% of the city under their control".)
        guard let verb = (max(0, k - Self.broughtReach)..<k).last(where: { j in
            if case .word(let w) = items[j].item { return lexicon.isWord(w, .bringingVerb) } else { return false }
        }), items[(verb + 1)..<k].contains(where: { $0.isPlace || $0.isCue(.anaphor) }) else { return nil }
        // The first side of the verb's clause, or of the sentence when the verb opens a participle
        // clause.
        return (firstSubject(items, in: min(clause.lowerBound, verb)..<verb) ?? firstSubject(items, in: 0..<verb)).flatMap(state.resolveGeneric)
    }

    /// How many items before "under" a verb of bringing may stand.
    static let broughtReach = 8

    /// "to bring X under Y's control": the English "under" at `k` follows a place that a verb of
    /// bringing in the infinitive takes.
    func isBroughtByInfinitive(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        guard k >= 2, state.keyOf(items[k]) == "under",
              let verb = (max(1, k - Self.broughtReach)..<k).last(where: { j in
                  if case .word(let w) = items[j].item { return lexicon.isWord(w, .bringingVerb) } else { return false }
              }), items[(verb + 1)..<k].contains(where: { $0.isPlace || $0.isCue(.anaphor) }) else { return false }
        return isInfinitiveTo(items, verb - 1, state)
    }

    /// The first side in `range` that may be a subject: never one after "from", "against" and the like.
    func firstSubject(_ items: [PositionedItem], in range: Range<Int>) -> String? {
        for j in range {
            guard case .actor(let a) = items[j].item else { continue }
            if j > 0, case .cue(let c) = items[j - 1].item, Self.otherThanSubject.contains(c.role) { continue }
            return a
        }
        return nil
    }

    /// The subject before the predicate in its clause: the first actor after the clause start
    /// (or after the last reporting verb), skipping actors introduced by "from", "against",
    /// "with the support of" and the like; across a relative pronoun, the noun it refers to.
    func subjectBefore(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> String? {
        if let head = relativeAsideHead(items, k, clause, state) { return head }
        if let side = sideBeforeRelativeWord(items, k, state) { return side }
        if let main = participleAfterClauseOfTime(items, k, clause, state) { return main }
        // "..., with the rebels taking X": "with" and a side right before an -ing form open an
        // absolute clause whose subject that side is.
        // ("with the rebels fully capturing X": an adverb may stand between them.)
        if !state.isArabic(items[k]), k >= 2, state.keyOf(items[k]).hasSuffix("ing") {
            let side = items[k - 1].isCue(.filler) && k >= 3 ? k - 2 : k - 1
            if case .actor(let a) = items[side].item, followsWith(items, side, state) { return a }
        }
        // "..., with Iraqi forces aided by coalition jets having retaken X": the side after "with"
        // is the subject of the perfect participle that ends its absolute clause, past its backers.
        if !state.isArabic(items[k]), k >= 3, items[k - 1].isCue(.clause, value: "participle") {
            var backed = false
            for q in stride(from: k - 2, through: max(1, k - 9), by: -1) {
                switch items[q].item {
                case .predicate: break
                case .cue(let c) where c.role == .support: backed = true; continue
                case .actor(let a):
                    if followsWith(items, q, state) { return a }
                    if backed { continue }
                default: continue
                }
                break
            }
        }
        if !state.isArabic(items[k]), k - 2 >= clause.lowerBound, case .actor(let a) = items[k - 1].item {
            // "Turkey helped rebel groups seize X": the object of a causative verb does the bare verb.
            var q = k - 2
            if q > clause.lowerBound, case .word(let w) = items[q].item, lexicon.isWord(w, .determiner) { q -= 1 }
            if case .word(let w) = items[q].item, lexicon.isWord(w, .causativeVerb) { return a }
        }
        // "warned the rebels in control of X": a side right before "in control of" holds it.
        if !state.isArabic(items[k]), k - 1 >= clause.lowerBound, case .actor(let a) = items[k - 1].item, !items[k].breakBefore,
           state.keyOf(items[k]) == "in" {
            return a
        }
        if let compelled = compelledSide(items, k, clause, state) { return compelled }
        if let praised = praisedSide(items, k, clause, state) { return praised }
        if let operating = sideBehindOperation(items, k, clause, state) { return operating }
        // "بعد ساعات من قيام قوات النظام بانسحاب من X": the side right after a noun of doing
        // does the verbal noun that follows it, whoever the clause's subject is.
        if k >= 2, case .actor(let a) = items[k - 1].item, case .word(let w) = items[k - 2].item, lexicon.isWord(w, .agentNoun) {
            return a
        }
        // "قيام قوات حكومية سورية وميليشيات متحالفة معها بانسحاب من X": the side may run on with
        // its attributes and conjuncts before the ب of the verbal noun.
        if state.isArabic(items[k]), let a = doerAfterAgentNoun(items, k, clause, state) { return a }
        if let own = subjectAfterClauseAnd(items, k, clause, state) { return own }
        if let agent = agentBeforeParticipleClause(items, k, clause, state) { return agent }
        var start = clause.lowerBound
        for j in stride(from: k - 1, through: clause.lowerBound, by: -1) {
            guard case .cue(let c) = items[j].item else { continue }
            if c.role == .report { start = j + 1; break }
            // "The FSA claimed that the army had occupied X": a claim opens its complement as a
            // report does; the side after "that" is the verb's subject. ("claimed that it had
            // captured X" names none: the claimant is.)
            if c.role == .hedge, !state.isArabic(items[j]), j + 1 < k, state.keyOf(items[j + 1]) == "that",
               items[(j + 1)..<k].contains(where: \.isActor) { start = j + 1; break }
        }
        // "As the fighting between X and Y raged on, the rebels announced ...": in English the
        // subject after the last comma before the verb is the verb's own.
        if start < k, !state.isArabic(items[k]), let comma = items[start..<k].lastIndex(where: { $0.commaBefore }), comma > start {
            let q = afterDeterminers(items, from: comma, to: k)
            if q < k, case .actor = items[q].item { start = comma }
        }
        func firstUnguardedActor(_ range: Range<Int>) -> String? {
            var guarded = 0
            // "بعد معارك بين الثوار وقوات النظام استطاع النظام ...": the sides right after a
            // fight are its sides, not the subject of the verb after it.
            var fightSides = false
            for j in range {
                switch items[j].item {
                case .actor where fightSides:
                    continue
                case .predicate(let p):
                    // ("X, the last stronghold held by ISIL in Y, and secured it": the side after an
                    // English passive or state is its agent, not the subject of a verb after it.)
                    guarded = !state.isArabic(items[j]) && (p.voice == .passive || p.voice == .state) ? 2 : 0
                    // ("Iraqi forces stormed IS positions in X, announcing ...": the side right after
                    // an English verb of taking is what it took.)
                    if isEnglishTaking(items[j], state) { guarded = 1 }
                    fightSides = p.voice == .clash
                    continue
                default:
                    fightSides = false
                }
                switch items[j].item {
                case .cue where j > range.lowerBound && isPartitive(items, j, state):
                    // "وحدات من جيشنا", "عناصر من الفصائل": من after a noun of fighters is partitive;
                    // the side after it is the subject's.
                    continue
                case .cue(let c) where Self.otherThanSubject.contains(c.role):
                    // The noun phrase after such a word (up to four items) is not the subject.
                    guarded = 4
                    continue
                case .word(let w) where lexicon.isWord(w, .between):
                    // "tension between Turkey and Iraq rose the day Iraqi forces entered X": the
                    // sides of a relation are not the subject of a verb after it.
                    guarded = 4
                    continue
                case .word(let w) where !state.isArabic(items[j]) && lexicon.isWord(w, .attackVerb):
                    // "the forces attacked the Kurdish fighters' positions and seized X": the side
                    // attacked is the object, not the subject of the verb joined after it.
                    guarded = 3
                    continue
                case .actor where j > range.lowerBound && isAfterObjectPreposition(items[range], j, state):
                    // "opened fire on ISIL positions as they pushed into X".
                    break
                case .actor where j > range.lowerBound && state.isArabic(items[j - 1])
                    && { if case .word(let w) = items[j - 1].item { return lexicon.isWord(w, .objectMarker) } else { return false } }():
                    // "القضاء على داعش": the side after an Arabic object marker ("على") is an object.
                    break
                case .actor("government") where guarded == 0 && j > range.lowerBound && {
                    if case .word(let w) = items[j - 1].item { return lexicon.isWord(w, .reporterPossessive) } else { return false }
                }():
                    // "according to the militants' statement, their troops captured X": a bare
                    // state noun after "its"/"their" is the possessor's force, the side named
                    // before it, not the state's army.
                    let possessor = items[..<(j - 1)].reversed().lazy.compactMap { it -> String? in
                        if case .actor(let b) = it.item, b != "government" { return b } else { return nil }
                    }.first
                    // ("an Iraqi commander said his troops entered X": a man's troops with no side
                    // named are the state's.)
                    if possessor == nil, ["his", "her"].contains(state.keyOf(items[j - 1])) { return state.resolveGeneric("government") }
                    return possessor.flatMap(state.resolveGeneric)
                case .actor(let a) where guarded == 0:
                    return sideAfterOf(items, j, before: range.upperBound, state) ?? a
                default:
                    break
                }
                if guarded > 0 { guarded -= 1 }
            }
            return nil
        }
        // "Rebels were evacuated under a deal that gives the regime full control of X": in English
        // a side named after an earlier verb of the clause is nearer to this one than the
        // clause's subject, which belongs to that verb.
        // Not for a verb joined to the earlier one ("Rebels overran a government checkpoint and
        // took the town": both verbs share the subject).
        let joined = k > start && state.keyOf(items[k - 1]) == "and"
        // "IS drove the army out of X, followed by its capture of Y": "its" is the subject's.
        let possessed = k > start && lexicon.isWord(state.keyOf(items[k - 1]), .reporterPossessive)
        if start < k, !state.isArabic(items[k]), !joined, !possessed,
           let previous = items[start..<k].lastIndex(where: { if case .predicate = $0.item { return true } else { return false } }),
           let nearer = firstUnguardedActor((isEnglishTaking(items[previous], state) ? previous : previous + 1)..<k) {
            return nearer
        }
        // "ISIL was dealt a blow when Iraqi troops retook X": the side right after a subordinating
        // conjunction is the subject of the clause it opens.
        if start < k, !state.isArabic(items[k]), let opened = items[start..<k].lastIndex(where: { opensSubordinateClause($0, state) }),
           let a = firstUnguardedActor(opened..<k) {
            return a
        }
        if start < k, let a = firstUnguardedActor(start..<k) { return a }
        // "..., which controls much of Eastern Ghouta": the actor right before "which".
        let clauseStart = clause.lowerBound
        // (A verb of saying after the relative clause, "..., التي تقودها Y، أعلن السيطرة على X",
        // takes the predicate out of it: the relative's head is no longer the subject.)
        if clauseStart > 0, case .cue(let c) = items[clauseStart - 1].item, c.role == .clause, c.value == "relative",
           !items[clauseStart..<k].contains(where: { $0.isCue(.report) && $0.commaBefore }) {
            var q = clauseStart - 2
            while q >= max(0, clauseStart - 9) {
                if case .actor(let a) = items[q].item {
                    if q > 0, case .cue(let p) = items[q - 1].item, [.support, .from, .target, .agent].contains(p.role) {
                        q -= 1
                        continue
                    }
                    // "rebel-held Aleppo, during which they took X": the side of a compound
                    // only says who held the place.
                    if q + 1 < items.count, items[q + 1].hyphenBefore {
                        q -= 1
                        continue
                    }
                    return a
                }
                q -= 1
            }
        }
        // "the SDF moved out of X, and attacked the rebels, capturing Y": a verb after ", and"
        // with no subject of its own shares the subject of the clause it is joined to.
        if !state.isArabic(items[k]), clauseStart > 0, isCoordinationBreak(items, clauseStart) {
            let joinedTo = clauseBounds(items, around: clauseStart - 1)
            return firstUnguardedActor(pastOpeningAttribution(items, joinedTo.lowerBound..<clauseStart, state))
        }
        // "The rebels lost X but captured Y", "shelled X and then stormed Y": a verb right after
        // a coordinating clause word has no subject of its own; it is the clause's before.
        if !state.isArabic(items[k]), clauseStart >= 2, items[clauseStart - 1].isCue(.clause, value: "coordinating"),
           !items[clauseStart..<k].contains(where: { if case .word = $0.item { return $0.breakBefore } else { return true } }) {
            let joinedTo = clauseBounds(items, around: clauseStart - 2)
            return firstUnguardedActor(pastOpeningAttribution(items, joinedTo.lowerBound..<(clauseStart - 1), state))
        }
        return nil
    }

    /// "According to pro-government sources, the rebels lost X but captured Y": the source an
    /// opening "according to" names, up to its comma, is no subject of the clause.
    func pastOpeningAttribution(_ items: [PositionedItem], _ range: Range<Int>, _ state: DocumentState) -> Range<Int> {
        guard !range.isEmpty, items[range.lowerBound].isCue(.report), state.keyOf(items[range.lowerBound]) == "according",
              let comma = items[(range.lowerBound + 1)..<range.upperBound].firstIndex(where: \.commaBefore) else { return range }
        return comma..<range.upperBound
    }

    /// The side at `q` right after "with", a determiner aside ("with the rebels ...").
    func followsWith(_ items: [PositionedItem], _ q: Int, _ state: DocumentState) -> Bool {
        var w = q - 1
        if w > 0, case .word(let d) = items[w].item, lexicon.isWord(d, .determiner) { w -= 1 }
        guard w >= 0, case .cue(let c) = items[w].item else { return false }
        return c.role == .target && state.keyOf(items[w]) == "with"
    }

    /// "the rebel held town of X", "in government controlled Y": a compound written without its
    /// hyphen, a one-word side and the participle between a determiner (or "in") and the place.
    func unhyphenatedCompoundHolder(_ items: [PositionedItem], _ k: Int, _ predicate: Predicate, _ state: DocumentState) -> String? {
        guard !state.isArabic(items[k]), predicate.kind == .holds, items[k].end - items[k].start == 1, k >= 2, k + 1 < items.count,
              !state.keyOf(items[k]).hasSuffix("ing"), !state.keyOf(items[k]).hasSuffix("s"), !items[k].breakBefore,
              items[k - 1].end - items[k - 1].start == 1, !items[k - 1].breakBefore,
              case .place = items[k + 1].item, !items[k + 1].breakBefore else { return nil }
        // (The itemizer reads the one-word side before "held" as an actor, as before a hyphen.)
        guard case .actor(let holder) = items[k - 1].item else { return nil }
        switch items[k - 2].item {
        case .word(let w) where lexicon.isWord(w, .determiner): return holder
        case .cue(let c) where c.role == .locative: return holder
        default: return nil
        }
    }

    /// "the IS stronghold of X", "a rebel bastion of Y": a side's noun of holding with the side
    /// before it, between a determiner and "of", says who holds the place after it.
    func holderBeforeStronghold(_ items: [PositionedItem], _ k: Int, _ predicate: Predicate, _ state: DocumentState) -> String? {
        guard !state.isArabic(items[k]), predicate.kind == .holds, predicate.voice == .state, k >= 2, k + 1 < items.count,
              isStrongholdOf(items, k, state), !items[k - 1].breakBefore,
              case .place = items[k + 1].item, !items[k + 1].breakBefore,
              case .actor(let holder) = items[k - 1].item,
              case .word(let w) = items[k - 2].item, lexicon.isWord(w, .determiner) else { return nil }
        return holder
    }

    /// "Tikrit, an IS stronghold", "Mosul, the jihadists' last bastion", "A and B, two rebel
    /// strongholds": a side's stronghold set off by a comma or a dash after a place says that the
    /// side holds the place (the places of a list, for the plural). The side stands before the
    /// noun, past at most two plain words ("last", "main"); a determiner or a number may open the
    /// aside. Anything else in it ("a former IS stronghold", "an IS-held stronghold") is no such
    /// aside. The caller has read `k` as the noun of a stronghold; Arabic words go to
    /// `arabicAppositiveStronghold`.
    func appositiveStronghold(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> (actor: String, places: [Int])? {
        if state.isArabic(items[k]) { return arabicAppositiveStronghold(items, k, clause, state) }
        guard !items[k].breakBefore else { return nil }
        if k >= 1, case .actor(let holder) = items[k - 1].item, !items[k].hyphenBefore, let subject = copularSubjectOfStronghold(items, sideAt: k - 1, clause, state) {
            return (holder, [subject])
        }
        var q = k - 1
        var words = 0
        while q > clause.lowerBound, case .word = items[q].item, !items[q].breakBefore, words < 2 {
            q -= 1
            words += 1
        }
        guard q > clause.lowerBound, case .actor(let holder) = items[q].item, !items[q + 1].hyphenBefore else { return nil }
        if !(items[q].commaBefore || items[q].strongBreakBefore) {
            func opens(_ w: String) -> Bool { lexicon.isWord(w, .determiner) || w.allSatisfy(\.isNumber) || lexicon.isWord(w, .countWord) }
            // "Mosul, the last IS stronghold": plain words may stand before the side too, two in all.
            while words < 2, !items[q].breakBefore, q - 1 > clause.lowerBound, case .word(let w) = items[q - 1].item, !opens(w) {
                q -= 1
                words += 1
            }
            guard !items[q].breakBefore, q - 1 > clause.lowerBound, case .word(let opener) = items[q - 1].item, opens(opener) else { return nil }
            q -= 1
            // "X, one of the last rebel strongholds": one of a plural noun's places.
            if !(items[q].commaBefore || items[q].strongBreakBefore), q - 2 > clause.lowerBound, !items[q].breakBefore,
               opensOneOf(items, at: q - 2, state) {
                q -= 2
            }
        }
        guard items[q].commaBefore || items[q].strongBreakBefore else { return nil }
        // "Mosul in the north, an IS bastion", "Raqqa in northern Syria, ...": a locative phrase of
        // words alone (no other place) may stand between the place and the aside.
        var p = q - 1
        if !items[p].isPlace {
            var words = 0
            while p > clause.lowerBound, words < 3, !items[p].breakBefore, case .word = items[p].item { p -= 1; words += 1 }
            guard words > 0, p > clause.lowerBound, items[p].isCue(.locative), !items[p].breakBefore else { return nil }
            p -= 1
        }
        guard case .place(let m) = items[p].item, isHeldPlaceOfAside(m, at: p, items, clause, state) else { return nil }
        let plural = state.keyOf(items[k]).hasSuffix("s") && !opensOneOf(items, at: q, state)
        return (holder, plural ? listEndingAt(m, items, before: p + 1, clause, state: state) : [m])
    }

    /// A reading of fighting ("clashes in", "معارك داخل"), which puts the place right after it.
    func isFight(_ item: PositionedItem) -> Bool {
        if case .predicate(let p) = item.item { return p.kind == .contested }
        return false
    }

    /// "مدينة الرقة، معقل تنظيم داعش", "الرقة، أبرز معاقل التنظيم", "الرقة معقل داعش": the noun
    /// of a stronghold in the construct with its side, right after a place or after a comma that
    /// follows it, past at most two words before the noun ("أبرز", "آخر"). The noun is written
    /// bare: "المعقل" and "ومعقل" open other phrases.
    func arabicAppositiveStronghold(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> (actor: String, places: [Int])? {
        guard lexicon.isWord(state.writtenKeyOf(items[k]), .strongholdNoun), k + 1 < clause.upperBound,
              !items[k + 1].breakBefore, case .actor(let holder) = items[k + 1].item else { return nil }
        var q = k
        var words = 0
        while q > clause.lowerBound, !(items[q].commaBefore || items[q].strongBreakBefore), words < 2, case .word = items[q - 1].item {
            q -= 1
            words += 1
        }
        // "وتعد X من أبرز معاقل Y", "وتعتبر X آخر معاقل Y": after a verb of considering, the
        // words (and a partitive "من") may stand between the place and the noun, as no comma sets
        // them off.
        let setOff = items[q].commaBefore || items[q].strongBreakBefore
        if !setOff, q > clause.lowerBound + 1, items[q - 1].isCue(.from), !items[q].breakBefore { q -= 1 }
        let considered = q - 2 >= clause.lowerBound && !items[q].breakBefore && !items[q - 1].breakBefore
            && { if case .word(let w) = items[q - 2].item { return isWordAfterConjunction(w, .considerationVerb) } else { return false } }()
        // With no comma the noun stands right after the place.
        guard q > clause.lowerBound, setOff || q == k && !items[k].breakBefore || considered,
              case .place(let m) = items[q - 1].item else { return nil }
        guard isHeldPlaceOfAside(m, at: q - 1, items, clause, state) else { return nil }
        return (holder, [m])
    }

    /// "Tal Afar is an IS bastion", "X remains one of the last rebel strongholds": the place that
    /// opens the clause as the subject of a present copula, with only the qualifiers of a
    /// stronghold between the copula and the side at `q`.
    func copularSubjectOfStronghold(_ items: [PositionedItem], sideAt q: Int, _ clause: Range<Int>, _ state: DocumentState) -> Int? {
        var j = q - 1
        while j > clause.lowerBound, !items[j + 1].breakBefore, case .word(let w) = items[j].item, !lexicon.isWord(w, .presentCopula) {
            guard lexicon.isWord(w, .strongholdQualifier) else { return nil }
            j -= 1
        }
        guard j > clause.lowerBound, !items[j + 1].breakBefore, !items[j].breakBefore,
              case .word(let copula) = items[j].item, lexicon.isWord(copula, .presentCopula),
              case .place(let m) = items[j - 1].item,
              items[clause.lowerBound..<(j - 1)].allSatisfy({ if case .word = $0.item { return true } else { return false } }),
              isHeldPlaceOfAside(m, at: j - 1, items, clause, state) else { return nil }
        return m
    }

    /// Whether the place `m` at `p`, set off by a stronghold aside, is a place the aside can say
    /// is held now.
    func isHeldPlaceOfAside(_ m: Int, at p: Int, _ items: [PositionedItem], _ clause: Range<Int>, _ state: DocumentState) -> Bool {
        // ("fighting inside X, an IS stronghold", "معارك داخل X، معقل داعش": a place after a
        // locative or a fight is where the clause's event happens, which says more of it now
        // than the aside.)
        if p >= 1, items[p - 1].isCue(.locative) || isFight(items[p - 1]) { return false }
        // ("X, south of Y, the last IS stronghold", "مركز X جنوب غربي Y، آخر معاقل التنظيم": Y
        // only says where X lies.)
        let mention = state.input.resolutions[m].mention
        if mention.isWeak || mention.isForeign || isRegion(m, state) || state.excluded.contains(m) || state.isLocatedByDirection(m) { return false }
        // "Rebels left Raqqa, their last stronghold": held until the leaving the clause reports.
        return !items[clause.lowerBound..<p].contains { if case .predicate(let pr) = $0.item { return pr.kind == .withdrew } else { return false } }
    }

    /// The compound holder at `k` ("the IS stronghold of", "the rebel-held") names the object of
    /// an active English verb of taking right before it, past a determiner and the side.
    func isObjectOfTaking(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Bool {
        guard !state.isArabic(items[k]), k >= 2, case .actor = items[k - 1].item else { return false }
        var j = k - 2
        while j > clause.lowerBound, case .word(let w) = items[j].item, lexicon.isWord(w, .determiner) { j -= 1 }
        // "seized full control Friday of the IS stronghold of X": the day parts the verb's phrase
        // from its "of", and "control" stands alone.
        if j > clause.lowerBound + 1, case .word(let w) = items[j].item, w == "of" || w == "over" {
            j -= 1
            while j > clause.lowerBound, case .date = items[j].item { j -= 1 }
            guard j > clause.lowerBound, case .predicate(let held) = items[j].item, held.kind == .holds,
                  state.lastKeyOf(items[j]) == "control" else { return false }
            j -= 1
        }
        guard j >= clause.lowerBound, case .predicate(let p) = items[j].item else { return false }
        return [.captured, .recaptured].contains(p.kind) && p.voice == .active
    }

    /// The place before an aside between commas that locates it ("Mosul, 400 km north of
    /// Baghdad, has been ..."), when the verb at `k` follows the aside's closing comma.
    func headBeforeLocatingAside(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>) -> Int? {
        guard let at = items[clause.lowerBound..<k].lastIndex(where: \.isPlace),
              let close = items[(at + 1)...k].firstIndex(where: \.commaBefore) else { return nil }
        // Only auxiliaries between the closing comma and the verb.
        guard items[close..<k].allSatisfy({ if case .word(let w) = $0.item { return isAnyAuxiliary(w) } else { return false } }) else { return nil }
        var q = at
        var locates = false
        while q > clause.lowerBound {
            if case .cue(let c) = items[q].item, c.role == .locative { locates = true }
            if items[q].commaBefore {
                guard locates, case .place(let head) = items[q - 1].item else { return nil }
                return head
            }
            q -= 1
        }
        return nil
    }

    /// The place before an appositive between commas that renames it ("Raqqa, the de facto
    /// capital of IS, is still held by ...", "X, a town of 20,000 people, was taken by ..."), when
    /// the verb at `k` follows the appositive's closing comma. The appositive opens with an
    /// article and holds no verb, side or clause of its own.
    func headBeforeAppositive(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Int? {
        guard let (open, close) = asideClosedBefore(items, k, clause, holding: { item in
                  switch item.item {
                  // ("X, the IS stronghold, was taken by Y": a noun of holding renames the place;
                  // "X, the last town held by IS in Syria,", "the last IS-held town", "the last
                  // town under IS control": a holding that qualifies the appositive's noun.)
                  case .predicate(let p): return p.kind == .holds && (!state.isArabic(item)
                      || p.voice == .state && item.end - item.start == 1 && lexicon.isWord(state.keyOf(item), .strongholdNoun))
                  case .cue(let c): return c.role != .clause
                  default: return true
                  }
              }),
              // ("X, the former IS capital, is ...": "the former" is read as a cue of history.)
              // ("X, Iraq's second city, is ...": a possessive name determines the noun as an article does.)
              items[open].isCue(.background) || { if case .word(let article) = items[open].item { return lexicon.isWord(article, .determiner) } else { return false } }()
                || possessiveBeforeNoun(items, open, close, state),
              case .place(let head) = items[open - 1].item, !state.input.resolutions[head].mention.isWeak
        else { return nil }
        // A side in the aside only qualifies its noun ("the IS capital"); a side standing alone
        // there is a clause of its own.
        for i in open..<close {
            guard case .actor = items[i].item else { continue }
            // ("the last town held by IS": the holding's agent; "the last town in Iraq": a country
            // after a locative, where the town lies.)
            if i > open, case .predicate(let p) = items[i - 1].item, p.kind == .holds { continue }
            if i > open, items[i - 1].isCue(.locative) { continue }
            guard i + 1 < close, !items[i + 1].breakBefore else { return nil }
            switch items[i + 1].item {
            case .word, .predicate: continue
            default: return nil
            }
        }
        return head
    }

    /// "Iraq's second-largest city", "Idlib's main town": an English name in the possessive
    /// opening a phrase, a plain word after it; it determines the noun as an article does.
    func possessiveBeforeNoun(_ items: [PositionedItem], _ open: Int, _ close: Int, _ state: DocumentState) -> Bool {
        guard !state.isArabic(items[open]), items[open].end > items[open].start, open + 1 < close, !items[open + 1].breakBefore,
              case .word = items[open + 1].item else { return false }
        switch items[open].item {
        case .word, .place: return state.input.text.isPossessive(token: state.input.stream.words[items[open].end - 1].token)
        default: return false
        }
    }

    /// The place an English appositive renames when the participle at `k` qualifies the
    /// appositive's noun ("Darayya, a Damascus suburb besieged by government forces, ...", "X, a
    /// village south of Y captured by rebels on Monday, ..."): what the participle says happened
    /// to the noun happened to the place before the comma; a place inside the appositive only
    /// says where it lies. The appositive opens with an article and holds no verb, side or
    /// clause before the participle.
    func headOfAppositiveAround(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Int? {
        guard !state.isArabic(items[k]) else { return nil }
        var open = k - 1
        while open > clause.lowerBound, !items[open].commaBefore {
            switch items[open].item {
            case .predicate, .actor: return nil
            case .cue(let c) where c.role == .clause || c.role == .report: return nil
            default: open -= 1
            }
            // ("A, the town of B and C were seized": a list, no appositive.)
            if ["and", "or"].contains(state.keyOf(items[open + 1])) { return nil }
            if k - open > 8 { return nil }
        }
        guard open > clause.lowerBound, open < k - 1, items[open].commaBefore,
              case .word(let article) = items[open].item, lexicon.isWord(article, .determiner),
              case .place(let head) = items[open - 1].item, !state.input.resolutions[head].mention.isWeak
        else { return nil }
        return head
    }

    /// The place before a participle aside between commas ("X, seized by rebels in 2015, was
    /// retaken by the army", "X, held by IS since 2014, is now under Y's control"), when the verb
    /// at `k` follows the aside's closing comma. The aside opens with the participle right after
    /// the place's comma and holds no other verb or clause; its own event is read on its own.
    func headBeforeParticipleAside(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Int? {
        guard let (open, _) = asideClosedBefore(items, k, clause, holding: { item in
                  switch item.item {
                  case .predicate: return false
                  case .cue(let c): return c.role != .clause
                  default: return true
                  }
              }),
              case .predicate(let participle) = items[open].item, !state.isArabic(items[open]),
              participle.voice == .passive || participle.voice == .state || items[open + 1].isCue(.agent),
              case .place(let head) = items[open - 1].item, !state.input.resolutions[head].mention.isWeak
        else { return nil }
        return head
    }

    /// An aside between commas that closes right before the verb at `k` (auxiliaries, "still"
    /// and fillers between): where it opens (the item after its first comma, a place or more
    /// before it) and where it closes. Every item after its first one must be `holding`.
    func asideClosedBefore(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>,
                           holding: (PositionedItem) -> Bool) -> (open: Int, close: Int)? {
        var close = k
        while close > clause.lowerBound, !items[close].commaBefore {
            close -= 1
            switch items[close].item {
            case .word(let w) where isAnyAuxiliary(w): continue
            case .cue(let c) where c.role == .still || c.role == .filler: continue
            default: return nil
            }
        }
        guard close > clause.lowerBound + 2 else { return nil }
        var open = close - 1
        while open > clause.lowerBound, !items[open].commaBefore {
            guard holding(items[open]) else { return nil }
            open -= 1
        }
        guard open > clause.lowerBound, items[open].commaBefore, open + 1 < close else { return nil }
        return (open, close)
    }

    /// An auxiliary of the passive or the perfect ("was", "been", "have", "had").
    func isAnyAuxiliary(_ key: String) -> Bool {
        lexicon.isWord(key, .auxiliary) || lexicon.isWord(key, .perfectAuxiliary)
    }

    /// Cue words after which a side is not the subject: where it comes from, whose support, who
    /// besieges, by whom, against whom.
    static let otherThanSubject: Set<CueRole> = [.from, .support, .besieger, .agent, .target]

    /// "opened fire on ISIL positions": an English side right after "on", "against", "at" or
    /// "toward(s)" is an object, never a subject.
    func isAfterObjectPreposition(_ items: ArraySlice<PositionedItem>, _ j: Int, _ state: DocumentState) -> Bool {
        guard j > items.startIndex, !state.isArabic(items[j]), !items[j].breakBefore else { return false }
        return ["on", "against", "at", "toward", "towards"].contains(state.keyOf(items[j - 1]))
    }

    /// A share or part said just before the place a predicate that follows is about ("half of
    /// X", "60 percent of X", "60% من X", "parts of X").
    func readShare(before place: Int, _ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, into reading: inout Reading) {
        // ("The eastern part of the town is under X's control": the place is an anaphor's.)
        guard let idx = itemIndex(ofPlace: place, in: items, clause.lowerBound..<k)
                ?? items[clause.lowerBound..<k].lastIndex(where: { $0.isCue(.anaphor) })
        else { return }
        // (A share said of another place before this one is that place's: "in the west of X and Y".)
        let start = items[max(clause.lowerBound, idx - 4)..<idx].lastIndex(where: \.isPlace).map { $0 + 1 } ?? max(clause.lowerBound, idx - 4)
        func read(_ at: Int) {
            if case .cue(let c) = items[at].item {
                if c.role == .partial { reading.partial = true }
                if c.role == .fraction { reading.share = Double(c.value) }
                if c.role == .percent, at > 0, case .number(let n) = items[at - 1].item, n > 0, n <= 100 { reading.share = n / 100 }
            }
        }
        for at in start..<idx { read(at) }
        // "5% of the original territory of X remained in rebel hands": the share of the place's
        // extent is the place's.
        if !reading.partial, reading.share == nil, let at = shareOfExtent(before: idx, items, clause) { read(at) }
    }

    /// "parts of A, B and C remained under IS control": a part said before the first name of a
    /// list is of every name in it (a share is left to the name it stands before).
    func readPartBeforeList(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, into reading: inout Reading) {
        guard reading.places.count > 1, !reading.partial, reading.share == nil, let first = reading.places.first else { return }
        var probe = reading
        readShare(before: first, items, k, clause, into: &probe)
        if probe.partial, probe.share == nil { reading.partial = true }
    }

    /// "All the bridges of X were under Y's control", "the road of X was taken": the subject
    /// before an English passive or state is a thing of the place, not the place.
    func isThingOfPlace(_ place: Int, _ items: [PositionedItem], before k: Int, _ clause: Range<Int>) -> Bool {
        // ("All the bridges of the city": the place may be an anaphor's.)
        guard let at = itemIndex(ofPlace: place, in: items, clause.lowerBound..<k)
                ?? items[clause.lowerBound..<k].lastIndex(where: { $0.isCue(.anaphor) }), at - 2 >= clause.lowerBound,
              !items[at].breakBefore, case .word("of") = items[at - 1].item, !items[at - 1].breakBefore else { return false }
        return items[at - 2].isCue(.object)
    }

    /// The share cue before "of the (...) territory/area of" the place at `idx`, if the phrase
    /// holds only words.
    func shareOfExtent(before idx: Int, _ items: [PositionedItem], _ clause: Range<Int>) -> Int? {
        guard idx - 2 > clause.lowerBound, case .word("of") = items[idx - 1].item, !items[idx].breakBefore else { return nil }
        var q = idx - 2
        var extent = false
        while q >= clause.lowerBound, idx - q <= 7, !items[q + 1].breakBefore, case .word(let w) = items[q].item {
            if lexicon.isWord(w, .extentNoun) { extent = true }
            q -= 1
        }
        // (The cue may have taken its "of" in: "two-thirds of" is one item, "5" "%" "of" three.)
        guard extent, q >= clause.lowerBound, case .cue(let c) = items[q].item, [.partial, .fraction, .percent].contains(c.role) else { return nil }
        return q
    }

    /// The side after a noun of doing ("قيام") whose phrase, attributes and conjuncts only, runs
    /// up to the verbal noun at `k` written with ب ("بانسحاب", "بطرد").
    func doerAfterAgentNoun(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> String? {
        var written = Substring(state.writtenKeyOf(items[k]))
        if written.hasPrefix("\u{0648}") || written.hasPrefix("\u{0641}") { written = written.dropFirst() }
        guard written.hasPrefix("\u{0628}") else { return nil }
        var q = k - 1
        while q >= max(clause.lowerBound, k - 9) {
            if items[q + 1].strongBreakBefore { return nil }
            switch items[q].item {
            case .actor, .word: break
            // ("قيام عناصر من الشرطة بطرد": fighters of a side.)
            case .cue where isPartitive(items, q, state): break
            default: return nil
            }
            if case .word(let w) = items[q].item, lexicon.isWord(w, .agentNoun) {
                for it in items[(q + 1)..<k] { if case .actor(let a) = it.item { return a } }
                return nil
            }
            q -= 1
        }
        return nil
    }

    /// "سيطرتها", "وقبضته": a noun of holding that carries a possessive pronoun (its stem and
    /// the pronoun are word classes), which refers to the holder.
    func carriesHoldersPronoun(_ item: PositionedItem, _ state: DocumentState) -> Bool {
        holdersPronoun(item, state) != nil
    }

    /// The possessive pronoun a noun of holding carries ("ها" of "سيطرتها"), nil if none.
    /// ("تحت سيطرتها", "الخاضعة لسيطرته": the noun may end a phrase.)
    func holdersPronoun(_ item: PositionedItem, _ state: DocumentState) -> String? {
        let word = state.keyOf(item)
        let peeled = word.hasPrefix("\u{0648}") || word.hasPrefix("\u{0641}") ? [String(word.dropFirst())] : []
        let last = item.end - item.start > 1 ? [state.lastKeyOf(item)] : []
        for form in [word] + peeled + last {
            for stem in lexicon.words(of: .holdingNoun) where form.hasPrefix(stem) {
                let suffix = String(form.dropFirst(stem.count))
                if lexicon.isWord(suffix, .possessiveSuffix) { return suffix }
            }
        }
        return nil
    }

    /// Whether the side at `j` can be what a pronoun asking for `agreement` refers to: the noun
    /// of fighters that heads it ("مقاتلي تنظيم الدولة") or its own first word agrees, or its
    /// form does not say.
    func sideAgrees(_ items: [PositionedItem], _ j: Int, with agreement: ArabicAgreement?, _ state: DocumentState) -> Bool {
        guard let agreement else { return true }
        var head = state.writtenKeyOf(items[j])
        if j > 0, !items[j].breakBefore, case .word(let w) = items[j - 1].item, lexicon.isWord(w, .forceNoun) { head = w }
        guard let form = ArabicAgreement(head: head, lexicon: lexicon) else { return true }
        return form == agreement
    }

    /// A noun of `stems` with a possessive pronoun written on it ("سيطرتها", "ميليشياته").
    func carriesPossessive(_ form: String, on stems: ExtractionLexicon.WordClass) -> Bool {
        lexicon.words(of: stems).contains { form.hasPrefix($0) && lexicon.isWord(String(form.dropFirst($0.count)), .possessiveSuffix) }
    }

    /// The side nearest before `k` in its clause, unless a word of another role ("from", "with
    /// the support of", "against") or another predicate stands right before it: the noun
    /// phrase a possessive pronoun refers to. Of sides joined by و ("هيئة تحرير الشام والفصائل
    /// المتحالفة معها تعلن سيطرتها") the first is the head.
    /// A side whose form disagrees with the pronoun ("سيطرتها" after "تنظيم الدولة") is passed by.
    func possessorBefore(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> String? {
        let agreement = holdersPronoun(items[k], state).flatMap { ArabicAgreement(pronoun: $0) }
        for j in stride(from: k - 1, through: clause.lowerBound, by: -1) {
            guard case .actor(let a) = items[j].item, sideAgrees(items, j, with: agreement, state) else { continue }
            if j > clause.lowerBound, case .cue(let c) = items[j - 1].item, Self.otherThanSubject.contains(c.role) { continue }
            // "مدعومة بطيران التحالف": one noun may stand between such a word and the side.
            if j - 1 > clause.lowerBound, case .word = items[j - 1].item, case .cue(let c) = items[j - 2].item, c.role == .support { continue }
            // "بعد طرد داعش من X سيطرتها": a side right after another predicate is its own.
            // (Not the sides of a fight: "الاشتباكات بين الفصائل والجيش بعد سيطرتها" is either's.)
            if j > clause.lowerBound, case .predicate(let p) = items[j - 1].item, p.voice != .clash { continue }
            var head = (a, j)
            while head.1 > clause.lowerBound, state.writtenKeyOf(items[head.1]).hasPrefix("\u{0648}"),
                  case .actor(let first) = items[head.1 - 1].item, sideAgrees(items, head.1 - 1, with: agreement, state) {
                head = (first, head.1 - 1)
            }
            return head.0
        }
        return nil
    }

    /// "X تحت سيطرتها", "X الخاضعة لسيطرته": an Arabic state whose noun of holding carries its
    /// holder as a pronoun. The side it refers to: the agreeing side before it in its clause,
    /// else the side the previous sentence named, when this sentence names none before it and
    /// every side the previous one named is one.
    func pronounHolderOfState(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> (actor: String, index: Int)? {
        guard state.isArabic(items[k]), holdersPronoun(items[k], state) != nil else { return nil }
        guard let a = possessorBefore(items, k, clause, state) ?? reporterBefore(items, k, state)
                ?? soleSideOfPreviousSentence(items, before: k, state) else { return nil }
        return (a, k)
    }

    /// "هاجم التنظيم قوات النظام بعد سيطرتها على X": a noun of holding that opens a clause of
    /// time refers, by its pronoun, to a side of the clause before; only where the pronoun's
    /// gender tells the sides named there apart (one of them cannot be what it stands for).
    func possessorBeforeClause(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> String? {
        let t = clause.lowerBound - 1
        guard t > 0, k - clause.lowerBound <= 1, case .cue(let c) = items[t].item, c.role == .clause, c.value == "temporal",
              let agreement = holdersPronoun(items[k], state).flatMap({ ArabicAgreement(pronoun: $0) }) else { return nil }
        let outer = clauseBounds(items, around: t - 1)
        let sides = items[outer.lowerBound..<t].indices.filter { if case .actor = items[$0].item { return true } else { return false } }
        guard sides.contains(where: { !sideAgrees(items, $0, with: agreement, state) }) else { return nil }
        return possessorBefore(items, k, outer.lowerBound..<k, state)
    }

    /// The agent word "by" (not the "to" of "fell to").
    func isAgentBy(_ items: [PositionedItem], _ q: Int, _ state: DocumentState) -> Bool {
        items[q].isCue(.agent) && state.keyOf(items[q]) == "by"
    }

    /// The side after the agent word "by" further on in the clause of the English passive at `k`
    /// ("captured in a raid by Y"), no comma, predicate or word of reporting between.
    func agentAfterAdjunct(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> String? {
        for q in (k + 1)..<min(clause.upperBound, k + 10) {
            if items[q].breakBefore { return nil }
            switch items[q].item {
            case .predicate: return nil
            case .cue(let c) where c.role == .report || c.role == .attribution: return nil
            case .cue where isAgentBy(items, q, state):
                let side = afterDeterminers(items, from: q + 1, to: clause.upperBound)
                guard side < clause.upperBound, !items[side].breakBefore, case .actor(let a) = items[side].item else { return nil }
                return a
            default: continue
            }
        }
        return nil
    }

    /// The agent word "by" of an English participle: right after it, or after a phrase of time
    /// ("besieged for two and a half years by IS") with the side right after the word.
    func agentAfterParticiple(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Int? {
        guard k + 1 < clause.upperBound else { return nil }
        if isAgentBy(items, k + 1, state) { return k + 1 }
        guard items[k].end - items[k].start == 1, state.keyOf(items[k]).hasSuffix("ed"), state.keyOf(items[k + 1]) == "for" else { return nil }
        for q in (k + 2)..<min(clause.upperBound, k + 9) {
            if items[q].breakBefore { return nil }
            switch items[q].item {
            case .word, .number, .date: continue
            case .cue(let c) where [.fraction, .filler].contains(c.role): continue
            case .cue where isAgentBy(items, q, state):
                guard q + 1 < clause.upperBound, !items[q + 1].breakBefore else { return nil }
                let side = afterDeterminers(items, from: q + 1, to: clause.upperBound)
                if side < clause.upperBound, case .actor = items[side].item { return q }
                return nil
            default: return nil
            }
        }
        return nil
    }

    /// A word of the class, also with the conjunction و written on it ("وعادت", "وباتت"): the
    /// conjunction stays on a word the lexicon does not know as a phrase.
    func isWordAfterConjunction(_ key: String, _ wordClass: ExtractionLexicon.WordClass) -> Bool {
        lexicon.isWord(key, wordClass) || key.hasPrefix("\u{0648}") && lexicon.isWord(String(key.dropFirst()), wordClass)
    }

    /// The first index from `q` (before `end`) that is not an article or determiner ("the", "its").
    func afterDeterminers(_ items: [PositionedItem], from q: Int, to end: Int) -> Int {
        var q = q
        while q < end, isDeterminer(items, q) { q += 1 }
        return q
    }

    /// Whether a side stands right after a subordinating conjunction ("when the army took X"), an
    /// article between them aside. The conjunctions are stop words, so the text is read.
    func opensSubordinateClause(_ item: PositionedItem, _ state: DocumentState) -> Bool {
        guard case .actor = item.item else { return false }
        let tokens = state.input.text.tokens
        var t = state.input.stream.words[item.start].token - 1
        if t >= 0, ["the", "a", "an"].contains(tokens[t].key) { t -= 1 }
        // ("the army as well as Hezbollah", "groups such as IS": "as" joins a noun there.)
        if t >= 1, tokens[t].key == "as", ["well", "such"].contains(tokens[t - 1].key) { return false }
        return t >= 0 && tokens[t].kind == .word && lexicon.isWord(tokens[t].key, .subordinator)
    }

    /// Whether the item at `i` is an article or determiner ("the", "its").
    func isDeterminer(_ items: [PositionedItem], _ i: Int) -> Bool {
        if case .word(let w) = items[i].item { return lexicon.isWord(w, .determiner) }
        return false
    }

    /// "Al-Fateh Army, which consists of Nusra and Ahrar al-Sham, have seized X": the side a
    /// relative aside between commas describes is the subject of the verb right after the aside.
    func relativeAsideHead(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> String? {
        var q = k
        // ("..., have been in control of X": the perfect's auxiliaries too; "had" is also a cue.)
        while q > clause.lowerBound, items[q - 1].end - items[q - 1].start == 1, isAnyAuxiliary(state.keyOf(items[q - 1])) { q -= 1 }
        guard items[q].commaBefore else { return nil }
        for r in stride(from: q - 1, through: max(1, q - 12), by: -1) {
            if items[r].strongBreakBefore { return nil }
            if case .cue(let c) = items[r].item, c.role == .clause, c.value == "relative", items[r].commaBefore {
                if case .actor(let a) = items[r - 1].item { return a }
                return nil
            }
            // Another comma: the aside does not end right before the verb.
            if items[r].commaBefore { return nil }
        }
        return nil
    }

    /// "retake towns from IS militants, which seized X", "من داعش الذي سيطر على X": a relative
    /// word right after a side, then the verb (past its auxiliaries and adverbs), opens a clause
    /// whose subject is that side, whatever governs the side itself.
    func sideBeforeRelativeWord(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> String? {
        var q = k
        if !state.isArabic(items[k]) {
            while q > 0, !items[q].breakBefore {
                if case .word(let w) = items[q - 1].item, isAnyAuxiliary(w) || w.hasSuffix("ly") { q -= 1; continue }
                // "which had seized X": "had" is a cue of earlier history.
                if items[q - 1].isCue(.background) { q -= 1; continue }
                break
            }
        }
        guard q >= 2, !items[q].breakBefore, case .cue(let c) = items[q - 1].item, c.role == .clause, c.value == "relative",
              case .actor(let side) = items[q - 2].item else { return nil }
        // "قسد المدعومة من الولايات المتحدة والتي استولت": a relative joined by "و" adds to an
        // earlier description of the head, not of the side right before it; "backed by the US,
        // which ...": the backer is not what the clause is about.
        if state.isArabic(items[q - 1]), state.writtenKeyOf(items[q - 1]).hasPrefix("\u{0648}") { return nil }
        if q >= 3, case .cue(let before) = items[q - 3].item, [.agent, .support].contains(before.role) { return nil }
        return side
    }

    /// "وسيطرت الأخيرة على X" (Arabic: right after the verb), "the latter took X" (English: right
    /// before it, an auxiliary between): the side named last before it in the sentence.
    func latterSide(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> String? {
        let isLatter = { (i: Int) -> Bool in
            guard i >= 0, i < items.count, case .cue(let c) = items[i].item else { return false }
            return c.role == .filler && c.value == "latter"
        }
        var at: Int?
        if state.isArabic(items[k]) {
            if isLatter(k + 1) { at = k + 1 }
            // "وسيطرت الأخيرة على X واستعادت السيطرة على Y": a verb joined by و, with no side of its
            // own, shares the latter of the verb before it.
            if at == nil, state.writtenKeyOf(items[k]).hasPrefix("\u{0648}"),
               let previous = items[..<k].lastIndex(where: { if case .predicate = $0.item { return true } else { return false } }),
               isLatter(previous + 1),
               !items[(previous + 2)..<k].contains(where: { if case .actor = $0.item { return true } else { return $0.strongBreakBefore } }),
               !(k + 1 < items.count && { if case .actor = items[k + 1].item { return true } else { return false } }()) {
                at = previous + 1
            }
        } else {
            var q = k - 1
            while q > 0, case .word(let w) = items[q].item, isAnyAuxiliary(w) { q -= 1 }
            if isLatter(q) { at = q }
        }
        guard let latter = at else { return nil }
        for j in stride(from: min(k, latter) - 1, through: 0, by: -1) {
            if case .actor(let a) = items[j].item { return a }
        }
        return nil
    }

    /// "وسيطرت العشائر على X", "سيطرت إسرائيل على Y": a noun between an Arabic verb and its "على"
    /// stands where the verb's subject does; a subject the lexicon does not know is no side, and
    /// the side an earlier sentence was about is not it. (An adverb, "تماما", "مجددا", ends in the
    /// alif of its accusative and is no subject.)
    func unknownArabicSubject(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Bool {
        guard state.isArabic(items[k]), case .predicate(let p) = items[k].item, p.voice == .active || p.voice == .present else { return false }
        var j = k + 1
        var nouns = 0
        while j < clause.upperBound, nouns < 2, !items[j].breakBefore, case .word(let w) = items[j].item, !lexicon.isWord(w, .objectMarker) {
            guard !lexicon.stopwords.contains(w), !w.hasSuffix("\u{0627}") else { return false }
            nouns += 1
            j += 1
        }
        guard nouns > 0, j < clause.upperBound, !items[j].breakBefore, case .word(let marker) = items[j].item else { return false }
        return lexicon.isWord(marker, .objectMarker)
    }

    /// "In 1982 Israel seized X", "Hamas took Y": a capitalized name the lexicon knows as no side,
    /// right before a finite verb, is its subject; the side an earlier sentence was about is not
    /// it. A capital opening the sentence says nothing unless the word is no common one ("They",
    /// "Following" are words).
    func unknownNamedSubject(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Bool {
        guard !state.isArabic(items[k]), case .predicate(let p) = items[k].item, p.voice == .active || p.voice == .present,
              !state.keyOf(items[k]).hasSuffix("ing"),
              let j = itemBeforeVerbGroup(items, k, floor: clause.lowerBound), !items[j + 1].breakBefore,
              case .word(let w) = items[j].item, items[j].end - items[j].start == 1 else { return false }
        let words = state.input.stream.words
        let opensSentence = j == 0
        guard words[items[j].start].isCapitalized, !lexicon.stopwords.contains(w), !lexicon.isWord(w, .determiner),
              !lexicon.isWord(w, .auxiliary), !lexicon.isWord(w, .sequenceAdverb), !lexicon.isWord(w, .unnamedForce) else { return false }
        return !opensSentence || !lexicon.commonWords.contains(w)
    }

    /// An English subject right before the verb that is a bare force noun ("Militants initially
    /// took", "Some gunmen have seized", "local tribal fighters took"): fighters named without
    /// their side. A noun with a possessive or a side's modifier ("our forces", "Iraqi special
    /// operations forces") is someone's: not bare.
    func unnamedForceSubject(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>) -> Bool {
        guard let j = unnamedForceNoun(items, before: k, clause) else { return false }
        // "local tribal fighters took X", "an alliance of Islamist groups seized X": the
        // words before the noun describe it without saying whose it is, unless one is a
        // possessive or a side's modifier ("our forces", "Iraqi special operations forces").
        var q = j - 1
        while q >= clause.lowerBound, !items[q + 1].breakBefore, case .word(let before) = items[q].item {
            if lexicon.isWord(before, .possessive) || lexicon.actorModifiers[before] != nil { return false }
            q -= 1
        }
        if q >= clause.lowerBound, !items[q + 1].breakBefore, case .actor = items[q].item { return false }
        // "Syrian soldiers, backed by popular defense groups, took X": the groups back the subject.
        if q >= clause.lowerBound, case .cue(let c) = items[q].item, c.role == .support { return false }
        return true
    }

    /// Where a noun of fighters that names no side ("fighters", "troops") stands as the subject
    /// of the English verb at `k`, fillers, adverbs and auxiliaries between them aside.
    func unnamedForceNoun(_ items: [PositionedItem], before k: Int, _ clause: Range<Int>) -> Int? {
        for j in stride(from: k - 1, through: clause.lowerBound, by: -1) {
            switch items[j].item {
            case .cue(let c) where c.role == .filler:
                continue
            case .word(let w):
                if w.hasSuffix("ly") || w == "also" || w == "then" || w == "have" || w == "has" || w == "had"
                    || lexicon.isWord(w, .auxiliary) { continue }
                return lexicon.isWord(w, .unnamedForce) ? j : nil
            default:
                return nil
            }
        }
        return nil
    }

    /// The side that a definite noun of fighters naming none ("the fighters", "these troops") as
    /// the subject of the English verb at `k` refers back to: the side named earlier in the
    /// sentence, or else in the sentence before, when every side named there is one side.
    func referentOfDefiniteForce(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> String? {
        guard let j = unnamedForceNoun(items, before: k, clause), j >= 1, !items[j].breakBefore else { return nil }
        // "Its fighters also took Y", "the group's fighters": whose they are refers back as well.
        if let owner = possessiveReferringBack(items, endingAt: j - 1, clause, state) { return owner.actor }
        guard case .word(let article) = items[j - 1].item, ["the", "these", "those"].contains(article) else { return nil }
        let before = items[..<(j - 1)].compactMap { it -> String? in
            if case .actor(let a) = it.item { return state.resolveGeneric(a) } else { return nil }
        }
        let named = before.isEmpty ? state.previousSentenceActors : before
        guard let last = named.last, named.allSatisfy({ lexicon.side(of: $0) == lexicon.side(of: last) }) else { return nil }
        return last
    }

    /// "its", "their", "the group('s)" ending at `q`, referring back to the side the previous
    /// sentence named ("IS shelled X. Its fighters took Y", "... Y remains under the group's
    /// control"): that side, and where the possessive begins. Only when the sentence names no
    /// side before it (else "their" may be any of them: "jets struck areas under their
    /// control") and every side the previous sentence named is one.
    func possessiveReferringBack(_ items: [PositionedItem], endingAt q: Int, _ clause: Range<Int>, _ state: DocumentState) -> (actor: String, start: Int)? {
        guard q >= clause.lowerBound, !state.isArabic(items[q]), case .word(let w) = items[q].item else { return nil }
        var start = q
        if lexicon.isWord(w, .groupNoun) {
            guard q > clause.lowerBound, !items[q].breakBefore, state.keyOf(items[q - 1]) == "the" else { return nil }
            start = q - 1
        } else if !lexicon.isWord(w, .thirdPersonPossessive) {
            return nil
        }
        return soleSideOfPreviousSentence(items, before: start, state).map { ($0, start) }
    }

    /// The side a possessive or a pronoun at `q` refers back to across the sentence boundary: the
    /// last one the previous sentence named, when every side it named is one and this sentence
    /// names none before `q` (else the word may stand for any of them).
    func soleSideOfPreviousSentence(_ items: [PositionedItem], before q: Int, _ state: DocumentState) -> String? {
        guard !items[..<q].contains(where: \.isActor),
              let last = state.previousSentenceActors.last,
              state.previousSentenceActors.allSatisfy({ lexicon.side(of: $0) == lexicon.side(of: last) }) else { return nil }
        return last
    }

    /// "The fighters blew up the station and advanced, seizing X": the clause opens with a noun
    /// of fighters that names no side, and no side stands between it and the verb.
    func opensWithUnnamedForce(_ items: [PositionedItem], before k: Int, _ clause: Range<Int>) -> Bool {
        let q = afterDeterminers(items, from: clause.lowerBound, to: k)
        guard q < k, case .word(let w) = items[q].item, lexicon.isWord(w, .unnamedForce) else { return false }
        return !items[q..<k].contains(where: \.isActor)
    }

    /// An actor among the `distance` items before `k`, not counting the words of support and
    /// filler between ("Turkish forces and their Syrian allies are now in control of X").
    func actorWithin(_ items: [PositionedItem], before k: Int, distance: Int) -> Bool {
        var counted = 0
        var j = k - 1
        while j >= 0, counted < distance {
            if case .actor = items[j].item { return true }
            if !items[j].isCue(.support) && !items[j].isCue(.filler) { counted += 1 }
            j -= 1
        }
        return false
    }

    /// The actor before the last reporting word preceding `k` ("أعلنت قسد أن", "the SDF said").
    func reporterBefore(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> String? {
        guard let report = items[..<k].lastIndex(where: { $0.isCue(.report) }) else {
            return nil
        }
        for j in stride(from: report - 1, through: max(0, report - 8), by: -1) {
            // "تمكنت من اعتقال عناصر التنظيم، لتعلن بعدها ...": a side after a word of another role
            // is that phrase's object; the verb's own subject is unnamed.
            if case .actor(let a) = items[j].item, !followsWordOfOtherRole(items, j), !isRelativeClauseSubject(items, j),
               !isGovernedByItemBefore(items, j, state) { return a }
            // ("Rebels attacked government-held posts, with the SOHR reporting that ...": the
            // reporter's phrase ends at another clause's predicate.)
            if case .predicate = items[j].item { break }
        }
        for j in (report + 1)..<min(k, report + 4) {
            if case .actor(let a) = items[j].item { return a }
        }
        // "الحشد الشعبي الذي أطبق المرحلة الثالثة ...، أعلن عن تحرير X": a relative clause that a
        // comma closes right before the report describes the side that reports.
        if items[report].commaBefore,
           let relative = items[..<report].lastIndex(where: { if case .cue(let c) = $0.item { return c.role == .clause && c.value == "relative" } else { return false } }),
           relative > 0, report - relative <= 12, case .actor(let head) = items[relative - 1].item,
           !items[(relative + 1)..<report].contains(where: { $0.commaBefore || $0.isCue(.report) }) {
            // Only a head that opens its clause: not a side after "against" or "from" ("ضد قسد
            // التي تقودها الوحدات الكردية، أعلن").
            var first = relative - 1
            while first > 0, case .actor = items[first - 1].item { first -= 1 }
            if first == 0 || items[first].commaBefore || items[first].strongBreakBefore || items[first - 1].isCue(.report) { return head }
        }
        // "The SDF attacked X. On Wednesday it announced that X had been liberated": a pronoun
        // that opens the sentence as the reporter is the side the text is about, as "they" before
        // a verb is.
        if report >= 1, report <= 4, !state.isArabic(items[report]), ["it", "they"].contains(state.keyOf(items[report - 1])),
           !items[..<(report - 1)].contains(where: { $0.isActor || $0.isPlace || $0.isPredicate }),
           let carried = state.lastSubject {
            return referentOfThey(carried: carried, items[..<(report - 1)], state)
        }
        return nil
    }

    /// "..., ضد قسد التي تقودها الوحدات الكردية، أعلن السيطرة على X": the side right after a
    /// relative word and its verb is that clause's subject, not the one who speaks after it.
    func isRelativeClauseSubject(_ items: [PositionedItem], _ j: Int) -> Bool {
        items[max(0, j - 2)..<j].contains { it in
            if case .cue(let c) = it.item { return c.role == .clause && c.value == "relative" }
            return false
        }
    }

    /// A side that the item right before it governs, so no subject: the genitive of a noun of
    /// holding or another verbal noun ("سيطرت القوات على آخر معاقل داعش في X، وأعلنت ...": IS
    /// owns the strongholds, it does not announce), or in English the object of a verb ("stormed
    /// IS positions", "which had fought IS for months").
    func isGovernedByItemBefore(_ items: [PositionedItem], _ j: Int, _ state: DocumentState) -> Bool {
        guard j > 0 else { return false }
        let english = !state.isArabic(items[j])
        switch items[j - 1].item {
        case .predicate(let p):
            return p.voice == .state || p.voice == .nominal || english
        // ("the US-backed SDF said": the compound's participle is an adjective.)
        case .word(let w) where english && !items[j].breakBefore && !state.isHyphenJoined(items[j - 1]):
            return lexicon.isWord(w, .attackVerb) || lexicon.englishPastForms.contains(w) || w.hasSuffix("ed")
        default:
            return false
        }
    }

    /// A side within the four items after a word of another role ("from", "against", "with the
    /// support of"), no predicate or comma between: the noun phrase that word opens, not a subject.
    func followsWordOfOtherRole(_ items: [PositionedItem], _ j: Int) -> Bool {
        for q in stride(from: j - 1, through: max(0, j - 4), by: -1) {
            // ("By 28 January, IS was reported ...": a comma ends that phrase; quotes around a
            // name, "ضد قوات سوريا الديمقراطية "قسد"", do not.)
            if items[q + 1].breakBefore, !Self.separator(before: items[q + 1]).isEmpty { return false }
            switch items[q].item {
            case .predicate: return false
            case .cue(let c) where Self.otherThanSubject.contains(c.role): return true
            default: continue
            }
        }
        return false
    }

    /// "we have taken X", "our fighters entered X": the predicate's subject, within the three
    /// words before it, is the speaker's side.
    /// With `.reporterPossessive`: "the army said its forces had taken X", the side that speaks
    /// before it.
    func firstPersonSubject(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState,
                            person: ExtractionLexicon.WordClass = .firstPerson) -> Bool {
        for j in stride(from: k - 1, through: max(clause.lowerBound, k - 3), by: -1) {
            switch items[j].item {
            case .word(let w) where lexicon.isWord(w, person): return true
            case .word: continue
            case .cue(let c) where c.role == .hedge || c.role == .still: continue
            // "the army said its fighters now hold X": an adverb between the subject and its verb.
            case .cue(let c) where c.role == .filler && person == .reporterPossessive: continue
            default: return false
            }
        }
        return false
    }

    /// The side that speaks when the holder or agent of an English state or passive is a
    /// first-person possessive ("under our control", "in our hands", "controlled by our forces"),
    /// with where the possessive stands (before the predicate for "hands").
    func speakerAsHolder(_ items: [PositionedItem], _ k: Int, before: Bool = false, _ state: DocumentState) -> (actor: String, index: Int)? {
        var q = before ? k - 1 : k + 1
        if !before, q < items.count, items[q].isCue(.agent) { q += 1 }
        // The possessive and the noun it belongs to stand together: no break between them.
        guard q >= 0, q < items.count, !items[before ? k : q].breakBefore, case .word(let w) = items[q].item, lexicon.isWord(w, .firstPerson),
              let speaker = reporterAfter(items, k) ?? reporterBefore(items, k, state) ?? state.quotationSpeaker else { return nil }
        return (speaker, q)
    }

    /// "X has been liberated, the army said": the side right before or after a reporting verb
    /// that follows the predicate.
    func reporterAfter(_ items: [PositionedItem], _ k: Int) -> String? {
        guard k + 1 < items.count,
              let report = items[(k + 1)...].firstIndex(where: { $0.isCue(.report) })
        else { return nil }
        for j in stride(from: report - 1, through: max(k + 1, report - 3), by: -1) {
            // "... retaken from Daesh, said a statement": a side before a break, or after "from",
            // belongs to the clause before; the reporter follows the verb of saying.
            if items[(j + 1)...report].contains(where: \.breakBefore) { break }
            if case .actor(let a) = items[j].item {
                if j > 0, case .cue(let c) = items[j - 1].item, Self.otherThanSubject.contains(c.role) { break }
                return a
            }
        }
        // "، قال قيادي في فصائل المعارضة": a speaker "of" the side, a word and a preposition before it;
        // "according to a local source within the Peshmerga forces": a few plain words of the
        // speaker's description.
        for j in (report + 1)..<min(items.count, report + 7) {
            if case .actor(let a) = items[j].item { return a }
            if j > report + 3 {
                guard case .word = items[j].item, !items[j].breakBefore else { return nil }
            }
        }
        return nil
    }

    /// "The offensive was launched by Iraqi forces and Shia militias, retaking X": the side after
    /// the "by" of a passive whose subject is no side does what the -ing clause after its comma
    /// says (other -ing verbs may come first: ", scoring a victory and retaking X").
    func agentBeforeParticipleClause(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> String? {
        guard !state.isArabic(items[k]), state.keyOf(items[k]).hasSuffix("ing"),
              let comma = items[clause.lowerBound...k].lastIndex(where: \.commaBefore), comma > clause.lowerBound,
              !items[comma..<k].contains(where: { $0.isActor || $0.isPredicate || $0.isPlace }),
              state.keyOf(items[comma]).hasSuffix("ing"),
              let by = items[clause.lowerBound..<comma].lastIndex(where: { $0.isCue(.agent) }),
              !items[clause.lowerBound..<by].contains(where: { $0.isActor || $0.isPredicate }),
              by + 1 < comma, case .actor(let agent) = items[by + 1].item,
              items[(by + 1)..<comma].allSatisfy({ it in
                  if case .actor = it.item { return true }
                  return ["and", "allied"].contains(state.keyOf(it))
              })
        else { return nil }
        return agent
    }

    /// "..., بحسب وكالة سانا", "وفقا لمصادر في الجيش": the side an Arabic attribution after the
    /// predicate at `k` names, its word of attribution ("according to") and a few plain words
    /// before the side, no other predicate between.
    func attributionAfter(_ items: [PositionedItem], _ k: Int) -> String? {
        guard k + 1 < items.count,
              let cue = items[(k + 1)...].firstIndex(where: { $0.isCue(.hedge) || $0.isPredicate }), items[cue].isCue(.hedge) else { return nil }
        for j in (cue + 1)..<min(items.count, cue + 4) {
            switch items[j].item {
            case .actor(let a): return a
            case .word: continue
            case .cue(let c) where c.role == .hedge: continue
            default: return nil
            }
        }
        return nil
    }

    /// "in Turkey's ongoing military operation", "as part of the Turkish offensive": the side (or
    /// its adjective) named right before a noun of operation (a word or two between) that a
    /// locative or "part of" introduces, after the predicate in its clause.
    func operationOwner(_ items: [PositionedItem], after k: Int, _ clause: Range<Int>) -> String? {
        guard k + 2 < clause.upperBound else { return nil }
        for i in (k + 2)..<clause.upperBound {
            guard items[(i - 2)..<i].contains(where: { $0.isCue(.locative) || $0.isCue(.partial) }) else { continue }
            // The side, or its adjective ("the Turkish offensive").
            let a: String
            switch items[i].item {
            case .actor(let side): a = side
            case .word(let w): guard let side = lexicon.actorModifiers[w] else { continue }; a = side
            default: continue
            }
            var q = i + 1
            while q < min(clause.upperBound, i + 4), !items[q].breakBefore, case .word(let w) = items[q].item {
                if lexicon.isWord(w, .operationNoun) { return a }
                q += 1
            }
        }
        return nil
    }

    /// The actor of the other side named in the sentence: the nearest one after the predicate,
    /// else the nearest before it.
    func opponent(in items: [PositionedItem], at k: Int, of actor: String?, state: DocumentState) -> String? {
        guard let actor else { return nil }
        let mine = lexicon.side(of: state.resolveGeneric(actor) ?? actor)
        func opposing(_ i: Int) -> String? {
            guard case .actor(let a) = items[i].item else { return nil }
            // "backed by Turkey", "بدعم من": the supporter fights on the actor's side, past an
            // article or a partitive ("supported by elements of the Quds Force").
            var q = i - 1
            while q > 0, i - q <= 4, !items[q + 1].breakBefore, case .word = items[q].item { q -= 1 }
            if q >= 0, q == i - 1 || !items[q + 1].breakBefore, case .cue(let c) = items[q].item, c.role == .support { return nil }
            // "Turkish troops and allied Syrian rebels": a side called allied fights beside it.
            if i > 0, !state.isArabic(items[i]), state.keyOf(items[i - 1]) == "allied" { return nil }
            // "the rebels said their troops took X": a state's noun after a possessive is the
            // possessor's force, no state's army.
            if a == "government", i > 0, case .word(let w) = items[i - 1].item, lexicon.isWord(w, .possessive) { return nil }
            // "rebel groups, including the Nusra Front": a side listed among the actor's allies.
            let listAt = i > 1 && lexicon.isWord(state.keyOf(items[i - 1]), .determiner) ? i - 2 : i - 1
            if listAt >= 0, case .cue(let c) = items[listAt].item, c.role == .clause, c.value == "list" { return nil }
            // "HTS and Jaish al-Izza retook X", "الهيئة وجيش العزة": sides joined before the verb
            // fight beside each other. (After it, "from IS and the rebels" names losers.)
            if i < k, sideJoinedBefore(items, i, state) != nil
                || ((i + 1)..<min(k, i + 4)).contains(where: { sideJoinedBefore(items, $0, state) == i }) { return nil }
            // "encircled by the peshmerga and Iraqi forces": a side joined to one of the actor's
            // own fights beside it, after the verb too (not "between the army and IS").
            if let b = sideJoinedBefore(items, i, state), case .actor(let first) = items[b].item,
               lexicon.side(of: state.resolveGeneric(first) ?? first) == mine, !opensFightBetween(items, before: b, state) { return nil }
            guard let r = state.resolveGeneric(a) else { return nil }
            return lexicon.side(of: r) != mine && r != "us-coalition" ? r : nil
        }
        for i in (k + 1)..<max(k + 1, items.count) { if let o = opposing(i) { return o } }
        for i in stride(from: k - 1, through: 0, by: -1) { if let o = opposing(i) { return o } }
        return nil
    }

    /// Whether "between" (or a fight read with it, "clashes between") stands right before the
    /// side at `b`, an article aside: the sides it joins fight each other.
    func opensFightBetween(_ items: [PositionedItem], before b: Int, _ state: DocumentState) -> Bool {
        var q = b - 1
        while q >= 0, case .word(let w) = items[q].item, lexicon.isWord(w, .determiner) { q -= 1 }
        guard q >= 0 else { return false }
        if case .predicate(let p) = items[q].item { return p.kind == .contested }
        return lexicon.isWord(state.keyOf(items[q]), .between)
    }

    /// Where the side that the side at `i` is joined to by "and"/"و" stands, if it is.
    func sideJoinedBefore(_ items: [PositionedItem], _ i: Int, _ state: DocumentState) -> Int? {
        guard i > 0, case .actor = items[i].item, !items[i].strongBreakBefore else { return nil }
        let arabic = state.isArabic(items[i])
        // ("the SDF and the rebels": an article may stand after "and".)
        let and = !arabic && i > 1 && lexicon.isWord(state.keyOf(items[i - 1]), .determiner) ? i - 2 : i - 1
        let before = arabic ? i - 1 : and - 1
        guard before >= 0, case .actor = items[before].item else { return nil }
        return (arabic ? state.writtenKeyOf(items[i]).hasPrefix("\u{0648}") : state.keyOf(items[and]) == "and") ? before : nil
    }

    /// "HTS and Jaish al-Izza retook X", "هيئة تحرير الشام وجيش العزة": HTS fighting jointly with
    /// other opposition factions is the opposition coalition (as Jaish al-Fath was), not HTS alone.
    func coalitionOfSubject(_ subject: String, _ items: [PositionedItem], before k: Int, _ clause: Range<Int>,
                            _ state: DocumentState) -> String {
        guard subject == "hts" || subject == "rebels" else { return subject }
        for i in clause.lowerBound..<k {
            guard let firstIndex = sideJoinedBefore(items, i, state), case .actor(let second) = items[i].item,
                  case .actor(let first) = items[firstIndex].item else { continue }
            // The pair is the subject: the last sides before the verb, not the sides "between"
            // which a fight broke out before another side took X.
            if items[(i + 1)..<k].contains(where: \.isActor) { continue }
            if firstIndex > 0, case .word(let w) = items[firstIndex - 1].item, lexicon.isWord(w, .between) { continue }
            if Set([first, second].compactMap(state.resolveGeneric)) == ["hts", "rebels"] { return "rebels" }
        }
        return subject
    }

    /// Who took over after a withdrawal: "with the Federal Police now controlling the area".
    func taker(_ items: [PositionedItem], after k: Int, state: DocumentState) -> String? {
        var j = k + 1
        while j + 1 < items.count {
            // "fled from X to government-held areas", "withdrew towards areas controlled by Y":
            // the side holding where they went did not take the place they left.
            if lexicon.isWord(state.keyOf(items[j]), .destination) {
                let end = min(items.count, j + 5)
                j = (j + 1..<end).first(where: { items[$0].breakBefore }) ?? end
                continue
            }
            if case .actor(let a) = items[j].item {
                for q in (j + 1)..<min(items.count, j + 3) {
                    if case .predicate(let p) = items[q].item, p.kind == .holds { return state.resolveGeneric(a) }
                }
            }
            // "انسحب التنظيم من X لتسيطر عليها قسد": after a pull-out, ل before an imperfect of
            // control tells what came of it; its subject follows the verb and its pronoun.
            if case .predicate(let p) = items[j].item, [.holds, .captured, .recaptured].contains(p.kind), state.isArabic(items[j]),
               isLamBeforeImperfect(state.writtenKeyOf(items[j])) {
                let q = j + 1 < items.count && items[j + 1].isCue(.pronoun) ? j + 2 : j + 1
                if q < items.count, !items[q].breakBefore, case .actor(let a) = items[q].item { return state.resolveGeneric(a) }
            }
            j += 1
        }
        return nil
    }

    /// "a counter-attack by IS succeeded in retaking X": the side behind "by" after a noun of
    /// operation did what the operation did, when no other side, verb or comma stands before the verb.
    func sideBehindOperation(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> String? {
        guard !state.isArabic(items[k]), let by = items[clause.lowerBound..<k].indices.last(where: { isAgentBy(items, $0, state) }),
              by > clause.lowerBound, case .word(let w) = items[by - 1].item, lexicon.isWord(w, .operationNoun) else { return nil }
        let q = afterDeterminers(items, from: by + 1, to: k)
        guard q < k, case .actor(let a) = items[q].item,
              !items[(q + 1)..<k].contains(where: { switch $0.item { case .actor, .predicate: return true; default: return $0.commaBefore } })
        else { return nil }
        return a
    }

    /// "هنأ الرئيس الإيراني الجيش السوري بتحرير X", "Russia praised the Syrian army for recapturing
    /// X": after a verb of praise or thanks and its subject, the side praised did what the verbal
    /// noun or gerund names ("على" or "on", "for" may stand before it).
    func praisedSide(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> String? {
        var q = k - 1
        guard q > clause.lowerBound else { return nil }
        if case .word(let w) = items[q].item, lexicon.isWord(w, .objectMarker) || w == "for" { q -= 1 }
        guard case .actor(let praised) = items[q].item else { return nil }
        var v = q - 1
        if v > clause.lowerBound, case .word(let w) = items[v].item, lexicon.isWord(w, .determiner) { v -= 1 }
        // Arabic puts the subject between the verb and its object; English before the verb.
        if v > clause.lowerBound, state.isArabic(items[k]), case .actor = items[v].item { v -= 1 }
        guard v >= clause.lowerBound, case .word(let verb) = items[v].item, lexicon.isWord(verb, .praiseVerb) else { return nil }
        return praised
    }

    /// "jihadists of Hayat Tahrir al-Sham", "fighters of the Nusra Front": a side named after
    /// "of" is whose fighters the noun before are (the noun alone may name another side).
    /// So are the fighters "linked to", "affiliated with" or "loyal to" a side named after it
    /// ("insurgents linked to al-Qaeda"); those "allied with" one are not.
    func sideAfterOf(_ items: [PositionedItem], _ j: Int, before end: Int, _ state: DocumentState) -> String? {
        guard !state.isArabic(items[j]), j + 2 < end, !items[j + 1].breakBefore else { return nil }
        func side(from q: Int) -> String? {
            let q = afterDeterminers(items, from: q, to: end)
            guard q < end, !items[q].breakBefore, case .actor(let b) = items[q].item else { return nil }
            return b
        }
        if case .word("of") = items[j + 1].item, let b = side(from: j + 2) { return b }
        if case .actor("government") = items[j].item, let b = unitSide(items, j, before: end, state) { return b }
        guard lexicon.isWord(state.keyOf(items[j + 1]), .allegiance) else { return nil }
        // (The preposition after the participle may be an item of its own: "to", "with".)
        return side(from: j + 2) ?? (j + 3 < end && !items[j + 2].breakBefore ? side(from: j + 3) : nil)
    }

    /// "Most of the army was routed and the coalition occupied X": in English a side right
    /// before the verb, after an "and" or "but" that joins no sides, is the subject of a clause
    /// of its own. ("The army and the militias took X" joins two sides; "backed by tanks and the
    /// air force" names helpers, and is left to the clause's first side.)
    func subjectAfterClauseAnd(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> String? {
        guard !state.isArabic(items[k]), !items[k].breakBefore, k - 1 > clause.lowerBound,
              case .actor(let a) = items[k - 1].item, !items[k - 1].breakBefore else { return nil }
        var p = k - 2
        while p > clause.lowerBound, isDeterminer(items, p), !items[p + 1].breakBefore { p -= 1 }
        guard p > clause.lowerBound, !items[p + 1].breakBefore, ["and", "but"].contains(state.keyOf(items[p])) else { return nil }
        if case .actor = items[p - 1].item { return nil }
        let helped = items[clause.lowerBound..<p].contains {
            if case .cue(let c) = $0.item { return Self.otherThanSubject.contains(c.role) }
            return false
        }
        return helped ? nil : a
    }

    /// "troops from the 3rd Division of the U.S. Army", "forces of the elite 9th Brigade of the
    /// Iraqi army": bare troops, read as the country's own army, belong to the side that ends the
    /// unit named after "from" or "of". Only words and numbers may stand between.
    func unitSide(_ items: [PositionedItem], _ j: Int, before end: Int, _ state: DocumentState) -> String? {
        guard j + 2 < end, !items[j + 1].breakBefore else { return nil }
        switch items[j + 1].item {
        case .word("of"): break
        case .cue(let c) where c.role == .from: break
        default: return nil
        }
        for q in (j + 2)..<min(end, j + 11) {
            if items[q].breakBefore { return nil }
            switch items[q].item {
            case .word, .number: continue
            // (A capitalised word of a unit's name may have been read as a weak place name.)
            case .place(let m) where state.input.resolutions[m].mention.isWeak: continue
            case .actor(let b): return b == "government" ? nil : b
            default: return nil
            }
        }
        return nil
    }

    /// An English verb of taking in the active ("stormed", "captured"), whose object follows it.
    func isEnglishTaking(_ item: PositionedItem, _ state: DocumentState) -> Bool {
        guard !state.isArabic(item), case .predicate(let p) = item.item else { return false }
        return p.voice == .active && [.captured, .recaptured, .contested].contains(p.kind)
    }

    /// "they captured", "they had then seized": the English subject pronoun before the verb
    /// group at `k`.
    func isTheyBefore(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>) -> Bool {
        guard let j = itemBeforeVerbGroup(items, k, floor: clause.lowerBound), case .word(let w) = items[j].item else { return false }
        return w == "they"
    }

    /// Who "they" before a verb stands for: the one side its own sentence names before it ("IS
    /// fighters killed 35 civilians after they seized X"); without one, the side carried from
    /// before, if the sentence before named it or no side ("The army took X. They also captured
    /// Y"); nil when that sentence named only others ("X was still held by IS, which led the
    /// rebels. They captured Y") or this one names several sides.
    func referentOfThey(carried: String, _ before: ArraySlice<PositionedItem>, _ state: DocumentState) -> String? {
        // (A side that is the first half of a compound, "government-held", is no noun "they" refers to.)
        // (Nor is a side after a preposition, "fire on ISIL positions": an object.)
        let here = before.indices.compactMap { i -> String? in
            guard case .actor(let a) = before[i].item, !(i + 1 < before.endIndex && before[i + 1].hyphenBefore) else { return nil }
            if isAfterObjectPreposition(before, i, state) { return nil }
            return state.resolveGeneric(a)
        }
        if let first = here.first {
            return here.allSatisfy({ lexicon.side(of: $0) == lexicon.side(of: first) }) ? first : nil
        }
        let previous = state.previousSentenceActors
        return previous.isEmpty || previous.contains(where: { lexicon.side(of: $0) == lexicon.side(of: carried) }) ? carried : nil
    }

    /// "forced IS fighters to withdraw from X", "أجبرت قوات البيشمركة عناصر التنظيم على الانسحاب
    /// من X": the object of a verb of compelling (a causative verb) does the verb after "to"/"على".
    func compelledSide(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> String? {
        compulsion(items, k, clause, state)?.compelled
    }

    /// The verb of compelling before the verb at `k` and the side it compels (see `compelledSide`).
    private func compulsion(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> (verb: Int, compelled: String)? {
        guard k - 3 >= clause.lowerBound else { return nil }
        let link = state.keyOf(items[k - 1])
        guard state.isArabic(items[k]) ? link == "\u{0639}\u{0644}\u{064A}" : link == "to", case .actor(let compelled) = items[k - 2].item else { return nil }
        // The verb before the object, or (Arabic puts the verb first) before its subject.
        for q in stride(from: k - 3, through: max(clause.lowerBound, k - 5), by: -1) {
            switch items[q].item {
            case .word(let w) where isWordAfterConjunction(w, .causativeVerb): return (q, compelled)
            // ("forced" is also read as the verb of "forced IS from X".)
            case .predicate where items[q].end - items[q].start == 1 && lexicon.isWord(state.lastKeyOf(items[q]), .causativeVerb):
                return (q, compelled)
            case .actor, .word: continue
            default: return nil
            }
        }
        return nil
    }

    /// "Rebels forced government troops to withdraw from X", "أجبرت الفصائل قوات النظام على
    /// الانسحاب من X": the subject of the verb of compelling, which the compelled side left the
    /// place to. (Arabic names it right after the verb, or before it; English before it.)
    func compellingSide(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> String? {
        guard let (q, compelled) = compulsion(items, k, clause, state) else { return nil }
        if state.isArabic(items[k]), q + 1 < k - 2, case .actor(let a) = items[q + 1].item { return a }
        guard q - 1 >= clause.lowerBound, !items[q].breakBefore, case .actor(let a) = items[q - 1].item, a != compelled else { return nil }
        return a
    }
}
