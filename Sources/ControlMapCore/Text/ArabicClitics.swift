/// Peels the proclitics and the article off folded Arabic words.
///
/// Names in text carry conjunctions and prepositions glued to them ("والرقة", "بالرقة",
/// "للرقة"). Since a name may itself begin with one of those letters ("بغيلية"), callers get every
/// reading and try each against the index, unstripped first.
public enum ArabicClitics {
    private static let article: [Unicode.Scalar] = ["\u{0627}", "\u{0644}"]  // ال
    private static let proclitics: Set<Unicode.Scalar> = ["\u{0648}", "\u{0641}", "\u{0628}", "\u{0644}", "\u{0643}"]  // و ف ب ل ك

    /// The word without a leading article, if what remains is long enough to be a word.
    public static func dropArticle(_ key: String) -> String {
        let s = Array(key.unicodeScalars)
        if s.count >= 4, s[0] == article[0], s[1] == article[1] {
            return String(String.UnicodeScalarView(s[2...]))
        }
        return key
    }

    /// Every reading of a folded Arabic word, article removed in each: the word itself, then
    /// with one or two proclitics peeled ("وبالرقة" -> "بالرقة" -> "رقه").
    public static func readings(_ key: String) -> [String] {
        var result = [dropArticle(key)]
        var s = Array(key.unicodeScalars)
        var peeled = 0
        while peeled < 2, s.count >= 3, proclitics.contains(s[0]) {
            // "لل" is ل + ال whose alef is dropped in writing.
            if s[0] == "\u{0644}", s[1] == "\u{0644}", s.count >= 5 {
                result.append(String(String.UnicodeScalarView(s[2...])))
                break
            }
            s.removeFirst()
            peeled += 1
            let r = dropArticle(String(String.UnicodeScalarView(s)))
            if !result.contains(r) { result.append(r) }
        }
        return result
    }

    /// The reading used for a word inside a multi-word name: the article is dropped, clitics stay.
    public static func innerKey(_ key: String) -> String { dropArticle(key) }
}
