// Fighting inside a place: the sides and the place of a clash word.
extension ControlEventExtractor {
    /// The sides and the place of a clash: the actors named after the clash word, and the places
    /// after a locative word ("in", "في", "داخل") in its clause. Without a side named, the reading
    /// has the place alone.
    func clashReading(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Reading? {
        // "clashes broke out on Tuesday in X": a phrase that ends on its verb takes only a time
        // before its link; "clashes continued around the base, with soldiers killed in an attack
        // on X" puts no fight in X.
        if case .predicate(let p) = items[k].item, p.voice == .clash, lexicon.clashVerbsAfter.contains(state.lastKeyOf(items[k])),
           !linkAfterTime(items, k, clause, state) {
            return nil
        }
        var r = Reading()
        // Where the last word that puts the fight inside a place stands: "near X", "south of X",
        // "في محيط X" put it around the place, which is not contested.
        var insideAt: Int? = state.keyOf(items[k]) != state.lastKeyOf(items[k]) && lexicon.isWord(state.lastKeyOf(items[k]), .inside) ? k : nil
        // "معارك ضارية ضد داعش في X": the side after "against" ("ضد", "مع") is the one fought; the
        // side that wages the fight stands before it.
        let against = lexicon.isWord(state.lastKeyOf(items[k]), .fightAgainst)
        // The reading once the fight's place is found at `j`: its sides, after it or before.
        func settle(_ places: [Int], at j: Int) -> Reading? {
            var r = r
            r.places = places
            // "clashes between rival rebel groups in X", "اشتباكات بين فصائل متنافسة": a fight
            // between one side's own groups contests nothing between sides.
            let betweenBefore = lexicon.isWord(state.lastKeyOf(items[k]), .between) || items[(k + 1)..<j].contains(where: isBetweenWord)
            if betweenBefore, r.from == nil { r.subjectAfter = nil }
            if r.subjectAfter == nil, let between = items[(j + 1)..<clause.upperBound].firstIndex(where: isBetweenWord) {
                // "اشتباكات داخل مدينة X بين A وB", "fighting inside X between A and B"; A's backers may
                // come between ("بين قوات النظام المدعومة بعناصر من حزب الله وقوات المعارضة").
                for it in items[(between + 1)..<min(clause.upperBound, between + 9)] {
                    if it.strongBreakBefore { break }
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
        }
        var j = k + 1
        while j < clause.upperBound {
            switch items[j].item {
            case .actor(let a) where against:
                // ("ضد تنظيم الدولة "داعش"": a side named twice is one side.)
                if r.from == nil { r.from = a }
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
                guard !isRegion(m, state), !mention.isForeign, !mention.isWeak || mention.cue != nil else { return nil }
                return settle(listFrom(items, j, clause.upperBound, state: state), at: j)
            case .cue(let c) where c.role == .anaphor && (insideAt.map({ j - $0 <= 4 }) ?? false):
                // "fighting raged inside the town", "المعارك مستمرة داخل المدينة": the place the
                // anaphor refers to (not "the town's outskirts": a thing after a possessive).
                guard CountedAnaphor(c.value) == nil, c.value != "sentence",
                      !state.input.text.isPossessive(token: state.input.stream.words[items[j].end - 1].token),
                      let antecedent = state.antecedent(kind: c.value, before: items[j], sentenceStart: items[0].start) else { return nil }
                return settle([antecedent], at: j)
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

    /// Whether a link that puts the fight inside a place ("in", "داخل") or names its sides
    /// ("between") follows the clash word at `k`, with nothing but a time before it ("on Tuesday",
    /// "overnight", "منذ الصباح").
    func linkAfterTime(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Bool {
        func isTime(_ j: Int) -> Bool {
            switch items[j].item {
            case .date: return true
            case .cue(let c): return c.role == .filler
            default: return false
            }
        }
        var j = k + 1
        // (A word right before a time is its preposition: "on", "early on", "منذ".)
        while j < clause.upperBound, isTime(j) || (j + 1 < clause.upperBound && isTime(j + 1) && { if case .word = items[j].item { true } else { false } }()) {
            j += 1
        }
        guard j < clause.upperBound else { return false }
        if isBetweenWord(items[j]) { return true }
        if case .cue(let c) = items[j].item, c.role == .locative { return lexicon.isWord(state.lastKeyOf(items[j]), .inside) }
        return false
    }

    /// "between", "بين".
    func isBetweenWord(_ item: PositionedItem) -> Bool {
        if case .word(let w) = item.item { return lexicon.isWord(w, .between) }
        return false
    }
}
