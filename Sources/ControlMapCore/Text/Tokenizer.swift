/// Splits a text into tokens: runs of letters (with inner apostrophes), numbers (with inner
/// decimal or thousands separators) and single punctuation marks. Hyphens separate words, so
/// "al-Bab" gives "al" and "bab"; white space is dropped.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        // One key buffer for the whole text: a token's key becomes a String once, at its end.
        var key: [UInt8] = []
        key.reserveCapacity(64)
        while i < n {
            let c = scalars[i]
            if let end = Self.initialismEnd(scalars, at: i) {
                // "U.S.", "U.N.": one word, its letters the key ("U.S. troops" is "US troops").
                let letters = stride(from: i, to: end, by: 2).map { UInt8(truncatingIfNeeded: scalars[$0].value | 0x20) }
                tokens.append(Token(kind: .word, start: i, end: end, key: String(decoding: letters, as: UTF8.self), isArabic: false, isCapitalized: true))
                i = end
                continue
            }
            if Self.isWordScalar(c) {
                let start = i
                key.removeAll(keepingCapacity: true)
                var arabic = false
                let isDigitRun = Self.isDigit(c)
                var possessiveAt: Int?
                while i < n {
                    let s = scalars[i]
                    let v = s.value
                    // ASCII letters and digits, most of an English text, without the general tests.
                    if v < 0x80 {
                        let lower = v | 0x20
                        if lower &- 0x61 < 26 {
                            if isDigitRun { break }
                            key.append(UInt8(truncatingIfNeeded: lower))
                            i += 1
                            continue
                        }
                        if v &- 0x30 < 10 {
                            key.append(UInt8(truncatingIfNeeded: v))
                            i += 1
                            continue
                        }
                    }
                    if Self.isWordScalar(s) {
                        if isDigitRun && !Self.isDigit(s) { break }
                        if MatchKey.isArabic(s) { arabic = true }
                        MatchKey.appendFoldedUTF8(s, to: &key)
                        i += 1
                    } else if !isDigitRun, Self.isInnerJoiner(s, digits: false), i + 1 < n, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                              i + 2 >= n || !Self.isWordScalar(scalars[i + 2]) {
                        // English possessive: "ISIL's" is "ISIL", "Syria's" is "Syria".
                        possessiveAt = i
                        i += 2
                        break
                    } else if i + 1 < n, Self.isInnerJoiner(s, digits: isDigitRun), i > start,
                              Self.isWordScalar(scalars[i + 1]),
                              isDigitRun == Self.isDigit(scalars[i + 1]) {
                        // Apostrophes and thousands separators vanish from keys; decimal marks become ".".
                        if isDigitRun && s != "," && s != "\u{066C}" { key.append(UInt8(ascii: ".")) }
                        i += 1
                    } else {
                        break
                    }
                }
                let first = scalars[start]
                let capital = Self.isUppercase(first)
                tokens.append(Token(kind: isDigitRun ? .number : .word, start: start, end: possessiveAt ?? i,
                                    key: String(decoding: key, as: UTF8.self), isArabic: arabic, isCapitalized: capital))
            } else if Self.isWhitespace(c) || c.value == 0 || c.value == 0x200C || c.value == 0x200D
                        || c.value == 0xFEFF || c.value == 0x200E || c.value == 0x200F {
                i += 1
            } else {
                tokens.append(Token(kind: .punctuation, start: i, end: i + 1, key: String(c),
                                    isArabic: false, isCapitalized: false))
                i += 1
            }
        }
        return tokens
    }

    /// Where an initialism written with periods ("U.S.", "U.K.", "U.S.A.") that starts at `i`
    /// ends, its last period included: two or more single capital letters, each with its period,
    /// not inside a word.
    static func initialismEnd(_ scalars: [Unicode.Scalar], at i: Int) -> Int? {
        func isCapital(_ j: Int) -> Bool { j < scalars.count && (0x41...0x5A).contains(scalars[j].value) }
        guard isCapital(i), i == 0 || !isWordScalar(scalars[i - 1]) else { return nil }
        var j = i
        while isCapital(j), j + 1 < scalars.count, scalars[j + 1] == "." { j += 2 }
        guard j - i >= 4, j >= scalars.count || !isWordScalar(scalars[j]) else { return nil }
        return j
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x30...0x39).contains(v) || (0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v)
    }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
        }
        if v == 0x0640 || (0x064B...0x065F).contains(v) || v == 0x0670 { return true }  // tatweel, harakat
        if (0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v) { return true }
        if (0x0600...0x061F).contains(v) || v == 0x066A || v == 0x066B || v == 0x066C || v == 0x06D4 { return false }
        // Arabic and Latin letters without the property table lookup.
        if (0x0620...0x064A).contains(v) || (0x066E...0x06D3).contains(v) || v == 0x06D5 || (0x06FA...0x06FC).contains(v) { return true }
        if (0x00C0...0x024F).contains(v) { return v != 0xD7 && v != 0xF7 }
        let p = s.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .decimalNumber
    }

    /// Unicode's uppercase property, without its table lookup for ASCII and Arabic.
    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (0x41...0x5A).contains(v) }
        if (0x0600...0x06FF).contains(v) { return false }
        return s.properties.isUppercase
    }

    /// Unicode's white-space property, without its table lookup for ASCII and Arabic.
    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        if (0x0600...0x06FF).contains(v) { return false }
        return s.properties.isWhitespace
    }

    @inline(__always)
    static func isInnerJoiner(_ s: Unicode.Scalar, digits: Bool) -> Bool {
        if digits { return s == "." || s == "," || s == "\u{066B}" || s == "\u{066C}" }
        // (A grave accent stands for the ayn in some transliterations: "Ma`arat".)
        return s == "'" || s == "\u{2019}" || s == "\u{02BC}" || s == "\u{02BF}" || s == "\u{02BE}" || s == "`"
    }
}
