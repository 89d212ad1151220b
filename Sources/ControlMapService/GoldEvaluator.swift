import ControlMapCore
import Foundation

/// Scores extraction against gold annotations the way `shared/tools/score-events` does, so an
/// analyst can measure ControlMap on their own annotated articles.
///
/// A claim is (document, place, actor side, kind family), duplicates collapsed. A predicted
/// claim matches a gold one when family and side agree (for a gold claim without an actor,
/// the losing side agrees) and the place agrees by normalized name or lies within 5 km.
public struct GoldEvaluator: Sendable {
    public let analyzer: DocumentAnalyzer
    public let includeBackground: Bool

    public init(analyzer: DocumentAnalyzer, includeBackground: Bool = false) {
        self.analyzer = analyzer
        self.includeBackground = includeBackground
    }

    /// Counts and printable lines.
    public struct Report: Sendable {
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0, negativeFalsePositives = 0
        public var geoWithin10km = 0, geoTotal = 0, sharesRight = 0, sharesTotal = 0, documents = 0
        public var byLanguage: [String: (tp: Int, fp: Int, fn: Int)] = [:]
        public var details: [String] = []

        public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
        public var recall: Double { truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        public var summary: [String] {
            var lines = ["documents \(documents)  gold claims \(truePositives + falseNegatives)  predicted \(truePositives + falsePositives)  matched \(truePositives)",
                         "shares right \(sharesRight)/\(sharesTotal)"]
            for (lang, c) in byLanguage.sorted(by: { $0.key < $1.key }) {
                let p = c.tp + c.fp == 0 ? 0 : Double(c.tp) / Double(c.tp + c.fp)
                let r = c.tp + c.fn == 0 ? 0 : Double(c.tp) / Double(c.tp + c.fn)
                let f = p + r == 0 ? 0 : 2 * p * r / (p + r)
                lines.append("language \(lang) F1 \(Self.f3(f)) P \(Self.f3(p)) R \(Self.f3(r))")
            }
            let geo = geoTotal == 0 ? "-" : String(format: "%.2f", Double(geoWithin10km) / Double(geoTotal))
            lines.append("F1 \(Self.f3(f1)) P \(Self.f3(precision)) R \(Self.f3(recall)) negatives_fp \(negativeFalsePositives) geo_within_10km \(geo)")
            return lines
        }

        static func f3(_ d: Double) -> String { String(format: "%.3f", d) }
    }

    struct Claim {
        var keys: Set<String>
        var lat: Double?, lon: Double?
        var actor: String?, from: String?
        var family: String
        var share: Double?
        var label: String
    }

    static let sides = ["russia": "syrian-government", "hezbollah": "syrian-government", "iran": "syrian-government",
                        "turkey": "sna", "pmf": "iraqi-government"]
    static let families = ["captured": "control", "recaptured": "control", "holds": "control", "withdrew": "withdrew",
                           "besieged": "besieged", "siege_broken": "siege_broken", "contested": "contested"]

    static func side(_ a: String?) -> String? { a.map { sides[$0] ?? $0 } }

    public func evaluate(goldJSONL: String, documentsDirectory: String) throws -> Report {
        var report = Report()
        for line in goldJSONL.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let gold = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let id = gold["doc"] as? String else { continue }
            let path = (documentsDirectory as NSString).appendingPathComponent("\(id).txt")
            guard let raw = FileManager.default.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) }) else {
                throw ConfigurationError("gold names document \(id) but \(path) cannot be read")
            }
            let parts = raw.components(separatedBy: "\n\n")
            let title = parts[0].trimmingCharacters(in: .whitespacesAndNewlines)
            let body = parts.dropFirst().joined(separator: "\n\n").trimmingCharacters(in: .whitespacesAndNewlines)
            let document = Document(title: title, text: body, published: (gold["published"] as? String).flatMap(EventDate.init),
                                    source: gold["source"] as? String, url: gold["url"] as? String, language: gold["lang"] as? String)
            let analysis = analyzer.analyze(document)
            score(analysis, gold: gold, into: &report)
            report.documents += 1
        }
        return report
    }

    private func score(_ a: DocumentAnalysis, gold: [String: Any], into report: inout Report) {
        var predicted: [String: Claim] = [:]
        var order: [String] = []
        for e in a.events {
            guard let family = Self.families[e.kind.rawValue] else { continue }
            let place = a.place(of: e)
            let key = "\(place?.id ?? e.mention)|\(Self.side(e.actor) ?? "-")|\(family)"
            if predicted[key] == nil {
                order.append(key)
                predicted[key] = Claim(keys: ScoringKeys.keys([place?.name, place?.nameAr, e.mention]), lat: place?.lat, lon: place?.lon,
                                       actor: Self.side(e.actor), from: Self.side(e.fromActor), family: family, share: e.share,
                                       label: "\(e.kind.rawValue) \(e.actor ?? "-") <- \(e.fromActor ?? "-") \(place?.name ?? e.mention)")
            }
        }
        let preds = order.map { predicted[$0]! }
        var golds: [String: Claim] = [:], optional: [String: Claim] = [:]
        var gorder: [String] = []
        for ev in gold["events"] as? [[String: Any]] ?? [] {
            guard let kind = ev["kind"] as? String, let family = Self.families[kind] else { continue }
            let placeText = ev["place"] as? String
            let placeEn = ev["place_en"] as? String
            let idKeys = ScoringKeys.keys([placeEn]).isEmpty ? ScoringKeys.keys([placeText]) : ScoringKeys.keys([placeEn])
            let key = "\(idKeys.sorted().joined(separator: " "))|\(Self.side(ev["actor"] as? String) ?? "-")|\(family)"
            let background = ev["background"] as? Bool ?? false
            let claim = Claim(keys: ScoringKeys.keys([placeText, placeEn]), lat: ev["lat"] as? Double, lon: ev["lon"] as? Double,
                              actor: Self.side(ev["actor"] as? String), from: Self.side(ev["from_actor"] as? String), family: family,
                              share: ev["share"] as? Double, label: "\(kind) \(ev["actor"] as? String ?? "-") <- \(ev["from_actor"] as? String ?? "-") \(placeEn ?? placeText ?? "")")
            if includeBackground || !background {
                if golds[key] == nil { gorder.append(key); golds[key] = claim } else { golds[key]!.keys.formUnion(claim.keys) }
            } else if optional[key] == nil {
                optional[key] = claim
            }
        }
        let goldList = gorder.map { golds[$0]! }
        let optionalList = optional.filter { golds[$0.key] == nil }.map(\.value)
        let lang = gold["lang"] as? String ?? a.document.language
        let negative = gold["negative"] as? Bool ?? false
        var used = Set<Int>()
        var lines: [String] = []
        var tp = 0, fp = 0, fn = 0
        for g in goldList {
            guard let hit = preds.indices.first(where: { !used.contains($0) && Self.matches(preds[$0], g) }) else {
                fn += 1
                lines.append("  missed   \(g.label)")
                continue
            }
            used.insert(hit)
            tp += 1
            let p = preds[hit]
            if let plat = p.lat, let plon = p.lon, let glat = g.lat, let glon = g.lon {
                report.geoTotal += 1
                if GeoDistance.km(plat, plon, glat, glon) <= 10 { report.geoWithin10km += 1 }
            }
            if let gs = g.share {
                report.sharesTotal += 1
                if let ps = p.share, abs(ps - gs) <= 0.011 { report.sharesRight += 1 }
            }
        }
        for (i, p) in preds.enumerated() where !used.contains(i) {
            if optionalList.contains(where: { Self.matches(p, $0) }) { continue }
            fp += 1
            if negative { report.negativeFalsePositives += 1 }
            lines.append("  spurious \(p.label)")
        }
        report.truePositives += tp
        report.falsePositives += fp
        report.falseNegatives += fn
        var l = report.byLanguage[lang] ?? (0, 0, 0)
        l.tp += tp; l.fp += fp; l.fn += fn
        report.byLanguage[lang] = l
        if !lines.isEmpty {
            report.details.append("== doc \(gold["doc"] as? String ?? "?") (\(lang))")
            report.details += lines
        }
    }

    static func matches(_ p: Claim, _ g: Claim) -> Bool {
        guard p.family == g.family else { return false }
        var place = !p.keys.isDisjoint(with: g.keys)
        if !place, let a = p.lat, let b = p.lon, let c = g.lat, let d = g.lon { place = GeoDistance.km(a, b, c, d) <= 5 }
        guard place else { return false }
        if g.actor == nil { return p.from == g.from || g.from == nil }
        return p.actor == g.actor
    }
}

/// The scorer's place-name keys: NFKC, Arabic letter folding, diacritics stripped, Latin
/// articles and Arabic article/clitic prefixes dropped, generic words trimmed at either end.
enum ScoringKeys {
    static let latinArticles: Set<String> = ["al", "el", "ad", "ar", "as", "at", "az", "ash", "an", "ath", "adh", "ed", "es", "en", "ez", "the"]
    static let generic: Set<String> = ["village", "villages", "town", "city", "district", "area", "قريه", "قري", "بلده", "مدينه", "ناحيه", "حي", "منطقه"]

    static func tokens(_ s: String) -> [String] {
        var t = s.precomposedStringWithCompatibilityMapping
        t = String(String.UnicodeScalarView(t.unicodeScalars.filter { !((0x064B...0x065F).contains($0.value) || $0.value == 0x0670 || $0.value == 0x0640) }))
        for (a, b) in [("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "و"), ("ئ", "ي")] {
            t = t.replacingOccurrences(of: a, with: b)
        }
        t = String(String.UnicodeScalarView(t.decomposedStringWithCompatibilityMapping.unicodeScalars.filter { !(0x0300...0x036F).contains($0.value) }))
        t = t.lowercased()
        let separators = Set("-'`’‘ʿʾ.,;:\"()«»/")
        t = String(t.map { separators.contains($0) ? " " : $0 })
        var out: [String] = []
        for var w in t.split(whereSeparator: \.isWhitespace).map(String.init) {
            if latinArticles.contains(w) { continue }
            for p in ["وال", "بال", "فال", "كال", "لل", "ال"] where w.hasPrefix(p) && w.count - p.count >= 2 {
                w = String(w.dropFirst(p.count))
                break
            }
            out.append(w)
        }
        return out
    }

    static func keys(_ names: [String?]) -> Set<String> {
        var ks = Set<String>()
        for case let n? in names {
            var s = n
            while let open = s.range(of: "("), let close = s.range(of: ")", range: open.upperBound..<s.endIndex) {
                s.replaceSubrange(open.lowerBound..<close.upperBound, with: " ")
            }
            for part in s.components(separatedBy: " / ").flatMap({ $0.components(separatedBy: " or ") }) {
                var toks = tokens(part)
                while let f = toks.first, generic.contains(f) { toks.removeFirst() }
                while let l = toks.last, generic.contains(l) { toks.removeLast() }
                if !toks.isEmpty { ks.insert(toks.joined(separator: " ")) }
            }
        }
        return ks
    }
}
