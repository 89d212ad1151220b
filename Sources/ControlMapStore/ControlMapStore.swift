import ControlMapCore
import Foundation
import GRDB

/// The persisted event log and what is derived from it, in one SQLite file (WAL mode).
///
/// Each document is committed in one transaction with its events, its place mentions and the
/// recomputed states of the places it touches; a document already stored (same content hash)
/// is a no-op, so re-ingesting and crash-restarts never duplicate anything.
public final class ControlMapStore: Sendable {
    let pool: DatabasePool
    private let placeEvents = PlaceEventCache()

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    public init(path: String) throws {
        var config = Configuration()
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        config.busyMode = .timeout(10)
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try StoreMigrations.migrator.migrate(pool)
        } catch let e as DatabaseError where e.resultCode == .SQLITE_CORRUPT || e.resultCode == .SQLITE_NOTADB {
            throw Damaged(path: path, detail: e.message ?? "\(e.resultCode)")
        }
    }

    /// The file is not a sound SQLite database (damaged pages, or not a database at all).
    public struct Damaged: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var detail: String
        public var description: String { "the store \(path) is damaged (\(detail))" }
    }

    /// Whether a document with this content hash is stored.
    public func contains(documentID: String) throws -> Bool {
        try pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM document WHERE id = ?)", arguments: [documentID]) ?? false
        }
    }

    /// What committing one document did.
    public struct CommitResult: Sendable, Equatable {
        public var inserted: Bool
        public var events: Int
        public var changedPlaces: [String]
    }

    /// Commits a document, its events and mentions, and the new states of its places, atomically.
    public func commit(_ analysis: DocumentAnalysis, ingestedAt: Date = Date()) throws -> CommitResult {
        try commit([analysis], ingestedAt: ingestedAt)[0]
    }

    /// Commits several documents in one transaction (all or none), each as `commit` would:
    /// for batches, where a transaction per document costs more than the documents' rows.
    public func commit(_ analyses: [DocumentAnalysis], ingestedAt: Date = Date()) throws -> [CommitResult] {
        let (results, cached) = try pool.write { db -> ([CommitResult], [String: PlaceEventCache.Entry]) in
            // Entries of places already written in this transaction, not yet in the cache.
            var pending: [String: PlaceEventCache.Entry] = [:]
            let results = try analyses.map { try commitOne($0, ingestedAt: ingestedAt, db, pending: &pending) }
            return (results, pending)
        }
        placeEvents.store(cached)
        return results
    }

    private func commitOne(_ analysis: DocumentAnalysis, ingestedAt: Date, _ db: Database,
                           pending: inout [String: PlaceEventCache.Entry]) throws -> CommitResult {
        let d = analysis.document
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM document WHERE id = ?)"), arguments: [d.id]) ?? false {
            return CommitResult(inserted: false, events: 0, changedPlaces: [])
        }
        let events = analysis.controlEvents(ingested: Timestamp.day(ingestedAt))
        let places = Set(events.compactMap(\.placeID)).sorted()
        // The places' fingerprints before this document's events go in (see PlaceEventCache).
        var before: [String: (count: Int, maxID: Int64)] = [:]
        for id in places { before[id] = try Self.fingerprint(of: id, db) }
        try db.cachedStatement(sql: """
            INSERT INTO document (id, title, text, published, source, url, language, origin, ingested_at, event_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [d.id, d.title, d.text, d.published?.description, d.source, d.url, d.language, d.origin,
                                     Timestamp.iso8601(ingestedAt), events.count])
        var newIDs: [String: [Int64]] = [:]
        for e in events {
            try EventRow.insert(e, db)
            if let id = e.placeID { newIDs[id, default: []].append(db.lastInsertedRowID) }
        }
        try Self.insertMentions(analysis, db)
        var changed: [String] = []
        for id in places {
            let ids = newIDs[id] ?? []
            let b = before[id] ?? (0, 0)
            let known = pending.removeValue(forKey: id).flatMap { $0.count == b.count && $0.maxID == b.maxID ? $0 : nil }
                ?? placeEvents.take(id, count: b.count, maxID: b.maxID)
            var entry: PlaceEventCache.Entry
            if var known {
                // Decoded back from the rows just written, so the cache holds exactly what a full read would.
                let fresh = try ids.compactMap { rowID in
                    try Row.fetchOne(db.cachedStatement(sql: "SELECT \(EventRow.columns) FROM event WHERE id = ?"), arguments: [rowID])
                        .flatMap(EventRow.decode)
                }.sorted(by: ControlEvent.applicationOrder)
                if let last = known.fold.lastEvent, let first = fresh.first, !ControlEvent.applicationOrder(last, first) {
                    // An older report: history is replayed with it in its place.
                    Self.merge(fresh, into: &known.events)
                    known.fold = ControlStateReducer.Fold(placeID: id, applying: known.events)
                } else {
                    // News in order (the usual case): the fold carries on.
                    known.events += fresh
                    for e in fresh { known.fold.apply(e) }
                }
                entry = known
            } else {
                let all = try Self.placeEvents(of: id, db).sorted(by: ControlEvent.applicationOrder)
                entry = .init(count: 0, maxID: 0, events: all, fold: ControlStateReducer.Fold(placeID: id, applying: all))
            }
            entry.count = b.count + ids.count
            entry.maxID = max(b.maxID, ids.max() ?? 0)
            if try Self.refreshState(of: id, state: entry.fold.state, db) { changed.append(id) }
            pending[id] = entry
        }
        return CommitResult(inserted: true, events: events.count, changedPlaces: changed)
    }

    /// Puts a few events into their places among events already in application order.
    static func merge(_ more: [ControlEvent], into all: inout [ControlEvent]) {
        for e in more {
            // The first position whose event applies after `e`: new events usually land at the end.
            var lo = 0, hi = all.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if ControlEvent.applicationOrder(e, all[mid]) { hi = mid } else { lo = mid + 1 }
            }
            all.insert(e, at: lo)
        }
    }

    /// A place's event count and largest event id.
    static func fingerprint(of placeID: String, _ db: Database) throws -> (count: Int, maxID: Int64) {
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT count(*), coalesce(max(id), 0) FROM event WHERE place_id = ?"),
                                   arguments: [placeID])
        return (row?[0] ?? 0, row?[1] ?? 0)
    }

    static func placeEvents(of placeID: String, _ db: Database) throws -> [ControlEvent] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT \(EventRow.columns) FROM event WHERE place_id = ?"), arguments: [placeID])
            .compactMap(EventRow.decode)
    }

    static func insertMentions(_ analysis: DocumentAnalysis, _ db: Database) throws {
        let inEvent = Set(analysis.events.map(\.resolution))
        for i in analysis.listedMentions {
            let r = analysis.resolutions[i]
            let place = r.place.map { analysis.gazetteer.places[Int($0)].id }
            try db.cachedStatement(sql: """
                INSERT INTO mention (document_id, text, place_id, cue, reason, context, in_event) VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [analysis.document.id, r.mention.text, place, r.mention.cue?.rawValue, r.reason,
                                 analysis.context(of: i), inEvent.contains(i)])
        }
    }

    /// Recomputes one place's stored state from its events; true when it changed.
    @discardableResult
    static func refreshState(of placeID: String, _ db: Database) throws -> Bool {
        try refreshState(of: placeID, state: ControlStateReducer.state(placeID: placeID, events: placeEvents(of: placeID, db)), db)
    }

    /// Stores a place's state (none: no event applies); true when it changed.
    static func refreshState(of placeID: String, state: PlaceState?, _ db: Database) throws -> Bool {
        // Cached statements: this runs for every place of every committed document.
        let old = try Row.fetchOne(db.cachedStatement(sql: "SELECT status, controller, shares FROM place_state WHERE place_id = ?"),
                                   arguments: [placeID])
        guard let s = state else {
            try db.execute(sql: "DELETE FROM place_state WHERE place_id = ?", arguments: [placeID])
            return old != nil
        }
        let shares = SnapshotBuilder.sharesObject(s.shares).serialized()
        let parties = JSONValue.array(s.parties.map { .string($0) }).serialized()
        // The events the map shows (the latest, and the newest three the state rests on), by key.
        let evidence = s.supporting.suffix(CurrentMap.evidenceCount).map(CurrentMap.reference).joined(separator: " ")
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO place_state (place_id, status, controller, shares, since, updated, confidence, sources,
                                                parties, besieger, last_event, evidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [placeID, s.status.rawValue, s.controller, shares, s.since.description, s.updated.description,
                             s.confidence, s.sources, parties, s.besieger, CurrentMap.reference(s.lastEvent), evidence])
        guard let old else { return true }
        return old["status"] != s.status.rawValue || old["controller"] != s.controller || old["shares"] != shares
    }

    /// Recomputes every stored place state from the event log; returns how many places have one.
    @discardableResult
    public func rebuildStates() throws -> Int {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM place_state")
            let ids = try String.fetchAll(db, sql: "SELECT DISTINCT place_id FROM event WHERE place_id IS NOT NULL")
            for id in ids { try Self.refreshState(of: id, db) }
            try db.execute(sql: "DELETE FROM store_flag WHERE name = 'states_stale'")
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM place_state") ?? 0
        }
    }

    /// The stored documents, oldest ingestion first, for re-extraction.
    public func documents() throws -> [(document: Document, ingestedAt: String)] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM document ORDER BY ingested_at, id").map { row in
                var d = Document(title: row["title"], text: row["text"], published: (row["published"] as String?).flatMap(EventDate.init),
                                 source: row["source"], url: row["url"], language: row["language"], origin: row["origin"])
                d.id = row["id"]
                return (d, row["ingested_at"])
            }
        }
    }

    /// Replaces a stored document's events and mentions with a new reading of it (after a
    /// lexicon or gazetteer change), in one transaction. Place states are left to `rebuildStates`.
    public func replaceReading(_ analysis: DocumentAnalysis, ingestedAt: String) throws -> Int {
        try replaceReadings([(analysis, ingestedAt)])
    }

    /// Replaces the readings of several documents in one transaction; the number of events.
    public func replaceReadings(_ readings: [(analysis: DocumentAnalysis, ingestedAt: String)]) throws -> Int {
        // Cached events of the rewritten places can no longer match; free their memory now.
        placeEvents.removeAll()
        return try pool.write { db in
            // Until `rebuildStates`, the stored states no longer follow from the log.
            try db.execute(sql: "INSERT OR IGNORE INTO store_flag (name) VALUES ('states_stale')")
            // The rewritten events get new ids: the maps of earlier publications can no longer
            // be worked out from the log (the last published entries stay, for the next diff).
            try db.execute(sql: "DELETE FROM publication")
            var total = 0
            for (analysis, ingestedAt) in readings {
                let d = analysis.document
                let events = analysis.controlEvents(ingested: EventDate(ingestedAt) ?? Timestamp.day(Date()))
                try db.cachedStatement(sql: "DELETE FROM event WHERE document_id = ?").execute(arguments: [d.id])
                try db.cachedStatement(sql: "DELETE FROM mention WHERE document_id = ?").execute(arguments: [d.id])
                for e in events { try EventRow.insert(e, db) }
                try Self.insertMentions(analysis, db)
                try db.cachedStatement(sql: "UPDATE document SET event_count = ? WHERE id = ?").execute(arguments: [events.count, d.id])
                total += events.count
            }
            return total
        }
    }

    /// Every event of the log.
    public func allEvents() throws -> [ControlEvent] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT \(EventRow.columns) FROM event ORDER BY id").compactMap(EventRow.decode)
        }
    }

    /// The events of one place.
    public func events(placeID: String) throws -> [ControlEvent] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT \(EventRow.columns) FROM event WHERE place_id = ? ORDER BY id", arguments: [placeID]).compactMap(EventRow.decode)
        }
    }

    /// The states of every place with a resolved position, as they stood at `at` (now when nil).
    public func placeStates(at: EventDate? = nil) throws -> [PlaceState] {
        try pool.read { db in try Self.foldedStates(db, at: at) }
    }

    /// The states worked out from the events themselves: those dated up to `at`, and stored up
    /// to the event `throughEvent` (the log as it stood then).
    static func foldedStates(_ db: Database, at: EventDate? = nil, throughEvent: Int64? = nil) throws -> [PlaceState] {
        let events = try Row.fetchAll(db, sql: "SELECT \(EventRow.columns) FROM event WHERE place_id IS NOT NULL AND id <= ?",
                                      arguments: [throughEvent ?? Int64.max]).compactMap(EventRow.decode)
        return Dictionary(grouping: events, by: { $0.placeID! })
            .compactMap { ControlStateReducer.state(placeID: $0.key, events: $0.value, at: at) }
            .sorted { $0.placeID < $1.placeID }
    }

    /// The current state of every place as the map shows it, read from the stored states: each
    /// with its latest event and the newest events it rests on (`CurrentMap.evidenceCount`),
    /// none of the overruled ones. Nil when the stored states do not follow from the log (a
    /// reprocess not yet finished) or predate what they need to hold; `placeStates()` then
    /// works them out from the events.
    public func currentStates() throws -> [PlaceState]? {
        try pool.read { db in try Self.storedStates(db) }
    }

    static func storedStates(_ db: Database) throws -> [PlaceState]? {
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM store_flag WHERE name = 'states_stale')") ?? true { return nil }
        let rows = try Row.fetchAll(db, sql: """
            SELECT place_id, status, controller, shares, since, updated, confidence, sources, parties, besieger, last_event, evidence
            FROM place_state ORDER BY place_id
            """)
        let byKey = try db.cachedStatement(sql: "SELECT \(EventRow.columns) FROM event WHERE document_id = ? AND sequence = ?")
        func event(_ reference: Substring) throws -> ControlEvent? {
            guard let slash = reference.lastIndex(of: "/"), let sequence = Int(reference[reference.index(after: slash)...]) else { return nil }
            return try Row.fetchOne(byKey, arguments: [String(reference[..<slash]), sequence]).flatMap(EventRow.decode)
        }
        let decoder = JSONDecoder()
        var states: [PlaceState] = []
        states.reserveCapacity(rows.count)
        for row in rows {
            guard let status = PlaceState.Status(rawValue: row["status"]),
                  let since = EventDate(row["since"] as String), let updated = EventDate(row["updated"] as String),
                  let lastReference: String = row["last_event"], let last = try event(lastReference[...]),
                  let evidence: String = row["evidence"],
                  let shares = Self.shares(row["shares"], decoder),
                  let parties = try? decoder.decode([String].self, from: Data((row["parties"] as String).utf8)) else { return nil }
            let supporting = try evidence.split(separator: " ").compactMap(event)
            states.append(PlaceState(placeID: row["place_id"], status: status, controller: row["controller"], shares: shares,
                                     parties: parties, besieger: row["besieger"], since: since, updated: updated,
                                     confidence: row["confidence"], sources: row["sources"], supporting: supporting,
                                     overruled: [], lastEvent: last))
        }
        return states
    }

    /// A shares column read back (the text `SnapshotBuilder.sharesObject` wrote); nil when damaged.
    static func shares(_ text: String, _ decoder: JSONDecoder) -> [String: Double]? {
        try? decoder.decode([String: Double].self, from: Data(text.utf8))
    }

    /// Place ids whose id, name, Arabic name or mention matches `query` (case-insensitive).
    public func findPlaces(_ query: String) throws -> [String] {
        try pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT DISTINCT place_id FROM event
                WHERE place_id IS NOT NULL AND (place_id = ?1 OR lower(place_name) = lower(?1) OR place_name_ar = ?1 OR mention = ?1)
                ORDER BY place_id
                """, arguments: [query])
        }
    }

    /// Events of unresolved mentions whose text matches `query`.
    public func unresolvedEvents(mention query: String) throws -> [ControlEvent] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT \(EventRow.columns) FROM event WHERE place_id IS NULL AND mention = ? ORDER BY id", arguments: [query])
                .compactMap(EventRow.decode)
        }
    }

    /// Counts for status lines and health checks.
    public struct Counts: Sendable, Equatable {
        public var documents: Int
        public var events: Int
        public var places: Int
    }

    public func counts() throws -> Counts {
        try pool.read { db in
            Counts(documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
                   events: try Int.fetchOne(db, sql: "SELECT count(*) FROM event") ?? 0,
                   places: try Int.fetchOne(db, sql: "SELECT count(*) FROM place_state") ?? 0)
        }
    }

    /// Unresolved mentions by frequency: text, count, a sample context.
    public func unresolvedMentions(limit: Int = 100) throws -> [(text: String, count: Int, inEvents: Int, context: String)] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT text, count(*) AS n, sum(in_event) AS e, max(context) AS context FROM mention
                WHERE place_id IS NULL GROUP BY text ORDER BY n DESC, text LIMIT ?
                """, arguments: [limit]).map { ($0["text"], $0["n"], $0["e"], $0["context"]) }
        }
    }

    /// SQLite's quick check (the structure of every page, not the indexes' contents): "ok" when
    /// the file is sound; what `serve` runs before it writes anything.
    public func quickCheck() throws -> String {
        try pool.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check").joined(separator: "; ") }
    }

    /// Runs SQLite's integrity check; "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
    }
}
