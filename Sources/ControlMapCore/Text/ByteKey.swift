/// A match key compared and hashed by its UTF-8 bytes.
///
/// Keys are already folded (`MatchKey`), so canonical equivalence, which String's `==` and
/// hashing work out for every non-ASCII string, buys nothing here and cost a fifth of tagging
/// time in dictionary lookups of Arabic keys.
public struct ByteKey: Hashable, Sendable {
    public let string: String

    @inline(__always)
    public init(_ string: String) {
        self.string = string
    }

    @inline(__always)
    public static func == (a: ByteKey, b: ByteKey) -> Bool {
        a.string.utf8.elementsEqual(b.string.utf8)
    }

    @inline(__always)
    public func hash(into hasher: inout Hasher) {
        var s = string
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

extension String {
    /// Byte equality of two folded keys (see `ByteKey`).
    @inline(__always)
    func sameKey(_ other: String) -> Bool {
        utf8.elementsEqual(other.utf8)
    }
}
