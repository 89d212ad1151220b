import Foundation

/// Gives a record without its admin1 (governorate) code the code of the places around it.
///
/// GeoNames extracts do not always carry the code: the `SY.txt` and `IQ.txt` files leave it
/// empty on every governorate row and on most cities (Tabqa, Raqqa), while villages have it. A
/// governorate without its code cannot tell the resolver that "قرية X في ريف حماة" is the X in
/// Hama; a city without it would lose to a namesake village of a governorate the document names.
///
/// The code is the one most of the nearest settlements bear, each vote weighted by closeness: a
/// governorate's centre lies inside it, and so do most places near a town (Damascus city, whose
/// villages ring it from another governorate, is settled by the nearest ones).
enum GovernorateCodes {
    /// How many settlements around a place vote on its code.
    static let voters = 25

    static func fill(_ places: inout [Place]) {
        let missing = places.indices.filter { places[$0].admin1.isEmpty && !places[$0].featureCode.hasPrefix("PCL") }
        guard !missing.isEmpty else { return }
        // Settlements with a code, in one-degree cells per country: a place is looked up only
        // among the cells around it. (Positions and codes only: no place is copied per distance.)
        var cells: [Cell: [Voter]] = [:]
        for p in places where p.featureClass == "P" && !p.admin1.isEmpty {
            cells[Cell(p), default: []].append(Voter(lat: p.lat, lon: p.lon, code: p.admin1))
        }
        var found: [(index: Int, code: String)] = []
        var nearest = Nearest(capacity: voters)
        for g in missing {
            let centre = places[g], home = Cell(centre)
            // Within a few degrees a flat projection orders neighbours as well as great circles do.
            let shrink = cos(centre.lat * .pi / 180)
            var reach = 1
            repeat {
                nearest.removeAll()
                for dy in -reach...reach {
                    for dx in -reach...reach {
                        let cell = Cell(country: home.country, lat: home.lat + dy, lon: home.lon + dx)
                        for v in cells[cell] ?? [] {
                            let x = (v.lon - centre.lon) * shrink, y = v.lat - centre.lat
                            nearest.offer(distance: (x * x + y * y).squareRoot() * 111.2, code: v.code)
                        }
                    }
                }
                reach += 1
            } while nearest.count < voters && reach <= 3
            var votes: [String: Double] = [:]
            for v in nearest.kept { votes[v.code, default: 0] += 1 / max(v.distance, 1) }
            if let code = votes.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })?.key {
                found.append((g, code))
            }
        }
        // (Set after all are found, so that only places that bore a code vote.)
        for f in found { places[f.index].admin1 = f.code }
    }

    private struct Cell: Hashable {
        var country: String, lat: Int, lon: Int

        init(country: String, lat: Int, lon: Int) { (self.country, self.lat, self.lon) = (country, lat, lon) }
        init(_ p: Place) { self.init(country: p.country, lat: Int(p.lat.rounded(.down)), lon: Int(p.lon.rounded(.down))) }
    }

    private struct Voter { var lat: Double, lon: Double, code: String }

    /// The `capacity` closest offers, kept in order; an offer farther than the farthest kept one
    /// of a full list costs one comparison, so a crowded neighbourhood is never sorted whole.
    private struct Nearest {
        let capacity: Int
        private(set) var kept: [(distance: Double, code: String)] = []

        init(capacity: Int) { self.capacity = capacity; kept.reserveCapacity(capacity + 1) }

        var count: Int { kept.count }

        mutating func removeAll() { kept.removeAll(keepingCapacity: true) }

        mutating func offer(distance: Double, code: String) {
            if kept.count == capacity, let last = kept.last, distance >= last.distance { return }
            var at = kept.count
            while at > 0 && kept[at - 1].distance > distance { at -= 1 }
            kept.insert((distance, code), at: at)
            if kept.count > capacity { kept.removeLast() }
        }
    }
}
