import ControlMapCore
import Foundation
import GRDB

/// Each place's fold of the rules kept at checkpoints (`place_checkpoint`), so that the map as
/// it stood on a day is worked out from the last checkpoint before that day: a few dozen events
/// a place, not every event up to the day.
///
/// A checkpoint `through` a day holds the fold (`ResumableFold`) of every event of the place
/// dated up to that day (a partial date by its first day), with the documents among them
/// counted. Any write to a place's events dated up to a checkpoint's day deletes it (the
/// triggers of `place_checkpoint`), so a checkpoint is never stale; `updateCheckpoints` lays
/// new ones after the last that stands. Without checkpoints the map is the same, only slower.
extension ControlMapStore {
    /// At least this many events of a place lie between two of its checkpoints.
    public static let checkpointSpacing = 64

    /// Lays checkpoints over the events after each place's last checkpoint, one at the end of
    /// a day once `spacing` events have been folded since the last (never on the place's last
    /// day, where news still arrives); returns how many it wrote. News in date order costs a
    /// few events a place; an old report received late, the events after its day.
    ///
    /// A few dozen places a transaction: laying a large store's first checkpoints takes seconds,
    /// and another writer (an `ingest` beside the service) must not wait on all of them at once.
    @discardableResult
    public func updateCheckpoints(spacing: Int = checkpointSpacing, placesPerTransaction: Int = 32) throws -> Int {
        let places = try pool.write { db in
            try db.execute(sql: "DELETE FROM place_checkpoint WHERE rules != ?", arguments: [ControlStateReducer.rulesVersion])
            return try String.fetchAll(db, sql: "SELECT place_id FROM place_version ORDER BY place_id")
        }
        var written = 0
        for first in stride(from: 0, to: places.count, by: max(1, placesPerTransaction)) {
            let batch = places[first..<min(places.count, first + max(1, placesPerTransaction))]
            written += try pool.write { db in
                try batch.reduce(0) { $0 + (try Self.extendCheckpoints(of: $1, spacing: max(1, spacing), db)) }
            }
        }
        return written
    }

    private static func extendCheckpoints(of placeID: String, spacing: Int, _ db: Database) throws -> Int {
        let start = try checkpoint(of: placeID, through: nil, db)
        let after = start?.through ?? ""
        let pending = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM event WHERE place_id = ? AND effective_date > ?"),
                                       arguments: [placeID, after]) ?? 0
        guard pending > spacing else { return 0 }
        let events = try essentialEvents(db.cachedStatement(sql: """
            SELECT \(EventRow.essentialColumns) FROM event WHERE place_id = ? AND effective_date > ?
            """), [placeID, after]).sorted(by: ControlEvent.applicationOrder)
        var fold = start?.fold ?? ResumableFold(placeID: placeID, kept: CurrentMap.evidenceCount)
        var settledThrough = start?.through
        var folded = 0, written = 0
        let insert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO place_checkpoint (place_id, through, rules, fold) VALUES (?, ?, ?, ?)")
        let encoder = JSONEncoder()
        for (i, e) in events.enumerated() {
            fold.apply(e)
            folded += 1
            let day = e.effectiveDate.dayNumber
            guard folded >= spacing, i + 1 < events.count, events[i + 1].effectiveDate.dayNumber > day else { continue }
            try settle(&fold, through: settledThrough, db)
            let through = e.effectiveDate.adding(days: 0).description
            try insert.execute(arguments: [placeID, through, ControlStateReducer.rulesVersion,
                                           String(decoding: try encoder.encode(fold), as: UTF8.self)])
            settledThrough = through
            folded = 0
            written += 1
        }
        return written
    }

    /// A place's last checkpoint through `day` at the latest (the last of all when nil).
    static func checkpoint(of placeID: String, through day: String?, _ db: Database) throws -> (through: String, fold: ResumableFold)? {
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT through, fold FROM place_checkpoint WHERE place_id = ? AND through <= ? AND rules = ?
            ORDER BY through DESC LIMIT 1
            """), arguments: [placeID, day ?? "9999", ControlStateReducer.rulesVersion])
        guard let row, let text: String = row["fold"],
              let fold = try? JSONDecoder().decode(ResumableFold.self, from: Data(text.utf8)),
              fold.placeID == placeID, fold.kept == CurrentMap.evidenceCount else { return nil }
        return (row["through"], fold)
    }

    /// Counts the documents the fold met since its last settle among its sources, but for those
    /// with an event of the place dated up to `through`, which the checkpoint it resumed counted.
    static func settle(_ fold: inout ResumableFold, through: String?, _ db: Database) throws {
        guard let through else { return fold.settle(repeated: 0) }
        // By the document's few events ("+" keeps the place and date index, which would read
        // the place's whole past, out of it).
        let earlier = try db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM event WHERE document_id = ? AND +place_id = ? AND +effective_date <= ?)
            """)
        var repeated = 0
        for d in fold.documents where try Bool.fetchOne(earlier, arguments: [d, fold.placeID, through]) ?? false { repeated += 1 }
        fold.settle(repeated: repeated)
    }

    /// A place's state as it stood at `at` (now when nil), resumed from its last checkpoint
    /// before: nil when no event applies by then.
    static func resumedState(of placeID: String, at: EventDate?, _ db: Database) throws -> PlaceState? {
        let start = try checkpoint(of: placeID, through: at?.description, db)
        // Dates as text sort like their days against a full date (see `ControlMapStore.foldedStates`).
        let until = at.map { $0.adding(days: 1).description } ?? "9999-99"
        var events = try essentialEvents(db.cachedStatement(sql: """
            SELECT \(EventRow.essentialColumns) FROM event WHERE place_id = ? AND effective_date > ? AND effective_date < ?
            """), [placeID, start?.through ?? "", until])
        if let at { events.removeAll { $0.effectiveDate.dayNumber > at.dayNumber } }
        var fold = start?.fold ?? ResumableFold(placeID: placeID, kept: CurrentMap.evidenceCount)
        for e in events.sorted(by: ControlEvent.applicationOrder) { fold.apply(e) }
        try settle(&fold, through: start?.through, db)
        return fold.state
    }
}
