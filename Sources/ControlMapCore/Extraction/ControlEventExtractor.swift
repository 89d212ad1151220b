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

        public init(text: AnalyzedText, stream: TokenStream, resolutions: [ToponymResolver.Resolution],
                    gazetteer: Gazetteer, published: EventDate?, titleSentences: Int) {
            self.text = text
            self.stream = stream
            self.resolutions = resolutions
            self.gazetteer = gazetteer
            self.published = published
            self.titleSentences = titleSentences
        }
    }

    public func extract(_ input: Input) -> [ExtractedEvent] {
        let items = SentenceItemizer(lexicon: lexicon).items(text: input.text, stream: input.stream,
                                                            mentions: input.resolutions.map(\.mention))
        var state = DocumentState(input: input, lexicon: lexicon)
        state.excluded = excludedMentions(items, input)
        for sentence in items {
            for it in sentence { if case .actor(let a) = it.item { state.named.insert(a) } }
        }
        var events: [ExtractedEvent] = []
        for (s, sentence) in items.enumerated() {
            let before = events.count
            // A question ("Has the army taken Palmyra?") reports nothing.
            let sentenceText = input.text.sentenceText(s)
            if sentenceText.hasSuffix("?") || sentenceText.hasSuffix("\u{061F}") {
                state.noteSentenceEnd(sentence, hadEvents: false)
                continue
            }
            state.heldUntilTaken = []
            for (k, item) in sentence.enumerated() {
                guard case .predicate(let predicate) = item.item else { continue }
                events += read(predicate, at: k, in: sentence, sentence: s, state: &state)
            }
            if !state.heldUntilTaken.isEmpty { settleHoldersOfTakenPlaces(&events, from: before, state.heldUntilTaken) }
            state.noteSentenceEnd(sentence, hadEvents: events.count > before)
        }
        return deduplicated(holdersOfAimedPlaces(mergingWithdrawals(events, input), state))
    }

    /// "سيطرت القوات على قرية X الخاضعة لسيطرة Y", "seized the Y-held town of X": when the
    /// sentence did report the capture, the holder named by the attribute is its losing side, and
    /// no state of its own (the capture replaces it). When the capture was only an aim ("an
    /// operation to retake X, held by Y"), the state stands.
    private func settleHoldersOfTakenPlaces(_ events: inout [ExtractedEvent], from start: Int, _ places: Set<Int>) {
        var dropped = Set<Int>()
        for h in start..<events.count where events[h].kind == .holds && places.contains(events[h].resolution) {
            let holder = events[h].actor
            let captures = (start..<events.count).filter { c in
                [.captured, .recaptured].contains(events[c].kind) && events[c].resolution == events[h].resolution
                    && events[c].actor != nil && events[c].actor.map { lexicon.side(of: $0) } != holder.map { lexicon.side(of: $0) }
            }
            guard !captures.isEmpty else { continue }
            for c in captures where events[c].fromActor == nil { events[c].fromActor = holder }
            dropped.insert(h)
        }
        events = events.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    /// A pull-out from a place that the same sentence, or another sentence by another side, says
    /// was taken is the capture's other half: one event, the capture, with the side that left as
    /// the loser (when none was named).
    private func mergingWithdrawals(_ events: [ExtractedEvent], _ input: Input) -> [ExtractedEvent] {
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
            let sameSentence = out.indices.first { capture($0, sameTime: false) && out[$0].sentence == withdrawal.sentence }
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
    private func placeKey(_ e: ExtractedEvent, _ input: Input) -> String {
        input.resolutions[e.resolution].place.map { "#\($0)" } ?? MatchKey.fold(e.mention)
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

    // MARK: - one predicate

    private func read(_ found: Predicate, at k: Int, in items: [PositionedItem], sentence s: Int,
                      state: inout DocumentState) -> [ExtractedEvent] {
        let item = items[k]
        var predicate = found
        // Expulsions and losses read as active verbs, then ask for their own arguments.
        let expulsion = found.voice == .expulsion, loss = found.voice == .loss
        if expulsion || loss { predicate.voice = .active }
        if found.kind == .besieged, isAttributiveParticiple(items, k, state) { return [] }
        if describesNamedPlace(items, k, state) { return [] }
        if isObjectOfControlVerb(found, items, k) { return [] }
        // "فك الجيش الطوق": a word with the article is a noun, whatever verb it also spells ("طوق").
        if predicate.voice == .active, state.isArabic(item), item.end - item.start == 1, state.hasArticle(item) {
            predicate.voice = .nominal
        }
        // "كسر الجيش الحصار", "broke ISIS' two-year siege of": a breaking verb a few words before a siege noun.
        // (An aim or a negation right before the breaking verb covers the breaking: "an operation
        // to break the siege around X".)
        var breakingAt: Int?
        if predicate.kind == .besieged, predicate.voice == .nominal,
           let b = items[max(0, k - 8)..<k].lastIndex(where: { if case .cue(let c) = $0.item { return c.role == .breaking } else { return false } }) {
            predicate = Predicate(kind: .siegeBroken, voice: .active)
            breakingAt = b
        } else if predicate.kind == .besieged, predicate.voice == .nominal, !state.isArabic(item),
                  let after = items[(k + 1)..<min(items.count, k + 8)].firstIndex(where: { if case .cue(let c) = $0.item { return c.role == .breaking } else { return false } }),
                  after > k + 1, lexicon.isWord(state.lastKeyOf(items[after - 1]), .auxiliary) {
            // "the siege of X was lifted (by Y)": the breaking verb comes after the noun, in the passive.
            predicate = Predicate(kind: .siegeBroken, voice: .passive)
        }
        // "rebel-held Idlib", "IS-controlled Raqqa": the attribute states who holds the place.
        var compoundHolder: String?
        if item.hyphenBefore {
            guard predicate.kind == .holds, k > 0, case .actor(let holder) = items[k - 1].item else { return [] }
            compoundHolder = holder
            predicate = Predicate(kind: .holds, voice: .state)
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
        let clause = clauseBounds(items, around: k)
        if isBlocked(items, k, clause) || breakingAt.map({ isBlocked(items, $0, clause) }) == true {
            noteHolderOfAimedPlace(found, items, k, clause, sentence: s, state: &state)
            return []
        }
        // "أرسلت تعزيزات لاستعادة X", "تقدمت لتحرير X", "لفك الحصار": a verbal noun (or an
        // imperfect) behind the preposition ل is a purpose (no control verb or noun of the lexicon
        // begins with ل); "تعرضت لحصار" is a siege.
        if predicate.voice == .nominal, [.captured, .holds].contains(predicate.kind), state.isArabic(item),
           state.writtenKeyOf(item).hasPrefix("\u{0644}"),
           items[max(clause.lowerBound, k - 4)..<k].contains(where: { lexicon.isWord(state.keyOf($0), .submissionVerb) }) {
            // "تخضع مدينة X لسيطرة Y": subject to Y's control, the verb before its place.
            predicate = Predicate(kind: .holds, voice: .state)
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
        // "من المتوقع أن تسيطر", "تريد أن تستعيد", "كي تحرر": an imperfect after أن or كي is a
        // subjunctive (an expectation, a wish, a purpose), not a report.
        if state.isArabic(item), k > 0, lexicon.isWord(state.lastKeyOf(items[k - 1]), .subjunctive),
           let first = state.writtenKeyOf(item).unicodeScalars.first,
           ["\u{064A}", "\u{062A}", "\u{0646}"].contains(first) {
            noteHolderOfAimedPlace(found, items, k, clause, sentence: s, state: &state)
            return []
        }
        // "launched an offensive Monday to retake X", "vowed to take X": an infinitive is a purpose
        // or a plan; what was done comes as "managed to", "forced to" (fillers of the lexicon). "In
        // addition to capturing X" is a gerund.
        if predicate.voice == .active, ![.besieged, .holds].contains(predicate.kind), k > 0, !state.isArabic(item),
           state.lastKeyOf(items[k - 1]) == "to", !isFiller(items[k - 1]), !state.keyOf(item).hasSuffix("ing") {
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
           items.contains(where: { if case .cue(let c) = $0.item { return c.role == .denial } else { return false } }) {
            return []
        }
        let isArabic = state.isArabic(item)
        if predicate.voice == .active, !isArabic, !expulsion, !loss, item.end - item.start == 1,
           !state.keyOf(item).hasSuffix("ing"), followsAuxiliary(items, k) {
            // "X had been surrounded", "the town was overrun": a participle after an auxiliary is a
            // passive, its agent named or not; the subject of an earlier sentence is not it.
            predicate.voice = .passive
        }
        // "IS fighters were driven out of X (by Y)": an expulsion in the passive; its subject is
        // the side expelled, the agent (if named) the taker.
        let passiveExpulsion = expulsion && !isArabic && item.end - item.start == 1 && followsAuxiliary(items, k)
        if passiveExpulsion { predicate.voice = .passive }
        var agentWordAfter = false
        if predicate.voice == .active, !isArabic, !expulsion, !loss, let by = agentAfterParticiple(items, k, clause, state) {
            // "was briefly seized by X", "Palmyra, recently overrun by X", "X, besieged for two
            // years by Y": a participle with its agent is a passive whatever stands between it
            // and its auxiliary, or between it and the agent word.
            predicate.voice = .passive
            agentWordAfter = by == k + 1
        }
        // "تمكنت من طرد داعش من X", "أعلنت قسد طرد داعش من X": after a preposition, or after
        // a reporting verb and its subject, "طرد" is the verbal noun, and the side after it the
        // one expelled, not the subject; so is the side after the verb when its subject came
        // before it as a pronoun.
        let expulsionNoun = expulsion && isArabic && k > 0 && {
            // "قسد تعلن طرد داعش من X": the subject before its reporting verb.
            if case .cue(let c) = items[k - 1].item {
                if c.role == .report, k > 1, case .actor = items[k - 2].item { return true }
                return c.role == .from
            }
            if k > 1, case .actor = items[k - 1].item, case .cue(let c) = items[k - 2].item { return c.role == .report }
            // "أعلنت قسد أنها طردت داعش من X": the subject stands before, as a pronoun.
            if case .word(let w) = items[k - 1].item, lexicon.isWord(w, .subjectPronoun) { return true }
            return reportedSubjectBefore(items, k, clause)
        }()
        var reading = Reading()
        switch predicate.voice {
        case .active, .nominal, .present, .expulsion, .loss:
            scanForward(items, from: k + 1, to: clause.upperBound, allowSubject: (isArabic && !expulsionNoun) || predicate.voice == .nominal,
                        kind: predicate.kind, into: &reading, state: state)
            if reading.places.isEmpty, predicate.kind == .besieged || predicate.kind == .withdrew && isArabic == false {
                // "Daraya, another besieged area": the place stands before the adjective.
                if predicate.kind == .besieged, let before = nearestPlaceBefore(items, k, clause, limit: 3, state: state),
                   !isObjectOfEarlierPredicate(before, items, before: k, clause) {
                    reading.places = [before]
                }
            }
        case .passive:
            // The expelled side of a passive expulsion stands before it: the place after "from" or
            // "out of" is the one it left, as after "withdrew from".
            scanForward(items, from: k + 1, to: clause.upperBound, allowSubject: true, kind: passiveExpulsion ? .withdrew : predicate.kind,
                        into: &reading, state: state)
            if reading.places.isEmpty || reading.placesFoundAfterAgent {
                if let before = nearestPlaceBefore(items, k, clause, limit: 8, state: state, passingLocatives: true) {
                    reading.places = listEndingAt(before, items, before: k, clause, state: state)
                    // "60 percent of X was recaptured by the army": part of X changed hands.
                    readShare(before: before, items, k, clause, into: &reading)
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
            if fight.subjectAfter == nil {
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
            reading.agent = compoundHolder
            reading.places = compoundObject(items, after: k, state: state) ?? []
            if let first = reading.places.first,
               let at = items[(k + 1)...].firstIndex(where: { if case .place(let m) = $0.item { return m == first } else { return false } }),
               isTakenObject(items, placeAt: at, attribute: k, clause) { state.heldUntilTaken.insert(first) }
        case .state:
            let inHands = item.end - item.start == 1 && state.keyOf(item) == "hands"
            guard let actor = inHands ? handsHolder(items, k, clause, state)
                    : firstActor(items, from: k + 1, limit: 3, to: clause.upperBound) ?? modifierHolder(items, k, clause, state) else { return [] }
            if item.end - item.start == 1, state.keyOf(item) == "under" {
                // "under Iraqi army control": the word "control" must follow the actor.
                guard controlWordFollows(items, after: actor.index, clause: clause) else { return [] }
            }
            if state.lastKeyOf(item) == "to" {
                // "X returned to government control": so must it after "to" ("returned to
                // government-held X" is a place, not a return).
                guard controlWordFollows(items, after: actor.index, clause: clause),
                      actor.index + 1 < clause.upperBound, !items[actor.index + 1].hyphenBefore else { return [] }
            }
            reading.agent = actor.actor
            if let head = relativeClauseHead(items, clause) {
                // "معرة النعمان، التي تعد أكبر مناطق إدلب، تخضع لسيطرة المعارضة", "X, which lies in Y,
                // is under Z's control": the state is said of the noun the relative clause describes.
                reading.places = [head]
            } else if let before = nearestPlaceBefore(items, k, clause, limit: 6, state: state) {
                // "X، وباتت Y خاضعة لسيطرة Z": the state is said of the name right before it, even
                // one the gazetteer does not know (or a weak one), never of a place further back.
                if k > clause.lowerBound, case .place(let subject) = items[k - 1].item, subject != before { return [] }
                // "farms stretching from Damascus that have been in rebel hands": a place after "from"
                // says where something begins, not what is held. (Arabic من is also "of": "60% من X".)
                if !isArabic, let at = items[clause.lowerBound..<k].lastIndex(where: { if case .place(let m) = $0.item { return m == before } else { return false } }),
                   at > 0, case .cue(let c) = items[at - 1].item, c.role == .from { return [] }
                if k > clause.lowerBound, case .place(before) = items[k - 1].item,
                   isTakenObject(items, placeAt: k - 1, attribute: k, clause) { state.heldUntilTaken.insert(before) }
                reading.places = listEndingAt(before, items, before: k, clause, state: state)
                // "more than half of al-Bab was still under IS control", "60% من دير الزور يخضع لسيطرة".
                readShare(before: before, items, k, clause, into: &reading)
            }
            if reading.places.isEmpty {
                scanForward(items, from: actor.index + 1, to: clause.upperBound, allowSubject: false, kind: predicate.kind, into: &reading, state: state)
            }
        }
        if reading.places.isEmpty, let head = relativeHead(items, clause, state) {
            // "Mosul, which was captured by IS", "الموصل التي يسيطر عليها التنظيم", "Mosul, which IS
            // seized": the relative clause says it of the place it describes. An active or present
            // verb needs its own subject in the clause (an Arabic one resumes the place with a
            // pronoun): in "the town that controls the road" the town is the subject, and in
            // "القرية التي سيطر عليها قبل يوم" the side is not named. A state in the past
            // ("التي كانت تحت سيطرة", "which had been held by") is what it was before.
            switch predicate.voice {
            case .passive:
                reading.places = [head]
            case .state:
                if !saysPast(items, from: clause.lowerBound, to: k, state) { reading.places = [head] }
            case .active, .present:
                if isArabic ? reading.pronounObject && reading.subjectAfter != nil : relativeSubjectLeadsTo(items, k, clause) {
                    reading.places = [head]
                }
            default:
                break
            }
        }
        if reading.places.isEmpty, predicate.voice == .active || predicate.voice == .nominal,
           let included = includedPlaces(items, after: k, clause, state: state) {
            // "seized several villages in the area, including X and Y", "على عدد من القرى، بينها X وY".
            reading.places = included
        }
        if reading.places.isEmpty, reading.pronounObject, predicate.voice == .active || predicate.voice == .nominal,
           !modifiesPluralNoun(items, k, state),
           let antecedent = nearestPlaceBefore(items, k, 0..<k, limit: k, state: state),
           state.input.resolutions[antecedent].mention.cue != .region {
            // "استعادت الفصائل بلدات X وY بعد ساعات من دخول قوات النظام إليها": the pronoun refers to
            // the places the sentence just named.
            reading.places = listEndingAt(antecedent, items, before: k, 0..<k, state: state)
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
        guard !reading.places.isEmpty else { return [] }
        if passiveExpulsion {
            guard let expelled = subjectBefore(items, k, clause, state) else { return [] }
            reading.from = expelled
        }
        if expulsion && reading.from == nil { return [] }
        if loss, reading.agent == nil, isArabic {
            // "سلمت الوحدات مدينة X لقوات النظام": the taker carries the preposition ل itself.
            for it in items[(k + 1)..<clause.upperBound] {
                if case .actor(let a) = it.item, state.writtenKeyOf(it).hasPrefix("\u{0644}") { reading.agent = a; break }
            }
        }
        if loss && reading.agent == nil { return [] }

        // Who did it.
        var actor: String?
        var evidence: EventConfidence.ActorEvidence = .none
        if predicate.voice == .passive || predicate.voice == .state {
            actor = reading.agent
            evidence = actor == nil ? .none : .agent
            if actor == nil, !isArabic, predicate.voice == .passive, lexicon.isWord(state.lastKeyOf(item), .liberationVerb),
               let speaker = reporterBefore(items, k) ?? reporterAfter(items, k) {
                // "The army said X had been liberated", "X has been liberated, the army said": a
                // liberation is told by the side that made it (as "أعلن الجيش أنه تم تحرير X").
                actor = speaker
                evidence = .carried
            }
        } else if !isArabic, possessedPlace != nil, let a = reading.agent {
            // "X's capture by rebels": the agent of the noun, not a side after it.
            actor = a
            evidence = .agent
        } else if let a = reading.subjectAfter {
            actor = a
            evidence = .explicit
        } else if let a = reading.agent, predicate.voice == .nominal {
            // "officials hailed the capture of X by the army": the noun names its own agent; the
            // subject before it is someone else.
            actor = a
            evidence = .agent
        } else if isArabic, predicate.voice == .nominal, carriesHoldersPronoun(item, state), let a = possessorBefore(items, k, clause, state) {
            // "بالتزامن مع إعلان المعارضة سيطرتها على X": the pronoun on a noun of holding names
            // the holder, the side right before it, not the subject of an earlier verb.
            actor = a
            evidence = .explicit
        } else if !isArabic, predicate.voice == .active, !item.breakBefore, unnamedForceSubject(items, k, clause) {
            // "air strikes on X since an alliance of Islamist groups seized the city": the verb's
            // own subject names no side; a side named earlier in the clause is not it.
            actor = nil
        } else if let a = subjectBefore(items, k, clause, state),
                  predicate.voice != .present || actorWithin(items, before: k, distance: 3) {
            actor = a
            evidence = .explicit
        } else if predicate.voice == .present {
            // "a press conference held on Mount Sinjar": standing control needs its holder named.
            return []
        } else if let a = mainClauseSubject(items, k, clause, state) {
            // "تقدمت قوات النظام نحو المدينة بعد السيطرة على X", "the regime advanced after
            // recapturing X": a verbal noun or gerund right after "after" shares the subject of
            // the clause it is attached to, not the side an earlier sentence was about.
            actor = a
            evidence = .explicit
        } else if let reporter = reporterBefore(items, k) {
            // "أعلنت قسد أن مقاتليها سيطروا على ...": the side announcing its own gains.
            actor = reporter
            evidence = .carried
        } else if let carried = state.lastSubject, carried != reading.besieger {
            // "Thousands of residents fled the town": a pull-out needs its leaver named, never
            // the side an earlier sentence was about.
            if predicate.kind == .withdrew { return [] }
            // "Militants took the town": a subject is there, only not a side we know.
            if !isArabic, unnamedForceSubject(items, k, clause) { return [] }
            actor = carried
            evidence = .carried
        }
        actor = actor.flatMap(state.resolveGeneric)
        if evidence == .explicit || evidence == .agent, let a = actor, predicate.kind != .withdrew { state.lastSubject = a }

        if loss {
            // "Rebels lost X to the army": the subject found above is the side that lost.
            reading.from = actor
            actor = reading.agent.flatMap(state.resolveGeneric)
        }

        // Who lost.
        var from = reading.from ?? reading.besieger
        if from == nil { from = opponent(in: items, at: k, of: actor, state: state) }
        from = from.flatMap(state.resolveGeneric)
        if let f = from, let a = actor, lexicon.side(of: f) == lexicon.side(of: a) { from = nil }

        var kind = predicate.kind
        if predicate.voice == .state, kind == .holds, compoundHolder == nil,
           items[max(clause.lowerBound, k - 3)..<k].contains(where: { isWordAfterConjunction(state.keyOf($0), .changeVerb) }) {
            // "X came under the control of Y", "باتت X تحت سيطرة Y": a change of hands, not a standing.
            kind = .captured
        }
        if predicate.voice == .present, kind != .contested {
            // An Arabic headline reports news in the present ("قوات النظام تسيطر على X"): a capture.
            // In the body the present states standing control.
            kind = isArabic && s < state.input.titleSentences && !reading.partial && reading.share == nil ? .captured : .holds
        }
        var share = reading.share
        if kind == .captured, isEntryUnderFire(items, k, state) { reading.partial = true }
        if reading.partial || share != nil, [.captured, .recaptured, .holds, .contested].contains(kind) {
            kind = .contested
        } else {
            share = nil
        }
        // "IS fighters were driven out of X", "villagers expelled the militants from X": who holds
        // the place now, the sentence does not say (the next one often does); a pull-out on the
        // map would show it ownerless on one sentence's word.
        if expulsion, actor == nil { return [] }
        if kind == .withdrew {
            // The subject pulled out; a taker, if named, is the actor.
            let leaver = actor
            actor = reading.agent.flatMap(state.resolveGeneric) ?? taker(items, after: k, state: state)
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
        guard actor != nil || from != nil else { return [] }

        let dating = date(items, clause, state: state)
        if let d = dating.date, d.year != state.input.published?.year { state.referenceYear = d.year }
        let background = dating.background || hasCue(.background, items, from: max(clause.lowerBound, k - 4), to: k)
            || isArabicPluperfect(items, k, clause) || predicate.voice != .nominal && inAfterClause(items, k, clause, state)
        let hedged = hasCue(.hedge, items, from: clause.lowerBound, to: clause.upperBound)
        let inTitle = s < state.input.titleSentences
        let predicateText = state.input.text.text(tokens: state.tokenRange(item))
        if !background { state.lastEventPlace = reading.places.last }
        return reading.places.map { r in
            let resolution = state.input.resolutions[r]
            let kind = reading.partialPlaces.contains(r) && [.captured, .recaptured, .holds].contains(kind) ? .contested : kind
            let confidence = EventConfidence.score(actor: evidence, hedged: hedged, background: background,
                                                   resolved: resolution.place != nil, inTitle: inTitle)
            return ExtractedEvent(resolution: r, mention: resolution.mention.text, actor: actor, fromActor: from,
                                  kind: kind, share: share, date: dating.date, background: background,
                                  confidence: confidence, evidence: state.input.text.sentenceText(s), sentence: s,
                                  predicate: predicateText)
        }
    }

    /// "an operation to retake X from Y", "لتحرير X من قبضة Y", "failed to drive Y out of X": a
    /// capture that was only aimed at or tried reports no change, but it names the side the place
    /// was to be taken from, which held it then. Kept aside (a denied capture names no holder).
    private func noteHolderOfAimedPlace(_ found: Predicate, _ items: [PositionedItem], _ k: Int, _ clause: Range<Int>,
                                        sentence s: Int, state: inout DocumentState) {
        let expulsion = found.voice == .expulsion
        guard [.captured, .recaptured].contains(found.kind), [.active, .nominal, .expulsion].contains(found.voice),
              !hasCue(.denial, items, from: 0, to: items.count) else { return }
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
        let dating = date(items, clause, state: state)
        let background = dating.background || isArabicPluperfect(items, k, clause)
        let hedged = hasCue(.hedge, items, from: clause.lowerBound, to: clause.upperBound)
        let predicateText = state.input.text.text(tokens: state.tokenRange(items[k]))
        for place in r.places where !r.partialPlaces.contains(place) {
            let resolution = state.input.resolutions[place]
            let confidence = EventConfidence.score(actor: .agent, hedged: hedged, background: background,
                                                   resolved: resolution.place != nil, inTitle: s < state.input.titleSentences)
            state.heldBeforeAim.append(ExtractedEvent(resolution: place, mention: resolution.mention.text, actor: holder, fromActor: nil,
                                                      kind: .holds, share: nil, date: dating.date, background: background,
                                                      confidence: confidence, evidence: state.input.text.sentenceText(s), sentence: s,
                                                      predicate: predicateText))
        }
    }

    /// The side right after a "from" that follows the place within a few words, as in "from IS",
    /// "من قبضة داعش", "from the control of the militants"; never a side further on ("من
    /// أولويات الجيش": among the army's priorities).
    private func sideRightAfterFrom(_ items: [PositionedItem], after place: Int, to end: Int) -> String? {
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
    private func holdersOfAimedPlaces(_ events: [ExtractedEvent], _ state: DocumentState) -> [ExtractedEvent] {
        guard !state.heldBeforeAim.isEmpty else { return events }
        func key(_ e: ExtractedEvent) -> String { placeKey(e, state.input) }
        let reported = Set(events.filter { $0.kind != .holds && $0.kind != .besieged }.map(key))
        let held = Set(events.filter { $0.kind == .holds }.map { key($0) + "|" + ($0.actor ?? "") })
        let kept = state.heldBeforeAim.filter { !reported.contains(key($0)) && !held.contains(key($0) + "|" + ($0.actor ?? "")) }
        return (events + kept).enumerated().sorted { ($0.element.sentence, $0.offset) < ($1.element.sentence, $1.offset) }.map(\.element)
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

    // MARK: - scanning

    private func scanForward(_ items: [PositionedItem], from start: Int, to end: Int, allowSubject: Bool,
                             kind: ControlKind, into r: inout Reading, state: DocumentState) {
        var budget = 3
        var skipped: [String] = []
        var j = start
        var lastRole: CueRole?
        var lastNumber: Double?
        var sawAgent = false
        var objectActor: String?
        // Inside an Arabic subject after the verb: what follows joins it, not the object.
        var inSubject = false
        while j < end {
            let it = items[j]
            if j > start, it.strongBreakBefore { break }
            if inSubject, case .word = it.item, isSubjectConjunct(it, state) {
                // "سيطرت قوات النظام والميليشيات الموالية لها على X": a conjunct with its
                // attributes belongs to the subject and costs no words of the object's budget.
                j += 1
                continue
            }
            inSubject = false
            switch it.item {
            case .place(let m):
                let mention = state.input.resolutions[m].mention
                let best = state.input.resolutions[m].place ?? state.input.resolutions[m].candidates.first?.place
                let isTown = best.map { [.city, .town].contains(state.input.gazetteer.kind($0)) } ?? false
                if isTown, state.input.resolutions[m].place != nil, j > start, state.isArabic(it),
                   case .word(let w) = items[j - 1].item, lexicon.isWord(w, .townPart) {
                    // "المزيد من أحياء قضاء تلعفر": neighbourhoods of the town, not the town.
                    r.partial = true
                }
                let weakButNotDirect = mention.isWeak && !skipped.allSatisfy { lexicon.isWord($0, .objectMarker) }
                // "ريف الرقة", "Idlib province": the countryside or province, not the town itself.
                if mention.cue == .region || mention.isForeign { return }
                if state.excluded.contains(m) || weakButNotDirect {
                    j += 1
                    budget -= 1
                    if budget < 0 { return }
                    continue
                }
                if lastRole == .from && r.share == nil && !r.partial {
                    // "withdrew from X" keeps it, and so does "expelled IS from X", "طردت قوات النظام
                    // عناصر التنظيم من X"; otherwise a place after a bare "from" is an origin.
                    if r.places.isEmpty && kind != .withdrew {
                        guard let expelled = objectActor, [.captured, .recaptured].contains(kind) else { return }
                        r.from = r.from ?? expelled
                    }
                }
                // "the Homs neighbourhood of Baba Amr": the city names where the neighbourhood lies.
                // (The tagger may have read "Homs neighbourhood" as one mention.) Without a known
                // name after "of", the city is still not what was taken.
                // Only a town or city names where the part lies; "al-Mashahda neighbourhood of the
                // old city" is the part itself.
                let unitAfter: Int? = {
                    guard isTown else { return nil }
                    if j + 2 < end, case .word(let unit) = items[j + 1].item, lexicon.isWord(unit, .subunitNoun),
                       state.keyOf(items[j + 2]) == "of" { return j + 3 }
                    if j + 1 < end, mention.cue == .neighbourhood, let cue = mention.cueWords, cue.lowerBound >= mention.words.upperBound,
                       state.keyOf(items[j + 1]) == "of" { return j + 2 }
                    return nil
                }()
                if let next = unitAfter {
                    guard next < end, items[next].isPlace else { return }
                    j = next
                    continue
                }
                // "took a new western Mosul neighbourhood", "retook Fallujah centre": a part of the
                // town changed hands, not the town.
                if isTown, j + 1 < end, !items[j + 1].breakBefore, case .word(let part) = items[j + 1].item,
                   lexicon.isWord(part, .townPart) {
                    r.partial = true
                }
                if isTown, mention.cue == .neighbourhood, let cue = mention.cueWords, cue.lowerBound >= mention.words.upperBound,
                   lexicon.isWord(state.input.text.tokens[state.input.stream.words[cue.lowerBound].token].key, .townPart) {
                    // The tagger read "Mosul neighbourhood" as one mention ("Sinjar district" is the
                    // district the town is the seat of).
                    r.partial = true
                }
                if j + 1 < end, items[j + 1].isPlace, !items[j + 1].breakBefore,
                   state.input.text.isPossessive(token: state.input.stream.words[items[j].end - 1].token) {
                    // "captured Idlib's Jisr al-Shughour": the possessor says where the place lies.
                    j += 1
                    continue
                }
                // "withdrew to the cities of X", "انسحبوا إلى X": where they went, not what they left.
                if kind == .withdrew, items[start..<j].contains(where: { lexicon.isWord(state.lastKeyOf($0), .destination) }) { return }
                r.places = listFrom(items, j, end, state: state)
                if let part = partOfPlaceAfterList(items, from: j, end, r.places, state: state) {
                    // "took X and large parts of Y", "سيطرت على X وأجزاء من Y".
                    r.places.append(part)
                    r.partialPlaces.insert(part)
                }
                r.placesFoundAfterAgent = sawAgent
                // The losing side or the agent may follow the place.
                scanTail(items, from: j + 1, to: end, into: &r, state: state)
                return
            case .actor(let a):
                if j > start, case .actor(a) = items[j - 1].item {
                    // "Islamic State (IS)": the same side named again in brackets.
                    j += 1
                    continue
                }
                if lastRole == nil, [.captured, .recaptured].contains(kind), j > start, case .word("of") = items[j - 1].item,
                   !state.isArabic(it) {
                    // "was cleared of YPG fighters", "seized the positions of the army": the side
                    // after "of" is the one that lost the place.
                    r.from = r.from ?? a
                    j += 1
                    continue
                }
                switch lastRole {
                case .from?: r.from = r.from ?? a
                case .besieger?: r.besieger = r.besieger ?? a
                case .agent?: r.agent = r.agent ?? a; sawAgent = true
                case .support?, .target?: break
                default:
                    // The actor after the subject (or right after an English verb) is its object.
                    // ("expelled the Islamic State from X": an article may stand before it.)
                    let rightAfterVerb = afterDeterminers(items, from: start, to: j) == j
                    if lastRole == nil, objectActor == nil, allowSubject ? r.subjectAfter != nil : rightAfterVerb { objectActor = a }
                    if allowSubject, r.subjectAfter == nil {
                        r.subjectAfter = a
                        inSubject = state.isArabic(it)
                    } else if r.agent == nil, sawAgent { r.agent = a }
                }
                lastRole = nil
            case .cue(let c):
                switch c.role {
                case .percent:
                    if let n = lastNumber, n > 0, n <= 100 { r.share = n / 100; budget += 3 }
                case .fraction:
                    r.share = Double(c.value)
                    budget += 3
                case .partial:
                    r.partial = true
                    budget += 3
                    if c.value == "anaphor", let antecedent = state.antecedent(kind: "any", before: it) {
                        // "overrunning several of its neighbourhoods": part of the place just named.
                        r.places = [antecedent]
                        scanTail(items, from: j + 1, to: end, into: &r, state: state)
                        return
                    }
                case .anaphor:
                    if let counted = CountedAnaphor(c.value) {
                        // "سيطرت على القريتين", "captured both villages": the places of the list before.
                        if let list = state.antecedents(of: counted, before: it) {
                            r.places = list
                            scanTail(items, from: j + 1, to: end, into: &r, state: state)
                        }
                        return
                    }
                    // "it" is an object only right after the verb.
                    let antecedent = c.value == "sentence" ? (j == start ? placeNamedBefore(items, j, state: state) : nil)
                        : state.antecedent(kind: c.value, before: it)
                    if let antecedent {
                        r.places = [antecedent]
                        scanTail(items, from: j + 1, to: end, into: &r, state: state)
                    }
                    return
                case .from, .agent, .besieger, .support:
                    if c.role == .agent { sawAgent = true }
                    lastRole = c.role
                    j += 1
                    continue
                case .hedge, .still, .background, .filler:
                    break
                case .pronoun where kind == .withdrew:
                    // "انسحابه من X", "عقب تراجعه من X": a pull-out has no object; the pronoun on
                    // the noun is the side that left.
                    j += 1
                    continue
                case .pronoun:
                    // "سيطرت عليها": the object is a pronoun; what it refers to is not a named place here,
                    // unless a copula names it: "القرى التي سيطرت عليها القوات هي X وY".
                    guard let resumed = copulaAfterPronoun(items, from: j + 1, to: end) else {
                        // "التي سيطرت عليها قوات النظام في ريف X": the subject still follows.
                        if allowSubject, r.subjectAfter == nil, j + 1 < end, case .actor(let a) = items[j + 1].item { r.subjectAfter = a }
                        r.pronounObject = skipped.isEmpty
                        return
                    }
                    if allowSubject, r.subjectAfter == nil, let a = resumed.subject { r.subjectAfter = a }
                    j = resumed.next
                    skipped = []
                    lastRole = nil
                    continue
                case .locative:
                    // "في مدينة دير الزور", "near Hama": where it happened, not what was taken —
                    // unless a share was just given ("64% in the city").
                    // "حاصرت قسد عناصر التنظيم في X", "surrounded IS fighters in X": the fighters
                    // besieged are where the siege is.
                    // "توغلت القوات العراقية في X": a push into a place has it as its object.
                    if kind == .contested, lexicon.isWord(state.keyOf(it), .inside) { break }
                    if r.share == nil && !r.partial {
                        guard kind == .besieged, j > start, case .actor(let besieged) = items[j - 1].item,
                              besieged == objectActor, lexicon.isWord(state.keyOf(it), .inside) else { return }
                        r.from = r.from ?? besieged
                    }
                case .target:
                    lastRole = .target
                    j += 1
                    continue
                case .object:
                    // "seized weapons in X": what was taken is the thing; X only says where.
                    return
                case .clause where c.value == "list":
                    // "..., including Albu Mafraj and Mazargay Imam": the list names the places.
                    budget += 2
                case .clause where isTemporalPhrase(items, j):
                    // "سيطرت بعد منتصف الليل على X": the time phrase stands between verb and object.
                    break
                default:
                    // "... we feel relieved,” said X": a reporting verb ends the object phrase.
                    if c.role.blocks || c.role == .clause || c.role == .attribution || c.role == .report { return }
                }
            case .number(let n):
                lastNumber = n
                if n >= 11, j + 1 < end, case .place(let m) = items[j + 1].item,
                   state.input.resolutions[m].mention.cueWords?.lowerBound == items[j + 1].start {
                    // "أربعين بلدة وتجمعا", "40 قرية ومزرعة": after eleven and more a singular place
                    // noun counts places, and the word after it is no name ("4 قرى X وY" names them).
                    j += 2
                    budget -= 1
                    if budget < 0 { return }
                    continue
                }
                j += 1
                continue
            case .date:
                break
            case .predicate(let p) where j - start <= 2 && isControlNoun(p) && kind != .withdrew:
                // "retook full control of X", "استعاد السيطرة على X": the noun is the verb's object,
                // the place follows it.
                break
            case .predicate:
                return
            case .word(let w) where lastRole == .agent && lexicon.isWord(w, .determiner):
                // "by the SDF": the article keeps the agent word's role for the side after it.
                j += 1
                continue
            case .word(let w):
                // "the northern Iraqi town": "the", adjectives, then a settlement word refer back.
                if ["town", "city", "village"].contains(w), skipped.contains("the"),
                   let antecedent = state.antecedent(kind: w, before: it) {
                    r.places = [antecedent]
                    scanTail(items, from: j + 1, to: end, into: &r, state: state)
                    return
                }
                skipped.append(w)
                budget -= 1
                if budget < 0 { return }
                // "drove IS from central X": a word between "from" and the place qualifies it.
                if lastRole == .from { j += 1; continue }
            }
            lastRole = nil
            j += 1
        }
    }

    /// An entry ("دخلت القوات X", "stormed X") with fighting named after it in the sentence
    /// ("وهم يخوضون قتالا عنيفا", "amid clashes"): the place is fought over, not yet taken.
    private func isEntryUnderFire(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        guard items[k].end - items[k].start == 1, lexicon.isWord(state.keyOf(items[k]), .entryVerb) else { return false }
        for it in items[(k + 1)...] {
            switch it.item {
            // "entered X after intense clashes": the fighting is over.
            case .cue(let c) where c.role == .clause && c.value == "temporal": return false
            case .predicate(let p) where p.voice == .clash || p.voice == .fight: return true
            // The fighting word may open a cue ("clashes with", "اشتباكات مع").
            case .word, .cue: if lexicon.isWord(state.keyOf(it), .fightingNoun) { return true }
            default: break
            }
        }
        return false
    }

    /// For "it" ("entered X and recaptured it"): the last place named before `j` in the sentence,
    /// when a predicate of control came before it (the place was itself the object of one).
    private func placeNamedBefore(_ items: [PositionedItem], _ j: Int, state: DocumentState) -> Int? {
        for q in stride(from: j - 2, through: 0, by: -1) {
            guard case .place(let m) = items[q].item else { continue }
            let mention = state.input.resolutions[m].mention
            if state.excluded.contains(m) || mention.isWeak || mention.isForeign || isRegion(m, state) { continue }
            return isObjectOfEarlierPredicate(m, items, before: j, 0..<j) ? m : nil
        }
        return nil
    }

    /// The place a relative clause describes, when the clause opens with a relative word right
    /// after a place ("Mosul, which ...", "مدينة الموصل التي ..."). Not a place after a
    /// direction ("ناحية X التي تبعد 25 كم جنوب Y التي ...": Y says where X lies), nor after a
    /// word for part of it ("شرق حلب الذي"), nor the head of a second, joined relative clause
    /// ("والتي", "and which": it describes what the first one did).
    private func relativeHead(_ items: [PositionedItem], _ clause: Range<Int>, _ state: DocumentState) -> Int? {
        guard let (r, head) = relativeOpening(items, clause),
              !state.writtenKeyOf(items[r]).hasPrefix("\u{0648}"), state.keyOf(items[r]) != "and",
              !state.excluded.contains(head) else { return nil }
        if r >= 2 {
            switch items[r - 2].item {
            case .cue(let before) where before.role == .partial
                || before.role == .locative && lexicon.isWord(state.keyOf(items[r - 2]), .direction): return nil
            case .word(let w) where lexicon.isWord(w, .direction) || lexicon.isWord(w, .townPart): return nil
            default: break
            }
        }
        let mention = state.input.resolutions[head].mention
        return mention.isWeak || mention.isForeign || mention.cue == .region ? nil : head
    }

    /// "Mosul, which IS seized": the English relative clause opens with its subject, the verb
    /// right after it. A verb further on, after a comma, belongs to the sentence the relative
    /// clause stands in ("Mosul, which IS has held since 2014, entered ...").
    private func relativeSubjectLeadsTo(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>) -> Bool {
        guard case .actor = items[clause.lowerBound].item, k - clause.lowerBound <= 3 else { return false }
        return !items[(clause.lowerBound + 1)...k].contains { $0.breakBefore }
    }

    /// The subject of the clause that a temporal clause ("after", "بعد") attaches to, when the
    /// predicate is the verbal noun or gerund right after the temporal word (no subject of its
    /// own can stand between them).
    private func mainClauseSubject(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> String? {
        let t = clause.lowerBound - 1
        guard t > 0, k - clause.lowerBound <= 1, case .cue(let c) = items[t].item, c.role == .clause, c.value == "temporal",
              case .predicate(let p) = items[k].item,
              p.voice == .nominal || !state.isArabic(items[k]) && state.keyOf(items[k]).hasSuffix("ing") else { return nil }
        return subjectBefore(items, t, clauseBounds(items, around: t - 1), state)
    }

    /// Whether a verb is in a clause of time opened by "after" or "بعد" ("entered X after IS
    /// withdrew from it", "دخلت X بعد أن حاصرتها"): what it reports came first, history to the
    /// main clause. Only a verb near the temporal word, with no comma before it, is in the
    /// clause: after "بعد مواجهات دارت بين الجانبين، سيطرت على X" the main clause has begun
    /// again. (A verbal noun right after it, "بعد استعادة X", is dated and read as before.)
    private func inAfterClause(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Bool {
        let t = clause.lowerBound - 1
        guard t >= 0, k - t <= 4, case .cue(let c) = items[t].item, c.role == .clause, c.value == "temporal",
              !items[clause.lowerBound...k].contains(where: { $0.breakBefore }) else { return false }
        return ["after", "\u{0628}\u{0639}\u{062F}"].contains(state.lastKeyOf(items[t]))
    }

    /// A province or countryside: cued so ("ريف X", "X province") or resolved to an
    /// administrative area ("لمحافظة الأنبار" read whole as the governorate's name).
    private func isRegion(_ m: Int, _ state: DocumentState) -> Bool {
        if state.input.resolutions[m].mention.cue == .region { return true }
        return state.input.resolutions[m].place.map { state.input.gazetteer.kind($0) == .region } ?? false
    }

    /// Whether the words before a predicate put it in the past: a past copula ("كانت", "was")
    /// or a word of earlier history ("had", "previously").
    private func saysPast(_ items: [PositionedItem], from start: Int, to k: Int, _ state: DocumentState) -> Bool {
        items[start..<k].contains { it in
            switch it.item {
            case .word(let w): return lexicon.isWord(w, .pastCopula)
            case .cue(let c): return c.role == .background
            default: return false
            }
        }
    }

    /// "سيطرت القوات على قرية X الخاضعة لسيطرة Y", "seized the Y-held town of X": an attribute
    /// of what a capture took says who held it until then (the capture's losing side), not who
    /// holds it now. True when the place at `at` is the first place after a capture verb or
    /// noun earlier in the clause, with no other predicate between them (the attribute at `k`
    /// aside).
    private func isTakenObject(_ items: [PositionedItem], placeAt at: Int, attribute k: Int, _ clause: Range<Int>) -> Bool {
        // "the IS-held town of Hit was recaptured (by X)": the subject of a passive capture.
        for i in (at + 1)..<min(clause.upperBound, at + 4) {
            guard case .predicate(let p) = items[i].item else { continue }
            guard [.captured, .recaptured].contains(p.kind) else { break }
            if p.voice == .passive { return true }
            if p.voice == .active, case .word(let w) = items[i - 1].item, lexicon.isWord(w, .auxiliary) { return true }
            break
        }
        for i in stride(from: at - 1, through: clause.lowerBound, by: -1) where i != k {
            switch items[i].item {
            case .place: return false
            case .predicate(let p):
                return [.captured, .recaptured].contains(p.kind) && [.active, .nominal, .expulsion].contains(p.voice)
            default: continue
            }
        }
        return false
    }

    /// "سيطرت على حي X وحاصرت عناصر التنظيم في الملعب": a place that an earlier predicate of the
    /// clause took as its object is not what a later verb without an object of its own is about.
    private func isObjectOfEarlierPredicate(_ place: Int, _ items: [PositionedItem], before k: Int, _ clause: Range<Int>) -> Bool {
        guard let at = items[clause.lowerBound..<k].lastIndex(where: { if case .place(let m) = $0.item { return m == place } else { return false } })
        else { return false }
        return items[clause.lowerBound..<at].contains { if case .predicate = $0.item { return true } else { return false } }
            // "reached X and took control of it": the place a force arrived at.
            || items[max(clause.lowerBound, at - 3)..<at].contains { if case .word(let w) = $0.item { return lexicon.isWord(w, .arrivalVerb) } else { return false } }
    }

    /// Whether an Arabic word continues the subject noun phrase: a conjunct with the article
    /// ("والميليشيات"), an attribute with it ("الموالية") or a closing preposition with a
    /// pronoun ("لها"). A word without the article starts the rest of the clause.
    private func isSubjectConjunct(_ it: PositionedItem, _ state: DocumentState) -> Bool {
        guard state.isArabic(it), !it.breakBefore else { return false }
        return state.hasArticle(it) || lexicon.isWord(state.lastKeyOf(it), .subjectTail)
    }

    /// The place a compound holder qualifies: "rebel-held Idlib", "the IS-held city of Mosul".
    /// Nothing when a part word stands on the way ("government-held western Aleppo": which part
    /// is not a place of the map) or no known place follows within four words.
    private func compoundObject(_ items: [PositionedItem], after k: Int, state: DocumentState) -> [Int]? {
        var j = k + 1
        while j < min(items.count, k + 5) {
            if j > k + 1, items[j].breakBefore { return nil }
            switch items[j].item {
            case .place(let m):
                let mention = state.input.resolutions[m].mention
                if mention.isWeak || mention.isForeign || mention.cue == .region || state.excluded.contains(m) { return nil }
                return listFrom(items, j, items.count, state: state)
            case .cue(let c) where c.role == .partial:
                return nil
            case .word(let w):
                if Self.partWords.contains(w) { return nil }
            case .cue(let c) where c.role == .filler:
                break
            default:
                // "rebel-held territory near Damascus": a locative says where the held thing lies.
                return nil
            }
            j += 1
        }
        return nil
    }

    /// Words between a compound holder and its place that say only part of the place is held.
    static let partWords: Set<String> = ["eastern", "western", "northern", "southern", "east", "west", "north", "south",
                                          "central", "downtown", "parts", "part", "areas", "districts", "neighbourhoods",
                                          "neighborhoods", "pocket", "outskirts", "countryside", "suburbs", "territory",
                                          "territories", "positions", "region", "villages"]

    /// "control" after "took", "السيطرة" after "استعاد" or "أحكم": a noun of control that a verb
    /// of control takes as its object.
    private func isControlNoun(_ p: Predicate) -> Bool {
        p.kind == .holds || (p.kind == .captured && p.voice == .nominal)
    }

    /// An auxiliary stands right before the predicate ("was overrun", "were driven out").
    private func followsAuxiliary(_ items: [PositionedItem], _ k: Int) -> Bool {
        guard k > 0, case .word(let w) = items[k - 1].item else { return false }
        return lexicon.isWord(w, .auxiliary)
    }

    /// "regained control over X", "has taken total control of X": the control noun is the
    /// object of the verb of taking before it (as the verb's scan reads it), no report of its own.
    private func isObjectOfControlVerb(_ p: Predicate, _ items: [PositionedItem], _ k: Int) -> Bool {
        guard p.kind == .holds, p.voice == .present else { return false }
        for j in stride(from: k - 1, through: max(0, k - 2), by: -1) {
            switch items[j].item {
            case .predicate(let before): return [.captured, .recaptured].contains(before.kind) && before.voice == .active
            case .word: continue
            default: return false
            }
        }
        return false
    }

    /// After an object pronoun ("عليها"), an optional subject then the copula "هي"/"هم" before
    /// the places it stands for.
    private func copulaAfterPronoun(_ items: [PositionedItem], from start: Int, to end: Int) -> (next: Int, subject: String?)? {
        var subject: String?
        var j = start
        while j < min(end, start + 4) {
            switch items[j].item {
            case .actor(let a): subject = subject ?? a
            case .word(let w) where Self.copulas.contains(w):
                guard j + 1 < end, case .place = items[j + 1].item else { return nil }
                return (j + 1, subject)
            case .word: break
            default: return nil
            }
            j += 1
        }
        return nil
    }

    static let copulas: Set<String> = ["\u{0647}\u{064A}", "\u{0648}\u{0647}\u{064A}", "\u{0647}\u{0645}", "\u{0648}\u{0647}\u{0645}"]


    /// After the place: "from X", "by X", "الذي فرضه X".
    private func scanTail(_ items: [PositionedItem], from start: Int, to end: Int, into r: inout Reading, state: DocumentState) {
        var lastRole: CueRole?
        var wordsSinceRole = 0
        var j = start
        var steps = 0
        while j < end, steps < 8 {
            let it = items[j]
            if it.strongBreakBefore { break }
            switch it.item {
            case .actor(let a):
                switch lastRole {
                case .from?: if r.from == nil { r.from = a }
                case .besieger?: if r.besieger == nil { r.besieger = a }
                case .agent?: if r.agent == nil { r.agent = a }
                default: break
                }
                lastRole = nil
            case .cue(let c) where [.from, .agent, .besieger, .support].contains(c.role):
                lastRole = c.role
                wordsSinceRole = 0
            case .cue(let c) where c.role == .clause || c.role.blocks:
                return
            case .predicate:
                return
            case .word(let w) where lastRole != nil && wordsSinceRole < 2
                    && !(lastRole == .from && state.isArabic(it) && !lexicon.isWord(w, .forceNoun)):
                // "lost X to the advancing SDF": an article or an adjective stands between the
                // preposition and the side it introduces. An Arabic noun after من heads a
                // construct ("من أولويات الجيش": among the army's priorities), unless it names
                // the side's fighters ("من قبضة تنظيم "داعش"").
                wordsSinceRole += 1
            default:
                lastRole = nil
            }
            j += 1
            steps += 1
        }
    }

    /// A place and the places listed after it ("X, Y and Z", "خربيل والقليعة وسرده").
    private func listFrom(_ items: [PositionedItem], _ start: Int, _ end: Int, state: DocumentState) -> [Int] {
        guard case .place(let first) = items[start].item else { return [] }
        // A list the tagger recognised ("قرى X وY وZ", asides and fillers inside it) is taken whole.
        var out = [first]
        var j = start + 1
        if let list = state.input.resolutions[first].mention.listID {
            var last = start
            for (q, it) in items.enumerated().dropFirst(start + 1) {
                if case .place(let m) = it.item {
                    if state.input.resolutions[m].mention.listID == list { out.append(m); last = q } else { break }
                }
            }
            // "the towns of A, Lweibde and B": the tagger's list stops at the name it lacks.
            guard last + 1 < end, let next = afterUnnamedListItem(items, last + 1, end, state: state) else { return out }
            j = next
        }
        var unnamed = 0
        while j < end {
            let it = items[j]
            let separator = Self.separator(before: it)
            // "تدمر بريف حمص": the countryside a place lies in is no further item.
            if case .place(let m) = it.item, !state.excluded.contains(m), !state.input.resolutions[m].mention.isForeign,
               !isRegion(m, state),
               separator.isEmpty || separator == "," || separator == "\u{060C}" {
                out.append(m)
                j += 1
                continue
            }
            // "X and Y", "X, the Y Dam and Z": joining words and an article before the next name;
            // "تل النار الاستراتيجي وكفرسجنة": an adjective of the item before.
            var k = j
            if isArabicAdjective(items[j], state) { k += 1 }
            let joinStart = k
            while k < min(end, joinStart + 2), case .word(let w) = items[k].item, Self.listJoiners.contains(w) { k += 1 }
            // "X, the area of Y and Z": a noun of area and "of" before the next name.
            if k > j || items[j].commaBefore, k + 2 < end, case .word(let noun) = items[k].item, lexicon.isWord(noun, .areaNoun),
               state.keyOf(items[k + 1]) == "of", items[k + 2].isPlace {
                k += 2
            }
            // "قضاء راوة التابع لمحافظة الأنبار": the province a place belongs to is no further item.
            if k > j, k < end, case .place(let m) = items[k].item, !items[k].breakBefore || items[j].commaBefore,
               !state.excluded.contains(m), !state.input.resolutions[m].mention.isForeign, !isRegion(m, state) {
                j = k
                continue
            }
            if unnamed < 3, let next = afterUnnamedListItem(items, j, end, state: state) {
                unnamed += 1
                j = next
                continue
            }
            break
        }
        return out
    }

    /// A verb of return a few words before, its subject between ("عادت فصائل المعارضة للسيطرة").
    private func returnVerbBefore(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>) -> Bool {
        var j = k - 1
        while j >= max(clause.lowerBound, k - 5) {
            switch items[j].item {
            case .word(let w) where isWordAfterConjunction(w, .returnVerb):
                return true
            case .actor, .word, .cue: j -= 1
            default: return false
            }
        }
        return false
    }

    /// "X and large parts of Y", "X وأجزاء من Y": after a list, a joining word and a cue of part
    /// before one more place; that place, when there is one.
    private func partOfPlaceAfterList(_ items: [PositionedItem], from start: Int, _ end: Int, _ list: [Int], state: DocumentState) -> Int? {
        guard let last = list.last,
              let q = items[start..<end].firstIndex(where: { if case .place(let m) = $0.item { return m == last } else { return false } })
        else { return nil }
        var k = q + 1
        let arabicJoined = k < end && state.isArabic(items[k]) && state.writtenKeyOf(items[k]).hasPrefix("\u{0648}")
        while k < min(end, q + 3), case .word(let w) = items[k].item, Self.listJoiners.contains(w) { k += 1 }
        guard k > q + 1 || arabicJoined, k + 1 < end, !items[k].strongBreakBefore,
              case .cue(let c) = items[k].item, c.role == .partial, c.value != "anaphor",
              case .place(let m) = items[k + 1].item, !state.excluded.contains(m) else { return nil }
        let mention = state.input.resolutions[m].mention
        guard !mention.isForeign, mention.cue != .region, !mention.isWeak else { return nil }
        return m
    }

    /// "على (A، B وجبالها، برج C، D)", "the towns of A, Lweibde and B": an item the gazetteer
    /// lacks (a word or two, or a name it could not resolve) inside a list keeps the list going
    /// when it starts an item and the next item follows it with its own separator. Where the list
    /// goes on, the index of that next item; nil where it ends ("X، وقصفت الطائرات Y": Y has no
    /// separator of its own).
    private func afterUnnamedListItem(_ items: [PositionedItem], _ j: Int, _ end: Int, state: DocumentState) -> Int? {
        let arabic = state.isArabic(items[j])
        func startsItem(_ q: Int) -> Bool {
            if items[q].commaBefore { return true }
            if arabic { return state.writtenKeyOf(items[q]).hasPrefix("\u{0648}") }
            if q > 0, case .word(let w) = items[q - 1].item, w == "and" { return true }
            return false
        }
        guard !items[j].strongBreakBefore, startsItem(j) else { return nil }
        var q = j + 1
        // The rest of the unnamed item: one more word, or the name in "برج C".
        if q < end, !startsItem(q) {
            switch items[q].item {
            case .word: q += 1
            case .place(let m) where state.input.resolutions[m].place == nil: q += 1
            // "، برج العطشانة،": a name after the item's first word is part of the item.
            case .place where items[j].commaBefore: q += 1
            default: return nil
            }
        }
        guard q < end, !items[q].strongBreakBefore, startsItem(q) else { return nil }
        switch items[q].item {
        case .word:
            return q
        case .place(let m):
            let mention = state.input.resolutions[m].mention
            guard !state.excluded.contains(m), !mention.isForeign, mention.cue != .region else { return nil }
            return q
        default:
            return nil
        }
    }

    private func isFiller(_ item: PositionedItem) -> Bool {
        if case .cue(let c) = item.item { return c.role == .filler }
        return false
    }

    /// A verb in a relative clause ("التي سيطر عليها", "which X took") or a participle right after
    /// a plural place noun ("the villages captured by").
    private func modifiesPluralNoun(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        let english = !state.isArabic(items[k])
        for i in stride(from: k - 1, through: max(0, k - 3), by: -1) {
            switch items[i].item {
            case .cue(let c) where c.role == .clause && c.value == "relative": return true
            case .place: return false
            // "the villages (that) the army took".
            case .actor: continue
            case .word(let w) where english && (lexicon.isWord(w, .areaNoun) || w == "that"): return true
            default: if english { return false }
            }
        }
        return false
    }

    /// "the captured villages include", "took eight villages ..., and the villages are": the verb's
    /// object is a plural place noun, named later.
    private func takesPluralNoun(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Bool {
        guard !state.isArabic(items[k]) else { return false }
        for i in (k + 1)..<min(clause.upperBound, k + 7) {
            switch items[i].item {
            case .word(let w) where lexicon.isWord(w, .areaNoun): return true
            case .word, .number, .predicate: continue
            default: return false
            }
        }
        return false
    }

    /// The place a relative clause set off by a comma describes, when the clause of a state ends
    /// that relative clause: "X، التي ... Y، تخضع" gives X, not Y.
    private func relativeClauseHead(_ items: [PositionedItem], _ clause: Range<Int>) -> Int? {
        guard let (r, head) = relativeOpening(items, clause), items[r].commaBefore,
              items[clause.lowerBound..<clause.upperBound].contains(where: { $0.commaBefore }) else { return nil }
        return head
    }

    /// The relative word ("which", "التي") right before `clause`, and the place right before it.
    private func relativeOpening(_ items: [PositionedItem], _ clause: Range<Int>) -> (cue: Int, head: Int)? {
        let r = clause.lowerBound - 1
        guard r >= 1, case .cue(let c) = items[r].item, c.role == .clause, c.value == "relative",
              case .place(let head) = items[r - 1].item else { return nil }
        return (r, head)
    }

    /// The places that a list word ("including", "بينها", "منها") names later in the clause of the
    /// predicate at `k`, when nothing between them is another predicate.
    private func includedPlaces(_ items: [PositionedItem], after k: Int, _ clause: Range<Int>, state: DocumentState) -> [Int]? {
        for i in (k + 1)..<clause.upperBound {
            switch items[i].item {
            case .predicate: return nil
            // "seized X and shelled others, including Y": "and" before no place starts another verb.
            case .word("and") where i + 1 < clause.upperBound && !items[i + 1].isPlace: return nil
            case .cue(let c) where c.role == .clause && c.value == "list":
                // "أهمها: X وY", "notably: X and Y": a colon right after the list word opens the
                // list; it ends no clause there.
                let colon = i + 1 == clause.upperBound && i + 1 < items.count && items[i + 1].punctuationBefore.contains(":")
                let end = colon ? items.count : clause.upperBound
                guard i + 1 < end, case .place(let m) = items[i + 1].item, !state.excluded.contains(m) else { return nil }
                let listed = listFrom(items, i + 1, end, state: state)
                return listed.isEmpty ? nil : listed
            default: continue
            }
        }
        return nil
    }

    /// The names a copula or colon enumerates after `k` in the sentence.
    private func enumeratedPlaces(_ items: [PositionedItem], after k: Int, state: DocumentState) -> [Int] {
        items[(k + 1)...].compactMap { it in
            guard case .place(let m) = it.item, state.input.resolutions[m].mention.isEnumerated, !state.excluded.contains(m) else { return nil }
            return m
        }
    }

    /// The place before a passive or a state and the names of the list it closes, if the tagger
    /// found one ("قرى X وY، باتت تحت سيطرة Z").
    private func listEndingAt(_ last: Int, _ items: [PositionedItem], before k: Int, _ clause: Range<Int>, state: DocumentState) -> [Int] {
        guard let list = state.input.resolutions[last].mention.listID else { return joinedBefore(last, items, before: k, clause, state: state) }
        var out: [Int] = []
        for it in items[clause.lowerBound..<k] {
            if case .place(let m) = it.item, state.input.resolutions[m].mention.listID == list, !state.excluded.contains(m) { out.append(m) }
        }
        return out.contains(last) ? out : [last]
    }

    /// The place before a passive or a state and the names joined to it before ("Tabqa and
    /// Manbij were captured", "X, Y and Z are under the control of"): places with "and", a comma
    /// or nothing between them, in the clause. A name that a locative or an earlier predicate
    /// governs ("in Raqqa, Tabqa was taken") and a region are no items.
    private func joinedBefore(_ last: Int, _ items: [PositionedItem], before k: Int, _ clause: Range<Int>, state: DocumentState) -> [Int] {
        guard var q = items[clause.lowerBound..<k].lastIndex(where: { if case .place(let m) = $0.item { return m == last } else { return false } })
        else { return [last] }
        var out = [last]
        while q > clause.lowerBound {
            let separator = Self.separator(before: items[q])
            var p = q - 1
            var joiners = 0
            while p > clause.lowerBound, joiners < 2, case .word(let w) = items[p].item, Self.listJoiners.contains(w) { p -= 1; joiners += 1 }
            let before = joiners > 0 ? items[p + 1].punctuationBefore : separator
            guard before.isEmpty || before == "," || before == "\u{060C}" || joiners > 0 && separator.isEmpty,
                  case .place(let m) = items[p].item, !state.excluded.contains(m), !state.input.resolutions[m].mention.isForeign,
                  !isRegion(m, state), !isObjectOfEarlierPredicate(m, items, before: k, clause),
                  // "Idlib's Jisr al-Shughour": the possessor says where the place lies.
                  !state.input.text.isPossessive(token: state.input.stream.words[items[p].end - 1].token) else { break }
            if p > clause.lowerBound, case .cue(let c) = items[p - 1].item, c.role == .locative { break }
            out.insert(m, at: 0)
            q = p
        }
        return out
    }

    /// "near the captured city of Idlib", "the occupied Golan Heights": an English participle
    /// between a determiner and a place is its adjective; who took the place, and when, the
    /// sentence does not say. ("The liberated villages include X" is left to the enumeration.)
    private func describesNamedPlace(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        participleAfterDeterminer(items, k, state) && k + 1 < items.count && items[k + 1].isPlace && !items[k + 1].breakBefore
    }

    /// A one-word English participle right after a determiner: "the captured", "a besieged".
    private func participleAfterDeterminer(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        guard !state.isArabic(items[k]), items[k].end - items[k].start == 1, state.keyOf(items[k]).hasSuffix("ed"), k > 0,
              case .word(let w) = items[k - 1].item else { return false }
        return lexicon.isWord(w, .determiner)
    }

    /// "the surrounding villages", "X and surrounding areas", "villages surrounding X": the
    /// participle describes where places lie, it reports no siege.
    private func isAttributiveParticiple(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        guard !state.isArabic(items[k]), items[k].end - items[k].start == 1 else { return false }
        // "reached the besieged town of X", "shelled a besieged district": whose siege it is, the
        // sentence does not say; its subject is not the besieger.
        if participleAfterDeterminer(items, k, state) { return true }
        guard state.keyOf(items[k]).hasSuffix("ing") else { return false }
        if k > 0, case .word(let w) = items[k - 1].item, ["the", "and", "its"].contains(w) || lexicon.isWord(w, .areaNoun) { return true }
        if k + 1 < items.count, case .word(let w) = items[k + 1].item, lexicon.isWord(w, .areaNoun) { return true }
        return false
    }

    /// The sides and the place of a clash: the actors named after the clash word, and the places
    /// after a locative word ("in", "في", "داخل") in its clause. Without a side named, the reading
    /// has the place alone.
    private func clashReading(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Reading? {
        var r = Reading()
        // Where the last word that puts the fight inside a place stands: "near X", "south of X",
        // "في محيط X" put it around the place, which is not contested.
        var insideAt: Int? = state.keyOf(items[k]) != state.lastKeyOf(items[k]) && lexicon.isWord(state.lastKeyOf(items[k]), .inside) ? k : nil
        var j = k + 1
        while j < clause.upperBound {
            switch items[j].item {
            case .actor(let a):
                if r.subjectAfter == nil { r.subjectAfter = a } else if r.from == nil, lexicon.side(of: a) != lexicon.side(of: r.subjectAfter!) { r.from = a }
            case .cue(let c) where c.role == .locative:
                insideAt = lexicon.isWord(state.lastKeyOf(items[j]), .inside) ? j : nil
            case .cue(let c) where c.role == .partial:
                // "وسط مدينة X", "in parts of X": a part of the place is inside it.
                if lexicon.isWord(state.lastKeyOf(items[j]), .inside) { insideAt = j }
            case .word(let w) where lexicon.isWord(w, .direction):
                insideAt = nil
            case .place(let m) where insideAt.map({ j - $0 <= 4 }) ?? false:
                let mention = state.input.resolutions[m].mention
                guard mention.cue != .region, !mention.isForeign, !mention.isWeak || mention.cue != nil else { return nil }
                r.places = listFrom(items, j, clause.upperBound, state: state)
                if r.subjectAfter == nil, let between = items[(j + 1)..<clause.upperBound].firstIndex(where: {
                    if case .word(let w) = $0.item { return lexicon.isWord(w, .between) } else { return false }
                }) {
                    // "اشتباكات داخل مدينة X بين A وB", "fighting inside X between A and B".
                    for it in items[(between + 1)..<min(clause.upperBound, between + 6)] {
                        guard case .actor(let a) = it.item else { continue }
                        if r.subjectAfter == nil { r.subjectAfter = a } else if lexicon.side(of: a) != lexicon.side(of: r.subjectAfter!) { r.from = a; break }
                    }
                    if r.from == nil { r.subjectAfter = nil }
                }
                if case .predicate(let p) = items[k].item, p.voice == .fight {
                    // "rebels who fought in Aleppo": a relative clause describes the side.
                    if k > 0, case .cue(let c) = items[k - 1].item, c.role == .clause { return nil }
                    // "have clashed in X on a few occasions": the perfect tells of past fights.
                    if k > 0, !state.isArabic(items[k]), ["have", "has", "had"].contains(state.lastKeyOf(items[k - 1])) { return nil }
                    if let subject = subjectBefore(items, k, clause, state) {
                        // "Kurdish forces fought IS in X", "the army clashed with rebels inside X": a
                        // verb of fighting has its first side as subject, the other as object, or
                        // joined to the subject ("the army and IS fought in X").
                        let other = r.subjectAfter ?? jointSubject(items, before: k, of: subject, clause, state)
                        if let other, lexicon.side(of: other) != lexicon.side(of: subject) { r.from = other }
                        r.subjectAfter = subject
                    }
                }
                return r
            case .predicate(let p) where p.voice == .clash:
                // "fought street battles in X": the noun of the fight after its verb.
                if lexicon.isWord(state.lastKeyOf(items[j]), .inside) { insideAt = j }
            case .predicate where isPurposeOfControl(items, j, state):
                // "battles between A and B for control of X", "معارك بين A وB للسيطرة على X": the
                // fight is for the place, which is contested.
                insideAt = j
            case .predicate:
                return nil
            case .cue(let c) where c.role.blocks || c.role == .clause:
                return nil
            default:
                break
            }
            j += 1
        }
        return nil
    }

    /// The place between a verb of declaring and the participle at `k` ("declared X (fully)
    /// liberated"), adverbs of completion aside.
    private func declaredObject(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Int? {
        guard items[k].end - items[k].start == 1, state.keyOf(items[k]).hasSuffix("ed") else { return nil }
        var j = k - 1
        while j > clause.lowerBound, lexicon.isWord(state.keyOf(items[j]), .completionAdverb) { j -= 1 }
        guard j > 0, case .place(let m) = items[j].item, case .cue(let c) = items[j - 1].item, c.role == .report,
              lexicon.isWord(state.keyOf(items[j - 1]), .declarationVerb) else { return nil }
        let mention = state.input.resolutions[m].mention
        return mention.isWeak || mention.isForeign || mention.cue == .region ? nil : m
    }

    /// "أعلنت قوات سوريا الديمقراطية، المدعومة من أمريكا، طرد داعش": a reporting verb, its
    /// subject and only an aside about the subject (its backers) before `k`.
    private func reportedSubjectBefore(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>) -> Bool {
        guard let r = items[clause.lowerBound..<k].lastIndex(where: { if case .cue(let c) = $0.item { return c.role == .report } else { return false } }),
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
    private func jointSubject(_ items: [PositionedItem], before k: Int, of subject: String, _ clause: Range<Int>,
                              _ state: DocumentState) -> String? {
        guard k - 1 > clause.lowerBound, case .actor(let second) = items[k - 1].item, second != subject else { return nil }
        if state.isArabic(items[k - 1]) { return state.writtenKeyOf(items[k - 1]).hasPrefix("\u{0648}") ? second : nil }
        if case .word(let w) = items[k - 2].item, w == "and" { return second }
        return nil
    }

    /// A control noun that names the aim of what comes before it: "for control of X" in English,
    /// the verbal noun behind ل in Arabic ("للسيطرة على X", "لاستعادة X").
    private func isPurposeOfControl(_ items: [PositionedItem], _ j: Int, _ state: DocumentState) -> Bool {
        guard case .predicate(let p) = items[j].item, [.captured, .recaptured, .holds].contains(p.kind) else { return false }
        if state.isArabic(items[j]) { return state.writtenKeyOf(items[j]).hasPrefix("\u{0644}") }
        return j > 0 && state.lastKeyOf(items[j - 1]) == "for"
    }

    /// Words that join the names of a list: "and", "و", and the article before a name.
    static let listJoiners: Set<String> = ["and", "the", "\u{0648}"]

    /// The marks between an item and the one before it, quotation marks aside: quotes may wrap
    /// the items of a list ("كفريا" و"سرجة"), a comma joins them.
    static func separator(before item: PositionedItem) -> String {
        item.punctuationBefore.filter { !"\"\u{201C}\u{201D}\u{00AB}\u{00BB}".contains($0) }
    }

    /// An Arabic word of general use written with the article ("الاستراتيجي", "المحاذية"): after a
    /// name, its adjective.
    private func isArabicAdjective(_ item: PositionedItem, _ state: DocumentState) -> Bool {
        guard case .word(let w) = item.item, item.end - item.start == 1, !item.breakBefore, state.isArabic(item) else { return false }
        let raw = state.writtenKeyOf(item)
        return raw.hasPrefix("\u{0627}\u{0644}") && (lexicon.commonWords.contains(raw) || lexicon.commonWords.contains(w))
    }

    /// The nearest place before `k` in its clause, within `limit` items. `passingLocatives`: a
    /// place after a locative word says where the subject lies ("the villages of X in western
    /// Y were cleared") and the search goes on before it.
    private func nearestPlaceBefore(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, limit: Int, state: DocumentState,
                                    passingLocatives: Bool = false) -> Int? {
        var j = k - 1
        var steps = 0
        while j >= clause.lowerBound, steps < limit {
            if passingLocatives, case .place = items[j].item, j > clause.lowerBound, case .cue(let c) = items[j - 1].item, c.role == .locative {
                j -= 2
                steps += 2
                continue
            }
            if case .place(let m) = items[j].item, !state.excluded.contains(m), !state.input.resolutions[m].mention.isWeak {
                // "أربع قرى غرب أربيل ... واستعادت السيطرة عليها": a place after a word of direction
                // is where the unnamed places lie, not what the pronoun stands for.
                if j > 0, case .cue(let c) = items[j - 1].item, c.role == .locative, lexicon.isWord(state.keyOf(items[j - 1]), .direction) {
                    return nil
                }
                return m
            }
            // ("It", a subject, stands for what the text was about, not surely a place.)
            if case .cue(let c) = items[j].item, c.role == .anaphor, c.value != "sentence", CountedAnaphor(c.value) == nil,
               let a = state.antecedent(kind: c.value, before: items[j]) { return a }
            if case .predicate = items[j].item { return nil }
            j -= 1
            steps += 1
        }
        return nil
    }

    private func firstActor(_ items: [PositionedItem], from start: Int, limit: Int, to end: Int) -> (actor: String, index: Int)? {
        var j = start
        while j < min(end, start + limit) {
            if case .actor(let a) = items[j].item { return (a, j) }
            j += 1
        }
        return nil
    }

    /// "under rebel control", "under Kurdish control": a modifier of the actor grammar standing
    /// alone before the word "control" names the holder.
    private func modifierHolder(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> (actor: String, index: Int)? {
        guard state.keyOf(items[k]) == "under", k + 1 < clause.upperBound, case .word(let w) = items[k + 1].item,
              let actor = lexicon.actorModifiers[w], controlWordFollows(items, after: k + 1, clause: clause) else { return nil }
        return (actor, k + 1)
    }

    /// "in rebel hands", "in IS hands": the side named right before "hands", "in" before it.
    private func handsHolder(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> (actor: String, index: Int)? {
        guard k >= clause.lowerBound + 2, state.lastKeyOf(items[k - 2]) == "in" else { return nil }
        switch items[k - 1].item {
        case .actor(let a): return (a, k - 1)
        case .word(let w): return lexicon.actorModifiers[w].map { ($0, k - 1) }
        default: return nil
        }
    }

    private func controlWordFollows(_ items: [PositionedItem], after index: Int, clause: Range<Int>) -> Bool {
        var j = index + 1
        while j < min(clause.upperBound, index + 3) {
            if case .word(let w) = items[j].item, w == "control" || w == "سيطره" { return true }
            if case .predicate(let p) = items[j].item, p.kind == .holds { return true }
            j += 1
        }
        return false
    }

    /// The subject before the predicate in its clause: the first actor after the clause start
    /// (or after the last reporting verb), skipping actors introduced by "from", "against",
    /// "with the support of" and the like; across a relative pronoun, the noun it refers to.
    private func subjectBefore(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> String? {
        if let head = relativeAsideHead(items, k, clause) { return head }
        var start = clause.lowerBound
        for j in stride(from: k - 1, through: clause.lowerBound, by: -1) {
            if case .cue(let c) = items[j].item, c.role == .report { start = j + 1; break }
        }
        // "As the fighting between X and Y raged on, the rebels announced ...": in English the
        // subject after the last comma before the verb is the verb's own.
        if start < k, !state.isArabic(items[k]), let comma = items[start..<k].lastIndex(where: { $0.commaBefore }), comma > start {
            let q = afterDeterminers(items, from: comma, to: k)
            if q < k, case .actor = items[q].item { start = comma }
        }
        func firstUnguardedActor(_ range: Range<Int>) -> String? {
            var guarded = 0
            for j in range {
                switch items[j].item {
                case .cue(let c) where Self.otherThanSubject.contains(c.role):
                    // The noun phrase after such a word (up to four items) is not the subject.
                    guarded = 4
                    continue
                case .actor where j > range.lowerBound && state.isArabic(items[j - 1])
                    && { if case .word(let w) = items[j - 1].item { return lexicon.isWord(w, .objectMarker) } else { return false } }():
                    // "القضاء على داعش": the side after an Arabic object marker ("على") is an object.
                    break
                case .actor(let a) where guarded == 0:
                    return a
                case .predicate:
                    guarded = 0
                    continue
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
        if start < k, !state.isArabic(items[k]), !joined,
           let previous = items[start..<k].lastIndex(where: { if case .predicate = $0.item { return true } else { return false } }),
           let nearer = firstUnguardedActor((previous + 1)..<k) {
            return nearer
        }
        if start < k, let a = firstUnguardedActor(start..<k) { return a }
        // "..., which controls much of Eastern Ghouta": the actor right before "which".
        let clauseStart = clause.lowerBound
        if clauseStart > 0, case .cue(let c) = items[clauseStart - 1].item, c.role == .clause, c.value == "relative" {
            var q = clauseStart - 2
            while q >= max(0, clauseStart - 9) {
                if case .actor(let a) = items[q].item {
                    if q > 0, case .cue(let p) = items[q - 1].item, [.support, .from, .target, .agent].contains(p.role) {
                        q -= 1
                        continue
                    }
                    return a
                }
                q -= 1
            }
        }
        return nil
    }

    /// Cue words after which a side is not the subject: where it comes from, whose support, who
    /// besieges, by whom, against whom.
    private static let otherThanSubject: Set<CueRole> = [.from, .support, .besieger, .agent, .target]

    /// A share or part said just before the place a predicate that follows is about ("half of
    /// X", "60 percent of X", "60% من X", "parts of X").
    private func readShare(before place: Int, _ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, into reading: inout Reading) {
        guard let idx = items[clause.lowerBound..<k].lastIndex(where: { if case .place(let m) = $0.item { return m == place } else { return false } })
        else { return }
        for at in max(clause.lowerBound, idx - 4)..<idx {
            if case .cue(let c) = items[at].item {
                if c.role == .partial { reading.partial = true }
                if c.role == .fraction { reading.share = Double(c.value) }
                if c.role == .percent, at > 0, case .number(let n) = items[at - 1].item, n > 0, n <= 100 { reading.share = n / 100 }
            }
        }
    }

    /// "سيطرتها", "وقبضته": a noun of holding that carries a possessive pronoun (its stem and
    /// the pronoun are word classes), which refers to the holder.
    private func carriesHoldersPronoun(_ item: PositionedItem, _ state: DocumentState) -> Bool {
        let word = state.keyOf(item)
        let peeled = word.hasPrefix("\u{0648}") || word.hasPrefix("\u{0641}") ? [String(word.dropFirst())] : []
        return ([word] + peeled).contains { form in
            lexicon.words(of: .holdingNoun).contains { form.hasPrefix($0) && lexicon.isWord(String(form.dropFirst($0.count)), .possessiveSuffix) }
        }
    }

    /// The side nearest before `k` in its clause, unless a word of another role ("from", "with
    /// the support of", "against") or another predicate stands right before it: the noun
    /// phrase a possessive pronoun refers to. Of sides joined by و ("هيئة تحرير الشام والفصائل
    /// المتحالفة معها تعلن سيطرتها") the first is the head.
    private func possessorBefore(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> String? {
        for j in stride(from: k - 1, through: clause.lowerBound, by: -1) {
            guard case .actor(let a) = items[j].item else { continue }
            if j > clause.lowerBound, case .cue(let c) = items[j - 1].item, Self.otherThanSubject.contains(c.role) { continue }
            // "مدعومة بطيران التحالف": one noun may stand between such a word and the side.
            if j - 1 > clause.lowerBound, case .word = items[j - 1].item, case .cue(let c) = items[j - 2].item, c.role == .support { continue }
            // "بعد طرد داعش من X سيطرتها": a side right after another predicate is its own.
            if j > clause.lowerBound, case .predicate = items[j - 1].item { continue }
            var head = (a, j)
            while head.1 > clause.lowerBound, state.writtenKeyOf(items[head.1]).hasPrefix("\u{0648}"),
                  case .actor(let first) = items[head.1 - 1].item {
                head = (first, head.1 - 1)
            }
            return head.0
        }
        return nil
    }

    /// The agent word "by" of an English participle: right after it, or after a phrase of time
    /// ("besieged for two and a half years by IS") with the side right after the word.
    private func agentAfterParticiple(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Int? {
        func isAgentWord(_ q: Int) -> Bool {
            guard state.keyOf(items[q]) == "by", case .cue(let c) = items[q].item else { return false }
            return c.role == .agent
        }
        guard k + 1 < clause.upperBound else { return nil }
        if isAgentWord(k + 1) { return k + 1 }
        guard items[k].end - items[k].start == 1, state.keyOf(items[k]).hasSuffix("ed"), state.keyOf(items[k + 1]) == "for" else { return nil }
        for q in (k + 2)..<min(clause.upperBound, k + 9) {
            if items[q].breakBefore { return nil }
            switch items[q].item {
            case .word, .number, .date: continue
            case .cue(let c) where [.fraction, .filler].contains(c.role): continue
            case .cue where isAgentWord(q):
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
    private func isWordAfterConjunction(_ key: String, _ wordClass: ExtractionLexicon.WordClass) -> Bool {
        lexicon.isWord(key, wordClass) || key.hasPrefix("\u{0648}") && lexicon.isWord(String(key.dropFirst()), wordClass)
    }

    /// The first index from `q` (before `end`) that is not an article or determiner ("the", "its").
    private func afterDeterminers(_ items: [PositionedItem], from q: Int, to end: Int) -> Int {
        var q = q
        while q < end, case .word(let w) = items[q].item, lexicon.isWord(w, .determiner) { q += 1 }
        return q
    }

    /// "Al-Fateh Army, which consists of Nusra and Ahrar al-Sham, have seized X": the side a
    /// relative aside between commas describes is the subject of the verb right after the aside.
    private func relativeAsideHead(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>) -> String? {
        var q = k
        while q > clause.lowerBound, case .word(let w) = items[q - 1].item, lexicon.isWord(w, .auxiliary) { q -= 1 }
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

    /// An English subject right before the verb that is a bare force noun ("Militants initially
    /// took", "Some gunmen have seized", "local tribal fighters took"): fighters named without
    /// their side. A noun with a possessive or a side's modifier ("our forces", "Iraqi special
    /// operations forces") is someone's: not bare.
    private func unnamedForceSubject(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>) -> Bool {
        for j in stride(from: k - 1, through: clause.lowerBound, by: -1) {
            switch items[j].item {
            case .cue(let c) where c.role == .filler:
                continue
            case .word(let w):
                // Adverbs and auxiliaries between the subject and its verb.
                if w.hasSuffix("ly") || w == "also" || w == "then" || w == "have" || w == "has" || w == "had"
                    || lexicon.isWord(w, .auxiliary) { continue }
                guard lexicon.isWord(w, .unnamedForce) else { return false }
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
            default:
                return false
            }
        }
        return false
    }

    private func actorWithin(_ items: [PositionedItem], before k: Int, distance: Int) -> Bool {
        items[max(0, k - distance)..<k].contains { if case .actor = $0.item { return true } else { return false } }
    }

    /// The actor before the last reporting word preceding `k` ("أعلنت قسد أن", "the SDF said").
    private func reporterBefore(_ items: [PositionedItem], _ k: Int) -> String? {
        guard let report = items[..<k].lastIndex(where: { if case .cue(let c) = $0.item { return c.role == .report } else { return false } }) else {
            return nil
        }
        for j in stride(from: report - 1, through: max(0, report - 8), by: -1) {
            if case .actor(let a) = items[j].item { return a }
        }
        for j in (report + 1)..<min(k, report + 4) {
            if case .actor(let a) = items[j].item { return a }
        }
        return nil
    }

    /// "X has been liberated, the army said": the side right before or after a reporting verb
    /// that follows the predicate.
    private func reporterAfter(_ items: [PositionedItem], _ k: Int) -> String? {
        guard k + 1 < items.count,
              let report = items[(k + 1)...].firstIndex(where: { if case .cue(let c) = $0.item { return c.role == .report } else { return false } })
        else { return nil }
        for j in stride(from: report - 1, through: max(k + 1, report - 3), by: -1) {
            if case .actor(let a) = items[j].item { return a }
        }
        for j in (report + 1)..<min(items.count, report + 3) {
            if case .actor(let a) = items[j].item { return a }
        }
        return nil
    }

    /// The actor of the other side named in the sentence: the nearest one after the predicate,
    /// else the nearest before it.
    private func opponent(in items: [PositionedItem], at k: Int, of actor: String?, state: DocumentState) -> String? {
        guard let actor else { return nil }
        let mine = lexicon.side(of: state.resolveGeneric(actor) ?? actor)
        func opposing(_ i: Int) -> String? {
            guard case .actor(let a) = items[i].item else { return nil }
            // "backed by Turkey", "بدعم من": the supporter fights on the actor's side.
            if i > 0, case .cue(let c) = items[i - 1].item, c.role == .support { return nil }
            // "rebel groups, including the Nusra Front": a side listed among the actor's allies.
            let listAt = i > 1 && lexicon.isWord(state.keyOf(items[i - 1]), .determiner) ? i - 2 : i - 1
            if listAt >= 0, case .cue(let c) = items[listAt].item, c.role == .clause, c.value == "list" { return nil }
            guard let r = state.resolveGeneric(a) else { return nil }
            return lexicon.side(of: r) != mine && r != "us-coalition" ? r : nil
        }
        for i in (k + 1)..<max(k + 1, items.count) { if let o = opposing(i) { return o } }
        for i in stride(from: k - 1, through: 0, by: -1) { if let o = opposing(i) { return o } }
        return nil
    }

    /// Who took over after a withdrawal: "with the Federal Police now controlling the area".
    private func taker(_ items: [PositionedItem], after k: Int, state: DocumentState) -> String? {
        var j = k + 1
        while j + 1 < items.count {
            if case .actor(let a) = items[j].item {
                for q in (j + 1)..<min(items.count, j + 3) {
                    if case .predicate(let p) = items[q].item, p.kind == .holds { return state.resolveGeneric(a) }
                }
            }
            j += 1
        }
        return nil
    }

    // MARK: - clauses and blocking

    /// ", and" / "، و" followed by something other than a place starts a new clause.
    private func isCoordinationBreak(_ items: [PositionedItem], _ i: Int) -> Bool {
        guard items[i].commaBefore else { return false }
        if case .word(let w) = items[i].item, w == "and" {
            if i + 1 < items.count, case .place = items[i + 1].item { return false }
            return true
        }
        return false
    }

    private func clauseBounds(_ items: [PositionedItem], around k: Int) -> Range<Int> {
        var start = k
        while start > 0 {
            if (items[start].strongBreakBefore || isCoordinationBreak(items, start)) && start != k { break }
            if case .cue(let c) = items[start - 1].item, c.role == .clause, !isTemporalPhrase(items, start - 1),
               !isAsideOnSubject(items, listAt: start - 1, before: k) { break }
            start -= 1
        }
        var end = k + 1
        while end < items.count {
            if items[end].strongBreakBefore || isCoordinationBreak(items, end) { break }
            if case .cue(let c) = items[end].item, c.role == .clause, c.value != "list", !isTemporalPhrase(items, end) { break }
            end += 1
        }
        return start..<end
    }

    /// "Rebel groups, including the Nusra Front, captured X", "الفصائل، ومن بينها النصرة، سيطرت":
    /// a list between commas right after a side is an aside on the subject, not a clause.
    private func isAsideOnSubject(_ items: [PositionedItem], listAt i: Int, before k: Int) -> Bool {
        guard case .cue(let c) = items[i].item, c.value == "list", i + 1 < k,
              items[(i + 1)...k].contains(where: \.commaBefore) else { return false }
        var q = i - 1
        if q >= 0, case .cue(let from) = items[q].item, from.role == .from { q -= 1 }
        guard q >= 0, case .actor = items[q].item else { return false }
        return items[q + 1].commaBefore || items[i].commaBefore
    }

    /// "بعد منتصف الليل", "after hours of fighting", "after 3 days": a clause word that opens a
    /// phrase of time qualifies the verb; it starts no new clause.
    private func isTemporalPhrase(_ items: [PositionedItem], _ i: Int) -> Bool {
        guard i + 1 < items.count, !items[i + 1].strongBreakBefore, !items[i + 1].commaBefore else { return false }
        switch items[i + 1].item {
        case .date, .number: return true
        case .cue(let c): return c.role == .filler
        default: return false
        }
    }

    private func isBlocked(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>) -> Bool {
        var j = k - 1
        var steps = 0
        while j >= clause.lowerBound {
            if case .cue(let c) = items[j].item {
                if c.role == .denial || c.role == .conditional { return true }
                // "the operation to retake X", "معركة تحرير X": an operation noun blocks only the
                // predicate right after it.
                if c.role.blocks && (c.value == "adjacent" ? steps == 0 : steps < 6) { return true }
            }
            j -= 1
            steps += 1
        }
        // A denial anywhere earlier in the sentence covers what it introduces; a later one covers a
        // reported or claimed one ("IS said it had seized X, which the SDF denied", "زعم التنظيم
        // سيطرته على X، لكن قسد نفت ذلك").
        let isDenial = { (it: PositionedItem) -> Bool in if case .cue(let c) = it.item { return c.role == .denial } else { return false } }
        if let denial = items.firstIndex(where: isDenial), denial < k { return true }
        if items[(k + 1)...].contains(where: isDenial),
           items[..<k].contains(where: { if case .cue(let c) = $0.item { return c.role == .report || c.role == .hedge } else { return false } }) {
            return true
        }
        return false
    }

    /// "وكانت القوات التركية قد حاصرت": كان ... قد before the verb marks earlier history.
    private func isArabicPluperfect(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>) -> Bool {
        guard k > clause.lowerBound, case .word(let w) = items[k - 1].item, w == "\u{0642}\u{062F}" else { return false }
        return items[clause.lowerBound..<(k - 1)].contains { item in
            if case .word(let v) = item.item { return ["كان", "كانت", "كانوا", "وكان", "وكانت"].contains(v) }
            return false
        }
    }

    private func hasCue(_ role: CueRole, _ items: [PositionedItem], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        for it in items[from..<to] {
            if case .cue(let c) = it.item, c.role == role { return true }
        }
        return false
    }

    // MARK: - dates

    private func date(_ items: [PositionedItem], _ clause: Range<Int>, state: DocumentState) -> (date: EventDate?, background: Bool) {
        let published = state.input.published
        let range = clause
        for j in range {
            switch items[j].item {
            case .date(.weekday(let wd)):
                guard let p = published, p.precision == .day else { continue }
                let back = (p.weekday - wd + 7) % 7
                return (p.adding(days: -back), false)
            case .date(.offset(let days)):
                guard let p = published, p.precision == .day else { continue }
                return (p.adding(days: days), false)
            case .date(.month(let m)):
                var day: Int?
                var year: Int?
                if j > 0, case .number(let n) = items[j - 1].item, n >= 1, n <= 31 { day = Int(n) }
                if j + 1 < items.count, case .number(let n) = items[j + 1].item {
                    if n >= 1, n <= 31, day == nil { day = Int(n) } else if n >= 1900, n <= 2100 { year = Int(n) }
                }
                if j + 2 < items.count, case .number(let n) = items[j + 2].item, n >= 1900, n <= 2100 { year = Int(n) }
                let y = year ?? published?.year ?? state.referenceYear
                guard let yy = y else { continue }
                var d = EventDate(year: yy, month: m, day: day)
                if year == nil, let p = published, d.dayNumber > p.dayNumber + 1 { d = EventDate(year: yy - 1, month: m, day: day) }
                return (d, isOld(d, published))
            case .number(let d) where d >= 1 && d <= 31 && j + 2 < items.count:
                // "14/9/2017", "14-09-2017": day, month, year.
                if case .number(let m) = items[j + 1].item, case .number(let y) = items[j + 2].item,
                   ["/", "-", "."].contains(items[j + 1].punctuationBefore), items[j + 2].punctuationBefore == items[j + 1].punctuationBefore,
                   m >= 1, m <= 12, y >= 1990, y <= 2100 {
                    let date = EventDate(year: Int(y), month: Int(m), day: Int(d))
                    return (date, isOld(date, published))
                }
            case .number(let n) where n >= 1990 && n <= 2100 && n == n.rounded():
                // "in 2014" (the word may be a locative cue), "عام 2014".
                if j > 0, ["in", "since", "عام", "في", "سنه", "العام"].contains(state.lastKeyOf(items[j - 1])) {
                    let d = EventDate(year: Int(n))
                    return (d, isOld(d, published))
                }
            default:
                continue
            }
        }
        return (published, false)
    }

    private func isOld(_ d: EventDate, _ published: EventDate?) -> Bool {
        guard let p = published else { return false }
        switch d.precision {
        case .year: return d.year < p.year
        case .month: return d.year * 12 + (d.month ?? 1) < p.year * 12 + (p.month ?? 1) - 1
        case .day: return d.dayNumber < p.dayNumber - 31
        }
    }

    // MARK: - document-level

    /// Mentions that name where a report was filed or who is based where, never event places.
    private func excludedMentions(_ items: [[PositionedItem]], _ input: Input) -> Set<Int> {
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
                if k + 1 < sentence.count, case .cue(let c) = sentence[k + 1].item, c.role == .attribution, sentence[k + 1].hyphenBefore {
                    out.insert(m)
                }
            }
        }
        return out
    }

    /// "ERBIL, Kurdistan Region": a Latin name in capitals opening a sentence is a dateline.
    private func isWrittenInCapitals(_ item: PositionedItem, _ input: Input) -> Bool {
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
    private func isDatelineTail(_ s: [PositionedItem], _ k: Int) -> Bool {
        if case .date = s[k].item { return true }
        return false
    }

    /// One event per place, actor, kind and sentence; a capture and a recapture of one place by
    /// one actor in one sentence ("استعادت السيطرة على") are one event, the first read.
    private func deduplicated(_ events: [ExtractedEvent]) -> [ExtractedEvent] {
        var seen = Set<String>()
        return events.filter { e in
            let kind = e.kind == .recaptured ? ControlKind.captured.rawValue : e.kind.rawValue
            return seen.insert("\(e.resolution)|\(e.actor ?? "")|\(kind)|\(e.sentence)").inserted
        }
    }
}
