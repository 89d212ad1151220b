/// The Latin spellings news uses for one Arabic word ("Tall", "Tal", "Tel", "Tell"; "Dayr",
/// "Deir"; "Ayn", "Ain"; "-ah" and "-a" for the final ta marbuta), read from
/// spelling-variants.tsv. The gazetteer compiler indexes every name of the listed countries
/// under these spellings too, so "Tel Tamr" finds Tall Tamr and "Hawija" finds al-Hawijah
/// without a row per place.
public struct SpellingVariants: Sendable {
    /// Word key -> the other spellings of the same word.
    private var others: [String: [String]] = [:]
    /// Word endings and the ending they may also be written with.
    private var suffixes: [(from: String, to: String)] = []
    /// Countries whose places get the variants (ISO codes).
    public private(set) var countries: Set<String> = []
    /// First words news also writes joined to the next one ("كفر سجنة" as "كفرسجنة", "Kafr
    /// Nabl" as "Kafrnabl"), as word keys.
    private var joinedHeads: Set<String> = []

    public init() {}

    public init(_ text: String) throws {
        for (n, row) in DataLines.rows(text) {
            switch row.first {
            case "same" where row.count >= 3:
                let words = row.dropFirst().map { NameKey.keys(of: $0).joined(separator: " ") }.filter { !$0.isEmpty }
                for w in words { others[w, default: []].append(contentsOf: words.filter { $0 != w }) }
            case "suffix" where row.count == 3:
                suffixes.append((row[1], row[2]))
            case "countries" where row.count >= 2:
                countries.formUnion(row.dropFirst())
            case "joined" where row.count >= 2:
                for word in row.dropFirst() {
                    let keys = NameKey.keys(of: word)
                    guard keys.count == 1 else {
                        throw ParseFailure("spelling-variants.tsv line \(n): a 'joined' head is one word, not '\(word)'")
                    }
                    joinedHeads.insert(keys[0])
                }
            default:
                throw ParseFailure("spelling-variants.tsv line \(n): expected 'same' and two spellings or more, 'suffix' and two endings, 'joined' and first words, or 'countries' and codes")
            }
        }
    }

    public var isEmpty: Bool { others.isEmpty && suffixes.isEmpty && joinedHeads.isEmpty }

    /// The name written with its first two words joined, when the first is a head news joins
    /// ("كفر سجنة" -> "كفرسجنة"); nil otherwise.
    public func joined(_ keys: [String]) -> [String]? {
        guard keys.count >= 2, joinedHeads.contains(keys[0]) else { return nil }
        return [keys[0] + keys[1]] + keys.dropFirst(2)
    }

    /// The other spellings of a name given as word keys, at most `limit`, the name itself excluded.
    public func variants(of keys: [String], limit: Int = 8) -> [[String]] {
        var options: [[String]] = []
        for k in keys {
            var o = [k] + (others[k] ?? [])
            for (from, to) in suffixes where k.count >= from.count + 3 && k.hasSuffix(from) {
                o.append(String(k.dropLast(from.count)) + to)
            }
            options.append(o)
        }
        guard options.contains(where: { $0.count > 1 }) else { return [] }
        var out: [[String]] = [[]]
        for o in options {
            out = out.flatMap { prefix in o.map { prefix + [$0] } }
            if out.count > limit * 4 { out = Array(out.prefix(limit * 4)) }
        }
        return Array(out.filter { $0 != keys }.prefix(limit))
    }

    /// A stable digest of the table, for compiled-gazetteer fingerprints.
    public var digest: String {
        let lines = others.keys.sorted().map { $0 + "=" + others[$0]!.joined(separator: "|") }
            + suffixes.map { "-" + $0.from + ">" + $0.to } + joinedHeads.sorted().map { "+" + $0 } + countries.sorted()
        return SHA256.hex(Array(lines.joined(separator: "\n").utf8))
    }
}
