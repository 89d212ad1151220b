import Foundation

/// Turns a gazetteer name into the sequence of token keys the index stores.
///
/// Latin articles ("al", "el", "ad", ...) are dropped as tokens when other words remain, and the
/// Arabic article is dropped from every word, so "Deir ez-Zor", "Deir Zor" and "دير الزور" each
/// become two keys that text tokens are compared with after the same folding.
public enum NameKey {
    /// Latin transliterations of the Arabic article, as separate tokens.
    public static let latinArticles: Set<String> = [
        "al", "el", "ad", "ar", "as", "at", "az", "ash", "an", "ath", "adh", "ed", "es", "en", "ez", "et", "ul",
    ]

    public static func keys(of name: String) -> [String] {
        let scalars = AnalyzedText.canonicalScalars(name)
        let tokens = Tokenizer().tokenize(scalars).filter { $0.kind != .punctuation }
        var keys: [String] = []
        let hasContent = tokens.contains { !$0.isArabic && !latinArticles.contains($0.key) || $0.isArabic }
        for t in tokens {
            if t.isArabic {
                keys.append(ArabicClitics.innerKey(t.key))
            } else if hasContent && latinArticles.contains(t.key) {
                continue
            } else {
                keys.append(t.key)
            }
        }
        return keys
    }
}
