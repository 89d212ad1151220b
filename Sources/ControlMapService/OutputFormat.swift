import ControlMapCore
import ControlMapStore

/// The JSON shapes of the contract's command outputs (DESIGN.md).
public enum OutputFormat {
    /// The `place` object of `extract` and `geocode` lines.
    public static func place(_ p: Place) -> JSONValue {
        .object([
            ("id", .string(p.id)), ("name", .string(p.name)), ("name_ar", .string(p.nameAr)),
            ("lat", .number(p.lat)), ("lon", .number(p.lon)), ("kind", .string(p.kind.rawValue)),
        ])
    }

    /// A place object for an unresolved mention: no id, no position.
    public static func unresolvedPlace(mention: String, cue: PlaceKind?) -> JSONValue {
        .object([
            ("id", .null), ("name", .string(mention)), ("name_ar", .null),
            ("lat", .null), ("lon", .null), ("kind", .string(cue?.rawValue)),
        ])
    }

    /// One `extract` line.
    public static func extractLine(_ e: ExtractedEvent, in a: DocumentAnalysis, file: String?) -> JSONValue {
        let mention = a.resolutions[e.resolution].mention
        let place = a.place(of: e).map(Self.place) ?? unresolvedPlace(mention: e.mention, cue: mention.cue)
        return .object([
            ("doc", .string(a.document.id)),
            ("file", .string(file)),
            ("place", place),
            ("mention", .string(mention.text == e.mention ? mention.written ?? e.mention : e.mention)),
            ("actor", .string(e.actor)),
            ("from_actor", .string(e.fromActor)),
            ("kind", .string(e.kind.rawValue)),
            ("share", .number(e.share)),
            ("date", .string(e.date?.description)),
            ("background", .bool(e.background)),
            ("confidence", .number(e.confidence)),
            ("evidence", .string(e.evidence)),
            ("predicate", .string(e.predicate)),
        ])
    }

    /// One `geocode` line.
    public static func geocodeLine(_ r: ToponymResolver.Resolution, gazetteer: Gazetteer) -> JSONValue {
        let candidates = r.candidates.prefix(8).map { c -> JSONValue in
            let p = gazetteer.places[Int(c.place)]
            return .object([("id", .string(p.id)), ("name", .string(p.name)), ("kind", .string(p.kind.rawValue)),
                            ("country", .string(p.country)), ("score", .number((c.score * 100).rounded() / 100))])
        }
        return .object([
            ("mention", .string(r.mention.text)),
            ("start", .number(Double(r.mention.start))),
            ("end", .number(Double(r.mention.end))),
            ("place", r.place.map { place(gazetteer.places[Int($0)]) } ?? .null),
            ("cue", .string(r.mention.cue?.rawValue)),
            ("candidates", .array(Array(candidates))),
            ("reason", .string(r.reason)),
        ])
    }

    /// One event of a place's history.
    public static func historyLine(_ e: ControlEvent) -> JSONValue {
        .object([
            ("date", .string(e.effectiveDate.description)),
            ("kind", .string(e.kind.rawValue)),
            ("actor", .string(e.actor)),
            ("from_actor", .string(e.fromActor)),
            ("share", .number(e.share)),
            ("background", .bool(e.background)),
            ("confidence", .number(e.confidence)),
            ("place", .object([("id", .string(e.placeID)), ("name", .string(e.placeName ?? e.mention))])),
            ("mention", .string(e.mention)),
            ("evidence", .string(e.evidence)),
            ("document", .string(e.documentID)),
            ("source", .string(e.source)),
        ])
    }
}
