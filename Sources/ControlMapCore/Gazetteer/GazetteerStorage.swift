import Synchronization

extension Gazetteer {
    /// The entries of one crowded first word: by hash of the second word, and the one-word names.
    struct CrowdedRun: Sendable {
        var bySecond: [UInt64: [Int]] = [:]
        var singles: [Int] = []
    }

    /// The compiled bytes and the lookups over them.
    final class Storage: Sendable {
        let reader: ByteReader
        let placeCount: Int
        let placesOffset: Int
        let entryCount: Int
        let entriesOffset: Int
        let skeletonCount: Int
        let skeletonsOffset: Int
        let idCount: Int
        let idsOffset: Int
        let indexOffset: Int
        let stringsOffset: Int
        let nameCount: Int
        /// Lookups of crowded first words, built on first use (see `crowdedRun`).
        let crowded = Mutex<[UInt64: CrowdedRun]>([:])
        /// Where the entries whose hash starts with each `directoryShift`-bit prefix begin
        /// (entries are sorted by hash): a word's entries are found with two reads instead of
        /// a binary search whose last steps miss the cache, for every reading of every word.
        let directory: [UInt32]
        let directoryShift: UInt64
        /// One bit per hash (eight bits per entry, small enough to stay in the processor's
        /// cache): most readings of most words start no name, and a clear bit says so without
        /// touching the directory or the entries, which lie far out in memory.
        let present: [UInt64]
        let presentMask: UInt64

        convenience init(bytes: [UInt8]) {
            self.init(validating: bytes)!
        }

        init?(validating bytes: [UInt8]) {
            guard bytes.count >= GazetteerCompiler.headerSize, Array(bytes[0..<8]) == GazetteerCompiler.magic else { return nil }
            let r = ByteReader(bytes: bytes)
            func h(_ i: Int) -> Int { Int(r.u32(8 + 4 * i)) }
            reader = r
            placeCount = h(0); placesOffset = h(1); entryCount = h(2); entriesOffset = h(3)
            skeletonCount = h(4); skeletonsOffset = h(5); idCount = h(6); idsOffset = h(7)
            indexOffset = h(8); stringsOffset = h(9); nameCount = h(10)
            let stringsLength = h(11)
            guard placesOffset + placeCount * GazetteerCompiler.placeRecordSize == entriesOffset,
                  entriesOffset + entryCount * GazetteerCompiler.entrySize == skeletonsOffset,
                  skeletonsOffset + skeletonCount * GazetteerCompiler.skeletonSize == idsOffset,
                  idsOffset + idCount * GazetteerCompiler.idSize == indexOffset,
                  stringsOffset + stringsLength == bytes.count, indexOffset <= stringsOffset else { return nil }
            // About one entry a slot: 2^17 slots (half a megabyte) for 130,000 names.
            var bits = 8
            while bits < 22, 1 << bits < entryCount { bits += 1 }
            let shift = UInt64(64 - bits)
            var directory = [UInt32](repeating: UInt32(entryCount), count: (1 << bits) + 1)
            var presentBits = 1 << 12
            while presentBits < entryCount * 8 { presentBits <<= 1 }
            var present = [UInt64](repeating: 0, count: presentBits / 64)
            let mask = UInt64(presentBits - 1)
            var slot = 0
            for i in 0..<entryCount {
                let hash = r.u64(entriesOffset + i * GazetteerCompiler.entrySize)
                while slot <= Int(hash >> shift) { directory[slot] = UInt32(i); slot += 1 }
                present[Int((hash & mask) >> 6)] |= 1 << (hash & 63)
            }
            self.directory = directory
            self.directoryShift = shift
            self.present = present
            self.presentMask = mask
        }

        /// False when no name starts with a key of this hash; true when one may.
        @inline(__always) func mayStart(_ hash: UInt64) -> Bool {
            let bit = hash & presentMask
            return present[Int(bit >> 6)] & (1 << (bit & 63)) != 0
        }

        /// The first entry whose hash is not below `hash`.
        @inline(__always) func firstEntry(_ hash: UInt64) -> Int {
            let slot = Int(hash >> directoryShift)
            var i = Int(directory[slot])
            let end = Int(directory[slot + 1])
            while i < end, reader.u64(entriesOffset + i * GazetteerCompiler.entrySize) < hash { i += 1 }
            return i
        }

        @inline(__always) func string(_ at: Int) -> String? {
            let length = Int(reader.u16(at + 4))
            if length == 0xFFFF { return nil }
            return reader.string(stringsOffset + Int(reader.u32(at)), length)
        }

        /// The fields disambiguation reads in its inner loops, without decoding any string.
        @inline(__always) func coordinates(_ i: Int) -> (lat: Double, lon: Double) {
            let o = placesOffset + i * GazetteerCompiler.placeRecordSize
            return (reader.f64(o), reader.f64(o + 8))
        }

        @inline(__always) func population(_ i: Int) -> Int {
            Int(reader.u64(placesOffset + i * GazetteerCompiler.placeRecordSize + 16))
        }

        @inline(__always) func kind(_ i: Int) -> PlaceKind {
            PlaceKind.allCases[Int(reader.u8(placesOffset + i * GazetteerCompiler.placeRecordSize + 60)) % PlaceKind.allCases.count]
        }

        @inline(__always) func countryCode(_ i: Int) -> (UInt8, UInt8) {
            let o = placesOffset + i * GazetteerCompiler.placeRecordSize
            return (reader.u8(o + 62), reader.u8(o + 63))
        }

        @inline(__always) func featureClassByte(_ i: Int) -> UInt8 {
            reader.u8(placesOffset + i * GazetteerCompiler.placeRecordSize + 61)
        }

        func name(_ i: Int) -> String { string(placesOffset + i * GazetteerCompiler.placeRecordSize + 30) ?? "" }
        func nameAr(_ i: Int) -> String? { string(placesOffset + i * GazetteerCompiler.placeRecordSize + 36) }
        func featureCode(_ i: Int) -> String { string(placesOffset + i * GazetteerCompiler.placeRecordSize + 42) ?? "" }
        func admin1(_ i: Int) -> String { string(placesOffset + i * GazetteerCompiler.placeRecordSize + 48) ?? "" }
        func source(_ i: Int) -> String { string(placesOffset + i * GazetteerCompiler.placeRecordSize + 54) ?? "" }

        func place(_ i: Int) -> Place {
            let o = placesOffset + i * GazetteerCompiler.placeRecordSize
            let kind = PlaceKind.allCases[Int(reader.u8(o + 60)) % PlaceKind.allCases.count]
            let country = String(decoding: [reader.u8(o + 62), reader.u8(o + 63)], as: UTF8.self).trimmingSpaces()
            return Place(id: string(o + 24) ?? "", name: string(o + 30) ?? "", nameAr: string(o + 36), lat: reader.f64(o), lon: reader.f64(o + 8),
                         kind: kind, featureClass: String(UnicodeScalar(reader.u8(o + 61))), featureCode: string(o + 42) ?? "",
                         country: country, admin1: string(o + 48) ?? "", population: Int(reader.u64(o + 16)), names: [],
                         source: string(o + 54) ?? "")
        }

        func indices(_ offset: Int, _ count: Int) -> [Int32] {
            (0..<count).map { Int32(reader.u32(indexOffset + 4 * (offset + $0))) }
        }

        /// First position in a table of records sorted by a leading u64 hash.
        @inline(__always) func lowerBound(_ hash: UInt64, base: Int, count: Int, size: Int) -> Int {
            var lo = 0, hi = count
            while lo < hi {
                let mid = (lo + hi) / 2
                if reader.u64(base + mid * size) < hash { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }

        func index(ofID id: String) -> Int? {
            let h = stableHash(id)
            var i = lowerBound(h, base: idsOffset, count: idCount, size: GazetteerCompiler.idSize)
            while i < idCount, reader.u64(idsOffset + i * GazetteerCompiler.idSize) == h {
                let candidate = Int(reader.u32(idsOffset + i * GazetteerCompiler.idSize + 8))
                if place(candidate).id == id || i + 1 == idCount || reader.u64(idsOffset + (i + 1) * GazetteerCompiler.idSize) != h {
                    return candidate
                }
                i += 1
            }
            return nil
        }

        func lookupSkeleton(_ skeleton: String) -> [Int32] {
            let h = stableHash(skeleton)
            let i = lowerBound(h, base: skeletonsOffset, count: skeletonCount, size: GazetteerCompiler.skeletonSize)
            guard i < skeletonCount else { return [] }
            let o = skeletonsOffset + i * GazetteerCompiler.skeletonSize
            guard reader.u64(o) == h else { return [] }
            return indices(Int(reader.u32(o + 8)), Int(reader.u16(o + 12)))
        }

        func match(in stream: TokenStream, at p: Int, accept: (Gazetteer.Name) -> Bool) -> Gazetteer.Match? {
            let words = stream.words
            guard p < words.count else { return nil }
            var best: Gazetteer.Match?
            let readings = words[p].firstKeys
            for reading in 0..<readings.count {
                let key = readings[reading]
                let h = readings.key(reading).hash
                guard mayStart(h) else { continue }
                let start = firstEntry(h)
                guard start < entryCount, reader.u64(entriesOffset + start * GazetteerCompiler.entrySize) == h else { continue }
                // Entries of one first word, longest first. A first word that starts thousands of
                // names ("قرية", "tall", "abu") is looked up by its second word instead of
                // comparing every entry.
                if let run = crowdedRun(h, start: start) {
                    var candidates: [Int] = []
                    if p + 1 < words.count, !words[p + 1].breakBefore, let list = run.bySecond[words[p + 1].inner.hash] {
                        candidates = list
                    }
                    candidates += run.singles
                    for i in candidates where consider(i, key: key, reading: reading, words: words, p: p, best: &best, accept: accept) { break }
                } else {
                    var i = start
                    while i < entryCount, reader.u64(entriesOffset + i * GazetteerCompiler.entrySize) == h {
                        if consider(i, key: key, reading: reading, words: words, p: p, best: &best, accept: accept) { break }
                        i += 1
                    }
                }
            }
            return best
        }

        /// How many names of more than one word start with this key (up to `limit`).
        func longerNameCount(firstKey key: ByteKey, limit: Int) -> Int {
            let h = key.hash
            guard mayStart(h) else { return 0 }
            var i = firstEntry(h)
            var n = 0
            // Entries of one first word come longest first: the multi-word ones lead the run.
            while i < entryCount, n < limit, reader.u64(entriesOffset + i * GazetteerCompiler.entrySize) == h,
                  reader.u16(entriesOffset + i * GazetteerCompiler.entrySize + 14) > 1 {
                n += 1
                i += 1
            }
            return n
        }

        /// Tries entry `i`; true when the scan of this first word is over (a match was taken, or
        /// the remaining entries are no longer than the best already found).
        @inline(__always)
        private func consider(_ i: Int, key: String, reading: Int, words: [TokenStream.Word], p: Int,
                              best: inout Gazetteer.Match?, accept: (Gazetteer.Name) -> Bool) -> Bool {
            let o = entriesOffset + i * GazetteerCompiler.entrySize
            let keyCount = Int(reader.u16(o + 14))
            if let b = best, b.end - b.start >= keyCount { return true }
            guard p + keyCount <= words.count, keysMatch(o, keyCount, key, words, p) else { return false }
            let flags = reader.u8(o + 22)
            let name = Gazetteer.Name(places: indices(Int(reader.u32(o + 16)), Int(reader.u16(o + 20))),
                                      isLatin: flags & 1 != 0, needsCue: flags & 2 != 0)
            guard accept(name) else { return false }
            best = Gazetteer.Match(start: p, end: p + keyCount, value: name, reading: reading)
            return true
        }

        /// The entries of a first word that starts many names, by the hash of their second word
        /// (longest names first) and the one-word ones; nil for a first word with few names.
        /// Worked out on first use and kept.
        private func crowdedRun(_ h: UInt64, start: Int) -> CrowdedRun? {
            let size = GazetteerCompiler.entrySize
            let threshold = 16
            guard start + threshold < entryCount, reader.u64(entriesOffset + (start + threshold) * size) == h else { return nil }
            if let known = crowded.withLock({ $0[h] }) { return known }
            var run = CrowdedRun()
            var i = start
            while i < entryCount, reader.u64(entriesOffset + i * size) == h {
                let o = entriesOffset + i * size
                if reader.u16(o + 14) == 1 {
                    run.singles.append(i)
                } else {
                    // The second segment of "k1\u{1F}k2\u{1F}...".
                    let keysStart = stringsOffset + Int(reader.u32(o + 8)), keysEnd = keysStart + Int(reader.u16(o + 12))
                    var q = keysStart
                    while q < keysEnd, reader.u8(q) != 0x1F { q += 1 }
                    var second: UInt64 = 0xcbf2_9ce4_8422_2325
                    q += 1
                    while q < keysEnd, reader.u8(q) != 0x1F {
                        second = (second ^ UInt64(reader.u8(q))) &* 0x100_0000_01b3
                        q += 1
                    }
                    run.bySecond[second, default: []].append(i)
                }
                i += 1
            }
            crowded.withLock { $0[h] = run }
            return run
        }

        /// Every indexed name as its match keys joined by spaces.
        func nameKeys() -> [String] {
            (0..<entryCount).map { i in
                let o = entriesOffset + i * GazetteerCompiler.entrySize
                let keys = reader.string(stringsOffset + Int(reader.u32(o + 8)), Int(reader.u16(o + 12)))
                return keys.replacingOccurrences(of: "\u{1F}", with: " ")
            }
        }

        /// Whether the entry's keys ("k1␟k2␟k3") are `first` then the inner keys of the words after `p`.
        private func keysMatch(_ o: Int, _ keyCount: Int, _ first: String, _ words: [TokenStream.Word], _ p: Int) -> Bool {
            let start = stringsOffset + Int(reader.u32(o + 8))
            let length = Int(reader.u16(o + 12))
            var segmentStart = start
            var k = 0
            for q in start...(start + length) where q == start + length || reader.u8(q) == 0x1F {
                let key = k == 0 ? first : words[p + k].innerKey
                if k > 0, words[p + k].breakBefore { return false }
                if !reader.equals(segmentStart, q - segmentStart, key) { return false }
                segmentStart = q + 1
                k += 1
            }
            return k == keyCount
        }
    }
}
