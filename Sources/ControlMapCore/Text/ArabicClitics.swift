/// Peels the proclitics and the article off folded Arabic words.
///
/// Names in text carry conjunctions and prepositions glued to them ("والرقة", "بالرقة",
/// "للرقة"). Since a name may itself begin with one of those letters ("بغيلية"), callers get every
/// reading and try each against the index, unstripped first.
///
/// Folded Arabic keys are made of letters of the Arabic block, two UTF-8 bytes each, so the
/// work is done on bytes: this runs for every Arabic word of every text.
public enum ArabicClitics {
    // ا ل و ف ب ك as UTF-8 (lead byte, second byte).
    private static let alef: (UInt8, UInt8) = (0xD8, 0xA7)
    private static let lam: (UInt8, UInt8) = (0xD9, 0x84)

    @inline(__always)
    private static func isLetter(_ u: UnsafeBufferPointer<UInt8>, _ at: Int, _ letter: (UInt8, UInt8)) -> Bool {
        at + 1 < u.count && u[at] == letter.0 && u[at + 1] == letter.1
    }

    @inline(__always)
    private static func isProclitic(_ u: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        guard at + 1 < u.count else { return false }
        let (a, b) = (u[at], u[at + 1])
        // و ف ل ك (D9 88, D9 81, D9 84, D9 83) and ب (D8 A8)
        return (a == 0xD9 && (b == 0x88 || b == 0x81 || b == 0x84 || b == 0x83)) || (a == 0xD8 && b == 0xA8)
    }

    /// و or ف at byte offset `at`.
    @inline(__always)
    private static func isConjunction(_ u: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        at >= 0 && at + 1 < u.count && u[at] == 0xD9 && (u[at + 1] == 0x88 || u[at + 1] == 0x81)
    }

    /// Scalars from byte offset `at` on (keys are short; continuation bytes are not counted).
    @inline(__always)
    private static func scalarCount(_ u: UnsafeBufferPointer<UInt8>, from at: Int) -> Int {
        var n = 0
        for i in at..<u.count where u[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// The byte offset of the word from `at` without a leading article, if what remains is
    /// long enough to be a word (four letters with the article).
    @inline(__always)
    private static func afterArticle(_ u: UnsafeBufferPointer<UInt8>, from at: Int) -> Int {
        if isLetter(u, at, alef), isLetter(u, at + 2, lam), scalarCount(u, from: at) >= 4 { return at + 4 }
        return at
    }

    private static func withBytes<R>(_ key: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var key = key
        return key.withUTF8(body)
    }

    /// The word without a leading article, if what remains is long enough to be a word.
    public static func dropArticle(_ key: String) -> String {
        withBytes(key) { u in
            let start = afterArticle(u, from: 0)
            return start == 0 ? key : String(decoding: UnsafeBufferPointer(rebasing: u[start...]), as: UTF8.self)
        }
    }

    /// Every reading of a folded Arabic word, article removed in each: the word itself, then
    /// with one or two proclitics peeled ("وبالرقة" -> "بالرقة" -> "رقه").
    public static func readings(_ key: String) -> WordReadings {
        withBytes(key) { u in
            func string(_ from: Int) -> String { from == 0 ? key : String(decoding: UnsafeBufferPointer(rebasing: u[from...]), as: UTF8.self) }
            var result = WordReadings(string(afterArticle(u, from: 0)))
            var at = 0
            var peeled = 0
            // A conjunction takes no second one after it: "ووفرت" is "and provided" (وفّر), never
            // و + و + "فرت" (fled).
            while peeled < 2, isProclitic(u, at), scalarCount(u, from: at) >= 3, !(peeled == 1 && isConjunction(u, at - 2) && isConjunction(u, at)) {
                // "لل" is ل + ال whose alef is dropped in writing.
                if isLetter(u, at, lam), isLetter(u, at + 2, lam), scalarCount(u, from: at) >= 5 {
                    result.append(string(at + 4))
                    break
                }
                at += 2
                peeled += 1
                let r = string(afterArticle(u, from: at))
                if !result.contains(where: { $0.sameKey(r) }) { result.append(r) }
            }
            return result
        }
    }

    /// Whether the word is written with the article, after at most two proclitics ("الهيئة",
    /// "والهيئة", "بالهيئة", "للهيئة", where "لل" is ل and the article).
    public static func isDefinite(_ key: String) -> Bool {
        withBytes(key) { u in
            var at = 0
            for _ in 0...2 {
                if isLetter(u, at, alef), isLetter(u, at + 2, lam) { return true }
                if isLetter(u, at, lam), isLetter(u, at + 2, lam) { return true }
                guard isProclitic(u, at) else { return false }
                at += 2
            }
            return false
        }
    }

    /// The reading used for a word inside a multi-word name: the article is dropped, clitics stay.
    public static func innerKey(_ key: String) -> String { dropArticle(key) }

    /// ب ل ك: the prepositions written as one word with the noun after them.
    public static let prepositions: Set<Unicode.Scalar> = ["\u{0628}", "\u{0644}", "\u{0643}"]

    /// Whether the clitics that reading `reading` of `key` peeled include one of `letters`
    /// ("وبمدينة" at reading 2 peeled و and ب). "لل" is ل and the article: one reading, two
    /// letters, and the first is the one that counts.
    public static func peeled(_ key: String, reading: Int, anyOf letters: Set<Unicode.Scalar>) -> Bool {
        reading > 0 && key.unicodeScalars.prefix(reading).contains { letters.contains($0) }
    }
}
