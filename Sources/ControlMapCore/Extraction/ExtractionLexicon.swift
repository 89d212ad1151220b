/// Everything the extractor knows about words, read from the data files in `config/lexicon/`:
/// actors and their sides, control predicates, context cues, date words, place cues and
/// stopwords. Nothing of it is compiled in, so an analyst extends it without rebuilding.
public struct ExtractionLexicon: Sendable {
    /// Actor aliases -> actor id ("government" is resolved per document).
    public private(set) var actors = PhraseIndex<ActorAlias>()
    /// Actor id -> the side it fights on.
    public private(set) var sides: [String: String] = [:]
    /// The day an actor first fought, where sides.tsv gives it: before it, a generic name ("the
    /// rebels") never stands for that actor.
    public private(set) var firstFought: [String: EventDate] = [:]
    /// The country (ISO code) an actor fights in, where actor-countries.tsv gives one: "the Iraqi
    /// forces" place a report in Iraq as its towns do.
    public private(set) var countries: [String: String] = [:]
    public private(set) var predicates = PhraseIndex<Predicate>()
    public private(set) var cues = PhraseIndex<ContextCue>()
    public private(set) var dates = PhraseIndex<DateWord>()
    public private(set) var placeCues = PlaceCues()
    public private(set) var stopwords: Set<String> = []
    /// Words of general text too common to be a small village's name when no cue marks them
    /// (folded keys, with and without the Arabic article).
    public private(set) var commonWords: Set<String> = []
    /// Latin spellings of one Arabic word, for the gazetteer's name index.
    public private(set) var spellingVariants = SpellingVariants()
    /// Every actor id the lexicon names.
    public private(set) var actorIDs: Set<String> = []
    /// English actor modifiers by match key ("rebel" -> rebels): the holder in "under rebel control".
    public private(set) var actorModifiers: [String: String] = [:]
    /// A patron's actor id -> the actor of the armed groups it backs (turkey -> sna), from the
    /// armed patrons of actor-forms.tsv: "rebels backed by Turkey" are that actor.
    public private(set) var patronClients: [String: String] = [:]
    /// The match keys of the English prefixes of opposition ("anti"), from actor-forms.tsv.
    public private(set) var opposingPrefixes: Set<String> = []
    /// The match keys of the past forms of the English predicate verbs ("took", "overran").
    public private(set) var englishPastForms: Set<String> = []
    /// The match keys of the verbs that end a clash phrase without its link ("fighting raged").
    public private(set) var clashVerbsAfter: Set<String> = []
    /// The first words of every actor, predicate, cue and date phrase: a word that is none of
    /// them (most words of a text) needs no look-up in those four indexes.
    public private(set) var phraseStarts: Set<ByteKey> = []

    /// One alias of an actor.
    public struct ActorAlias: Sendable, Hashable {
        public var actor: String
        /// How many leading words must be written in capitals: short upper-case aliases ("IS",
        /// "SDF", "IS fighters") match only upper-case text, not the word "is".
        public var upperCaseWords = 0
        /// A singular made from a plural alias ("rebel" from "rebels"): an actor only as the first
        /// half of a compound ("rebel-held"), where English uses the singular.
        public var compoundOnly = false
        /// A one-word modifier of a side's forces ("Kurdish", "Turkish", "insurgent"): an actor
        /// only as the first half of a compound with a participle of holding ("Kurdish-held",
        /// "Turkish-controlled"); before other participles it stays a modifier ("Turkish-backed").
        public var heldCompoundOnly = false
        /// A name that stands for an actor only as the subject right before a control verb:
        /// "Iraq retakes Fallujah" is the Iraqi government; "in Iraq" names no one.
        public var subjectOnly = false
        /// An Arabic noun of an institution listed with the article ("الهيئة", flag "definite"):
        /// without it, before a definite genitive, it heads another name ("هيئة الأركان").
        public var definiteOnly = false
        /// A side's own news outlet (flag "outlet"): it speaks for that side, and is named after
        /// a noun of outlets too ("the state news agency SANA"), where other names are the outlet's.
        public var isOutlet = false
        /// A name made of common words (flag "proper"): an actor only written as a name, every
        /// word capitalised ("the Southern Front" is a rebel alliance, "the southern front" a
        /// line of battle).
        public var properOnly = false
    }

    /// The texts of the lexicon files.
    public struct Sources: Sendable {
        public var actors: String
        public var sides: String
        public var predicates: String
        public var cues: String
        public var dates: String
        public var placeCues: String
        public var stopwords: String
        public var commonWords: String
        /// The actor grammar: force nouns and the modifiers, genitives and adjectives that name
        /// whose forces they are (actor-forms.tsv).
        public var actorForms: String
        /// Control verbs as paradigms (predicate-forms.tsv).
        public var predicateForms: String
        /// Latin spellings of one Arabic word (spelling-variants.tsv).
        public var spellingVariants: String
        /// Small closed classes of words the frames test for (word-classes.tsv).
        public var wordClasses: String
        /// The country whose war an actor's name places a report in (actor-countries.tsv).
        public var actorCountries: String

        public init(actors: String, sides: String, predicates: String, cues: String, dates: String,
                    placeCues: String, stopwords: String, commonWords: String = "", actorForms: String = "",
                    predicateForms: String = "", spellingVariants: String = "", wordClasses: String = "",
                    actorCountries: String = "") {
            self.actors = actors
            self.sides = sides
            self.predicates = predicates
            self.cues = cues
            self.dates = dates
            self.placeCues = placeCues
            self.stopwords = stopwords
            self.commonWords = commonWords
            self.actorForms = actorForms
            self.predicateForms = predicateForms
            self.spellingVariants = spellingVariants
            self.wordClasses = wordClasses
            self.actorCountries = actorCountries
        }

        /// Each file read by its name in the lexicon directory through `read` (nil: absent, which
        /// only the optional files may be).
        public init(reading read: (String) throws -> String?) throws {
            func file(_ name: String) throws -> String {
                if let text = try read(name) { return text }
                if Self.optionalFileNames.contains(name) { return "" }
                throw ParseFailure("\(name) is missing")
            }
            let n = Self.fileNames
            self.init(actors: try file(n[0]), sides: try file(n[1]), predicates: try file(n[2]), cues: try file(n[3]),
                      dates: try file(n[4]), placeCues: try file(n[5]), stopwords: try file(n[6]),
                      commonWords: try file(n[7]), actorForms: try file(n[8]), predicateForms: try file(n[9]),
                      spellingVariants: try file(n[10]), wordClasses: try file(n[11]), actorCountries: try file(n[12]))
        }

        /// The file names in the lexicon directory, in the order of the properties.
        public static let fileNames = ["actors.tsv", "sides.tsv", "predicates.tsv", "cues.tsv", "dates.tsv",
                                       "place-cues.tsv", "stopwords.txt", "common-words.txt", "actor-forms.tsv",
                                       "predicate-forms.tsv", "spelling-variants.tsv", "word-classes.tsv", "actor-countries.tsv"]
        /// Files a lexicon folder made before they existed lacks; without them the lexicon still loads.
        public static let optionalFileNames: Set<String> = ["common-words.txt", "actor-forms.tsv", "predicate-forms.tsv",
                                                              "spelling-variants.tsv", "actor-countries.tsv"]
    }

    public init() {}

    /// The closed word classes of word-classes.tsv.
    public enum WordClass: String, Sendable, CaseIterable {
        case objectMarker = "object-marker", areaNoun = "area-noun", subunitNoun = "subunit-noun"
        case subjunctive, destination, between, auxiliary, determiner
        case unnamedForce = "unnamed-force", bareDeterminer = "bare-determiner", townPart = "town-part", direction
        case returnVerb = "return-verb", subjectTail = "subject-tail", possessive, pastCopula = "past-copula"
        case controlDegree = "control-degree", completionAdverb = "completion-adverb", inside
        case partNoun = "part-noun", directionAdjective = "direction-adjective", subjectPronoun = "subject-pronoun"
        case entryVerb = "entry-verb", arrivalVerb = "arrival-verb", declarationVerb = "declaration-verb", fightingNoun = "fighting-noun", outletNoun = "outlet-noun", civilianNoun = "civilian-noun"
        case changeVerb = "change-verb", fightAgainst = "fight-against", siegeNoun = "siege-noun", forceNoun = "force-noun", holdingNoun = "holding-noun"
        case possessiveSuffix = "possessive-suffix", submissionVerb = "submission-verb", liberationVerb = "liberation-verb"
        case firstPerson = "first-person", adjunctOpener = "adjunct-opener", directionModifier = "direction-modifier"
        case reporterPossessive = "reporter-possessive", degreeWord = "degree-word", heldPart = "held-part", extentNoun = "extent-noun", partialAdverb = "partial-adverb", nearMiss = "near-miss", operationNoun = "operation-noun"
        case peopleAdjective = "people-adjective", continuation, perfectAuxiliary = "perfect-auxiliary"
        case causativeVerb = "causative-verb", capitalNoun = "capital-noun", attackVerb = "attack-verb", advanceVerb = "advance-verb", lossVerb = "loss-verb"
        case timeConjunction = "time-conjunction", aimPreposition = "aim-preposition", factionHead = "faction-head"
        case agentNoun = "agent-noun", accomplishmentVerb = "accomplishment-verb", timeOfDay = "time-of-day"
        case personRole = "person-role", subordinator, allegiance, praiseVerb = "praise-verb"
        case objectAdjective = "object-adjective", bringingVerb = "bringing-verb", ordinal
        case pluralVerb = "plural-verb", copularPronoun = "copular-pronoun", personTitle = "person-title"
        case undoingOpener = "undoing-opener", retreatVerb = "retreat-verb", claimNoun = "claim-noun", freedAdjective = "freed-adjective", enemyNoun = "enemy-noun", roadNoun = "road-noun", foreignAdjective = "foreign-adjective"
        case settlementNoun = "settlement-noun", reinforcementNoun = "reinforcement-noun", reinforcementAim = "reinforcement-aim"
        case listLinker = "list-linker", nearness, positionNoun = "position-noun"
        case sequenceAdverb = "sequence-adverb", partName = "part-name", distanceFiller = "distance-filler"
        case humanPlural = "human-plural", feminineNoun = "feminine-noun"
        case nearCompletion = "near-completion", completionAdjective = "completion-adjective"
        case concession, strongholdNoun = "stronghold-noun", countWord = "count-word"
        case thirdPersonPossessive = "third-person-possessive", groupNoun = "group-noun", passiveAuxiliary = "passive-auxiliary"
        case siteLocator = "site-locator", phraseBreak = "phrase-break", indefinite, quantityNoun = "quantity-noun"
        case siegeObject = "siege-object", coordinator, pluperfect, partitiveHead = "partitive-head", settlementPlural = "settlement-plural", considerationVerb = "consideration-verb", spanUnit = "span-unit"
        case totalityWord = "totality-word", pluralPart = "plural-part", completionVerb = "completion-verb"
        case completionNoun = "completion-noun"
        case hypotheticalCopula = "hypothetical-copula", circumstancePreposition = "circumstance-preposition"
        case presentCopula = "present-copula", strongholdQualifier = "stronghold-qualifier", postposedTotality = "postposed-totality"
    }

    /// Match keys of the words of each class.
    public private(set) var wordClasses: [WordClass: Set<String>] = [:]

    /// The match keys of the words of `wordClass`.
    public func words(of wordClass: WordClass) -> Set<String> {
        wordClasses[wordClass] ?? []
    }

    /// Whether `key` (a word's match key) belongs to `wordClass`.
    public func isWord(_ key: String, _ wordClass: WordClass) -> Bool {
        wordClasses[wordClass]?.contains(key) ?? false
    }

    public init(_ s: Sources) throws {
        spellingVariants = try SpellingVariants(s.spellingVariants)
        var compoundSingulars: [(String, ActorAlias)] = []
        var latinAliases: [(keys: [String], alias: ActorAlias)] = []
        for (n, row) in DataLines.rows(s.actors) {
            guard row.count >= 2, !row[0].isEmpty, !row[1].isEmpty else { throw ParseFailure("actors.tsv line \(n): expected actor id, alias") }
            let alias = row[1]
            let flag = row.count > 2 ? row[2] : ""
            guard flag.isEmpty || flag == "subject" || flag == "definite" || flag == "outlet" || flag == "proper" else {
                throw ParseFailure("actors.tsv line \(n): the third column may only be 'subject', 'definite', 'outlet' or 'proper'")
            }
            var value = ActorAlias(actor: row[0], upperCaseWords: Self.upperCaseWords(alias), subjectOnly: flag == "subject")
            value.definiteOnly = flag == "definite"
            value.isOutlet = flag == "outlet"
            value.properOnly = flag == "proper"
            actors.add(alias, value: value)
            actorIDs.insert(row[0])
            if !alias.unicodeScalars.contains(where: MatchKey.isArabic) { latinAliases.append((NameKey.keys(of: alias), value)) }
            if let singular = Self.compoundSingular(alias) {
                compoundSingulars.append((singular, ActorAlias(actor: row[0], compoundOnly: true)))
            }
        }
        // Listed aliases win over generated forms ("jihadist" may be listed on its own).
        let grammar = try ActorGrammar(s.actorForms)
        for (phrase, actor) in grammar.englishModifiers() {
            let key = MatchKey.fold(phrase)
            if actorModifiers[key] == nil { actorModifiers[key] = actor }
        }
        // (Tens of thousands of generated phrases: each phrase's keys are worked out once.)
        for (phrase, actor) in grammar.phrases() {
            let keys = NameKey.keys(of: phrase)
            guard actors.exactValue(keys: keys) == nil else { continue }
            actors.add(keys: keys, value: ActorAlias(actor: actor, upperCaseWords: Self.upperCaseWords(phrase)))
            actorIDs.insert(actor)
        }
        opposingPrefixes = Set(grammar.opposingPrefixes().map(MatchKey.fold))
        for (phrase, client) in grammar.armedPatrons() {
            guard let patron = actors.exactValue(phrase)?.actor, patron != client else { continue }
            patronClients[patron] = client
        }
        for (singular, alias) in compoundSingulars where actors.exactValue(singular) == nil {
            actors.add(singular, value: alias)
        }
        for (phrase, actor) in grammar.englishModifiers()
        where !phrase.contains(" ") && !phrase.contains("-") && !phrase.contains("'") && actors.exactValue(phrase) == nil {
            var alias = ActorAlias(actor: actor)
            alias.heldCompoundOnly = true
            actors.add(phrase, value: alias)
        }
        // "Jaysh al-Islam" for "Jaish al-Islam", "Failaq" for "Faylaq": the Latin spellings of one
        // Arabic word (spelling-variants.tsv) make the same name; a listed alias wins.
        let listed = actors.keySequences
        for (keys, alias) in latinAliases {
            for variant in spellingVariants.variants(of: keys) where !listed.contains(variant.map(ByteKey.init)) {
                actors.add(keys: variant, value: alias)
            }
        }
        for (n, row) in DataLines.rows(s.sides) {
            guard row.count >= 2 else { throw ParseFailure("sides.tsv line \(n): expected actor id, side") }
            sides[row[0]] = row[1]
            if row.count >= 3, !row[2].isEmpty {
                guard let day = EventDate(row[2]) else { throw ParseFailure("sides.tsv line \(n): expected a date (YYYY-MM-DD), got \(row[2])") }
                firstFought[row[0]] = day
            }
        }
        for (n, row) in DataLines.rows(s.actorCountries) {
            guard row.count >= 2, row[1].count == 2 else { throw ParseFailure("actor-countries.tsv line \(n): expected actor id, country code") }
            countries[row[0]] = row[1]
        }
        for (n, row) in DataLines.rows(s.wordClasses) {
            guard row.count >= 2, let wordClass = WordClass(rawValue: row[0]), !row[1].isEmpty else {
                throw ParseFailure("word-classes.tsv line \(n): expected a class (\(WordClass.allCases.map(\.rawValue).joined(separator: ", "))), a word")
            }
            let key = MatchKey.fold(row[1])
            wordClasses[wordClass, default: []].formUnion([key, ArabicClitics.dropArticle(key)])
        }
        // "took full control of", "in complete control of": a degree before "control" is the
        // same predicate, made for every English phrase with the word rather than listed.
        let degrees = (wordClasses[.controlDegree] ?? []).sorted()
        // "fell completely to", "was handed over entirely to": an adverb of completion before the
        // "to" of a passive phrase.
        let completions = (wordClasses[.completionAdverb] ?? []).sorted()
        for (n, row) in DataLines.rows(s.predicates) {
            guard row.count >= 3, let kind = ControlKind(rawValue: row[0]), let voice = PredicateVoice(rawValue: row[1]) else {
                throw ParseFailure("predicates.tsv line \(n): expected kind, voice, phrase")
            }
            predicates.add(row[2], value: Predicate(kind: kind, voice: voice))
            let words = row[2].split(separator: " ").map(String.init)
            if let at = words.firstIndex(of: "control"), at == 0 || !degrees.contains(words[at - 1]) {
                for degree in degrees {
                    predicates.add((words[..<at] + [degree] + words[at...]).joined(separator: " "), value: Predicate(kind: kind, voice: voice))
                }
            }
            if voice == .passive, words.count > 1, words.last == "to" {
                for adverb in completions {
                    predicates.add((words.dropLast() + [adverb, "to"]).joined(separator: " "), value: Predicate(kind: kind, voice: voice))
                }
            }
        }
        // Listed forms win over the paradigms' ("تسيطر" is listed as standing control).
        // (Tens of thousands of forms: a set of the phrases present, not a lookup of each.)
        var present = predicates.keySequences
        let predicateGrammar = try PredicateGrammar(s.predicateForms)
        englishPastForms = predicateGrammar.englishPastForms()
        clashVerbsAfter = predicateGrammar.clashVerbsAfter()
        for (phrase, predicate) in predicateGrammar.phrases() {
            let keys = NameKey.keys(of: phrase)
            if present.insert(keys.map(ByteKey.init)).inserted { predicates.add(keys: keys, value: predicate) }
        }
        for (n, row) in DataLines.rows(s.cues) {
            guard row.count >= 2, let role = CueRole(rawValue: row[0]) else { throw ParseFailure("cues.tsv line \(n): expected role, phrase") }
            let cue = ContextCue(role: role, value: row.count > 2 ? row[2] : "")
            cues.add(row[1], value: cue)
            // "the two towns" is also "these two towns", "those two towns": a counted anaphor
            // takes any demonstrative for its article.
            if role == .anaphor, CountedAnaphor(cue.value) != nil, row[1].hasPrefix("the ") {
                for demonstrative in ["these", "those"] { cues.add(demonstrative + row[1].dropFirst(3), value: cue) }
            }
        }
        // "الجزء الجنوبي من X", "الأحياء الشرقية لمدينة X": a part noun with a direction
        // adjective names part of the place, made for every pair rather than listed.
        for noun in (wordClasses[.partNoun] ?? []).sorted() {
            for adjective in (wordClasses[.directionAdjective] ?? []).sorted() {
                cues.add("\(noun) \(adjective)", value: ContextCue(role: .partial, value: ""))
            }
        }
        for (n, row) in DataLines.rows(s.dates) {
            guard row.count >= 3, let v = Int(row[1]) else { throw ParseFailure("dates.tsv line \(n): expected role, value, phrase") }
            let word: DateWord
            switch row[0] {
            case "weekday": word = .weekday(v)
            case "offset": word = .offset(v)
            case "month": word = .month(v)
            default: throw ParseFailure("dates.tsv line \(n): unknown role '\(row[0])'")
            }
            dates.add(row[2], value: word)
            // "صباح اليوم", "مساء الأحد": an Arabic time of day before a day is one phrase of time
            // with it, made for every pair rather than listed (and never a name's last word:
            // "على القرية صباح اليوم" is no village "قرية الصباح").
            if row[0] != "month", NameScript.isArabic(row[2]) {
                for part in (wordClasses[.timeOfDay] ?? []).sorted() where NameScript.isArabic(part) {
                    dates.add("\(part) \(row[2])", value: word)
                }
            }
        }
        placeCues = try PlaceCues.parse(s.placeCues)
        stopwords = Self.wordKeys(s.stopwords)
        commonWords = Self.wordKeys(s.commonWords)
        phraseStarts = actors.startKeys.union(predicates.startKeys).union(cues.startKeys).union(dates.startKeys)
    }

    /// Whether an actor, predicate, cue or date phrase may start at this word (false: none does).
    @inline(__always)
    public func mayStartPhrase(_ word: TokenStream.Word) -> Bool {
        let readings = word.firstKeys
        for r in 0..<readings.count where phraseStarts.contains(readings.key(r)) { return true }
        return false
    }

    /// The folded keys of a word list, each with and without the Arabic article.
    static func wordKeys(_ text: String) -> Set<String> {
        var keys = Set<String>()
        for (_, row) in DataLines.rows(text) where !row[0].isEmpty {
            let key = MatchKey.fold(row[0])
            keys.insert(key)
            keys.insert(ArabicClitics.dropArticle(key))
        }
        return keys
    }

    /// "rebels" -> "rebel", "jihadists" -> "jihadist": the singular of a one-word Latin plural.
    static func compoundSingular(_ alias: String) -> String? {
        guard alias.utf8.count > 4, alias.hasSuffix("s"), !alias.hasSuffix("ss"), !alias.contains(" "),
              alias.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }),
              alias.unicodeScalars.contains(where: { $0.properties.isLowercase }) else { return nil }
        return String(alias.dropLast())
    }

    /// Abbreviations in capitals that open a phrase ("IS", "U.S." in "IS fighters") must be met
    /// in capitals: how many words of the phrase they make.
    static func upperCaseWords(_ phrase: String) -> Int {
        guard let first = phrase.unicodeScalars.first, ("A"..."Z").contains(first) else { return 0 }
        let leading = phrase.split(separator: " ").prefix {
            $0.count <= 5 && $0.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || $0 == "." }
        }
        return leading.isEmpty ? 0 : NameKey.keys(of: leading.joined(separator: " ")).count
    }

    /// The side an actor fights on.
    public func side(of actor: String) -> String { sides[actor] ?? actor }

    /// Phrases that never start an unknown place name: predicates and context words
    /// ("الخاضعة لسيطرة", "بعد"). The value says whether the phrase refers back to a place
    /// ("المدينة", "the town"), which no cue before it makes a name either. An anaphor that
    /// counts its places does not: "مدينة القريتين" is one town, never a city of two villages.
    public func nonNamePhrases() -> PhraseIndex<Bool> {
        var index = predicates.mapValues { _ in false }
        index.merge(cues.mapValues { $0.role == .anaphor && CountedAnaphor($0.value) == nil })
        return index
    }

    /// Control predicates as phrases ("captured", "took control of").
    public func predicatePhrases() -> PhraseIndex<Bool> {
        predicates.mapValues { _ in true }
    }

    /// Context phrases, with whether each names a thing taken that is no place ("the road",
    /// "weapons"; not "bridge", a thing that is also a site).
    public func thingPhrases() -> PhraseIndex<Bool> {
        cues.mapValues { $0.role == .object && $0.value != "site" }
    }

    /// Phrases that are never places: actor names and date words ("الخميس").
    public func blockedPhrases() -> PhraseIndex<Bool> {
        var index = actors.mapValues { _ in true }
        index.merge(dates.mapValues { _ in true })
        return index
    }
}
