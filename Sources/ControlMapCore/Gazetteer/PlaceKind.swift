/// What sort of place a gazetteer entry is; decides cue-word fit and disambiguation weight.
public enum PlaceKind: String, Sendable, Codable, CaseIterable {
    case city, town, village, neighbourhood
    case airbase, airport, base, brigade, division
    case dam, crossing, oilfield, gasfield, prison, facility, fort
    case hill, mountain, island, camp
    case region, other

    /// Military sites and infrastructure, as opposed to settlements and areas.
    public var isSite: Bool {
        switch self {
        case .airbase, .airport, .base, .brigade, .division, .dam, .crossing, .oilfield, .gasfield,
             .prison, .facility, .fort, .camp:
            return true
        default:
            return false
        }
    }

    /// Settlements of any size.
    public var isSettlement: Bool {
        switch self {
        case .city, .town, .village, .neighbourhood: return true
        default: return false
        }
    }

    /// The kind of a GeoNames record from its feature class, code and population.
    public static func fromGeoNames(featureClass: String, featureCode: String, population: Int) -> PlaceKind {
        switch featureCode {
        case "PPLC", "PPLA", "PPLA2": return population > 0 && population < 20_000 ? .town : .city
        case "PPLA3", "PPLA4": return population >= 50_000 ? .city : .town
        case "PPLX": return .neighbourhood
        case "AIRB": return .airbase
        case "AIRP", "AIRF", "AIRH": return .airport
        case "MILB", "INSM", "FT": return .base
        case "DAM", "DAMSB": return .dam
        case "PSTB", "BDG": return .crossing
        case "PRN": return .prison
        case "HLL", "HLLS", "PK", "RDGE": return .hill
        case "MT", "MTS": return .mountain
        case "ISL", "ISLS": return .island
        case "OILF": return .oilfield
        case "GASF": return .gasfield
        case "CMPRF": return .camp
        default: break
        }
        switch featureClass {
        case "P":
            if population >= 50_000 { return .city }
            if population >= 5_000 { return .town }
            return .village
        case "A": return .region
        case "T": return .hill
        default: return .other
        }
    }
}
