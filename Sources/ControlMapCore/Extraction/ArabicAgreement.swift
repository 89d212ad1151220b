/// The gender and number an Arabic noun phrase asks of a pronoun that refers back to it:
/// "قوات النظام ... سيطرتها" (a sound feminine plural, a collective in ة, a plural of things),
/// "الجيش ... سيطرته", "المسلحون ... سيطرتهم". Read from the head noun's ending and two small
/// word classes, so that a possessive pronoun is bound to a side it can stand for, not merely to
/// the nearest one.
enum ArabicAgreement: Equatable {
    case masculine, feminine, humanPlural

    /// The agreement of a head noun (its key as written); nil when the form does not say it, as
    /// for a name or an acronym ("داعش", "قسد").
    init?(head: String, lexicon: ExtractionLexicon) {
        // ("والفصائل": the conjunction and the article written on the noun are no part of it.)
        let forms = Array(ArabicClitics.readings(head))
        if forms.contains(where: { lexicon.isWord($0, .humanPlural) }) { self = .humanPlural; return }
        if forms.contains(where: { lexicon.isWord($0, .feminineNoun) }) { self = .feminine; return }
        // The ending: "ات" of the sound feminine plural, ة (folded to ه) of the feminine; "ون"
        // and "ين" of the sound masculine plural, which only people take.
        let head = forms.last ?? head
        let scalars = head.unicodeScalars.count
        if scalars >= 4, head.hasSuffix("\u{0627}\u{062A}") || head.hasSuffix("\u{0647}") { self = .feminine; return }
        if scalars >= 5, head.hasSuffix("\u{0648}\u{0646}") || head.hasSuffix("\u{064A}\u{0646}") { self = .humanPlural; return }
        // A common noun with none of those endings is masculine ("الجيش", "تنظيم", "الحشد");
        // a name is not known to be.
        if forms.contains(where: { lexicon.commonWords.contains($0) }) { self = .masculine; return }
        return nil
    }

    /// The agreement a possessive pronoun asks for ("ه", "ها"); nil for a plural one, which any
    /// side's fighters may take ("سيطرتهم").
    init?(pronoun: String) {
        switch pronoun {
        case "\u{0647}": self = .masculine
        case "\u{0647}\u{0627}": self = .feminine
        default: return nil
        }
    }
}
