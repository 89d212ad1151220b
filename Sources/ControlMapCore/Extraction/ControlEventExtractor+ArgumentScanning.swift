// The places a predicate is about: the scan after and before it, lists, anaphors and relative clauses.
extension ControlEventExtractor {
    func scanForward(_ items: [PositionedItem], from start: Int, to end: Int, allowSubject: Bool,
                             kind: ControlKind, into r: inout Reading, state: DocumentState) {
        var budget = 3
        var skipped: [String] = []
        var j = start
        var lastRole: CueRole?
        var lastNumber: Double?
        var sawAgent = false
        var objectActor: String?
        // A standing ("under the control of") described the object: the side next named held it.
        var holderNext = false
        // Inside an Arabic subject after the verb: what follows joins it, not the object.
        var inSubject = false
        // "drove IS out of parts of X", "out of the eastern half of X", "طردت التنظيم من أجزاء من
        // X": the side expelled is the loser, as when the place follows "from" itself.
        func expelledLoses() {
            if r.places.isEmpty, [.captured, .recaptured].contains(kind), let expelled = objectActor { r.from = r.from ?? expelled }
        }
        while j < end {
            let it = items[j]
            if j > start, it.strongBreakBefore { break }
            // '... are under our control," Sharfan Darwish said': a quotation closed before it ends
            // what the verb inside it is about.
            if Self.closesQuotation(it.punctuationBefore) { break }
            if inSubject, case .word = it.item, isSubjectConjunct(it, state) {
                // "سيطرت قوات النظام والميليشيات الموالية لها على X": a conjunct with its
                // attributes belongs to the subject and costs no words of the object's budget.
                j += 1
                continue
            }
            let afterSubject = inSubject
            inSubject = false
            switch it.item {
            case .place(let m):
                let mention = state.input.resolutions[m].mention
                // "the Turkish observation post at Morek": the site's place says where it lies.
                if mention.locatesSite, !r.places.isEmpty {
                    j += 1
                    continue
                }
                let best = state.input.resolutions[m].place ?? state.input.resolutions[m].candidates.first?.place
                let isTown = best.map { [.city, .town].contains(state.input.gazetteer.kind($0)) } ?? false
                if isTown, state.input.resolutions[m].place != nil, j > start, state.isArabic(it),
                   case .word(let w) = items[j - 1].item, lexicon.isWord(w, .townPart), !sumsToWhole(items, from: start, part: j - 1, state) {
                    // "المزيد من أحياء قضاء تلعفر": neighbourhoods of the town, not the town.
                    r.partial = true
                }
                // "most of an Aleppo police academy": a town after "a"/"an" names what the thing
                // belongs to, it is not the thing.
                // (An unnamed site's own "a" is its determiner: "overran a military post".)
                if !state.isArabic(it), !mention.isUnnamedSite, state.input.stream.words[it.start].token > 0,
                   ["a", "an"].contains(state.input.text.tokens[state.input.stream.words[it.start].token - 1].key) { return }
                // "seized the area between X and Y", "المنطقة الواقعة بين X وY": the places after
                // "between" bound what was taken; neither was.
                if j > start, case .word(let w) = items[j - 1].item, lexicon.isWord(w, .between) { return }
                // "..., Turkish President Erdogan said", "Iraqi PM Haider al-Abadi": an unknown name
                // right after a side's word is a person of that side.
                let afterActor = j > start && { if case .actor = items[j - 1].item { return true } else { return false } }()
                // "سيطر ثوار حلب على X": a place right after the subject's force noun is its
                // genitive ("the rebels of Aleppo") when the object marker and a place follow.
                if afterActor, state.isArabic(it), !it.breakBefore, j + 2 < end,
                   case .word(let marker) = items[j + 1].item, lexicon.isWord(marker, .objectMarker), !items[j + 1].breakBefore,
                   items[j + 2].isPlace || items[j + 2].isCue(.partial) {
                    j += 1
                    continue
                }
                // "freed the neighborhoods of Domiz and Palestine": after "neighbourhoods of" a name
                // that is no town names the neighbourhoods themselves, not a town partly taken.
                // (Only a name the gazetteer lacks or knows as a neighbourhood: a village elsewhere is
                // not what the neighbourhood is called after.)
                let namedNeighbourhoods = state.input.resolutions[m].place.map { state.input.gazetteer.kind($0) == .neighbourhood } ?? true
                    && j > start && !state.isArabic(it)
                    && items[j - 1].isCue(.partial)
                    && ["neighbourhoods", "neighborhoods", "districts"].contains(state.keyOf(items[j - 1]))
                if namedNeighbourhoods { r.partial = false }
                let weakButNotDirect = mention.isWeak && !namedNeighbourhoods
                    && (!skipped.allSatisfy { lexicon.isWord($0, .objectMarker) || lexicon.isWord($0, .objectAdjective)
                            || mention.isUnnamedSite && lexicon.isWord($0, .determiner) }
                        || afterActor || isJoinedToSide(items, j))
                // "ريف الرقة", "Idlib province": the countryside or province, not the town itself;
                // but "Idlib province's town of X", "the provincial capital of Salahudin, Tikrit":
                // the province only says where the place named next lies.
                if mention.cue == .region || mention.isWeak || isRegion(m, state), let next = placeNamedInRegion(items, j, end, state: state) {
                    j = next
                    continue
                }
                if mention.cue == .region || mention.isForeign || isRegion(m, state) {
                    // "seized much of X province, including Y": the share was the province's.
                    if j > start, case .cue(let c) = items[j - 1].item, c.role == .partial { r.partial = false }
                    // "entered Deir ez-Zor Governorate", "the Eastern Nineveh and Souq al-Ghanam
                    // districts": a name the gazetteer knows only as a province, with no cue of
                    // its own, is no place taken; the list goes on.
                    if mention.cue != .region, !mention.isForeign {
                        j += 1
                        continue
                    }
                    return
                }
                if state.excluded.contains(m) || weakButNotDirect {
                    j += 1
                    budget -= 1
                    if budget < 0 { return }
                    continue
                }
                // "to link areas under their control to X": a place after "to" is where the
                // held land leads, not the land held.
                if kind == .holds, lastRole == .agent, !state.isArabic(it), j > start, state.keyOf(items[j - 1]) == "to" { return }
                // "the task has fallen to the rebels of X", "was taken by the tribesmen of X": a
                // place after "of" right after the agent says whose fighters they are.
                if sawAgent || r.subjectAfter != nil, r.places.isEmpty, !state.isArabic(it), j >= start + 2, state.keyOf(items[j - 1]) == "of",
                   case .actor = items[j - 2].item { return }
                if lastRole == .from && r.share == nil && !r.partial {
                    // "withdrew from X" keeps it, and so does "expelled IS from X", "طردت قوات النظام
                    // عناصر التنظيم من X", "drove their enemies out of X"; otherwise a place after a
                    // bare "from" is an origin.
                    if r.places.isEmpty && kind != .withdrew {
                        guard [.captured, .recaptured].contains(kind) else { return }
                        if let expelled = objectActor {
                            r.from = r.from ?? expelled
                        } else if !namesAnEnemy(items[start..<j], state) {
                            return
                        }
                    }
                }
                // "the Homs neighbourhood of Baba Amr": the city names where the neighbourhood lies.
                // (The tagger may have read "Homs neighbourhood" as one mention.) Without a known
                // name after "of", the city is still not what was taken.
                // Only a town or city names where the part lies; "al-Mashahda neighbourhood of the
                // old city" is the part itself.
                let unitAfter: Int? = {
                    // "the Idlib town of Saraqib", "the Anbar town of Hit": a town or province
                    // between "the" and a cued name says where that place lies ("Hit town of
                    // Anbar" names the town first).
                    let afterThe = { () -> Bool in
                        let t = state.input.stream.words[mention.words.lowerBound].token
                        return t > 0 && state.input.text.tokens[t - 1].key == "the"
                    }
                    // "the Tigris River town of Dhuluiya", "the Euphrates valley town of X": a word or two
                    // between the name and the cue make the whole a description of the place named next.
                    // (No joining word or mark between: "the X Dam and the town of Y" lists two.)
                    var gap = 0
                    while gap < 2, j + 1 + gap < end, !items[j + 1 + gap].breakBefore, case .word(let w) = items[j + 1 + gap].item,
                          !Self.listJoiners.contains(w), w != "as" { gap += 1 }
                    if isTown || best.map({ state.input.gazetteer.kind($0) == .region }) == true || gap > 0, j + 1 + gap < end, afterThe(),
                       case .place(let next) = items[j + 1 + gap].item, let cue = state.input.resolutions[next].mention.cueWords,
                       gap == 0 || !items[j + 1 + gap].breakBefore && [PlaceKind.village, .town, .city].contains(state.input.resolutions[next].mention.cue),
                       cue.lowerBound == (gap > 0 ? items[j + gap].end : mention.words.upperBound),
                       [cue.upperBound - 1, cue.upperBound].contains(where: { state.input.stream.words[$0].innerKey == "of" }) {
                        return j + 1 + gap
                    }
                    guard isTown else { return nil }
                    // "the Al-Rabia neighbourhood of Tal Afar": a city after "of", behind a name
                    // that is no city, is where the part lies; the part is the name before.
                    let cityAfter = items[(j + 1)..<min(end, j + 4)].first(where: \.isPlace).map { it -> Bool in
                        guard case .place(let n) = it.item, let p = state.input.resolutions[n].place else { return false }
                        return state.input.gazetteer.kind(p) == .city
                    } ?? false
                    if cityAfter, best.map({ state.input.gazetteer.kind($0) != .city }) ?? true { return nil }
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
                // ("the Al-Rabia neighbourhood", left unresolved, is the neighbourhood of that name,
                // though a town shares it; resolved to the town, it stays a part of it.)
                let namesNeighbourhood = { (part: String) -> Bool in
                    let first = state.input.stream.words[mention.words.lowerBound], t = first.articleToken ?? first.token
                    return state.input.resolutions[m].place == nil && t > 0 && state.input.text.tokens[t - 1].key == "the"
                        && lexicon.isWord(part, .partName)
                }
                // (A share before the town is then the part's, not the town's: "50 percent of the
                // Mosul old city" puts no figure on Mosul.)
                if isTown, j + 1 < end, !items[j + 1].breakBefore, case .word(let part) = items[j + 1].item,
                   lexicon.isWord(part, .townPart), !namesNeighbourhood(part) {
                    r.partial = true
                    r.share = nil
                }
                if isTown, mention.cue == .neighbourhood, let cue = mention.cueWords, cue.lowerBound >= mention.words.upperBound,
                   !namesNeighbourhood(state.input.stream.words[cue.lowerBound].innerKey),
                   lexicon.isWord(state.input.text.tokens[state.input.stream.words[cue.lowerBound].token].key, .townPart) {
                    // The tagger read "Mosul neighbourhood" as one mention ("Sinjar district" is the
                    // district the town is the seat of).
                    r.partial = true
                    r.share = nil
                }
                if j + 1 < end, !items[j + 1].breakBefore,
                   state.input.text.isPossessive(token: state.input.stream.words[items[j].end - 1].token) {
                    // "captured Idlib's Jisr al-Shughour": the possessor says where the place lies.
                    if items[j + 1].isPlace {
                        j += 1
                        continue
                    }
                    if !state.isArabic(it), case .word(let w) = items[j + 1].item, !lexicon.isWord(w, .townPart) {
                        // "Mosul's eastern half" is part of the town; "took Maskanah's train
                        // station", a thing of the town, not the town.
                        guard lexicon.isWord(w, .directionModifier) else { return }
                        r.partial = true
                        r.share = nil
                    }
                }
                // "توغلت القوات لتحرير X", "أدى إلى توغل القوات وسيطرتها على X", "توغلت شرق البلدة",
                // "نحو X", "في اتجاه X": an Arabic verb of pushing in (one word, no complement)
                // reaches a place only through "في" or "داخل" right before it (or before a part of
                // it: "داخل أحياء X").
                if kind == .contested, start > 0, case .predicate = items[start - 1].item, state.isArabic(items[start - 1]),
                   items[start - 1].end - items[start - 1].start == 1 {
                    // ("في الحي الغربي من X": the part's partitive من may stand before the place.)
                    let part = j - 2 >= start && items[j - 1].isCue(.from) && items[j - 2].isCue(.partial) ? j - 2 : j - 1
                    let partBefore = part >= start && items[part].isCue(.partial)
                    guard j - 1 >= start && isWhollyInside(items[j - 1], state)
                            || partBefore && part - 1 >= start && isWhollyInside(items[part - 1], state) else { return }
                }
                // "withdrew to the cities of X", "انسحبوا إلى X": where they went, not what they left.
                if kind == .withdrew, items[start..<j].contains(where: { lexicon.isWord(state.lastKeyOf($0), .destination) }) { return }
                // "cut off the Castello road", "seized the Raqqa-Tabqa highway": a name right before
                // the thing's word names the road or the supplies, which were what was taken.
                // ("cut the town's supply lines" still says what the town lost; "the Qereqozak
                // Bridge" is a site at the place.)
                // (The tagger may have read "Raqqa road" as one facility.)
                if !state.isArabic(it), thingAfter(items, j, end, state).map({ $0.value != "site" }) == true
                    || mention.cue == .facility && endsInRoadWord(mention, state) { return }
                r.places = listFrom(items, j, end, state: state)
                if let part = partOfPlaceAfterList(items, from: j, end, r.places, state: state) {
                    // "took X and large parts of Y", "سيطرت على X وأجزاء من Y".
                    r.places.append(part)
                    r.partialPlaces.insert(part)
                }
                r.partialPlaces.formUnion(placesQualifiedByDirection(items, from: j, end, r.places, state: state))
                if clearedOfThings(items, after: j, end, r.places, state: state) {
                    // "clearing X of mines": the place is swept of a thing, not taken from a side.
                    r.places = []
                    return
                }
                r.placesFoundAfterAgent = sawAgent
                // The losing side or the agent may follow the place.
                scanTail(items, from: j + 1, to: end, into: &r, state: state)
                return
            case .actor(let a):
                if j > start, case .actor(a) = items[j - 1].item {
                    // "Islamic State (IS)": the same side named again in brackets.
                    // ("قوات النظام وقوات الدفاع الوطني": or again by another name in the subject.)
                    inSubject = afterSubject
                    j += 1
                    continue
                }
                if holderNext, [.captured, .recaptured].contains(kind) {
                    // "تطهير المناطق الخاضعة لسيطرة داعش": the side that held the object lost it.
                    holderNext = false
                    r.from = r.from ?? a
                    lastRole = nil
                    j += 1
                    continue
                }
                if lastRole == nil, [.captured, .recaptured].contains(kind), !state.isArabic(it), j + 1 < end, !items[j + 1].breakBefore,
                   state.input.text.isPossessive(token: state.input.stream.words[it.end - 1].token) {
                    // "the capture of ISIL's Hajin stronghold", "seized the regime's airbase": the
                    // side that owned what was taken lost it.
                    r.from = r.from ?? a
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
                // "fled to government-held areas": a side compounded with a participle describes
                // the noun after it; it is no agent of the predicate.
                let compounded = isCompounded(items, j, end)
                if lastRole == nil, [.captured, .recaptured].contains(kind) || kind == .besieged && compounded, !state.isArabic(it), j + 1 < end,
                   compounded || isStrongholdOf(items, j + 1, state) {
                    // "seized the rebel-held town of X", "took the IS stronghold of X": the side that
                    // held what was taken lost it. (Its "stronghold of" is no predicate of its own,
                    // however far the verb stands: "seized control Friday of the IS stronghold of X".)
                    r.from = r.from ?? a
                    j += compounded ? 1 : 2
                    continue
                }
                // "تعرضت X لحصار خانق من قوات النظام": من right after the noun of a siege (and its
                // adjectives) names who laid it.
                let layingSiege = lastRole == .from && kind == .besieged && state.isArabic(it) && j - start >= 1 && j - start <= 4
                    && items[start..<(j - 1)].allSatisfy { if case .word = $0.item { return !$0.breakBefore } else { return false } }
                switch lastRole {
                case .from? where layingSiege: r.agent = r.agent ?? a; sawAgent = true
                case .from?: r.from = r.from ?? a
                case .besieger?: r.besieger = r.besieger ?? a
                case .agent? where compounded: break
                case .agent?: r.agent = r.agent ?? a; sawAgent = true
                case .support?, .target?: break
                default:
                    // The actor after the subject (or right after an English verb) is its object.
                    // ("expelled the Islamic State from X": an article may stand before it.)
                    let rightAfterVerb = afterDeterminers(items, from: start, to: j) == j
                    // "سيطرت القوات التركية والفصائل السورية الموالية لها على X": a side joined by و
                    // to the subject is the subject's too, attributes and all; no object.
                    if afterSubject, isJoinedByAnd(it, state) {
                        inSubject = true
                        break
                    }
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
                    if j >= start + 2, items[j - 2].isCue(.from) { expelledLoses() }
                case .fraction:
                    r.share = Double(c.value)
                    budget += 3
                    if lastRole == .from { expelledLoses() }
                case .partial:
                    // "(as) part of the Turkish offensive": a part of an operation, not of a place.
                    if isPartOfOperation(items, j, end) { return }
                    if lastRole == .from { expelledLoses() }
                    r.partial = r.partial || !sumsToWhole(items, from: start, part: j, state)
                    budget += 3
                    if c.value == "anaphor", let antecedent = state.antecedent(kind: "any", before: it, sentenceStart: items[0].start) {
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
                    // "فرضت سيطرتها على المناطق القريبة من المدينة": after a bare "from" the town is
                    // where the areas lie, as a named place would be (the expelled side aside).
                    // ("cleared the remaining ISIL snipers from the town": the side may stand after words.)
                    if lastRole == .from, r.share == nil, !r.partial, r.places.isEmpty, kind != .withdrew {
                        let sideBefore = items[start..<j].last(where: \.isActor)
                        guard [.captured, .recaptured].contains(kind),
                              let expelled = objectActor ?? sideBefore.flatMap({ if case .actor(let a) = $0.item { return a } else { return nil } })
                        else { return }
                        r.from = r.from ?? expelled
                    }
                    // "it" is an object only right after the verb, or after a share of it ("took
                    // 70 percent of it").
                    let objectIt = j == start || r.share != nil && items[start..<j].allSatisfy { q in
                        switch q.item {
                        case .number: return true
                        case .cue(let s): return [.percent, .fraction].contains(s.role)
                        case .word(let w): return w == "of"
                        default: return false
                        }
                    }
                    let antecedent = c.value == "sentence" ? (objectIt ? placeNamedBefore(items, j, state: state) ?? placeOfSentenceBefore(items, j, state) : nil)
                        : state.antecedent(kind: c.value, before: it, sentenceStart: items[0].start)
                    // "secured the airport road": the anaphor names what the thing after it serves.
                    // ("cut off the town's supply lines" still besieges the town.)
                    if thingAfter(items, j, end, state) != nil { return }
                    if let antecedent, !isLocatedInItself(antecedent, items, after: j, end, state) {
                        // "secured the town's farms", "took the city's hospital": after a possessive
                        // the noun is what was taken; only a part of the town makes it the object.
                        if j + 1 < end, state.input.text.isPossessive(token: state.input.stream.words[it.end - 1].token),
                           case .word(let thing) = items[j + 1].item {
                            guard [.townPart, .partNoun, .directionAdjective, .directionModifier].contains(where: { lexicon.isWord(thing, $0) })
                            else { return }
                            r.partial = true
                        }
                        r.places = [antecedent]
                        // "entered the city center", "the town's outskirts": part of the town.
                        if j + 1 < end, !items[j + 1].breakBefore, case .word(let part) = items[j + 1].item,
                           lexicon.isWord(part, .townPart) { r.partial = true }
                        scanTail(items, from: j + 1, to: end, into: &r, state: state)
                    }
                    return
                case .from where state.isArabic(it) && isPartitive(items, j, state):
                    // "سيطرت عناصر من الفصائل على X": the side is the subject's, not the loser.
                    // (In English a side after the verb is not its subject: "retook X from
                    // fighters from IS".)
                    j += 1
                    continue
                case .agent where [.captured, .recaptured].contains(kind) && r.places.isEmpty && !state.isArabic(it)
                    && state.keyOf(it) == "to" && j + 1 < end && items[j + 1].isPlace:
                    // "kidnapped and taken to X", "took the prisoners to X": where the taken were
                    // brought, not what was taken (a side, not a place, follows "to" as an agent).
                    return
                case .from, .agent, .besieger, .support:
                    if c.role == .agent { sawAgent = true }
                    lastRole = c.role
                    j += 1
                    continue
                case .hedge, .still, .background, .filler:
                    break
                case .pronoun where holderNext:
                    // "المناطق التي يسيطر عليها داعش": the pronoun resumes the areas the holding describes.
                    j += 1
                    continue
                case .pronoun where kind == .withdrew:
                    // "انسحابه من X", "عقب تراجعه من X": a pull-out has no object; the pronoun on
                    // the noun is the side that left.
                    j += 1
                    continue
                case .pronoun where j + 1 < end && { if case .word(let w) = items[j + 1].item { return lexicon.isWord(w, .objectMarker) && state.isArabic(items[j + 1]) } else { return false } }():
                    // "وسيطر فيه على أنحاء واسعة" (in which it took wide areas): a pronoun before the
                    // verb's own "على" is where or when, and the object follows it.
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
                    // "توغلت القوات العراقية في X": a push into a place has it as its object; "في
                    // اتجاه X" (in the direction of X) is no push into it.
                    if kind == .contested, isWhollyInside(it, state) { break }
                    // "withdrew from its positions in X", "انسحبت قسد من مواقعها في X": a side that
                    // leaves its positions inside a place leaves the place.
                    func isPosition(_ w: String) -> Bool { lexicon.isWord(w, .positionNoun) || carriesPossessive(w, on: .positionNoun) }
                    if kind == .withdrew, r.places.isEmpty, r.share == nil, !r.partial, lexicon.isWord(state.lastKeyOf(it), .inside),
                       skipped.contains(where: isPosition),
                       skipped.allSatisfy({ isPosition($0) || lexicon.isWord($0, .possessive) || lexicon.isWord($0, .determiner) }) {
                        break
                    }
                    // "دخلت القوات إلى مدينة X": after a verb of entering "إلى" leads to what was entered.
                    // ("أفادت مصادر بدخول الجيش إلى X": the noun of entering with a preposition glued to it.)
                    if start > 0, state.isArabic(it), state.keyOf(it) == "\u{0627}\u{0644}\u{064A}", isEntryWord(items[start - 1], state) { break }
                    // "most of the villages north of X", "to the south of X", "معظم القرى شمال X": a
                    // direction puts the part outside X.
                    if r.partial || r.share != nil,
                       (it.start..<it.end).contains(where: { lexicon.isWord(state.input.stream.words[$0].innerKey, .direction) }) { return }
                    // "80 percent of the villages near X", "half of the areas around X": only a
                    // locative that puts the part inside the place makes it a part of X.
                    if r.partial || r.share != nil, !lexicon.isWord(state.lastKeyOf(it), .inside) { return }
                    if r.share == nil, !r.partial, [.captured, .recaptured, .withdrew].contains(kind),
                       let next = cuedObjectAfterLocative(items, j, end, state) {
                        // "took the hills east of X and the village of Y": the cued name after the
                        // locative's place is the verb's next object.
                        j = next
                        continue
                    }
                    if r.share == nil, !r.partial, r.places.isEmpty, skipped.contains(where: { lexicon.isWord($0, .areaNoun) }),
                       let next = namesAfterLocatedAreas(items, j, end, state) {
                        j = next
                        continue
                    }
                    if r.share == nil && !r.partial {
                        // After a verbal noun ("تمكنت من تطويق عناصر داعش في X", "the encirclement of
                        // IS fighters in X") the side right after the noun is the one encircled,
                        // not the noun's subject.
                        // "surrounded IS fighters holed up in X", "عناصر داعش المحاصرين في X": a
                        // word or two describing the fighters may stand between them and the place.
                        let fighters = (max(start, j - 3)..<j).last { i in
                            if case .actor = items[i].item { return true } else { return false }
                        }
                        guard kind == .besieged, let f = fighters, case .actor(let besieged) = items[f].item,
                              items[(f + 1)..<j].allSatisfy({ if case .word = $0.item { return !$0.breakBefore } else { return false } }),
                              besieged == objectActor || objectActor == nil && besieged == r.subjectAfter,
                              lexicon.isWord(state.keyOf(it), .inside) else { return }
                        if objectActor == nil { r.subjectAfter = nil }
                        r.from = r.from ?? besieged
                    }
                case .target:
                    lastRole = .target
                    j += 1
                    continue
                case .object:
                    // "seized weapons in X": what was taken is the thing; X only says where.
                    // ("the strategic highway town of X": the thing's word describes the town
                    // whose cue follows it.)
                    if j + 1 < end, case .place(let next) = items[j + 1].item,
                       let cue = state.input.resolutions[next].mention.cueWords, cue.lowerBound == it.end,
                       cue.upperBound <= state.input.resolutions[next].mention.words.lowerBound,
                       [PlaceKind.village, .town, .city].contains(state.input.resolutions[next].mention.cue) {
                        j += 1
                        continue
                    }
                    return
                case .clause where c.value == "list":
                    // "..., including Albu Mafraj and Mazargay Imam": the list names the places.
                    budget += 2
                    // "captured swathes of territory, including X", "half of the farms, including
                    // X": the share was of the whole; the places listed were taken whole.
                    if r.places.isEmpty {
                        r.partial = false
                        r.share = nil
                    }
                case .clause where c.value == "relative" && (r.share != nil || r.partial)
                    && (j + 1..<min(end, j + 3)).contains(where: { q in
                        if case .predicate = items[q].item { return holderOfDescribedArea(items, q, start: start, state) != nil } else { return false }
                    }):
                    // "80% من المناطق التي يسيطر عليها داعش في X": the relative clause describes the
                    // share's area noun (read at its holding, next).
                    break
                case .clause where isTemporalPhrase(items, j):
                    // "سيطرت بعد منتصف الليل على X": the time phrase stands between verb and object.
                    break
                default:
                    // "... we feel relieved,” said X": a reporting verb ends the object phrase.
                    // "with the exception of X": what follows is left out.
                    if c.role.blocks || [.clause, .attribution, .report, .exception].contains(c.role) { return }
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
            case .predicate(let p) where (j - start <= 2 || possessedStronghold(items, start, j, state)) && isControlNoun(p) && kind != .withdrew:
                // "retook full control of X", "استعاد السيطرة على X": the noun is the verb's object,
                // the place follows it.
                // ("تطهير المناطق الخاضعة لسيطرة داعش", "seized areas under IS control": a standing
                // after the object describes it; the side it names is no taker.)
                if p.voice == .state, j > start { holderNext = true }
            case .predicate where [.captured, .recaptured, .besieged].contains(kind) && !state.isArabic(it) && it.hyphenBefore && j > start
                    && items[j - 1].isActor && isCompounded(items, j - 1, end):
                // "captured the last rebel-held town of X", "40 percent of rebel-held X": the
                // participle of a compound holder describes the object (its side lost it, above).
                // ("their siege of rebel-held X": the holder is the side besieged.)
                j += 1
                continue
            case .predicate(let p) where kind != .withdrew && p.kind == .holds && (r.share != nil || r.partial):
                // "80 percent of the territory held by IS in X", "80% من المناطق التي يسيطر عليها داعش
                // في X", "half of the areas IS controlled in X": the holding describes the area noun
                // of the share; its holder lost that part, and the place follows.
                guard let described = holderOfDescribedArea(items, j, start: start, state) else { return }
                if let holder = described.holderBefore { r.from = r.from ?? holder } else { holderNext = true }
            case .predicate(let p) where kind == .siegeBroken && p.kind == .besieged && !state.isArabic(it) && it.end - it.start == 1
                    && j > start && lexicon.isWord(state.keyOf(items[j - 1]), .determiner):
                // "broke through to the besieged city of X": the participle after the article says
                // what the place was; the siege broken is of the place that follows.
                j += 1
                continue
            case .predicate:
                return
            case .word(let w) where lastRole == .agent && lexicon.isWord(w, .determiner):
                // "by the SDF": the article keeps the agent word's role for the side after it.
                j += 1
                continue
            case .word(let w):
                // "the northern Iraqi town": "the", adjectives, then a settlement word refer back.
                // ("the second-largest city, Mosul": the name in apposition is the place.)
                if ["town", "city", "village"].contains(w), skipped.contains("the"), !(j + 1 < end && items[j + 1].isPlace),
                   let antecedent = state.antecedent(kind: w, before: it, sentenceStart: items[0].start) {
                    r.places = [antecedent]
                    scanTail(items, from: j + 1, to: end, into: &r, state: state)
                    return
                }
                skipped.append(w)
                // ("south-western", "so-called": a word joined by a hyphen is one with the one before.)
                // ("seized the strategic hill of X": an adjective of the object's worth adds no distance.)
                if !lexicon.isWord(w, .capitalNoun), !lexicon.isWord(w, .objectAdjective), !it.hyphenBefore { budget -= 1 }
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
    func isEntryUnderFire(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        guard readsAs(items[k], .entryVerb, state) else { return false }
        for i in (k + 1)..<items.count {
            let it = items[i]
            // "entered X without any clashes", "دخلت X دون أي اشتباك": no fighting at all.
            var negated: Bool { items[max(k + 1, i - 2)..<i].contains { $0.isCue(.negation) } }
            switch it.item {
            // "entered X after intense clashes": the fighting is over.
            case .cue(let c) where c.role == .clause && c.value == "temporal": return false
            case .predicate(let p) where p.voice == .clash || p.voice == .fight: return !negated
            // The fighting word may open a cue ("clashes with", "اشتباكات مع").
            case .word, .cue: if lexicon.isWord(state.keyOf(it), .fightingNoun) { return !negated }
            default: break
            }
        }
        return false
    }

    /// An entry by reinforcements or to reinforce ("reinforcements entered X", "fighters entered X
    /// to bolster its defences", "دخلت تعزيزات ... X لمساندة"): a side strengthening a place it
    /// holds or fights for, no taking.
    func isEntryToReinforce(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Bool {
        guard readsAs(items[k], .entryVerb, state) else { return false }
        func isWord(_ it: PositionedItem, _ c: ExtractionLexicon.WordClass) -> Bool {
            guard case .word(let w) = it.item else { return false }
            return lexicon.isWord(w, c) || lexicon.isWord(state.writtenKeyOf(it), c)
        }
        // The subject: before the verb, or right after it in Arabic ("دخلت تعزيزات ... X").
        if items[max(clause.lowerBound, k - 4)..<k].contains(where: { isWord($0, .reinforcementNoun) }) { return true }
        if state.isArabic(items[k]), k + 1 < clause.upperBound, isWord(items[k + 1], .reinforcementNoun) { return true }
        // The aim, right after the place entered ("to reinforce", "لمؤازرة").
        guard let j = (k + 1..<min(clause.upperBound, k + 5)).first(where: { items[$0].isPlace }) else { return false }
        return (j + 1..<min(clause.upperBound, j + 3)).contains { isWord(items[$0], .reinforcementAim) }
    }

    /// For "it" ("entered X and recaptured it"): the last place named before `j` in the sentence,
    /// when a predicate of control came before it (the place was itself the object of one).
    func placeNamedBefore(_ items: [PositionedItem], _ j: Int, state: DocumentState) -> Int? {
        for q in stride(from: j - 2, through: 0, by: -1) {
            // "encircling the post at X, it captured the town ... that controlled it": a noun
            // referring to a place, nearer than any name, may be what "it" stands for.
            if case .cue(let c) = items[q].item, c.role == .anaphor, c.value != "sentence" { return nil }
            guard case .place(let m) = items[q].item else { continue }
            let mention = state.input.resolutions[m].mention
            if state.excluded.contains(m) || mention.isWeakName || mention.isForeign || isRegion(m, state) { continue }
            // ("attacked X and captured it": the place a force attacked.)
            // "entered X, the last stronghold held by IS near Y, and secured it", "took X in Y
            // province and secured it": a place that locates a side or another place is passed
            // over for the one before it (so is "in east Y": a word of direction may stand between).
            let directionBefore = q >= 3 && { if case .word(let w) = items[q - 1].item {
                lexicon.isWord(w, .direction) || lexicon.isWord(w, .directionModifier) } else { false } }()
            let l = directionBefore ? q - 1 : q
            if l >= 2, items[l - 1].isCue(.locative) {
                switch items[l - 2].item {
                case .actor, .place: continue
                // "captured a checkpoint near X, but the army retook it": the verb's object is the
                // thing the locative places; "it" is that thing (the checkpoint, when it was read as
                // a site), never X.
                case .predicate where items[l - 1].start > items[l - 2].end && !isAttackedPlace(items, q): continue
                case .word where !isAttackedPlace(items, q): continue
                default: break
                }
            }
            return isAttackedPlace(items, q) || isObjectOfEarlierPredicate(m, items, before: j, 0..<j) ? m : nil
        }
        return nil
    }

    /// For "it" in a sentence that names no place ("Rebels attacked X at dawn. After hours of
    /// fighting, they took control of it."): the last place the sentence right before named.
    func placeOfSentenceBefore(_ items: [PositionedItem], _ j: Int, _ state: DocumentState) -> Int? {
        guard !items.contains(where: \.isPlace) else { return nil }
        let text = state.input.text, words = state.input.stream.words
        // ("Soldiers recaptured a village, hours after the militants seized it": a noun of a place
        // before it in its own sentence is what it means.)
        if (items[0].start..<items[j].start).contains(where: { lexicon.placeCues.phrases.match(in: state.input.stream, at: $0) != nil }) {
            return nil
        }
        let here = text.sentenceIndex(ofToken: words[items[j].start].token)
        guard here > 0, let m = state.antecedent(kind: "any", before: items[j], sentenceStart: items[0].start) else { return nil }
        let span = state.input.resolutions[m].mention.span
        guard span.lowerBound < words.count, text.sentenceIndex(ofToken: words[span.lowerBound].token) == here - 1 else { return nil }
        return m
    }

    /// A verb of attack or advance stands within three items before the place at `q` ("attacked X",
    /// "advanced on X").
    func isAttackedPlace(_ items: [PositionedItem], _ q: Int) -> Bool {
        for v in stride(from: q - 1, through: max(0, q - 3), by: -1) {
            guard case .word(let w) = items[v].item else { continue }
            if lexicon.isWord(w, .attackVerb) { return true }
            // "advanced from X towards Y": the place it set out from is not the one advanced on.
            if lexicon.isWord(w, .advanceVerb) {
                return !items[(v + 1)..<q].contains { if case .cue(let c) = $0.item { c.role == .from } else { false } }
            }
        }
        return false
    }

    /// The item just before the verb group of the participle at `k`, past up to three
    /// auxiliaries, adverbs in "-ly" and fillers ("was", "has now been", "is reportedly"); nil
    /// when that lies before `floor`.
    func itemBeforeVerbGroup(_ items: [PositionedItem], _ k: Int, floor: Int) -> Int? {
        func inGroup(_ it: PositionedItem) -> Bool {
            switch it.item {
            case .word(let w): return lexicon.isWord(w, .auxiliary) || w.hasSuffix("ly")
            // ("they had broken": "had" is also read as a cue of earlier history.)
            case .cue(let c): return c.role == .filler || c.role == .still || c.role == .background && it.end - it.start == 1
            default: return false
            }
        }
        var j = k - 1
        while j >= floor, k - 1 - j < 3, inGroup(items[j]) { j -= 1 }
        return j >= floor ? j : nil
    }

    /// For "it" as the subject of a passive ("X ... because it was surrounded by Y"): the last
    /// place named before it in the sentence, within twelve items.
    func placeBeforePassiveIt(_ items: [PositionedItem], _ k: Int, state: DocumentState) -> Int? {
        guard let j = itemBeforeVerbGroup(items, k, floor: 1), items[j].isAnaphor("sentence") else { return nil }
        for q in stride(from: j - 1, through: max(0, j - 12), by: -1) {
            guard case .place(let m) = items[q].item else { continue }
            let mention = state.input.resolutions[m].mention
            if state.excluded.contains(m) || mention.isWeak || mention.isForeign || isRegion(m, state) { return nil }
            return m
        }
        return nil
    }

    /// "X is held by IS and is surrounded by the army": for a participle joined by "and" to an
    /// earlier predicate of its clause, the place that predicate has as its subject.
    func subjectOfJoinedPredicate(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, state: DocumentState) -> Int? {
        guard let j = itemBeforeVerbGroup(items, k, floor: clause.lowerBound + 1), state.keyOf(items[j]) == "and",
              let earlier = items[max(clause.lowerBound, j - 8)..<j].lastIndex(where: { if case .predicate = $0.item { return true } else { return false } })
        else { return nil }
        return nearestPlaceBefore(items, earlier, clause, limit: 4, state: state)
    }

    /// "X held out for years before falling to Y", "X was shelled for weeks before being taken by
    /// Y": an English passive gerund right after "before" or "after" has the subject of the clause
    /// before it, a place that opens that clause.
    func subjectBeforeTemporalGerund(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Int? {
        var t = k - 1
        if state.keyOf(items[k]).hasSuffix("ing") {
            // "before falling to": the gerund is the predicate's first word.
        } else if t >= 0, state.keyOf(items[t]) == "being", !items[k].breakBefore {
            t -= 1
        } else {
            return nil
        }
        guard t >= 1, items[t].isCue(.clause, value: "temporal"), !items[t + 1].breakBefore else { return nil }
        let main = clauseBounds(items, around: t - 1)
        var q = main.lowerBound
        while q < t, case .word(let w) = items[q].item, lexicon.isWord(w, .determiner) { q += 1 }
        guard q < t, case .place(let m) = items[q].item else { return nil }
        let mention = state.input.resolutions[m].mention
        return mention.isWeak || mention.isForeign || isRegion(m, state) ? nil : m
    }

    /// "visited X and was captured by Y", "formed the X Military Council and was captured": a place
    /// right after a lower-case word (a verb, a preposition) is that word's object; the passive
    /// joined to it by "and" shares the subject of the first verb, which stands before.
    func isObjectBeforeJoinedPassive(_ place: Int, _ items: [PositionedItem], before k: Int, _ clause: Range<Int>,
                                     _ state: DocumentState) -> Bool {
        // "and" before the verb group, only its auxiliaries and adverbs ("and was later captured")
        // between: no noun ("X and seven other villages were seized" lists the subject).
        var j = k - 1
        while j > clause.lowerBound, k - j <= 4, !items[j + 1].breakBefore, state.keyOf(items[j]) != "and" {
            switch items[j].item {
            case .word(let w) where lexicon.isWord(w, .auxiliary) || w.hasSuffix("ly") || lexicon.isWord(w, .sequenceAdverb): j -= 1
            case .cue(let c) where c.role == .filler || c.role == .hedge || c.role == .still: j -= 1
            default: return false
            }
        }
        guard j > clause.lowerBound, state.keyOf(items[j]) == "and",
              let at = itemIndex(ofPlace: place, in: items, clause.lowerBound..<j), !items[at].breakBefore else { return false }
        var q = at - 1
        while q > clause.lowerBound, !items[q + 1].breakBefore, case .word(let w) = items[q].item, lexicon.isWord(w, .determiner) { q -= 1 }
        guard q >= clause.lowerBound, !items[q + 1].breakBefore else { return false }
        switch items[q].item {
        case .predicate: return true
        case .word: return !state.input.stream.words[items[q].start].isCapitalized
        default: return false
        }
    }

    /// The place a relative clause describes, when the clause opens with a relative word right
    /// after a place ("Mosul, which ...", "مدينة الموصل التي ..."). Not a place after a
    /// direction ("ناحية X التي تبعد 25 كم جنوب Y التي ...": Y says where X lies), nor after a
    /// word for part of it ("شرق حلب الذي"), nor the head of a second, joined relative clause
    /// ("والتي", "and which": it describes what the first one did).
    func relativeHead(_ items: [PositionedItem], _ clause: Range<Int>, _ state: DocumentState) -> Int? {
        // ("مدينة X، والتي سيطرت عليها Y": with no relative clause before it, "والتي" opens the
        // first one, as news often writes it.)
        guard let (r, head) = relativeOpening(items, clause), !state.excluded.contains(head) else { return nil }
        if state.writtenKeyOf(items[r]).hasPrefix("\u{0648}") || state.keyOf(items[r]) == "and",
           items[..<r].contains(where: { $0.isCue(.clause, value: "relative") }) { return nil }
        if r >= 2 {
            switch items[r - 2].item {
            case .cue(let before) where before.role == .partial
                || before.role == .locative && lexicon.isWord(state.keyOf(items[r - 2]), .direction): return nil
            case .word(let w) where lexicon.isWord(w, .direction) || lexicon.isWord(w, .townPart): return nil
            default: break
            }
        }
        if isNamedAsPartOf(head, state) { return nil }
        // "Kuweires air base in Aleppo, which ISIL had besieged", "Madaya and Zabadani towns near
        // Damascus which are surrounded": the clause may as well describe the place the town
        // only locates.
        if r >= 3, case .cue(let c) = items[r - 2].item, c.role == .locative,
           items[max(0, r - 5)..<(r - 2)].contains(where: \.isPlace) { return nil }
        let mention = state.input.resolutions[head].mention
        return mention.isWeak || mention.isForeign || mention.cue == .region ? nil : head
    }

    /// "the first district of X that was taken by Y": a part noun and "of" right before the
    /// name (the tagger may have read "district of" as its cue): a relative clause after it
    /// describes the part, not X.
    func isNamedAsPartOf(_ place: Int, _ state: DocumentState) -> Bool {
        let words = state.input.stream.words, name = state.input.resolutions[place].mention.words
        guard name.lowerBound >= 2, words[name.lowerBound - 1].innerKey == "of" else { return false }
        return isPartNoun(words[name.lowerBound - 2].innerKey)
    }

    /// A noun for a part of a town: "district", "neighbourhood", "section", "outskirts".
    func isPartNoun(_ key: String) -> Bool {
        lexicon.isWord(key, .subunitNoun) || lexicon.isWord(key, .townPart)
    }

    /// "Mosul, which IS seized": the English relative clause opens with its subject, the verb
    /// right after it. A verb further on, after a comma, belongs to the sentence the relative
    /// clause stands in ("Mosul, which IS has held since 2014, entered ...").
    func relativeSubjectLeadsTo(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>) -> Bool {
        // ("which the rebels captured": an article before the subject.)
        let subject = afterDeterminers(items, from: clause.lowerBound, to: k)
        guard subject < k, case .actor = items[subject].item, k - subject <= 3 else { return false }
        return !items[(clause.lowerBound + 1)...k].contains { $0.breakBefore }
    }

    /// The subject of the clause that a temporal clause ("after", "بعد") or an elaborating one
    /// ("، حيث تم تحرير X") attaches to, when the predicate is the verbal noun or gerund right
    /// after the clause word (no subject of its own can stand between them).
    func mainClauseSubject(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> String? {
        let t = clause.lowerBound - 1
        // "The army launched an offensive on rebel-held X, during which they took Y": "they"
        // opening a relative clause is the side that opens the sentence.
        if t > 0, k - clause.lowerBound == 1, !state.isArabic(items[k]), case .cue(let c) = items[t].item, c.role == .clause,
           c.value == "relative", case .word(let w) = items[k - 1].item, lexicon.isWord(w, .subjectPronoun) {
            let outer = clauseBounds(items, around: t - 1)
            for q in outer.lowerBound..<t {
                // The subject opens the clause, or follows the comma after an opening phrase of
                // time ("During the night, the YPG launched ...").
                let opens = q < outer.lowerBound + 4 || items[q].commaBefore || q > 0 && items[q - 1].commaBefore && isDeterminer(items, q - 1)
                // (A generic side the document does not settle, "the militants", leaves it open.)
                if opens, case .actor(let a) = items[q].item, q + 1 >= items.count || !items[q + 1].hyphenBefore {
                    return state.resolveGeneric(a) == nil ? nil : a
                }
            }
            return nil
        }
        guard t >= 0, k - clause.lowerBound <= 1, case .cue(let c) = items[t].item, c.role == .clause,
              c.value == "temporal" || c.value == "elaboration" || c.value == "participle",
              case .predicate(let p) = items[k].item,
              c.value == "participle" || p.voice == .nominal || !state.isArabic(items[k]) && state.keyOf(items[k]).hasSuffix("ing") else { return nil }
        // "After capturing X, the army advanced", "فبعد السيطرة على X، استطاع الثوار ...": a clause
        // of time that opens its sentence or follows a break attaches to the clause after its comma.
        // (English: only at the head of the sentence, the subject right after the comma; in the
        // middle, ", after capturing X, confining IS to ..." belongs to the clause before.)
        let arabic = state.isArabic(items[k])
        // ("Having taken X, the rebels pushed on": so does a perfect participle.)
        if c.value == "temporal" || c.value == "participle", t == 0 || arabic && items[t].breakBefore,
           let comma = items[(k + 1)...].firstIndex(where: { $0.breakBefore }), items[comma].commaBefore {
            let q = arabic ? comma : afterDeterminers(items, from: comma, to: items.count)
            if q < items.count, case .actor(let a) = items[q].item {
                // "After the capture of X, the peshmerga withdrew to Y", "Following the fall of X,
                // the governor announced his resignation": the noun has no subject of its own, and
                // a side that leaves, loses or only speaks did not take X; one that goes on acting
                // did. ("After capturing X, the SDF said ...": a gerund's subject is the clause's.)
                return arabic || p.voice != .nominal || !leavesOrSpeaks(items, after: q) ? a : nil
            }
            // Arabic puts the verb first: "، استطاع الثوار ...".
            if arabic, q + 1 < items.count, !items[q + 1].breakBefore, case .actor(let a) = items[q + 1].item {
                if case .word = items[q].item { return a }
                if case .predicate = items[q].item { return a }
            }
        }
        guard t > 0 else { return nil }
        return subjectOfClause(before: t, items, state)
    }

    /// "Government forces were still fighting insurgents after the capture of X": an English noun
    /// of taking has no subject of its own, and where the clause it is attached to has one side
    /// fight or attack another, either may have taken the place. (Allies named together, "allied
    /// to Nusra, the TIP leader spoke after the capture of X", leave the subject.)
    func nominalAfterClauseOfTwoSides(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Bool {
        let t = clause.lowerBound - 1
        guard t > 0, k - clause.lowerBound <= 1, !state.isArabic(items[k]), case .predicate(let p) = items[k].item, p.voice == .nominal,
              case .cue(let c) = items[t].item, c.role == .clause, c.value == "temporal" else { return false }
        let outer = clauseBounds(items, around: t - 1)
        var first: String?
        var fought = false
        for it in items[outer.lowerBound..<t] {
            switch it.item {
            case .actor(let a):
                let side = lexicon.side(of: state.resolveGeneric(a) ?? a)
                if let f = first, fought, f != side { return true }
                if first == nil { first = side }
            case .predicate(let q) where q.voice == .fight || q.voice == .clash:
                if first != nil { fought = true }
            case .word(let w) where lexicon.isWord(w, .attackVerb) || lexicon.isWord(w, .fightingNoun):
                if first != nil { fought = true }
            default:
                break
            }
        }
        return false
    }

    /// Whether the English side at `q` is the subject of a verb of leaving or losing, or of a
    /// verb of saying, right after it (an adverb or a hedge aside).
    func leavesOrSpeaks(_ items: [PositionedItem], after q: Int) -> Bool {
        var next = q + 1
        while next < items.count, items[next].isCue(.filler) || items[next].isCue(.hedge) { next += 1 }
        guard next < items.count, !items[next].breakBefore else { return false }
        if items[next].isCue(.report) { return true }
        if case .predicate(let p) = items[next].item { return p.kind == .withdrew || p.voice == .loss }
        return false
    }

    /// The subject of the clause that the clause word at `t` ("after", "بعد") attaches to.
    func subjectOfClause(before t: Int, _ items: [PositionedItem], _ state: DocumentState) -> String? {
        let outer = clauseBounds(items, around: t - 1)
        // "Rebels took X, overrunning forces loyal to Assad days after capturing Y": the subject
        // of the clause's last verb before "after", not a side that verb's object names.
        if let verb = items[outer.lowerBound..<t].lastIndex(where: { if case .predicate = $0.item { return true } else { return false } }),
           let subject = subjectBefore(items, verb, clauseBounds(items, around: verb), state) {
            return subject
        }
        // "The SDF declared the military defeat of IS after capturing X": with a verb of saying
        // as the clause's verb, its subject, not a side its object names.
        if !state.isArabic(items[t]), let say = items[outer.lowerBound..<t].lastIndex(where: { $0.isCue(.report) }),
           say > outer.lowerBound, !items[say].breakBefore, case .actor(let a) = items[say - 1].item {
            return a
        }
        return subjectBefore(items, t, outer, state)
    }

    /// "Rebels attacked after targeting IS positions, breaking through and re-entering X": an
    /// English participle after a comma that closes a clause of time belongs to the main clause,
    /// whose subject it shares; a side inside the clause of time is that clause's object.
    func participleAfterClauseOfTime(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> String? {
        let t = clause.lowerBound - 1
        guard t > 0, !state.isArabic(items[k]), state.lastKeyOf(items[k]).hasSuffix("ing"),
              case .cue(let c) = items[t].item, c.role == .clause, c.value == "temporal",
              clause.lowerBound + 1 <= k,
              let comma = items[(clause.lowerBound + 1)...k].lastIndex(where: \.commaBefore),
              !items[comma..<k].contains(where: \.isActor) else { return nil }
        return subjectOfClause(before: t, items, state)
    }

    /// Whether a verb is in a clause of time opened by "after" or "بعد" ("entered X after IS
    /// withdrew from it", "دخلت X بعد أن حاصرتها"): what it reports came first, history to the
    /// main clause. Only a verb near the temporal word, with no comma before it, is in the
    /// clause: after "بعد مواجهات دارت بين الجانبين، سيطرت على X" the main clause has begun
    /// again. (A verbal noun right after it, "بعد استعادة X", is dated and read as before.)
    func inAfterClause(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Bool {
        let t = clause.lowerBound - 1
        guard t >= 0, k - t <= 4, case .cue(let c) = items[t].item, c.role == .clause, c.value == "temporal",
              !items[clause.lowerBound...k].contains(where: { $0.breakBefore }) else { return false }
        return isAfterWord(items[t], state)
    }

    /// Whether the temporal cue `item` is "after" ("after", "بعد").
    func isAfterWord(_ item: PositionedItem, _ state: DocumentState) -> Bool {
        ["after", "\u{0628}\u{0639}\u{062F}"].contains(state.lastKeyOf(item))
    }

    /// Whether "one of" opens at `q` ("X, one of the last rebel strongholds").
    func opensOneOf(_ items: [PositionedItem], at q: Int, _ state: DocumentState) -> Bool {
        q + 1 < items.count && !items[q + 1].breakBefore
            && lexicon.isWord(state.keyOf(items[q]), .partitiveHead) && state.keyOf(items[q + 1]) == "of"
    }

    /// "two months after the capture of X", "بعد شهرين من السيطرة على X": a span of weeks or
    /// more between "after" and the taking puts the taking that far before the clause it dates,
    /// whatever its form (a noun after "after" is otherwise the news itself: "advanced after
    /// capturing X").
    func isSpanBeforeAfter(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Bool {
        guard let t = items[max(0, clause.lowerBound - 1)..<k].lastIndex(where: { $0.isCue(.clause, value: "temporal") }),
              isAfterWord(items[t], state), k - t <= 5,
              !items[(t + 1)...k].contains(where: { $0.strongBreakBefore }) else { return false }
        let span = { (i: Int) in lexicon.isWord(state.keyOf(items[i]), .spanUnit) || lexicon.isWord(state.lastKeyOf(items[i]), .spanUnit) }
        // Arabic puts the span after "بعد", English before "after".
        if state.isArabic(items[k]) { return ((t + 1)..<k).contains(where: span) }
        return (max(0, t - 2)..<t).contains(where: span) && !items[(t + 1)..<k].contains(where: { $0.isPlace || $0.isPredicate })
    }

    /// A province or countryside: cued so ("ريف X", "X province") or resolved to an
    /// administrative area ("لمحافظة الأنبار" read whole as the governorate's name).
    func isRegion(_ m: Int, _ state: DocumentState) -> Bool {
        let mention = state.input.resolutions[m].mention
        if mention.cue == .region { return true }
        // "Hama Governorate" known as one name: a region word ends it.
        if mention.words.count > 1, let last = lexicon.placeCues.phrases.match(in: state.input.stream, at: mention.words.upperBound - 1),
           last.end == mention.words.upperBound, last.value.kind == .region, last.value.after { return true }
        return state.input.resolutions[m].place.map { state.input.gazetteer.kind($0) == .region } ?? false
    }

    /// Whether the words before a predicate put it in the past: a past copula ("كانت", "was")
    /// or a word of earlier history ("had", "previously").
    func saysPast(_ items: [PositionedItem], from start: Int, to k: Int, _ state: DocumentState) -> Bool {
        items[start..<k].contains { it in
            switch it.item {
            case .word(let w): return isWordAfterConjunction(w, .pastCopula)
            case .cue(let c): return c.role == .background
            default: return false
            }
        }
    }

    /// "سيطرت على حي X وحاصرت عناصر التنظيم في الملعب": a place that an earlier predicate of the
    /// clause took as its object is not what a later verb without an object of its own is about.
    func isObjectOfEarlierPredicate(_ place: Int, _ items: [PositionedItem], before k: Int, _ clause: Range<Int>) -> Bool {
        guard let at = itemIndex(ofPlace: place, in: items, clause.lowerBound..<k)
        else { return false }
        return items[clause.lowerBound..<at].contains { if case .predicate = $0.item { return true } else { return false } }
            // "reached X and took control of it": the place a force arrived at.
            || items[max(clause.lowerBound, at - 3)..<at].contains { if case .word(let w) = $0.item { return lexicon.isWord(w, .arrivalVerb) } else { return false } }
    }

    /// Whether an Arabic word continues the subject noun phrase: a conjunct with the article
    /// ("والميليشيات"), an attribute with it ("الموالية") or a closing preposition with a
    /// pronoun ("لها"). A word without the article starts the rest of the clause.
    func isSubjectConjunct(_ it: PositionedItem, _ state: DocumentState) -> Bool {
        guard state.isArabic(it), !it.breakBefore else { return false }
        return state.hasArticle(it) || lexicon.isWord(state.lastKeyOf(it), .subjectTail) || isJoinedOwnForces(it, state)
    }

    /// "والفصائل", "وقوات": an Arabic noun joined by the conjunction و, told from a noun whose
    /// own first letter is و ("وحدات") by what stands after it: the article or a force noun.
    func isJoinedByAnd(_ it: PositionedItem, _ state: DocumentState) -> Bool {
        let word = state.writtenKeyOf(it)
        guard state.isArabic(it), word.hasPrefix("\u{0648}") else { return false }
        let rest = String(word.dropFirst())
        return rest.hasPrefix("\u{0627}\u{0644}") || lexicon.isWord(rest, .forceNoun)
    }

    /// "وميليشياتها", "وعناصره": a force noun joined by و with a possessive pronoun, the
    /// subject's own forces.
    func isJoinedOwnForces(_ it: PositionedItem, _ state: DocumentState) -> Bool {
        let word = state.writtenKeyOf(it)
        guard it.end - it.start == 1, word.hasPrefix("\u{0648}") else { return false }
        return carriesPossessive(String(word.dropFirst()), on: .forceNoun)
    }

    /// The place a compound holder qualifies: "rebel-held Idlib", "the IS-held city of Mosul".
    /// Nothing when a part word stands on the way ("government-held western Aleppo": which part
    /// is not a place of the map) or no known place follows within four words.
    func compoundObject(_ items: [PositionedItem], after k: Int, state: DocumentState) -> [Int]? {
        var j = k + 1
        while j < min(items.count, k + 5) {
            if j > k + 1, items[j].breakBefore { return nil }
            switch items[j].item {
            case .place(let m):
                let mention = state.input.resolutions[m].mention
                if mention.isWeak || mention.isForeign || isRegion(m, state) || state.excluded.contains(m) { return nil }
                return listFrom(items, j, items.count, state: state)
            case .cue(let c) where c.role == .partial:
                return nil
            case .word(let w):
                // "rebel-held eastern Aleppo", "rebel-held parts of X", "IS-held territory": a part
                // or an area is held, which says nothing of the rest of the place.
                if lexicon.isWord(w, .directionModifier) || lexicon.isWord(w, .heldPart) { return nil }
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


    /// "Mosul -- the last IS-held city in Iraq --", "Raqqa, an IS-held town": a held settlement
    /// set off by a comma or a dash right after a place is that place. The mention it gives.
    func appositiveOfCompound(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Int? {
        guard !state.isArabic(items[k]), k + 1 < items.count, !items[k + 1].breakBefore else { return nil }
        // ("an IS-held stronghold": the noun of a stronghold is read as a predicate of its own.)
        // ("X, one of the last IS-held towns": the plural only after "one of".)
        var plural = false
        switch items[k + 1].item {
        case .word(let noun) where lexicon.isWord(noun, .settlementNoun): break
        case .word(let noun) where lexicon.isWord(noun, .settlementPlural): plural = true
        case .predicate where isStrongholdNoun(items[k + 1], state): break
        default: return nil
        }
        // Back over the holder and the determiner or adjective before it ("the last", "an"),
        // and "one of" before those ("X, one of the last rebel strongholds").
        var q = k - 1
        var words = 0
        while q > 0, !(items[q].commaBefore || items[q].strongBreakBefore) {
            q -= 1
            guard case .word = items[q].item, words < 4 else { return nil }
            words += 1
        }
        if words > 2 || plural, !(words > 2 && opensOneOf(items, at: q, state)) { return nil }
        guard q > 0, items[q].commaBefore || items[q].strongBreakBefore, case .place(let m) = items[q - 1].item else { return nil }
        let mention = state.input.resolutions[m].mention
        if mention.isWeak || mention.isForeign || isRegion(m, state) || state.excluded.contains(m) { return nil }
        // "Rebels left Raqqa, the last rebel-held city": held until the leaving the clause reports.
        if let before = items[..<(q - 1)].last(where: { if case .predicate = $0.item { return true } else { return false } }),
           case .predicate(let p) = before.item, p.kind == .withdrew { return nil }
        return m
    }

    /// "stronghold", "bastions", "معقل": the one-word noun of a side's stronghold, read as a
    /// state of holding only in an aside after a place ("an IS stronghold", "معقل داعش"). Any
    /// reading of the word counts ("المعقل", "ومعاقل"), so that no other frame takes it.
    func isStrongholdNoun(_ item: PositionedItem, _ state: DocumentState) -> Bool {
        guard case .predicate(let p) = item.item, p.kind == .holds, p.voice == .state else { return false }
        return readsAs(item, .strongholdNoun, state)
    }

    /// Whether any reading of the one word at `item` is a word of `wordClass`, its clitics peeled
    /// or kept ("وتخضع", "ومعاقل").
    func readsAs(_ item: PositionedItem, _ wordClass: ExtractionLexicon.WordClass, _ state: DocumentState) -> Bool {
        item.end - item.start == 1 && state.input.stream.words[item.start].firstKeys.contains { lexicon.isWord($0, wordClass) }
    }

    /// "control" after "took", "السيطرة" after "استعاد" or "أحكم": a noun of control that a verb
    /// of control takes as its object.
    func isControlNoun(_ p: Predicate) -> Bool {
        p.kind == .holds || (p.kind == .captured && p.voice == .nominal)
    }

    /// A word of repetition ("again", "مجددا", "مرة أخرى") right before the predicate at `k`, or
    /// close after the place it takes ("seized X again on Monday", not "seized X and shelled Y
    /// again").
    func saysAgain(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>) -> Bool {
        func again(_ it: PositionedItem) -> Bool {
            if case .cue(let c) = it.item { return c.role == .filler && c.value == "again" } else { return false }
        }
        if (max(clause.lowerBound, k - 2)..<k).contains(where: { again(items[$0]) }) { return true }
        var lastPlace: Int?
        for j in (k + 1)..<clause.upperBound {
            switch items[j].item {
            case .predicate: return false
            case .place: lastPlace = j
            case .word("and"), .word("\u{0648}"): if lastPlace != nil { return false }
            default: if again(items[j]) { return lastPlace.map { j - $0 <= 2 } ?? true }
            }
        }
        return false
    }

    /// An auxiliary stands right before the predicate ("was overrun", "were driven out").
    func followsAuxiliary(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        // "has been fully liberated": an adverb of the lexicon may stand between; not an
        // infinitive's "to" ("were able to capture X" is active).
        if k > 0, isFiller(items[k - 1]), state.input.stream.words[items[k - 1].end - 1].innerKey == "to" { return false }
        // So may a hedge or an adverb in "-ly" ("were reportedly encircled", "was quickly overrun").
        var q = k - 1
        if q > 0 {
            switch items[q].item {
            case .cue(let c) where c.role == .filler: q -= 1
            // (A hedge of one adverb: "said to have" is no adverb, "are said to have captured" active.)
            case .cue(let c) where c.role == .hedge && items[q].end - items[q].start == 1 && state.keyOf(items[q]).hasSuffix("ly"): q -= 1
            case .word(let w) where w.hasSuffix("ly") && !lexicon.isWord(w, .auxiliary): q -= 1
            default: break
            }
        }
        guard q >= 0, case .word(let w) = items[q].item else { return false }
        return lexicon.isWord(w, .auxiliary)
    }

    /// "regained control over X", "has taken total control of X": the control noun is the
    /// object of the verb of taking before it (as the verb's scan reads it), no report of its own.
    func isObjectOfControlVerb(_ p: Predicate, _ items: [PositionedItem], _ k: Int) -> Bool {
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

    /// An English verb followed at once by a place or a determiner has an object of its own,
    /// so it is finite, not a participle describing the noun before it.
    func hasDirectObject(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        // (The word stream leaves out some function words: "captured at the X checkpoint".)
        guard k + 1 < items.count, !items[k + 1].breakBefore, state.nothingBetween(items[k], items[k + 1]) else { return false }
        switch items[k + 1].item {
        case .place: return true
        case .word(let w): return lexicon.isWord(w, .determiner)
        default: return false
        }
    }

    /// "فقد المسلحون السيطرة على X", "فقدت قوات النظام سيطرتها على X": a noun of control after a
    /// verb of loss, with at most its subject between, is what was lost, not a taking by the side
    /// before it. So is "control of X" after an English handover ("the SDF handed over the
    /// control of Manbij to the council"), which reads as a state.
    func isObjectOfLoss(_ p: Predicate, _ items: [PositionedItem], _ k: Int) -> Bool {
        guard p.voice == .nominal && [.captured, .recaptured, .holds].contains(p.kind) || p.voice == .present && p.kind == .holds
        else { return false }
        var j = k - 1
        while j >= max(0, k - 4) {
            if items[j + 1].strongBreakBefore || items[j + 1].commaBefore { return false }
            switch items[j].item {
            case .predicate(let before): return before.voice == .loss
            case .actor, .word: j -= 1
            default: return false
            }
        }
        return false
    }

    /// A part cue followed by an operation ("part of the Turkish offensive", "part of Turkey's
    /// operation"): the side or its adjective, then a noun of operation, a word or two between.
    func isPartOfOperation(_ items: [PositionedItem], _ j: Int, _ end: Int) -> Bool {
        var q = j + 1
        while q < min(end, j + 5), !items[q].breakBefore {
            switch items[q].item {
            case .word(let w) where lexicon.isWord(w, .operationNoun): return true
            case .word, .actor: q += 1
            default: return false
            }
        }
        return false
    }

    /// Punctuation that closes a quoted statement: a comma or full stop, then the quotation mark
    /// (',"', '.”', '،»'). (A mark alone may close a quoted phrase inside the clause: "سيطرت
    /// «بشكل كامل» على X".)
    static func closesQuotation(_ punctuation: String) -> Bool {
        let scalars = Array(punctuation.unicodeScalars)
        guard scalars.count >= 2 else { return false }
        return [",", ".", "\u{060C}"].contains(scalars[0]) && ["\"", "\u{201D}", "\u{00BB}"].contains(scalars[1])
    }

    /// "expelled Jabhat al-Akrad and the YPG from X": a name the gazetteer lacks, joined by "and"
    /// to a side that "from" follows, is a side too ("seized X and the army base" is no side).
    func isJoinedToSide(_ items: [PositionedItem], _ j: Int) -> Bool {
        var q = j + 1
        var joined = false
        while q < items.count, q - j <= 3, !items[q].commaBefore, case .word(let w) = items[q].item, Self.listJoiners.contains(w) {
            if w != "the" { joined = true }
            q += 1
        }
        guard joined, q + 1 < items.count, case .actor = items[q].item else { return false }
        return items[q + 1].isCue(.from)
    }

    /// After an object pronoun ("عليها"), an optional subject then the copula "هي"/"هم" before
    /// the places it stands for.
    func copulaAfterPronoun(_ items: [PositionedItem], from start: Int, to end: Int) -> (next: Int, subject: String?)? {
        var subject: String?
        var j = start
        while j < min(end, start + 4) {
            switch items[j].item {
            case .actor(let a): subject = subject ?? a
            case .word(let w) where lexicon.isWord(w, .copularPronoun):
                guard j + 1 < end, case .place = items[j + 1].item else { return nil }
                return (j + 1, subject)
            case .word: break
            default: return nil
            }
            j += 1
        }
        return nil
    }


    /// "stronghold of", "bastion of": a noun of holding before the place held.
    func isStrongholdOf(_ items: [PositionedItem], _ q: Int, _ state: DocumentState) -> Bool {
        guard !items[q].breakBefore, case .predicate(let p) = items[q].item, p.kind == .holds, p.voice == .state else { return false }
        return items[q].end - items[q].start == 2 && state.lastKeyOf(items[q]) == "of"
    }

    /// "captured ISIL's last two strongholds of X and Y": a side in the possessive right after the
    /// verb, at most two plain words ("last", "two", "main") and its strongholds "of" at `j`.
    func possessedStronghold(_ items: [PositionedItem], _ start: Int, _ j: Int, _ state: DocumentState) -> Bool {
        guard j - start >= 2, j - start <= 3, case .actor = items[start].item, isStrongholdOf(items, j, state) else { return false }
        return items[(start + 1)..<j].allSatisfy { if case .word = $0.item { return !$0.breakBefore } else { return false } }
    }

    /// "government-held", "SDF-controlled": the side at `j` is compounded with the participle after
    /// it, an attribute of the noun that follows.
    func isCompounded(_ items: [PositionedItem], _ j: Int, _ end: Int) -> Bool {
        guard j + 1 < end, items[j + 1].hyphenBefore, case .predicate = items[j + 1].item else { return false }
        return true
    }

    /// After the place: "from X", "by X", "الذي فرضه X".
    func scanTail(_ items: [PositionedItem], from start: Int, to end: Int, into r: inout Reading, state: DocumentState) {
        var lastRole: CueRole?
        var wordsSinceRole = 0
        var j = start
        var steps = 0
        // "the capture of X was a blow to IS": after a verb of being, "to" no longer names who
        // the place went to ("by" still names who did it: "was completed by the army").
        var afterCopula = false
        // "the capture of X, used by IS as a gateway": a participle after a comma opens a clause
        // that describes the place; its agent is not the taker ("the capture of X, a key town,
        // by the SDF" still names it after a comma of its own).
        var inRelative = false
        while j < end, steps < 8 {
            let it = items[j]
            if it.strongBreakBefore { break }
            if case .word(let w) = it.item {
                if lexicon.isWord(w, .auxiliary) { afterCopula = true } else if it.commaBefore, !state.isArabic(it) { inRelative = true }
            }
            switch it.item {
            case .cue(let c) where c.role == .agent && state.keyOf(it) == "to" && (afterCopula || complementsNoun(items, j, from: start, state)):
                lastRole = nil
            case .cue(let c) where c.role == .from && complementsNoun(items, j, from: start, state):
                lastRole = nil
            case .cue(let c) where inRelative && !afterCopula && !it.commaBefore
                    && (c.role == .agent && state.keyOf(it) == "by" || c.role == .from):
                // ("X, used by IS as a gateway from Turkey": neither side is the noun's; but
                // "withdrew from X, leaving it to the rebels" names the taker.)
                lastRole = nil
            case .actor(let a):
                switch lastRole {
                case .from?: if r.from == nil { r.from = a }
                case .besieger?: if r.besieger == nil { r.besieger = a }
                case .agent? where isCompounded(items, j, end): break
                case .agent?: if r.agent == nil { r.agent = a }
                default: break
                }
                lastRole = nil
            case .cue(let c) where [.from, .agent, .besieger, .support].contains(c.role):
                lastRole = c.role
                wordsSinceRole = 0
            case .cue(let c) where c.role == .clause || c.role.blocks:
                return
            case .predicate(let p) where p.voice == .state && p.kind == .holds && state.isArabic(it) && lastRole == nil
                && it.end - it.start <= 2 && !isStrongholdNoun(it, state) && !ArabicClitics.isDefinite(state.writtenKeyOf(it)):
                // "سقوط الموصل بيد داعش", "سقطت X في قبضة التنظيم": the hands a place fell into
                // name its taker. (An adjective with the article describes the place: "حصار على X
                // الخاضعة لسيطرة النظام" names who holds X, not who besieges it.)
                lastRole = .agent
                wordsSinceRole = 0
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

    /// Whether the English "to" or "from" at `j` completes the noun right before it rather than
    /// the taking, a noun after another word: "marks an end to IS's hold", "dealt a blow to IS",
    /// "threaten supply lines from Turkey". ("lost X on 13 November to Y", "handed X over to Y",
    /// "retook X completely from Y" name the sides.)
    func complementsNoun(_ items: [PositionedItem], _ j: Int, from start: Int, _ state: DocumentState) -> Bool {
        guard j >= start + 2, !state.isArabic(items[j]), !items[j].commaBefore, case .word(let noun) = items[j - 1].item,
              !noun.hasSuffix("ly"), !["over", "back", "up", "away"].contains(noun), !lexicon.isWord(noun, .auxiliary) else { return false }
        guard case .word(let before) = items[j - 2].item else { return false }
        return !lexicon.isWord(before, .auxiliary)
    }

    /// The town a province's name leads to in English: after the province in the possessive
    /// ("Idlib province's town of X", "Salahudin's provincial capital, Tikrit") or after "of" and
    /// a comma ("the provincial capital of Salahudin, Tikrit"), with only plain words between.
    func placeNamedInRegion(_ items: [PositionedItem], _ j: Int, _ end: Int, state: DocumentState) -> Int? {
        guard !state.isArabic(items[j]), j + 1 < end else { return nil }
        let possessive = state.input.text.isPossessive(token: state.input.stream.words[items[j].end - 1].token)
        let afterOf = j > 0 && state.keyOf(items[j - 1]) == "of" && items[j + 1].commaBefore
        guard possessive || afterOf else { return nil }
        for q in (j + 1)..<min(end, j + 5) {
            switch items[q].item {
            case .place(let m):
                guard !isRegion(m, state), !state.input.resolutions[m].mention.isForeign else { return nil }
                return q
            case .word: continue
            default: return nil
            }
        }
        return nil
    }

    /// Whether the English city `m` at `j`, right after one place and a comma, locates that place
    /// ("Killi, Idlib", "Saraqib, Idlib"), not adds to a list: a city after a smaller place, and no
    /// further item after it ("Killi, Idlib and Sarmin" is a list).
    func isCityLocating(_ first: Int, _ m: Int, _ items: [PositionedItem], _ j: Int, _ end: Int, _ state: DocumentState) -> Bool {
        guard !state.isArabic(items[j]), let city = state.input.resolutions[m].place, state.input.gazetteer.kind(city) == .city,
              state.input.resolutions[first].place.map({ state.input.gazetteer.kind($0) != .city }) ?? true else { return false }
        guard j + 1 < end else { return true }
        let next = items[j + 1]
        if next.isPlace, !next.breakBefore || Self.separator(before: next) == "," { return false }
        if case .word(let w) = next.item, Self.listJoiners.contains(w) { return false }
        return true
    }

    /// Where the mention `place` stands among `items[range]` (its last time there).
    func itemIndex(ofPlace place: Int, in items: [PositionedItem], _ range: Range<Int>) -> Int? {
        items[range].lastIndex { if case .place(let m) = $0.item { return m == place } else { return false } }
    }

    /// A verb or noun of entering ("دخلت", "اقتحام"), also with ب glued to the noun ("بدخول":
    /// "أفادت مصادر بدخول الجيش"); not with و, which joins terms of a deal ("ودخول قوات X").
    func isEntryWord(_ item: PositionedItem, _ state: DocumentState) -> Bool {
        guard item.end > item.start else { return false }
        if lexicon.isWord(state.keyOf(item), .entryVerb) { return true }
        // ("ودخلت القوات إلى X": a verb, not a noun, may carry the conjunction.)
        if case .predicate(let p) = item.item, p.voice != .nominal, readsAs(item, .entryVerb, state) { return true }
        let readings = state.input.stream.words[item.start].firstKeys
        return state.writtenKeyOf(item).hasPrefix("\u{0628}") && readings.count > 1 && lexicon.isWord(readings.key(1).string, .entryVerb)
    }

    /// A locative that puts what comes before inside the place after it, every word of it ("في",
    /// "داخل"; not "في اتجاه", in the direction of, nor "في محيط", around).
    func isWhollyInside(_ item: PositionedItem, _ state: DocumentState) -> Bool {
        guard case .cue(let c) = item.item, c.role == .locative else { return false }
        return lexicon.isWord(state.keyOf(item), .inside) && lexicon.isWord(state.lastKeyOf(item), .inside)
    }

    /// "المدينة الصناعية في شمال شرق حلب", "the town in eastern X" when "the town" would be X: a
    /// place is not located in itself, so the noun names another, unnamed place there.
    func isLocatedInItself(_ antecedent: Int, _ items: [PositionedItem], after j: Int, _ end: Int, _ state: DocumentState) -> Bool {
        guard let place = state.input.resolutions[antecedent].place else { return false }
        // Only adjectives between the noun and the locative, only words of direction after it.
        var sawLocative = false
        for q in (j + 1)..<min(end, j + 6) {
            switch items[q].item {
            case .cue(let c) where c.role == .locative: sawLocative = true
            case .place(let m): return sawLocative && state.input.resolutions[m].place == place
            case .word: continue
            default: return false
            }
        }
        return false
    }

    /// "قرى X وY وأتمت تطويق Z": a name the gazetteer lacks right before a verbal noun or verb of
    /// control is the verb that governs it ("completed the encirclement"), not a list's last item.
    func governsPredicate(_ items: [PositionedItem], _ q: Int, _ state: DocumentState) -> Bool {
        guard case .place(let m) = items[q].item, state.input.resolutions[m].place == nil,
              state.input.resolutions[m].candidates.isEmpty, q + 1 < items.count, !items[q + 1].breakBefore,
              case .predicate = items[q + 1].item else { return false }
        return true
    }

    /// "X, as well as Y": the "well" left of "as well as" once the stop word "as" is dropped
    /// joins the list like "and".
    func isAsWellAs(_ item: PositionedItem, _ state: DocumentState) -> Bool {
        guard item.end - item.start == 1, state.keyOf(item) == "well" else { return false }
        let t = state.input.stream.words[item.start].token
        let tokens = state.input.text.tokens
        return t > 0 && t + 1 < tokens.count && tokens[t - 1].key == "as" && tokens[t + 1].key == "as"
    }

    /// An English name in the possessive right before a plain word that is no part of a town
    /// ("Hama's gateway", "Raqqa's stadium"; not "Mosul's eastern half").
    func isPossessorOfThing(_ items: [PositionedItem], _ j: Int, _ end: Int, _ state: DocumentState) -> Bool {
        guard j + 1 < end, !state.isArabic(items[j]), !items[j + 1].breakBefore,
              state.input.text.isPossessive(token: state.input.stream.words[items[j].end - 1].token),
              case .word(let w) = items[j + 1].item else { return false }
        return ![.townPart, .directionModifier, .directionAdjective, .partNoun].contains(where: { lexicon.isWord(w, $0) })
    }

    /// A place and the places listed after it ("X, Y and Z", "خربيل والقليعة وسرده").
    func listFrom(_ items: [PositionedItem], _ start: Int, _ end: Int, state: DocumentState) -> [Int] {
        guard case .place(let first) = items[start].item else { return [] }
        // A list the tagger recognised ("قرى X وY وZ", asides and fillers inside it) is taken whole.
        var out = [first]
        var j = start + 1
        if let list = state.input.resolutions[first].mention.listID {
            var last = start
            for (q, it) in items.enumerated().dropFirst(start + 1) {
                if case .place(let m) = it.item {
                    if state.input.resolutions[m].mention.listID == list, !speaks(items, q), !governsPredicate(items, q, state) {
                        out.append(m); last = q
                    } else { break }
                }
            }
            // "the towns of A, Lweibde and B": the tagger's list stops at the name it lacks.
            // ("X and Y, as well as Z": the list goes on past "as well as".)
            // ("قرى X وY، وتل النار الاستراتيجي وبلدة Z": the adjective of the last item ends the
            // tagger's list, not the enumeration.)
            guard last + 1 < end,
                  let next = isAsWellAs(items[last + 1], state) || isArabicAdjective(items[last + 1], state) ? last + 1
                    : afterUnnamedListItem(items, last + 1, end, state: state) ?? cuedListAfterLocation(items, last + 1, end, state: state)
            else { return out }
            j = next
        }
        var unnamed = 0
        while j < end {
            // "took X on Wednesday and Y on Saturday": the time of one item does not end the
            // list when a joining word and a name follow it.
            if !state.isArabic(items[j]) {
                var d = j
                if d + 1 < end, ["on", "in"].contains(state.keyOf(items[d])), case .date = items[d + 1].item { d += 1 }
                if case .date = items[d].item, d + 2 < end, case .word(let w) = items[d + 1].item, Self.listJoiners.contains(w),
                   case .place = items[d + 2].item, !items[d + 2].breakBefore {
                    j = d + 1
                }
            }
            let it = items[j]
            let separator = Self.separator(before: it)
            // "حي الصناعة بمدينة دير الزور": a place behind a preposition says where the last lies.
            if case .place(let m) = it.item, separator.isEmpty, state.input.resolutions[m].mention.afterPreposition { break }
            // "the Turkish observation post at Morek": the place a site lies in.
            if case .place(let m) = it.item, state.input.resolutions[m].mention.locatesSite { break }
            // "X, Hama's gateway, ...": a name in the possessive before a thing describes the item
            // before; it is not one more.
            if it.isPlace, isPossessorOfThing(items, j, end, state) { break }
            // "the town of Killi, Idlib in northwest Syria": a city after one smaller place and a
            // comma, with no further item, says where that place lies.
            if case .place(let m) = it.item, out.count == 1, separator == ",", isCityLocating(out[0], m, items, j, end, state) { break }
            // "تدمر بريف حمص": the countryside a place lies in is no further item.
            // "took X and Y was shelled": a name before an auxiliary is the subject of a clause of
            // its own.
            if it.isPlace, !state.isArabic(it), j + 1 < end, !items[j + 1].breakBefore, isAnyAuxiliary(state.keyOf(items[j + 1])) { break }
            if case .place(let m) = it.item, !state.excluded.contains(m), !state.input.resolutions[m].mention.isForeign,
               !isRegion(m, state), !speaks(items, j), !governsPredicate(items, j, state),
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
            while k < min(end, joinStart + 2), case .word(let w) = items[k].item, Self.listJoiners.contains(w) || isAsWellAs(items[k], state) {
                k += 1
            }
            // "X along with Y", "X together with Y": a joining phrase whose "with" the lexicon
            // reads as a cue.
            if k == joinStart, k + 1 < end, case .word(let w) = items[k].item, lexicon.isWord(w, .listLinker),
               items[k + 1].isCue(.target), state.keyOf(items[k + 1]) == "with" {
                k += 2
                while k < end, state.keyOf(items[k]) == "the", !items[k].isPlace { k += 1 }
            }
            // "X and nearby Y": a word of nearness before a name without a cue.
            if k > j, k + 1 < end, case .word(let near) = items[k].item, lexicon.isWord(near, .nearness), items[k + 1].isPlace,
               !items[k + 1].breakBefore {
                k += 1
            }
            // "X, the area of Y and Z": a noun of area and "of" before the next name.
            if k > j || items[j].commaBefore, k + 2 < end, case .word(let noun) = items[k].item, lexicon.isWord(noun, .areaNoun),
               state.keyOf(items[k + 1]) == "of", items[k + 2].isPlace {
                k += 2
            }
            // "X and the nearby town of Y": one word describing the next place, whose head noun
            // ("town of") says it is one.
            // (Not after a comma alone: "X, the home village of Y" describes X; nor a verb, "X, as
            // well as attacking the town of Y".)
            if k > j, items[joinStart..<k].contains(where: { state.keyOf($0) != "the" }),
               k + 1 < end, case .word(let describing) = items[k].item, !describing.hasSuffix("ing"), !items[k].breakBefore, !items[k].capitalized,
               case .place(let m) = items[k + 1].item, !items[k + 1].breakBefore, state.input.resolutions[m].mention.cue != nil {
                k += 1
            }
            // "قضاء راوة التابع لمحافظة الأنبار": the province a place belongs to is no further item.
            // ("خطاب" و"معردس": quotes around each name break nothing.)
            if k > j, k < end, case .place(let m) = items[k].item,
               !items[k].breakBefore || items[j].commaBefore || Self.separator(before: items[k]).isEmpty,
               !state.excluded.contains(m), !state.input.resolutions[m].mention.isForeign, !isRegion(m, state) {
                j = k
                continue
            }
            if unnamed < 3, let next = afterUnnamedListItem(items, j, end, state: state) {
                unnamed += 1
                j = next
                continue
            }
            if let next = cuedListAfterLocation(items, j, end, state: state) {
                j = next
                continue
            }
            break
        }
        return out
    }

    /// "cleared X of explosives", "تطهير X من الألغام": "of"/"من" and a thing (an object cue)
    /// right after the places.
    func clearedOfThings(_ items: [PositionedItem], after start: Int, _ end: Int, _ list: [Int], state: DocumentState) -> Bool {
        guard let last = list.last,
              let q = itemIndex(ofPlace: last, in: items, start..<end),
              q + 2 < end else { return false }
        switch items[q + 1].item {
        case .word("of"): break
        case .cue(let c) where c.role == .from: break
        default: return false
        }
        if case .cue(let c) = items[q + 2].item { return c.role == .object && c.value == "swept" }
        return false
    }

    /// "captured eastern Mosul", "entered central Fallujah": a town named with a direction or
    /// "central" right before it (and no cue of its own, as in "the northern town of X") is
    /// only partly taken. The places of `list` so qualified.
    func placesQualifiedByDirection(_ items: [PositionedItem], from start: Int, _ end: Int, _ list: [Int],
                                    state: DocumentState) -> Set<Int> {
        var out: Set<Int> = []
        for q in start..<end where q > 0 {
            guard case .place(let m) = items[q].item, list.contains(m), !items[q].breakBefore,
                  isQualifiedAsPart(items, q, end, state),
                  state.input.resolutions[m].mention.cueWords == nil,
                  let place = state.input.resolutions[m].place,
                  [.city, .town].contains(state.input.gazetteer.kind(place)) else { continue }
            out.insert(m)
        }
        return out
    }

    /// The place at `q` with a word that makes it a part: a direction before it ("eastern"); in
    /// Arabic also a direction adjective after it ("حلب الشرقية") or a noun of part before it ("أحياء حلب").
    func isQualifiedAsPart(_ items: [PositionedItem], _ q: Int, _ end: Int, _ state: DocumentState) -> Bool {
        if case .word(let w) = items[q - 1].item, lexicon.isWord(w, .directionModifier) { return true }
        guard state.isArabic(items[q]) else { return false }
        if q + 1 < end, !items[q + 1].breakBefore, lexicon.isWord(state.writtenKeyOf(items[q + 1]), .directionAdjective) { return true }
        let stream = state.input.stream
        return items[q].start > 0 && lexicon.isWord(state.input.text.tokens[stream.words[items[q].start - 1].token].key, .partNoun)
            && !(q >= 2 && items[q - 1].end == items[q].start && sumsToWhole(items, from: max(0, q - 4), part: q - 1, state))
    }

    /// "the towns of A and B in northern Hama, and the villages of C and D", "… في ريف حماة
    /// وقرى C وD": where the place a list lies in closes it, a joining word and a new list or name
    /// with a cue of its own go on with the same objects. The index of that next name, or nil.
    func cuedListAfterLocation(_ items: [PositionedItem], _ start: Int, _ end: Int, state: DocumentState) -> Int? {
        // "قرية X الواقعة في ناحية Y، وقرية Z": an adjective of the item may stand before where it lies.
        func adjectiveBeforeLocative(_ q: Int) -> Bool {
            guard q + 1 < end, !items[q + 1].breakBefore, items[q + 1].isCue(.locative) else { return false }
            var adjective = items[q]
            // ("(X) الواقعة في": a bracket or quote closed after the name breaks nothing.)
            if adjective.punctuationBefore.allSatisfy({ ")»\"\u{201D} ".contains($0) }) { adjective.breakBefore = false }
            return isArabicAdjective(adjective, state)
        }
        var j = start
        if adjectiveBeforeLocative(j) { j += 1 }
        guard case .cue(let c) = items[j].item, c.role == .locative else { return nil }
        // A place named with a cue of its own ("the villages of C", "قرى C").
        func cueStart(_ k: Int) -> Int? {
            guard case .place(let m) = items[k].item, !state.excluded.contains(m) else { return nil }
            let mention = state.input.resolutions[m].mention
            guard let cue = mention.cueWords, !mention.isForeign, !isRegion(m, state) else { return nil }
            return cue.lowerBound
        }
        // One joined by "و" written on its cue ("، وقرى X", "وقرى X").
        func cuedJoinedName(_ k: Int) -> Bool {
            guard state.isArabic(items[k]), let first = cueStart(k), first <= items[k].start else { return false }
            return state.input.text.tokens[state.input.stream.words[first].token].key.hasPrefix("\u{0648}")
        }
        // "in northern Hama", "في ريف حماة الشمالي": a few words naming where.
        var k = j + 1
        while k < end, k <= j + 4, !items[k].commaBefore, !items[k].strongBreakBefore, !cuedJoinedName(k) {
            switch items[k].item {
            case .place, .word: k += 1
            case .cue(let c) where c.role == .locative: k += 1
            default: return nil
            }
        }
        guard k > j + 1, k < end, !items[k].strongBreakBefore else { return nil }
        if !cuedJoinedName(k) {
            // Or joined by "and" after a comma.
            guard items[k].commaBefore, k + 1 < end, case .word("and") = items[k].item else { return nil }
            k += 1
            if k < end, case .word("the") = items[k].item { k += 1 }
            guard k < end, cueStart(k) != nil else { return nil }
        }
        // "…, and the village of C was shelled": a name with a verb of its own opens a clause.
        var q = k + 1
        while q < end {
            if items[q].isPlace { q += 1; continue }
            if case .word(let w) = items[q].item, Self.listJoiners.contains(w) { q += 1; continue }
            break
        }
        // Only an adjunct may follow: a date, a place it lies in, or a new clause after a comma.
        if q < end, !items[q].commaBefore, !items[q].strongBreakBefore {
            switch items[q].item {
            case .date: break
            case .cue(let c) where c.role == .locative: break
            case .word(let w) where lexicon.isWord(w, .adjunctOpener): break
            // "وقرى C وتل زيد": a further item the gazetteer lacks.
            case .word where state.isArabic(items[q]) && state.writtenKeyOf(items[q]).hasPrefix("\u{0648}"): break
            // "وقرية Z الواقعة في ناحية W": where it lies, after an adjective.
            case .word where adjectiveBeforeLocative(q): break
            default: return nil
            }
        }
        return k
    }

    /// A verb of return a few words before, its subject between ("عادت فصائل المعارضة للسيطرة").
    func returnVerbBefore(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>) -> Bool {
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

    /// "حررت ثلاث قرى جنوب غرب الموصل هي X وY وZ", "قريتين شمال حماة هما X وY": after a plural
    /// noun of places and where they lie, a third-person copula gives their names, which are the
    /// verb's objects (as "namely" and "including" do). The index of the first name, nil when none
    /// follows so.
    func namesAfterLocatedAreas(_ items: [PositionedItem], _ j: Int, _ end: Int, _ state: DocumentState) -> Int? {
        var k = j + 1
        while k < end, k <= j + 6, !items[k].strongBreakBefore {
            switch items[k].item {
            case .word(let w) where lexicon.isWord(w, .copularPronoun):
                guard k > j + 1, k + 1 < end, case .place(let m) = items[k + 1].item, !state.excluded.contains(m),
                      !state.input.resolutions[m].mention.isForeign, !isRegion(m, state) else { return nil }
                return k + 1
            case .place, .word: k += 1
            case .cue(let c) where c.role == .locative: k += 1
            default: return nil
            }
        }
        return nil
    }

    /// "captured the hills east of X and the village of Y", "near X as well as the town of Y": after
    /// the place a locative names, "and" (or "as well as") and a name with a settlement noun before
    /// it start the verb's next object; a bare name ("east of X and Y") goes on the locative's list.
    /// The index of that name, nil when none follows so.
    func cuedObjectAfterLocative(_ items: [PositionedItem], _ j: Int, _ end: Int, _ state: DocumentState) -> Int? {
        guard !state.isArabic(items[j]), !lexicon.isWord(state.keyOf(items[j]), .between), j + 3 < end,
              case .place = items[j + 1].item, !items[j + 2].strongBreakBefore,
              case .word(let w) = items[j + 2].item, w == "and" || w == "well",
              !items[j + 3].strongBreakBefore, case .place(let m) = items[j + 3].item, !state.excluded.contains(m) else { return nil }
        let mention = state.input.resolutions[m].mention
        guard let cue = mention.cue, cue.isSettlement, let cueWords = mention.cueWords,
              cueWords.upperBound <= mention.words.lowerBound, !mention.isForeign else { return nil }
        return j + 3
    }

    /// "X and large parts of Y", "X وأجزاء من Y": after a list, a joining word and a cue of part
    /// before one more place; that place, when there is one.
    func partOfPlaceAfterList(_ items: [PositionedItem], from start: Int, _ end: Int, _ list: [Int], state: DocumentState) -> Int? {
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
    func afterUnnamedListItem(_ items: [PositionedItem], _ j: Int, _ end: Int, state: DocumentState) -> Int? {
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

    func isFiller(_ item: PositionedItem) -> Bool {
        if case .cue(let c) = item.item { return c.role == .filler }
        return false
    }

    /// Whether the loss at `k`, a verb of losing, has a place for its own object: right after the verb in English
    /// ("lost X", "lost control of X"); in Arabic after the verb's subject, or after the noun of
    /// control ("خسرت الفصائل X", "فقدت قوات النظام السيطرة على X").
    func losesPlaceAsObject(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        // (Not "losing": "Rebels are losing X" is still going on, and no one took it yet.)
        guard (items[k].start..<items[k].end).contains(where: { isWordAfterConjunction(state.input.stream.words[$0].innerKey, .lossVerb) }) else {
            return false
        }
        var q = k + 1
        func next() -> PositionedItem? { q < items.count && !items[q].breakBefore ? items[q] : nil }
        guard state.isArabic(items[k]) else { return next()?.isPlace == true }
        if case .actor = next()?.item { q += 1 }
        if case .predicate(let p) = next()?.item, p.voice == .nominal, [.captured, .holds].contains(p.kind) {
            q += 1
            guard let on = next(), lexicon.isWord(state.keyOf(on), .objectMarker) else { return false }
            q += 1
        }
        return next()?.isPlace == true
    }

    /// Whether the "to" at `to` follows a verb of accomplishment across a phrase of time ("managed
    /// on Saturday morning to retake X", "managed, at noon today, to liberate X"): what it
    /// introduces was done, as after the fillers "managed to", "forced to".
    func accomplishedAcrossAdjunct(_ items: [PositionedItem], to: Int, _ state: DocumentState) -> Bool {
        var j = to - 1
        var skipped = 0
        while j >= 0, skipped <= 4 {
            switch items[j].item {
            case .word(let w) where lexicon.isWord(w, .accomplishmentVerb):
                return skipped > 0
            case .date, .number:
                break
            case .cue(let c) where c.role == .filler:
                break
            case .word(let w) where lexicon.isWord(w, .timeOfDay) || lexicon.isWord(w, .adjunctOpener):
                break
            default:
                return false
            }
            skipped += 1
            j -= 1
        }
        return false
    }

    /// A holding that describes the area noun of a share, and the holder when it stands before
    /// the verb ("the areas IS controlled"); after it ("held by IS") the scan meets it later.
    struct DescribedArea {
        var holderBefore: String?
    }

    /// The holding at `k` describes the area noun of a share ("the territory held by", "المناطق
    /// التي يسيطر عليها", "the areas IS controlled"); nil when it describes no area noun.
    func holderOfDescribedArea(_ items: [PositionedItem], _ k: Int, start: Int, _ state: DocumentState) -> DescribedArea? {
        var q = k - 1
        var before: String?
        if q > start, case .actor(let a) = items[q].item, !state.isArabic(items[k]) { before = a; q -= 1 }
        if q > start, items[q].isCue(.clause, value: "relative") || state.keyOf(items[q]) == "that" { q -= 1 }
        guard q >= start, case .word(let noun) = items[q].item, isAreaOrPartNoun(noun) else { return nil }
        return DescribedArea(holderBefore: before)
    }

    /// "areas", "territory", "المناطق", "أحياء": a noun of many places or of a town's parts, which a
    /// share is taken of.
    func isAreaOrPartNoun(_ w: String) -> Bool {
        [.areaNoun, .partNoun, .townPart].contains { lexicon.isWord(w, $0) }
    }

    /// A verb in a relative clause ("التي سيطر عليها", "which X took") or a participle right after
    /// a plural place noun ("the villages captured by").
    func modifiesPluralNoun(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
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
    func takesPluralNoun(_ items: [PositionedItem], _ k: Int, _ clause: Range<Int>, _ state: DocumentState) -> Bool {
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
    /// that relative clause: "X، التي ... Y، تخضع" gives X, not Y. (A state inside the relative
    /// clause, before its closing comma, is the relative clause's own.)
    func relativeClauseHead(_ items: [PositionedItem], _ clause: Range<Int>, closedBefore k: Int) -> Int? {
        guard let (r, head) = relativeOpening(items, clause), items[r].commaBefore,
              items[clause.lowerBound...k].contains(where: { $0.commaBefore }) else { return nil }
        return head
    }

    /// "A and B, which were held by Z": an English relative word has no number, but a verb right
    /// after it that agrees only with a plural says the clause describes the whole list before it.
    /// ("A and B, which IS seized", "B, which was held": the name right before it only.)
    func relativeDescribesList(_ items: [PositionedItem], _ clause: Range<Int>, _ state: DocumentState) -> Bool {
        guard relativeOpening(items, clause) != nil, clause.lowerBound < clause.upperBound,
              !state.isArabic(items[clause.lowerBound - 1]) else { return false }
        return lexicon.isWord(state.keyOf(items[clause.lowerBound]), .pluralVerb)
    }

    /// The relative word ("which", "التي") right before `clause`, and the place right before it.
    func relativeOpening(_ items: [PositionedItem], _ clause: Range<Int>) -> (cue: Int, head: Int)? {
        let r = clause.lowerBound - 1
        guard r >= 1, case .cue(let c) = items[r].item, c.role == .clause, c.value == "relative",
              case .place(let head) = items[r - 1].item else { return nil }
        return (r, head)
    }

    /// The places that a list word ("including", "بينها", "منها") names later in the clause of the
    /// predicate at `k`, when nothing between them is another predicate.
    func includedPlaces(_ items: [PositionedItem], after k: Int, _ clause: Range<Int>, state: DocumentState) -> [Int]? {
        for i in (k + 1)..<clause.upperBound {
            switch items[i].item {
            // "على القرى الخاضعة لسيطرة داعش، ومنها X": a standing that describes the object
            // right after the verb is no verb of its own.
            case .predicate(let p) where p.voice == .state && p.kind == .holds && i > k + 1 && i <= k + 5
                && !items[(k + 1)..<i].contains(where: \.isPlace): continue
            case .predicate: return nil
            // "seized X and shelled others, including Y": "and" before no place starts another verb.
            // ("in Hama and its countryside, including Y": the land around the place is no other verb's.)
            case .word("and") where i + 1 < clause.upperBound && !items[i + 1].isPlace && !namesSurroundings(items, after: i, clause): return nil
            case .cue(let c) where c.role == .clause && c.value == "list":
                // "أهمها: X وY", "notably: X and Y": a colon right after the list word opens the
                // list; it ends no clause there.
                let colon = i + 1 == clause.upperBound && i + 1 < items.count && items[i + 1].punctuationBefore.contains(":")
                let end = colon ? items.count : clause.upperBound
                // ("the most notable being the X, Y and Z": an article may stand before the first name,
                // when the gazetteer knows it and it is no region: "including the Consul General" names
                // a person, "which included the Nineveh Governorate administration" a building.)
                let first = afterDeterminers(items, from: i + 1, to: end)
                guard first < end, case .place(let m) = items[first].item, !state.excluded.contains(m),
                      first == i + 1 || state.input.resolutions[m].place != nil && !isRegion(m, state) else { return nil }
                let listed = listFrom(items, first, end, state: state)
                return listed.isEmpty ? nil : listed
            default: continue
            }
        }
        return nil
    }

    /// "its countryside", "towns": a noun of area right after `i`, a determiner aside.
    func namesSurroundings(_ items: [PositionedItem], after i: Int, _ clause: Range<Int>) -> Bool {
        let q = afterDeterminers(items, from: i + 1, to: clause.upperBound)
        guard q < clause.upperBound, case .word(let w) = items[q].item else { return false }
        return lexicon.isWord(w, .areaNoun)
    }

    /// "the capture of X, and Rudaw reported": a name right before a verb of reporting is who
    /// speaks (an outlet, a capital for its government), no further item of a list.
    func speaks(_ items: [PositionedItem], _ q: Int) -> Bool {
        q + 1 < items.count && !items[q + 1].breakBefore && items[q + 1].isCue(.report)
    }

    /// "all of the rebel-held parts of X", "the remaining districts of X", "آخر أحياء X", "ما تبقى
    /// من أحياء X": a totality word before the plural parts at `q` sums them to the whole place,
    /// so the taking is of the place, not a share of it. A direction word in between keeps a part
    /// ("all the eastern districts"), and so does an exception ("all but two districts").
    func sumsToWhole(_ items: [PositionedItem], from start: Int, part q: Int, _ state: DocumentState) -> Bool {
        guard q > start, lexicon.isWord(state.keyOf(items[q]), .pluralPart) else { return false }
        // "أحياء المدينة كافة", "أحياء X كلها": the word of totality after the parts' place.
        if state.isArabic(items[q]), q + 2 < items.count, items[q + 1].isPlace, !items[q + 1].breakBefore, !items[q + 2].breakBefore,
           lexicon.isWord(state.keyOf(items[q + 2]), .postposedTotality) { return true }
        guard let total = items[start..<q].lastIndex(where: { lexicon.isWord(state.keyOf($0), .totalityWord) }) else { return false }
        // ("all districts of X except two", "جميع أحياء X باستثناء حيين".)
        let after = items[(q + 1)..<min(items.count, q + 4)]
        if after.contains(where: { $0.isCue(.exception) || ["but", "except", "save"].contains(state.keyOf($0)) }) { return false }
        return items[(total + 1)..<q].allSatisfy { it in
            if case .word(let w) = it.item {
                return !lexicon.isWord(w, .directionAdjective) && !lexicon.isWord(w, .directionModifier) && !["but", "except"].contains(w)
                    && !(state.isArabic(it) && lexicon.isWord(w, .objectMarker))
            }
            return !it.isCue(.exception)
        }
    }

    /// "وحدات من الجيش", "عناصر من الفصائل": the Arabic من at `j` right after a noun of fighters
    /// is partitive; the side after it is the one the fighters belong to.
    func isPartitive(_ items: [PositionedItem], _ j: Int, _ state: DocumentState) -> Bool {
        guard j > 0, case .cue(let c) = items[j].item, c.role == .from, !items[j].breakBefore else { return false }
        if state.isArabic(items[j]), case .actor(let a) = items[j - 1].item {
            // "سيطر مسلحون من تنظيم الدولة على X", "فصائل من المعارضة": a bare (indefinite) plural of
            // fighters, read as a side of its own, is a share of the side after من; with the article
            // ("استعادت الفصائل من داعش X") or as a name ("طردت القوات داعش من X") the side before
            // من is the one that lost the place.
            return items[j - 1].end - items[j - 1].start == 1 && !ArabicClitics.isDefinite(state.writtenKeyOf(items[j - 1]))
                && (a == "militants" || lexicon.isWord(state.keyOf(items[j - 1]), .forceNoun))
        }
        guard case .word(let w) = items[j - 1].item else { return false }
        // "ما تبقى من أحياء X": what was left of the place, not who lost it.
        // ("كل من X وY" is "both X and Y", a list.)
        if state.isArabic(items[j]) { return lexicon.isWord(w, .forceNoun) || lexicon.isWord(w, .totalityWord) && w != "كل" }
        // "Forces from the army and Federal Police liberated X": so is "from" after an English noun
        // of fighters.
        return state.keyOf(items[j]) == "from" && (lexicon.isWord(w, .forceNoun) || lexicon.isWord(w, .unnamedForce))
    }

    /// The names a copula or colon enumerates after `k` in the sentence.
    func enumeratedPlaces(_ items: [PositionedItem], after k: Int, state: DocumentState) -> [Int] {
        items[(k + 1)...].compactMap { it in
            guard case .place(let m) = it.item, state.input.resolutions[m].mention.isEnumerated, !state.excluded.contains(m) else { return nil }
            return m
        }
    }

    /// The place before a passive or a state and the names of the list it closes, if the tagger
    /// found one ("قرى X وY، باتت تحت سيطرة Z").
    func listEndingAt(_ last: Int, _ items: [PositionedItem], before k: Int, _ clause: Range<Int>, state: DocumentState) -> [Int] {
        // "The air base at X was besieged": the site is what the state is said of, not where it lies.
        if state.input.resolutions[last].mention.locatesSite, let q = itemIndex(ofPlace: last, in: items, clause.lowerBound..<k),
           q > clause.lowerBound, case .place(let site) = items[q - 1].item, state.input.resolutions[site].mention.isUnnamedSite {
            return listEndingAt(site, items, before: k, clause, state: state)
        }
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
    func joinedBefore(_ last: Int, _ items: [PositionedItem], before k: Int, _ clause: Range<Int>, state: DocumentState) -> [Int] {
        guard var q = itemIndex(ofPlace: last, in: items, clause.lowerBound..<k)
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
            if locativeOpening(items, before: p, clause) != nil { break }
            out.insert(m, at: 0)
            q = p
        }
        return out
    }

    /// "near the captured city of Idlib", "the occupied Golan Heights": an English participle
    /// between a determiner and a place is its adjective; who took the place, and when, the
    /// sentence does not say. ("The liberated villages include X" is left to the enumeration.)
    func describesNamedPlace(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        participleAfterDeterminer(items, k, state) && k + 1 < items.count && items[k + 1].isPlace && !items[k + 1].breakBefore
    }

    /// "the rebels' victory at the Siege of X", "a veteran of the Liberation of X": a noun of
    /// taking written with a capital inside a sentence is part of a battle's name, not a report
    /// of it; so is a heading that is the name alone ("Siege of X (2014-2017)", which names no
    /// side). A headline in title case capitalizes every word and says nothing by it.
    func namesABattle(_ items: [PositionedItem], _ k: Int, _ predicate: Predicate, _ state: DocumentState) -> Bool {
        guard predicate.voice == .nominal, !state.isArabic(items[k]), items[k].capitalized else { return false }
        let words = items.filter { if case .word = $0.item { return !state.isArabic($0) } else { return false } }
        guard words.filter({ !$0.capitalized }).count * 3 >= words.count else { return false }
        // After an opening quotation mark or a colon a capital starts a sentence.
        if k > 0, !items[k].punctuationBefore.contains(where: { "\"\u{201C}\u{00AB}:".contains($0) }) { return true }
        // ("The capture of X ..." opens a sentence with its article.)
        return !lexicon.isWord(state.keyOf(items[k]), .determiner)
            && !items.contains(where: \.isActor)
    }

    /// "the more secure region of Mosul", "a fully occupied building": a one-word English verb
    /// form after a determiner or a word of degree and before a common noun is that noun's
    /// adjective, no report of taking. ("The liberated villages include X", a participle after
    /// a determiner, is left to the enumeration.)
    func isAdjectiveBeforeNoun(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        guard !state.isArabic(items[k]), items[k].end - items[k].start == 1, k > 0, k + 1 < items.count,
              case .word(let before) = items[k - 1].item, lexicon.isWord(before, .degreeWord)
                || lexicon.isWord(before, .determiner) && !state.keyOf(items[k]).hasSuffix("ed"),
              case .word(let after) = items[k + 1].item, !items[k + 1].breakBefore,
              !lexicon.isWord(after, .objectMarker), !lexicon.isWord(after, .determiner), !lexicon.isWord(after, .adjunctOpener)
        else { return false }
        return !items[k + 1].capitalized
    }

    /// A one-word English participle right after a determiner: "the captured", "a besieged".
    func participleAfterDeterminer(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        guard !state.isArabic(items[k]), items[k].end - items[k].start == 1, state.keyOf(items[k]).hasSuffix("ed"), k > 0,
              case .word(let w) = items[k - 1].item else { return false }
        return lexicon.isWord(w, .determiner)
    }

    /// "the surrounding villages", "X and surrounding areas", "villages surrounding X": the
    /// participle describes where places lie, it reports no siege.
    func isAttributiveParticiple(_ items: [PositionedItem], _ k: Int, _ state: DocumentState) -> Bool {
        guard items[k].end - items[k].start == 1 else { return false }
        if state.isArabic(items[k]) {
            // "وصلت القوات إلى مدينة X المحاصرة": with the article, right after the place (or "the
            // city") it describes, "المحاصرة" is the adjective "besieged", not the noun
            // "besieging"; whose siege it is, the sentence does not say.
            return k > 0 && !items[k].breakBefore && state.hasArticle(items[k]) && (items[k - 1].isPlace || items[k - 1].isCue(.anaphor))
        }
        // "reached the besieged town of X", "shelled a besieged district": whose siege it is, the
        // sentence does not say; its subject is not the besieger.
        if participleAfterDeterminer(items, k, state) { return true }
        guard state.keyOf(items[k]).hasSuffix("ing") else { return false }
        if k > 0, case .word(let w) = items[k - 1].item, ["the", "and", "its"].contains(w) || lexicon.isWord(w, .areaNoun) { return true }
        if k + 1 < items.count, case .word(let w) = items[k + 1].item, lexicon.isWord(w, .areaNoun) { return true }
        // "the medieval wall surrounding X", "a ring road encircling X": a noun after a determiner
        // (and an adjective) that the participle follows is what lies around; fighters or
        // troops there are besiegers, and "are surrounding" is a verb.
        guard k > 1, case .word(let noun) = items[k - 1].item, !lexicon.isWord(noun, .auxiliary),
              !lexicon.isWord(noun, .unnamedForce) else { return false }
        if isDeterminer(items, k - 2) { return true }
        if k > 2, case .word = items[k - 2].item, !items[k - 1].breakBefore, isDeterminer(items, k - 3) { return true }
        return false
    }

    /// The thing's word right after the name or anaphor at `j` ("the Castello road", "the airport
    /// road"), unless the name is a possessor ("the town's supply lines").
    func thingAfter(_ items: [PositionedItem], _ j: Int, _ end: Int, _ state: DocumentState) -> ContextCue? {
        guard j + 1 < end, !items[j + 1].breakBefore, case .cue(let thing) = items[j + 1].item, thing.role == .object,
              !state.input.text.isPossessive(token: state.input.stream.words[items[j].end - 1].token) else { return nil }
        return thing
    }

    /// "Raqqa road", "the Aleppo highway" read as one facility: its last words are a thing's word
    /// of the lexicon (a road, supplies), not a site at the place.
    func endsInRoadWord(_ mention: ToponymMention, _ state: DocumentState) -> Bool {
        let end = max(mention.words.upperBound, mention.cueWords?.upperBound ?? 0)
        let first = min(mention.words.lowerBound, mention.cueWords?.lowerBound ?? .max)
        for q in stride(from: end - 1, to: first, by: -1) {
            if let thing = lexicon.cues.match(in: state.input.stream, at: q), thing.end == end {
                return thing.value.role == .object && thing.value.value != "site"
            }
        }
        return false
    }
}
