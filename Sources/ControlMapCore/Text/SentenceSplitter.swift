/// Splits a tokenized text into sentences, in both scripts.
///
/// A sentence ends at ". ! ? ؟ …" or at a line break. A full stop does not end a sentence after
/// an initial ("U.S.") or a common abbreviation ("Gen.", "Lt."), nor when a lower-case word follows.
/// No sentence is longer than `maxTokens`: a text without stops (a feed dump, a hostile file) is
/// cut into pieces, which keeps every later stage linear in the length of the text.
public struct SentenceSplitter: Sendable {
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "no", "vs", "etc",
        "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "brig", "adm", "rep", "sen", "gov", "prof", "inc", "co", "corp", "jr", "sr",
    ]

    public static let maxTokens = 400

    public init() {}

    /// Token index ranges, one per sentence, in order; no empty sentence.
    public func split(tokens: [Token], scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var i = 0
        func close(_ end: Int) {
            if end > start { sentences.append(start..<end) }
            start = end
        }
        while i < tokens.count {
            let t = tokens[i]
            if i - start >= Self.maxTokens { close(i) }
            // A line break between this token and the previous one ends the sentence.
            if i > start, Self.hasLineBreak(scalars, from: tokens[i - 1].end, to: t.start) {
                close(i)
            }
            if t.kind == .punctuation {
                switch t.key {
                case "!", "?", "\u{061F}", "\u{2026}", "\u{06D4}":
                    close(Self.afterClosingQuotes(tokens, i + 1))
                    i = start
                    continue
                case ".":
                    if isSentenceFullStop(tokens, i) {
                        close(Self.afterClosingQuotes(tokens, i + 1))
                        i = start
                        continue
                    }
                default: break
                }
            }
            i += 1
        }
        close(tokens.count)
        return sentences
    }

    private func isSentenceFullStop(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        let prev = tokens[i - 1]
        if prev.kind == .word, !prev.isArabic {
            if prev.end - prev.start == 1 && prev.isCapitalized { return false }  // initial: "U.S."
            if Self.abbreviations.contains(prev.key) { return false }
        }
        if i + 1 < tokens.count {
            let next = tokens[i + 1]
            if next.kind == .word && !next.isArabic && !next.isCapitalized { return false }
        }
        return true
    }

    private static func afterClosingQuotes(_ tokens: [Token], _ i: Int) -> Int {
        var j = i
        while j < tokens.count, tokens[j].kind == .punctuation,
              ["\"", "\u{201D}", "\u{00BB}", ")", "'", "\u{2019}"].contains(tokens[j].key) {
            j += 1
        }
        return j
    }

    private static func hasLineBreak(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        for k in from..<to where scalars[k] == "\n" || scalars[k] == "\u{2029}" { return true }
        return false
    }
}
