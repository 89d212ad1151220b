// How one predicate becomes events: its clause, its place, actor and losing side, and the events' kinds.
extension ControlEventExtractor {
    func read(_ found: Predicate, at k: Int, in items: [PositionedItem], sentence s: Int,
                      state: inout DocumentState) -> [ExtractedEvent] {
        let item = items[k]
        var predicate = found
        // Expulsions and losses read as active verbs, then ask for their own arguments.
        let expulsion = found.voice == .expulsion, loss = found.voice == .loss
        if expulsion || loss { predicate.voice = .active }
        if found.kind == .besieged, isAttributiveParticiple(items, k, state) {
            // "Government forces reached the besieged town of X": a side that reaches a besieged
            // place has broken through to it. (Whose siege it was, the sentence does not say.)
            guard reachesBesieged(items, k, state) else { return [] }
            predicate = Predicate(kind: .siegeBroken, voice: .active)
        }
        let relief = predicate.kind == .siegeBroken && found.kind == .besieged
        // "فقد كان يأتي عبر المدينة", "فقد سيطرت القوات على X": before a verb, "فقد" is the
        // particles ف and قد, not the verb "lost".
        if loss, state.isArabic(item), item.end - item.start == 1, state.writtenKeyOf(item) == "\u{0641}\u{0642}\u{062F}",
           k + 1 < items.count, !items[k + 1].breakBefore {
            if case .predicate = items[k + 1].item { return [] }
            if case .word(let w) = items[k + 1].item, lexicon.isWord(w, .pastCopula) { return [] }
        }
        if !relief && describesNamedPlace(items, k, state) || namesABattle(items, k, found, state) { return [] }
        if !relief, isAdjectiveBeforeNoun(items, k, state) { return [] }
        // "almost besieging X", "nearly encircled X": it did not happen. Arabic puts the subject
        // between ("كادت قوات النظام تسيطر على X").
        let nearMissReach = state.isArabic(item) ? 4 : 1
        if let at = items[max(0, k - nearMissReach)..<k].lastIndex(where: { if case .word(let w) = $0.item { return lexicon.isWord(w, .nearMiss) } else { return false } }),
           !items[(at + 1)...k].contains(where: { $0.strongBreakBefore || $0.commaBefore || !state.isArabic(item) && $0.breakBefore }),
           !items[(at + 1)..<k].contains(where: { if case .predicate = $0.item { return true } else { return false } }) { return [] }
        // "clearing operations", "the capture operation": a noun of operation names the work, not its outcome.
        if !state.isArabic(item), k + 1 < items.count, !items[k + 1].breakBefore, case .word(let w) = items[k + 1].item,
           lexicon.isWord(w, .operationNoun), state.keyOf(item).hasSuffix("ing") || item.end - item.start == 1 && !state.keyOf(item).hasSuffix("ed") {
            return []
        }
        // "tanks captured at the X checkpoint": a participle after a thing taken describes it.
        // A verb with its own object is finite ("backed by Russian air power recaptured the town").
        if !state.isArabic(item), k > 0, case .cue(let c) = items[k - 1].item, c.role == .object, c.value != "swept",
           state.keyOf(item).hasSuffix("ed"), !hasDirectObject(items, k, state) { return [] }
        // "explosives left by retreating IS fighters": a participle with its agent describes a
        // thing, no side leaving a place.
        if found.kind == .withdrew, found.voice == .active, !state.isArabic(item), k + 1 < items.count,
           case .cue(let c) = items[k + 1].item, c.role == .agent, state.keyOf(items[k + 1]) == "by" { return [] }
        if isObjectOfControlVerb(found, items, k) { return [] }
        // "فك الجيش الطوق": a word with the article is a noun, whatever verb it also spells ("طوق").
        if predicate.voice == .active, state.isArabic(item), item.end - item.start == 1, state.hasArticle(item) {
            predicate.voice = .nominal
        }
        if isObjectOfLoss(predicate, items, k) { return [] }
        // "كسر الجيش الحصار", "broke ISIS' two-year siege of": a breaking verb a few words before a siege noun.
        // (An aim or a negation right before the breaking verb covers the breaking: "an operation
        // to break the siege around X".)
        var breakingAt: Int?
        if predicate.kind == .besieged, predicate.voice == .nominal,
           let b = breakingCue(before: k, items) {
            predicate = Predicate(kind: .siegeBroken, voice: .active)
            breakingAt = b
        } else if predicate.kind == .besieged, predicate.voice == .nominal, !state.isArabic(item),
                  let after = items[(k + 1)..<min(items.count, k + 8)].firstIndex(where: { $0.isCue(.breaking) }),
                  after > k + 1, lexicon.isWord(state.lastKeyOf(items[after - 1]), .auxiliary)
                    || items[after - 1].isPlace && !items[after].breakBefore && items[after].isCue(.breaking, value: "intransitive") {
            // "the siege of X was lifted (by Y)": the breaking verb comes after the noun, in the passive;
            // or on its own, "the siege of X ended".
            predicate = Predicate(kind: .siegeBroken, voice: .passive)
        }
        // "rebel-held Idlib", "IS-controlled Raqqa": the attribute states who holds the place.
        var compoundHolder: String?
        if item.hyphenBefore {
            // ("the rebel-besieged town of X": a participle of siege names the besieger so.)
            let besieging = predicate.kind == .besieged && !state.isArabic(item) && item.end - item.start == 1 && state.keyOf(item).hasSuffix("ed")
            guard predicate.kind == .holds || besieging, k > 0, case .actor(let holder) = items[k - 1].item else { return [] }
            compoundHolder = holder
            predicate = Predicate(kind: besieging ? .besieged : .holds, voice: .state)
        } else if let holder = unhyphenatedCompoundHolder(items, k, predicate, state) ?? holderBeforeStronghold(items, k, predicate, state) {
            compoundHolder = holder
            predicate = Predicate(kind: .holds, voice: .state)
        }
        // "formerly rebel-held Aleppo", "formerly rebel controlled Aleppo": held once, by now by
        // someone else.
        if !state.isArabic(item), predicate.kind == .holds || compoundHolder != nil, predicate.voice == .present || predicate.voice == .state, k >= 2,
           case .actor = items[k - 1].item, !items[k - 1].breakBefore, !item.breakBefore, items[k - 2].isCue(.background) {
            return []
        }
        // "X's capture by rebels", "Mosul's fall to IS": after a place in the possessive the word is a
        // noun whose object is that place.
        var possessedPlace: Int?
        if !state.isArabic(item), predicate.voice == .active || predicate.voice == .passive, k > 0, item.end - item.start <= 2,
           case .place(let m) = items[k - 1].item, !items[k].breakBefore,
           state.input.text.isPossessive(token: state.input.stream.words[items[k - 1].end - 1].token) {
            possessedPlace = m
            if predicate.voice == .active { predicate.voice = .nominal }
        }
        if !state.isArabic(item), predicate.kind == .holds, predicate.voice == .present, item.end - item.start == 1,
           isAccomplishedInfinitive(item, state) {
            // "managed to control X", "were able to control X": they took control of it.
            predicate = Predicate(kind: .captured, voice: .active)
        }
        let clause = clauseBounds(items, around: k)
        // "fled to areas held by Kurdish forces", "left the town for areas controlled by Y": a
        // participle after a destination and a noun of area describes those unnamed areas, not a
        // place named before them.
        if predicate.voice == .passive || predicate.voice == .state, k - 2 >= clause.lowerBound, !state.isArabic(item), !item.breakBefore,
           !isAnyAuxiliary(state.keyOf(item)), case .word(let noun) = items[k - 1].item, lexicon.isWord(noun, .areaNoun),
           lexicon.isWord(state.keyOf(items[k - 2]), .destination) || state.keyOf(items[k - 2]) == "for" {
            return []
        }
        // "إلى سيطرة Y" is a return only after a verb of return ("عادت مدينة X إلى سيطرة Y");
        // "إلى السيطرة على X", with the article, is the side's own return to control ("عادت
        // قوات النظام إلى السيطرة على X").
        if predicate.kind == .recaptured, predicate.voice == .state, state.isArabic(item), state.keyOf(item) == "\u{0627}\u{0644}\u{064A}" {
            let controlWord = state.input.text.tokens[state.input.stream.words[item.end - 1].token].key
            if controlWord.hasPrefix("\u{0627}\u{0644}") {
                guard returnVerbBefore(items, k, clause) else { return [] }
                predicate = Predicate(kind: .recaptured, voice: .nominal)
            } else if !items[clause.lowerBound..<k].contains(where: { if case .word(let w) = $0.item { return isWordAfterConjunction(w, .returnVerb) } else { return false } }) {
                return []
            }
        }
        // "The fall of X to Y would mark a victory": a noun of taking that opens its clause as the
        // subject of a conditional is a supposition.
        if isSubjectOfConditional(items, k, clause, state) || isSubjectOfEvaluation(items, k, clause, state) { return [] }
        // "stormed X, but were repelled by the rebels", "entered X but were beaten back": the
        // assault failed.
        if !state.isArabic(item), [.captured, .recaptured, .contested].contains(predicate.kind), isRepelledAfterBut(items, k) { return [] }
        if [.captured, .recaptured, .contested].contains(predicate.kind), predicate.voice == .active, isUndoneLater(items, k, state) { return [] }
        // "around Mosul under ISIL control": "control" after "under" and a side ends the state
        // phrase; it is no verb of that side ("ISIL control X").
        if predicate.voice == .present, !state.isArabic(item), k >= 2, !item.breakBefore, !items[k - 1].breakBefore,
           case .actor = items[k - 1].item, case .predicate(let opening) = items[k - 2].item, opening.voice == .state, opening.kind == .holds {
            return []
        }
        // "سقوط 30 قتيلا", "أدى القصف إلى سقوط عشرات الضحايا": what fell is the dead, not a place.
        if predicate.kind == .captured, predicate.voice == .passive, state.isArabic(item), fallenAreCasualties(items, k, clause) {
            return []
        }
        // ("took", "overran": an irregular past is a past all the same.)
        let pastVerb = !state.isArabic(item) && predicate.voice == .active
            && (state.lastKeyOf(item).hasSuffix("ed") || lexicon.englishPastForms.contains(state.keyOf(item)))
        let finiteVerb = pastVerb && opensCoordinateVerb(items, k) || isArabicPerfect(item, predicate, state)
        // ("ستشهد الأيام القادمة رفع العلم فوق X وتحرير المدينة": an Arabic verbal noun joined
        // by و is one more object of what governs the noun before it.)
        let coordinatedBase = !state.isArabic(item) && predicate.voice == .active && !pastVerb && !state.lastKeyOf(item).hasSuffix("s")
            && isAfterAnd(items, k)
            || state.isArabic(item) && predicate.voice == .nominal && state.writtenKeyOf(item).hasPrefix("\u{0648}")
        // ("and then", a conjunction that starts a clause, joins it to the clause before.)
        let blockingClause = coordinatedBase && clause.lowerBound == k && k >= 2 ? clauseBounds(items, around: k - 2).lowerBound..<clause.upperBound : clause
        // "حاولت قوات النظام التقدم نحو بلدة X (الاستراتيجية)، الخاضعة لسيطرة داعش": the definite
        // participle after a place (and its adjective) says what holds it, a clause of its own
        // that the attempt does not govern.
        let describesPlaceBefore = predicate.kind == .holds && predicate.voice == .state && state.isArabic(item)
            && state.writtenKeyOf(item).hasPrefix("\u{0627}\u{0644}")
            && placeRightBefore(items, k, words: 2)
        if !describesPlaceBefore && (isBlocked(items, k, blockingClause, pastVerb: pastVerb, finiteVerb: finiteVerb, change: predicate.kind != .holds,
                                               coordinatedBase: coordinatedBase, reach: state.isArabic(item) && predicate.voice == .nominal ? 10 : 6)
            || breakingAt.map({ isBlocked(items, $0, clause) || isInfinitiveOfPurpose(items, $0, clause, state) }) == true
            || isAim(items, k, clause, predicate, state)
            || isHypotheticalSubject(items, k, clause, predicate, state)
            || isArabicModal(items, k, state)) {
            noteHolderOfAimedPlace(found, items, k, clause, sentence: s, state: &state)
            noteDeniedClaim(found, items, k, clause, state: &state)
            return []
        }
        // "سقوط X بيد Y": the hands X fell into are the fall's agent, read with the fall; no
        // standing of their own (nor where the fall is only feared).
        if predicate.kind == .holds, predicate.voice == .state, state.isArabic(item), k >= 2, items[k - 1].isPlace,
           case .predicate(let fall) = items[k - 2].item, fall.voice == .passive,
           state.keyOf(items[k - 2]) == Self.fallNoun {
            return []
        }
        // "أرسلت تعزيزات لاستعادة X", "تقدمت لتحرير X", "لفك الحصار": a verbal noun (or an
        // imperfect) behind the preposition ل is a purpose (no control verb or noun of the lexicon
        // begins with ل); "تعرضت لحصار" is a siege.
        // ("وتخضع مدينة X لسيطرة Y": the verb may carry a conjunction.)
        let subjectedTo = items[max(clause.lowerBound, k - 4)..<k].contains(where: { readsAs($0, .submissionVerb, state) })
        if predicate.voice == .nominal, [.captured, .holds].contains(predicate.kind), state.isArabic(item),
           state.writtenKeyOf(item).hasPrefix("\u{0644}"), subjectedTo {
            // "تخضع مدينة X لسيطرة Y": subject to Y's control, the verb before its place.
            predicate = Predicate(kind: .holds, voice: .state)
        } else if predicate.kind == .besieged, state.isArabic(item), state.writtenKeyOf(item).hasPrefix("\u{0644}"), !subjectedTo {
            // "تقدمت القوات لمحاصرة X", "لتطويق X": a siege aimed at; "تعرضت X لحصار" one laid.
            noteHolderOfAimedPlace(found, items, k, clause, sentence: s, state: &state)
            return []
        } else if predicate.voice == .present, state.isArabic(item), isLamBeforeImperfect(state.writtenKeyOf(item)) {
            // "تقدمت القوات لتسيطر على X": an imperfect behind ل is what the advance was for, or
            // after another side's pull-out its outcome ("انسحب التنظيم من X لتسيطر عليها قسد"),
            // which the pull-out reports with its taker (see `taker`); no standing either way.
            // After a verb of return it is the return itself ("عاد التنظيم ليسيطر على X").
            guard [.captured, .recaptured, .holds].contains(predicate.kind), returnVerbBefore(items, k, clause) else {
                noteHolderOfAimedPlace(found, items, k, clause, sentence: s, state: &state)
                return []
            }
            predicate = Predicate(kind: .recaptured, voice: .active)
        } else if predicate.voice == .nominal || predicate.voice == .active, predicate.kind != .besieged, state.isArabic(item),
           state.writtenKeyOf(item).hasPrefix("\u{0644}") {
            // "عادت الفصائل للسيطرة على X": after a verb of return it is the return itself.
            guard [.captured, .recaptured].contains(predicate.kind), returnVerbBefore(items, k, clause) else {
                noteHolderOfAimedPlace(found, items, k, clause, sentence: s, state: &state)
                return []
            }
            predicate = Predicate(kind: .recaptured, voice: .nominal)
        } else if predicate.kind == .captured, predicate.voice == .nominal, state.isArabic(item), k > 0,
                  state.keyOf(items[k - 1]) == "\u{0627}\u{0644}\u{064A}", returnVerbBefore(items, k - 1, clause) {
            // "عادت قوات النظام إلى السيطرة على X": so is a return to control.
            predicate = Predicate(kind: .recaptured, voice: .nominal)
        }
        // "قبل أن تسيطر عليها قوات النظام": after "before" and أن the imperfect of control is the
        // taking that came next, in the subjunctive; no standing control.
        if state.isArabic(item), predicate.kind == .holds, predicate.voice == .present, k >= 2,
           lexicon.isWord(state.lastKeyOf(items[k - 1]), .subjunctive), !state.hasArticle(items[k - 1]),
           lexicon.isWord(state.lastKeyOf(items[k - 2]), .timeConjunction) {
            predicate = Predicate(kind: .captured, voice: .active)
        }
        // "من المتوقع أن تسيطر", "تريد أن تستعيد", "كي تحرر": an imperfect after أن or كي is a
        // subjunctive (an expectation, a wish, a purpose), not a report.
        // ("قبل أن تستعيدها قوات النظام": after a conjunction of time it is what happened.)
        // ("الآن تحت سيطرة X": "now" is no أن, whose key it shares past its article.)
        if state.isArabic(item), k > 0, lexicon.isWord(state.lastKeyOf(items[k - 1]), .subjunctive), !state.hasArticle(items[k - 1]),
           k < 2 || !lexicon.isWord(state.lastKeyOf(items[k - 2]), .timeConjunction),
           let first = state.writtenKeyOf(item).unicodeScalars.first,
           ["\u{064A}", "\u{062A}", "\u{0646}"].contains(first) {
            noteHolderOfAimedPlace(found, items, k, clause, sentence: s, state: &state)
            return []
        }
        // "launched an offensive Monday to retake X", "vowed to take X": an infinitive is a purpose
        // or a plan; what was done comes as "managed to", "forced to" (fillers of the lexicon). "In
        // addition to capturing X" is a gerund.
        // "to capture and secure X": a verb joined to an infinitive is one too.
        // ("to retake the road and break the siege of X": the object of the first may stand between.)
        let joinedToInfinitive = k > 2 && joiningAnd(items, before: k, state) != nil && isInfinitiveOfPurpose(items, k, clause, state)
        // ("were reported to have captured X": a perfect infinitive after a verb of reporting is
        // what was done; "hope to have captured X by Friday" is still an aim.)
        let perfectInfinitive = k > 1 && reportGoverns(items, infinitiveTo: k - 1, state)
            && (state.keyOf(item) == "have" || item.start > 0 && state.input.stream.words[item.start - 1].innerKey == "have")
        // ("to ultimately capture X": an adverb of manner may split the infinitive. "A battle
        // launched to successfully recapture X" tells the outcome.)
        let splitInfinitive = k > 1 && isMannerAdverb(items[k - 1], state) && state.keyOf(items[k - 1]) != "successfully"
            && isInfinitiveTo(items, k - 2, state)
        if predicate.voice == .active, ![.besieged, .holds].contains(predicate.kind), k > 0, !state.isArabic(item), !perfectInfinitive,
           isInfinitiveTo(items, k - 1, state) || splitInfinitive || joinedToInfinitive, !state.keyOf(item).hasSuffix("ing"),
           !isOngoing(items, k, clause, state),
           // ("completed the operation to retake X": the operation's aim was reached.)
           !isCompletedOperation(items, k - 1, clause) {
            noteHolderOfAimedPlace(found, items, k, clause, sentence: s, state: &state)
            return []
        }
        // "an offensive for control of X", "battled IS for control of X": the aim of the fight,
        // not its outcome (the fight itself, where there is one, makes X contested).
        if !state.isArabic(item), predicate.kind == .holds || predicate.kind == .captured, isPurposeOfControl(items, k, state) {
            noteHolderOfAimedPlace(found, items, k, clause, sentence: s, state: &state)
            return []
        }
        // "the army still holds X, denying rumours": a reassurance, not a change of control.
        if predicate.voice == .present || predicate.voice == .state,
           items.contains(where: isOutrightDenial) {
            return []
        }
        let isArabic = state.isArabic(item)
        if predicate.voice == .active, !isArabic, !expulsion, !loss, item.end - item.start == 1,
           !state.keyOf(item).hasSuffix("ing"), followsAuxiliary(items, k, state) {
            // "X had been surrounded", "the town was overrun": a participle after an auxiliary is a
            // passive, its agent named or not; the subject of an earlier sentence is not it.
            predicate.voice = .passive
        }
        // "only X was left under IS control", "were left in rebel hands": a place left, with no
        // one named who left it, is what remained, not a withdrawal.
        if predicate.kind == .withdrew, predicate.voice == .passive, !isArabic, item.end - item.start == 1,
           k + 1 < clause.upperBound, state.keyOf(items[k + 1]) != "by" { return [] }
        // "IS fighters were driven out of X (by Y)": an expulsion in the passive; its subject is
        // the side expelled, the agent (if named) the taker.
        let passiveExpulsion = expulsion && !isArabic && item.end - item.start == 1 && followsAuxiliary(items, k, state)
        if passiveExpulsion { predicate.voice = .passive }
        var agentWordAfter = false
        // (Not the noun of a siege a verb before it broke: "broke the siege imposed by IS on X" names
        // the besieger after "by".)
        if predicate.voice == .active, !isArabic, !expulsion, !loss, breakingAt == nil, let by = agentAfterParticiple(items, k, clause, state) {
            // "was briefly seized by X", "Palmyra, recently overrun by X", "X, besieged for two
            // years by Y": a participle with its agent is a passive whatever stands between it
            // and its auxiliary, or between it and the agent word.
            predicate.voice = .passive
            agentWordAfter = by == k + 1
        }
        // "تمكنت من طرد داعش من X", "نجحت في طرد داعش من X", "أعلنت قسد طرد داعش من X": after a preposition, or after
        // a reporting verb and its subject, "طرد" is the verbal noun, and the side after it the
        // one expelled, not the subject; so is the side after the verb when its subject came
        // before it as a pronoun.
        let expulsionNoun = expulsion && isArabic && k > 0 && {
            // "قامت القوات بطرد داعش من X": with ب it can only be the noun.
            var written = Substring(state.writtenKeyOf(item))
            if written.hasPrefix("\u{0648}") || written.hasPrefix("\u{0641}") { written = written.dropFirst() }
            if written.hasPrefix("\u{0628}") { return true }
            // "تم طرد داعش من X": after the auxiliary of a passive, too.
            if case .word(let w) = items[k - 1].item, lexicon.isWord(w, .passiveAuxiliary) { return true }
            // "قسد تعلن طرد داعش من X": the subject before its reporting verb.
            if case .cue(let c) = items[k - 1].item {
                if c.role == .report, k > 1, case .actor = items[k - 2].item { return true }
                // "نجحت في طرد داعش من X": after "في" as after "من".
                return c.role == .from || c.role == .locative
            }
            if k > 1, case .actor = items[k - 1].item, case .cue(let c) = items[k - 2].item, c.role == .report { return true }
            // "القوات العراقية طردت داعش من X", "وكانت القوات العراقية قد طردت داعش": a subject
            // before its verb (the particle قد between); the side after the verb is the expelled.
            // (Not a side after "بدعم من", whose verb's subject follows it.)
            let subjectAt = k > 1 && state.keyOf(items[k - 1]) == "\u{0642}\u{062F}" ? k - 2 : k - 1
            if case .actor = items[subjectAt].item, !items[k].breakBefore, !items[subjectAt + 1].breakBefore || subjectAt == k - 1,
               !state.hasArticle(item) {
                // ("عناصر من الشرطة طردوا": a partitive من is the subject's own.)
                if subjectAt > 0, case .cue(let c) = items[subjectAt - 1].item, Self.otherThanSubject.contains(c.role),
                   !isPartitive(items, subjectAt - 1, state) { return false }
                return true
            }
            // "أعلنت قسد أنها طردت داعش من X": the subject stands before, as a pronoun.
            if case .word(let w) = items[k - 1].item, lexicon.isWord(w, .subjectPronoun) { return true }
            return reportedSubjectBefore(items, k, clause)
        }()
        var reading = Reading()
        switch predicate.voice {
        case .active, .nominal, .present, .expulsion, .loss:
            scanForward(items, from: k + 1, to: clause.upperBound, allowSubject: (isArabic && !expulsionNoun) || predicate.voice == .nominal,
                        kind: predicate.kind, into: &reading, state: state)
            if relief, isArabic, reading.places.isEmpty, case .place(let reached) = items[k - 1].item {
                // "وصلت القوات إلى مدينة X المحاصرة": the place stands before the participle.
                reading.places = [reached]
            }
            if breakingAt != nil, !isArabic, reading.placesFoundAfterAgent, let a = reading.agent {
                // "broke the siege imposed by IS on X": the side after "by", before the place, laid
                // the siege the subject broke.
                reading.besieger = reading.besieger ?? a
                reading.agent = nil
                if reading.subjectAfter == a { reading.subjectAfter = nil }
            }
            if reading.places.isEmpty, predicate.kind == .besieged || predicate.kind == .withdrew && isArabic == false {
                // "Daraya, another besieged area": the place stands before the adjective.
                // ("بلدة X الواقعة قرب Y تحت الحصار": a place after a locative says where X lies.)
                let placeNear = items[max(clause.lowerBound, k - 3)..<k].contains(where: \.isPlace)
                if predicate.kind == .besieged,
                   let before = (isArabic && placeNear ? nearestPlaceBefore(items, k, clause, limit: 8, state: state, passingLocatives: true) : nil)
                    ?? nearestPlaceBefore(items, k, clause, limit: 3, state: state),
                   !isObjectOfEarlierPredicate(before, items, before: k, clause) {
                    reading.places = [before]
                }
            }
        case .passive:
            // "سقطت قذيفة على X", "توقفت البراميل عن السقوط على X": what falls on a place is a
            // shell; a place falls to a side ("سقوط X بيد Y").
            if isArabic, k + 1 < items.count, !items[k + 1].breakBefore, state.writtenKeyOf(items[k + 1]) == "\u{0639}\u{0644}\u{064A}" {
                return []
            }
            // The expelled side of a passive expulsion stands before it: the place after "from" or
            // "out of" is the one it left, as after "withdrew from".
            scanForward(items, from: k + 1, to: clause.upperBound, allowSubject: true, kind: passiveExpulsion ? .withdrew : predicate.kind,
                        into: &reading, state: state)
            if !isArabic, !reading.places.isEmpty,
               let anaphor = items[clause.lowerBound..<k].lastIndex(where: { if case .cue(let c) = $0.item { c.role == .anaphor && c.value != "sentence" } else { false } }),
               !items[(anaphor + 1)..<k].contains(where: \.isPlace) {
                // "The town fell to the jihadists, and X was shelled": the patient is the town
                // before the verb, even when the text never named it; X is another clause's.
                reading.places = []
            }
            if reading.places.isEmpty || reading.placesFoundAfterAgent {
                // ("supplies from Hama to Idlib and Aleppo has fallen to": the whole list went after "to".)
                // "X, north of Y and Z, was lost to W", "X, a town of 5,000, was taken by W": an aside
                // between commas only locates or renames the place before it.
                // "X, which lies near the province of Y, was seized by W": so does a relative
                // clause the verb's comma closes; X is what was seized.
                let asideHead = relativeClauseHead(items, clause, closedBefore: k)
                    ?? (isArabic ? nil : headBeforeLocatingAside(items, k, clause) ?? headBeforeAppositive(items, k, clause, state)
                        ?? headBeforeParticipleAside(items, k, clause, state))
                if let before = asideHead ?? nearestPlaceBefore(items, k, clause, limit: 8, state: state, passingLocatives: true),
                   asideHead != nil || !isObjectBeforeJoinedPassive(before, items, before: k, clause, state),
                   isArabic || !isThingOfPlace(before, items, before: k, clause),
                   !listEndingAt(before, items, before: k, clause, state: state).contains(where: {
                       isDestinationOfOtherVerb($0, items, before: k, clause, state) || boundsBetween($0, items, before: k, clause) }) {
                    if reading.placesFoundAfterAgent {
                        // "X was taken by the army, along with parts of Y": the share was Y's.
                        reading.partial = false
                        reading.share = nil
                    }
                    reading.places = listEndingAt(before, items, before: k, clause, state: state)
                    // "60 percent of X was recaptured by the army": part of X changed hands.
                    readShare(before: before, items, k, clause, into: &reading)
                    readPartBeforeList(items, k, clause, into: &reading)
                    // "the first district of X that was taken by Y": so did a part of the town X
                    // ("the district of Waer was taken" names the district).
                    // ("the first district of the city that was taken": of the town an anaphor names.)
                    let anaphorAt = itemIndex(ofPlace: before, in: items, clause.lowerBound..<k) == nil
                        ? items[clause.lowerBound..<k].lastIndex(where: { $0.isCue(.anaphor) }) : nil
                    let partOfAnaphor = anaphorAt.map { a in
                        guard a >= 2, case .word("of") = items[a - 1].item, case .word(let part) = items[a - 2].item else { return false }
                        return isPartNoun(part)
                    } ?? false
                    if !isArabic, partOfAnaphor || isNamedAsPartOf(before, state),
                       let town = state.input.resolutions[before].place ?? state.input.resolutions[before].candidates.first?.place,
                       [.city, .town].contains(state.input.gazetteer.kind(town)) {
                        reading.partial = true
                    }
                    // "the Mosul neighborhoods retaken by Iraqi forces": so did part of X.
                    if !isArabic, let at = itemIndex(ofPlace: before, in: items, clause.lowerBound..<k),
                       at + 1 < k, !items[at + 1].breakBefore, case .word(let part) = items[at + 1].item, lexicon.isWord(part, .townPart) {
                        reading.partial = true
                    }
                    // "X is partially occupied by Y", "largely encircled by": part of X.
                    if !isArabic, k > 0, case .word(let w) = items[k - 1].item, lexicon.isWord(w, .partialAdverb) { reading.partial = true }
                } else if reading.places.isEmpty, !isArabic, predicate.kind == .besieged, k + 2 < clause.upperBound,
                          lexicon.isWord(state.keyOf(items[k + 1]), .inside), case .place(let inside) = items[k + 2].item,
                          let fighters = (clause.lowerBound..<k).last(where: { if case .actor = items[$0].item { return true } else { return false } }),
                          case .actor(let besieged) = items[fighters].item,
                          items[(fighters + 1)..<k].allSatisfy({ if case .word = $0.item { return !$0.commaBefore } else { return false } }) {
                    // "IS fighters have been encircled in X (by Y)": the side surrounded is the
                    // subject, and the place it is trapped in is besieged.
                    reading.places = [inside]
                    reading.from = reading.from ?? besieged
                } else if reading.places.isEmpty, !isArabic, let antecedent = placeBeforePassiveIt(items, k, state: state) {
                    // "could not leave X because it was surrounded by the army".
                    reading.places = [antecedent]
                } else if reading.places.isEmpty, !isArabic, let subject = subjectBeforeTemporalGerund(items, k, state) {
                    // "X held out for years before falling to Y", "X was besieged for months before
                    // being captured by Y": the gerund's subject is the main clause's.
                    reading.places = [subject]
                } else if reading.places.isEmpty, !isArabic, let subject = subjectOfJoinedPredicate(items, k, clause, state: state) {
                    // "X remains in IS hands and is surrounded by the army": the joined passive
                    // shares the place the first predicate is about.
                    reading.places = [subject]
                } else if reading.placesFoundAfterAgent, reading.places.allSatisfy({ state.input.resolutions[$0].place == nil }) {
                    // "was seized by al-Qaeda-affiliated militants": an unknown name after the
                    // agent word names the agent, not what was taken.
                    reading.places = []
                }
            }
            // An English passive names its agent with "by" only: "were cleared as YPG defences
            // collapsed" says nothing of who cleared them.
            let afterVerb = reading.subjectAfter
            reading.subjectAfter = nil
            // The predicate's own preposition ("besieged by", "fell to", "handed over to") names it too.
            let namesAgent = isArabic || agentWordAfter || item.end - item.start > 1 && state.lastKeyOf(item) != "from"
            if let a = namesAgent ? afterVerb ?? reading.agent : reading.agent { reading.agent = a }
            if !isArabic, reading.agent == nil, let a = agentAfterAdjunct(items, k, clause, state) {
                // "X was captured on Monday in a pre-dawn raid by Y": the agent after the phrases
                // of time and manner that end the object scan.
                reading.agent = a
            }
            if state.lastKeyOf(item) == "from" {
                // "were recaptured from IS fighters": the actor named is the loser; "by" still
                // names the taker in English.
                if isArabic {
                    reading.from = reading.from ?? reading.agent
                    reading.agent = nil
                } else {
                    reading.from = reading.from ?? afterVerb
                }
            }
        case .clash, .fight:
            guard var fight = clashReading(items, k, clause, state) else { return [] }
            if fight.subjectAfter == nil, found.voice == .clash, k > clause.lowerBound, case .actor(let a) = items[k - 1].item {
                // "قوات النظام تخوض معارك عنيفة داخل X": the side right before the fight wages it.
                fight.subjectAfter = a
            } else if fight.subjectAfter == nil, fight.from != nil, lexicon.isWord(state.lastKeyOf(item), .fightAgainst),
                      let subject = subjectBefore(items, k, clause, state), lexicon.side(of: subject) != lexicon.side(of: fight.from!) {
                // "حقق الجيش تقدما في المعارك ضد داعش في X": the fight against a side is waged by the
                // clause's subject.
                fight.subjectAfter = subject
            } else if fight.subjectAfter == nil {
                // "وتركزت معارك اليوم في X" right after "the fighting between A and B goes on": the
                // same fight, its sides named a sentence or two before.
                guard found.voice == .clash, let last = state.lastFight, s - last.sentence <= 2 else { return [] }
                fight.subjectAfter = last.actor
                fight.from = last.from
            } else if let a = fight.subjectAfter, let f = fight.from {
                state.lastFight = (a, f, s)
            }
            reading = fight
        case .state where compoundHolder != nil:
            // "seized the IS stronghold of X", "fighters took the rebel-held town of Y": what a
            // taking's object was held by, the taking ends (its losing side; see scanForward).
            if isObjectOfTaking(items, k, clause, state) { return [] }
            reading.agent = compoundHolder
            reading.places = compoundObject(items, after: k, state: state) ?? appositiveOfCompound(items, k, state).map { [$0] } ?? []
        case .state where isStrongholdNoun(item, state):
            // "Tikrit, an IS stronghold": the side before the noun holds the place before the aside.
            guard let held = appositiveStronghold(items, k, clause, state) else { return [] }
            reading.agent = held.actor
            reading.places = held.places
        case .state:
            let inHands = item.end - item.start == 1 && state.keyOf(item) == "hands"
            // "X is under our control," a commander said; "X is in our hands": the speaker's side,
            // before any side that merely follows.
            let speaker = isArabic ? nil : speakerAsHolder(items, k, before: inHands, state)
            // "Russia expects Turkey to bring X under the control of Y", "a plan to put X under
            // its control": what an infinitive brings under a side's control is an aim.
            if !isArabic, isBroughtByInfinitive(items, k, state) { return [] }
            if !isArabic, let taker = broughtUnderOwnControl(items, k, clause, state) {
                // "brought X under its control": a taking, by the side that brought it.
                predicate = Predicate(kind: .captured, voice: .state)
                reading.agent = taker
                let brought = nearestPlaceBefore(items, k, clause, limit: 4, state: state)
                // ("bringing much of Anbar province under their control": an area, never its towns.)
                if let brought, isRegion(brought, state) { return [] }
                reading.places = brought.map { [$0] } ?? []
                // "bringing 70 percent of the city under their control", "much of X": a part of it.
                // (A word referring back after the place is what is brought: "entered X, bringing
                // 70% of the town under ...".)
                let broughtAt = brought.flatMap { itemIndex(ofPlace: $0, in: items, clause.lowerBound..<k) } ?? clause.lowerBound
                let refersBack = items[broughtAt..<k].contains { $0.isCue(.anaphor) }
                readShare(before: refersBack ? -1 : brought ?? -1, items, k, clause, into: &reading)
                break
            }
            guard let actor = speaker ?? (inHands ? handsHolder(items, k, clause, state)
                    : firstActorPastCompounds(items, from: k + 1, limit: 3, to: clause.upperBound, state) ?? modifierHolder(items, k, clause, state)
                      ?? holderReferredBack(items, k, clause, state) ?? pronounHolderOfState(items, k, clause, state)) else { return [] }
            if item.end - item.start == 1, state.keyOf(item) == "under" {
                // "under Iraqi army control": the word "control" must follow the actor; "under
                // government siege", a siege.
                if actor.index + 1 < clause.upperBound, !items[actor.index + 1].breakBefore,
                   case .word(let w) = items[actor.index + 1].item, lexicon.isWord(w, .siegeNoun) {
                    predicate = Predicate(kind: .besieged, voice: .state)
                } else {
                    guard controlWordFollows(items, after: actor.index, clause: clause) else { return [] }
                }
            }
            if state.lastKeyOf(item) == "to" {
                // "X returned to government control": so must it after "to" ("returned to
                // government-held X" is a place, not a return).
                guard controlWordFollows(items, after: actor.index, clause: clause),
                      actor.index + 1 < clause.upperBound, !items[actor.index + 1].hyphenBefore else { return [] }
            }
            reading.agent = actor.actor
            // "X, which brings most of the territory east of Y under Z's control": the state is
            // said of a part named in the clause, neither of its head nor of Y.
            let partNamed = items[clause.lowerBound..<k].contains { $0.isCue(.partial) }
            if partNamed, !isArabic, relativeOpening(items, clause) != nil { return [] }
            if let head = relativeClauseHead(items, clause, closedBefore: k) {
                // "معرة النعمان، التي تعد أكبر مناطق إدلب، تخضع لسيطرة المعارضة", "X, which lies in Y,
                // is under Z's control": the state is said of the noun the relative clause describes
                // (of the whole list before it, "A and B, which were held by Y, are now under Z's").
                reading.places = relativeDescribesList(items, clause, state)
                    ? listEndingAt(head, items, before: clause.lowerBound, 0..<clause.lowerBound, state: state) : [head]
            } else if !isArabic, let head = headBeforeLocatingAside(items, k, clause) ?? headBeforeAppositive(items, k, clause, state)
                        ?? headBeforeParticipleAside(items, k, clause, state) {
                // "Mosul, 400 km north of Baghdad, has been under IS control", "X, south of Idlib,
                // is held by Y": the aside only says where the place before it lies.
                reading.places = [head]
            } else if isArabic, k > clause.lowerBound, case .place(let named) = items[k - 1].item, !items[k].breakBefore,
                      state.writtenKeyOf(items[k]).hasPrefix("\u{0627}\u{0644}"), locativeOpening(items, before: k - 1, clause) != nil,
                      nearestPlaceBefore(items, k, clause, limit: 6, state: state, passingLocatives: true) == nil, !isRegion(named, state),
                      !state.input.resolutions[named].mention.afterPreposition {
                // "وصلت القافلة إلى بلدة X المحاصرة من قبل Y": a participle with the article agrees
                // with the name right before it, wherever a locative put that name.
                reading.places = [named]
            } else if let before = nearestPlaceBefore(items, k, clause, limit: 6, state: state, passingLocatives: true) {
                // ("X in northern Y is under Z's control", "areas near X remain ...": a place after a
                // locative says where the held one lies.)
                // "X، وباتت Y خاضعة لسيطرة Z": the state is said of the name right before it, even
                // one the gazetteer does not know (or a weak one), never of a place further back.
                if k > clause.lowerBound, case .place(let subject) = items[k - 1].item, subject != before,
                   locativeOpening(items, before: k - 1, clause) == nil { return [] }
                // "ريف حماة الواقع تحت سيطرة المسلحين", "the Hama countryside, under rebel control":
                // what is held is an area around X or in its province, never X itself.
                if isRegion(before, state) { return [] }
                if !isArabic, let at = itemIndex(ofPlace: before, in: items, clause.lowerBound..<k),
                   at > 0, case .cue(let c) = items[at - 1].item, c.role == .from {
                    // "farms stretching from Damascus that have been in rebel hands": a place after "from"
                    // says where something begins, not what is held. (Arabic من is also "of": "60% من X".)
                    return []
                }
                // "the nearest base to Damascus to fall under rebel control": nor after "to".
                if isDestinationOfOtherVerb(before, items, before: k, clause, state) { return [] }
                // "All the bridges of X were under Y's control": a thing of X is held.
                if !isArabic, isThingOfPlace(before, items, before: k, clause) { return [] }
                reading.places = listEndingAt(before, items, before: k, clause, state: state)
                // "more than half of al-Bab was still under IS control", "60% من دير الزور يخضع لسيطرة".
                // ("captured 55 percent of X, the main stronghold of IS": the share is the taking's.)
                // ("مع استكمال السيطرة على الأحياء، يمكن القول إن 80% من X أصبحت تحت سيطرتها": a report's
                // complement after the taking is a sentence of its own.)
                let governedEarlier = itemIndex(ofPlace: before, in: items, clause.lowerBound..<k).map { at in
                    guard let taking = items[clause.lowerBound..<at].lastIndex(where: {
                        if case .predicate(let p) = $0.item { return [.captured, .recaptured].contains(p.kind) } else { return false }
                    }) else { return false }
                    return !items[taking..<at].contains { $0.isCue(.report) }
                } ?? false
                if !governedEarlier {
                    readShare(before: before, items, k, clause, into: &reading)
                    readPartBeforeList(items, k, clause, into: &reading)
                }
                // "al-Bab is largely under the control of", "partly in rebel hands".
                if k > clause.lowerBound, case .word(let w) = items[k - 1].item, lexicon.isWord(w, .partialAdverb) { reading.partial = true }
            }
            if reading.places.isEmpty {
                // "held by IS in X", "under IS control, including X and Y"; but "the province was
                // held by IS, though parts of X stayed ...": after a comma another clause begins,
                // about its own place, unless the comma opens a list.
                let clauseEnd = items[(actor.index + 1)..<clause.upperBound].firstIndex(where: { it in
                    guard it.commaBefore, !it.isPlace else { return false }
                    if case .cue(let c) = it.item, c.role == .clause, c.value == "list" { return false }
                    return true
                }) ?? clause.upperBound
                scanForward(items, from: actor.index + 1, to: clauseEnd, allowSubject: false, kind: predicate.kind, into: &reading, state: state)
                // "حي X الخاضع لسيطرة Y بمدينة Z": a place behind a glued preposition says where the
                // held one lies.
                if isArabic, let first = reading.places.first, state.input.resolutions[first].mention.afterPreposition { reading.places = [] }
            }
        }
        if reading.places.isEmpty, let last = relativeHead(items, clause, state) {
            // "بلدتي X وY اللتين تحاصرهما Z": a dual or plural relative word describes the list it follows.
            let dualOrPlural = clause.lowerBound > 0 && state.isArabic(items[clause.lowerBound - 1])
                && state.writtenKeyOf(items[clause.lowerBound - 1]) != "\u{0627}\u{0644}\u{062A}\u{064A}"
                && state.writtenKeyOf(items[clause.lowerBound - 1]) != "\u{0627}\u{0644}\u{0630}\u{064A}"
                || relativeDescribesList(items, clause, state)
            let list = listEndingAt(last, items, before: clause.lowerBound, 0..<clause.lowerBound, state: state)
            // ("the border area between X and Y, which is held by Z": the relative describes the area.)
            let bounds = list.contains { boundsBetween($0, items, before: clause.lowerBound, 0..<clause.lowerBound) }
            let heads = bounds ? [] : dualOrPlural ? list : [last]
            // "Mosul, which was captured by IS", "الموصل التي يسيطر عليها التنظيم", "Mosul, which IS
            // seized": the relative clause says it of the place it describes. An active or present
            // verb needs its own subject in the clause (an Arabic one resumes the place with a
            // pronoun): in "the town that controls the road" the town is the subject, and in
            // "القرية التي سيطر عليها قبل يوم" the side is not named. A state in the past
            // ("التي كانت تحت سيطرة", "which had been held by") is what it was before.
            switch predicate.voice {
            case .passive:
                reading.places = heads
            case .state:
                // ("X, which overlooks rebel-held territory": the compound describes the noun after it.)
                if compoundHolder == nil, !saysPast(items, from: clause.lowerBound, to: k, state) { reading.places = heads }
            case .active, .present:
                if isArabic ? reading.pronounObject && reading.subjectAfter != nil : relativeSubjectLeadsTo(items, k, clause) {
                    reading.places = heads
                }
            default:
                break
            }
        }
        if reading.places.isEmpty, [.active, .nominal, .present].contains(predicate.voice),
           let included = includedPlaces(items, after: k, clause, state: state) {
            // "seized several villages in the area, including X and Y", "على عدد من القرى، بينها X وY",
            // "still controls a stretch of territory along the border, including X and Y".
            reading.places = included
            // "70% of Anbar province, including the cities of X and Y": the share was of the whole;
            // the places listed were taken whole.
            reading.partial = false
            reading.share = nil
        }
        // ("إعلان تركيا دخولها الحرب": with a thing right after it, the pronoun is the subject's.)
        let afterPronoun = k + 1 < items.count && items[k + 1].isCue(.pronoun) ? k + 2 : k + 1
        let thingAfter = afterPronoun < items.count && !items[afterPronoun].breakBefore && items[afterPronoun].isCue(.object)
        if reading.places.isEmpty, reading.pronounObject, !thingAfter, predicate.voice == .active || predicate.voice == .nominal,
           !modifiesPluralNoun(items, k, state),
           let antecedent = nearestPlaceBefore(items, k, 0..<k, limit: k, state: state, passingStates: isArabic),
           !isRegion(antecedent, state) {
            // (A province named last only says where the place it follows lies: "قرية X جنوبي
            // الموصل مركز محافظة نينوى، وحررتها": not the province.)
            // "استعادت الفصائل بلدات X وY بعد ساعات من دخول قوات النظام إليها": the pronoun refers to
            // the places the sentence just named.
            let named = listEndingAt(antecedent, items, before: k, 0..<k, state: state)
            // "after the troops recaptured them": an English plural pronoun stands for a list of
            // places, never for the one town named last (the places it means may be unnamed).
            let plural = !isArabic && items[(k + 1)..<clause.upperBound].contains { it in
                if case .cue(let c) = it.item, c.role == .pronoun { return state.keyOf(it) == "them" } else { return false }
            }
            if !plural || named.count >= 2 { reading.places = named }
        }
        if reading.places.isEmpty, reading.pronounObject, isArabic, !thingAfter, predicate.voice == .active,
           !modifiesPluralNoun(items, k, state), let before = placeOfSentenceBefore(items, k, state) {
            // "حاصرت قوات النظام بلدة X. واليوم اقتحمتها وسيطرت عليها.": in a sentence that names
            // no place, the pronoun is the place the sentence before named last.
            reading.places = [before]
        }
        if predicate.voice != .state, predicate.voice != .present,
           modifiesPluralNoun(items, k, state) || reading.places.isEmpty && takesPluralNoun(items, k, clause, state) {
            // "القرى التي سيطرت عليها X في ريف إدلب هي، A، B", "the villages taken by X are A and B":
            // the verb describes the noun whose names the copula lists; a place inside the
            // relative clause only says where they lie.
            let listed = enumeratedPlaces(items, after: k, state: state)
            if !listed.isEmpty {
                reading.places = listed
                if !isArabic, reading.agent != nil { predicate.voice = .passive }
            }
        }
        if reading.places.isEmpty, !isArabic, predicate.voice == .active, [.captured, .recaptured].contains(predicate.kind),
           let declared = declaredObject(items, k, clause, state) {
            // "Iraqi forces declared Tal Afar fully liberated": the place declared so is the object.
            reading.places = [declared]
        }
        if let possessed = possessedPlace, reading.places.isEmpty || predicate.voice == .nominal {
            reading.places = [possessed]
        }
        if reading.places.isEmpty, !isArabic, predicate.voice == .active, item.end - item.start >= 3,
           ["it", "them"].contains(state.input.stream.words[item.end - 2].innerKey),
           let antecedent = placeNamedBefore(items, k + 1, state: state) {
            // "stormed X and quickly took it over": the pronoun inside the phrasal verb.
            reading.places = [antecedent]
        }
        if reading.places.isEmpty, !isArabic, [.contested, .captured, .recaptured].contains(predicate.kind), predicate.voice == .active,
           namesPartOfItsPlace(items, after: k, clause), let antecedent = placeNamedBefore(items, k + 1, state: state) {
            // "battles raged inside X as the army pushed into its eastern districts": a part of
            // the place named before is contested.
            reading.places = [antecedent]
            reading.partial = true
        }
        if !isArabic, reading.places.count == 1, predicate.voice == .passive || predicate.voice == .state || k + 1 < clause.upperBound && items[k + 1].isCue(.agent),
           let inside = itemIndex(ofPlace: reading.places[0], in: items, clause.lowerBound..<k),
           let head = headOfAppositiveAround(items, k, clause, state), let opened = itemIndex(ofPlace: head, in: items, clause.lowerBound..<k), inside > opened {
            // "Darayya, a Damascus suburb besieged by ...": the suburb is Darayya.
            reading.places = [head]
        }
        guard !reading.places.isEmpty else { return [] }
        // "held John Smith and two other journalists prisoner": the name is a person held, no ground.
        if !isArabic, [.holds, .captured].contains(predicate.kind), let first = reading.places.first, k + 1 < clause.upperBound,
           case .place(first) = items[k + 1].item, let last = reading.places.last, let at = itemIndex(ofPlace: last, in: items, (k + 1)..<clause.upperBound),
           items[(at + 1)..<min(clause.upperBound, at + 6)].prefix(while: { !$0.commaBefore && !$0.strongBreakBefore })
            .contains(where: { $0.isCue(.object, value: "held") }) { return [] }
        // "the hills surrounding X", "IEDs surrounding the dam": a participle of encircling right
        // after a plain noun says where the thing lies, no siege. ("after surrounding X", "IS is
        // surrounding X" have a preposition or a copula before it, "completed surrounding X" a verb,
        // "fighters surrounding X" an actor; in "rebels and allied groups surrounding X" the noun
        // is one of the sides named.)
        if !isArabic, predicate.kind == .besieged, state.lastKeyOf(item).hasSuffix("ing"), k > clause.lowerBound, !item.breakBefore,
           !items[clause.lowerBound..<k].contains(where: \.isActor),
           items[k - 1].isCue(.object) || { if case .word(let noun) = items[k - 1].item {
               return !noun.hasSuffix("ly") && !noun.hasSuffix("ed") && !lexicon.isWord(noun, .phraseBreak) && !lexicon.isWord(noun, .auxiliary)
           } else { return false } }() { return [] }
        // (The place may be named, or an anaphor: "liberating the city".)
        if !isArabic, state.lastKeyOf(item).hasSuffix("ing"),
           let placeAt = items[(k + 1)..<clause.upperBound].firstIndex(where: { $0.isPlace || $0.isCue(.anaphor) }) {
            // "liberating the city would still take much time": a gerund that is the subject of a
            // modal is what may happen; "liberating Idlib is essential", of a copula, what is
            // talked about. ("IS is retaking X" has its copula before the gerund.)
            if items[(placeAt + 1)..<min(clause.upperBound, placeAt + 4)].contains(where: { $0.isCue(.future) }) { return [] }
            let copulaBefore = k > clause.lowerBound && lexicon.isWord(state.keyOf(items[k - 1]), .auxiliary)
            if !copulaBefore, placeAt + 1 < clause.upperBound, !items[placeAt + 1].breakBefore,
               lexicon.isWord(state.keyOf(items[placeAt + 1]), .auxiliary) { return [] }
        }
        if passiveExpulsion {
            guard let expelled = subjectBefore(items, k, clause, state) else { return [] }
            reading.from = expelled
        }
        if expulsion && reading.from == nil && !expelsAnEnemy(items, k, clause, state) { return [] }
        if loss, reading.agent == nil, isArabic {
            // "سلمت الوحدات مدينة X لقوات النظام": the taker carries the preposition ل itself.
            // (Right after the place handed over: in "ويعد فقدان X ضربة للفصائل" the side after
            // ل is the one the loss hurt.)
            // ("سلمت الوحدات X إلى قوات النظام": or after إلى, right after the place.)
            for i in (k + 1)..<clause.upperBound {
                if case .actor(let a) = items[i].item, state.writtenKeyOf(items[i]).hasPrefix("\u{0644}") {
                    if items[i - 1].isPlace { reading.agent = a }
                    break
                }
                if case .actor(let a) = items[i].item, i >= 2, items[i - 2].isPlace, items[i - 1].isCue(.locative),
                   state.keyOf(items[i - 1]) == "\u{0627}\u{0644}\u{064A}" {
                    reading.agent = a
                    break
                }
            }
        }
        // ("Rebels lost X", "lost control of X", "خسرت الفصائل X": with no taker named, a place
        // lost as the verb's own object is still lost; "lost ground in X" is not.)
        if loss && reading.agent == nil && !losesPlaceAsObject(items, k, state) { return [] }

        // Who did it.
        var actor: String?
        var evidence: EventConfidence.ActorEvidence = .none
        // The actor is the reporter of its own gain: the topic from here on, as a subject is.
        var reportsOwnGain = false
        if predicate.voice == .passive || predicate.voice == .state {
            actor = reading.agent
            evidence = actor == nil ? .none : .agent
            if actor == nil, !isArabic, let speaker = speakerAsHolder(items, k, state) {
                // "X was captured by our fighters," a commander said.
                actor = speaker.actor
                evidence = .carried
            }
            if actor == nil, predicate.voice == .passive, [.captured, .recaptured].contains(predicate.kind),
               let owner = operationOwner(items, after: k, clause) {
                // "X was cleared of YPG fighters in Turkey's ongoing operation": the side whose
                // operation it was took it.
                actor = owner
                evidence = .agent
            }
            if actor == nil, passiveExpulsion, let speaker = reporterBefore(items, k, state) ?? reporterAfter(items, k),
               let expelled = reading.from, lexicon.side(of: state.resolveGeneric(speaker) ?? speaker) != lexicon.side(of: state.resolveGeneric(expelled) ?? expelled) {
                // "IS fighters were driven out of X, the SDF announced": a side that tells of the
                // enemy's expulsion tells of its own gain (as of a liberation, below).
                actor = speaker
                evidence = .carried
            }
            if actor == nil, !isArabic, predicate.voice == .passive, lexicon.isWord(state.lastKeyOf(item), .liberationVerb),
               let speaker = reporterBefore(items, k, state) ?? reporterAfter(items, k) {
                // "The army said X had been liberated", "X has been liberated, the army said": a
                // liberation is told by the side that made it (as "أعلن الجيش أنه تم تحرير X").
                actor = speaker
                evidence = .carried
            }
            if actor == nil, predicate.voice == .passive, predicate.kind == .recaptured, let loser = reading.from,
               let topic = state.lastSubject, lexicon.side(of: topic) != lexicon.side(of: state.resolveGeneric(loser) ?? loser) {
                // "Iraqi forces pushed north. Hawija was retaken from IS": a retaking from a named
                // loser, with no taker named, is the side the report is about (never the loser's).
                actor = topic
                evidence = .carried
            }
            if actor == nil, predicate.voice == .passive, [.captured, .recaptured].contains(predicate.kind),
               let taker = state.previousSentenceTaker,
               !items[..<k].contains(where: { $0.isActor || $0.isPredicate }),
               reading.from.map({ lexicon.side(of: state.resolveGeneric($0) ?? $0) != lexicon.side(of: taker) }) ?? true {
                // "Turkish troops seized three villages on Sunday. X and Y were taken on Monday": a
                // taking told with no taker right after a sentence that opens on one side's taking
                // goes on with that side's advance.
                actor = taker
                evidence = .carried
            }
        } else if reading.agent == nil, possessedPlace == nil, nominalAfterClauseOfTwoSides(items, k, clause, state) {
            return []
        } else if !isArabic, possessedPlace != nil, let a = reading.agent {
            // "X's capture by rebels": the agent of the noun, not a side after it.
            actor = a
            evidence = .agent
        } else if let a = latterSide(items, k, state) {
            // "بين قوات النظام من جهة والفصائل من جهة أخرى، وسيطرت الأخيرة على X": the latter.
            actor = a
            evidence = .explicit
        } else if let a = reading.subjectAfter {
            actor = a
            evidence = .explicit
        } else if let a = reading.agent, isArabic, predicate.voice == .active, !expulsion, k + 2 < clause.upperBound, items[k + 1].isPlace,
                  items[(k + 2)...].prefix(while: { !$0.isActor }).contains(where: { $0.isCue(.agent) }),
                  !items[clause.lowerBound..<k].contains(where: \.isActor) {
            // "حُرِّرت مدينة X على يد الجيش", "استُعيدت X من قبل قوات النظام": a perfect written
            // without its vowels, the place right after it and the doer after "على يد" or "من
            // قبل", is a passive; no subject stands before it.
            actor = a
            evidence = .agent
        } else if let a = reading.agent, predicate.voice == .nominal || expulsion && isArabic {
            // "officials hailed the capture of X by the army": the noun names its own agent; the
            // subject before it is someone else. ("تم طرد داعش من X على يد قسد": so does the
            // Arabic noun of expulsion, whatever voice the lexicon gives it.)
            actor = a
            evidence = .agent
        } else if !isArabic, predicate.voice == .nominal, k > 0, !item.breakBefore, case .word(let w) = items[k - 1].item,
                  let a = lexicon.actorModifiers[w] {
            // "a rebel capture of X", "the Kurdish takeover of X": the modifier of the noun names its side.
            actor = a
            evidence = .explicit
        } else if !isArabic, predicate.kind == .besieged, predicate.voice == .nominal, reading.besieger == nil,
                  isSiegeOfCircumstance(items, k, state) {
            // "During the siege of X, the rebels shelled ...", "Amid the siege of X, thousands
            // fled": a siege that only dates what the sentence tells names no besieger, and the
            // side of the clause it dates may well be the besieged.
            return []
        } else if isArabic, predicate.voice == .nominal, carriesHoldersPronoun(item, state),
                  let a = possessorBefore(items, k, clause, state) ?? possessorBeforeClause(items, k, clause, state) {
            // "بالتزامن مع إعلان المعارضة سيطرتها على X": the pronoun on a noun of holding names
            // the holder, the side right before it, not the subject of an earlier verb.
            actor = a
            evidence = .explicit
        } else if !isArabic, predicate.voice == .active, !item.breakBefore, unnamedForceSubject(items, k, clause) {
            // "air strikes on X since an alliance of Islamist groups seized the city": the verb's
            // own subject names no side; a side named earlier in the clause is not it. ("Opposition
            // fighters retook X, and the fighters regained Y": a definite one refers back.)
            actor = referentOfDefiniteForce(items, k, clause, state)
            if actor != nil { evidence = .carried }
        } else if isArabic ? state.writtenKeyOf(item).hasSuffix("\u{0646}\u{0627}") : firstPersonSubject(items, k, clause, state),
                  let speaker = reporterAfter(items, k) ?? reporterBefore(items, k, state) ?? state.quotationSpeaker {
            // "We have taken X, a rebel commander said", "حررنا X، قال قيادي": the speaker's side.
            actor = speaker
            evidence = .carried
        } else if !isArabic, firstPersonSubject(items, k, clause, state, person: .reporterPossessive),
                  let speaker = reporterBefore(items, k, state) {
            // "The army said its forces had retaken X": the side that says it.
            actor = speaker
            evidence = .carried
        } else if predicate.voice == .nominal, followsConcession(items, k) {
            // "IS still holds X, despite the capture of Y": the taking is set against what the
            // clause's subject does; who took Y the sentence does not say.
            actor = nil
        } else if let a = subjectBefore(items, k, clause, state),
                  predicate.voice != .present || actorWithin(items, before: k, distance: 3)
                    // "Rebels, who hold much of the north, have been in control of X for months".
                    || relativeAsideHead(items, k, clause, state) != nil {
            actor = coalitionOfSubject(a, items, before: k, clause, state)
            evidence = .explicit
        } else if predicate.voice == .present, !isArabic, let speaker = speakerOfPronounSubject(items, k, state) {
            // "The army said it was in full control of X": the pronoun after the report is the
            // side that reports.
            actor = speaker
            evidence = .carried
        } else if predicate.voice == .present, isArabic, let speaker = speakerOfOwnForces(items, k, state) {
            // "قالت الفصائل إن مقاتليها تسيطر على X": the fighters "its" refers to are the side
            // that reports.
            actor = speaker
            evidence = .carried
        } else if predicate.voice == .present, !isArabic, isTheyBefore(items, k, clause), let carried = state.lastSubject,
                  let referent = referentOfThey(carried: carried, items[..<k], state) {
            // "Kurdish fighters attacked X. They now hold half of the city.": "they" names the
            // holder, as the side the text was about.
            actor = referent
            evidence = .carried
        } else if predicate.voice == .present {
            // "a press conference held on Mount Sinjar": standing control needs its holder named.
            return []
        } else if let a = mainClauseSubject(items, k, clause, state) {
            // "تقدمت قوات النظام نحو المدينة بعد السيطرة على X", "the regime advanced after
            // recapturing X": a verbal noun or gerund right after "after" shares the subject of
            // the clause it is attached to, not the side an earlier sentence was about.
            actor = a
            evidence = .explicit
        } else if let reporter = reporterBefore(items, k, state) {
            // "أعلنت قسد أن مقاتليها سيطروا على ...": the side announcing its own gains, which the
            // text goes on about ("Their capture of Y ..." in the next sentence).
            actor = reporter
            evidence = .carried
            reportsOwnGain = true
        } else if isArabic, predicate.voice == .nominal, k > clause.lowerBound, case .word(let auxiliary) = items[k - 1].item,
                  lexicon.isWord(auxiliary, .passiveAuxiliary), let speaker = reporterAfter(items, k) ?? attributionAfter(items, k) {
            // "تمت السيطرة على X، وفق ما أفادت سانا", "تم تحرير X بحسب الجيش": an impersonal
            // taking is told by the side that made it, as when the report comes first.
            actor = speaker
            evidence = .carried
        } else if let carried = state.lastSubject, carried != reading.besieger {
            // "Thousands of residents fled the town": a pull-out needs its leaver named, never
            // the side an earlier sentence was about.
            if predicate.kind == .withdrew { return [] }
            // "Militants took the town": a subject is there, only not a side we know; so it is in
            // "The fighters blew up the police station and advanced, seizing X".
            // ("Opposition fighters recaptured X. The fighters also took Y": the definite noun
            // refers back to the fighters named, when all the sides named since are one.)
            let definiteForce = isArabic ? nil : referentOfDefiniteForce(items, k, clause, state)
            if !isArabic, definiteForce == nil, unnamedForceSubject(items, k, clause) || opensWithUnnamedForce(items, before: k, clause)
                || unknownNamedSubject(items, k, clause, state) { return [] }
            if isArabic, unknownArabicSubject(items, k, clause, state) { return [] }
            // "Aid convoys entered the city", "UN inspectors entered X": people who are no side.
            if !isArabic, civilianSubject(items, k) { return [] }
            // "ISIS led the rebels who swept the north. They captured X": "they" may be any side
            // named since; the side of an earlier sentence is only a guess.
            // "Qalamoun Shield soldiers together with the NDF took hold of X, later entering Y,
            // resulting in the capture of three quarters of it": sides named before the verb in
            // its own sentence, none of them the side carried, make that side a wrong guess.
            let namedBefore = items[..<k].compactMap { it -> String? in
                if case .actor(let a) = it.item { return state.resolveGeneric(a) } else { return nil }
            }
            // ("they" is read among the sides named, below.)
            if !isArabic, definiteForce == nil, !namedBefore.isEmpty, !isTheyBefore(items, k, clause),
               !namedBefore.contains(where: { lexicon.side(of: $0) == lexicon.side(of: state.resolveGeneric(carried) ?? carried) }) { return [] }
            if let definiteForce {
                actor = definiteForce
            } else if !isArabic, isTheyBefore(items, k, clause) {
                guard let referent = referentOfThey(carried: carried, items[..<k], state) else { return [] }
                actor = referent
            } else {
                actor = carried
            }
            evidence = .carried
        }
        actor = actor.flatMap(state.resolveGeneric)
        if let b = breakingAt, !isArabic, let a = actor, items[(b + 1)..<k].contains(where: { it in
            if case .actor(let m) = it.item { return state.resolveGeneric(m) == a } else { return false }
        }) {
            // "the breaking of the ISIL siege of X": the side before the siege noun laid the siege;
            // it broke nothing. (In Arabic the side there is the breaking verb's subject: "فك
            // الجيش الحصار".)
            reading.from = reading.from ?? a
            actor = nil
            // "Rebels said they had broken the government's siege of X": the breaking verb has a
            // subject of its own, a side or "they".
            if isTheyBefore(items, b, clause),
               let referent = referentOfThey(carried: state.lastSubject ?? a, items[..<b], state),
               lexicon.side(of: referent) != lexicon.side(of: a) {
                actor = referent
                evidence = .carried
            }
        }
        if isArabic, predicate.kind == .siegeBroken, lexicon.isWord(state.lastKeyOf(item), .siegeNoun),
           !state.input.text.tokens[state.input.stream.words[item.end - 1].token].key.hasPrefix("\u{0627}\u{0644}"),
           k + 1 < clause.upperBound, !items[k + 1].breakBefore,
           case .actor(let laid) = items[k + 1].item, let besieger = state.resolveGeneric(laid) {
            // "كسرت قوات النظام حصار داعش لمدينة X", "تكسر حصار داعش": the side in construct with
            // the siege noun laid the siege; the breaker is the verb's subject, between the verb and
            // the noun or before the verb ("تمكنت الفصائل من فك حصار قوات النظام عن X").
            reading.from = besieger
            let verbAt = breakingAt ?? k
            let breaker = firstSubject(items, in: min(verbAt + 1, k)..<k).flatMap(state.resolveGeneric)
                ?? subjectBefore(items, verbAt, clause, state).flatMap(state.resolveGeneric)
            actor = breaker != besieger ? breaker : nil
        }
        if breakingAt != nil, !isArabic, reading.from == nil, k > clause.lowerBound, !items[k].breakBefore,
           case .word(let w) = items[k - 1].item, let named = lexicon.actorModifiers[w].flatMap(state.resolveGeneric),
           actor.map({ lexicon.side(of: $0) != lexicon.side(of: named) }) ?? true {
            // "broke the four-year rebel siege of X": the adjective before the siege noun names
            // who laid it, as a side's name there does ("the IS siege").
            reading.from = named
        }
        // The side named right after an agent word ("by IS").
        func agentSide(_ j: Int) -> String? {
            guard items[j - 1].isCue(.agent), case .actor(let m) = items[j].item else { return nil }
            return state.resolveGeneric(m)
        }
        if breakingAt == nil, predicate.kind == .siegeBroken, !isArabic, let a = actor,
           let b = items[(k + 1)..<clause.upperBound].firstIndex(where: { $0.isCue(.breaking) }),
           ((k + 2)..<b).contains(where: { agentSide($0) == a }) {
            // "the siege of X by IS was broken by Y", "... by IS ended": the side between the siege
            // noun and the breaking verb laid the siege; the breaker, if named, follows the verb.
            reading.from = reading.from ?? a
            actor = ((b + 1)..<clause.upperBound).first(where: { agentSide($0) != nil }).flatMap(agentSide)
        }
        if breakingAt == nil, predicate.kind == .siegeBroken, predicate.voice == .passive, !isArabic, k > clause.lowerBound,
           !items[k].breakBefore, case .actor(let m) = items[k - 1].item, let laid = state.resolveGeneric(m) {
            // "the IS siege of X was lifted", "the army's siege of X ended": the side before the
            // siege noun laid the siege.
            reading.from = reading.from ?? laid
            if actor == laid { actor = nil }
        }
        // (A side a relative clause describes, "IS, which seized X in 2014", is an aside, not the
        // topic; nor is the side of a hyphened adjective, "near the IS-held town of X".)
        // (Nor is the holder of a standing said of the object: in "سيطرت قسد على X الخاضعة لسيطرة
        // التنظيم. وفرضت هذه القوات سيطرتها على Y" the forces are the SDF.)
        if evidence == .explicit || reportsOwnGain || evidence == .agent && predicate.voice != .state, let a = actor, predicate.kind != .withdrew, !item.hyphenBefore,
           sideBeforeRelativeWord(items, k, state) == nil { state.lastSubject = a }

        if loss {
            // "Rebels lost X to the army": the subject found above is the side that lost.
            reading.from = actor
            actor = reading.agent.flatMap(state.resolveGeneric)
        }

        // "the siege imposed by X on Y", "الحصار الذي تفرضه X على Y": the side that laid the siege.
        if predicate.kind == .besieged, actor == nil, let b = reading.besieger {
            actor = state.resolveGeneric(b)
            evidence = .agent
        }

        // "…the final pocket of ISIL resistance, thus expelling ISIL from X": a side never expels
        // itself; the subject read was the wrong side. Nor does it take a place from itself ("the
        // council, which captured X from ISIL"): the side carried to the verb is not its subject.
        if let a = actor, let loser = reading.from.flatMap(state.resolveGeneric), lexicon.side(of: a) == lexicon.side(of: loser) {
            // ("Militants were expelled from X by Turkish-backed rebels": a word that names a side
            // only by the article's context names, beside the side after "by", the other one,
            // unnamed. An active verb's subject is no such certain side: "Kurds expel militants".)
            if passiveExpulsion, evidence == .agent, let named = reading.from, state.resolveGeneric(named) != named {
                reading.from = nil
            } else if expulsion {
                return []
            } else if [.captured, .recaptured].contains(predicate.kind), !loss {
                // (A handover or a loss names its giver otherwise: "سلموا X للنظام".)
                actor = nil
            }
        }
        // Who lost.
        // ("surrounded a Turkish observation post", "overran a Syrian army base": the side an
        // unnamed site's adjective names held it.)
        var siteHolder: String?
        if !isArabic, reading.from == nil, reading.places.count == 1, [.captured, .recaptured, .besieged].contains(predicate.kind) {
            let mention = state.input.resolutions[reading.places[0]].mention
            if mention.isUnnamedSite {
                let words = state.input.stream.words
                if let named = mention.words.compactMap({ lexicon.actorModifiers[words[$0].innerKey] }).first {
                    siteHolder = state.resolveGeneric(named)
                }
            }
        }
        var from = reading.from ?? siteHolder ?? (predicate.kind == .besieged ? nil : reading.besieger)
        if from == nil { from = opponent(in: items, at: k, of: actor, state: state) }
        from = from.flatMap(state.resolveGeneric)
        if let f = from, let a = actor, lexicon.side(of: f) == lexicon.side(of: a) { from = nil }

        var kind = predicate.kind
        // "سيطرت على X مرة أخرى", "seized X again": taken back, by a side that held it before.
        if kind == .captured, saysAgain(items, k, clause) { kind = .recaptured }
        if predicate.voice == .state, kind == .holds, compoundHolder == nil, let change = changeVerbBefore(items, k, clause, state) {
            // "X came under the control of Y", "باتت X تحت سيطرة Y": a change of hands, not a standing;
            // "fell back into government hands", "came back under": taken back.
            kind = change.back ? .recaptured : .captured
        }
        if predicate.voice == .present, kind != .contested {
            // An Arabic headline reports news in the present ("قوات النظام تسيطر على X"): a capture.
            // In the body the present states standing control.
            kind = isArabic && s < state.input.titleSentences && !reading.partial && reading.share == nil ? .captured : .holds
        }
        var share = reading.share
        if kind == .captured, isEntryToReinforce(items, k, clause, state) { return [] }
        if kind == .captured, isEntryUnderFire(items, k, state) { reading.partial = true }
        // "تواصل قوات النظام تحرير X", "are completing the capture of X", "continued to clear X":
        // a taking still going on; the place is fought over.
        if [.captured, .recaptured].contains(kind), isOngoing(items, k, clause, state) { reading.partial = true }
        // "almost completely recaptured X", "حررت X بشكل شبه كامل", "partially captured X": part
        // of the place, not all of it.
        if [.captured, .recaptured].contains(kind), saysNotQuiteAll(items, k, clause, state) { reading.partial = true }
        if saysNotYetWhole(items, k, state) {
            // "not yet fully withdrawn", "has not entirely lifted the siege": the phrase holds the
            // negation; what is not whole did not happen.
            guard [.captured, .recaptured, .holds].contains(kind) else { return [] }
            reading.partial = true
        }
        if [.captured, .recaptured].contains(kind), !reading.partial, share == nil, endsASiege(items, k, reading.places, state) {
            kind = .siegeBroken
        }
        if reading.partial || share != nil, [.captured, .recaptured, .holds, .contested].contains(kind) {
            kind = .contested
        } else {
            share = nil
        }
        // "IS fighters were driven out of X", "villagers expelled the militants from X": who holds
        // the place now, the sentence does not say (the next one often does); a pull-out on the
        // map would show it ownerless on one sentence's word.
        // ("IS fighters were driven out of X": the passive names the side that lost it, as "X was
        // cleared of IS fighters" does: a taking by a side unnamed, which moves nothing.)
        if expulsion, actor == nil, !(passiveExpulsion && from != nil) { return [] }
        if kind == .withdrew {
            // The subject pulled out; a taker, if named, is the actor.
            let leaver = actor
            actor = reading.agent.flatMap(state.resolveGeneric) ?? taker(items, after: k, state: state)
                ?? compellingSide(items, k, clause, state).flatMap(state.resolveGeneric)
            from = leaver
            // A side does not take over from itself ("X withdrew ..., X's special forces were in control of it").
            if let a = actor, let l = leaver, lexicon.side(of: a) == lexicon.side(of: l) { actor = nil }
            if actor == nil, from == nil { return [] }
            if reading.partial || share != nil {
                // "withdrew from the eastern districts of X": part of X changed hands, not X; the
                // taker, if named, contests it.
                guard actor != nil else { return [] }
                kind = .contested
            }
        }
        if kind == .siegeBroken, actor == nil, let b = reading.besieger {
            from = state.resolveGeneric(b)
        }
        // "Residents celebrated the capture of X, the last town held by IS": a taking whose sides
        // go unnamed is no event, but it still tells that a hold named beside it is over.
        let unnamedTaking = actor == nil && from == nil
        guard !unnamedTaking || [.captured, .recaptured].contains(kind) else { return [] }

        // "seized X, held by IS since 2014,", "سيطرت على X الخاضعة لسيطرة داعش منذ عام 2014": the
        // time after a later aside, or an Arabic adjective of standing, is its own.
        // ("On 22 August, the YPG, having captured X, ...": a participle's clause has the time of
        // the clause it hangs on.)
        // ("منذ عام 2014 حين سيطر التنظيم على X": so has a clause of "when".)
        let hangsOnClauseBefore = clause.lowerBound >= 2
            && (items[clause.lowerBound - 1].isCue(.clause, value: "participle") || items[clause.lowerBound - 1].isCue(.clause, value: "when"))
        let ownTime = (hangsOnClauseBefore ? clauseBounds(items, around: clause.lowerBound - 2).lowerBound : clause.lowerBound)..<(items[(k + 1)..<clause.upperBound].indices.first { l in
            let later = items[l]
            guard case .predicate(let p) = later.item else { return false }
            // ("took X, a city controlled by Y since 2014": a state in an appositive after a
            // comma has its own time too.)
            return later.commaBefore
                || p.voice == .state && state.isArabic(later) && state.writtenKeyOf(later).hasPrefix("\u{0627}\u{0644}")
                || p.voice == .state && !state.isArabic(later) && items[(k + 1)..<l].contains { $0.commaBefore }
        } ?? clause.upperBound)
        // "Hit, which IS seized in 2014, was retaken on Monday": the time inside a relative aside
        // closed before the predicate is the aside's.
        let change = ![.holds, .besieged].contains(kind)
        var dating = date(items, ownTime, state: state, change: change, skipping: relativeAside(items, before: k, clause), orPublished: false)
        // "وكانت القوات قد سيطرت اليوم على X", "had taken X on Sunday": a pluperfect dated in its
        // own clause to the last days before the report is the news it leads up to, not history.
        let datedThisWeek = dating.date.map { d in
            d.precision == .day && state.input.published.map { (0...7).contains($0.dayNumber - d.dayNumber) } == true
        } ?? false
        if dating.date == nil {
            // "On 5 January 2015, IS closed the roads, and cut the cables leading to X": the time
            // that opens the sentence is that of every clause after it.
            if let opening = openingTimePhrase(items), opening.upperBound <= ownTime.lowerBound {
                dating = date(items, opening, state: state, change: change)
            } else {
                dating = (state.input.published, false)
            }
        }
        if let d = dating.date, d.year != state.input.published?.year { state.referenceYear = d.year }
        // "X, formerly held by Y, fell to Z": the word of earlier history is the aside's.
        let window = max(clause.lowerBound, k - 4)
        let aside = (window..<k).last { j in
            if case .predicate = items[j].item { return isPastAppositive(items, j, clause, closedBefore: k) }
            return false
        }
        // ("X, which IS had seized a week earlier, was retaken on Monday": so are the words of a
        // relative aside closed before the predicate.)
        let historyFrom = max(aside.map { $0 + 1 } ?? window, relativeAside(items, before: k, clause)?.upperBound ?? window)
        let pluperfect = (hasHistoryCue(items, from: historyFrom, to: k, tense: true) || isArabicPluperfect(items, k, clause))
            && !opensWithDeadline(items, before: k, state)
        // ("Rebels recaptured X, which IS had seized a week earlier": a pluperfect in a relative
        // clause on the place is what came before, however recent; a same-day date would put it
        // after the news.)
        // (The lexicon reads "had seized" as one phrase: its first word is the auxiliary.)
        let relativePluperfect = (pluperfect || lexicon.isWord(state.keyOf(items[k]), .pluperfect)) && !state.isArabic(items[k])
            && relativeOpening(items, clause) != nil
        let background = dating.background || hasHistoryCue(items, from: historyFrom, to: k, tense: false) || pluperfect && !datedThisWeek
            || relativePluperfect
            || endsWithSpanBack(items, after: k, ownTime) || isToldInHistory(items, k) || predicate.voice != .nominal && inAfterClause(items, k, clause, state) || isSpanBeforeAfter(items, k, clause, state)
            // "X كانت تحت سيطرة Y": the state held before, not now. (Not in English: reported
            // speech shifts its present back, "said X was under Y's control".)
            || isArabic && predicate.voice == .state && saysPast(items, from: max(clause.lowerBound, k - 3), to: k, state)
        let hedged = hasCue(.hedge, items, from: clause.lowerBound, to: clause.upperBound)
        let predicateText = state.input.text.text(tokens: state.tokenRange(item))
        if unnamedTaking {
            // (Only a noun or a passive leaves the taker unsaid: the subject of "an alliance of
            // Islamist groups seized the rebel-held city" is a side, maybe the holder named.)
            if !background, !hedged, [.nominal, .passive].contains(predicate.voice) { state.takenByUnnamedSide.formUnion(reading.places.filter { !reading.partialPlaces.contains($0) }) }
            return []
        }
        if !background {
            state.lastEventPlace = reading.places.last
            state.lastEventPlaces = reading.places
        }
        return reading.places.map { r in
            let resolution = state.input.resolutions[r]
            let kind = reading.partialPlaces.contains(r) && [.captured, .recaptured, .holds].contains(kind) ? .contested : kind
            let confidence = EventConfidence.score(kind: kind, place: resolution.place.map(state.input.gazetteer.kind), actor: evidence,
                                                   hedged: hedged, background: background)
            return ExtractedEvent(resolution: r, mention: resolution.mention.text, actor: actor, fromActor: from,
                                  kind: kind, share: share, date: dating.date, background: background,
                                  confidence: confidence, evidence: state.input.text.sentenceText(s), sentence: s,
                                  predicate: predicateText)
        }
    }

    /// "an operation to retake X from Y", "لتحرير X من قبضة Y", "failed to drive Y out of X": a
    /// capture that was only aimed at or tried reports no change, but it names the side the place
    /// was to be taken from, which held it then. Kept aside (a denied capture names no holder).
    func noteHolderOfAimedPlace(_ found: Predicate, _ items: [PositionedItem], _ k: Int, _ clause: Range<Int>,
                                        sentence s: Int, state: inout DocumentState) {
        // A denied aim names no holder.
        guard !hasCue(.denial, items, from: 0, to: items.count) else { return }
        if found.kind == .siegeBroken || found.kind == .besieged && found.voice == .nominal && breakingCue(before: k, items) != nil {
            noteSiegeOfAimedBreak(items, k, clause, siegeNoun: found.kind == .besieged, sentence: s, state: &state)
            return
        }
        let expulsion = found.voice == .expulsion
        guard [.captured, .recaptured].contains(found.kind), [.active, .nominal, .expulsion].contains(found.voice) else { return }
        let isArabic = state.isArabic(items[k])
        var r = Reading()
        scanForward(items, from: k + 1, to: clause.upperBound, allowSubject: !expulsion && (isArabic || found.voice == .nominal),
                    kind: found.kind, into: &r, state: state)
        // An expulsion names the side expelled as its object ("to drive IS out of X"); a capture
        // names it after the place and its qualifiers ("to retake X, the capital of Y, from Z").
        guard let last = r.places.last,
              let at = items[(k + 1)..<clause.upperBound].lastIndex(where: { if case .place(last) = $0.item { return true } else { return false } }),
              let named = expulsion ? r.from : sideRightAfterFrom(items, after: at, to: clause.upperBound),
              let holder = state.resolveGeneric(named), !r.partial, r.share == nil else { return }
        setAside(r.places.filter { !r.partialPlaces.contains($0) }, kind: .holds, actor: holder, items, k, clause, sentence: s, state: &state)
    }

    /// "The SDF denied that Turkish-backed forces had taken X", "لا صحة لأنباء سيطرة Y على X":
    /// the denied taking is kept (its places, and the taker if the denial names one) so that the
    /// same claim repeated elsewhere in the text ("Earlier, a Kurdish outlet reported that Y had
    /// taken X") is not read as news either.
    func noteDeniedClaim(_ found: Predicate, _ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, state: inout DocumentState) {
        // (Only a denial close before the taking: a long sentence may go on to other news.)
        guard [.captured, .recaptured].contains(found.kind), isDeniedClaim(items, k),
              let denial = items[..<k].lastIndex(where: { $0.isCue(.denial) }), k - denial <= 10,
              !items[(denial + 1)...k].contains(where: \.strongBreakBefore) else { return }
        var r = Reading()
        scanForward(items, from: k + 1, to: clause.upperBound, allowSubject: state.isArabic(items[k]) || found.voice == .nominal,
                    kind: found.kind, into: &r, state: state)
        guard !r.places.isEmpty else { return }
        // The taker: the side after a noun ("سيطرة داعش على X") or the subject between the denial
        // and the verb ("denied that the SDF captured X").
        let between = items[denial..<k].compactMap { item -> String? in if case .actor(let a) = item.item { return a } else { return nil } }.last
        let taker = (r.subjectAfter ?? between).flatMap(state.resolveGeneric)
        for place in r.places {
            state.deniedClaims.append((placeKey(resolution: place, mention: state.input.resolutions[place].mention.text, state.input), taker))
        }
    }

    /// Keeps a standing (held, besieged) that an aim reveals aside, for `holdersOfAimedPlaces`.
    func setAside(_ places: [Int], kind: ControlKind, actor: String, _ items: [PositionedItem], _ k: Int, _ clause: Range<Int>,
                  sentence s: Int, state: inout DocumentState) {
        let dating = date(items, clause, state: state)
        let background = dating.background || isArabicPluperfect(items, k, clause)
        let hedged = hasCue(.hedge, items, from: clause.lowerBound, to: clause.upperBound)
        let predicateText = state.input.text.text(tokens: state.tokenRange(items[k]))
        for place in places {
            let resolution = state.input.resolutions[place]
            let confidence = EventConfidence.score(kind: kind, place: resolution.place.map(state.input.gazetteer.kind), actor: .agent,
                                                   hedged: hedged, background: background)
            state.heldBeforeAim.append(ExtractedEvent(resolution: place, mention: resolution.mention.text, actor: actor, fromActor: nil,
                                                      kind: kind, share: nil, date: dating.date, background: background,
                                                      confidence: confidence, evidence: state.input.text.sentenceText(s), sentence: s,
                                                      predicate: predicateText))
        }
    }

    /// "an operation to break the siege imposed by IS on X", "محاولة لكسر الحصار الذي يفرضه داعش
    /// على X": a siege someone means to break, or failed to, still stands; its besieger, when the
    /// sentence names one, is kept aside as besieging the place (as holders of aimed places are).
    func noteSiegeOfAimedBreak(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, siegeNoun: Bool,
                               sentence s: Int, state: inout DocumentState) {
        var r = Reading()
        scanForward(items, from: k + 1, to: clause.upperBound, allowSubject: true, kind: .besieged, into: &r, state: state)
        // "to break the IS siege of X", "ISIS' siege of X": the besieger may stand before the noun;
        // "the siege imposed by IS" names it as the noun's agent.
        let before: String? = {
            guard k > clause.lowerBound, case .actor(let a) = items[k - 1].item, !items[k].breakBefore, !state.isArabic(items[k]) else { return nil }
            return a
        }()
        guard !r.places.isEmpty, !r.partial, r.share == nil,
              let besieger = (r.besieger ?? (siegeNoun ? r.agent : nil) ?? before).flatMap(state.resolveGeneric) else { return }
        setAside(r.places.filter { !r.partialPlaces.contains($0) }, kind: .besieged, actor: besieger, items, k, clause, sentence: s, state: &state)
    }

    /// Whether the taking at `k` is said of less than the whole place: a word of nearness right
    /// before a word of completion ("almost completely", "nearly fully", "شبه كامل", "شبه تام"),
    /// from just before the predicate to the end of its phrase; or, in English, a
    /// partial adverb right before the verb ("partially captured", "largely retook").
    func saysNotQuiteAll(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Bool {
        if !state.isArabic(items[k]), k > clause.lowerBound, case .word(let w) = items[k - 1].item, lexicon.isWord(w, .partialAdverb) {
            return true
        }
        var keys: [String] = []
        // (Only the predicate's own phrase: a comma after it ends it, "captured X, ..., causing
        // the government to rely almost entirely on imports".)
        for q in max(clause.lowerBound, k - 2)..<min(clause.upperBound, k + 8) {
            if q > k, items[q].breakBefore { break }
            if q > k, case .predicate = items[q].item { break }
            for w in items[q].start..<items[q].end { keys.append(state.input.stream.words[w].innerKey) }
        }
        return zip(keys, keys.dropFirst()).contains { near, whole in
            lexicon.isWord(near, .nearCompletion) && (lexicon.isWord(whole, .completionAdverb) || lexicon.isWord(whole, .completionAdjective))
        }
    }

    /// "entered X but have yet to clear it fully", "دخلت X لكنها لم تسيطر عليها بالكامل": control
    /// said, later in the sentence and before another taking, to be not yet whole.
    ///
    /// Right before a predicate the words are that predicate's ("has not fully secured Y": Y is
    /// fought over), and not the one before it.
    ///
    /// Or with a negated taking of no place of its own and a word of completion: "لكنها لم
    /// تسيطر عليها بالكامل", "but they have not taken it completely".
    func saysNotYetWhole(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        if items[max(0, k - 3)..<k].contains(where: { $0.isCue(.partial, value: Self.notWhole) }) { return true }
        var negatedAt: Int?
        for j in (k + 1)..<items.count {
            if items[j].strongBreakBefore { return false }
            if items[j].isCue(.partial, value: Self.notWhole) {
                return !items[(j + 1)..<min(items.count, j + 3)].contains(where: \.isPredicate)
            }
            if items[j].isCue(.negation) { negatedAt = j }
            if case .predicate(let p) = items[j].item, p.kind != .contested {
                guard let n = negatedAt, j - n <= 3, [.captured, .recaptured, .holds].contains(p.kind) else { return false }
                return negatedTakingIsNotWhole(items, at: j, state)
            }
        }
        return false
    }

    /// A negated taking after another, with a word of completion right after it and no place of
    /// its own before the next predicate or the end of the sentence.
    private func negatedTakingIsNotWhole(_ items: [PositionedItem], at p: Int, _ state: DocumentState) -> Bool {
        var complete = false
        for q in (p + 1)..<items.count {
            if items[q].strongBreakBefore { break }
            if case .predicate = items[q].item { break }
            if items[q].isPlace { return false }
            // (The word may be read as a filler: "بالكامل", "completely".)
            let key = state.keyOf(items[q]), last = state.lastKeyOf(items[q])
            if q <= p + 3, [key, last].contains(where: { lexicon.isWord($0, .completionAdverb) || lexicon.isWord($0, .completionAdjective) }) {
                complete = true
            }
        }
        return complete
    }

    /// "entered X, ending a three-year siege", "دخلت X، منهية حصارا استمر سنوات": a breaking word
    /// after a comma that follows the taking's places, then a siege noun with no place of its own
    /// between: the taking broke the place's siege.
    func endsASiege(_ items: [PositionedItem], _ k: Int, _ places: [Int], _ state: DocumentState) -> Bool {
        guard let last = places.compactMap({ itemIndex(ofPlace: $0, in: items, (k + 1)..<items.count) }).max() else { return false }
        var j = last + 1
        while j < items.count, !items[j].strongBreakBefore {
            if items[j].isCue(.breaking) {
                guard items[j].commaBefore else { return false }
                // ("ending the five-year Siege of Ghouta": a siege of a place named after the noun,
                // known or not, is that place's.)
                func ofAnother(_ q: Int) -> Bool {
                    lexicon.isWord(state.lastKeyOf(items[q]), .siegeObject)
                        || q + 1 < items.count && !items[q + 1].breakBefore && lexicon.isWord(state.keyOf(items[q + 1]), .siegeObject)
                }
                for q in (j + 1)..<min(items.count, j + 6) {
                    if items[q].strongBreakBefore || items[q].isPlace { return false }
                    if lexicon.isWord(state.lastKeyOf(items[q]), .siegeNoun) { return !ofAnother(q) }
                    if case .predicate(let p) = items[q].item, p.kind == .besieged, p.voice == .nominal { return !ofAnother(q) }
                }
                return false
            }
            if case .predicate(let p) = items[j].item, p.kind != .besieged { return false }
            j += 1
        }
        return false
    }

    /// "Government forces reached the besieged town of X", "troops arrived in the besieged city
    /// of X": a verb of arrival right before the determiner of the besieged participle at `k`
    /// (past "in"/"at"), with a side right before it for its subject.
    func reachesBesieged(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        if state.isArabic(items[k]) { return arabicReachesBesieged(items, k, state) }
        guard k >= 3, isDeterminer(items, k - 1), !items[k - 1].breakBefore, !items[k].breakBefore else { return false }
        var v = k - 2
        if items[v].isCue(.locative), !items[v].breakBefore, v > 1 { v -= 1 }
        guard case .word(let w) = items[v].item, lexicon.isWord(w, .arrivalVerb), !items[v + 1].breakBefore,
              v >= 1, !items[v].breakBefore, case .actor = items[v - 1].item else { return false }
        return true
    }

    /// "وصلت قوات النظام إلى مدينة X المحاصرة", "وصلت طلائع الجيش إلى X المحاصرة": a verb of
    /// arrival opens the clause, its subject (a side, after at most two words such as "طلائع")
    /// follows, then "إلى" and the place the participle describes.
    func arabicReachesBesieged(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        guard k >= 3, items[k - 1].isPlace else { return false }
        var q = k - 2
        if items[q].isCue(.locative), !items[q + 1].breakBefore { q -= 1 }
        guard q >= 1, case .actor = items[q].item, !items[q + 1].breakBefore else { return false }
        var v = q - 1
        while v > 0, q - v <= 2, !items[v + 1].breakBefore, case .word(let w) = items[v].item, !lexicon.isWord(w, .arrivalVerb) { v -= 1 }
        guard case .word(let w) = items[v].item, lexicon.isWord(w, .arrivalVerb), !items[v + 1].breakBefore else { return false }
        return true
    }

    /// The value of a partial cue that says control is not yet whole ("yet to clear").
    static let notWhole = "not-whole"

    /// A verb of going on ("يواصل", "تستكمل", "continued to", "are completing") right before the
    /// predicate, with only its subject, "to" or "the" between: the taking is under way.
    func isOngoing(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Bool {
        // Between them only the subject (Arabic puts it after the verb), "to" or an article:
        // "continued their advance and captured X" took X.
        // ("وبدأت القوات الجمعة اقتحام X": the conjunction on the verb, a day after the subject.)
        for j in stride(from: k - 1, through: max(clause.lowerBound, k - 6), by: -1) {
            switch items[j].item {
            case .word(let w) where isWordAfterConjunction(w, .continuation):
                // (A comma may close a phrase of time: "بدأت القوات الجمعة، اقتحام X".)
                return !((j + 1)...k).contains { i in
                    guard items[i].commaBefore else { return false }
                    if case .date = items[i - 1].item { return false }
                    return true
                }
            case .actor, .date: continue
            case .cue(let c) where c.role == .filler: continue
            // "وبدأت قوات البشمركة الكردية اقتحام X": the subject's attributes.
            case .word where isSubjectConjunct(items[j], state): continue
            // "began the process of capturing X": a noun of doing and its "of".
            case .cue(let c) where c.role == .object && c.value.isEmpty: continue
            default:
                guard ["to", "the", "of"].contains(state.keyOf(items[j])) else { return false }
            }
        }
        return false
    }

    /// "all the land between X and Y was captured", "المنطقة الواقعة بين X وY التي سيطرت عليها":
    /// a place after "between" bounds what the predicate is about; it is not that.
    func boundsBetween(_ place: Int, _ items: [PositionedItem], before k: Int, _ clause: Range<Int>) -> Bool {
        guard var at = itemIndex(ofPlace: place, in: items, clause.lowerBound..<k) else { return false }
        // Back over the names joined before it ("between X and Y": Y is a bound as well).
        while at > clause.lowerBound, !items[at].strongBreakBefore {
            at -= 1
            switch items[at].item {
            case .place: continue
            case .word(let w) where Self.listJoiners.contains(w): continue
            case .word(let w): return lexicon.isWord(w, .between)
            default: return false
            }
        }
        return false
    }

    /// "the highway, which linked Aleppo to Damascus prior to being taken over by rebels": a
    /// place after "to" in English is where something goes, never the subject of a later passive.
    func isDestinationOfOtherVerb(_ place: Int, _ items: [PositionedItem], before k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Bool {
        guard var at = itemIndex(ofPlace: place, in: items, clause.lowerBound..<k),
              at > clause.lowerBound, !state.isArabic(items[at]) else { return false }
        // ("to central Damascus", "to northern Aleppo".)
        if at - 1 > clause.lowerBound, case .word(let w) = items[at - 1].item, lexicon.isWord(w, .directionModifier) { at -= 1 }
        return state.keyOf(items[at - 1]) == "to"
    }

    /// The breaking word ("break", "كسر", "lift") nearest before a siege noun, a few words back.
    func breakingCue(before k: Int, _ items: [PositionedItem]) -> Int? {
        items[max(0, k - 8)..<k].lastIndex { $0.isCue(.breaking) }
    }

    /// The side right after a "from" that follows the place within a few words, as in "from IS",
    /// "من قبضة داعش", "from the control of the militants"; never a side further on ("من
    /// أولويات الجيش": among the army's priorities).
    func sideRightAfterFrom(_ items: [PositionedItem], after place: Int, to end: Int) -> String? {
        var f = place + 1
        while f < min(end, place + 8) {
            if case .cue(let c) = items[f].item, c.role == .from { break }
            switch items[f].item {
            case .word, .place: f += 1
            default: return nil
            }
        }
        guard f < min(end, place + 8) else { return nil }
        var q = afterDeterminers(items, from: f + 1, to: end)
        if q < end, case .predicate(let p) = items[q].item, p.kind == .holds || p.voice == .nominal {
            // "from the hands of", "from the control of", "من سيطرة".
            q += 1
            if q < end, case .word("of") = items[q].item { q += 1 }
            q = afterDeterminers(items, from: q, to: end)
        }
        if q < end, case .word(let w) = items[q].item, lexicon.isWord(w, .forceNoun) { q += 1 }
        guard q < end, case .actor(let a) = items[q].item else { return nil }
        return a
    }

    /// The holders read from aims whose place the document reports no change of, and no
    /// holding by the same side, for: when it reports the place taken, the outcome is the news.
    func holdersOfAimedPlaces(_ events: [ExtractedEvent], _ state: DocumentState) -> [ExtractedEvent] {
        guard !state.heldBeforeAim.isEmpty else { return events }
        func key(_ e: ExtractedEvent) -> String { placeKey(e, state.input) }
        let reported = Set(events.filter { $0.kind != .holds && $0.kind != .besieged }.map(key))
        func standing(_ e: ExtractedEvent) -> String { key(e) + "|" + e.kind.rawValue + "|" + (e.actor ?? "") }
        let held = Set(events.filter { $0.kind == .holds || $0.kind == .besieged }.map(standing))
        let kept = state.heldBeforeAim.filter { !reported.contains(key($0)) && !held.contains(standing($0)) }
        return (events + kept).enumerated().sorted { ($0.element.sentence, $0.offset) < ($1.element.sentence, $1.offset) }.map(\.element)
    }

    /// Whether the noun at `k` follows a word of concession, with only articles or "of" between
    /// ("despite the capture of", "in spite of the fall of", "رغم سيطرة", "بالرغم من تقدم").
    func followsConcession(_ items: [PositionedItem], _ k: Int) -> Bool {
        var q = k - 1
        while q >= 0, q >= k - 3 {
            switch items[q].item {
            case .word(let w) where lexicon.isWord(w, .concession): return true
            case .word(let w) where lexicon.isWord(w, .determiner) || w == "of": break
            case .cue(let c) where c.role == .from: break
            default: return false
            }
            q -= 1
        }
        return false
    }

    /// Whether an Arabic word is ل before an imperfect ("لتسيطر", "ليسيطروا", "لنستعيد").
    func isLamBeforeImperfect(_ written: String) -> Bool {
        let letters = Array(written.unicodeScalars)
        return letters.count > 3 && letters[0] == "\u{0644}" && ["\u{062A}", "\u{064A}", "\u{0646}"].contains(letters[1])
    }

    /// What the scan around a predicate found.
    struct Reading {
        var places: [Int] = []
        var placesFoundAfterAgent = false
        var subjectAfter: String?
        var agent: String?
        var from: String?
        var besieger: String?
        var share: Double?
        var partial = false
        /// The object is a pronoun right after the verb or its subject ("دخول قوات النظام إليها").
        var pronounObject = false
        /// Places of the list only part of which was taken ("X and parts of Y": Y).
        var partialPlaces: Set<Int> = []
    }

    /// Whether the English noun of siege at `k` follows a preposition of time or circumstance
    /// (`circumstance-preposition`: "during", "amid"), with at most an article between: no side's
    /// siege is named.
    func isSiegeOfCircumstance(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        var q = k - 1
        if q >= 0, case .word(let w) = items[q].item, lexicon.isWord(w, .determiner) { q -= 1 }
        guard q >= 0, q < k, !items[q + 1].breakBefore else { return false }
        return lexicon.isWord(state.lastKeyOf(items[q]), .circumstancePreposition)
    }

    /// The "to" of an English infinitive at `q`: not a filler's ("managed to") nor one that an
    /// accomplishment across an adjunct makes a report.
    func isInfinitiveTo(_ items: [PositionedItem], _ q: Int, _ state: DocumentState) -> Bool {
        state.lastKeyOf(items[q]) == "to" && !isFiller(items[q]) && !accomplishedAcrossAdjunct(items, to: q, state)
            && !isCompelledTo(items, q, state)
    }

    /// A verb of reporting right before the "to" at `q`, or before it and its agent ("was reported
    /// by pro-government media to have captured X").
    func reportGoverns(_ items: [PositionedItem], infinitiveTo q: Int, _ state: DocumentState) -> Bool {
        guard q >= 1 else { return false }
        if items[q - 1].isCue(.report) { return true }
        guard let r = items[max(0, q - 7)..<(q - 1)].lastIndex(where: { $0.isCue(.report) }), isAgentBy(items, r + 1, state) else { return false }
        return items[(r + 2)..<q].allSatisfy { it in
            guard !it.commaBefore, !it.strongBreakBefore else { return false }
            switch it.item {
            case .word, .actor: return true
            default: return false
            }
        }
    }

    /// "forced IS fighters to withdraw from X", "the strikes enabled the Peshmerga to capture X":
    /// after a causative verb in the past and its object, the infinitive at `q` is what the
    /// object was made to do, and did, as with "were forced to". (A present "force" is still
    /// an aim: "to force IS to leave X".)
    func isCompelledTo(_ items: [PositionedItem], _ q: Int, _ state: DocumentState) -> Bool {
        guard q >= 2, case .actor = items[q - 1].item else { return false }
        var v = q - 2
        if v > 0, case .word(let w) = items[v].item, lexicon.isWord(w, .determiner) { v -= 1 }
        // (The verb may be an item of its own: "forced" also reads "forced IS from X".)
        let verb = state.lastKeyOf(items[v])
        guard items[v].end - items[v].start == 1, lexicon.isWord(verb, .causativeVerb) else { return false }
        return verb.hasSuffix("ed") || verb == "made"
    }

    /// "launched a campaign from Idlib to break the siege of X", "a counter-offensive to retake the
    /// road and break the siege": the English verb at `v` is an infinitive of purpose, itself or
    /// joined by "and" to one (or to a verb an attempt governs).
    func isInfinitiveOfPurpose(_ items: [PositionedItem], _ v: Int, _ clause: Range<Int>, _ state: DocumentState) -> Bool {
        guard v > clause.lowerBound, !state.isArabic(items[v]) else { return false }
        func opensInfinitive(_ q: Int) -> Bool {
            guard q >= clause.lowerBound else { return false }
            // ("to fully encircle": an adverb of manner may split the infinitive.)
            if q > clause.lowerBound, isMannerAdverb(items[q], state) { return opensInfinitive(q - 1) }
            return items[q].isCue(.attempt) || isInfinitiveTo(items, q, state)
        }
        if opensInfinitive(v - 1) { return true }
        guard let and = joiningAnd(items, before: v, state), and > clause.lowerBound,
              let verb = items[max(clause.lowerBound, and - 7)..<and].lastIndex(where: { if case .predicate = $0.item { return true } else { return false } })
        else { return false }
        return opensInfinitive(verb - 1)
    }

    /// The "and" that joins the English verb at `v` to one before it, right before it or before
    /// one adverb of manner ("to encircle and subsequently retake X").
    func joiningAnd(_ items: [PositionedItem], before v: Int, _ state: DocumentState) -> Int? {
        func isAnd(_ q: Int) -> Bool { q >= 0 && state.keyOf(items[q]) == "and" && items[q].end - items[q].start == 1 }
        if isAnd(v - 1) { return v - 1 }
        return v >= 2 && isMannerAdverb(items[v - 1], state) && !items[v - 1].breakBefore && isAnd(v - 2) ? v - 2 : nil
    }

    /// One English word in -ly ("fully", "subsequently"), whether the lexicon reads it as a filler
    /// or leaves it a plain word.
    func isMannerAdverb(_ item: PositionedItem, _ state: DocumentState) -> Bool {
        guard item.end - item.start == 1, !state.isArabic(item) else { return false }
        switch item.item {
        case .word: break
        case .cue(let c) where c.role == .filler: break
        default: return false
        }
        let key = state.keyOf(item)
        return key.count > 4 && key.hasSuffix("ly")
    }

    /// Whether a noun or verb of falling is followed, before any place, by the dead or wounded
    /// that fell ("سقوط 30 مواطنا قتلى").
    func fallenAreCasualties(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>) -> Bool {
        for j in (k + 1)..<min(clause.upperBound, k + 6) {
            switch items[j].item {
            case .place: return false
            case .cue(let c) where c.role == .object: return c.value == "casualty"
            default: continue
            }
        }
        return false
    }

    /// Whether an English noun of taking ("the fall of", "the capture of") opens its clause and
    /// a verb of supposition ("would", "could", "might": future cues valued supposition) is the
    /// verb it is the subject of, before any other predicate.
    func isSubjectOfConditional(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Bool {
        guard !state.isArabic(items[k]), k - clause.lowerBound <= 1, state.lastKeyOf(items[k]) == "of",
              // ("shortly after the capture of X that the SDF would …": a clause of time is no subject.)
              clause.lowerBound == 0 || !items[clause.lowerBound - 1].isCue(.clause) else { return false }
        for j in (k + 1)..<min(clause.upperBound, k + 10) {
            // Another verb, a comma or a "that" ends the noun's phrase: "has raised fears that IS
            // might …", "As the siege of X intensified, fears rose that IS would …".
            if case .predicate = items[j].item { return false }
            if items[j].breakBefore || items[j].isCue(.report) || items[j].isCue(.clause) || state.keyOf(items[j]) == "that"
                || isAnyAuxiliary(state.keyOf(items[j])) { return false }
            if items[j].isCue(.future) { return items[j].isCue(.future, value: "supposition") }
        }
        return false
    }

    /// Whether an English verb's subject right before it names people who are no side (an object
    /// cue valued "civilian": "aid convoys", "inspectors"). ("They" is left alone: "militants
    /// killed 35 civilians after they seized X".)
    func civilianSubject(_ items: [PositionedItem], _ k: Int) -> Bool {
        itemBeforeVerbGroup(items, k, floor: 0).map { items[$0].isCue(.object, value: "civilian") } ?? false
    }

    /// Whether an Arabic verbal noun that opens its clause (or follows its one verb, "تعتبر", or a
    /// reporting "أن") is judged by a word of evaluation later in it, before any other predicate:
    /// "تحرير الموصل مهم للعراق", "تعتبر السيطرة على المدينة الواقعة قرب X ضرورية".
    func isSubjectOfEvaluation(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Bool {
        // ("وشدد على أن استعادة X تبقى هدفا": right after "أن" it opens the reported clause.)
        guard state.isArabic(items[k]), k - clause.lowerBound <= 1 || k > 0 && items[k - 1].isCue(.report),
              case .predicate(let p) = items[k].item, p.voice == .nominal else { return false }
        // (Across a phrase of time or place: "… على بعد نحو 45 كيلومترا من X ضرورية".)
        for j in (k + 1)..<min(items.count, k + 16) {
            if case .predicate = items[j].item { return false }
            if j >= clause.upperBound, items[j].strongBreakBefore { return false }
            if items[j].isCue(.attempt, value: "evaluation") { return true }
        }
        return false
    }

    /// "stormed X before being pushed back", "entered X but were forced to retreat", "دخلوا X ثم
    /// انسحبوا منها", "اقتحموا X قبل أن تتمكن القوات من طردهم منها": after the place the taking
    /// is about, a word that opens what came next, then the takers' pull-out, their expulsion (a
    /// passive, or an Arabic verbal noun with "them") or a word of retreat, with no other place
    /// named: the taking was undone within the sentence.
    func isUndoneLater(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        guard let placeAt = items[(k + 1)...].prefix(4).firstIndex(where: \.isPlace) else { return false }
        var opened = false
        for j in (placeAt + 1)..<min(items.count, placeAt + 12) {
            let it = items[j]
            if it.isPlace { return false }
            // (An opener of two words, "only to", is read with the item after it: "with only 30
            // fighters left" opens nothing.)
            let twoWords = j + 1 < items.count ? state.keyOf(it) + " " + state.keyOf(items[j + 1]) : ""
            if lexicon.isWord(state.keyOf(it), .undoingOpener) || lexicon.isWord(state.writtenKeyOf(it), .undoingOpener)
                || lexicon.isWord(twoWords, .undoingOpener) {
                opened = true
                continue
            }
            guard opened else {
                if case .predicate = it.item { return false }
                continue
            }
            if lexicon.isWord(state.keyOf(it), .retreatVerb) { return true }
            // ("only to be pushed back": the takers were repelled, unless from another place.)
            if it.isCue(.repelled) { return !items[(j + 1)...].contains(where: \.isPlace) }
            guard case .predicate(let p) = it.item else { continue }
            if p.kind == .withdrew { return !items[(j + 1)...].contains(where: \.isPlace) }
            if p.voice == .expulsion {
                // "being pushed back", "were driven out"; "طردهم", their expulsion.
                let passive = j > 0 && lexicon.isWord(state.lastKeyOf(items[j - 1]), .auxiliary)
                let ofThem = state.isArabic(it) && state.writtenKeyOf(it).hasSuffix("\u{0647}\u{0645}")
                return passive || ofThem
            }
            return false
        }
        return false
    }

    /// Whether "but", before any other predicate after the one at `k`, opens a clause whose first
    /// few words say it was repelled ("but were repelled by Y", "but was beaten back").
    func isRepelledAfterBut(_ items: [PositionedItem], _ k: Int) -> Bool {
        guard let but = items[(k + 1)...].firstIndex(where: { it in
            if case .predicate = it.item { return true }
            return it.isCue(.clause, value: "coordinating")
        }), items[but].isCue(.clause, value: "coordinating") else { return false }
        // ("but were later pushed back from Y": repelled from another place, the taking stands.)
        guard let repelled = items[(but + 1)..<min(items.count, but + 4)].firstIndex(where: { $0.isCue(.repelled) }) else { return false }
        return !items[(repelled + 1)...].contains(where: \.isPlace)
    }
    /// "drove their enemies out of X", "pushed its rivals out of X": the expelled are the taker's
    /// foes, named by a noun of enmity rather than as a side (residents driven out are none).
    func expelsAnEnemy(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Bool {
        namesAnEnemy(items[(k + 1)..<clause.upperBound].prefix { !$0.isPlace && !$0.isCue(.from) }, state)
    }

    /// Whether a noun of enmity ("enemies", "خصومها") stands among the items.
    func namesAnEnemy(_ items: ArraySlice<PositionedItem>, _ state: DocumentState) -> Bool {
        items.contains { lexicon.isWord(state.keyOf($0), .enemyNoun) }
    }
    /// "its eastern districts", "its western neighbourhoods": right after the verb, "its", a
    /// direction and a noun of a town's part.
    func namesPartOfItsPlace(_ items: [PositionedItem], after k: Int, _ clause: Range<Int>) -> Bool {
        guard k + 3 < clause.upperBound, !items[k + 1].breakBefore, !items[k + 2].breakBefore, !items[k + 3].breakBefore,
              case .word("its") = items[k + 1].item, case .word(let direction) = items[k + 2].item,
              case .word(let part) = items[k + 3].item else { return false }
        return lexicon.isWord(direction, .directionModifier) && lexicon.isWord(part, .townPart)
    }
    /// A bare infinitive after a verb that says it was done ("managed to control", "able to hold").
    func isAccomplishedInfinitive(_ item: PositionedItem, _ state: DocumentState) -> Bool {
        let words = state.input.stream.words
        var i = item.start - 1
        // "managed to completely control X", "managed to advance and control X": an adverb
        // before it, or a verb joined to it, that the accomplishment also governs.
        if i >= 0, words[i].innerKey.hasSuffix("ly") { i -= 1 }
        if i >= 2, words[i].innerKey == "and", words[i - 2].innerKey == "to", !words[i - 1].breakBefore { i -= 2 }
        guard i >= 1, words[i].innerKey == "to" else { return false }
        return lexicon.isWord(String(words[i - 1].innerKey), .accomplishmentVerb)
    }

    /// Whether a place stands right before `k`, with at most `words` words (an adjective, a
    /// comma) between.
    func placeRightBefore(_ items: [PositionedItem], _ k: Int, words: Int) -> Bool {
        var j = k - 1
        while j >= 0, k - 1 - j <= words {
            if items[j].isPlace { return true }
            guard case .word = items[j].item else { return false }
            j -= 1
        }
        return false
    }
}
