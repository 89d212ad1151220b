import Foundation
import Synchronization

/// The consonant skeleton of a name: how the tagger recognises spelling variants that fold
/// to different keys ("al-Qaraytan" / "Al Qaryatayn", "البغلية" / "البغيلية").
///
/// Latin: articles dropped, vowels and y removed, doubled letters collapsed, q/k/g, dh/z/th and
/// similar transliteration pairs merged. Arabic: article dropped, long vowels (ا و ي) and the
/// final ه of ta marbuta removed.
public enum NameSkeleton {
    public static func of(_ name: String) -> String {
        let keys = NameKey.keys(of: name)
        guard !keys.isEmpty else { return "" }
        return join(keys.map(word))
    }

    /// Word skeletons run together: "Abu Kamal", "Albu Kamal" and "Bukamal" all give "bkml".
    static func join(_ words: [String]) -> String {
        words.joined()
    }

    static let digraphs: [Unicode.Scalar: Unicode.Scalar] = ["d": "z", "t": "t", "k": "h", "g": "g", "s": "s", "p": "f"]

    /// Long enough to tell names apart: three consonants in Arabic script, four in Latin.
    public static func isDistinctive(_ skeleton: String) -> Bool {
        let n = skeleton.unicodeScalars.filter { $0 != " " }.count
        return skeleton.unicodeScalars.first.map(MatchKey.isArabic) ?? false ? n >= 3 : n >= 4
    }

    static func word(_ key: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(key.unicodeScalars)
        if scalars.first.map(MatchKey.isArabic) ?? false {
            for (i, s) in scalars.enumerated() {
                if s == "\u{0627}" || s == "\u{0648}" || s == "\u{064A}" { continue }
                if s == "\u{0647}" && i == scalars.count - 1 { continue }
                if out.last != s { out.append(s) }
            }
            return String(out)
        }
        for var c in latinLetters(key) {
            if c == "a" || c == "e" || c == "i" || c == "o" || c == "u" || c == "y" || c == "'" { continue }
            if c == "q" || c == "g" { c = "k" }
            if out.last != c { out.append(c) }
        }
        return String(out)
    }
}

extension NameSkeleton {
    /// How far an Arabic spelling writes the same name as a Latin one: the number of leading
    /// consonants their skeletons share, the Arabic one in the letters of the Latin one (ق and
    /// غ as k, ش as s, ذ and ظ as z, ع and w left out); 0 below two. "محردة" writes "Muhradah"
    /// (4); "الكرمة", another name of the same record, does not (0); "قصر حميد" writes "Qasr
    /// Hamid" further (6) than "القصور" does (3).
    public static func sharedConsonants(arabic: String, latin: String) -> Int {
        sharedConsonants(arabic: arabic, latinConsonants: consonants(latin: latin))
    }

    /// The same, against a Latin name's consonants worked out once (`consonants(latin:)`).
    public static func sharedConsonants(arabic: String, latinConsonants: [Unicode.Scalar]) -> Int {
        let n = zip(collapsed(of(arabic).unicodeScalars.compactMap { arabicInLatin[$0] }), latinConsonants).prefix { $0 == $1 }.count
        return n >= 2 ? n : 0
    }

    /// A Latin name's consonants as `sharedConsonants` compares them: its skeleton without w,
    /// and without a leading administrative word ("Nahiyat ash-Shinafiyah" is the sub-district
    /// named after the town "الشنافية").
    public static func consonants(latin: String) -> [Unicode.Scalar] {
        let keys = NameKey.keys(of: latin).drop { administrativeWords.contains($0) }
        return collapsed(join(keys.map(word)).unicodeScalars.filter { $0 != "w" })
    }

    /// Letters with each run of one letter written once.
    static func collapsed<S: Sequence<Unicode.Scalar>>(_ letters: S) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for c in letters where out.last != c { out.append(c) }
        return out
    }

    /// Latin words for an administrative unit that GeoNames puts before a town's name.
    static let administrativeWords: Set<String> = ["nahiyat", "nahiya", "nahiyah", "qada", "qadaa", "markaz", "mintaqat"]

    /// Arabic consonants as the letters a Latin skeleton writes them with.
    static let arabicInLatin: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{0628}": "b", "\u{062A}": "t", "\u{062B}": "t", "\u{062C}": "j", "\u{062D}": "h", "\u{062E}": "h",
        "\u{062F}": "d", "\u{0630}": "z", "\u{0631}": "r", "\u{0632}": "z", "\u{0633}": "s", "\u{0634}": "s",
        "\u{0635}": "s", "\u{0636}": "d", "\u{0637}": "t", "\u{0638}": "z", "\u{063A}": "k", "\u{0641}": "f",
        "\u{0642}": "k", "\u{0643}": "k", "\u{0644}": "l", "\u{0645}": "m", "\u{0646}": "n", "\u{0647}": "h",
    ]

    /// The consonants of a Latin name with each run of vowels kept as one mark: "Beiji" and
    /// "Baiji" both give "bvjv", "Makhmour" and "Makhmur" "mvkmvr", "Jobar" and "Jawbar" "jvbvr".
    /// Finer than the skeleton (it keeps where the vowels are), so shorter names can be told
    /// apart by it. Empty for Arabic script. Keys carry a leading "~" to stay apart from skeletons.
    public static func vowelPattern(of name: String) -> String {
        vowelPattern(keys: NameKey.keys(of: name))
    }

    /// The vowel pattern of a name already split into its word keys.
    static func vowelPattern(keys: [String]) -> String {
        guard let first = keys.first, !(first.unicodeScalars.first.map(MatchKey.isArabic) ?? true) else { return "" }
        return "~" + keys.map(vowelPatternWord).joined()
    }

    /// Whether two names are spelled alike (articles and spaces aside): an edit distance of at
    /// most one in four letters, where a vowel, w or y put for another or left out counts half
    /// (in Arabic script a long vowel ا و ي, or a final ه or ى). "Beiji"/"Bayji" and
    /// "Jobar"/"Jawbar" are alike, as are "البغلية"/"البغيلية"; "Saadiya"/"Suwayda" share a vowel
    /// pattern but not a spelling, "حيمور"/"الحمرة" a skeleton but not a spelling.
    ///
    /// Two endings make different names however close the letters: a ta marbuta one name
    /// writes and the other leaves off ("العاصمة", the capital, is not "عاصم"; "أبو دفنة" is not
    /// "أبو دفن"), though a final ا or ى may stand for it ("كفروما"/"كفرومة"); and the nisba
    /// ending, which makes an adjective or a family name of a place ("al-Tikriti", "الحلبي").
    ///
    /// Arabic writes each word of a name one way: in two names of as many words, every word must
    /// be spelled alike ("تل محمد" is not "تلول محمد", hill and hills, though the whole names are
    /// close).
    public static func isCloseSpelling(_ a: String, _ b: String) -> Bool {
        let ka = NameKey.keys(of: a), kb = NameKey.keys(of: b)
        let x = Array(ka.joined().unicodeScalars), y = Array(kb.joined().unicodeScalars)
        guard !isNisba(x, of: y), !isNisba(y, of: x), !dropsTaMarbuta(x, y) else { return false }
        let soft: (Unicode.Scalar) -> Bool = { "aeiouwy'\u{0627}\u{0648}\u{064A}\u{0647}\u{0649}".unicodeScalars.contains($0) }
        if ka.count > 1, ka.count == kb.count, x.first.map(MatchKey.isArabic) == true, y.first.map(MatchKey.isArabic) == true,
           !zip(ka, kb).allSatisfy({ isWithinSoftDistance(Array($0.unicodeScalars), Array($1.unicodeScalars), soft: soft) }) {
            return false
        }
        return isWithinSoftDistance(x, y, soft: soft)
    }

    /// A Latin name's final i or y writes a letter (ي) an Arabic name ending in a consonant
    /// lacks: "al-Tikriti" is the nisba of "تكريت", not its spelling.
    static func endsInVowelI(_ latin: String) -> Bool {
        guard let last = NameKey.keys(of: latin).last?.unicodeScalars.last else { return false }
        return last == "i" || last == "y"
    }

    static func endsInConsonant(_ arabic: String) -> Bool {
        guard let last = NameKey.keys(of: arabic).last?.unicodeScalars.last else { return false }
        return MatchKey.isArabic(last) && !"\u{064A}\u{0649}\u{0627}\u{0647}\u{0621}\u{0648}\u{0626}\u{0629}".unicodeScalars.contains(last)
    }

    /// Whether a name is another with the nisba ending (Latin i, Arabic ي) put on.
    static func isNisba(_ x: [Unicode.Scalar], of y: [Unicode.Scalar]) -> Bool {
        guard x.count == y.count + 1, let last = x.last, ["i", "y", "\u{064A}"].contains(last) else { return false }
        return Array(x.dropLast()) == y
    }

    /// Whether one Arabic spelling ends in the ta marbuta (ه once folded) and the other in a
    /// consonant or in ي or و, which never stand for it.
    static func dropsTaMarbuta(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Bool {
        guard let a = x.last, let b = y.last, MatchKey.isArabic(a), MatchKey.isArabic(b) else { return false }
        let standsFor: Set<Unicode.Scalar> = ["\u{0647}", "\u{0627}", "\u{0649}"]
        return (a == "\u{0647}") != (b == "\u{0647}") && !(standsFor.contains(a) && standsFor.contains(b))
    }

    /// Whether an Arabic spelling and a Latin one write the same name (articles aside): both
    /// read as the letters transliteration uses (ا a, و and u/o w, ي and i/e y, ع and hamza ',
    /// خ kh or x, the ta marbuta left out), within the distance of `isCloseSpelling`. "حيمور"
    /// writes "Haymar" but not "al-Hamra" or "Yahmur", which share its skeleton; "حربل" writes
    /// "Harbul" but not "Khirbil" (the skeleton merges ح and خ; transliteration never does).
    public static func writesAlike(arabic: String, latin: String) -> Bool {
        let x = collapsed(NameKey.keys(of: arabic).flatMap(transliterationLetters(arabic:)))
        let y = collapsed(NameKey.keys(of: latin).drop { administrativeWords.contains($0) }.flatMap(transliterationLetters(latin:)))
        guard !isNisba(x, of: y), !isNisba(y, of: x), !(endsInVowelI(latin) && endsInConsonant(arabic)) else { return false }
        return isWithinSoftDistance(x, y) { "awy'".unicodeScalars.contains($0) }
    }

    static func transliterationLetters(arabic key: String) -> [Unicode.Scalar] {
        let s = Array(key.unicodeScalars)
        return s.enumerated().compactMap { i, c in
            switch c {
            case "\u{0627}", "\u{0649}": return "a"
            case "\u{0648}": return "w"
            case "\u{064A}": return "y"
            case "\u{0639}", "\u{0621}", "\u{0623}", "\u{0625}", "\u{0622}", "\u{0626}", "\u{0624}": return "'"
            case "\u{0647}" where i == s.count - 1, "\u{0629}": return nil
            case "\u{062E}": return "x"
            default: return arabicInLatin[c]
            }
        }
    }

    static func transliterationLetters(latin key: String) -> [Unicode.Scalar] {
        // "kh" (and the Kurdish "x") is خ, never ح: kept apart before the digraphs merge.
        let s = latinLetters(key.replacingOccurrences(of: "kh", with: "x"))
        return s.enumerated().compactMap { i, c in
            switch c {
            case "a": return "a"
            case "e", "i", "y": return "y"
            case "o", "u", "w": return "w"
            case "q", "g": return "k"
            // "Karmah": a final h after a vowel is the ta marbuta.
            case "h" where i == s.count - 1 && i > 0 && "aeiou".unicodeScalars.contains(s[i - 1]): return nil
            default: return c
            }
        }
    }

    /// An edit distance of at most one in four letters, where a `soft` letter put for another
    /// soft one, or put in or left out, counts half.
    static func isWithinSoftDistance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], soft: (Unicode.Scalar) -> Bool) -> Bool {
        guard !x.isEmpty, !y.isEmpty else { return false }
        let limit = Double(max(1, max(x.count, y.count) / 4))
        var row = [0.0]
        for j in 0..<y.count { row.append(row[j] + (soft(y[j]) ? 0.5 : 1)) }
        for i in 1...x.count {
            var previous = row[0]
            row[0] += soft(x[i - 1]) ? 0.5 : 1
            for j in 1...y.count {
                let change = x[i - 1] == y[j - 1] ? 0 : (soft(x[i - 1]) && soft(y[j - 1]) ? 0.5 : 1)
                let substitution = previous + change
                previous = row[j]
                row[j] = min(substitution, row[j] + (soft(x[i - 1]) ? 0.5 : 1), row[j - 1] + (soft(y[j - 1]) ? 0.5 : 1))
            }
        }
        return row[y.count] <= limit
    }

    /// Two consonants and four marks at least ("bvjv"); "Hit" ("hvt") is too short to guess at.
    public static func isDistinctivePattern(_ pattern: String) -> Bool {
        let marks = pattern.unicodeScalars.dropFirst()
        return marks.count >= 4 && marks.filter { $0 != "v" }.count >= 2
    }

    static func vowelPatternWord(_ key: String) -> String {
        let s = latinLetters(key)
        func isVowel(_ c: Unicode.Scalar) -> Bool { "aeiouy'".unicodeScalars.contains(c) }
        var out = String.UnicodeScalarView()
        for (i, letter) in s.enumerated() {
            var c = letter
            let previousVowel = out.last == "v"
            let last = i + 1 == s.count
            // "aw" and "ay" before a consonant or at the end are vowels ("Jawbar", "Mayy").
            let glide = c == "w" && previousVowel && (last || !isVowel(s[i + 1]))
            if isVowel(c) || glide {
                if !previousVowel { out.append("v") }
                continue
            }
            // A final h after a vowel is the ta marbuta ("Karmah", "Karma").
            if c == "h", last, previousVowel { continue }
            if c == "q" || c == "g" { c = "k" }
            if out.last != c { out.append(c) }
        }
        return String(out)
    }

    /// The letters of a Latin word key as transliteration means them: a glued article dropped
    /// ("Albu Kamal", "Alqaim" go like a separate one) and the digraphs dh/z, th/t, kh/h, gh/g,
    /// sh/s, ph/f merged into one letter.
    static func latinLetters(_ key: String) -> [Unicode.Scalar] {
        var s = Array(key.unicodeScalars)
        if s.count >= 5, s[0] == "a", s[1] == "l" { s.removeFirst(2) }
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < s.count {
            var c = s[i]
            if i + 1 < s.count, s[i + 1] == "h", let merged = Self.digraphs[c] {
                c = merged
                i += 1
            }
            out.append(c)
            i += 1
        }
        return out
    }
}

extension NameSkeleton {
    /// Skeletons already worked out, shared by the documents an analyzer reads: the same
    /// names come back in article after article, and tokenizing each again was a sixth of
    /// resolving. Bounded: emptied when it reaches `capacity` names.
    public final class Cache: Sendable {
        private let known = Mutex<[String: String]>([:])
        public let capacity: Int

        public init(capacity: Int = 50_000) {
            self.capacity = capacity
        }

        /// `NameSkeleton.of(name)`, remembered.
        public func skeleton(of name: String) -> String {
            if let k = known.withLock({ $0[name] }) { return k }
            let k = NameSkeleton.of(name)
            known.withLock { cache in
                if cache.count >= capacity { cache.removeAll(keepingCapacity: true) }
                cache[name] = k
            }
            return k
        }
    }
}
