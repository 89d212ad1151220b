/// The words of a text as the phrase matchers see them: Latin articles skipped, Arabic
/// readings with and without clitics, and a mark where punctuation breaks a phrase.
public struct TokenStream: Sendable {
    /// One word of the stream.
    public struct Word: Sendable {
        /// Index into `AnalyzedText.tokens`.
        public var token: Int
        /// Keys this word may have at the start of a phrase (clitic readings for Arabic).
        public var firstKeys: WordReadings
        /// The key inside a phrase (Arabic article dropped), with its hash.
        public var inner: ByteKey
        /// The key inside a phrase (Arabic article dropped).
        public var innerKey: String { inner.string }
        /// Punctuation other than a hyphen or apostrophe separates it from the word before.
        public var breakBefore: Bool
        /// The only punctuation before it is quotation marks ("كفريا" و"سرجة").
        public var quotesOnlyBefore: Bool
        /// Latin word starting with a capital letter (or an Arabic word, which has no case).
        public var isCapitalized: Bool
        /// A Latin article token ("al", "el") stood right before it, at this token index.
        public var articleToken: Int?
    }

    public let words: [Word]
    /// For each token, its position in `words`, or -1 for punctuation and skipped articles.
    public let position: [Int]

    private init(words: [Word], position: [Int]) {
        self.words = words
        self.position = position
    }

    /// The same stream with quotation marks before the words of `range` no longer breaking a
    /// phrase ("مطار «منغ»" read as the site's two-word name). A copy: for the rare quoted name.
    public func joiningQuotes(in range: Range<Int>) -> TokenStream {
        var joined = words
        for i in range.clamped(to: joined.indices) where joined[i].quotesOnlyBefore { joined[i].breakBefore = false }
        return TokenStream(words: joined, position: position)
    }

    public init(_ text: AnalyzedText) {
        var words: [Word] = []
        var position = [Int](repeating: -1, count: text.tokens.count)
        var pendingBreak = false
        var quotesOnly = true
        var pendingArticle: Int?
        for (i, t) in text.tokens.enumerated() {
            // A line break ends a headline or a paragraph that has no final stop: no name runs across it.
            if i > 0, text.scalars[text.tokens[i - 1].end..<t.start].contains("\n") {
                pendingBreak = true
                pendingArticle = nil
                quotesOnly = false
            }
            if t.kind == .punctuation {
                // Hyphens, apostrophes and hashtag underscores join words ("#هيئة_تحرير_الشام").
                let mark = text.scalars[t.start]
                if !Self.joinsWords(mark) {
                    pendingBreak = true
                    pendingArticle = nil
                    if !Self.isQuoteOrHash(mark) { quotesOnly = false }
                }
                continue
            }
            let nextIsHyphen = i + 1 < text.tokens.count && text.tokens[i + 1].kind == .punctuation && text.scalars[text.tokens[i + 1].start] == "-"
            let first = t.isArabic ? ArabicClitics.readings(t.key) : WordReadings(t.key)
            if !t.isArabic, t.key.utf8.count <= 3, Self.latinArticleKeys.contains(first.key(0)) || (t.key == "a" && nextIsHyphen),
               i + 1 < text.tokens.count, text.tokens[i + 1].kind == .word || nextIsHyphen {
                pendingArticle = i
                continue
            }
            position[i] = words.count
            // The first reading is the word with its article dropped: the key inside a phrase.
            words.append(Word(token: i, firstKeys: first, inner: first.key(0), breakBefore: pendingBreak,
                              quotesOnlyBefore: pendingBreak && quotesOnly,
                              isCapitalized: t.isArabic || t.isCapitalized || t.kind == .number,
                              articleToken: pendingArticle))
            pendingBreak = false
            quotesOnly = true
            pendingArticle = nil
        }
        self.words = words
        self.position = position
    }

    static let latinArticleKeys = Set(NameKey.latinArticles.map(ByteKey.init))

    @inline(__always)
    static func joinsWords(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "-", "'", "\u{2019}", "\u{2010}", "\u{2011}", "_", "`": return true
        default: return false
        }
    }

    @inline(__always)
    static func isQuoteOrHash(_ s: Unicode.Scalar) -> Bool {
        switch s {
        // Arabic news also wraps names in parentheses: "قرى (X) و(Y)".
        case "\"", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "#", "(", ")": return true
        default: return false
        }
    }
}
