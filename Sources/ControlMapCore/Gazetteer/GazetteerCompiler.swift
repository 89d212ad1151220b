/// Turns parsed places into the compiled gazetteer layout (see `Gazetteer`).
///
/// Before indexing it merges duplicates: records with the same id (the same GeoNames place from
/// two files), and records of different ids that lie within 5 km of each other with compatible
/// kinds in one country and share a name one of them is shown by ("Tabqa" and "Al Thawrah"; a
/// curated airbase and the same field from OurAirports), keeping the curated or more populous
/// record and every name of both.
enum GazetteerCompiler {
    static let magic: [UInt8] = Array("CMGZ0001".utf8)
    static let headerSize = 64
    static let placeRecordSize = 64
    static let entrySize = 24
    static let skeletonSize = 16
    static let idSize = 16

    static func compile(places input: [Place], stopwords: Set<String>, spellings: SpellingVariants = .init()) -> [UInt8] {
        // 1. Same id: one record, names united.
        var merged: [Place] = []
        var byID: [String: Int] = [:]
        for p in input {
            if let i = byID[p.id] {
                var known = Set(merged[i].names)
                for n in p.names where known.insert(n).inserted { merged[i].names.append(n) }
                if merged[i].nameAr == nil { merged[i].nameAr = p.nameAr }
                continue
            }
            byID[p.id] = merged.count
            merged.append(p)
        }
        // Alias rows (no position) only lent their names to a place of the same id.
        merged.removeAll { $0.lat.isNaN || $0.lon.isNaN }
        // A record without its admin1 (governorate) code takes the one of the places around it.
        GovernorateCodes.fill(&merged)
        // 2. Keys of every name, computed once.
        var nameKeys: [[[String]]] = merged.map { p in p.names.map(NameKey.keys) }
        // 3. Different ids, same name, within 5 km, compatible kinds: union them.
        var parent = Array(0..<merged.count)
        func find(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        var bearers: [[String]: [Int]] = [:]
        for (i, keys) in nameKeys.enumerated() where !merged[i].featureCode.hasPrefix("PCL") && merged[i].featureClass != "A" {
            for k in Set(keys) where k.joined().unicodeScalars.count >= 4 { bearers[k, default: []].append(i) }
        }
        // A name both records only list among their variants proves little: two hamlets 4 km
        // apart can share an old name ("Al Harah") and stay two places. It must be how one of
        // them is shown.
        let shownKeys = merged.map { p in Set([p.name, p.nameAr].compactMap { $0 }.map { NameKey.keys(of: $0) }) }
        for (key, list) in bearers where list.count > 1 && list.count <= 40 {
            for a in 0..<list.count {
                for b in (a + 1)..<list.count {
                    let p = merged[list[a]], q = merged[list[b]]
                    // Border twins (رأس العين and Ceylanpınar) are two places, one on each side.
                    guard compatible(p.kind, q.kind), p.country == q.country, p.distanceKm(to: q) <= 5,
                          shownKeys[list[a]].contains(key) || shownKeys[list[b]].contains(key) else { continue }
                    let ra = find(list[a]), rb = find(list[b])
                    if ra != rb { parent[rb] = ra }
                }
            }
        }
        // Keep the better record of each group; the others become aliases of its id.
        var groups: [Int: [Int]] = [:]
        for i in merged.indices { groups[find(i), default: []].append(i) }
        var keep: [Int] = []
        var aliasIDs: [Int: [String]] = [:]
        var keptKeys: [[[String]]] = []
        for (_, members) in groups.sorted(by: { $0.key < $1.key }) {
            let best = members.max { a, b in rank(merged[a]) < rank(merged[b]) || (rank(merged[a]) == rank(merged[b]) && a > b) }!
            var place = merged[best]
            var keys = nameKeys[best]
            var known = Set(place.names)
            for m in members where m != best {
                for (n, k) in zip(merged[m].names, nameKeys[m]) where known.insert(n).inserted {
                    place.names.append(n)
                    keys.append(k)
                }
                if place.nameAr == nil { place.nameAr = merged[m].nameAr }
                aliasIDs[keep.count, default: []].append(merged[m].id)
            }
            merged[best] = place
            keep.append(best)
            keptKeys.append(keys)
        }
        let places = keep.map { merged[$0] }
        nameKeys = keptKeys

        // 4. Name entries and skeletons.
        var entries: [[String]: (places: [Int32], latin: Bool, needsCue: Bool)] = [:]
        var skeletons: [String: [Int32]] = [:]
        for (i, p) in places.enumerated() {
            if p.featureCode.hasPrefix("PCL") { continue }  // countries are not places on a control map
            let spelled = !spellings.isEmpty && spellings.countries.contains(p.country)
            for (name, keys) in zip(p.names, nameKeys[i]) {
                guard let first = keys.first else { continue }
                if keys.count == 1, first.unicodeScalars.count < 3 || first.allSatisfy(\.isNumber) { continue }
                let latin = !NameScript.isArabic(name)
                // The other news spellings of a Latin name lead to the same place.
                var spellingsOfName = [keys] + (spelled && latin ? spellings.variants(of: keys) : [])
                // ... and so does the name with its head joined to the next word ("كفرسجنة").
                if spelled { spellingsOfName += spellingsOfName.compactMap(spellings.joined) }
                for k in spellingsOfName {
                    var e = entries[k] ?? ([], latin, k.count == 1 && stopwords.contains(k[0]))
                    if !e.places.contains(Int32(i)) { e.places.append(Int32(i)) }
                    if !latin { e.latin = false }
                    entries[k] = e
                }
                if p.kind.isSettlement || p.kind.isSite {
                    let skeleton = NameSkeleton.join(keys.map(NameSkeleton.word))
                    if NameSkeleton.isDistinctive(skeleton), skeletons[skeleton]?.contains(Int32(i)) != true {
                        skeletons[skeleton, default: []].append(Int32(i))
                    }
                    let pattern = NameSkeleton.vowelPattern(keys: keys)
                    if NameSkeleton.isDistinctivePattern(pattern), skeletons[pattern]?.contains(Int32(i)) != true {
                        skeletons[pattern, default: []].append(Int32(i))
                    }
                }
            }
        }

        // 5. Write.
        var strings = ByteWriter()
        func store(_ s: String) -> (UInt32, UInt16) {
            let offset = UInt32(strings.bytes.count)
            let utf8 = Array(s.utf8.prefix(65_000))
            strings.raw(utf8)
            return (offset, UInt16(utf8.count))
        }
        var indexArray: [UInt32] = []
        var placeSection = ByteWriter()
        for p in places {
            placeSection.f64(p.lat)
            placeSection.f64(p.lon)
            placeSection.u64(UInt64(max(0, p.population)))
            for s in [p.id, p.name] {
                let (o, l) = store(s)
                placeSection.u32(o); placeSection.u16(l)
            }
            if let ar = p.nameAr { let (o, l) = store(ar); placeSection.u32(o); placeSection.u16(l) } else { placeSection.u32(0); placeSection.u16(0xFFFF) }
            for s in [p.featureCode, p.admin1, p.source] {
                let (o, l) = store(s)
                placeSection.u32(o); placeSection.u16(l)
            }
            placeSection.u8(UInt8(PlaceKind.allCases.firstIndex(of: p.kind) ?? 0))
            placeSection.u8(p.featureClass.utf8.first ?? 0x3F)
            let cc = Array(p.country.utf8)
            placeSection.u8(cc.count > 0 ? cc[0] : 0x20)
            placeSection.u8(cc.count > 1 ? cc[1] : 0x20)
        }
        var sortedEntries: [(hash: UInt64, first: String, keys: [String], value: (places: [Int32], latin: Bool, needsCue: Bool))] =
            entries.map { (stableHash($0.key[0]), $0.key[0], $0.key, $0.value) }
        sortedEntries.sort { a, b in
            if a.hash != b.hash { return a.hash < b.hash }
            if a.keys.count != b.keys.count { return a.keys.count > b.keys.count }
            return a.keys.joined(separator: " ") < b.keys.joined(separator: " ")
        }
        var entrySection = ByteWriter()
        for e in sortedEntries {
            entrySection.u64(e.hash)
            let (o, l) = store(e.keys.joined(separator: "\u{1F}"))
            entrySection.u32(o); entrySection.u16(l); entrySection.u16(UInt16(e.keys.count))
            let runs = e.value.places.prefix(65_535)
            entrySection.u32(UInt32(indexArray.count)); entrySection.u16(UInt16(runs.count))
            indexArray.append(contentsOf: runs.map { UInt32($0) })
            entrySection.u8((e.value.latin ? 1 : 0) | (e.value.needsCue ? 2 : 0)); entrySection.u8(0)
        }
        var skeletonSection = ByteWriter()
        for (hash, list) in skeletons.map({ (stableHash($0.key), $0.value) }).sorted(by: { $0.0 < $1.0 }) {
            skeletonSection.u64(hash)
            let runs = list.prefix(65_535)
            skeletonSection.u32(UInt32(indexArray.count)); skeletonSection.u16(UInt16(runs.count)); skeletonSection.u16(0)
            indexArray.append(contentsOf: runs.map { UInt32($0) })
        }
        var ids: [(UInt64, UInt32)] = places.enumerated().map { (stableHash($0.element.id), UInt32($0.offset)) }
        for (i, aliases) in aliasIDs { ids += aliases.map { (stableHash($0), UInt32(i)) } }
        ids.sort { $0.0 < $1.0 }
        var idSection = ByteWriter()
        for (h, i) in ids { idSection.u64(h); idSection.u32(i); idSection.u32(0) }

        var out = ByteWriter()
        out.raw(magic)
        let placesOffset = headerSize
        let entriesOffset = placesOffset + placeSection.bytes.count
        let skeletonsOffset = entriesOffset + entrySection.bytes.count
        let idsOffset = skeletonsOffset + skeletonSection.bytes.count
        let indexOffset = idsOffset + idSection.bytes.count
        let stringsOffset = indexOffset + indexArray.count * 4
        for v in [places.count, placesOffset, sortedEntries.count, entriesOffset, skeletons.count, skeletonsOffset,
                  ids.count, idsOffset, indexOffset, stringsOffset, entries.count, strings.bytes.count, 0, 0] {
            out.u32(UInt32(v))
        }
        out.raw(placeSection.bytes)
        out.raw(entrySection.bytes)
        out.raw(skeletonSection.bytes)
        out.raw(idSection.bytes)
        for i in indexArray { out.u32(i) }
        out.raw(strings.bytes)
        return out.bytes
    }

    /// Curated sites first, then settlements by population.
    static func rank(_ p: Place) -> Int {
        (p.source == "strategic-sites" ? 1 << 40 : 0) + (p.featureClass == "P" ? 1 << 39 : 0) + p.population
    }

    static func compatible(_ a: PlaceKind, _ b: PlaceKind) -> Bool {
        if a.isSettlement && b.isSettlement { return a != .neighbourhood && b != .neighbourhood || a == b }
        if a.isSite && b.isSite { return ToponymResolver.fit(cue: a, kind: b) > 0 }
        return false
    }
}
