/// What the extractor remembers while it reads one document: the subject carried across
/// clauses and sentences, the places named so far (for "the town", "المدينة"), the mentions
/// that are datelines or attributions, and the country that "the army" belongs to.
struct DocumentState {
    let input: ControlEventExtractor.Input
    let lexicon: ExtractionLexicon
    var excluded = Set<Int>()
    var lastSubject: String?
    /// "government" and "army" in this document mean this actor.
    let government: String
    /// Stream start position and resolution index of every place mention, in text order.
    private let placeOrder: [(start: Int, resolution: Int)]

    init(input: ControlEventExtractor.Input, lexicon: ExtractionLexicon) {
        self.input = input
        self.lexicon = lexicon
        var iraq = 0, syria = 0
        for r in input.resolutions {
            guard let p = r.place else { continue }
            switch input.gazetteer.places[Int(p)].country {
            case "IQ": iraq += 1
            case "SY": syria += 1
            default: break
            }
        }
        government = iraq > syria ? "iraqi-government" : "syrian-government"
        placeOrder = input.resolutions.enumerated().map { ($0.element.mention.span.lowerBound, $0.offset) }.sorted { $0.start < $1.start }
    }

    /// The generic "government" actor made concrete for this document.
    func resolveGeneric(_ actor: String) -> String {
        actor == "government" ? government : actor
    }

    func isArabic(_ item: PositionedItem) -> Bool {
        input.text.tokens[input.stream.words[item.start].token].isArabic
    }

    func keyOf(_ item: PositionedItem) -> String {
        input.stream.words[item.start].innerKey
    }

    func tokenRange(_ item: PositionedItem) -> Range<Int> {
        let first = input.stream.words[item.start].token
        let last = input.stream.words[max(item.start, item.end - 1)].token
        return first..<(last + 1)
    }

    /// The place an anaphor ("the town", "المدينة") refers to: the latest fitting place before it.
    func antecedent(kind: String, before item: PositionedItem) -> Int? {
        for entry in placeOrder.reversed() where entry.start < item.start {
            if excluded.contains(entry.resolution) { continue }
            let r = input.resolutions[entry.resolution]
            let placeKind = r.place.map { input.gazetteer.places[Int($0)].kind } ?? r.mention.cue ?? .village
            if Self.fits(anaphor: kind, placeKind) { return entry.resolution }
        }
        return nil
    }

    static func fits(anaphor: String, _ kind: PlaceKind) -> Bool {
        switch anaphor {
        case "city": return kind == .city || kind == .town
        case "town": return kind.isSettlement && kind != .neighbourhood
        case "village": return kind == .village || kind == .town
        case "base", "airbase": return kind.isSite
        case "island": return kind == .island
        default: return kind != .region
        }
    }

    /// At the end of a sentence with no explicit subject yet, its first actor becomes the topic.
    mutating func noteSentenceEnd(_ items: [PositionedItem]) {
        guard lastSubject == nil else { return }
        for it in items {
            if case .actor(let a) = it.item {
                lastSubject = resolveGeneric(a)
                return
            }
        }
    }
}
