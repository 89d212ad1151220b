/// Control verbs as paradigms rather than lists: one row per verb, every inflected form made
/// from it. Arabic rows give the perfect and the imperfect of the third person masculine
/// singular ("استعاد", "يستعيد"); the other persons and numbers (استعادت، استعادوا، تستعيد،
/// يستعيدون ...) follow, and a fixed complement after the verb agrees through `{ه}`
/// ("بسط سيطرت{ه}" gives بسطت سيطرتها, بسطوا سيطرتهم). English rows give the five forms of a
/// verb (capture, captures, captured, captured, capturing) and make the active forms, the
/// perfects ("has captured") and, for verbs without a complement, the passives with "by"
/// ("was captured by", "has been captured by").
///
/// Read from predicate-forms.tsv: `ar-verb <TAB> kind <TAB> perfect <TAB> imperfect [<TAB> complement]`
/// or `en-verb <TAB> kind <TAB> base <TAB> third person <TAB> past <TAB> participle <TAB> -ing [<TAB> complement]`.
public struct PredicateGrammar: Sendable {
    struct ArabicVerb: Sendable {
        var kind: ControlKind, perfect: String, imperfect: String, complement: String
    }

    struct EnglishVerb: Sendable {
        var kind: ControlKind, base: String, third: String, past: String, participle: String, ing: String, complement: String
    }

    private var arabic: [ArabicVerb] = []
    private var english: [EnglishVerb] = []

    public init(_ text: String) throws {
        for (n, row) in DataLines.rows(text) {
            let expected = "predicate-forms.tsv line \(n): expected ar-verb, kind, perfect, imperfect [, complement] or en-verb, kind, base, third person, past, participle, -ing [, complement]"
            guard row.count >= 2, let kind = ControlKind(rawValue: row[1]) else { throw ParseFailure(expected) }
            switch row[0] {
            case "ar-verb" where row.count >= 4 && !row[2].isEmpty && row[3].hasPrefix("\u{064A}"):
                arabic.append(ArabicVerb(kind: kind, perfect: row[2], imperfect: row[3], complement: row.count > 4 ? row[4] : ""))
            case "en-verb" where row.count >= 7 && !row[2...6].contains(where: \.isEmpty):
                english.append(EnglishVerb(kind: kind, base: row[2], third: row[3], past: row[4], participle: row[5], ing: row[6],
                                           complement: row.count > 7 ? row[7] : ""))
            default:
                throw ParseFailure(expected)
            }
        }
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
        for v in english {
            let tail = v.complement.isEmpty ? "" : " " + v.complement
            for form in [v.base, v.third, v.past, v.ing, "has " + v.participle, "have " + v.participle, "had " + v.participle] {
                out.append((form + tail, Predicate(kind: v.kind, voice: .active)))
            }
            guard v.complement.isEmpty else { continue }
            for auxiliary in ["was", "were", "is", "are", "has been", "have been", "had been", "being", "been"] {
                out.append((auxiliary + " " + v.participle + " by", Predicate(kind: v.kind, voice: .passive)))
            }
        }
        return out
    }

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
