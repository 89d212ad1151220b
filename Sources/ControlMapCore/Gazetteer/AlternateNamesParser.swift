/// Reads GeoNames `alternateNamesV2.txt` (alternateNameId, geonameid, isolanguage, name,
/// isPreferredName, isShortName, isColloquial, isHistoric, from, to): more names for places
/// already loaded, in the Latin and Arabic scripts only. Links, codes and postal names are skipped.
public struct AlternateNamesParser: Sendable {
    static let skippedLanguages: Set<Substring> = ["link", "post", "iata", "icao", "faac", "wkdt", "unlc", "abbr", "tcid", "fr_1793"]

    public init() {}

    /// geonameid -> extra names, for the ids in `wanted` (all when nil).
    public func parse(text: String, wanted: Set<String>?) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let cols = line.split(separator: "\t", maxSplits: 5, omittingEmptySubsequences: false)
            guard cols.count >= 4, !Self.skippedLanguages.contains(cols[2]) else { continue }
            let id = String(cols[1])
            if let wanted, !wanted.contains(id) { continue }
            let name = String(cols[3]).trimmingSpaces()
            guard !name.isEmpty, NameScript.isIndexable(name) else { continue }
            out[id, default: []].append(name)
        }
        return out
    }
}
