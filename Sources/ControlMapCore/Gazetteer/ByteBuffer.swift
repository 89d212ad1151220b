/// Little-endian writing and reading of the compiled gazetteer's flat byte layout.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func u8(_ v: UInt8) { bytes.append(v) }
    mutating func u16(_ v: UInt16) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func f64(_ v: Double) { u64(v.bitPattern) }
    mutating func raw(_ b: [UInt8]) { bytes.append(contentsOf: b) }
}

/// Reads fixed-width little-endian values at byte offsets of an immutable buffer.
struct ByteReader {
    let bytes: [UInt8]

    @inline(__always) func u8(_ o: Int) -> UInt8 { bytes[o] }
    @inline(__always) func u16(_ o: Int) -> UInt16 {
        bytes.withUnsafeBytes { UInt16(littleEndian: $0.loadUnaligned(fromByteOffset: o, as: UInt16.self)) }
    }
    @inline(__always) func u32(_ o: Int) -> UInt32 {
        bytes.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: o, as: UInt32.self)) }
    }
    @inline(__always) func u64(_ o: Int) -> UInt64 {
        bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: o, as: UInt64.self)) }
    }
    @inline(__always) func f64(_ o: Int) -> Double { Double(bitPattern: u64(o)) }

    /// Whether `length` bytes at `offset` equal the UTF-8 of `key`.
    @inline(__always) func equals(_ offset: Int, _ length: Int, _ key: String) -> Bool {
        var key = key
        return key.withUTF8 { utf8 in
            guard utf8.count == length else { return false }
            return bytes.withUnsafeBytes { raw in
                memcmpEqual(raw.baseAddress! + offset, utf8.baseAddress!, length)
            }
        }
    }

    func string(_ offset: Int, _ length: Int) -> String {
        String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
    }
}

@inline(__always) private func memcmpEqual(_ a: UnsafeRawPointer, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    var i = 0
    while i < n {
        if a.load(fromByteOffset: i, as: UInt8.self) != b[i] { return false }
        i += 1
    }
    return true
}

/// FNV-1a over UTF-8: a hash that is the same in every process, unlike Swift's `Hasher`.
@inline(__always) func stableHash(_ key: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var key = key
    key.withUTF8 { for b in $0 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 } }
    return h
}
