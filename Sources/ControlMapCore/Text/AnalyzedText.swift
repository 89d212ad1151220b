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

    /// The text's scalars in NFC. Normalizing goes through Foundation and costs more than the
    /// rest of tokenizing, so it is skipped for text made only of scalars that NFC can neither
    /// compose (no combining marks) nor replace (no canonical singletons): nearly all news text.
    static func canonicalScalars(_ text: String) -> [Unicode.Scalar] {
        let scalars = Array(text.unicodeScalars)
        for s in scalars where !isNFCStable(s.value) {
            return Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
        }
        return scalars
    }

    @inline(__always)
    static func isNFCStable(_ v: UInt32) -> Bool {
        if v < 0x0300 { return true }  // ASCII, Latin-1, Latin Extended-A and -B, IPA: all precomposed
        if (0x0600...0x06FF).contains(v) {
            // Arabic, but not its combining marks (harakat, hamza above/below, Quranic marks).
            return !((0x0610...0x061A).contains(v) || (0x064B...0x065F).contains(v) || v == 0x0670 || (0x06D6...0x06ED).contains(v))
        }
        if (0x2002...0x206F).contains(v) { return true }  // punctuation and spaces after the two singletons
        if (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFE).contains(v) { return true }  // Arabic presentation forms
        return v == 0xFEFF
    }

    /// The original text between two scalar offsets.
    public func text(_ start: Int, _ end: Int) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[max(0, start)..<min(end, scalars.count)])
        return String(v)
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
