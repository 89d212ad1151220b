import Foundation

/// Reads the project's curated strategic-sites file (`gazetteer/strategic-sites.tsv`).
///
/// Columns: id, kind, country, lat, lon, name_en, name_ar, aliases (`;`-separated, either
/// script), source. Lines starting with `#` and the header are skipped. Every row must carry a
/// source for its coordinate.
public struct StrategicSitesParser: Sendable {
    public init() {}

    public func parse(text: String, source: String = "strategic-sites") -> (places: [Place], problems: [GeoNamesParser.Problem]) {
        var places: [Place] = []
        var problems: [GeoNamesParser.Problem] = []
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.last == "\r" ? raw.dropLast() : raw
            if line.isEmpty || line.first == "#" || line.hasPrefix("id\t") { continue }
            let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard c.count >= 9 else {
                problems.append(.init(line: lineNumber, reason: "expected 9 columns, found \(c.count)"))
                continue
            }
            // A row without a position only adds names to the place of that id (an alias row).
            let aliasOnly = c[3].isEmpty && c[4].isEmpty
            guard let lat = aliasOnly ? Double.nan : Double(c[3]), let lon = aliasOnly ? Double.nan : Double(c[4]) else {
                problems.append(.init(line: lineNumber, reason: "latitude/longitude not numbers"))
                continue
            }
            guard aliasOnly || !c[8].trimmingSpaces().isEmpty else {
                problems.append(.init(line: lineNumber, reason: "no source for the coordinate"))
                continue
            }
            let kind = PlaceKind(rawValue: c[1]) ?? .facility
            var names = [c[5]]
            if !c[6].isEmpty { names.append(c[6]) }
            names += c[7].split(separator: ";").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
            // "Tiyas Military Airbase (T-4)": the parenthesised part is an alias of its own.
            var expanded: [String] = []
            for n in names {
                expanded.append(n)
                if let open = n.firstIndex(of: "("), let close = n.firstIndex(of: ")"), open < close {
                    expanded.append(String(n[..<open]).trimmingSpaces())
                    expanded.append(String(n[n.index(after: open)..<close]).trimmingSpaces())
                }
                if n.contains(" / ") {
                    expanded += n.components(separatedBy: " / ").map { $0.trimmingSpaces() }
                }
            }
            var seen = Set<String>()
            let unique = expanded.filter { !$0.isEmpty && seen.insert($0).inserted }
            places.append(Place(id: c[0], name: c[5], nameAr: c[6].isEmpty ? nil : c[6], lat: lat, lon: lon,
                                kind: kind, featureClass: "S", featureCode: kind.rawValue.uppercased(),
                                country: c[2], names: unique, source: source))
        }
        return (places, problems)
    }
}
