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
    private let placeHistories: PlaceHistoryCache

    /// The memory kept for the histories of recently committed places unless told otherwise
    /// (`store.cache_mb`).
    public static let defaultCacheBytes = 96 << 20

    /// Opens (creating if needed) the store at `path` and brings its schema up to date;
    /// `cacheBytes` bounds the memory kept for the histories of recently committed places.
    public init(path: String, cacheBytes: Int = defaultCacheBytes) throws {
        placeHistories = PlaceHistoryCache(capacity: cacheBytes)
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
        let (results, cached) = try pool.write { db -> ([CommitResult], [String: PlaceHistoryCache.Entry]) in
            // Histories of places already written in this transaction, not yet in the cache.
            var pending: [String: PlaceHistoryCache.Entry] = [:]
            let results = try analyses.map { try commitOne($0, ingestedAt: ingestedAt, db, pending: &pending) }
            return (results, pending)
        }
        placeHistories.store(cached)
        return results
    }

    private func commitOne(_ analysis: DocumentAnalysis, ingestedAt: Date, _ db: Database,
                           pending: inout [String: PlaceHistoryCache.Entry]) throws -> CommitResult {
        let d = analysis.document
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM document WHERE id = ?)"), arguments: [d.id]) ?? false {
            return CommitResult(inserted: false, events: 0, changedPlaces: [])
        }
        let events = analysis.controlEvents(ingested: Timestamp.day(ingestedAt))
        let places = Set(events.compactMap(\.placeID)).sorted()
        // The places' versions before this document's events go in (see PlaceHistoryCache).
        var before: [String: Int64] = [:]
        for id in places { before[id] = try Self.version(of: id, db) }
        try db.cachedStatement(sql: """
            INSERT INTO document (id, title, text, published, source, url, language, origin, ingested_at, event_count, mentions)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [d.id, d.title, d.text, d.published?.description, d.source, d.url, d.language, d.origin,
                                     Timestamp.iso8601(ingestedAt), events.count, Self.resolvedMentions(analysis)])
        var newIDs: [String: [Int64]] = [:]
        for e in events {
            try EventRow.insert(e, db)
            if let id = e.placeID { newIDs[id, default: []].append(db.lastInsertedRowID) }
        }
        try Self.insertUnresolvedMentions(analysis, db)
        var changed: [String] = []
        for id in places {
            let ids = newIDs[id] ?? []
            let version = before[id] ?? 0
            var history: PlaceHistory
            if let known = pending.removeValue(forKey: id).flatMap({ $0.version == version ? $0 : nil })
                ?? placeHistories.take(id, version: version) {
                history = known.history
                // Read back from the rows just written, so the history holds exactly what a full read would.
                history.insert(try ids.compactMap { rowID in
                    try Row.fetchOne(db.cachedStatement(sql: "SELECT \(EventRow.essentialColumns) FROM event WHERE id = ?"),
                                     arguments: [rowID]).flatMap(EventRow.decodeEssential)
                })
            } else {
                history = PlaceHistory(placeID: id, events: try Self.essentialEvents(of: id, db))
            }
            if try Self.refreshState(of: id, state: history.state, db) { changed.append(id) }
            // Each event row written raised the version by one (the triggers of `place_version`).
            pending[id] = .init(version: version + Int64(ids.count), history: history)
        }
        return CommitResult(inserted: true, events: events.count, changedPlaces: changed)
    }

    /// The version of a place's events: raised by every write to them (see PlaceHistoryCache).
    static func version(of placeID: String, _ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT version FROM place_version WHERE place_id = ?"), arguments: [placeID]) ?? 0
    }

    /// A place's events as the rules read them (see `EventRow.decodeEssential`).
    static func essentialEvents(of placeID: String, _ db: Database) throws -> [ControlEvent] {
        try essentialEvents(db.cachedStatement(sql: "SELECT \(EventRow.essentialColumns) FROM event WHERE place_id = ?"), [placeID])
    }

    /// The events a statement selecting `EventRow.essentialColumns` gives, as the rules read them.
    static func essentialEvents(_ statement: Statement, _ arguments: StatementArguments) throws -> [ControlEvent] {
        // A cursor, not fetchAll: the rows are decoded as they are stepped, never all copied.
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        var events: [ControlEvent] = []
        while let row = try rows.next() {
            if let e = EventRow.decodeEssential(row) { events.append(e) }
        }
        return events
    }

    static func placeEvents(of placeID: String, _ db: Database) throws -> [ControlEvent] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT \(EventRow.columns) FROM event WHERE place_id = ?"), arguments: [placeID])
            .compactMap(EventRow.decode)
    }

    /// The place mentions of a document the gazetteer resolved, as one JSON array kept with the
    /// document (`[text, place id, cue, reason, in an event (0 or 1)]` each): a row each, with
    /// the document id and the sentence, made up most of the store and was never read.
    static func resolvedMentions(_ analysis: DocumentAnalysis) -> String {
        let inEvent = Set(analysis.events.map(\.resolution))
        return JSONValue.array(analysis.listedMentions.compactMap { i in
            let r = analysis.resolutions[i]
            guard let place = r.place else { return nil }
            return .array([.string(r.mention.text), .string(analysis.gazetteer.places[Int(place)].id),
                           r.mention.cue.map { .string($0.rawValue) } ?? .null, .string(r.reason),
                           .number(inEvent.contains(i) ? 1 : 0)])
        }).serialized()
    }

    /// The unresolved place mentions of a document, a row each with its sentence: they are
    /// listed (`unresolved`) so that the gazetteer can learn them.
    static func insertUnresolvedMentions(_ analysis: DocumentAnalysis, _ db: Database) throws {
        let inEvent = Set(analysis.events.map(\.resolution))
        for i in analysis.listedMentions where analysis.resolutions[i].place == nil {
            let r = analysis.resolutions[i]
            try db.cachedStatement(sql: """
                INSERT INTO mention (document_id, text, place_id, cue, reason, context, in_event) VALUES (?, ?, NULL, ?, ?, ?, ?)
                """).execute(arguments: [analysis.document.id, r.mention.text, r.mention.cue?.rawValue, r.reason,
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
        try documents(ids: documentIDs())
    }

    /// The ids of the stored documents, oldest ingestion first: a long archive is re-read a
    /// page at a time (`documents(ids:)`), never its whole text at once.
    public func documentIDs() throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "SELECT id FROM document ORDER BY ingested_at, id") }
    }

    /// These stored documents, in the order given (an unknown id is left out).
    public func documents(ids: [String]) throws -> [(document: Document, ingestedAt: String)] {
        try pool.read { db in
            try ids.compactMap { id in
                guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM document WHERE id = ?"), arguments: [id]) else { return nil }
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
        placeHistories.removeAll()
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
                try Self.insertUnresolvedMentions(analysis, db)
                try db.cachedStatement(sql: "UPDATE document SET event_count = ?, mentions = ? WHERE id = ?")
                    .execute(arguments: [events.count, Self.resolvedMentions(analysis), d.id])
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
    /// to the event `throughEvent` (the log as it stood then), as the map shows them (like
    /// `storedStates`: the latest event and the newest supporting ones, none overruled).
    static func foldedStates(_ db: Database, at: EventDate? = nil, throughEvent: Int64? = nil) throws -> [PlaceState] {
        // One place at a time (every place with events has a version row, in id order), so that
        // memory holds one place's events, not the log's: a map of the whole past read every
        // event at once. Only the columns the rules read, and in SQL only the events up to the
        // day after `at` (dates as text sort like their days; partial dates are kept, the
        // reducer decides).
        let until = at.map { $0.adding(days: 1).description } ?? "9999-99"
        let places = try String.fetchCursor(db, sql: "SELECT place_id FROM place_version ORDER BY place_id")
        let eventsOfPlace = try db.cachedStatement(sql: """
            SELECT \(EventRow.essentialColumns) FROM event WHERE place_id = ? AND id <= ? AND effective_date < ?
            """)
        func full(_ e: ControlEvent) throws -> ControlEvent? { try Self.event(document: e.documentID, sequence: e.sequence, db) }
        // A place with no event after `at` stood then as it stands now: its stored state, when
        // the stored states follow from the whole log. (A date's text sorts after a partial
        // date's exactly when the partial date's first day is not later.)
        let current = try at == nil || throughEvent != nil ? nil : storedStates(db).map { Dictionary(uniqueKeysWithValues: $0.map { ($0.placeID, $0) }) }
        let lastDate = try db.cachedStatement(sql: "SELECT max(effective_date) FROM event WHERE place_id = ?")
        var states: [PlaceState] = []
        while let id = try places.next() {
            if let current, let at, let last = try String.fetchOne(lastDate, arguments: [id]), last <= at.description {
                if let s = current[id] { states.append(s) }
                continue
            }
            // The log as it stands resumes from the place's checkpoints; the log as it stood at
            // an earlier event (a past publication) has none, and is folded from the start.
            let folded: PlaceState?
            if let throughEvent {
                folded = ControlStateReducer.state(placeID: id, events: try essentialEvents(eventsOfPlace, [id, throughEvent, until]), at: at)
            } else {
                folded = try resumedState(of: id, at: at, db)
            }
            guard var shown = folded, let last = try full(shown.lastEvent) else { continue }
            shown.lastEvent = last
            shown.supporting = try shown.supporting.suffix(CurrentMap.evidenceCount).compactMap(full)
            shown.overruled = []
            states.append(shown)
        }
        return states
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
        func event(_ reference: Substring) throws -> ControlEvent? {
            guard let slash = reference.lastIndex(of: "/"), let sequence = Int(reference[reference.index(after: slash)...]) else { return nil }
            return try Self.event(document: String(reference[..<slash]), sequence: sequence, db)
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

    /// One event by its key, every column (what a map feature shows of it).
    static func event(document: String, sequence: Int, _ db: Database) throws -> ControlEvent? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT \(EventRow.columns) FROM event WHERE document_id = ? AND sequence = ?"),
                         arguments: [document, sequence]).flatMap(EventRow.decode)
    }

    /// A shares column read back (the text `SnapshotBuilder.sharesObject` wrote); nil when damaged.
    static func shares(_ text: String, _ decoder: JSONDecoder) -> [String: Double]? {
        try? decoder.decode([String: Double].self, from: Data(text.utf8))
    }

    /// Place ids whose id, name, Arabic name or mention matches `query` (case-insensitive).
    public func findPlaces(_ query: String) throws -> [String] {
        try pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT place_id FROM place_name WHERE name = ?1
                UNION SELECT ?1 WHERE EXISTS (SELECT 1 FROM event WHERE place_id = ?1)
                ORDER BY 1
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
