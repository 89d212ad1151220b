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
        var s = Array(key.unicodeScalars)
        // A Latin article glued to the name ("Albu Kamal", "Alqaim") goes like a separate one.
        if s.count >= 5, s[0] == "a", s[1] == "l" { s.removeFirst(2) }
        // Digraphs of transliteration: dh/z, th/t, kh/h, gh/g, sh/s, ph/f ("ou" and "ee" are vowels below).
        var i = 0
        while i < s.count {
            var c = s[i]
            if i + 1 < s.count, s[i + 1] == "h", let merged = Self.digraphs[c] {
                c = merged
                i += 1
            }
            i += 1
            if c == "a" || c == "e" || c == "i" || c == "o" || c == "u" || c == "y" || c == "'" { continue }
            if c == "q" || c == "g" { c = "k" }
            if out.last != c { out.append(c) }
        }
        return String(out)
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
