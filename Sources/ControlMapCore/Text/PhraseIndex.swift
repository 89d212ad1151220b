/// A dictionary of multi-word phrases keyed like gazetteer names, matched longest first.
///
/// Used for actor aliases, predicates and cue words: each is a phrase in either script that
/// may carry Arabic clitics on its first word.
public struct PhraseIndex<Value: Sendable>: Sendable {
    /// One phrase: the keys after the first and its value.
    public struct Entry: Sendable {
        public var rest: [ByteKey]
        public var value: Value
    }

    /// A phrase found in a stream.
    public struct Match: Sendable {
        /// Stream positions `start..<end`.
        public var start: Int
        public var end: Int
        public var value: Value
        /// Which clitic reading of the first word matched (0: the word as written).
        public var reading: Int
    }

    fileprivate var index: [ByteKey: [Entry]] = [:]

    public init() {}

    public var isEmpty: Bool { index.isEmpty }

    /// The keys phrases start with.
    public var startKeys: Set<ByteKey> { Set(index.keys) }

    /// Adds a phrase (its keys are computed like gazetteer names).
    public mutating func add(_ phrase: String, value: Value) {
        add(keys: NameKey.keys(of: phrase), value: value)
    }

    /// The value of exactly this phrase, if it was added.
    public func exactValue(_ phrase: String) -> Value? {
        exactValue(keys: NameKey.keys(of: phrase))
    }

    /// The value of exactly the phrase of these keys (`NameKey.keys(of:)`), if it was added.
    public func exactValue(keys: [String]) -> Value? {
        guard let first = keys.first, let entries = index[ByteKey(first)] else { return nil }
        let rest = keys.dropFirst().map(ByteKey.init)
        // Entries run longest first: only those of this length are looked at.
        let lengthRange = Self.insertionPoint(entries, length: rest.count + 1)..<Self.insertionPoint(entries, length: rest.count)
        return entries[lengthRange].first { $0.rest == rest }?.value
    }

    /// The keys of every phrase added, first key included.
    public var keySequences: Set<[ByteKey]> {
        var out = Set<[ByteKey]>()
        for (first, entries) in index { for e in entries { out.insert([first] + e.rest) } }
        return out
    }

    /// The same phrases with transformed values.
    public func mapValues<T: Sendable>(_ transform: (Value) -> T) -> PhraseIndex<T> {
        var other = PhraseIndex<T>()
        for (key, entries) in index {
            other.index[key] = entries.map { .init(rest: $0.rest, value: transform($0.value)) }
        }
        return other
    }

    /// Adds every phrase of another index.
    public mutating func merge(_ other: PhraseIndex<Value>) {
        for (key, entries) in other.index {
            index[key, default: []].append(contentsOf: entries)
            index[key]!.sort { $0.rest.count > $1.rest.count }
        }
    }

    public mutating func add(keys: [String], value: Value) {
        guard let first = keys.first else { return }
        let key = ByteKey(first)
        let entry = Entry(rest: keys.dropFirst().map(ByteKey.init), value: value)
        // Longest first, in the order added among phrases of one length. Inserted in place: adding
        // thousands of phrases that start with one word copies and sorts no bucket each time.
        let at = Self.insertionPoint(index[key] ?? [], length: entry.rest.count)
        index[key, default: []].insert(entry, at: at)
    }

    /// The index after the last entry at least `length` keys long (entries run longest first).
    private static func insertionPoint(_ entries: [Entry], length: Int) -> Int {
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].rest.count >= length { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The longest phrase starting at stream position `p`, if any. `throughQuotes`: quotation
    /// marks may stand inside the phrase (a name quoted after its noun: قوات "سوريا الديمقراطية").
    public func match(in stream: TokenStream, at p: Int, maxReading: Int = .max, throughQuotes: Bool = false,
                      accept: (Value) -> Bool = { _ in true }) -> Match? {
        // Every index is asked at every word: elements are read in place, not copied out
        // (a copied word or entry retains each of its strings).
        let words = stream.words
        guard p < words.count else { return nil }
        var best: Match?
        var bestLength = 0
        let readings = words[p].firstKeys
        for r in 0..<readings.count where r <= maxReading {
            guard let entries = index[readings.key(r)] else { continue }
            for i in entries.indices {
                let len = 1 + entries[i].rest.count
                if len <= bestLength { break }
                guard p + len <= words.count else { continue }
                var ok = true
                for k in 0..<(len - 1) where words[p + 1 + k].breakBefore && !(throughQuotes && words[p + 1 + k].quotesOnlyBefore)
                    || words[p + 1 + k].inner != entries[i].rest[k] {
                    ok = false
                    break
                }
                if ok && accept(entries[i].value) {
                    best = Match(start: p, end: p + len, value: entries[i].value, reading: r)
                    bestLength = len
                    break
                }
            }
        }
        return best
    }

    /// All non-overlapping longest matches, left to right.
    public func matches(in stream: TokenStream) -> [Match] {
        var out: [Match] = []
        var p = 0
        while p < stream.words.count {
            if let m = match(in: stream, at: p) {
                out.append(m)
                p = m.end
            } else {
                p += 1
            }
        }
        return out
    }
}
