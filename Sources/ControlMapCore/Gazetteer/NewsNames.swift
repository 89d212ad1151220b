/// The names war news uses for the places it names most ("Aleppo", "Raqqa", "Tabqa", الطبقة),
/// put over the display forms of the sources ("Halab", "Ar-Raqqah", "Thawrah"), which stay as
/// alternate names. Read from `gazetteer/news-names.tsv`: geonameid, English name, Arabic name
/// (optional), and a free note.
public struct NewsNames: Sendable {
    public struct Names: Sendable, Equatable {
        public var english: String
        public var arabic: String?
    }

    public private(set) var byID: [String: Names] = [:]

    public init() {}

    public init(_ text: String) throws {
        for (n, row) in DataLines.rows(text) {
            guard row.count >= 2, !row[0].isEmpty, !row[1].isEmpty else {
                throw ParseFailure("news-names.tsv line \(n): expected geonameid, English name [, Arabic name]")
            }
            byID[row[0]] = Names(english: row[1], arabic: row.count > 2 && !row[2].isEmpty ? row[2] : nil)
        }
    }

    /// The places with their news names; the names they had are kept among their names.
    public func applied(to places: [Place]) -> [Place] {
        guard !byID.isEmpty else { return places }
        return places.map { p in
            guard let news = byID[p.id] else { return p }
            var p = p
            p.name = news.english
            if let ar = news.arabic { p.nameAr = ar }
            for n in [news.english, news.arabic].compactMap({ $0 }) where !p.names.contains(n) { p.names.append(n) }
            return p
        }
    }
}
