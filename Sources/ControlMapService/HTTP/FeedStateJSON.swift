import ControlMapCore
import ControlMapStore
import Foundation

/// One feed and its polling state as JSON (`controlmap feeds --json`, `/v1/feeds`).
public enum FeedStateJSON {
    /// Every configured feed with its stored state (a fresh one before its first poll).
    public static func states(_ feeds: [ControlMapConfiguration.Feed], store: ControlMapStore) throws
        -> [(feed: ControlMapConfiguration.Feed, state: FeedState)] {
        let stored = Dictionary(try store.feedStates().map { ($0.url, $0) }, uniquingKeysWith: { a, _ in a })
        return feeds.map { ($0, stored[$0.url] ?? FeedState(url: $0.url)) }
    }

    public static func object(_ feed: ControlMapConfiguration.Feed, _ s: FeedState) -> JSONValue {
        func time(_ d: Date?) -> JSONValue { d.map { .string(Timestamp.precise($0)) } ?? .null }
        return .object([
            ("url", .string(feed.url)), ("interval_seconds", .number(Double(feed.intervalSeconds))),
            ("fetch_articles", .bool(feed.fetchArticles)),
            ("etag", s.etag.map(JSONValue.string) ?? .null), ("last_modified", s.lastModified.map(JSONValue.string) ?? .null),
            ("last_attempt", time(s.lastAttempt)), ("last_success", time(s.lastSuccess)), ("next_fetch", time(s.nextFetch)),
            ("failures", .number(Double(s.failures))), ("last_status", s.lastStatus.map { .number(Double($0)) } ?? .null),
            ("last_error", s.lastError.map(JSONValue.string) ?? .null), ("items_total", .number(Double(s.itemsTotal))),
        ])
    }
}
