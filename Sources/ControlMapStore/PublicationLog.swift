import ControlMapCore
import Foundation
import GRDB

/// What the store remembers of the maps it published: the entries of the last published map,
/// which the next publication is compared with, and the retained publications, each with the
/// last event it included, so that the map of any of them can be worked out again from the log.
extension ControlMapStore {
    /// One publication: its name (the snapshot's file name without extension), when it was
    /// made, and the newest event of the log it included.
    public struct PublicationRecord: Sendable, Equatable {
        public var name: String
        public var generated: String
        public var lastEventID: Int64

        public init(name: String, generated: String, lastEventID: Int64) {
            self.name = name
            self.generated = generated
            self.lastEventID = lastEventID
        }
    }

    /// The current map's states and the newest event they include, read in one transaction so
    /// that a commit running beside cannot slip between the two.
    public func mapForPublication() throws -> (states: [PlaceState], lastEventID: Int64) {
        try pool.read { db in
            let states = try Self.storedStates(db) ?? Self.foldedStates(db)
            return (states, try Int64.fetchOne(db, sql: "SELECT max(id) FROM event") ?? 0)
        }
    }

    /// The entries of the last published map.
    public func publishedEntries() throws -> [MapEntry] {
        try pool.read { db in try Self.publishedEntries(db) }
    }

    static func publishedEntries(_ db: Database) throws -> [MapEntry] {
        let decoder = JSONDecoder()
        return try Row.fetchAll(db, sql: "SELECT * FROM published_place ORDER BY place_id").compactMap { row in
            guard let status = PlaceState.Status(rawValue: row["status"]), let since = EventDate(row["since"] as String),
                  let shares = Self.shares(row["shares"], decoder) else { return nil }
            return MapEntry(placeID: row["place_id"], status: status, controller: row["controller"], shares: shares, since: since,
                            name: row["name"], nameAr: row["name_ar"], lat: row["lat"], lon: row["lon"])
        }
    }

    /// Records a publication and the entries of the map it published, keeping the newest
    /// `retaining` publications (as many as the snapshots kept on disk).
    public func recordPublication(_ record: PublicationRecord, entries: [MapEntry], retaining: Int) throws {
        try pool.write { db in
            let old = Dictionary(try Self.publishedEntries(db).map { ($0.placeID, $0) }, uniquingKeysWith: { _, last in last })
            let kept = Set(entries.map(\.placeID))
            for id in old.keys where !kept.contains(id) {
                try db.execute(sql: "DELETE FROM published_place WHERE place_id = ?", arguments: [id])
            }
            for e in entries where old[e.placeID] != e {
                let shares = SnapshotBuilder.sharesObject(e.shares).serialized()
                try db.cachedStatement(sql: """
                    INSERT OR REPLACE INTO published_place (place_id, status, controller, shares, since, name, name_ar, lat, lon)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [e.placeID, e.status.rawValue, e.controller, shares, e.since.description, e.name, e.nameAr,
                                             e.lat, e.lon])
            }
            try db.execute(sql: "INSERT OR REPLACE INTO publication (name, generated, last_event) VALUES (?, ?, ?)",
                           arguments: [record.name, record.generated, record.lastEventID])
            try db.execute(sql: "DELETE FROM publication WHERE name NOT IN (SELECT name FROM publication ORDER BY name DESC LIMIT ?)",
                           arguments: [max(1, retaining)])
        }
    }

    /// The newest publication.
    public func latestPublication() throws -> PublicationRecord? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM publication ORDER BY name DESC LIMIT 1").map(Self.record)
        }
    }

    /// The retained publication named `name`, or else the newest one made at or before the
    /// snapshot name `notAfter` (names sort as their times do).
    public func publication(named name: String, orNewestNotAfter notAfter: String?) throws -> PublicationRecord? {
        try pool.read { db in
            if let exact = try Row.fetchOne(db, sql: "SELECT * FROM publication WHERE name = ?", arguments: [name]) {
                return Self.record(exact)
            }
            guard let notAfter else { return nil }
            return try Row.fetchOne(db, sql: "SELECT * FROM publication WHERE name <= ? ORDER BY name DESC LIMIT 1",
                                    arguments: [notAfter]).map(Self.record)
        }
    }

    /// The map as a publication showed it: the states worked out from the events it included.
    public func placeStates(of publication: PublicationRecord) throws -> [PlaceState] {
        try pool.read { db in try Self.foldedStates(db, throughEvent: publication.lastEventID) }
    }

    static func record(_ row: Row) -> PublicationRecord {
        PublicationRecord(name: row["name"], generated: row["generated"], lastEventID: row["last_event"])
    }
}
