/// The places ControlMap knows and the name index it tags text with.
///
/// Names are stored as token-key sequences grouped by their first key, longest first, so the
/// tagger finds the longest name at each position with one dictionary look-up.
public struct Gazetteer: Sendable {
    /// What one indexed name stands for.
    public struct Name: Sendable {
        /// Indices into `places` of the places bearing the name.
        public var places: [Int32]
        /// Written in Latin script: matched only where the text capitalizes it.
        public var isLatin: Bool
        /// A one-word name that is also a common word ("الباب", "Central"): matched only after a
        /// cue word ("مدينة الباب").
        public var needsCue: Bool
    }

    public let places: [Place]
    private let byID: [String: Int32]
    public let names: PhraseIndex<Name>
    /// How many distinct names are indexed.
    public let nameCount: Int
    /// Consonant skeletons of settlement names (4 letters or more) -> places, for spelling variants.
    let skeletons: [String: [Int32]]

    /// Builds the index. Single-word names shorter than three letters or made of digits are not
    /// indexed; those that are common words (`stopwords`) are matched only after a cue word.
    public init(places: [Place], stopwords: Set<String> = []) {
        var merged: [Place] = []
        var ids: [String: Int32] = [:]
        for p in places {
            if let existing = ids[p.id] {
                // The same id from two files: keep the first record and add the new names.
                var known = Set(merged[Int(existing)].names)
                for n in p.names where known.insert(n).inserted { merged[Int(existing)].names.append(n) }
                continue
            }
            ids[p.id] = Int32(merged.count)
            merged.append(p)
        }
        var byKeys: [[String]: Name] = [:]
        var skeletons: [String: [Int32]] = [:]
        for (i, p) in merged.enumerated() {
            // Countries are not places on a control map; "السوري" is an adjective, not Syria.
            if p.featureCode.hasPrefix("PCL") { continue }
            for name in p.names {
                let keys = NameKey.keys(of: name)
                guard let first = keys.first else { continue }
                if keys.count == 1 {
                    if first.unicodeScalars.count < 3 || first.allSatisfy(\.isNumber) { continue }
                }
                let latin = !NameScript.isArabic(name)
                let common = keys.count == 1 && stopwords.contains(first)
                var entry = byKeys[keys] ?? Name(places: [], isLatin: latin, needsCue: common)
                if !entry.places.contains(Int32(i)) { entry.places.append(Int32(i)) }
                if !latin { entry.isLatin = false }
                byKeys[keys] = entry
                if p.kind.isSettlement || p.kind.isSite {
                    let skeleton = keys.map(NameSkeleton.word).joined(separator: " ")
                    if NameSkeleton.isDistinctive(skeleton), skeletons[skeleton]?.contains(Int32(i)) != true {
                        skeletons[skeleton, default: []].append(Int32(i))
                    }
                }
            }
        }
        self.places = merged
        self.byID = ids
        self.nameCount = byKeys.count
        self.skeletons = skeletons
        self.names = PhraseIndex(keyed: byKeys.map { ($0.key, $0.value) })
    }

    /// Places whose name has the same consonant skeleton as `name`.
    public func variants(of name: String) -> [Int32] {
        skeletons[NameSkeleton.of(name)] ?? []
    }

    public func place(id: String) -> Place? {
        byID[id].map { places[Int($0)] }
    }

    public func index(ofID id: String) -> Int? {
        byID[id].map(Int.init)
    }
}
