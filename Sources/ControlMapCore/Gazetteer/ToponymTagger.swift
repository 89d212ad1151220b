/// Finds place names in a text: the longest gazetteer name at each position, with the cue
/// words around it, plus unresolved mentions that only a cue reveals ("اللواء 137",
/// "the village of Hosh al-Fara").
public struct ToponymTagger: Sendable {
    public let gazetteer: Gazetteer
    public let cues: PlaceCues
    /// Phrases that are never places even if a gazetteer name matches them (actor names).
    public let blocked: PhraseIndex<Bool>
    /// Common words never taken for an unknown place after a cue.
    public let stopwords: Set<String>
    private let stopKeys: Set<ByteKey>
    /// Words of general text that a lone, uncued match naming only small places stands for
    /// ("أكثر" is "more", not the hamlet Aksar; "Capital" is no place).
    private let commonKeys: Set<ByteKey>
    /// Countries the map is about; a one-word name found only elsewhere is weak.
    public let focusCountries: Set<String>
    private let focusCodes: Gazetteer.CountryCodes
    /// Phrases that never start an unknown name (predicates and context words of the lexicon),
    /// with whether each refers back to a place named before ("المدينة").
    public let notNames: PhraseIndex<Bool>
    /// Words of direction ("غرب", "west"), as match keys: "قرى غرب أربيل" is villages west of Erbil.
    public let directionWords: Set<String>
    /// Arabic direction adjectives with the article ("الشرقي", "الشمالية"), as match keys.
    private let directionAdjectiveKeys: Set<ByteKey>
    /// Adjectives of a people, a faith or a nation ("التركمانية", "الكردية", "السورية"), as match
    /// keys without the article: after a name or a cue they describe the place, never name one.
    public let peopleAdjectives: Set<String>
    /// Words that head the transliterated name of a body of fighters ("Liwa", "Jaysh",
    /// "Harakat"), as match keys: "Liwa al-Aqsa" is a faction, never a place.
    public let factionHeads: Set<String>
    /// The English sites named by common nouns ("the main government building in X"), when the
    /// lexicon gives the words to read them.
    let unnamedSites: UnnamedSiteReader?

    public init(gazetteer: Gazetteer, cues: PlaceCues, blocked: PhraseIndex<Bool> = .init(), stopwords: Set<String> = [],
                commonWords: Set<String> = [], focusCountries: Set<String> = [], notNames: PhraseIndex<Bool> = .init(),
                directionWords: Set<String> = [], directionAdjectives: Set<String> = [], peopleAdjectives: Set<String> = [],
                factionHeads: Set<String> = [], unnamedSites: UnnamedSiteReader? = nil) {
        self.gazetteer = gazetteer
        self.cues = cues
        self.blocked = blocked
        self.stopwords = stopwords
        self.stopKeys = Set(stopwords.map(ByteKey.init))
        self.commonKeys = Set(commonWords.map(ByteKey.init))
        self.focusCountries = focusCountries
        self.focusCodes = Gazetteer.CountryCodes(focusCountries)
        self.notNames = notNames
        self.directionWords = directionWords
        self.directionAdjectiveKeys = Set(directionAdjectives.map(ByteKey.init))
        self.peopleAdjectives = peopleAdjectives
        self.factionHeads = factionHeads
        self.unnamedSites = unnamedSites
    }

    private static let ordinalSuffixes: Set<String> = ["th", "st", "nd", "rd"]
    private static let listJoiners: Set<String> = ["and", "\u{0648}", ",", "\u{060C}"]

    public func tag(_ text: AnalyzedText, stream: TokenStream) -> [ToponymMention] {
        let words = stream.words
        var out: [ToponymMention] = []
        var p = 0
        var pendingCue: (cue: PlaceCues.Cue, range: Range<Int>)?
        var listMode = false
        // A list that goes on after a singular cue ("قرية زيتان وبرنة") takes gazetteer names only.
        var namesOnly = false
        // Whether the pending cue's words already went to a mention (later list items share its kind only).
        var cueUsed = false
        var listCount = 0
        var currentList: Int?
        // A plural cue right before a region's cue ("قرى ريف X"), for the names after the region.
        var pluralBeforeRegion: (cue: PlaceCues.Cue, range: Range<Int>)?
        // Names given since the pending cue: a dual's list ends at two.
        var namedSinceCue = 0
        let titleCased = titleCasedSentences(text, stream)
        func listIsFull() -> Bool {
            pendingCue?.cue.maxItems.map { namedSinceCue >= $0 } ?? false
        }
        // After a full dual, the list goes on only with a cue of its own ("مدينتي X وY وقرية Z").
        func cueFollows(_ p: Int) -> Bool {
            let next = skipJoiner(text, stream, at: p)
            return next < words.count && agreeingCue(text, stream, at: next)?.value.before == true
        }
        func append(_ m: ToponymMention) {
            var m = m
            namedSinceCue += 1
            m.afterPreposition = readsThroughPreposition(text, stream, m)
            m.isEnumerated = enumerating && listMode
            if listMode {
                if currentList == nil { listCount += 1; currentList = listCount }
                m.listID = currentList
                // The first item, appended before the list was known, joins it too.
                if let last = out.indices.last, out[last].listID == nil, out[last].cue == m.cue, m.cueWords == nil,
                   out.count >= 1, listCount == currentList { out[last].listID = currentList }
            } else {
                currentList = nil
            }
            out.append(m)
        }
        var sentence = 0
        // The last plural cue of the sentence ("القرى"): a copula or colon later opens the list of its names.
        var sentencePlural: PlaceCues.Cue?
        // Where an enumeration was last opened: once, so a word that names nothing moves on.
        var enumerationAt = -1
        // Whether the list going on is such an enumeration.
        var enumerating = false
        while p < words.count {
            // A cue word ends with its sentence: a headline's last word ("... liberated town") does
            // not name the dateline that opens the body.
            if sentence + 1 < text.sentences.count, text.sentences[sentence].upperBound <= words[p].token {
                while sentence + 1 < text.sentences.count, text.sentences[sentence].upperBound <= words[p].token { sentence += 1 }
                pendingCue = nil
                listMode = false; namesOnly = false
                sentencePlural = nil
            }
            // "القرى التي سيطرت عليها القوات هي، X، Y، Z", "the villages are: X, Y": the names of the
            // villages follow the copula or the colon, known to the gazetteer or not.
            // The copula ends any list going on ("القرى التي ... في ريف إدلب هي، X، Y"), unless its
            // cue still waits for its first name ("أربعة أحياء هي X وY").
            if !enumerating, enumerationAt != p, pendingCue == nil || cueUsed, let plural = sentencePlural,
               opensEnumeration(text, stream, at: p) {
                enumerationAt = p
                pendingCue = (plural, p..<p)
                cueUsed = true
                listMode = true
                namesOnly = false
                enumerating = true
            }
            if !listMode { enumerating = false }
            if let noun = cues.enumerated.match(in: stream, at: p) { sentencePlural = noun.value }
            if let b = blocked.match(in: stream, at: p) {
                p = b.end
                pendingCue = nil
                listMode = false; namesOnly = false
                continue
            }
            if let end = factionNameEnd(text, stream, at: p) {
                p = end
                pendingCue = nil
                listMode = false; namesOnly = false
                continue
            }
            if text.tokens[words[p].token].isArabic, let phrase = notNames.match(in: stream, at: p), phrase.end - phrase.start >= 2,
               !(phrase.start..<phrase.end).contains(where: { cues.phrases.match(in: stream, at: $0) != nil }) {
                // "رفع العلم", "العلم السوري فوق": an Arabic phrase of the lexicon is no name, nor
                // are its words (the flag is no town al-Alam), unless a place cue stands in it ("في
                // ريف" leads to a name). English names are capitalized and stand inside cue
                // phrases ("the town of").
                p = phrase.end
                pendingCue = nil
                listMode = false; namesOnly = false
                continue
            }
            // "قرية آمرلي التركمانية", "القرى الكردية": the adjective describes the place or the
            // places of the cue; the cue still leads to the names that may follow.
            // (After an indefinite cue, "قرية التركمانية" is a village so named: an adjective
            // agrees with its noun in definiteness.)
            if isPeopleAdjective(text, stream, at: p),
               pendingCue.map({ c in !cueUsed && c.range.upperBound == p && isDefinite(text, stream, at: p - 1) }) ?? false
                || out.last?.words.upperBound == p {
                p += 1
                continue
            }
            // Quotes around the name ("بلدة «X»", "قرى (X)") keep the cue; other marks end it.
            if pendingCue != nil, words[p].breakBefore, !words[p].quotesOnlyBefore, !listMode { pendingCue = nil }
            let cueHere = agreeingCue(text, stream, at: p)
            // ("مبنى المحافظة" names a building by common words; "حاجز عسكري", "مبنى حكومي", both
            // indefinite, are a noun and its adjective.)
            if let c = pendingCue, !cueUsed, (c.cue.kind != .facility && c.cue.kind != .prison || !c.cue.hasArticle) && isAdjective(of: c.cue, text, stream, at: p)
                || isDirectionWord(text, stream, at: p) && isDirectionOfPlace(text, stream, at: p) {
                // "قرى جديدة" (new villages): an indefinite adjective agreeing with the cue, no name;
                // "أربع قرى غرب أربيل": villages west of Erbil, not a village called Gharb.
                pendingCue = nil
                listMode = false; namesOnly = false
                p += 1
                continue
            }
            if let place = matchPlace(stream, at: p, cued: pendingCue != nil),
               // "بريف حماة الجنوبي الشرقي": the second word of a compound direction is no name.
               !(place.end - place.start == 1 && isSecondDirection(text, stream, at: p)),
               !(cueHere.map { $0.value.before && $0.end - $0.start >= place.end - place.start } ?? false),
               // "قرية قصر الشاوي": a known "قرية قصر" followed by a word that lengthens the name
               // is the cue and an unknown name.
               !(cueHere.map { $0.value.before && text.tokens[words[p].token].isArabic && $0.end == place.end - 1 && place.end - place.start >= 2 }
                   ?? false && extendsArabicName(text, stream, at: place.end)),
               // "قرية خان طومان": a known "قرية خان" is the cue and the first word of a longer
               // known name that starts after the cue.
               !(cueHere.map { c in c.value.before && c.end > place.start && c.end < place.end
                   && (matchPlace(stream, at: c.end, cued: true)?.end ?? 0) > place.end } ?? false),
               // Right after a cue word a name carries no preposition: "مدن كبيرة" is big towns,
               // not towns of a hamlet "بيرة" read through ك.
               !((listMode || pendingCue != nil) && place.reading > 0 && !text.tokens[words[p].token].key.hasPrefix("\u{0648}")),
               !(listMode && place.reading > 1),
               // "قرى X وتلك القرى هي ...": a function word joined by و goes on with the sentence,
               // not with the list, though a hamlet bears its name ("قرية أكثر" right after its cue
               // still names one).
               !(place.end - place.start == 1 && joinedFunctionWord(text, stream, at: p) && !isQuotedAlone(text, stream, start: p, end: p + 1)),
               // "قرى حول دير الزور", "قرية قرب حلب": after a cue, a function word right before
               // another name or a direction is the preposition that locates the cue's places.
               !(place.end - place.start == 1 && prepositionBeforeName(text, stream, at: p)),
               !endsInPronounAfterHamza(place, text, stream),
               // "أحياء المدينة", "ريف البلدة": after a cue, the noun that refers back to a place
               // named before is no place of its own name (a city "المدينة" in Iraq, a village
               // "البلدة" in Iran).
               // (Written with the article: "حيان" is a village, "الحيان" the two districts.)
               !(pendingCue != nil && ArabicClitics.isDefinite(text.tokens[words[p].token].key)
                 && notNames.match(in: stream, at: p).map { $0.value && $0.end == place.end } == true),
               // "مدينة الرقة، أبرز معاقل التنظيم": after a comma that only may go on with a list, a
               // common word (most prominent) is not the next name.
               !((pendingCue == nil || namesOnly && words[p].breakBefore) && isCommonWord(place, text, stream)
                 // "سيطر على "خطاب" و"معردس"": quotation marks around the word alone make it a name.
                 && !isQuotedAlone(text, stream, start: place.start, end: place.end)),
               // "درعا البلد" (Daraa's old town): a common word right after a name, nothing
               // between, qualifies that name, however large a town elsewhere bears the word.
               !(place.end - place.start == 1 && out.last?.words.upperBound == p && !words[p].breakBefore
                 && text.tokens[words[p].token].isArabic && !text.tokens[words[p].token].key.hasPrefix("\u{0648}")
                 && readsAsCommonWord(place, stream)
                 && !isQuotedAlone(text, stream, start: place.start, end: place.end)) {
                if let c = pendingCue, !cueUsed, c.range.upperBound == place.start,
                   Self.isNoUnitName(text.tokens[words[place.start].token], after: c.cue) {
                    // "اللواء خالد", "فرقة حمزة": a known name right after the unit word is a
                    // general's or a faction's, not a place (see unknownName).
                    pendingCue = nil
                    p = place.end
                    continue
                }
                var m = makeMention(text, stream, place.start..<place.end, candidates: place.value.places, reading: place.reading)
                var matchEnd = place.end
                // "حلب الشرقية", "أحياء الموصل القديمة", "ريف حلب الشمالي": an adjective after a city
                // a war divides names its part (or its countryside's side), unless a singular cue
                // names a place of its own ("حي حلب الجديدة", a district).
                let namesPartOfDividedCity = place.end < words.count && Self.arabicNameAdjectiveKeys.contains(words[place.end].inner)
                    && (pendingCue.map { $0.cue.plural || $0.cue.kind == .region } ?? true) && isDividedCity(place, text, stream)
                // ("قرية الشريعة الجنوبية": a known name that begins with a cue word, too.)
                if place.end - place.start == 1 || cueHere.map({ $0.value.before && $0.start == place.start }) ?? false,
                   place.end < words.count, !words[place.end].breakBefore,
                   text.tokens[words[place.start].token].isArabic,
                   Self.arabicNameAdjectiveKeys.contains(words[place.end].inner) && !isDirectionOfPlace(text, stream, at: place.end)
                    // (A name is definite, so is its adjective: "الموصل كبرى مدن" is Mosul and a
                    // superlative, "largest of the cities".)
                    && text.tokens[words[place.end].token].key.hasPrefix("\u{0627}\u{0644}")
                    // ("حلب الشرقية", "الموصل القديمة": a city a war divides is named by its parts;
                    // the part is of the city, not another town; see below.)
                    && !namesPartOfDividedCity
                    || (pendingCue.map { extendsArabicName(text, stream, at: place.end, commonWordsDescribe: $0.cue.kind.isSite || !isMinorOnly(place)) } ?? false)
                        // ("أحياء الموصل القديمة": after a plural cue the adjective names the city's
                        // part; "حي حلب الجديدة" is one district's name.)
                        && !(pendingCue?.cue.plural == true && namesPartOfDividedCity) {
                    // "سرجة الشرقية" is East Sarja, not Sarja: a name the gazetteer lacks.
                    m = makeMention(text, stream, place.start..<(place.end + 1), candidates: [], reading: place.reading)
                    matchEnd = place.end + 1
                }
                if matchEnd == place.end, namesPartOfDividedCity, !words[place.end].breakBefore,
                   text.tokens[words[place.start].token].isArabic, !isDirectionOfPlace(text, stream, at: place.end),
                   text.tokens[words[place.end].token].key.hasPrefix("\u{0627}\u{0644}") {
                    // "حلب الشرقية", "ريف حلب الشمالي": the adjective qualifies the city (its part,
                    // its countryside's side); the name stays the city's and the word no place.
                    matchEnd = place.end + 1
                }
                if matchEnd == place.end, place.end < words.count, !words[place.end].breakBefore,
                   let after = cues.phrases.match(in: stream, at: place.end), after.value.after,
                   after.value.kind.isSite || [.island, .mountain].contains(after.value.kind),
                   !place.value.places.contains(where: { ToponymResolver.fit(cue: after.value.kind, kind: gazetteer.kind($0)) > 0 }) {
                    // "Sakr Island" when only a village Sakr is known, "Baiji refinery": the island
                    // or the site is another place than the town it is named after.
                    m = makeMention(text, stream, place.start..<after.end, candidates: [], reading: place.reading)
                    m.cue = after.value.kind
                    m.namedAfter = place.value.places
                    matchEnd = after.end
                }
                var namedThingWithoutSite = false
                if matchEnd == place.end, !text.tokens[words[place.start].token].isArabic, !isWeak(place, text, stream),
                   let thing = namedThingEnd(text, stream, after: place.end) {
                    // "the Mosul General Hospital", "Ramadi Great Mosque", "the Manbij Military
                    // Council": capitalized words after the town's name make the name of something
                    // named after it, which the gazetteer lacks; taking it is not taking the town.
                    m = makeMention(text, stream, place.start..<thing.end, candidates: [], reading: place.reading)
                    if let site = thing.site { m.cue = site; m.namedAfter = place.value.places }
                    matchEnd = thing.end
                    // Without a site word it may as well be a person ("Ibrahim Binici") or a body:
                    // good only as the direct object of a predicate, never what "the town" refers to.
                    namedThingWithoutSite = thing.site == nil
                }
                if matchEnd == place.end, let quoted = quotedNameEnd(text, stream, start: place.start, end: place.end) {
                    // "قرية "حديد غرب"": the quotes hold the whole name, a place the gazetteer lacks.
                    m = makeMention(text, stream, place.start..<quoted, candidates: [], reading: place.reading)
                    matchEnd = quoted
                }
                if matchEnd == place.end, listMode, text.tokens[words[place.start].token].isArabic,
                   extendsListItem(text, stream, at: place.end) {
                    // "قرى حسن الورد وكاني سور": inside a list, a word with the article right before
                    // the next item is the rest of this item's name, as it is after an unknown head.
                    m = makeMention(text, stream, place.start..<(place.end + 1), candidates: [], reading: place.reading)
                    matchEnd = place.end + 1
                }
                if matchEnd == place.end, !place.value.places.isEmpty, text.tokens[words[place.start].token].isArabic,
                   let cue = cueHere, cue.value.before, cue.value.kind.isSite, cue.start == place.start, cue.end < place.end {
                    // "مطار كويرس العسكري": a known site named with its noun, as written.
                    describeSite(&m, text, stream)
                }
                var fragment = false
                if matchEnd == place.end,
                   place.end - place.start == 1 || pendingCue != nil && text.tokens[words[place.start].token].isArabic
                    || endsInNameHead(place, text, stream),
                   let longer = nameFragmentEnd(text, stream, match: place, cued: pendingCue != nil) {
                    // "Kafr Mousa", "خربة هويش": the word heads a longer name the gazetteer lacks.
                    m = makeMention(text, stream, place.start..<longer, candidates: [], reading: place.reading)
                    matchEnd = longer
                    fragment = true
                    if listMode, extendsListItem(text, stream, at: longer) {
                        // "قرى الشيخ سامي البلداغ والربيضة": the article word before the next item
                        // ends this name too.
                        m = makeMention(text, stream, place.start..<(longer + 1), candidates: [], reading: place.reading)
                        matchEnd = longer + 1
                    }
                }
                if let c = pendingCue, !cueUsed, Self.cueIsPartOfName.contains(c.cue.kind), matchEnd == place.end,
                   !place.value.places.contains(where: { ToponymResolver.fit(cue: c.cue.kind, kind: gazetteer.kind($0)) > 0 }) {
                    if text.tokens[words[place.start].token].isArabic, c.range.upperBound == place.start,
                       isDefinite(text, stream, at: place.start - 1), !isDefinite(text, stream, at: place.start) {
                        // "المجمع أصبح تحت سيطرة": a noun with the article heads no construct; the word
                        // after it (a verb, here also a hamlet's name) starts the next phrase.
                        pendingCue = nil
                        listMode = false
                        namesOnly = false
                        p = place.end
                        continue
                    }
                    // "معمل السكر" (the sugar factory) is not a village called Sukkar.
                    m = makeMention(text, stream, c.range.lowerBound..<place.end, candidates: [], reading: conjunctionBefore(c.range, text, stream, inList: listMode))
                    m.words = place.start..<place.end
                    describeSite(&m, text, stream)
                }
                m.isWeak = pendingCue == nil && (fragment || namedThingWithoutSite || isWeak(place, text, stream))
                m.isForeign = !fragment && m.isWeak && isForeign(place)
                if let c = pendingCue, c.cue.plural, c.cue.kind == .neighbourhood, !cueUsed, c.range.upperBound == place.start,
                   isDividedCity(place, text, stream) || !text.tokens[words[place.start].token].isArabic && isTown(place) {
                    // "أحياء حلب", "الأحياء الشرقية ... أحياء الموصل": the neighbourhoods of a city are
                    // part of the city, no neighbourhood named after it. So are "the districts of
                    // Tal Afar" of any town; "the districts of X and Y" names them when no town is X.
                    pendingCue = nil
                    listMode = false; namesOnly = false
                } else if let c = pendingCue {
                    m.cue = c.cue.kind
                    // Later items of a list share the cue's kind, not its words.
                    if !cueUsed { m.cueWords = c.range; cueUsed = true }
                } else if matchEnd == place.end, let after = cues.phrases.match(in: stream, at: place.end), after.value.after,
                          !words[place.end].breakBefore,
                          // "the Idlib town of Saraqib": a settlement cue before "of" is the next name's
                          // ("the Homs district of Baba Amr" is read with the district's unit words).
                          after.end >= words.count || words[after.end].innerKey != "of"
                            || ![.village, .town, .city].contains(after.value.kind) {
                    m.cue = after.value.kind
                    m.cueWords = after.start..<after.end
                    // "Saad village": the cue says the lone word is a place here, as one before it
                    // does; which place, the resolver decides (a namesake abroad stays unresolved).
                    if !after.value.kind.isSite, after.value.kind != .region { m.isWeak = false; m.isForeign = false }
                }
                append(m)
                p = matchEnd
                if let outer = pluralBeforeRegion, m.cue == .region {
                    // The countryside is named; gazetteer names right after it are the villages.
                    pluralBeforeRegion = nil
                    if p < words.count, !words[p].breakBefore || words[p].quotesOnlyBefore {
                        pendingCue = outer
                        cueUsed = false
                        listMode = true
                        namesOnly = true
                        namedSinceCue = 0
                        continue
                    }
                }
                pluralBeforeRegion = nil
                if pendingCue != nil, !listMode, continuesList(text, stream, at: p), text.tokens[words[place.start].token].isArabic {
                    // "قرية زيتان وبرنة": a list after a cued name goes on with the same cue.
                    listMode = true
                    namesOnly = true
                }
                if listMode, continuesList(text, stream, at: p), !listIsFull() || cueFollows(p) { p = skipJoiner(text, stream, at: p); continue }
                pendingCue = nil
                listMode = false
                namesOnly = false
                continue
            }
            // A number followed by an ordinal and a cue: "17th Division", "137 Brigade". Units
            // and their bases are numbered; a number before "square" or "building" is a measure
            // or a count ("200 square kilometers").
            if text.tokens[words[p].token].kind == .number {
                var q = p + 1
                if q < words.count, Self.ordinalSuffixes.contains(words[q].innerKey) { q += 1 }
                if q < words.count, let after = cues.phrases.match(in: stream, at: q), after.value.after,
                   Self.numberedKinds.contains(after.value.kind) {
                    // "the Brigade 82 military base": the unit word right before the number is
                    // part of the site's name, as it is in "اللواء 82".
                    let unitCue = pendingCue.flatMap { c in
                        [.brigade, .division].contains(c.cue.kind) && c.range.upperBound == p ? c.range.lowerBound : nil
                    }
                    var m = makeMention(text, stream, (unitCue ?? p)..<after.end, candidates: [], reading: 0)
                    m.cue = after.value.kind
                    m.cueWords = after.start..<after.end
                    out.append(m)
                    p = after.end
                    pendingCue = nil
                    continue
                }
            }
            if let c = pendingCue, !(listMode && cueHere?.value.before == true) {
                if !namesOnly, var unknown = unknownName(text, stream, at: p, cue: c.cue, inList: listMode) ?? quotedName(text, stream, at: p) {
                    if let quoted = quotedNameEnd(text, stream, start: unknown.lowerBound, end: unknown.upperBound) {
                        unknown = unknown.lowerBound..<quoted
                    }
                    var m = makeMention(text, stream, unknown, candidates: [], reading: 0)
                    if text.tokens[words[p].token].kind == .number || (Self.cueIsPartOfName.contains(c.cue.kind) && !cueUsed) {
                        // "اللواء 137", "تل التباريز", "سد تشرين": the cue is part of the name.
                        m = makeMention(text, stream, c.range.lowerBound..<unknown.upperBound, candidates: [],
                                        reading: conjunctionBefore(c.range, text, stream, inList: listMode))
                        m.words = unknown
                        if c.cue.kind.isSite { describeSite(&m, text, stream) }
                    } else if text.tokens[words[p].token].isArabic, listMode,
                              text.tokens[words[p].token].key.hasPrefix("\u{0648}"), words[p].firstKeys.count > 1 {
                        // "وسردة" in a list: the conjunction is not part of the name.
                        m = makeMention(text, stream, unknown, candidates: [], reading: 1)
                    }
                    m.cue = c.cue.kind
                    if !cueUsed { m.cueWords = c.range; cueUsed = true }
                    append(m)
                    p = unknown.upperBound
                    if listMode, continuesList(text, stream, at: p), !listIsFull() || cueFollows(p) { p = skipJoiner(text, stream, at: p); continue }
                }
                pendingCue = nil
                listMode = false
                namesOnly = false
                continue
            }
            if let c = cueHere, c.value.before {
                if c.value.plural { sentencePlural = c.value }
                // "قرى ريف حلب الشمالي عندان وكفرحمرة": the villages' names may follow the
                // countryside they lie in; the plural cue waits for them.
                if c.value.kind == .region, let outer = pendingCue, outer.cue.plural, !cueUsed, outer.range.upperBound == c.start,
                   [.village, .town, .city, .neighbourhood].contains(outer.cue.kind) {
                    pluralBeforeRegion = outer
                }
                var end = c.end
                if end < words.count, words[end].innerKey == "of", !words[end].breakBefore { end += 1 }
                // Inside a list ("قرى حوير العيس وتل التباريز"), a cue word starts the next item.
                let continuing = listMode && pendingCue != nil
                // A cue that opens a list of its own opens a new list ("قريتي X وY، ولقربها من
                // بلدتي Z وW": two duals, two lists).
                if !continuing { namedSinceCue = 0; currentList = nil }
                pendingCue = (c.value, c.start..<c.end)
                cueUsed = false
                listMode = c.value.plural || continuing
                namesOnly = false
                // Brackets right after the cue hold the first name ("قرى (X) و(Y)"), not an aside.
                p = listMode ? skipInsideList(text, stream, at: end, brackets: false) : end
                continue
            }
            // Capitalized Latin words that match nothing ("Baghouz", "al-Rai", "Albu Mafraj") may be a
            // place the gazetteer lacks: kept as a weak unresolved mention, used only as an event's object.
            if let unknown = unknownProperName(text, stream, at: p) {
                var m = makeMention(text, stream, unknown, candidates: [], reading: 0)
                if unknown.upperBound < words.count, !words[unknown.upperBound].breakBefore,
                   let after = cues.phrases.match(in: stream, at: unknown.upperBound), after.value.after,
                   unknown.lowerBound == 0 || !["a", "an"].contains(words[unknown.lowerBound - 1].innerKey) {
                    let ofFollows = after.end < words.count && words[after.end].innerKey == "of"
                    if after.value.kind.isSite, !ofFollows {
                        // "the Shaer gas field", "the Zeyzoun power station": the site noun is part of
                        // the name and says it names a site, as it does after a known town ("Baiji
                        // refinery"); the site is the place, whatever its first word.
                        m = makeMention(text, stream, unknown.lowerBound..<after.end, candidates: [], reading: 0)
                        m.cue = after.value.kind
                        out.append(m)
                        p = after.end
                        continue
                    }
                    if !after.value.kind.isSite, !ofFollows || locatesNeighbourhood(after, stream) {
                        // "al-Saad village", "Kafr Musa town": the cue after it says it is a place ("the
                        // Turkmen town of Amerli" is a cue before a name, "a Turkmen town" a description).
                        m.cue = after.value.kind
                        m.cueWords = after.start..<after.end
                        out.append(m)
                        p = after.end
                        continue
                    }
                }
                // In a headline only a cue says that a capitalized word is a name.
                if !Self.isInTitleCased(titleCased, text, token: words[p].token) {
                    m.isWeak = true
                    out.append(m)
                }
                p = unknown.upperBound
                continue
            }
            p += 1
        }
        let found = withKindAfterList(withNamesBetweenListedNames(out, text, stream, titleCased: titleCased), text, stream)
        return unnamedSites?.read(text, stream, found: found) { m in
            m.cue?.isSite == true || m.candidates.contains { gazetteer.kind($0).isSite }
        } ?? found
    }

    /// The sentences written in title case ("Regime Kills Civilians Fleeing Besieged
    /// Neighborhoods"): a headline's capitals are its style, so in them a capitalized word the
    /// gazetteer lacks names no place. A sentence counts when, after its first word, every word
    /// of four letters or more is capitalized but function words ("against", "with"), at least
    /// four are, and two of those are common words (a list of names is no headline).
    private func titleCasedSentences(_ text: AnalyzedText, _ stream: TokenStream) -> Set<Int> {
        var out: Set<Int> = []
        var sentence = -1, capitalized = 0, capitalizedCommon = 0, lowercase = false
        func close() {
            if sentence >= 0, !lowercase, capitalized >= 4, capitalizedCommon >= 2 { out.insert(sentence) }
        }
        // Words come in text order: the sentence index only moves forward.
        var s = 0
        for w in stream.words {
            while s + 1 < text.sentences.count, text.sentences[s].upperBound <= w.token { s += 1 }
            let first = s != sentence
            if first {
                close()
                sentence = s
                capitalized = 0; capitalizedCommon = 0; lowercase = false
            }
            let t = text.tokens[w.token]
            guard !first, !lowercase, t.kind == .word, !t.isArabic, t.end - t.start >= 4 else { continue }
            guard t.isCapitalized else {
                if !isStopword(w.inner) { lowercase = true }
                continue
            }
            capitalized += 1
            if commonKeys.contains(w.inner) { capitalizedCommon += 1 }
        }
        close()
        return out
    }

    private static func isInTitleCased(_ titleCased: Set<Int>, _ text: AnalyzedText, token: Int) -> Bool {
        !titleCased.isEmpty && titleCased.contains(text.sentenceIndex(ofToken: token))
    }

    /// "in the Hama, Idlib and Aleppo regions", "the Raqqa and Deir ez-Zor provinces": a plural
    /// noun of a kind right after names joined by commas and "and" gives each of them that kind
    /// (the noun's words go to the last). A noun that may also name a village's surroundings
    /// ("regions") does so only when the gazetteer knows every name as one of that kind; one that
    /// after a single name names its parts ("neighbourhoods") only after two names or more.
    private func withKindAfterList(_ found: [ToponymMention], _ text: AnalyzedText, _ stream: TokenStream) -> [ToponymMention] {
        var out = found
        for i in out.indices {
            let end = out[i].words.upperBound
            guard out[i].cue == nil, end < stream.words.count, !stream.words[end].breakBefore else { continue }
            let always = cues.pluralAfter.match(in: stream, at: end)
            let known = cues.pluralAfterKnown.match(in: stream, at: end)
            guard let noun = always ?? known ?? cues.pluralAfterList.match(in: stream, at: end) else { continue }
            var first = i
            while first > 0, out[first - 1].cue == nil, isJoinedInList(out[first - 1], out[first], text, stream) { first -= 1 }
            if always == nil, known != nil, !out[first...i].allSatisfy({ m in m.candidates.contains { gazetteer.kind($0) == noun.value.kind } }) { continue }
            if always == nil, known == nil, first == i { continue }
            for j in first...i { out[j].cue = noun.value.kind }
            out[i].cueWords = noun.start..<noun.end
        }
        return out
    }

    /// Whether only commas and "and" (or "و") stand between two names.
    private func isJoinedInList(_ a: ToponymMention, _ b: ToponymMention, _ text: AnalyzedText, _ stream: TokenStream) -> Bool {
        guard a.words.upperBound <= b.words.lowerBound, b.words.lowerBound < stream.words.count, a.words.upperBound > 0 else { return false }
        let from = stream.words[a.words.upperBound - 1].token + 1, to = stream.words[b.words.lowerBound].token
        guard from < to else { return false }
        return (from..<to).allSatisfy { Self.listJoiners.contains(text.tokens[$0].key) }
    }

    /// "captured Morek, Latamneh and Kafr Zita": a capitalized Latin name the gazetteer does not
    /// know as written, standing between two names of one list (after a comma, before "and" or a
    /// comma), is one more item; kept unresolved, for the resolver to spell.
    private func withNamesBetweenListedNames(_ found: [ToponymMention], _ text: AnalyzedText, _ stream: TokenStream,
                                             titleCased: Set<Int>) -> [ToponymMention] {
        guard found.count > 1 else { return found }
        let words = stream.words
        var out = [found[0]]
        for next in found.dropFirst() {
            defer { out.append(next) }
            let before = out[out.count - 1]
            let gap = before.words.upperBound..<next.words.lowerBound
            guard (1...3).contains(gap.count), marks(text, stream, before: gap.lowerBound) == [","],
                  !text.tokens[words[before.words.upperBound - 1].token].isArabic,
                  !Self.isInTitleCased(titleCased, text, token: words[gap.lowerBound].token) else { continue }
            // The name, then "and" (or a comma) right before the next listed name.
            var nameEnd = gap.upperBound
            // (", and": the serial comma before the last item.)
            if words[gap.upperBound - 1].innerKey == "and",
               !words[gap.upperBound - 1].breakBefore || marks(text, stream, before: gap.upperBound - 1) == [","] {
                nameEnd -= 1
            } else if marks(text, stream, before: gap.upperBound).first != "," {
                continue
            }
            let name = gap.lowerBound..<nameEnd
            guard !name.isEmpty, name.count <= 2, name.allSatisfy({ q in
                let t = text.tokens[words[q].token]
                return t.kind == .word && !t.isArabic && words[q].isCapitalized && !isStopword(words[q].inner)
                    && (q == name.lowerBound || !words[q].breakBefore) && cues.phrases.match(in: stream, at: q) == nil
            }) else { continue }
            var m = makeMention(text, stream, name, candidates: [], reading: 0)
            m.isWeak = true
            out.append(m)
        }
        return out
    }

    /// Where the name of a faction that starts at `p` ends ("Liwa al-Aqsa", "Jaysh al-Izza"): a
    /// capitalized head word for a body of fighters and the capitalized words after it. None of
    /// its words names a place.
    private func factionNameEnd(_ text: AnalyzedText, _ stream: TokenStream, at p: Int) -> Int? {
        let words = stream.words
        let head = text.tokens[words[p].token]
        guard !head.isArabic, head.isCapitalized, factionHeads.contains(words[p].innerKey), p + 1 < words.count,
              !words[p + 1].breakBefore, text.tokens[words[p + 1].token].isCapitalized else { return nil }
        var end = p + 1
        while end < words.count, end - p < 5, !words[end].breakBefore, text.tokens[words[end].token].isCapitalized { end += 1 }
        return end
    }

    private func unknownProperName(_ text: AnalyzedText, _ stream: TokenStream, at p: Int) -> Range<Int>? {
        let words = stream.words
        func proper(_ q: Int) -> Bool {
            let w = words[q]
            let t = text.tokens[w.token]
            return t.kind == .word && !t.isArabic && t.isCapitalized && !isStopword(w.inner)
                && blocked.match(in: stream, at: q) == nil && cues.phrases.match(in: stream, at: q) == nil
                && notNames.match(in: stream, at: q) == nil && t.end - t.start > 2 && !isAcronym(t)
        }
        // "the SMC", "ISF positions": an unknown word in capitals is a body's initials, no place.
        func isAcronym(_ t: Token) -> Bool {
            text.scalars[t.start..<t.end].allSatisfy { $0.properties.isUppercase }
        }
        guard proper(p) else { return nil }
        // Sentence-initial capitals say nothing: require a second capitalized word or an article.
        var end = p + 1
        while end < words.count, end - p < 3, !words[end].breakBefore, !text.isPossessive(token: words[end - 1].token), proper(end) { end += 1 }
        // "General Command", "Operations": capitalized common words name no place.
        if (p..<end).allSatisfy({ commonKeys.contains(words[$0].inner) }) { return nil }
        let afterPunctuation = words[p].breakBefore || p == 0
        if afterPunctuation && words[p].articleToken == nil && end - p == 1 { return nil }
        // "Following Tell Abyad's capture": a common word capitalized only because it opens the
        // sentence is no part of the name after it (which may well be known).
        // (After a comma a common word may open a name: "X, Khan Shaykhun".)
        let token = words[p].token
        let opensSentence = token == 0 || text.tokens[token - 1].kind == .punctuation && ".!?".unicodeScalars.contains(text.scalars[text.tokens[token - 1].start])
        if opensSentence && words[p].articleToken == nil && commonKeys.contains(words[p].inner) { return nil }
        // "Sakr Island", "Qandil Mountains": the feature word belongs to the name.
        if end < words.count, !words[end].breakBefore, text.tokens[words[end].token].isCapitalized,
           let after = cues.phrases.match(in: stream, at: end), after.value.after,
           [.island, .mountain, .hill, .dam, .crossing].contains(after.value.kind) {
            end = after.end
        }
        return p..<end
    }

    /// Whether the mention's first word matched with a preposition peeled off it: ب, ل or ك
    /// among the proclitics that the matching reading dropped ("وبمدينة", "لريف"; not "والرقة").
    private func readsThroughPreposition(_ text: AnalyzedText, _ stream: TokenStream, _ m: ToponymMention) -> Bool {
        let p = m.span.lowerBound
        let token = text.tokens[stream.words[p].token]
        guard token.isArabic, stream.words[p].firstKeys.count > 1,
              ArabicClitics.peeled(token.key, reading: 2, anyOf: ArabicClitics.prepositions) else { return false }
        let reading = m.cueWords?.lowerBound == p
            ? agreeingCue(text, stream, at: p)?.reading
            : matchPlace(stream, at: p, cued: m.cue != nil)?.reading
        return reading.map { ArabicClitics.peeled(token.key, reading: $0, anyOf: ArabicClitics.prepositions) } ?? false
    }

    /// The cue at `p` whose article agrees with the text. "قرى" and "القرى" fold to one key, so
    /// when the first entry found disagrees, the other spelling's entry is tried.
    private func agreeingCue(_ text: AnalyzedText, _ stream: TokenStream, at p: Int) -> PhraseIndex<PlaceCues.Cue>.Match? {
        guard let first = cues.phrases.match(in: stream, at: p) else { return nil }
        if articleAgrees(first, text, stream) { return first }
        guard text.tokens[stream.words[p].token].isArabic,
              let other = cues.phrases.match(in: stream, at: p, accept: { $0.hasArticle != first.value.hasArticle }) else { return nil }
        return articleAgrees(other, text, stream) ? other : nil
    }

    /// A cue spelled with the article matches only text with the article, and the reverse.
    private func articleAgrees(_ m: PhraseIndex<PlaceCues.Cue>.Match, _ text: AnalyzedText, _ stream: TokenStream) -> Bool {
        let w = stream.words[m.start]
        let tok = text.tokens[w.token]
        guard tok.isArabic else { return true }
        let key = w.firstKeys.count > m.reading ? rawReading(tok.key, m.reading) : tok.key
        return key.hasPrefix("\u{0627}\u{0644}") == m.value.hasArticle
    }

    /// The word with `reading` proclitics peeled but the article kept.
    private func rawReading(_ key: String, _ reading: Int) -> String {
        guard reading > 0 else { return key }
        if key.hasPrefix("\u{0644}\u{0644}") { return "\u{0627}" + String(key.unicodeScalars.dropFirst(1)) }
        return String(String.UnicodeScalarView(key.unicodeScalars.dropFirst(reading)))
    }

    /// One uncued word that general text uses often and that only small places bear: the word,
    /// not a place ("تحت", "أكثر", "Mon"). Cities, sites and places of 10,000 people and more
    /// keep their name ("الباب", "Hit").
    private func isCommonWord(_ m: Gazetteer.Match, _ text: AnalyzedText, _ stream: TokenStream) -> Bool {
        guard m.end - m.start == 1, !commonKeys.isEmpty, readsAsCommonWord(m, stream) else { return false }
        return isMinorOnly(m) || headsConstruct(m, text, stream)
    }

    /// A common word without the article right before a definite noun heads a construct of two
    /// nouns ("دور المملكة", the kingdom's role), whatever the size of the town that bears the
    /// word, when the town's name is written with the article ("الدور"): the name would keep it.
    /// (Hamlets of the bare word are common words anyway.)
    private func headsConstruct(_ m: Gazetteer.Match, _ text: AnalyzedText, _ stream: TokenStream) -> Bool {
        let token = text.tokens[stream.words[m.start].token]
        guard token.isArabic, !ArabicClitics.isDefinite(token.key), m.end < stream.words.count else { return false }
        let next = stream.words[m.end]
        let nextKey = text.tokens[next.token].key
        // (A noun of three letters or more after the article: not "التي", "الذي", nor "إلى" folded.)
        guard !next.breakBefore, text.tokens[next.token].isArabic, nextKey.hasPrefix("\u{0627}\u{0644}"),
              nextKey.unicodeScalars.count >= 5, !Self.arabicClauseWords.contains(nextKey),
              !Self.arabicNameAdjectiveKeys.contains(next.inner), !isDirectionOfPlace(text, stream, at: m.end) else { return false }
        // (The names are decoded last, and only for the places that are no hamlet.)
        return m.value.places.allSatisfy { isMinor($0) || gazetteer.nameAr($0)?.hasPrefix("\u{0627}\u{0644}") ?? false }
    }

    /// "حلفائه" (his allies), "أعدائه": a word written with ئ before a final ه is a noun with its
    /// pronoun. Folded, it spells a name that ends in ية ("الحلفاية"), which a text writes so.
    private func endsInPronounAfterHamza(_ m: Gazetteer.Match, _ text: AnalyzedText, _ stream: TokenStream) -> Bool {
        let t = stream.words[m.end - 1].token
        return text.tokens[t].isArabic && text.endsWritten(token: t, with: ["\u{0626}", "\u{0647}"])
    }

    /// The matched word, in one of its readings down to the matched one, is a common word:
    /// "كبيرة" (big) is a word before it is ك + a hamlet "بيرة", "وبحيرة" (and a lake) before
    /// it is و + ب + "حيرة".
    private func readsAsCommonWord(_ m: Gazetteer.Match, _ stream: TokenStream) -> Bool {
        let word = stream.words[m.start]
        let deepest = min(m.reading, word.firstKeys.count - 1)
        return (0...deepest).contains(where: { commonKeys.contains(word.firstKeys.key($0)) }) || commonKeys.contains(word.inner)
    }

    /// A common word, or a nisba adjective whose feminine is one ("الحدودي" as "الحدودية").
    private func isCommonWordOrNisba(_ key: String) -> Bool {
        commonKeys.contains(ByteKey(key)) || key.hasSuffix("\u{064A}") && commonKeys.contains(ByteKey(key + "\u{0647}"))
    }

    /// Only small places bear the name. With `seatsCount`, the seat of a district or
    /// sub-district (a town by kind, where GeoNames often gives no population) is no small place.
    private func isMinorOnly(_ m: Gazetteer.Match, seatsCount: Bool = false) -> Bool {
        m.value.places.allSatisfy { isMinor($0, seatsCount: seatsCount) }
    }

    private func isMinor(_ i: Int32, seatsCount: Bool = false) -> Bool {
        // A namesake abroad the resolver would not put on the map ("البيرة" in Palestine) does
        // not make the word a name here.
        if !focusCountries.isEmpty, !gazetteer.isIn(i, focusCodes) {
            return gazetteer.population(i) < ToponymResolver.foreignCityPopulation
        }
        let kind = gazetteer.kind(i)
        if seatsCount && kind == .town { return false }
        return !kind.isSite && kind != .city && gazetteer.population(i) < 10_000
    }

    private func isForeign(_ m: Gazetteer.Match) -> Bool {
        !focusCountries.isEmpty && m.value.places.allSatisfy { !gazetteer.isIn($0, focusCodes) }
    }

    /// A name that is as likely a common word as a place: one Arabic word that only places
    /// of under 10,000 people bear, or one word naming only places outside the focus countries
    /// ("القدس" is a newspaper before it is Jerusalem on a map of Syria). The seat of a district
    /// or sub-district ("مسكنة", "صلخد") is a name news writes bare, unless it is also a word of
    /// general Arabic ("التل", the hill).
    private func isWeak(_ m: Gazetteer.Match, _ text: AnalyzedText, _ stream: TokenStream) -> Bool {
        guard m.end - m.start == 1 else { return false }
        if isForeign(m) { return true }
        guard text.tokens[stream.words[m.start].token].isArabic else { return false }
        return isMinorOnly(m, seatsCount: !readsAsCommonWord(m, stream)) && !isJoinedSpelling(m, stream)
    }

    /// One word that spells a place's name of two words joined ("كفرنبودة" for كفر نبودة): the
    /// join makes a word no dictionary has, so it cannot be a common word, however small the
    /// village.
    private func isJoinedSpelling(_ m: Gazetteer.Match, _ stream: TokenStream) -> Bool {
        let read = stream.words[m.start].firstKeys[m.reading]
        return m.value.places.contains { i in
            guard let arabic = gazetteer.nameAr(i), arabic.contains(" ") else { return false }
            let keys = NameKey.keys(of: arabic)
            return keys.count >= 2 && keys.joined() == read
        }
    }

    /// "وتلك", "وهذه": an Arabic function word of the stopword list behind the conjunction و.
    private func joinedFunctionWord(_ text: AnalyzedText, _ stream: TokenStream, at p: Int) -> Bool {
        let w = stream.words[p]
        let key = text.tokens[w.token].key
        return text.tokens[w.token].isArabic && key.hasPrefix("\u{0648}") && w.firstKeys.count > 1
            && isStopword(String(key.unicodeScalars.dropFirst()))
    }

    /// A word of the stopword list with a known name or a place cue right after it, in Arabic.
    private func prepositionBeforeName(_ text: AnalyzedText, _ stream: TokenStream, at p: Int) -> Bool {
        let token = text.tokens[stream.words[p].token]
        guard token.isArabic, isStopword(token.key), p + 1 < stream.words.count, !stream.words[p + 1].breakBefore else { return false }
        // ("قرى إلى الشرق من حلب": a direction after it, too, locates them.)
        return matchPlace(stream, at: p + 1, cued: false) != nil || cues.phrases.match(in: stream, at: p + 1) != nil
            || isDirectionWord(text, stream, at: p + 1)
    }

    private func matchPlace(_ stream: TokenStream, at p: Int, cued: Bool) -> Gazetteer.Match? {
        let word = stream.words[p]
        // (A local function, not a closure value: this runs at every word.)
        func accept(_ name: Gazetteer.Name) -> Bool { (!name.isLatin || word.isCapitalized) && (cued || !name.needsCue) }
        var plain = gazetteer.match(in: stream, at: p, accept: accept)
        // "على القرية صباح اليوم": a name never ends inside a phrase of time (no village "قرية
        // الصباح" here, whatever its article folds to).
        if let m = plain, m.end - m.start >= 2,
           ((m.start + 1)..<m.end).contains(where: { q in blocked.match(in: stream, at: q).map { $0.end > m.end } ?? false }) {
            plain = nil
        }
        // "مطار «منغ»", "معبر "باب الهوى"": news quotes the name after a site's noun; the site's
        // full name runs through the marks.
        guard p + 1 < stream.words.count, stream.words[p + 1].quotesOnlyBefore,
              let cue = cues.phrases.match(in: stream, at: p), cue.value.before, cue.value.kind.isSite, cue.end == p + 1,
              let quoted = gazetteer.match(in: stream.joiningQuotes(in: (p + 1)..<(p + 5)), at: p, accept: accept),
              quoted.end > (plain?.end ?? p) else { return plain }
        return quoted
    }

    /// An unknown name after a cue: a number, capitalized Latin words, or one Arabic word
    /// (two when the second is a direction or size adjective: "سرجة الشرقية").
    private func unknownName(_ text: AnalyzedText, _ stream: TokenStream, at p: Int, cue: PlaceCues.Cue, inList: Bool) -> Range<Int>? {
        let words = stream.words
        let w = words[p]
        let tok = text.tokens[w.token]
        if w.breakBefore && tok.kind != .number && !w.quotesOnlyBefore && !(inList && p > 0 && continuesList(text, stream, at: p))
            && !(inList && opensEnumeration(text, stream, at: p)) { return nil }
        if tok.kind == .number { return cue.kind.isSite || cue.kind == .region ? p..<(p + 1) : nil }
        // A brigade's or division's base is named by its number ("اللواء 93", "الفرقة 17") or
        // ordinal ("الفوج الخامس"); another word after the cue names a faction
        // ("فرقة السلطان مراد", "لواء التوحيد") or, after "اللواء", a general: no place.
        if tok.isArabic, cue.kind == .brigade || cue.kind == .division, !cue.plural {
            return Self.isNoUnitName(tok, after: cue) ? nil : p..<(p + 1)
        }
        // "Al-Said" is a name: a common word does not take the article with a hyphen.
        let latinArticle = !tok.isArabic && w.articleToken != nil
        if notNames.match(in: stream, at: p) != nil && !latinArticle || blocked.match(in: stream, at: p) != nil { return nil }
        // A building is named by its designation alone ("مبنى المحافظة", "المشفى الوطني"), never by
        // the name rules below.
        if tok.isArabic, cue.kind == .facility || cue.kind == .prison, !cue.plural {
            return facilityDesignation(text, stream, at: p, definite: cue.hasArticle)
        }
        if tok.isArabic {
            if cues.phrases.match(in: stream, at: p) != nil { return nil }
            // "أحياء بالضلوعية": a known place behind a glued preposition says where the cue's
            // places lie; it is no unknown name of its own.
            // ("كسرى" is a name, not ك + a hamlet "سرى": only "in" and "to" glue a place so.)
            if !tok.key.hasPrefix("\u{0648}"), tok.key.hasPrefix("\u{0628}") || tok.key.hasPrefix("\u{0644}") || tok.key.hasPrefix("\u{0641}"),
               let known = gazetteer.match(in: stream, at: p), known.reading > 0 { return nil }
            // "قرى "الجديدة" و"السميرية"": a word quoted alone after a noun of settlement is its
            // name, though it is a common word ("new"): news quotes names, not adjectives. (Not a
            // lone "و" between two quoted names, which the quotes around it also enclose.)
            if cue.kind.isSettlement, !cue.hasArticle, tok.end - tok.start > 2, isQuotedAlone(text, stream, start: p, end: p + 1) {
                return p..<(p + 1)
            }
            // A word ending in a possessive pronoun ("تلتها", its hill) is not a name.
            let possessive = tok.key.hasSuffix("\u{0647}\u{0627}") || tok.key.hasSuffix("\u{0647}\u{0645}")
            // A word of general Arabic without the article ("سلسلة", "وبناية", "عشرات") is no village
            // the gazetteer lacks; with it ("والرومانية", "البريد") it may well be one.
            let bare = tok.key.hasPrefix("\u{0648}") && w.firstKeys.count > 1 ? String(tok.key.unicodeScalars.dropFirst()) : tok.key
            // Right after a definite cue, a common word with the article agrees with it as an
            // adjective ("القرى التالية", "القرى المحيطة"): no name.
            // The article makes any word agree so, not only common ones ("المطار المهجور").
            let adjective = cue.hasArticle && !w.breakBefore && bare.hasPrefix("\u{0627}\u{0644}")
            // Nunation marks an indefinite noun or adverb ("تلالاً", hills); news text writes no
            // case endings on names.
            // ("إلى" begins as the article does: its key whole, not the word after "ال", is the
            // function word.)
            let functionWord = isStopword(w.inner) || isStopword(w.firstKeys.last ?? "") || isStopword(ByteKey(tok.key))
            // "قرى بمناطق شرق X": a common plural or noun behind a glued preposition ("in areas") goes
            // on locating the cue's places; a village's name does not begin with one.
            let prepositionalCommon = !tok.key.hasPrefix("\u{0648}") && w.firstKeys.count > 1
                && (tok.key.hasPrefix("\u{0628}") || tok.key.hasPrefix("\u{0644}"))
                && (1..<w.firstKeys.count).contains { r in
                    let k = w.firstKeys.key(r)
                    return k.string.unicodeScalars.count >= 4 && !k.string.hasPrefix("\u{0627}\u{0644}") && commonKeys.contains(k)
                }
            let common = possessive || adjective || text.hasNunation(token: w.token) || functionWord || prepositionalCommon
                || (!bare.hasPrefix("\u{0627}\u{0644}") && commonKeys.contains(ByteKey(bare)))
            // "قرية أم زيد", "وأبو زيد": a name head takes the next word, whatever it is.
            if cues.nameHeads.match(in: stream, at: p) != nil, p + 1 < words.count, !words[p + 1].breakBefore,
               text.tokens[words[p + 1].token].isArabic, !isStopword(words[p + 1].inner) {
                return p..<(p + 2)
            }
            var end = p + 1
            if end < words.count, !words[end].breakBefore, text.tokens[words[end].token].isArabic {
                let next = words[end]
                let rawNext = text.tokens[next.token].key
                // "سرجة الشرقية", "حوير العيس", "تل التباريز": a second word with the article
                // that is a place adjective or not a common word.
                if Self.arabicNameAdjectiveKeys.contains(next.inner) && !isDirectionOfPlace(text, stream, at: end)
                    || (rawNext.hasPrefix("\u{0627}\u{0644}") && !isStopword(next.inner) && !isStopword(rawNext)
                        && cues.phrases.match(in: stream, at: end) == nil && notNames.match(in: stream, at: end) == nil
                        // ("الزهراء اللتين": a relative pronoun ends the name.)
                        && !Self.arabicClauseWords.contains(rawNext)
                        && blocked.match(in: stream, at: end) == nil && !isPeopleAdjective(text, stream, at: end)
                        // "معبر نصيب الحدودي", "مطار كويرس العسكري": after a site's cue a common
                        // adjective describes the site ("تل الأحمر" keeps its colour).
                        && !(cue.kind.isSite && isCommonWordOrNisba(rawNext))) {
                    end += 1
                }
            }
            if end == p + 1, !possessive, bare.hasPrefix("\u{0627}\u{0644}"), commonKeys.contains(ByteKey(bare)),
               completesTitledName(text, stream, at: end) {
                // "حي الشيخ سعيد", "قرية الحاج علي": a common word with the article is a title or a
                // noun that the next word, without the article, completes into a name.
                end += 1
            }
            if end == p + 1, cue.kind == .neighbourhood, !cue.plural, !cue.hasArticle, !possessive, !functionWord,
               !bare.hasPrefix("\u{0627}\u{0644}"), commonKeys.contains(ByteKey(bare)),
               completesTitledName(text, stream, at: end), !commonKeys.contains(words[end].inner) {
                // "حي مساكن هنانو", "حي جبل بدرو": a neighbourhood is often named by a common noun in
                // construct with a name (housing, hill, gate); the name completes it.
                end += 1
            }
            // Inside a list an item runs to the next separator ("خربة جمو، بيت علو").
            while inList, !common, end < words.count, end - p < 3, !words[end].breakBefore, text.tokens[words[end].token].isArabic,
                  text.tokens[words[end].token].key.unicodeScalars.count > 1,
                  !(text.tokens[words[end].token].key.hasPrefix("\u{0648}") && words[end].firstKeys.count > 1),
                  !isStopword(words[end].inner), !Self.arabicClauseWords.contains(text.tokens[words[end].token].key),
                  cues.phrases.match(in: stream, at: end) == nil,
                  notNames.match(in: stream, at: end) == nil, blocked.match(in: stream, at: end) == nil,
                  gazetteer.match(in: stream, at: end) == nil || end + 1 == words.count || continuesList(text, stream, at: end + 1) {
                end += 1
            }
            // A common word alone is not a name; as the first of two ("تل التباريز") it may be,
            // and so it may after a cue that is part of the name inside a list ("وتل زيد").
            // (Never a function or quantity word: "تل صندل ... وعدة مناطق أخرى", several areas.)
            if common && end == p + 1, functionWord || !(inList && Self.cueIsPartOfName.contains(cue.kind) && !possessive && !adjective) { return nil }
            return p..<end
        }
        guard w.isCapitalized, !isStopword(w.inner) || latinArticle else { return nil }
        var end = p + 1
        while end < words.count, end - p < 4, !words[end].breakBefore, !text.isPossessive(token: words[end - 1].token), words[end].isCapitalized,
              !text.tokens[words[end].token].isArabic, !isStopword(words[end].inner) {
            end += 1
        }
        return p..<end
    }

    /// A word that can follow a title ("الشيخ", "الحاج") in a name: Arabic, no article, no
    /// conjunction, and no word of the lexicon, general word or cue behind a clitic ("بريف").
    private func completesTitledName(_ text: AnalyzedText, _ stream: TokenStream, at q: Int) -> Bool {
        guard q < stream.words.count else { return false }
        let w = stream.words[q]
        let t = text.tokens[w.token]
        // (A letter standing alone, such as a conjunction written apart, "و", is no word of a name.)
        guard !w.breakBefore, t.kind == .word, t.isArabic, t.key.unicodeScalars.count > 1, !t.key.hasPrefix("\u{0627}\u{0644}"),
              !(t.key.hasPrefix("\u{0648}") && w.firstKeys.count > 1), !isStopword(w.inner), !isStopword(ByteKey(t.key)),
              cues.phrases.match(in: stream, at: q) == nil, blocked.match(in: stream, at: q) == nil,
              notNames.match(in: stream, at: q) == nil else { return false }
        for r in 1..<max(1, w.firstKeys.count) where isStopword(w.firstKeys.key(r)) || commonKeys.contains(w.firstKeys.key(r)) {
            return false
        }
        return true
    }

    /// An Arabic match of two words or more whose last is a name head ("تل الشيخ").
    private func endsInNameHead(_ m: Gazetteer.Match, _ text: AnalyzedText, _ stream: TokenStream) -> Bool {
        guard m.end - m.start >= 2, text.tokens[stream.words[m.start].token].isArabic,
              let head = cues.nameHeads.match(in: stream, at: m.end - 1) else { return false }
        return head.end == m.end
    }

    /// Where a longer unknown name ends when a one-word match is only its first word: a Latin
    /// match followed by capitalized words that are no common word, cue or lexicon phrase
    /// ("Kafr Mousa", "Tel Kurdi", "Sami Beiram"); an Arabic match that starts many longer names
    /// of the gazetteer, or that a cue word introduces, followed by a word that is no common word
    /// ("خربة هويش", "قصر الشاوي", "قرى ركايا سجنة").
    /// Nil when the match stands alone.
    private func nameFragmentEnd(_ text: AnalyzedText, _ stream: TokenStream, match m: Gazetteer.Match, cued: Bool) -> Int? {
        let words = stream.words
        let first = text.tokens[words[m.start].token]
        // "the Tal-ar area", "the Aleppo-Damascus highway": a Latin name glued by a hyphen to the
        // next word heads a compound the gazetteer lacks; the town is not what it names.
        let last = words[m.end - 1].token
        if !first.isArabic, m.end < words.count, last + 2 < text.tokens.count, text.tokens[last + 1].key == "-",
           text.tokens[last].end == text.tokens[last + 1].start, text.tokens[last + 1].end == text.tokens[last + 2].start,
           text.tokens[last + 2].kind == .word {
            return m.end + 1
        }
        // "أبو زيد": a name head never stands alone.
        let headed = cues.nameHeads.match(in: stream, at: m.start) != nil
        func completes(_ q: Int) -> Bool {
            // "Idlib's Jisr al-Shughour": a possessive ends the name.
            guard q < words.count, !words[q].breakBefore, !text.isPossessive(token: words[q - 1].token) else { return false }
            let w = words[q]
            let t = text.tokens[w.token]
            // Arabic names have two-letter words ("كفر رم"); function words are stopwords.
            guard t.kind == .word, t.isArabic == first.isArabic, t.end - t.start > (t.isArabic ? 1 : 2) else { return false }
            if isStopword(w.inner) { return false }
            // "Tal Half", "Abu Kamal": after a Latin name head a capitalized word is the name's,
            // whatever else it spells.
            if headed, q == m.end, !t.isArabic, t.isCapitalized { return true }
            if commonKeys.contains(w.inner), !headed { return false }
            if cues.phrases.match(in: stream, at: q) != nil || blocked.match(in: stream, at: q) != nil
                || notNames.match(in: stream, at: q) != nil || isPeopleAdjective(text, stream, at: q) { return false }
            if t.isArabic {
                // "وسردة" is the next item of a list, not the rest of this name; "اللتين" (which)
                // opens a clause.
                if t.key.hasPrefix("\u{0648}"), w.firstKeys.count > 1 { return false }
                if Self.arabicClauseWords.contains(t.key) { return false }
                let raw = ByteKey(t.key)
                // After a name head any word but a function word completes the name.
                if headed, m.end - m.start == 1 { return !isStopword(raw) }
                if isStopword(raw) || isCommonWordOrNisba(t.key) { return false }
                // "بريف", "لسيطرة": a common word behind a clitic is no part of a name either.
                for r in 0..<w.firstKeys.count where isStopword(w.firstKeys.key(r)) || commonKeys.contains(w.firstKeys.key(r)) { return false }
                return true
            }
            return t.isCapitalized
        }
        // "حي الشيخ سعيد": after a cue, a match that is a common word with the article (a title, a
        // noun) is completed by a next word even when that one is a common word too.
        // Only a hamlet bears such a name: "مدينة القصير مؤكدا" is the town and a participle.
        let titled = first.isArabic && cued && first.key.hasPrefix("\u{0627}\u{0644}") && commonKeys.contains(ByteKey(first.key))
            && isMinorOnly(m) && completesTitledName(text, stream, at: m.end)
        // "قرى قصر ابن وردان", "the village of Tal Abu Danna": after a cue, a name head right
        // after the match links it to the rest of a longer name the gazetteer lacks.
        // ("سراقب وأبو الضهور": a head joined by و starts the next item of a list.)
        if cued, m.end + 1 < words.count, !words[m.end].breakBefore, !words[m.end + 1].breakBefore,
           cues.nameHeads.match(in: stream, at: m.end) != nil,
           !(text.tokens[words[m.end].token].key.hasPrefix("\u{0648}") && words[m.end].firstKeys.count > 1) {
            let next = text.tokens[words[m.end + 1].token]
            if next.kind == .word, next.isArabic == first.isArabic, next.isArabic || next.isCapitalized { return m.end + 2 }
        }
        // "تل الشيخ حسين": a match that ends in a name head (a title) is completed by the personal
        // name after it, though the gazetteer knows the shorter name and the next word is common.
        if endsInNameHead(m, text, stream), completesTitledName(text, stream, at: m.end) {
            return m.end + 1
        }
        guard completes(m.end) || titled else { return nil }
        if first.isArabic {
            // After a cue word ("قرى ركايا سجنة") the second word completes the name of a hamlet
            // whatever the first; a town's name stands alone ("مدينة منبج غداة دخول": the day after).
            if cued { return isMinorOnly(m) || headed ? m.end + 1 : nil }
            if headed, m.end - m.start == 1 { return m.end + 1 }
            let head = words[m.start].firstKeys.key(min(m.reading, words[m.start].firstKeys.count - 1))
            guard gazetteer.longerNameCount(firstKey: head, limit: Self.nameHeadMinimum) >= Self.nameHeadMinimum else { return nil }
            return m.end + 1
        }
        var end = m.end + 1
        while end - m.start < 4, completes(end) { end += 1 }
        return end
    }

    /// An Arabic cue without the article followed by an adjective without it ("قرى جديدة",
    /// "بلدة كبيرة") is a noun and its adjective; with the article ("قرية الجديدة") or as the
    /// start of a longer known name ("جديدة عرطوز") the word is a name.
    private func isAdjective(of cue: PlaceCues.Cue, _ text: AnalyzedText, _ stream: TokenStream, at p: Int) -> Bool {
        let w = stream.words[p]
        let t = text.tokens[w.token]
        // An adjective agrees with its noun in definiteness: "قرى جديدة", "القرى الجديدة" (the new
        // villages); after an indefinite cue a word with the article is a name ("قرية الجديدة").
        guard t.isArabic, !w.breakBefore, cue.hasArticle == t.key.hasPrefix("\u{0627}\u{0644}") else { return false }
        // After a definite cue any common word with the article agrees with it: "المطار العسكري"
        // (the military airport), not a village called Askari.
        // A nisba of a common word agrees either way: "حقل نفطي" is an oil field, "موقع عسكري"
        // a military post.
        let nisba = t.key.hasSuffix("\u{064A}") && commonKeys.contains(ByteKey(t.key + "\u{0647}"))
        // A plural of things takes a feminine adjective: "مناطق واسعة", "قرى عديدة" (wide areas,
        // many villages), unless the word heads a list of names ("قرى عجاجة وسفاخير").
        // ("أحياء مدينة الرقة": a noun of place is no adjective.)
        let feminineOfPlural = cue.plural && !cue.hasArticle && t.key.hasSuffix("\u{0647}") && commonKeys.contains(ByteKey(t.key))
            && cues.phrases.match(in: stream, at: p) == nil
            && !(p + 1 < stream.words.count && continuesList(text, stream, at: p + 1))
        let adjective = Self.arabicNameAdjectiveKeys.contains(w.inner) || (cue.hasArticle && commonKeys.contains(ByteKey(t.key))) || nisba
            || feminineOfPlural
        guard adjective else { return false }
        if let m = gazetteer.match(in: stream, at: p), m.end - m.start > 1 { return false }
        return true
    }

    /// An Arabic adjective of a people, a faith or a nation with the article, right after the
    /// word before it ("آمرلي التركمانية").
    private func isPeopleAdjective(_ text: AnalyzedText, _ stream: TokenStream, at q: Int) -> Bool {
        guard q < stream.words.count, !stream.words[q].breakBefore else { return false }
        let t = text.tokens[stream.words[q].token]
        return t.isArabic && t.key.hasPrefix("\u{0627}\u{0644}") && peopleAdjectives.contains(stream.words[q].innerKey)
    }

    /// An Arabic word with the article, behind a conjunction or not ("القرى", "والقرى").
    private func isDefinite(_ text: AnalyzedText, _ stream: TokenStream, at q: Int) -> Bool {
        let key = text.tokens[stream.words[q].token].key
        return key.hasPrefix("\u{0627}\u{0644}") || key.hasPrefix("\u{0648}\u{0627}\u{0644}")
    }

    /// "العياضية شمالي تلعفر", "X جنوبي قضاء Y": a direction word without the article followed by a
    /// place or a place cue says where the first place lies (north of); it is no part of its name.
    private func isDirectionOfPlace(_ text: AnalyzedText, _ stream: TokenStream, at q: Int) -> Bool {
        guard !text.tokens[stream.words[q].token].key.hasPrefix("\u{0627}\u{0644}"), q + 1 < stream.words.count,
              !stream.words[q + 1].breakBefore else { return false }
        // "هجين شرقي البلاد", "شمالي المدينة": east of a definite noun, whatever it names.
        if isDirectionWord(text, stream, at: q), text.tokens[stream.words[q + 1].token].key.hasPrefix("\u{0627}\u{0644}") { return true }
        return gazetteer.match(in: stream, at: q + 1) != nil || cues.phrases.match(in: stream, at: q + 1) != nil
    }

    /// A direction adjective with the article right after another ("الجنوبي الشرقي", south-eastern).
    private func isSecondDirection(_ text: AnalyzedText, _ stream: TokenStream, at p: Int) -> Bool {
        guard p > 0, !stream.words[p].breakBefore else { return false }
        return [p - 1, p].allSatisfy { q in
            let t = text.tokens[stream.words[q].token]
            return t.isArabic && directionAdjectiveKeys.contains(ByteKey(t.key))
        }
    }

    /// An Arabic word of direction ("غرب", "شمالي").
    private func isDirectionWord(_ text: AnalyzedText, _ stream: TokenStream, at p: Int) -> Bool {
        text.tokens[stream.words[p].token].isArabic && directionWords.contains(stream.words[p].innerKey)
    }

    /// A city this large is fought over by its parts ("eastern Aleppo", "الموصل القديمة").
    static let dividedCityPopulation = 100_000

    /// (Of the war's countries only, and never a word that is no place on its own: "المدينة" is
    /// the city, not the Iraqi town of that name.)
    private func isDividedCity(_ m: Gazetteer.Match, _ text: AnalyzedText, _ stream: TokenStream) -> Bool {
        (m.end - m.start > 1 || !isStopword(stream.words[m.start].inner))
            && m.value.places.contains { gazetteer.population($0) >= Self.dividedCityPopulation && (focusCountries.isEmpty || gazetteer.isIn($0, focusCodes)) }
    }

    /// Whether a town or city in the focus countries bears the name.
    private func isTown(_ m: Gazetteer.Match) -> Bool {
        m.value.places.contains { [.city, .town].contains(gazetteer.kind($0)) && (focusCountries.isEmpty || gazetteer.isIn($0, focusCodes)) }
    }

    /// "the Sukkari neighbourhood of Mosul": a neighbourhood's cue after a name, then "of" and a
    /// town or city, which says where the neighbourhood lies ("the Sunni neighbourhood of
    /// Adhamiya" names the neighbourhood after "of").
    private func locatesNeighbourhood(_ cue: PhraseIndex<PlaceCues.Cue>.Match, _ stream: TokenStream) -> Bool {
        guard cue.value.kind == .neighbourhood, cue.end + 1 < stream.words.count,
              let town = matchPlace(stream, at: cue.end + 1, cued: false) else { return false }
        return town.value.places.allSatisfy { [.city, .town].contains(gazetteer.kind($0)) }
    }

    /// How many longer names an Arabic word must start to be read as the head of an unknown one.
    static let nameHeadMinimum = 3

    /// "مريجب الجملان": after a cue, a second word with the article that is no common word,
    /// cue or actor makes a longer name than the one-word match. With `commonWordsDescribe`
    /// (after a site's cue, or a name a town bears) no common word or nisba extends it.
    private func extendsArabicName(_ text: AnalyzedText, _ stream: TokenStream, at q: Int, commonWordsDescribe: Bool = false) -> Bool {
        guard q < stream.words.count, !stream.words[q].breakBefore else { return false }
        let w = stream.words[q]
        let raw = text.tokens[w.token].key
        return text.tokens[w.token].isArabic && raw.hasPrefix("\u{0627}\u{0644}") && !isStopword(w.inner)
            && !isStopword(raw) && !Self.arabicClauseWords.contains(raw)
            && cues.phrases.match(in: stream, at: q) == nil && blocked.match(in: stream, at: q) == nil
            && notNames.match(in: stream, at: q) == nil && gazetteer.match(in: stream, at: q) == nil
            && !isPeopleAdjective(text, stream, at: q)
            // "معبر نصيب الحدودي": after a site's cue a common adjective describes the site, and
            // so it does a town's ("مدينة القائم الحدودية", the border town of al-Qaim).
            && !(commonWordsDescribe && isCommonWordOrNisba(raw))
    }

    /// An Arabic word with the article that the next item of a list follows: the end of a
    /// two-word name ("حسن الورد" in "قرى حسن الورد وكاني سور"). Without an item after it, the
    /// word may as well describe the places ("قرى X المحررة") and is left alone.
    private func extendsListItem(_ text: AnalyzedText, _ stream: TokenStream, at q: Int) -> Bool {
        guard q + 1 < stream.words.count, !stream.words[q].breakBefore else { return false }
        let w = stream.words[q]
        let raw = text.tokens[w.token].key
        guard text.tokens[w.token].isArabic, raw.hasPrefix("\u{0627}\u{0644}"), !isStopword(w.inner), !isStopword(ByteKey(raw)),
              !Self.arabicClauseWords.contains(raw),
              cues.phrases.match(in: stream, at: q) == nil, blocked.match(in: stream, at: q) == nil,
              notNames.match(in: stream, at: q) == nil else { return false }
        return continuesList(text, stream, at: q + 1)
    }

    /// "مبنى المحافظة", "المشفى الوطني", "مركز شرطة السراي": a building is named by common words,
    /// a genitive or an adjective after its noun. Up to three words, none a function word, cue
    /// (but "المحافظة", the governorate, as a genitive), known place or word after a conjunction,
    /// and none with a possessive pronoun; after a noun with the article, only words with it.
    private func facilityDesignation(_ text: AnalyzedText, _ stream: TokenStream, at p: Int, definite: Bool) -> Range<Int>? {
        let words = stream.words
        var end = p
        while end < words.count, end - p < 3, end == p || !words[end].breakBefore {
            let w = words[end], t = text.tokens[w.token]
            // Common words name buildings ("الوطني", "المحافظة"); particles ("في", "بعد", "التي") end them.
            // After a definite noun only adjectives with the article follow ("المجمع الحكومي",
            // not "المجمع أصبح").
            guard t.kind == .word, t.isArabic, !(t.key.hasPrefix("\u{0648}") && w.firstKeys.count > 1),
                  !definite || t.key.hasPrefix("\u{0627}\u{0644}"),
                  t.key.unicodeScalars.count > 3, !Self.arabicClauseWords.contains(t.key), !isDirectionWord(text, stream, at: end),
                  !t.key.hasSuffix("\u{0647}\u{0627}"), !t.key.hasSuffix("\u{0647}\u{0645}"),
                  cues.phrases.match(in: stream, at: end).map({ $0.value.kind == .region && t.key.hasPrefix("\u{0627}\u{0644}") }) ?? true,
                  blocked.match(in: stream, at: end) == nil,
                  notNames.match(in: stream, at: end) == nil, gazetteer.match(in: stream, at: end) == nil else { break }
            end += 1
        }
        return end > p ? p..<end : nil
    }

    /// Relative pronouns and the longer particles that open a clause or a phrase of time.
    static let arabicClauseWords: Set<String> = ["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "خلال", "اثناء", "بعدما", "عندما", "حيث"]

    /// The sites a number before their cue names ("the 17th Division", "Brigade 82 base").
    static let numberedKinds: Set<PlaceKind> = [.brigade, .division, .base]

    /// Cue kinds whose word belongs to the name itself.
    static let cueIsPartOfName: Set<PlaceKind> = [.hill, .mountain, .dam, .crossing, .camp, .brigade, .division, .oilfield, .facility, .prison, .base]

    static let arabicNameAdjectiveKeys = Set(arabicNameAdjectives.map(ByteKey.init))

    /// Whether an Arabic word right after a brigade's or division's word names no base: only a
    /// number or an ordinal does; another word is a faction's or a general's name.
    static func isNoUnitName(_ token: Token, after cue: PlaceCues.Cue) -> Bool {
        (cue.kind == .brigade || cue.kind == .division) && !cue.plural && token.isArabic && !hasArabicOrdinalShape(token.key)
    }

    /// An Arabic ordinal with the article, in the folded key (ة as ه, ى as ي, أ as ا): الفاعل and
    /// الفاعلة ("الرابع", "الرابعة"), and "الأول"/"الأولى".
    static func hasArabicOrdinalShape(_ key: String) -> Bool {
        let letters = Array(key.unicodeScalars)
        guard letters.count >= 5, letters[0] == "\u{0627}", letters[1] == "\u{0644}" else { return false }
        if key == "\u{0627}\u{0644}\u{0627}\u{0648}\u{0644}" || key == "\u{0627}\u{0644}\u{0627}\u{0648}\u{0644}\u{064A}" { return true }
        let feminine = letters.count == 7 && letters[6] == "\u{0647}"
        return letters[3] == "\u{0627}" && (letters.count == 6 || feminine)
    }

    @inline(__always)
    func isStopword(_ key: String) -> Bool {
        stopKeys.contains(ByteKey(key))
    }

    @inline(__always)
    func isStopword(_ key: ByteKey) -> Bool {
        stopKeys.contains(key)
    }

    static let arabicNameAdjectives: Set<String> = [
        "شرقيه", "غربيه", "شماليه", "جنوبيه", "كبري", "صغري", "فوقاني", "تحتاني", "قديمه", "جديده",
        "شرقي", "غربي", "شمالي", "جنوبي", "كبير", "صغير", "كبيره", "صغيره", "فوقا", "تحتا",
        // Upper, lower, middle: "يرغون العليا", "تل غزال السفلى", "الحويجة الوسطى".
        "عليا", "سفلي", "وسطي", "فوقانيه", "تحتانيه",
    ]

    /// A copula ("هي", "وهي", "are") or a colon right before this word, with at most a comma or
    /// quotes between: what follows enumerates.
    private func opensEnumeration(_ text: AnalyzedText, _ stream: TokenStream, at p: Int) -> Bool {
        guard p > 0 else { return false }
        let w = stream.words[p]
        let previous = stream.words[p - 1]
        let between = text.tokens[(previous.token + 1)..<(w.articleToken ?? w.token)]
        if between.contains(where: { $0.key == ":" }) { return true }
        guard Self.copulaKeys.contains(previous.inner) || Self.copulaKeys.contains(ByteKey(text.tokens[previous.token].key)) else { return false }
        return between.allSatisfy { Self.listSeparators.contains($0.key) }
    }

    /// Marks that may stand between list items: commas, and the quotes around names.
    static let listSeparators: Set<String> = [",", "\u{060C}", "\"", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "(", ")"]

    /// The copulas as match keys (folded like every word of a text).
    static let copulaKeys = Set(["\u{0647}\u{064A}", "\u{0648}\u{0647}\u{064A}", "\u{0647}\u{0645}", "are", "include", "included"]
        .compactMap { NameKey.keys(of: $0).first.map(ByteKey.init) })

    private func continuesList(_ text: AnalyzedText, _ stream: TokenStream, at start: Int) -> Bool {
        let p = skipInsideList(text, stream, at: start)
        guard p < stream.words.count else { return false }
        if p > start { return true }
        let w = stream.words[p]
        if w.innerKey == "and" || w.innerKey == "\u{0648}" { return true }
        // Arabic items glued with و ("والقليعة"), or separated by a comma.
        if text.tokens[w.token].isArabic, w.firstKeys.count > 1, text.tokens[w.token].key.hasPrefix("\u{0648}") { return true }
        if w.breakBefore, p > 0 {
            let between = text.tokens[(stream.words[p - 1].token + 1)..<(w.articleToken ?? w.token)]
            // Quotation marks may wrap the items ("كفريا" و"سرجة"), but a comma must join them.
            return between.contains { $0.key == "," || $0.key == "\u{060C}" }
                && between.allSatisfy { Self.listSeparators.contains($0.key) }
        }
        return false
    }

    private func skipJoiner(_ text: AnalyzedText, _ stream: TokenStream, at p: Int) -> Int {
        let q = skipInsideList(text, stream, at: p)
        guard q < stream.words.count else { return q }
        let w = stream.words[q]
        guard w.innerKey == "and" || w.innerKey == "\u{0648}" else { return q }
        // Brackets right after the joiner hold the next name ("و(Y)").
        return skipInsideList(text, stream, at: q + 1, brackets: false)
    }

    /// Skips what may stand between list items: filler words ("هي", "من الجهة الشرقية") and
    /// bracketed asides of up to three words ("القادسية (غرب)", "البريد (شمال غرب)").
    private func skipInsideList(_ text: AnalyzedText, _ stream: TokenStream, at start: Int, brackets: Bool = true) -> Int {
        var q = start
        while q < stream.words.count {
            // "جديدة" (new) is a filler, "جديدة نواف" a name.
            // ("قرى "الجديدة" و"السميرية"": a filler quoted alone is a name.)
            if let f = cues.fillers.match(in: stream, at: q), !isQuotedAlone(text, stream, start: q, end: f.end),
               (matchPlace(stream, at: q, cued: true).map { $0.end <= f.end } ?? true) { q = f.end; continue }
            let tokenIndex = stream.words[q].token
            if brackets, tokenIndex > 0, text.tokens[tokenIndex - 1].key == "(",
               let close = text.tokens[tokenIndex...].firstIndex(where: { $0.key == ")" }) {
                var r = q
                while r < stream.words.count, stream.words[r].token < close { r += 1 }
                if r - q <= 3 { q = r; continue }
            }
            break
        }
        return q
    }

    /// The end of the capitalized words right after a Latin name that lengthen it into the name
    /// of a thing ("General Hospital", "Military Council", "Grain Silos"), with the site cue that
    /// may close it; nil when none follows, or in a headline written in title case, where every
    /// word is capitalized.
    private func namedThingEnd(_ text: AnalyzedText, _ stream: TokenStream, after end: Int) -> (end: Int, site: PlaceKind?)? {
        let words = stream.words
        // "Damascus's Ghouta": a possessive ends the name.
        guard end > 0, !text.isPossessive(token: words[end - 1].token) else { return nil }
        var q = end
        while q < words.count, q - end < 3, !words[q].breakBefore {
            let t = text.tokens[words[q].token]
            // (Weekdays and months are blocked phrases: "retook Mosul Sunday" is the town.)
            // ("withdrew from X as Turkish tanks ...": "as" is skipped as an article, and ends it.)
            guard t.kind == .word, !t.isArabic, t.isCapitalized, t.end - t.start > 2, words[q].articleToken == nil,
                  cues.phrases.match(in: stream, at: q) == nil, blocked.match(in: stream, at: q) == nil,
                  notNames.match(in: stream, at: q) == nil, gazetteer.match(in: stream, at: q) == nil else { break }
            q += 1
        }
        guard q > end else { return nil }
        var site: PlaceKind?
        if q < words.count, !words[q].breakBefore, let cue = cues.phrases.match(in: stream, at: q), cue.value.after, cue.value.kind.isSite {
            site = cue.value.kind
            q = cue.end
        }
        // Title case: most of the Latin words around are capitalized.
        let around = words[max(0, end - 6)..<min(words.count, q + 6)].filter { !text.tokens[$0.token].isArabic && text.tokens[$0.token].kind == .word }
        let lower = around.filter { !text.tokens[$0.token].isCapitalized }.count
        guard lower * 4 >= around.count else { return nil }
        return (q, site)
    }

    /// Where a name opened by a quotation mark or bracket ends when the mark closes a few words
    /// later ("قرية "حديد غرب"", "«تل الورد الكبير»"): the quotes hold one name, whatever words
    /// of direction or size it has. Nil when the mark closes right after `end` or not at all, or
    /// when the marks hold a list.
    private func quotedNameEnd(_ text: AnalyzedText, _ stream: TokenStream, start: Int, end: Int) -> Int? {
        let words = stream.words
        guard words[start].quotesOnlyBefore, let open = marks(text, stream, before: start).last,
              Self.openingQuotes.contains(open) else { return nil }
        var j = end
        while j < words.count, j - start <= 4 {
            // "(التح وجرجناز)": brackets around a list hold its items, not one name.
            if !words[j].breakBefore, continuesList(text, stream, at: j) { return nil }
            if words[j].breakBefore {
                guard j > end, let close = marks(text, stream, before: j).first, Self.closingQuotes.contains(close) else { return nil }
                return j
            }
            j += 1
        }
        return nil
    }

    /// "ناحية "سليمان بيك"": quotation marks (not brackets) right after a cue hold the name whole,
    /// whatever words it is made of (a person's name, a common word).
    private func quotedName(_ text: AnalyzedText, _ stream: TokenStream, at p: Int) -> Range<Int>? {
        guard text.tokens[stream.words[p].token].isArabic, marks(text, stream, before: p).last != "(",
              let end = quotedNameEnd(text, stream, start: p, end: p + 1) else { return nil }
        return p..<end
    }

    /// Quotation marks open right before `start` and close right after `end`: Arabic news quotes
    /// names ("«خطاب»"), so a common word held so is one. (Brackets hold remarks too.)
    private func isQuotedAlone(_ text: AnalyzedText, _ stream: TokenStream, start: Int, end: Int) -> Bool {
        let words = stream.words
        guard words[start].quotesOnlyBefore, let open = marks(text, stream, before: start).last,
              Self.openingQuotes.contains(open), open != "(" else { return false }
        if end == words.count {
            let last = stream.words[end - 1].token + 1
            return last < text.tokens.count && text.tokens[last].kind == .punctuation
                && Self.closingQuotes.contains(text.scalars[text.tokens[last].start]) && text.scalars[text.tokens[last].start] != ")"
        }
        guard words[end].breakBefore, let close = marks(text, stream, before: end).first else { return false }
        return Self.closingQuotes.contains(close) && close != ")"
    }

    /// The punctuation marks between a word and the one before it.
    private func marks(_ text: AnalyzedText, _ stream: TokenStream, before p: Int) -> [Unicode.Scalar] {
        let from = p > 0 ? stream.words[p - 1].token + 1 : 0
        return (from..<stream.words[p].token).compactMap { i in
            text.tokens[i].kind == .punctuation ? text.scalars[text.tokens[i].start] : nil
        }
    }

    static let openingQuotes: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{00AB}", "("]
    static let closingQuotes: Set<Unicode.Scalar> = ["\"", "\u{201D}", "\u{00BB}", ")"]

    /// "والملعب البلدي", "ومركز شرطة السراي": the conjunction on a cue that starts a name is no
    /// part of the name; the reading (1) that peels it, else 0.
    private func conjunctionBefore(_ cue: Range<Int>, _ text: AnalyzedText, _ stream: TokenStream, inList: Bool) -> Int {
        let token = text.tokens[stream.words[cue.lowerBound].token]
        return token.isArabic && token.key.hasPrefix("\u{0648}") && (inList || stream.words[cue.lowerBound].firstKeys.count > 1) ? 1 : 0
    }

    private func makeMention(_ text: AnalyzedText, _ stream: TokenStream, _ range: Range<Int>, candidates: [Int32], reading: Int) -> ToponymMention {
        let first = stream.words[range.lowerBound]
        var start = text.tokens[first.token].start
        // "al-Bab", "Al Bab", "ar-Raqqa" keep their article; "an Aleppo airbase" is English.
        if let a = first.articleToken,
           ["al", "el"].contains(text.tokens[a].key) || (a + 1 < text.tokens.count && text.tokens[a + 1].key == "-") {
            start = text.tokens[a].start
        }
        if reading > 0, text.tokens[first.token].isArabic {
            // Skip the proclitics peeled by the matching reading ("والرقة" shows as "الرقة").
            let key = text.tokens[first.token].key
            let peeled = key.hasPrefix("\u{0644}\u{0644}") && reading == 1 ? 2 : reading
            start = advance(text, from: start, letters: peeled, limit: text.tokens[first.token].end)
        }
        let end = text.tokens[stream.words[range.upperBound - 1].token].end
        return ToponymMention(words: range, start: start, end: end, text: text.text(start, end), candidates: candidates)
    }

    /// "مطار «منغ» العسكري", "قاعدة القيارة الجوية", "حقل (العمر) النفطي": a site named by its cue
    /// and a name is written with the name's closing quote and the adjectives that describe the
    /// site after it. They belong to how the mention reads (the site is "the military airport of
    /// Menagh"), not to its name: news writes the site with and without them, and one site keeps
    /// one name.
    private func describeSite(_ m: inout ToponymMention, _ text: AnalyzedText, _ stream: TokenStream) {
        let words = stream.words
        var q = m.words.upperBound
        var end = m.end
        let opened = m.text.unicodeScalars.contains { Self.openingQuotes.contains($0) }
        if opened {
            // The closing mark right after the name, when the name was opened by one.
            let from = text.tokens[words[q - 1].token].end
            var t = words[q - 1].token + 1
            while t < text.tokens.count, text.tokens[t].kind == .punctuation,
                  !Self.closingQuotes.contains(text.scalars[text.tokens[t].start]) { t += 1 }
            guard t < text.tokens.count, text.tokens[t].kind == .punctuation, text.tokens[t].start - from <= 1,
                  q >= words.count || t < words[q].token else { return }
            end = text.tokens[t].end
            // The name's own closing mark is its name's ("حقل (العمر)", not "حقل (العمر").
            m.end = end
            m.text = text.text(m.start, end)
        }
        var described = 0
        while q < words.count, described < 2, !words[q].breakBefore || opened && described == 0 && words[q].quotesOnlyBefore {
            let t = text.tokens[words[q].token]
            let key = t.key
            // A nisba adjective with the article ("العسكري", "الجوية", "النفطي"); not a direction,
            // a people ("التركي" may name the next clause's actor) or a noun of settlement ("القرية").
            guard t.isArabic, key.hasPrefix("\u{0627}\u{0644}"), key.unicodeScalars.count > 4,
                  key.hasSuffix("\u{064A}") || key.hasSuffix("\u{064A}\u{0647}") || key.hasSuffix("\u{064A}\u{0629}"),
                  !directionAdjectiveKeys.contains(ByteKey(key)), !isDirectionWord(text, stream, at: q),
                  !peopleAdjectives.contains(words[q].innerKey), !Self.arabicClauseWords.contains(key),
                  // (A village may be called "العسكري"; right after a site's name the word describes it.)
                  cues.phrases.match(in: stream, at: q).map({ !$0.value.kind.isSettlement }) ?? true else { break }
            end = t.end
            described += 1
            q += 1
        }
        guard end > m.end else { return }
        m.written = text.text(m.start, end)
    }

    /// Moves past `letters` base letters (harakat and tatweel do not count).
    private func advance(_ text: AnalyzedText, from start: Int, letters: Int, limit: Int) -> Int {
        var i = start, seen = 0
        while i < limit, seen < letters {
            let v = text.scalars[i].value
            if !((0x064B...0x065F).contains(v) || v == 0x0670 || v == 0x0640) { seen += 1 }
            i += 1
        }
        while i < limit, (0x064B...0x065F).contains(text.scalars[i].value) { i += 1 }
        return i
    }
}
