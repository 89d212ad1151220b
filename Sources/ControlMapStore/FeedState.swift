import Foundation
import GRDB

/// What the service remembers about one feed between polls: the validators for a conditional
/// GET, the schedule, and the failures that drive its backoff (shown by `controlmap feeds`).
public struct FeedState: Sendable, Equatable {
    public var url: String
    public var etag: String?
    public var lastModified: String?
    public var lastAttempt: Date?
    public var lastSuccess: Date?
    public var nextFetch: Date?
    /// Consecutive failed polls; zero after a success.
    public var failures: Int
    /// HTTP status of the last response, if one came.
    public var lastStatus: Int?
    public var lastError: String?
    /// Items of this feed handed to the inbox, over its life.
    public var itemsTotal: Int

    public init(url: String) {
        self.url = url
        failures = 0
        itemsTotal = 0
    }
}

extension ControlMapStore {
    /// The stored state of a feed, or nil before its first poll.
    public func feedState(url: String) throws -> FeedState? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM feed WHERE url = ?", arguments: [url]).map(Self.feedState)
        }
    }

    /// Every feed polled so far.
    public func feedStates() throws -> [FeedState] {
        try pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM feed ORDER BY url").map(Self.feedState) }
    }

    /// Saves a feed's state and marks the item keys as seen, in one transaction: the service
    /// calls it only once the items are safely in the inbox.
    public func saveFeedState(_ state: FeedState, seenKeys: [String] = []) throws {
        let now = Timestamp.iso8601(Date())
        try pool.write { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO feed (url, etag, last_modified, last_attempt, last_success, next_fetch, failures,
                                             last_status, last_error, items_total)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [state.url, state.etag, state.lastModified, state.lastAttempt.map(Timestamp.precise),
                                 state.lastSuccess.map(Timestamp.precise), state.nextFetch.map(Timestamp.precise),
                                 state.failures, state.lastStatus, state.lastError, state.itemsTotal])
            for key in seenKeys {
                try db.execute(sql: "INSERT OR IGNORE INTO feed_item (key, feed_url, seen_at) VALUES (?, ?, ?)",
                               arguments: [key, state.url, now])
            }
        }
    }

    /// Which of the given items (each a list of keys: guid, link, content hash) were seen
    /// before; an item is seen when any of its keys is.
    public func seenFeedItems(_ items: [[String]]) throws -> [Bool] {
        try pool.read { db in
            let statement = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM feed_item WHERE key = ?)")
            return try items.map { keys in
                try keys.contains { try Bool.fetchOne(statement, arguments: [$0]) ?? false }
            }
        }
    }

    private static func feedState(_ row: Row) -> FeedState {
        var s = FeedState(url: row["url"])
        s.etag = row["etag"]
        s.lastModified = row["last_modified"]
        s.lastAttempt = (row["last_attempt"] as String?).flatMap(Timestamp.parse)
        s.lastSuccess = (row["last_success"] as String?).flatMap(Timestamp.parse)
        s.nextFetch = (row["next_fetch"] as String?).flatMap(Timestamp.parse)
        s.failures = row["failures"]
        s.lastStatus = row["last_status"]
        s.lastError = row["last_error"]
        s.itemsTotal = row["items_total"]
        return s
    }
}
