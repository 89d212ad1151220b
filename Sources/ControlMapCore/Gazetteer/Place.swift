import Foundation

/// One place of the gazetteer: a settlement, base or site with its names and position.
public struct Place: Sendable, Hashable, Codable {
    /// Stable id: the GeoNames id for GeoNames records, `site:slug` for curated sites.
    public var id: String
    /// Display name in Latin script.
    public var name: String
    /// Display name in Arabic script, when known.
    public var nameAr: String?
    public var lat: Double
    public var lon: Double
    public var kind: PlaceKind
    /// GeoNames feature class and code (curated sites use "S" and their kind).
    public var featureClass: String
    public var featureCode: String
    /// ISO country code.
    public var country: String
    /// GeoNames admin1 code (governorate), empty when unknown.
    public var admin1: String
    public var population: Int
    /// Every name and alias to index, in any script kept.
    public var names: [String]
    /// Where the record comes from ("geonames", "strategic-sites", a file name).
    public var source: String

    public init(id: String, name: String, nameAr: String?, lat: Double, lon: Double, kind: PlaceKind,
                featureClass: String, featureCode: String, country: String, admin1: String = "",
                population: Int = 0, names: [String], source: String) {
        self.id = id
        self.name = name
        self.nameAr = nameAr
        self.lat = lat
        self.lon = lon
        self.kind = kind
        self.featureClass = featureClass
        self.featureCode = featureCode
        self.country = country
        self.admin1 = admin1
        self.population = population
        self.names = names
        self.source = source
    }

    /// Great-circle distance in kilometres.
    public func distanceKm(to other: Place) -> Double {
        GeoDistance.km(lat, lon, other.lat, other.lon)
    }
}

/// Great-circle distances on a spherical Earth.
public enum GeoDistance {
    public static func km(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = 6371.0
        let p1 = lat1 * .pi / 180, p2 = lat2 * .pi / 180
        let dp = p2 - p1, dl = (lon2 - lon1) * .pi / 180
        let h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
        return 2 * r * asin(min(1, h.squareRoot()))
    }

    /// Whether two points lie within `km` of each other; a cheap bounding test first, the
    /// great circle only when it is close.
    @inline(__always)
    public static func within(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double, km: Double) -> Bool {
        let dLat = abs(lat1 - lat2) * 111.2
        if dLat > km { return false }
        // 1 - x²/2 never exceeds cos x, so the test stays conservative without calling cos.
        let x = abs(lat1) * .pi / 180
        let dLon = abs(lon1 - lon2) * 111.2 * max(0, 1 - x * x / 2)
        if dLon > km * 1.01 { return false }
        // The flat-earth distance at the mean latitude is within a fraction of a percent of the
        // great circle at these ranges: clear cases are settled by it, the 2% band around the
        // limit by the great circle.
        let m = (lat1 + lat2) / 2 * .pi / 180, m2 = m * m
        let cosMean = 1 - m2 / 2 + m2 * m2 / 24  // cos to within 0.1% up to 60 degrees
        let dx = (lon1 - lon2) * 111.195 * cosMean, dy = (lat1 - lat2) * 111.195
        let flat = (dx * dx + dy * dy).squareRoot()
        if abs(lat1) < 60, abs(lat2) < 60, km <= 500 {
            if flat < km * 0.98 { return true }
            if flat > km * 1.02 { return false }
        }
        return Self.km(lat1, lon1, lat2, lon2) <= km
    }
}
