/// Control verbs as paradigms rather than lists: one row per verb, every inflected form made
/// from it. Arabic rows give the perfect and the imperfect of the third person masculine
/// singular ("استعاد", "يستعيد"); the other persons and numbers (استعادت، استعادوا، تستعيد،
/// يستعيدون ...) follow, and a fixed complement after the verb agrees through `{ه}`
/// ("بسط سيطرت{ه}" gives بسطت سيطرتها, بسطوا سيطرتهم). English rows give the five forms of a
/// verb (capture, captures, captured, captured, capturing) and make the active forms, the
/// perfects ("has captured") and, for verbs without a complement, the passives with "by"
/// ("was captured by", "has been captured by").
///
/// Fighting inside a place is a frame, not a phrase: a noun of fighting ("clashes", "معارك"),
/// an adjective ("heavy", "عنيفة"), a verb of its going on before or after it ("raged", "تدور",
/// "مستمرة") and the word that opens its sides or its place ("between", "in", "بين", "داخل").
/// Every combination is a clash predicate.
///
/// Read from predicate-forms.tsv: `ar-verb <TAB> kind <TAB> perfect <TAB> imperfect [<TAB> complement]`,
/// `ar-noun <TAB> kind <TAB> verbal noun <TAB> complement with {ه}` (every possessive pronoun:
/// "استعادة سيطرت{ه}" gives استعادة سيطرته، استعادة سيطرتها، استعادة سيطرتهم ...),
/// `en-verb <TAB> kind <TAB> base <TAB> third person <TAB> past <TAB> participle <TAB> -ing [<TAB> complement]`
/// `clash <TAB> noun|adjective|verb-before|verb-after|link|verb <TAB> words`, or `object <TAB> {name}
/// <TAB> determiners <TAB> nouns` (`;`-separated): an English complement may hold `{name}`, which
/// stands for every determiner with every noun ("pull {forces} out of": "pulled its fighters out of").
public struct PredicateGrammar: Sendable {
    struct ArabicVerb: Sendable {
        var kind: ControlKind, perfect: String, imperfect: String, complement: String
    }

    struct EnglishVerb: Sendable {
        var kind: ControlKind, base: String, third: String, past: String, participle: String, ing: String, complement: String
    }

    /// The parts of the fighting frame of one language.
    struct ClashFrame: Sendable {
        var nouns: [String] = [], adjectives: [String] = [], verbsBefore: [String] = [], verbsAfter: [String] = [], links: [String] = []
        /// Verbs of fighting whose subject is a side: "fought", "clashed with", "اشتبكت".
        var verbs: [String] = []
    }

    private var arabic: [ArabicVerb] = []
    /// Arabic verbal nouns with a complement that carries a possessive pronoun.
    private var arabicNouns: [(kind: ControlKind, noun: String, complement: String)] = []
    private var english: [EnglishVerb] = []
    private var arabicClash = ClashFrame()
    private var englishClash = ClashFrame()
    /// The object slots of English complements, by their `{name}`: every phrase each stands for.
    private var objects: [String: [String]] = [:]

    public init(_ text: String) throws {
        for (n, row) in DataLines.rows(text) {
            let expected = "predicate-forms.tsv line \(n): expected ar-verb, kind, perfect, imperfect [, complement], ar-noun, kind, noun, complement with {ه}, en-verb, kind, base, third person, past, participle, -ing [, complement], clash, part, words or object, {name}, determiners, nouns"
            if row.first == "clash" {
                guard row.count == 3, !row[2].isEmpty else { throw ParseFailure(expected) }
                let isArabic = row[2].unicodeScalars.contains(where: MatchKey.isArabic)
                if isArabic { try Self.add(row[2], as: row[1], to: &arabicClash, line: n) } else { try Self.add(row[2], as: row[1], to: &englishClash, line: n) }
                continue
            }
            if row.first == "object" {
                guard row.count == 4, row[1].hasPrefix("{"), row[1].hasSuffix("}") else { throw ParseFailure(expected) }
                let determiners = row[2].split(separator: ";").map(String.init), nouns = row[3].split(separator: ";").map(String.init)
                guard !determiners.isEmpty, !nouns.isEmpty else { throw ParseFailure(expected) }
                objects[row[1]] = determiners.flatMap { d in nouns.map { d + " " + $0 } }
                continue
            }
            guard row.count >= 2, let kind = ControlKind(rawValue: row[1]) else { throw ParseFailure(expected) }
            switch row[0] {
            case "ar-verb" where row.count >= 4 && !row[2].isEmpty && row[3].hasPrefix("\u{064A}"):
                arabic.append(ArabicVerb(kind: kind, perfect: row[2], imperfect: row[3], complement: row.count > 4 ? row[4] : ""))
            case "ar-noun" where row.count == 4 && !row[2].isEmpty && row[3].contains("{ه}"):
                arabicNouns.append((kind, row[2], row[3]))
            case "en-verb" where row.count >= 7 && !row[2...6].contains(where: \.isEmpty):
                english.append(EnglishVerb(kind: kind, base: row[2], third: row[3], past: row[4], participle: row[5], ing: row[6],
                                           complement: row.count > 7 ? row[7] : ""))
            default:
                throw ParseFailure(expected)
            }
        }
    }

    /// The past forms of the English verbs ("took", "overran", "captured"): a finite verb, never a
    /// bare infinitive, whatever its ending.
    public func englishPastForms() -> Set<String> {
        Set(english.map { MatchKey.fold($0.past) })
    }

    /// The match keys of the last words of the verbs that follow a noun of fighting ("raged",
    /// "broke out", "مستمرة"): a clash phrase that ends on one has no link of its own.
    public func clashVerbsAfter() -> Set<String> {
        Set((englishClash.verbsAfter + arabicClash.verbsAfter).compactMap { $0.split(separator: " ").last.map { MatchKey.fold(String($0)) } })
    }

    /// Every form the paradigms make, with its predicate.
    public func phrases() -> [(phrase: String, predicate: Predicate)] {
        var out: [(phrase: String, predicate: Predicate)] = []
        for v in arabic {
            for (form, pronoun) in Self.arabicForms(perfect: v.perfect, imperfect: v.imperfect) {
                let complement = v.complement.replacingOccurrences(of: "{ه}", with: pronoun)
                out.append((complement.isEmpty ? form : form + " " + complement, Predicate(kind: v.kind, voice: .active)))
            }
        }
        for n in arabicNouns {
            for pronoun in Self.possessivePronouns {
                out.append((n.noun + " " + n.complement.replacingOccurrences(of: "{ه}", with: pronoun), Predicate(kind: n.kind, voice: .nominal)))
            }
        }
        for v in english {
            let tails = expanded(v.complement).map { $0.isEmpty ? "" : " " + $0 }
            // "kept its grip on X" reports a standing hold, read as "holds X" is.
            let voice: PredicateVoice = v.kind == .holds ? .present : .active
            // The participle alone as well ("has reportedly taken X"): after an auxiliary of the
            // passive the extractor reads it as one, as it does "captured".
            let participle = v.participle != v.past ? [v.participle] : []
            for form in [v.base, v.third, v.past, v.ing, "has " + v.participle, "have " + v.participle, "had " + v.participle] + participle {
                out += tails.map { (form + $0, Predicate(kind: v.kind, voice: voice)) }
                // "took it over", "won them back": a particle after the object pronoun.
                if Self.particles.contains(v.complement) {
                    for pronoun in ["it", "them"] { out.append((form + " " + pronoun + " " + v.complement, Predicate(kind: v.kind, voice: voice))) }
                }
            }
            guard v.complement.isEmpty else { continue }
            for auxiliary in ["was", "were", "is", "are", "has been", "have been", "had been", "being", "been"] {
                out.append((auxiliary + " " + v.participle + " by", Predicate(kind: v.kind, voice: .passive)))
            }
        }
        out += Self.clashPhrases(englishClash, arabic: false).map { ($0, Predicate(kind: .contested, voice: .clash)) }
        out += Self.clashPhrases(arabicClash, arabic: true).map { ($0, Predicate(kind: .contested, voice: .clash)) }
        out += (englishClash.verbs + arabicClash.verbs).map { ($0, Predicate(kind: .contested, voice: .fight)) }
        out += Self.fightingNounPhrases(englishClash).map { ($0, Predicate(kind: .contested, voice: .fight)) }
        return out
    }

    /// A complement with its object slot filled in every way, or the complement itself.
    private func expanded(_ complement: String) -> [String] {
        guard let slot = objects.keys.first(where: { complement.contains($0) }) else { return [complement] }
        return objects[slot, default: []].map { complement.replacingOccurrences(of: slot, with: $0) }
    }

    private static func add(_ words: String, as part: String, to frame: inout ClashFrame, line n: Int) throws {
        switch part {
        case "noun": frame.nouns.append(words)
        case "adjective": frame.adjectives.append(words)
        case "verb-before": frame.verbsBefore.append(words)
        case "verb-after": frame.verbsAfter.append(words)
        case "link": frame.links.append(words)
        case "verb": frame.verbs.append(words)
        default: throw ParseFailure("predicate-forms.tsv line \(n): unknown part '\(part)' of the clash frame; expected noun, adjective, verb-before, verb-after, link or verb")
        }
    }

    /// The phrases of a fighting frame. English: [adjective] noun [verb] link ("heavy fighting raged
    /// between"). Arabic: [verb] noun [adjective] [verb] link, the verb on one side only ("تدور
    /// معارك عنيفة في", "المعارك العنيفة مستمرة داخل"); an adjective after a noun with the article
    /// takes it too. A verb needs no link: the sides and the place follow it.
    static func clashPhrases(_ f: ClashFrame, arabic: Bool) -> [String] {
        var out: [String] = []
        func joined(_ parts: String?...) -> String { parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ") }
        if !arabic {
            for noun in f.nouns {
                for adjective in [nil] + f.adjectives.map(Optional.some) {
                    for verb in [nil] + f.verbsAfter.map(Optional.some) {
                        for link in f.links { out.append(joined(adjective, noun, verb, link)) }
                    }
                    // "clashes broke out on Tuesday in X": a time may stand between the verb and
                    // its link, so the verb ends a phrase too (the reading still wants "in X").
                    for verb in f.verbsAfter { out.append(joined(adjective, noun, verb)) }
                }
            }
            return out
        }
        let article = "\u{0627}\u{0644}"
        for bare in f.nouns {
            for definite in [false, true] {
                let noun = definite ? article + bare : bare
                for adjective in [nil] + f.adjectives.map({ Optional.some(definite ? article + $0 : $0) }) {
                    let core = joined(noun, adjective)
                    for link in f.links {
                        out.append(joined(core, link))
                        for verb in f.verbsAfter { out.append(joined(core, verb, link)) }
                    }
                    for verb in f.verbsAfter { out.append(joined(core, verb)) }
                    for verb in f.verbsBefore {
                        out.append(joined(verb, core))
                        for link in f.links { out.append(joined(verb, core, link)) }
                    }
                }
            }
        }
        return out
    }

    /// English verbs that take the fight as their object, with its noun: "were engaged in heavy
    /// fighting", "are locked in street battles". Their subject is one side, as of "fought"; the
    /// noun must follow, for "engaged in talks with" is no fight.
    static func fightingNounPhrases(_ f: ClashFrame) -> [String] {
        f.verbsBefore.flatMap { verb in
            f.nouns.flatMap { noun in ([nil] + f.adjectives).map { adjective in [verb, adjective, noun].compactMap { $0 }.joined(separator: " ") } }
        }
    }

    /// The Arabic possessive pronouns a noun takes: his/its, her/its, their, their two, our.
    static let possessivePronouns = ["\u{0647}", "\u{0647}\u{0627}", "\u{0647}\u{0645}", "\u{0647}\u{0645}\u{0627}", "\u{0646}\u{0627}"]

    /// English particles of phrasal verbs, which may follow the object pronoun.
    static let particles: Set<String> = ["over", "back"]

    /// The forms of an Arabic verb with the pronoun suffix that agrees with each: first person
    /// plural, then the third person masculine and feminine singular, masculine plural, duals.
    static func arabicForms(perfect: String, imperfect: String) -> [(String, String)] {
        let alifMaqsura: Character = "\u{0649}", ya: Character = "\u{064A}"
        // A verb ending in a weak letter drops it before a suffix ("استولى" -> "استولت", "استولوا").
        let p = perfect.last == alifMaqsura ? String(perfect.dropLast()) : perfect
        let i = imperfect.last == ya || imperfect.last == alifMaqsura ? String(imperfect.dropLast()) : imperfect
        let feminine = "\u{062A}" + imperfect.dropFirst()
        // "we" in a commander's words ("حررنا", "استولينا", "نستعيد", with "سيطرتنا").
        let we = perfect.last == alifMaqsura ? p + "\u{064A}\u{0646}\u{0627}" : perfect + "\u{0646}\u{0627}"
        return [
            (we, "\u{0646}\u{0627}"), ("\u{0646}" + imperfect.dropFirst(), "\u{0646}\u{0627}"),
            (perfect, "\u{0647}"), (p + "\u{062A}", "\u{0647}\u{0627}"), (p + "\u{0648}\u{0627}", "\u{0647}\u{0645}"),
            (p + "\u{062A}\u{0627}", "\u{0647}\u{0645}\u{0627}"),
            (imperfect, "\u{0647}"), (feminine, "\u{0647}\u{0627}"), (i + "\u{0648}\u{0646}", "\u{0647}\u{0645}"),
            (i + "\u{0627}\u{0646}", "\u{0647}\u{0645}\u{0627}"),
        ]
    }
}
