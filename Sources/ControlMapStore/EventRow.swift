import ControlMapCore
import GRDB

/// Reads and writes `ControlEvent` values as rows of the `event` table.
enum EventRow {
    static let columns = """
        document_id, sequence, place_id, place_name, place_name_ar, lat, lon, place_kind, mention, actor, from_actor,
        kind, share, date, effective_date, background, confidence, evidence, source, url, predicate
        """

    static func insert(_ e: ControlEvent, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO event (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       arguments: [e.documentID, e.sequence, e.placeID, e.placeName, e.placeNameAr, e.lat, e.lon,
                                   e.placeKind?.rawValue, e.mention, e.actor, e.fromActor, e.kind.rawValue, e.share,
                                   e.date?.description, e.effectiveDate.description, e.background, e.confidence,
                                   e.evidence, e.source, e.url, e.predicate])
    }

    static func decode(_ row: Row) -> ControlEvent? {
        guard let kind = ControlKind(rawValue: row["kind"]),
              let effective = EventDate(row["effective_date"] as String) else { return nil }
        let date: String? = row["date"]
        let placeKind: String? = row["place_kind"]
        return ControlEvent(documentID: row["document_id"], sequence: row["sequence"], placeID: row["place_id"],
                            placeName: row["place_name"], placeNameAr: row["place_name_ar"], lat: row["lat"], lon: row["lon"],
                            placeKind: placeKind.flatMap(PlaceKind.init(rawValue:)), mention: row["mention"],
                            actor: row["actor"], fromActor: row["from_actor"], kind: kind, share: row["share"],
                            date: date.flatMap(EventDate.init), effectiveDate: effective, background: row["background"],
                            confidence: row["confidence"], evidence: row["evidence"], source: row["source"],
                            url: row["url"], predicate: row["predicate"])
    }
}
