import Foundation

/// A match key compared and hashed by its UTF-8 bytes, with its hash worked out once.
///
/// Keys are already folded (`MatchKey`), so canonical equivalence, which String's `==` and
/// hashing work out for every non-ASCII string, buys nothing here and cost a fifth of tagging
/// time in dictionary lookups of Arabic keys. A word of a text is looked up in the gazetteer
/// and in every phrase index of the lexicon: its key's hash is the compiled gazetteer's
/// (`stableHash`, FNV-1a), computed when the word is read and reused by all those lookups;
/// dictionaries mix it with their own seed.
public struct ByteKey: Hashable, Sendable {
    public let string: String
    /// FNV-1a of the UTF-8 bytes (as the compiled gazetteer stores keys).
    public let hash: UInt64

    @inline(__always)
    public init(_ string: String) {
        self.string = string
        self.hash = stableHash(string)
    }

    @inline(__always)
    public static func == (a: ByteKey, b: ByteKey) -> Bool {
        a.hash == b.hash && a.string.sameKey(b.string)
    }

    @inline(__always)
    public func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }

    @inline(__always)
    public func _rawHashValue(seed: Int) -> Int {
        // A 64-bit finalizer over the stored hash and the table's seed: every bit of both
        // reaches the low bits a hash table uses.
        var h = hash ^ UInt64(truncatingIfNeeded: seed)
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h &*= 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return Int(truncatingIfNeeded: h)
    }
}

extension String {
    /// Byte equality of two folded keys (see `ByteKey`).
    @inline(__always)
    func sameKey(_ other: String) -> Bool {
        var a = self, b = other
        return a.withUTF8 { x in
            b.withUTF8 { y in
                x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
    }
}
