import Foundation

/// A text made ready for tagging: NFC scalars, tokens and sentences.
public struct AnalyzedText: Sendable {
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    /// Token index ranges of the sentences.
    public let sentences: [Range<Int>]

    public init(_ text: String) {
        scalars = Self.canonicalScalars(text)
        tokens = Tokenizer().tokenize(scalars)
        sentences = SentenceSplitter().split(tokens: tokens, scalars: scalars)
    }

    /// The text's scalars in NFC (see `CanonicalForm`).
    public static func canonicalScalars(_ text: String) -> [Unicode.Scalar] {
        var nfc = CanonicalForm.nfc(text)
        // One decoding pass into storage sized by the UTF-8 length (Array(unicodeScalars)
        // walks the text twice: once to count, once to copy).
        return nfc.withUTF8 { utf8 in
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                var n = 0
                var decoder = UTF8()
                var bytes = utf8.makeIterator()
                loop: while true {
                    switch decoder.decode(&bytes) {
                    case .scalarValue(let s): buffer[n] = s; n += 1
                    case .emptyInput: break loop
                    case .error: buffer[n] = "\u{FFFD}"; n += 1
                    }
                }
                count = n
            }
        }
    }

    /// The original text between two scalar offsets.
    public func text(_ start: Int, _ end: Int) -> String {
        let lo = max(0, start), hi = min(end, scalars.count)
        guard lo < hi else { return "" }
        // Encoded straight into the new string's storage: appending scalars one by one to a
        // String.UnicodeScalarView was a tenth of the analysis time.
        return String(unsafeUninitializedCapacity: (hi - lo) * 4) { buffer in
            var n = 0
            for s in scalars[lo..<hi] {
                UTF8.encode(s) { buffer[n] = $0; n += 1 }
            }
            return n
        }
    }

    /// Whether the word at token `t` carries an English possessive ("Idlib's"), which the
    /// tokenizer leaves out of the word.
    public func isPossessive(token t: Int) -> Bool {
        let end = tokens[t].end
        guard tokens[t].kind == .word, end + 1 < scalars.count else { return false }
        return ["'", "\u{2019}"].contains(scalars[end]) && (scalars[end + 1] == "s" || scalars[end + 1] == "S")
    }

    /// Whether a hyphen joins the token at `t` to the one before it ("US-backed": "backed"), no
    /// space between.
    public func hyphenBefore(token t: Int) -> Bool {
        t > 0 && tokens[t - 1].key == "-" && tokens[t - 1].end == tokens[t].start
    }

    /// Whether a hyphen joins the token at `t` to the one after it ("Turkish-held": "Turkish").
    public func hyphenAfter(token t: Int) -> Bool {
        t + 1 < tokens.count && tokens[t + 1].key == "-" && tokens[t + 1].start == tokens[t].end
    }

    /// Whether the word at token `t` ends, as written (before any folding), in `suffix`, with at
    /// least one letter before it: "حلفائه" in ئه, "مدينة" in ة.
    public func endsWritten(token t: Int, with suffix: [Unicode.Scalar]) -> Bool {
        let token = tokens[t]
        guard token.end - token.start > suffix.count else { return false }
        return scalars[(token.end - suffix.count)..<token.end].elementsEqual(suffix)
    }

    /// Whether the word at token `t` carries nunation (tanwin), the case ending of an
    /// indefinite Arabic noun or adverb ("تلالاً", "شمالاً") that names do not take in news text.
    public func hasNunation(token t: Int) -> Bool {
        let token = tokens[t]
        guard token.kind == .word, token.isArabic else { return false }
        return scalars[token.start..<token.end].contains { (0x064B...0x064D).contains($0.value) }
    }

    /// The original text of a token range.
    public func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    /// The sentence text, trimmed.
    public func sentenceText(_ index: Int) -> String {
        text(tokens: sentences[index])
    }

    /// Index of the sentence that holds a token.
    public func sentenceIndex(ofToken t: Int) -> Int {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if sentences[mid].upperBound <= t { lo = mid + 1 } else if sentences[mid].lowerBound > t { hi = mid - 1 } else { return mid }
        }
        return max(0, min(lo, sentences.count - 1))
    }
}
