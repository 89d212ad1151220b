import ControlMapCore
import GRDB

/// A filter over the event log, as `/v1/events` takes it; every field optional.
public struct EventQuery: Sendable, Equatable {
    /// Effective dates from this day on.
    public var since: EventDate?
    /// Effective dates up to this day.
    public var until: EventDate?
    public var placeID: String?
    /// Matches the taker or the one who lost or left.
    public var actor: String?
    public var kind: ControlKind?
    /// Only events with a place on the map (what `/v1/events` lists): the limit counts those.
    public var locatedOnly = false
    public var limit: Int = 1000

    public init(since: EventDate? = nil, until: EventDate? = nil, placeID: String? = nil, actor: String? = nil,
                kind: ControlKind? = nil, limit: Int = 1000) {
        self.since = since
        self.until = until
        self.placeID = placeID
        self.actor = actor
        self.kind = kind
        self.limit = limit
    }
}

extension ControlMapStore {
    /// Events matching the query, newest effective date first.
    public func events(_ query: EventQuery) throws -> [ControlEvent] {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if let s = query.since { clauses.append("effective_date >= ?"); arguments += [s.description] }
        if let u = query.until { clauses.append("effective_date <= ?"); arguments += [u.description] }
        if let p = query.placeID { clauses.append("place_id = ?"); arguments += [p] }
        if let a = query.actor { clauses.append("(actor = ? OR from_actor = ?)"); arguments += [a, a] }
        if let k = query.kind { clauses.append("kind = ?"); arguments += [k.rawValue] }
        if query.locatedOnly { clauses.append("lat IS NOT NULL AND lon IS NOT NULL") }
        let whereSQL = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        arguments += [max(1, min(query.limit, 10_000))]
        return try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT \(EventRow.columns) FROM event \(whereSQL) ORDER BY effective_date DESC, id DESC LIMIT ?", arguments: arguments)
                .compactMap(EventRow.decode)
        }
    }

    /// The distinct effective dates of located events, oldest first: the steps of a replay.
    public func eventDates() throws -> [String] {
        try pool.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT effective_date FROM event WHERE place_id IS NOT NULL ORDER BY effective_date")
        }
    }

    /// Whether the database answers a trivial query (for health checks; the full integrity
    /// check is `integrityCheck()`).
    public func isReachable() -> Bool {
        (try? pool.read { db in try Int.fetchOne(db, sql: "SELECT 1") }) == 1
    }
}
