import Foundation

/// Chooses which place each mention names, and says why.
///
/// Scores every candidate on: being in a focus country; fitting the cue word (an "airbase"
/// cue wants an airbase, "قرية" a village); lying near the places the document names without
/// ambiguity; feature class (settlements and curated sites before regions); population. Mentions
/// with one candidate anchor the others, so the resolver runs twice.
public struct ToponymResolver: Sendable {
    /// A mention with its chosen place and the evidence for the choice.
    public struct Resolution: Sendable {
        public var mention: ToponymMention
        /// The chosen place's gazetteer index; nil for an unresolved mention.
        public var place: Int32?
        /// Candidates with their scores, best first.
        public var candidates: [(place: Int32, score: Double)]
        /// Plain words on why this place was chosen.
        public var reason: String
    }

    public let gazetteer: Gazetteer
    public let focusCountries: Set<String>
    private let focusCodes: Gazetteer.CountryCodes
    private let skeletonCache = NameSkeleton.Cache()

    /// The airfields of the gazetteer, for "مطار X" where X names only the town the airfield
    /// is called after.
    private let airfields: [Int32]

    public init(gazetteer: Gazetteer, focusCountries: Set<String> = ["SY", "IQ"]) {
        self.gazetteer = gazetteer
        self.focusCountries = focusCountries
        self.focusCodes = Gazetteer.CountryCodes(focusCountries)
        airfields = (0..<Int32(gazetteer.places.count)).filter { [.airbase, .airport].contains(gazetteer.kind($0)) }
    }

    public func resolve(_ mentions: [ToponymMention]) -> [Resolution] {
        // Anchors: places named without ambiguity.
        // Each place once: a long text naming Raqqa forty thousand times has one anchor, not 40,000.
        var anchorSet = Set<Int32>()
        for m in mentions where m.candidates.count == 1 && !m.isWeak { anchorSet.insert(m.candidates[0]) }
        var anchors = anchorSet.sorted()
        let firstAnchors = Anchors(anchors, gazetteer)
        var first = mentions.map { resolveOne($0, anchors: firstAnchors, focus: nil) }
        // Second pass: the first pass's confident choices anchor the rest, and the place the
        // document names most often is its focus.
        let chosen = first.filter { !$0.mention.isWeak }.compactMap(\.place)
        anchors = Array(anchorSet.union(chosen)).sorted()
        let counts = Dictionary(chosen.map { ($0, 1) }, uniquingKeysWith: +)
        let focus = counts.max { a, b in
            (a.value, gazetteer.population(a.key), -a.key) < (b.value, gazetteer.population(b.key), -b.key)
        }?.key
        // Governorates the document names (a region cue, or an administrative record).
        var regionSet = Set<Int32>()
        for r in first {
            guard let p = r.place, gazetteer.featureClass(p) == "A" || r.mention.cue == .region else { continue }
            regionSet.insert(p)
        }
        let regions = regionSet.sorted().map { Region(place: $0, admin1: gazetteer.admin1($0)) }
        let secondAnchors = Anchors(anchors, gazetteer)
        first = mentions.map { resolveOne($0, anchors: secondAnchors, focus: focus, regions: regions) }
        // Skeletons of the names resolved in the document (names recur: the cache works each out once).
        var skeletons: [String: (place: Int32, text: String)] = [:]
        for r in first where !r.mention.isWeak {
            guard let p = r.place else { continue }
            let k = skeletonCache.skeleton(of: r.mention.text)
            if skeletons[k] == nil { skeletons[k] = (p, r.mention.text) }
        }
        let resolved = first.map { r in
            r.place == nil ? variant(r, skeleton: skeletonCache.skeleton(of: r.mention.text), skeletons: skeletons, anchors: anchors, focus: focus) ?? r : r
        }
        return withListedNamesApart(resolved)
    }

    /// "قرى سمكة والمدمومة وجديدة نواف": the names of one list are different places. When two
    /// names of a list resolve to one place, the name that is only an alias of it (a record
    /// that also lists a neighbour's name) does not name it: that mention is left unresolved,
    /// and when none of them spells the place's own name, all are, since the text cannot say
    /// which one means it.
    private func withListedNamesApart(_ resolved: [Resolution]) -> [Resolution] {
        var byPlace: [Pair: [Int]] = [:]
        for (i, r) in resolved.enumerated() {
            guard let list = r.mention.listID, let p = r.place else { continue }
            byPlace[Pair(list: list, place: p), default: []].append(i)
        }
        var out = resolved
        for (pair, members) in byPlace where members.count > 1 {
            let keys = members.map { NameKey.keys(of: resolved[$0].mention.text) }
            guard Set(keys).count > 1 else { continue }
            let spelling = zip(members, keys).filter { spellsTitle($0.1, of: pair.place) }.map(\.0)
            let other = spelling.first.map { resolved[$0].mention.text } ?? members.map { resolved[$0].mention.text }.joined(separator: ", ")
            for i in members where !spelling.contains(i) {
                out[i].place = nil
                out[i].reason = "unresolved: \(gazetteer.name(pair.place)) is named by \"\(other)\" in the same list, and a list names different places"
            }
        }
        return out
    }

    /// Whether a name's keys spell the place's own name, Latin or Arabic (not an alias of it).
    private func spellsTitle(_ keys: [String], of place: Int32) -> Bool {
        keys == NameKey.keys(of: gazetteer.name(place)) || gazetteer.nameAr(place).map { NameKey.keys(of: $0) == keys } == true
    }

    /// A list and a place of it.
    private struct Pair: Hashable {
        var list: Int
        var place: Int32
    }

    /// An unresolved name that is a spelling variant of a place the document names, or of
    /// exactly one gazetteer place near the document's focus.
    private func variant(_ r: Resolution, skeleton: String, skeletons: [String: (place: Int32, text: String)],
                         anchors: [Int32], focus: Int32?) -> Resolution? {
        let distinctive = NameSkeleton.isDistinctive(skeleton)
        // A skeleton is shared by names that are not one another's spelling: three root letters
        // in Arabic ("حيمور", "الحمرة", "حميرة"), the consonants of "Tel al-Usud" and "Tall
        // as-Sayyid" in Latin. A variant must also be a close spelling, in its own script or read
        // as a transliteration of the other.
        let arabic = NameScript.isArabic(r.mention.text)
        func spells(_ name: String) -> Bool {
            if arabic == NameScript.isArabic(name) { return NameSkeleton.isCloseSpelling(name, r.mention.text) }
            return arabic ? NameSkeleton.writesAlike(arabic: r.mention.text, latin: name) : NameSkeleton.writesAlike(arabic: name, latin: r.mention.text)
        }
        if distinctive, let other = skeletons[skeleton], other.text != r.mention.text, spells(other.text) {
            let p = other.place
            var out = r
            out.place = p
            out.mention.isWeak = false
            out.reason = "spelling variant of \"\(other.text)\" in the same document (\(gazetteer.name(p)))"
            return out
        }
        // An Arabic name the gazetteer has, put aside because its bearers are far away
        // ("عابدين" in Daraa, read in a report on Idlib), is more likely an unlisted namesake
        // than a misspelling: Arabic writes a name one way, so neither "عبدون" near Hama nor the
        // far bearer itself is taken for it. (Latin transliterations vary too much for their
        // exact spelling to say so: "Zeitan" is Zaytan near Aleppo, not a far record that
        // lists "Zeitan". One put aside for its cue, "Mosul neighbourhood", is looked at below.)
        guard !arabic || r.candidates.isEmpty || r.mention.cue.map({ $0 == .neighbourhood || $0.isSite }) == true else { return nil }
        // Read from the compiled fields: decoding every variant's place was a tenth of resolving.
        let center = focus ?? anchors.first
        func nearby(_ found: [Int32]) -> [Int32] {
            found.filter { i in
                guard gazetteer.isIn(i, focusCodes) else { return false }
                if let cue = r.mention.cue, Self.fit(cue: cue, kind: gazetteer.kind(i)) < 0 { return false }
                // "al-Sinaa neighbourhood": a neighbourhood the gazetteer lacks is no village spelt
                // alike. (The town it is named after, "Mosul neighbourhood", is left to the reader
                // of the sentence, which takes it as a part of the town.)
                // A town spelt alike is taken only near the document's places: "حي الميدان" in
                // Damascus is no neighbourhood of al-Mayadin, 400 km away.
                if r.mention.cue == .neighbourhood, gazetteer.kind(i) != .neighbourhood {
                    guard [.town, .city].contains(gazetteer.kind(i)), let c = center, gazetteer.distanceKm(c, i) <= 30 else { return false }
                }
                // A misspelt village is in a country the report names places of ("Faisaliah" in a
                // report on Qamishli is no Iraqi village spelt alike); a town, city or site may be
                // across the border.
                guard let c = center else { return true }
                guard gazetteer.distanceKm(c, i) <= 200 else { return false }
                return isProminent(i) || [.city, .region].contains(gazetteer.kind(i)) || anchors.contains { gazetteer.sameCountry($0, i) }
            }
        }
        func isProminent(_ i: Int32) -> Bool {
            gazetteer.population(i) >= 10_000 || gazetteer.source(i) == "strategic-sites"
        }
        var near = distinctive ? nearby(gazetteer.variants(skeleton: skeleton)) : []
        // (Only the display names are kept once compiled: the Latin one and the Arabic one.)
        // An Arabic mention is compared with the place's Arabic name when it has one: read
        // across scripts, "البرسة" would write "Baris" (the ta marbuta has no letter in
        // transliteration). A Latin one with either: transliterations stray further from one
        // another ("al-Qaraytan", "al-Qaryatayn") than from the Arabic they write.
        near = near.filter { i in
            if arabic, let own = gazetteer.nameAr(i) { return spells(own) }
            return gazetteer.nameAr(i).map(spells) == true || spells(gazetteer.name(i))
        }
        // "Beiji" for Baiji, "Makhmour" for Makhmur: too short a skeleton, but the same consonants
        // with vowels in the same places.
        if near.isEmpty {
            near = nearby(gazetteer.vowelVariants(of: r.mention.text)).filter { i in
                NameSkeleton.isCloseSpelling(gazetteer.name(i), r.mention.text)
            }
        }
        // Without a document focus, only a variant naming one town or city anywhere is taken.
        let prominent = near.filter(isProminent)
        guard !near.isEmpty, center != nil || r.mention.cue != nil || prominent.count == 1 else { return nil }
        let pool = center == nil && r.mention.cue == nil ? prominent : near
        var chosen = pool[0]
        if pool.count > 1 {
            // Several variants: only a clearly nearest one (at most half the next distance) is taken.
            guard let c = center else { return nil }
            let byDistance = pool.map { ($0, gazetteer.distanceKm(c, $0)) }.sorted { $0.1 < $1.1 }
            guard byDistance[0].1 * 2 <= byDistance[1].1 else { return nil }
            chosen = byDistance[0].0
        }
        var out = r
        out.place = chosen
        // A variant of a town, city or curated site is a place, not a maybe.
        if prominent.contains(chosen) { out.mention.isWeak = false }
        out.candidates = pool.map { ($0, 0) }
        out.reason = "spelling variant of \(gazetteer.name(chosen))"
            + (center.map { ", \(Int(gazetteer.distanceKm($0, chosen))) km from \(gazetteer.name($0))" } ?? "")
        return out
    }

    /// A governorate the document names: its index and admin1 code, read once per document.
    private struct Region {
        var place: Int32
        var admin1: String
    }

    /// The places that anchor a document, with their coordinates read once (every candidate of
    /// every mention is measured against each of them).
    private struct Anchors {
        let ids: [Int32]
        let points: [(lat: Double, lon: Double)]

        init(_ ids: [Int32], _ gazetteer: Gazetteer) {
            self.ids = ids
            points = ids.map(gazetteer.coordinates)
        }
    }

    private func resolveOne(_ m: ToponymMention, anchors: Anchors, focus: Int32?, regions: [Region] = []) -> Resolution {
        guard !m.candidates.isEmpty else {
            // (A town far from every other place of the article is another town of that spelling:
            // "Al-Dab'a Air Base near al-Qusayr" is no airfield by a village Dabba on the coast.)
            if let cue = m.cue, [.airbase, .airport].contains(cue), let (field, town) = airfield(namedAfter: m.namedAfter),
               anchors.ids.isEmpty || anchors.ids.contains(where: { gazetteer.distanceKm($0, town) <= Self.namedAfterReachKm }) {
                // "the Qamishli airbase", no airbase so named: the airfield by the town.
                return Resolution(mention: m, place: field, candidates: [(field, 0)],
                                  reason: "the \(cue.rawValue) by \(gazetteer.name(town)) (\(Int(gazetteer.distanceKm(field, town))) km)")
            }
            let why = m.cue.map { "no gazetteer entry; kept because of the cue word (\($0.rawValue))" } ?? "no gazetteer entry"
            return Resolution(mention: m, place: nil, candidates: [], reason: why)
        }
        // Scores from the compiled fields, without decoding places; the reasons are worked out
        // for the winner only.
        var scored: [(place: Int32, score: Double, why: [String])] = m.candidates.map { c in
            (c, score(c, mention: m, anchors: anchors, regions: regions, explain: false).score, [])
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.place < $1.place }
        // "Kobanî" is Kobani's own name and only an alias on another record: in a near tie the
        // place whose title the mention spells wins. (Names are keyed only for such ties.)
        var spelledTitle = Set<Int32>()
        if scored.count > 1, scored[1].score > scored[0].score - Self.titleBonus {
            let spelled = NameKey.keys(of: m.text)
            // (The bar is the top score before any bonus: raised as the first is, it would leave
            // out an equal second.)
            let bar = scored[0].score - Self.titleBonus
            for i in scored.indices where scored[i].score > bar {
                let c = scored[i].place
                if spellsTitle(spelled, of: c) {
                    scored[i].score += Self.titleBonus
                    spelledTitle.insert(c)
                }
            }
            scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.place < $1.place }
        }
        scored[0].why = score(scored[0].place, mention: m, anchors: anchors, regions: regions, explain: true).why
            + (spelledTitle.contains(scored[0].place) ? ["the mention spells its name"] : [])
        let best = scored[0]
        // "an Aleppo airbase" with no airbase of that name: a site near the place, not the place;
        // "أحياء ... القادسية": a neighbourhood, not the province of that name.
        let bestKind = gazetteer.kind(best.place)
        if let cue = m.cue, [.airbase, .airport].contains(cue), !bestKind.isSite, let field = airfield(near: best.place) {
            // "مطار أبو الضهور" where the gazetteer spells the airbase "أبو الظهور": an airfield
            // is called after the town it serves, and lies by it.
            return Resolution(mention: m, place: field, candidates: [(field, best.score)] + scored.map { ($0.place, $0.score) },
                              reason: "the \(cue.rawValue) by \(gazetteer.name(best.place)) (\(Int(gazetteer.distanceKm(field, best.place))) km)")
        }
        if let cue = m.cue, (cue.isSite && !bestKind.isSite) || (cue == .neighbourhood && bestKind != .neighbourhood) {
            return Resolution(mention: m, place: nil, candidates: scored.map { ($0.place, $0.score) },
                              reason: "unresolved: a \(cue.rawValue) named after \(gazetteer.name(best.place)), which the gazetteer lacks")
        }
        // Only a namesake outside the focus countries ("Old City" is Jerusalem's, "تل النار" an
        // Iranian village by its skeleton): better unresolved than put on the map far away. The
        // capitals and big cities of the neighbours stay, for the reports that name them.
        if !gazetteer.isIn(best.place, focusCodes), gazetteer.population(best.place) < Self.foreignCityPopulation {
            return Resolution(mention: m, place: nil, candidates: scored.map { ($0.place, $0.score) },
                              reason: "unresolved: only a namesake outside the focus countries (\(gazetteer.name(best.place)))")
        }
        // Several places fit exactly as well and lie apart ("the villages of Dardara and X", four
        // villages of that name in three provinces, nothing in the document to choose): any pick
        // is a guess, and a wrong one puts an event on a village nobody reported on. Better
        // unresolved, the name kept. (Records of one place a few km apart are one place.)
        let tied = scored.prefix { $0.score == best.score }
        if tied.count > 1, tied.contains(where: { !gazetteer.within($0.place, best.place, km: Self.tieSpreadKm) }) {
            // Unless one lies much nearer the document's other places ("Khan Tuman and
            // al-Khalidiyah south of Aleppo": the al-Khalidiyah by Khan Tuman).
            let others = anchors.ids.filter { !m.candidates.contains($0) }
            if !others.isEmpty {
                let near = tied.map { t in (place: t.place, km: others.map { gazetteer.distanceKm($0, t.place) }.min()!) }
                    .sorted { $0.km < $1.km }
                if near[0].km <= Self.tieNearKm, near[0].km * 4 < near[1].km {
                    return Resolution(mention: m, place: near[0].place, candidates: scored.map { ($0.place, $0.score) },
                                      reason: "best of \(tied.count) equal candidates: the nearest to the document's other places (\(Int(near[0].km)) km)")
                }
            }
            let names = tied.prefix(4).map { "\(gazetteer.name($0.place)) (\(gazetteer.country($0.place)))" }.joined(separator: ", ")
            return Resolution(mention: m, place: nil, candidates: scored.map { ($0.place, $0.score) },
                              reason: "unresolved: \(tied.count) places fit equally well and lie apart: \(names)")
        }
        // A small village far from every other place of the document is more likely a
        // namesake or a misspelling than the place meant: better unresolved than misplaced.
        if gazetteer.population(best.place) < 1000, bestKind == .village,
           anchors.ids.contains(where: { !m.candidates.contains($0) }) {
            let others = anchors.ids.filter { !m.candidates.contains($0) }
            let focusPlace = focus.flatMap { m.candidates.contains($0) ? nil : $0 }
            // The cheap bounding test settles nearly all; distances are worked out for the reason only.
            let farFromAll = !others.contains { gazetteer.within($0, best.place, km: 150) }
            let farFromFocus = focusPlace.map { !gazetteer.within($0, best.place, km: 150) } ?? false
            if farFromAll || farFromFocus {
                let nearest = Int(others.map { gazetteer.distanceKm($0, best.place) }.min() ?? 0)
                let fromFocus = focusPlace.map { Int(gazetteer.distanceKm($0, best.place)) }
                let far = fromFocus.map { "\($0) km from \(gazetteer.name(focusPlace!)), the place the document is about" }
                    ?? "\(nearest) km from the document's other places"
                return Resolution(mention: m, place: nil, candidates: scored.map { ($0.place, $0.score) },
                                  reason: "unresolved: the only fitting village (\(gazetteer.name(best.place))) is \(far)")
            }
        }
        var reason = scored.count == 1 ? "only candidate" : "best of \(scored.count) candidates"
        if !best.why.isEmpty { reason += ": " + best.why.joined(separator: ", ") }
        return Resolution(mention: m, place: best.place, candidates: scored.map { ($0.place, $0.score) }, reason: reason)
    }

    /// The population from which a place outside the focus countries is taken when it is the
    /// best candidate (Gaziantep, Beirut, Amman).
    static let foreignCityPopulation = 500_000

    /// A candidate's score, and its reasons when `explain`.
    private func score(_ c: Int32, mention m: ToponymMention, anchors: Anchors, regions: [Region],
                       explain: Bool) -> (score: Double, why: [String]) {
        var why: [String] = []
        func note(_ s: @autoclosure () -> String) { if explain { why.append(s()) } }
        var score = 0.0
        if gazetteer.isIn(c, focusCodes) { score += 2 } else { score -= 1; note("outside focus countries") }
        let kind = gazetteer.kind(c)
        if let cue = m.cue {
            let fit = Self.fit(cue: cue, kind: kind)
            score += fit
            if fit > 0 { note("fits cue '\(cue.rawValue)'") } else if fit < 0 { note("does not fit cue '\(cue.rawValue)'") }
        } else if kind.isSite {
            // Without a cue word, a bare name is a settlement before it is a base named after it.
            score -= 0.5
        }
        switch gazetteer.featureClass(c) {
        case "P": score += 1
        case "S": score += gazetteer.source(c) == "strategic-sites" ? 1 : 0.3
        case "A": score -= 0.3
        default: break
        }
        let population = gazetteer.population(c)
        if population > 0 {
            score += min(3, log10(Double(population) + 1) / 2)
            note("population \(population)")
        } else if let assumed = Self.seatPopulation[gazetteer.featureCode(c)] {
            // GeoNames gives most Syrian and Iraqi seats no population: a district seat without
            // a figure still outweighs a village near another place of the document.
            score += log10(Double(assumed) + 1) / 2
            note("a seat without a population figure, taken as \(assumed)")
        }
        // The seat of a district or sub-district is the place a war report means before a
        // hamlet of the same name, even where GeoNames gives no population.
        if m.cue == nil || m.cue == kind || m.cue == .city || m.cue == .town {
            switch kind {
            case .city: score += 1; note("a city or district seat")
            case .town: score += 0.5; note("a town or sub-district seat")
            default: break
            }
        }
        if !regions.isEmpty {
            let admin1 = gazetteer.admin1(c)
            if !admin1.isEmpty, regions.contains(where: { $0.admin1 == admin1 && gazetteer.sameCountry($0.place, c) }) {
                // "ريف دير الزور", "eastern Homs countryside": the governorate the document names.
                score += 2
                note("in the governorate the document names")
            }
        }
        var near = 0
        let here = gazetteer.coordinates(c)
        for (a, point) in zip(anchors.ids, anchors.points) where a != c
            && GeoDistance.within(point.lat, point.lon, here.lat, here.lon, km: 60) && !m.candidates.contains(a) {
            near += 1
        }
        if near > 0 {
            score += min(3, 1.5 * Double(near))
            note("\(near) other place(s) of the document within 60 km")
        }
        return (score, why)
    }

    /// What spelling a candidate's own name is worth in a near tie: more than a cue's town for
    /// a city ("the town of Kobani": news calls a city of 50,000 a town).
    static let titleBonus = 1.5
    /// How far apart places of one name and one score may lie and still be one place (GeoNames
    /// sometimes keeps a village twice, a few km apart).
    static let tieSpreadKm = 10.0
    /// How near the document's other places one of several equal namesakes must lie, and four
    /// times nearer than the next, to be the one meant.
    static let tieNearKm = 25.0

    /// The population a seat without a figure is taken to have, by feature code: what the
    /// smallest seats of that rank in Syria and Iraq have.
    static let seatPopulation: [String: Int] = ["PPLC": 500_000, "PPLA": 50_000, "PPLA2": 20_000, "PPLA3": 3_000]

    /// How far from its town an airfield called after it may lie (Qayyarah's airbase is some
    /// 15 km from the town).
    static let airfieldReachKm = 16.0
    /// A metropolis has several airfields about it, its main airport often farther than a
    /// military one ("مطار دمشق" is not Mezzeh's): only a smaller town has its airfield by it.
    static let airfieldTownPopulation = 1_000_000

    /// The airfield nearest to a town, within `airfieldReachKm`; nil when none, when the town is
    /// a metropolis, or when another airfield (not a second record of the same one, within 3 km
    /// of it) also lies within reach: then the text's name cannot tell which.
    func airfield(near town: Int32) -> Int32? {
        guard gazetteer.population(town) < Self.airfieldTownPopulation else { return nil }
        let near = airfields.filter { gazetteer.within($0, town, km: Self.airfieldReachKm) }
            .map { (field: $0, km: gazetteer.distanceKm($0, town)) }
            .filter { $0.km <= Self.airfieldReachKm }
            .sorted { $0.km < $1.km }
        guard let first = near.first else { return nil }
        if near.dropFirst().contains(where: { gazetteer.distanceKm($0.field, first.field) > 3 }) { return nil }
        return first.field
    }

    /// How far from the article's other places a town may lie for an unknown airbase to be
    /// taken for the airfield by it.
    static let namedAfterReachKm = 100.0

    /// The one airfield by the towns in focus a site's name was taken from; nil when none, or
    /// when the towns so named have different ones.
    func airfield(namedAfter towns: [Int32]) -> (field: Int32, town: Int32)? {
        let found = towns.filter { gazetteer.isIn($0, focusCodes) && !gazetteer.kind($0).isSite }
            .compactMap { town in airfield(near: town).map { (field: $0, town: town) } }
        guard let first = found.first, found.allSatisfy({ $0.field == first.field }) else { return nil }
        return first
    }

    /// How well a place kind fits the kind a cue word announces.
    static func fit(cue: PlaceKind, kind: PlaceKind) -> Double {
        if cue == kind { return 3 }
        switch (cue, kind) {
        case (.airbase, .airport), (.airport, .airbase), (.base, .airbase), (.base, .airport),
             (.brigade, .base), (.division, .base), (.base, .base):
            return 2.5
        case (.village, .town), (.town, .village), (.town, .city), (.city, .town):
            return 1
        case (.village, .city), (.city, .village):
            return 0
        default:
            if cue.isSite != kind.isSite { return -2 }
            return 0
        }
    }
}
