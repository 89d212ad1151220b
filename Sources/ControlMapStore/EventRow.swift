import ControlMapCore
import GRDB

/// Reads and writes `ControlEvent` values as rows of the `event` table.
enum EventRow {
    static let columns = """
        document_id, sequence, place_id, place_name, place_name_ar, lat, lon, place_kind, mention, actor, from_actor,
        kind, share, date, effective_date, background, confidence, evidence, source, url, predicate
        """

    static func insert(_ e: ControlEvent, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO event (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        try statement.execute(arguments: [e.documentID, e.sequence, e.placeID, e.placeName, e.placeNameAr, e.lat, e.lon,
                                   e.placeKind?.rawValue, e.mention, e.actor, e.fromActor, e.kind.rawValue, e.share,
                                   e.date?.description, e.effectiveDate.description, e.background, e.confidence,
                                   e.evidence, e.source, e.url, e.predicate])
    }

    /// A row selected with `columns`, read by position (by name, each lookup searches the row).
    static func decode(_ row: Row) -> ControlEvent? {
        guard let kind = ControlKind(rawValue: row[11]),
              let effective = EventDate(row[14] as String) else { return nil }
        let date: String? = row[13]
        let placeKind: String? = row[7]
        return ControlEvent(documentID: row[0], sequence: row[1], placeID: row[2],
                            placeName: row[3], placeNameAr: row[4], lat: row[5], lon: row[6],
                            placeKind: placeKind.flatMap(PlaceKind.init(rawValue:)), mention: row[8],
                            actor: row[9], fromActor: row[10], kind: kind, share: row[12],
                            date: date.flatMap(EventDate.init), effectiveDate: effective, background: row[15],
                            confidence: row[16], evidence: row[17], source: row[18],
                            url: row[19], predicate: row[20])
    }

    /// The columns the rules of control read (see `decodeEssential`).
    static let essentialColumns = "document_id, sequence, place_id, actor, from_actor, kind, share, effective_date, background, confidence, evidence, source"

    /// An event as the rules of control and a stored place state read it, selected with
    /// `essentialColumns`: names, coordinates, dates as written, links and the predicate are
    /// left out, and the evidence sentence is its digest in base 36 (the rules only compare
    /// sentences): what a place history keeps of an event.
    static func decodeEssential(_ row: Row) -> ControlEvent? {
        guard let kind = ControlKind(rawValue: row[5]), let effective = EventDate(row[7] as String) else { return nil }
        return ControlEvent(documentID: row[0], sequence: row[1], placeID: row[2], placeName: nil, placeNameAr: nil,
                            lat: nil, lon: nil, placeKind: nil, mention: "", actor: row[3], fromActor: row[4], kind: kind,
                            share: row[6], date: nil, effectiveDate: effective, background: row[8], confidence: row[9],
                            evidence: String(PlaceHistory.digest(row[10]), radix: 36), source: row[11], url: nil, predicate: "")
    }
}
