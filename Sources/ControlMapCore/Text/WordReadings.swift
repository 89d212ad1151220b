/// The keys a word may have at the start of a phrase: the word as written, then with clitics
/// peeled (see `ArabicClitics`). At most three, kept inline: an array per word of every text
/// was one allocation per token.
public struct WordReadings: RandomAccessCollection, Sendable {
    private var first: String
    private var second = ""
    private var third = ""
    public private(set) var count = 1

    public init(_ key: String) {
        first = key
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> String {
        switch position {
        case 0: return first
        case 1: return second
        default: return third
        }
    }

    /// Adds a reading; a word has at most three.
    mutating func append(_ key: String) {
        precondition(count < 3, "a word has at most three readings")
        if count == 1 { second = key } else { third = key }
        count += 1
    }
}
