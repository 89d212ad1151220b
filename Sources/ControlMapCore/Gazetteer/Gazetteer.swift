import Foundation

/// The places ControlMap knows and the name index it tags text with, in one flat, immutable
/// byte layout: built in memory from parsed places, or loaded as is from a compiled file, so
/// that a service with a million names is ready without parsing or hashing anything.
///
/// Layout (little-endian): a header with counts and section offsets; a place table of fixed
/// 48-byte records pointing into a string area; name entries of 24 bytes sorted by the stable
/// hash of their first key (then longest first), each pointing to its key strings and to a run
/// of place indices; the same for spelling skeletons; and a table of id hashes for `place(id:)`.
public struct Gazetteer: Sendable {
    /// What one indexed name stands for.
    public struct Name: Sendable {
        /// Indices of the places bearing the name.
        public var places: [Int32]
        /// Written in Latin script: matched only where the text capitalizes it.
        public var isLatin: Bool
        /// A one-word name that is also a common word ("الباب", "Central"): matched only after a cue word.
        public var needsCue: Bool
    }

    /// A name found in a token stream.
    public struct Match: Sendable {
        public var start: Int
        public var end: Int
        public var value: Name
        /// Which clitic reading of the first word matched (0: the word as written).
        public var reading: Int
    }

    let storage: Storage

    /// The places, decoded on access.
    public var places: PlaceTable { PlaceTable(storage: storage) }
    /// How many distinct names are indexed.
    public var nameCount: Int { storage.nameCount }

    /// Every indexed name as the words it is matched by (normalized keys joined by spaces):
    /// what a plain string matcher would have to look for, for benchmarks against one.
    public func nameKeys() -> [String] { storage.nameKeys() }

    /// Builds the index. Single-word names shorter than three letters or made of digits are not
    /// indexed; those that are common words (`stopwords`) are matched only after a cue word.
    /// Records with the same id are merged (their names united); countries are left out.
    /// `spellings` adds the news spellings of Latin names ("Tel Tamr" for "Tall Tamr") for the
    /// places of its countries.
    public init(places: [Place], stopwords: Set<String> = [], spellings: SpellingVariants = .init()) {
        storage = Storage(bytes: GazetteerCompiler.compile(places: places, stopwords: stopwords, spellings: spellings))
    }

    /// Loads a compiled gazetteer (see `compiled`); nil if the bytes are not one.
    public init?(compiled bytes: [UInt8]) {
        guard let s = Storage(validating: bytes) else { return nil }
        storage = s
    }

    /// The compiled bytes, to be written to a file and loaded with `init(compiled:)`.
    public var compiled: [UInt8] { storage.reader.bytes }

    public func place(id: String) -> Place? {
        index(ofID: id).map { places[$0] }
    }

    public func index(ofID id: String) -> Int? {
        storage.index(ofID: id)
    }

    /// Position of a place, read without decoding its strings.
    public func coordinates(_ i: Int32) -> (lat: Double, lon: Double) { storage.coordinates(Int(i)) }
    public func population(_ i: Int32) -> Int { storage.population(Int(i)) }
    public func kind(_ i: Int32) -> PlaceKind { storage.kind(Int(i)) }
    /// GeoNames feature class letter ("P", "S", "A", ...).
    public func featureClass(_ i: Int32) -> Character { Character(UnicodeScalar(storage.featureClassByte(Int(i)))) }
    /// Feature code, first-level administrative code and source, each one string decoded.
    public func featureCode(_ i: Int32) -> String { storage.featureCode(Int(i)) }
    public func admin1(_ i: Int32) -> String { storage.admin1(Int(i)) }
    public func source(_ i: Int32) -> String { storage.source(Int(i)) }

    /// A place's country (ISO code), without decoding the place.
    public func country(_ i: Int32) -> String {
        let (a, b) = storage.countryCode(Int(i))
        return String(decoding: [a, b], as: UTF8.self)
    }

    /// A few countries as their two-letter codes, for testing places against them without strings.
    public struct CountryCodes: Sendable {
        let codes: [UInt16]

        public init(_ countries: Set<String>) {
            codes = countries.compactMap { c in
                let u = Array(c.utf8)
                return u.count == 2 ? UInt16(u[0]) << 8 | UInt16(u[1]) : nil
            }
        }
    }

    /// Whether a place lies in one of the countries.
    public func isIn(_ i: Int32, _ countries: CountryCodes) -> Bool {
        let (a, b) = storage.countryCode(Int(i))
        return countries.codes.contains(UInt16(a) << 8 | UInt16(b))
    }

    /// Whether two places lie in the same country.
    public func sameCountry(_ a: Int32, _ b: Int32) -> Bool {
        storage.countryCode(Int(a)) == storage.countryCode(Int(b))
    }

    /// Distance in km between two places.
    public func distanceKm(_ a: Int32, _ b: Int32) -> Double {
        let p = coordinates(a), q = coordinates(b)
        return GeoDistance.km(p.lat, p.lon, q.lat, q.lon)
    }

    /// Whether two places lie within `km` of each other; a cheap bounding test first, the
    /// great circle only when it is close.
    public func within(_ a: Int32, _ b: Int32, km: Double) -> Bool {
        let p = coordinates(a), q = coordinates(b)
        return GeoDistance.within(p.lat, p.lon, q.lat, q.lon, km: km)
    }

    /// A place's name (the gazetteer's main one), without decoding the rest of the place.
    public func name(_ i: Int32) -> String { storage.name(Int(i)) }
    /// A place's Arabic display name, when it has one, without decoding the rest of the place.
    public func nameAr(_ i: Int32) -> String? { storage.nameAr(Int(i)) }

    /// Places whose name has the same consonant skeleton as `name`.
    public func variants(of name: String) -> [Int32] {
        variants(skeleton: NameSkeleton.of(name))
    }

    /// Places whose Latin name has the same consonants and vowel places as `name` (see
    /// `NameSkeleton.vowelPattern`).
    public func vowelVariants(of name: String) -> [Int32] {
        let pattern = NameSkeleton.vowelPattern(of: name)
        return NameSkeleton.isDistinctivePattern(pattern) ? storage.lookupSkeleton(pattern) : []
    }

    /// Places whose name has this consonant skeleton (see `NameSkeleton.of`).
    public func variants(skeleton: String) -> [Int32] {
        storage.lookupSkeleton(skeleton)
    }

    /// How many names of two or more words start with this word, counted up to `limit`: a word
    /// that starts many ("tall", "خربة", "kafr") is as often the head of a longer name the
    /// gazetteer lacks as a name by itself.
    public func longerNameCount(firstKey key: ByteKey, limit: Int = 16) -> Int {
        storage.longerNameCount(firstKey: key, limit: limit)
    }

    /// The longest name starting at stream position `p` that `accept` takes, if any.
    public func match(in stream: TokenStream, at p: Int, accept: (Name) -> Bool = { _ in true }) -> Match? {
        storage.match(in: stream, at: p, accept: accept)
    }
}

/// The places of a gazetteer as a collection, each decoded from the flat layout on access.
public struct PlaceTable: RandomAccessCollection, Sendable {
    let storage: Gazetteer.Storage
    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.placeCount }
    public subscript(i: Int) -> Place { storage.place(i) }
}
