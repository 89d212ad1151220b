// Clause bounds and the cues that block a predicate (attempt, negation, plan, condition).
extension ControlEventExtractor {
    /// ", and" / "، و" followed by something other than a place starts a new clause.
    func isCoordinationBreak(_ items: [PositionedItem], _ i: Int) -> Bool {
        guard items[i].commaBefore else { return false }
        if case .word(let w) = items[i].item, w == "and" {
            if i + 1 < items.count, case .place = items[i + 1].item { return false }
            return true
        }
        return false
    }

    func clauseBounds(_ items: [PositionedItem], around k: Int) -> Range<Int> {
        var start = k
        while start > 0 {
            if (items[start].strongBreakBefore || isCoordinationBreak(items, start)) && start != k { break }
            if case .cue(let c) = items[start - 1].item, c.role == .clause, !isTemporalPhrase(items, start - 1),
               !isAsideOnSubject(items, listAt: start - 1, before: k), !isAdverbAfterSubject(items, start - 1, before: k),
               !isAdjunctBeforeComplement(items, start - 1, before: k) { break }
            start -= 1
        }
        var end = k + 1
        while end < items.count {
            if items[end].strongBreakBefore || isCoordinationBreak(items, end) { break }
            if case .cue(let c) = items[end].item, c.role == .clause, c.value != "list", !isTemporalPhrase(items, end),
               !describesAreaOfShare(items, relativeAt: end) { break }
            end += 1
        }
        return start..<end
    }

    /// "80% من المناطق التي يسيطر عليها داعش في X", "80 percent of the areas which IS held in X":
    /// a relative clause of holding on the area noun of a share describes the part; the place
    /// after it belongs to the share's clause.
    func describesAreaOfShare(_ items: [PositionedItem], relativeAt i: Int) -> Bool {
        guard items[i].isCue(.clause, value: "relative"), i >= 2, !items[i].breakBefore, case .word(let noun) = items[i - 1].item,
              isAreaOrPartNoun(noun) else { return false }
        let shareBefore = items[max(0, i - 5)..<(i - 1)].contains { $0.isCue(.partial) || $0.isCue(.percent) || $0.isCue(.fraction) }
        let holding = items[(i + 1)..<min(items.count, i + 3)].contains { if case .predicate(let p) = $0.item { return p.kind == .holds } else { return false } }
        return shareBefore && holding
    }

    /// "تمكنت قوات النظام بعد معارك عنيفة مع الثوار من السيطرة على X": a phrase of time ("بعد"
    /// and a noun of fighting) between a verb of accomplishment with its subject and the "من" of
    /// its verbal noun is an adjunct of that verb, not a clause of its own.
    func isAdjunctBeforeComplement(_ items: [PositionedItem], _ t: Int, before k: Int) -> Bool {
        guard t >= 2, k - 1 > t, items[t].isCue(.clause, value: "temporal"),
              case .predicate(let p) = items[k].item, p.voice == .nominal, items[k - 1].isCue(.from),
              case .actor = items[t - 1].item, case .word(let verb) = items[t - 2].item,
              isWordAfterConjunction(verb, .accomplishmentVerb) else { return false }
        // Only a noun phrase between: fights and their sides, no verb of control, no full stop.
        return items[(t + 1)..<(k - 1)].allSatisfy { it in
            if it.strongBreakBefore { return false }
            if case .predicate(let q) = it.item { return q.voice == .clash || q.voice == .fight }
            return true
        }
    }

    /// "Rebel groups, including the Nusra Front, captured X", "الفصائل، ومن بينها النصرة، سيطرت":
    /// a list between commas right after a side is an aside on the subject, not a clause.
    func isAsideOnSubject(_ items: [PositionedItem], listAt i: Int, before k: Int) -> Bool {
        guard case .cue(let c) = items[i].item, c.value == "list", i + 1 < k,
              items[(i + 1)...k].contains(where: \.commaBefore) else { return false }
        var q = i - 1
        if q >= 0, case .cue(let from) = items[q].item, from.role == .from { q -= 1 }
        guard q >= 0, case .actor = items[q].item else { return false }
        return items[q + 1].commaBefore || items[i].commaBefore
    }

    /// "IS meanwhile captured X": a clause word between a side and its verb, with no punctuation
    /// around it, is an adverb of the clause, not the start of another.
    func isAdverbAfterSubject(_ items: [PositionedItem], _ i: Int, before k: Int) -> Bool {
        guard i > 0, i + 1 == k, !items[i].breakBefore, !items[k].breakBefore, case .actor = items[i - 1].item,
              case .cue(let c) = items[i].item else { return false }
        // ("the rebels who held the city": a relative clause is one of its own.)
        return c.value != "relative"
    }

    /// "بعد منتصف الليل", "after hours of fighting", "after 3 days": a clause word that opens a
    /// phrase of time qualifies the verb; it starts no new clause.
    func isTemporalPhrase(_ items: [PositionedItem], _ i: Int) -> Bool {
        guard i + 1 < items.count, !items[i + 1].strongBreakBefore, !items[i + 1].commaBefore else { return false }
        switch items[i + 1].item {
        case .date, .number: return true
        case .cue(let c): return c.role == .filler
        default: return false
        }
    }

    /// `pastVerb`: the predicate is a verb in the past, which a "when" ("once") does not make a
    /// condition. `change`: it reports a change, which an "until" may put in the future; a
    /// standing state ("until they reach the government-held X") stays. `finiteVerb`: the
    /// predicate is a finite verb in the past (English "-ed", the Arabic perfect): a verb of
    /// trying or of repelling takes an infinitive, a verbal noun or an object, never one of
    /// those, so it does not govern it ("repelled an attack on X and captured Y", "صدت هجوما على
    /// X وسيطرت على Y", "حاولت اقتحام X، لكنها سيطرت على Y").
    /// `coordinatedBase`: the predicate is a bare English verb after "and" ("to seize X and occupy
    /// Y", "will take X and then capture Y"): it fills the slot of the verb before it, so what
    /// blocks that verb blocks it, counted from there.
    /// `reach`: how many items before it a cue still governs the predicate, when no other
    /// predicate stands between ("وطالب الأهالي في X الحكومة المركزية بالإسراع في تحرير المدينة":
    /// an Arabic verbal noun hangs on the verb before it through a chain of nouns).
    func isBlocked(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, pastVerb: Bool = false, finiteVerb: Bool = false,
                   change: Bool = true, coordinatedBase: Bool = false, reach: Int = 6) -> Bool {
        var j = k - 1
        var reach = reach
        // Items between, and those but adverbs ("the battle to completely capture X").
        var steps = 0, words = 0
        var sharesSlot = coordinatedBase
        // ("to" is read as the cue of a side: "fell to Y".)
        var passedTo = false
        while j >= clause.lowerBound {
            if sharesSlot, case .predicate = items[j].item {
                sharesSlot = false
                steps = 0
                words = 0
                j -= 1
                continue
            }
            // ("denied that X fell, saying fighting was going on inside it": what a speaker goes on
            // to assert after a participle of saying is governed by nothing before it.)
            if items[j].commaBefore, items[j].isCue(.report, value: Self.speakerGoesOn) { break }
            if case .cue(let c) = items[j].item {
                // ("threatened to invade Jordan once it took Baghdad": after a future it is a condition still.)
                let pastAfterWhen = c.role == .conditional && c.value == "when" && pastVerb && !items[..<j].contains { $0.isCue(.future) }
                // "until" is still to come only after a future earlier in the sentence.
                let untilOfAPast = c.value == "after-future" && (!change || !items[..<j].contains { $0.isCue(.future) })
                // ("fighting was still going on": a contradiction denies only a claim before it.)
                if !pastAfterWhen && !untilOfAPast && c.value != Self.contradiction && c.value != Self.notHappened && c.value != Self.laterTime {
                    if c.role == .denial || c.role == .conditional { return true }
                    let governsNoFiniteVerb = finiteVerb && (c.role == .attempt || c.role == .repelled || c.value == "verb")
                        // ("pushing back Turkish forces and recapturing X": a verb after "and" with no
                        // verb before it but the repelling is the repelling's fellow, not its object;
                        // "repelled attacks to advance and capture X" has an infinitive between.)
                        || sharesSlot && c.role == .repelled && !passedTo
                    // "the operation to retake X", "معركة تحرير X": an operation noun blocks only the
                    // predicate right after it.
                    // (A bare verb after "and" with no verb before it to share a slot with is
                    // governed by the modal or "to" of its clause however far: "would strike a deal
                    // with Turkey and withdraw from X".)
                    if c.role.blocks && !governsNoFiniteVerb && (["adjacent", Self.operation].contains(c.value) ? words == 0 : steps < reach || sharesSlot)
                        && !(c.value == Self.operation && isCompletedOperation(items, j, clause)) {
                        return true
                    }
                }
            }
            if case .predicate = items[j].item { reach = min(reach, 6) }
            if items[j].isCue(.agent) { passedTo = true }
            if !items[j].isCue(.filler) { words += 1 }
            steps += 1
            j -= 1
        }
        return isDeniedClaim(items, k) || isFollowedByLaterTime(items, k, clause) || isDoubtedAfter(items, k)
    }

    /// "the fall of X to the rebels would be a disaster", "a rebel takeover of X is unlikely",
    /// "سقوط X بيد المعارضة سيكون كارثة": a noun of taking whose clause goes on, before any
    /// other predicate or clause, with a modal or a word of likelihood is its hypothetical subject.
    func isHypotheticalSubject(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ predicate: Predicate, _ state: DocumentState) -> Bool {
        // (The nouns of falling read as passives: "the fall of X", "سقوط X".)
        let falling = predicate.voice == .passive && (state.lastKeyOf(items[k]) == "of" || state.keyOf(items[k]) == Self.fallNoun)
        guard predicate.voice == .nominal || falling else { return false }
        // (Within the noun's own phrase and the verb after it: a comma or "that" opens another
        // clause, whose modal is its own: "after the capture of X, a deal was reached whereby
        // the army would ...".)
        for j in (k + 1)..<min(clause.upperBound, k + 7) {
            if items[j].strongBreakBefore || items[j].commaBefore || ["that", "\u{0623}\u{0646}", "\u{0627}\u{0646}"].contains(state.keyOf(items[j])) { return false }
            switch items[j].item {
            // ("سقوط X بيد المعارضة": the hands it falls into are the noun's own.)
            case .predicate(let p) where !(p.kind == .holds && p.voice == .state && j == k + 2): return false
            case .cue(let c) where c.role == .clause || c.role == .report: return false
            default:
                if (items[j].start..<items[j].end).contains(where: { lexicon.isWord(state.input.stream.words[$0].innerKey, .hypotheticalCopula) }) { return true }
            }
        }
        return false
    }

    /// "سقوط" (fall), the Arabic noun of falling, which the lexicon reads as a passive.
    static let fallNoun = "\u{0633}\u{0642}\u{0648}\u{0637}"

    /// The value of an unconfirmed cue that doubts what comes before it ("the capture of X was
    /// never confirmed", "..., but this has not been confirmed").
    static let doubtsBefore = "after"

    /// A taking the rest of its sentence calls unconfirmed, no other predicate between.
    func isDoubtedAfter(_ items: [PositionedItem], _ k: Int) -> Bool {
        for j in (k + 1)..<items.count {
            if items[j].isCue(.unconfirmed, value: Self.doubtsBefore) { return true }
            if case .predicate = items[j].item { return false }
        }
        return false
    }

    /// The value of a future cue that names a time still to come ("next week", "الأسبوع المقبل",
    /// "is expected"): it governs the predicate before it.
    static let laterTime = "later-time"

    /// "US forces leave X next week", "تغادر القوات X غدا": a time still to come after the
    /// predicate, no other predicate or blocking cue between, makes it a plan.
    func isFollowedByLaterTime(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>) -> Bool {
        for j in (k + 1)..<clause.upperBound {
            if items[j].isCue(.future, value: Self.laterTime) { return true }
            if case .predicate = items[j].item { return false }
            if case .cue(let c) = items[j].item, c.role.blocks || c.role == .report { return false }
        }
        return false
    }

    /// The value of a report cue, a participle of saying ("saying", "مشيرة"), that goes on with the
    /// speaker of the clause before it.
    static let speakerGoesOn = "participle"

    /// The value of a denial cue that only contradicts a claim made before it ("the army claimed
    /// it had taken X, but rebels said fighting was still going on"), never what follows it.
    static let contradiction = "contradiction"

    /// A denial that covers what it introduces as well as a claim before it: any but a contradiction.
    func isOutrightDenial(_ item: PositionedItem) -> Bool {
        item.isCue(.denial) && !item.isCue(.denial, value: Self.contradiction) && !item.isCue(.denial, value: Self.notHappened)
    }

    /// A denial anywhere earlier in the sentence covers what it introduces; a later one covers a
    /// reported or claimed one ("IS said it had seized X, which the SDF denied", "زعم التنظيم
    /// سيطرته على X، لكن قسد نفت ذلك").
    func isDeniedClaim(_ items: [PositionedItem], _ k: Int) -> Bool {
        if let denial = items.firstIndex(where: isOutrightDenial), denial < k {
            // "نفت المعارضة سيطرة النظام على X، مشيرة إلى أن المعارك مستمرة داخلها": what the denier
            // goes on to assert after a participle of saying is not denied.
            let goesOn = items[(denial + 1)..<k].contains { $0.commaBefore && $0.isCue(.report, value: Self.speakerGoesOn) }
            if !goesOn { return true }
        }
        // A contradiction is another voice's: a side named between the claim and it ("..., but
        // rebels said fighting was still going on"), not the claimant going on ("... had entered
        // the town and that clashes were continuing").
        let laterDenial = items.indices.dropFirst(k + 1).contains { q in
            guard items[q].isCue(.denial), !items[q].isCue(.denial, value: Self.notHappened) else { return false }
            return isOutrightDenial(items[q])
                || items[(k + 1)..<q].contains(where: \.isActor)
        }
        // "the retaking of X hasn't happened yet", "تحرير X لم يتحقق بعد": the taking a noun names
        // is said not to have happened, whoever says so.
        if case .predicate(let p) = items[k].item, p.voice == .nominal {
            let clauseEnd = items.indices.dropFirst(k + 1).first { items[$0].strongBreakBefore } ?? items.count
            if items[(k + 1)..<clauseEnd].contains(where: { $0.isCue(.denial, value: Self.notHappened) }) { return true }
        }
        return laterDenial
            && items[..<k].contains(where: { if case .cue(let c) = $0.item { return c.role == .report || c.role == .hedge } else { return false } })
    }

    /// The value of a denial cue that says a thing has not happened ("hasn't happened yet", "لم
    /// يتحقق بعد"): it denies the taking a noun before it names.
    static let notHappened = "not-happened"

    /// "a first step towards capturing X", "نحو استعادة السيطرة على X": a direction right before a
    /// gerund or verbal noun makes the taking an aim.
    func isAim(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ predicate: Predicate, _ state: DocumentState) -> Bool {
        guard k > clause.lowerBound, lexicon.isWord(state.keyOf(items[k - 1]), .aimPreposition) else { return false }
        return predicate.voice == .nominal || !state.isArabic(items[k]) && state.keyOf(items[k]).hasSuffix("ing")
    }

    /// "سيطرت", "سيطروا", "استعاد": an Arabic control verb in the perfect. The imperfect takes a
    /// prefix (ي ت ن) and no ت or وا ending; a perfect that itself begins with one of those
    /// letters and ends in none ("تسلم") is left unknown.
    func isArabicPerfect(_ item: PositionedItem, _ predicate: Predicate, _ state: DocumentState) -> Bool {
        guard predicate.voice == .active, state.isArabic(item) else { return false }
        let key = state.keyOf(item)
        // With a pronoun after it, a verbal noun and a perfect are written alike ("استعادتها":
        // its recapture, she recaptured it).
        guard let first = key.first, !key.hasSuffix("\u{0647}"), !key.hasSuffix("\u{0647}\u{0627}"),
              !key.hasSuffix("\u{0647}\u{0645}"), !key.hasSuffix("\u{0647}\u{0645}\u{0627}") else { return false }
        if key.hasSuffix("\u{062A}") || key.hasSuffix("\u{0648}\u{0627}") { return true }
        // A bare three-letter perfect is spelt as its verbal noun ("فك الحصار", "طرد", "كسر"). (The
        // first person's أ folds to the ا of استعاد and اقتحم: news reports in the third.)
        return key.count > 3 && !["\u{064A}", "\u{062A}", "\u{0646}"].contains(first)
    }

    /// "repelled an attack and captured X", "..., seized X", "..., rebels seized X": an English
    /// "-ed" word after "and", a comma or a side is a verb of its own, not a participle
    /// ("relieve pressure on besieged districts").
    func opensCoordinateVerb(_ items: [PositionedItem], _ k: Int) -> Bool {
        guard k > 0 else { return false }
        if items[k].commaBefore { return true }
        switch items[k - 1].item {
        case .word(let w): return w == "and" || w == "then"
        case .actor: return true
        default: return false
        }
    }

    /// "and capture", "and then capture": the word before the predicate is "and", or a
    /// coordinating conjunction.
    func isAfterAnd(_ items: [PositionedItem], _ k: Int) -> Bool {
        guard k > 0 else { return false }
        switch items[k - 1].item {
        case .word(let w): return w == "and"
        case .cue(let c): return c.value == "coordinating"
        default: return false
        }
    }

    /// The particle قد, which stands before a verb ("قد سيطرت", "قد يقتحم").
    func isQad(_ item: PositionedItem) -> Bool {
        if case .word(let w) = item.item { return w == "\u{0642}\u{062F}" }
        return false
    }

    /// "قد يقتحم الجيش X", "قد تسيطر القوات على X": قد before an imperfect is "may", a
    /// possibility (before a perfect it is "has": "قد سيطرت"). A ت-imperfect is told from a
    /// ت-perfect ("قد تمكنت") by its ي form being a control verb too.
    func isArabicModal(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        if isMayBeAbleTo(items, k, state) { return true }
        guard k > 0, isQad(items[k - 1]), state.isArabic(items[k]) else { return false }
        let key = state.keyOf(items[k])
        guard let first = key.first else { return false }
        if first == "\u{064A}" || first == "\u{0646}" { return true }
        return first == "\u{062A}" && lexicon.predicates.exactValue("\u{064A}" + key.dropFirst()) != nil
    }

    /// "قد تتمكن القوات من استعادة X", "قد يستطيع الجيش تحرير X": قد before an imperfect verb of
    /// its own (a support verb, "be able") makes the taking it governs a possibility. (A perfect
    /// after قد, "وقد تمكنت القوات من ...", is done: a ت-word ending in the feminine ت is one.)
    func isMayBeAbleTo(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        guard state.isArabic(items[k]), k >= 2 else { return false }
        for q in stride(from: k - 2, through: max(0, k - 6), by: -1) {
            if case .predicate = items[q + 1].item { return false }
            guard isQad(items[q]) else { continue }
            guard case .word(let verb) = items[q + 1].item, let first = verb.first, verb.count >= 4 else { return false }
            return first == "\u{064A}" || first == "\u{0646}" || first == "\u{062A}" && !verb.hasSuffix("\u{062A}")
        }
        return false
    }

    /// "وكانت القوات التركية قد حاصرت": كان ... قد before the verb marks earlier history.
    func isArabicPluperfect(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>) -> Bool {
        guard k > clause.lowerBound, isQad(items[k - 1]) else { return false }
        return items[clause.lowerBound..<(k - 1)].contains { item in
            if case .word(let v) = item.item { return ["كان", "كانت", "كانوا", "وكان", "وكانت"].contains(v) }
            return false
        }
    }

    /// A word of earlier history between `from` and `to` ("previously", "had"). Reported speech
    /// shifts a past back: in "a commander said the rebels had captured X" the capture is the
    /// news, so a "had" that only the report and its subject stand before is none.
    /// `tense`: only the words of a past perfect ("had", "كانت قد"); without, only the others
    /// ("previously", "a former").
    func hasHistoryCue(_ items: [PositionedItem], from: Int, to: Int, tense: Bool) -> Bool {
        guard from < to else { return false }
        return (from..<to).contains { j in
            guard case .cue(let c) = items[j].item, c.role == .background else { return false }
            guard tense == (c.value == "pluperfect" || c.value == "past-perfect") else { return false }
            return c.value != "pluperfect" || !followsReport(items, j)
        }
    }

    /// "By nightfall, the town had been captured", "By Tuesday, rebels had seized X": a sentence
    /// that opens on "by" and a time tells what was done by then; its pluperfect is the story's
    /// own time, not earlier history.
    func opensWithDeadline(_ items: [PositionedItem], before k: Int, _ state: DocumentState) -> Bool {
        guard k > 0, !state.isArabic(items[0]), items[0].isCue(.agent), state.keyOf(items[0]) == "by" else { return false }
        for j in 1..<min(k, 5) {
            if items[j].breakBefore { break }
            switch items[j].item {
            case .date: return true
            case .word(let w) where lexicon.isWord(w, .timeOfDay) || w == "end": return true
            case .word(let w) where lexicon.isWord(w, .determiner): continue
            default: return false
            }
        }
        return false
    }

    /// "captured X two years ago", "سيطرت على X قبل عامين": a span back longer than a month,
    /// later in the clause, dates the change as history.
    func endsWithSpanBack(_ items: [PositionedItem], after k: Int, _ clause: Range<Int>) -> Bool {
        guard k + 1 < clause.upperBound else { return false }
        return items[(k + 1)..<clause.upperBound].indices.contains { j in
            guard case .cue(let c) = items[j].item, c.role == .background else { return false }
            if c.value == "span" { return true }
            // "took X last year": a year back right after the object, with nothing but the object
            // and its words between ("... since IS swept through the north last year" dates
            // another verb).
            return c.value == "year" && j - k <= 4 && !items[(k + 1)...j].contains(where: { item in
                if item.commaBefore { return true }
                switch item.item {
                case .predicate: return true
                case .cue(let other): return other.role == .clause
                default: return false
                }
            })
        }
    }

    /// Whether a report ("said", "told reporters that") opens the clause of the word at `j`, with
    /// no more than its subject (a side or a place) and a date between, and the report itself is
    /// not history ("Earlier this month, the monitor said IS had seized X").
    func followsReport(_ items: [PositionedItem], _ j: Int) -> Bool {
        reportBefore(items, j).map { !$0.history } ?? false
    }

    /// The relative aside between commas that closes before `k` (", which IS seized in 2014,"),
    /// from its relative word to its closing comma.
    func relativeAside(_ items: [PositionedItem], before k: Int, _ clause: Range<Int>) -> Range<Int>? {
        var aside: Range<Int>?
        var start: Int?
        // (The relative word itself may be the boundary the clause starts after.)
        for j in max(0, clause.lowerBound - 1)...k {
            if let a = start, j > a, items[j].commaBefore {
                aside = a..<j
                start = nil
            }
            if j < k, items[j].commaBefore, case .cue(let c) = items[j].item, c.role == .clause, c.value == "relative" { start = j }
        }
        return aside
    }

    /// The side that reports, when the subject of the word at `j` is only a pronoun right after
    /// its report ("the army said it was in control of X", "the rebels said they hold X").
    func speakerOfPronounSubject(_ items: [PositionedItem], _ j: Int, _ state: DocumentState) -> String? {
        guard let report = reportBefore(items, j), !report.history,
              items[(report.at + 1)..<j].contains(where: { item in
                  if case .word(let w) = item.item { return w == "they" }
                  return item.isAnaphor("sentence")
              }),
              !items[(report.at + 1)..<j].contains(where: { if case .actor = $0.item { return true } else { return $0.isPlace } })
        else { return nil }
        return reporterBefore(items, j, state)
    }

    /// "قالت الفصائل إن مقاتليها يسيطرون على X": after a report, a force noun with a possessive
    /// pronoun ("مقاتليها", "قواته") before the verb names the reporting side's own forces.
    /// Nothing else may stand between the report and the verb.
    func speakerOfOwnForces(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> String? {
        guard let report = reportBefore(items, k), !report.history, k - report.at == 2,
              case .word(let w) = items[k - 1].item, carriesPossessive(w, on: .forceNoun) else { return nil }
        return reporterBefore(items, k, state)
    }

    /// "Last year, the army said it took X", "قبل عامين، أعلن الجيش أنه حرر X": what a report
    /// dated a span back tells is history too. (Not a report merely "earlier" or "كانت قد
    /// أعلنت": news recaps the same day's statements so.)
    func isToldInHistory(_ items: [PositionedItem], _ j: Int) -> Bool {
        guard let report = reportBefore(items, j) else { return false }
        return items[..<report.at].contains { $0.isCue(.background, value: "span") || $0.isCue(.background, value: "year") }
    }

    /// The report that opens the clause of the word at `j` (see `followsReport`), and whether a
    /// word of earlier history stands before it in the sentence.
    func reportBefore(_ items: [PositionedItem], _ j: Int) -> (at: Int, history: Bool)? {
        var words = 0
        for i in stride(from: j - 1, through: max(0, j - 6), by: -1) {
            switch items[i].item {
            case .cue(let c) where c.role == .report:
                return (i, items[..<i].contains { $0.isCue(.background) })
            case .cue(let c) where c.role == .filler || c.role == .pronoun: continue
            // (The subject may be a pronoun or a noun that stands for a name: "the SDF said it had
            // taken X", "said the town had fallen".)
            case .cue(let c) where c.role == .anaphor: continue
            // (The subject may be the place itself: "said X had been cleared of militants".)
            case .actor, .date, .place: continue
            case .word:
                words += 1
                if words > 3 { return nil }
            default: return nil
            }
        }
        return nil
    }

    func hasCue(_ role: CueRole, _ items: [PositionedItem], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        for it in items[from..<to] {
            if case .cue(let c) = it.item, c.role == role { return true }
        }
        return false
    }

    /// The value of an attempt cue that names an operation proper ("the operation to", "معركة").
    static let operation = "operation"

    /// "أنهت القوات العراقية عملية تحرير X", "completed the operation to retake X": an operation
    /// noun (the cue at `j`) whose verb, right before it or past the subject and a determiner,
    /// says it was carried through reports its outcome, not an aim. ("completed preparations
    /// for an offensive to retake X" still aims.)
    func isCompletedOperation(_ items: [PositionedItem], _ j: Int, _ clause: Range<Int>) -> Bool {
        guard items[j].isCue(.attempt, value: Self.operation) else { return false }
        var q = j - 1
        while q >= max(clause.lowerBound, j - 4) {
            switch items[q].item {
            case .word(let w) where lexicon.isWord(w, .completionVerb): return true
            // "the end of operations to liberate X": a noun of completion and its "of".
            case .word("of") where q > clause.lowerBound:
                if case .word(let noun) = items[q - 1].item { return lexicon.isWord(noun, .completionNoun) }
                return false
            // ("أنهت" is also a verb that ends a siege; the English "ended" may have halted it.)
            case .cue(let c) where c.role == .breaking: return c.value != "intransitive"
            case .word(let w) where lexicon.isWord(w, .determiner): q -= 1
            case .actor: q -= 1
            default: return false
            }
        }
        return false
    }
}
