/// The keys a word may have at the start of a phrase: the word as written, then with clitics
/// peeled (see `ArabicClitics`). At most three, kept inline with their hashes: an array per
/// word of every text was one allocation per token, and hashing each key again for every
/// index it is looked up in cost more than the lookups.
public struct WordReadings: RandomAccessCollection, Sendable {
    private var first: ByteKey
    private var second = ByteKey("")
    private var third = ByteKey("")
    public private(set) var count = 1

    public init(_ key: String) {
        first = ByteKey(key)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> String {
        key(position).string
    }

    /// A reading with its hash.
    @inline(__always)
    public func key(_ position: Int) -> ByteKey {
        switch position {
        case 0: return first
        case 1: return second
        default: return third
        }
    }

    /// Adds a reading; a word has at most three.
    mutating func append(_ key: String) {
        precondition(count < 3, "a word has at most three readings")
        if count == 1 { second = ByteKey(key) } else { third = ByteKey(key) }
        count += 1
    }
}
