import ControlMapCore
import ControlMapStore
import Foundation
import Logging
import Synchronization

/// Polls the configured RSS and Atom feeds, each on its own schedule, and hands every new item
/// to the inbox as a JSON document.
///
/// Items go through the inbox rather than straight to the store so that a feed item follows
/// exactly the path of a dropped file (commit, then `cur/`) and survives a crash: the item is
/// in `inbox/new/` (fsynced) before the feed's validators and seen keys are saved, so a crash
/// in between means one more download, never a lost item. Duplicates are caught by guid, by
/// link and by content hash here, and by the document's content hash in the store.
public struct FeedPoller: Sendable {
    /// What one poll of one feed did, for logs, status lines and metrics.
    public struct Report: Sendable {
        public enum Outcome: Sendable, Equatable {
            case items(Int)
            case notModified
            case failed(String)
        }
        public var url: String
        public var outcome: Outcome
        /// Time spent fetching, in seconds.
        public var seconds: Double
        /// When the feed is polled next.
        public var next: Date

        /// A short label: `ok`, `not_modified` or `error`.
        public var result: String {
            switch outcome {
            case .items: "ok"
            case .notModified: "not_modified"
            case .failed: "error"
            }
        }
    }

    let feeds: [ControlMapConfiguration.Feed]
    let policy: ControlMapConfiguration.FeedPolicy
    let store: ControlMapStore
    let inbox: InboxLayout
    let logger: Logger
    let fetcher: HTTPFetcher
    let observe: @Sendable (Report) -> Void
    let delivery = DeliveryLock()

    public init(config: ControlMapConfiguration, store: ControlMapStore, logger: Logger,
                observe: @escaping @Sendable (Report) -> Void = { _ in }) {
        feeds = config.feeds
        policy = config.feedPolicy
        self.store = store
        inbox = InboxLayout(root: config.inboxDir)
        self.logger = logger
        fetcher = HTTPFetcher(limits: config.feedPolicy.limits)
        self.observe = observe
    }

    /// Polls every feed on its schedule until `stopped` says so; a failing feed never stops
    /// the others. A feed's stored next-poll time is kept across restarts, so a backoff holds.
    public func run(stopped: @escaping @Sendable () -> Bool) async {
        await withTaskGroup(of: Void.self) { group in
            for feed in feeds {
                group.addTask {
                    var next = (try? store.feedState(url: feed.url))?.nextFetch ?? .distantPast
                    while !stopped() {
                        let wait = next.timeIntervalSinceNow
                        if wait > 0 {
                            try? await Task.sleep(for: .milliseconds(Int(min(wait, 0.25) * 1000) + 1))
                            continue
                        }
                        next = await poll(feed, stopped: stopped).next
                    }
                }
            }
        }
    }

    /// Polls every feed once, now, all at the same time (`serve --once`).
    public func pollAll() async {
        await withTaskGroup(of: Void.self) { group in
            for feed in feeds { group.addTask { _ = await poll(feed, stopped: { false }) } }
        }
    }

    /// One poll: conditional GET, parse, new items into the inbox, state saved.
    func poll(_ feed: ControlMapConfiguration.Feed, stopped: @escaping @Sendable () -> Bool) async -> Report {
        var state = (try? store.feedState(url: feed.url)) ?? FeedState(url: feed.url)
        let start = Date()
        state.lastAttempt = start
        let result = await fetcher.get(feed.url, etag: state.etag, lastModified: state.lastModified, cancelled: stopped)
        let report: Report
        switch result {
        case .failure(let failure) where failure.kind == .cancelled:
            return Report(url: feed.url, outcome: .failed(failure.description), seconds: Date().timeIntervalSince(start), next: .distantPast)
        case .failure(let failure):
            report = failed(&state, feed: feed, reason: failure.description, seconds: Date().timeIntervalSince(start))
        case .success(let response):
            state.lastStatus = response.status
            if response.status == 304 {
                report = succeeded(&state, feed: feed, response: response, outcome: .notModified, keys: [])
            } else if !(200..<300).contains(response.status) {
                report = failed(&state, feed: feed, reason: "the server answered HTTP \(response.status)", seconds: response.seconds)
            } else {
                switch await collect(response, feed: feed, stopped: stopped) {
                case .success(let fresh):
                    // Feeds polled at the same time may carry the same story: the check of seen
                    // keys, the delivery and the save of the keys happen under one lock.
                    report = delivery.withLock {
                        switch deliver(fresh, feed: feed) {
                        case .success(let (count, keys)):
                            return succeeded(&state, feed: feed, response: response, outcome: .items(count), keys: keys)
                        case .failure(let reason):
                            return failed(&state, feed: feed, reason: reason.description, seconds: response.seconds)
                        }
                    }
                case .failure(let reason):
                    report = failed(&state, feed: feed, reason: reason.description, seconds: response.seconds)
                }
            }
        }
        observe(report)
        return report
    }

    /// An item ready to deliver: its text (the article page's when fetched) and its keys.
    struct FreshItem: Sendable {
        var item: FeedItem
        var text: String
        var source: String?
        var keys: [String]
    }

    /// Parses a feed body; the items not seen before, with their article text when asked for.
    private func collect(_ response: HTTPFetcher.Response, feed: ControlMapConfiguration.Feed,
                         stopped: @escaping @Sendable () -> Bool) async -> Result<[FreshItem], DocumentReader.Rejection> {
        let xml: String
        do {
            xml = try TextDecoder.decode(response.body).text
        } catch {
            return .failure(.init("the response is not text: \(error)"))
        }
        if FeedParser.declaresEntities(xml) {
            return .failure(.init("the document declares its own XML entities (<!ENTITY>, as in a billion-laughs attack); ControlMap never expands them and refuses such feeds"))
        }
        let (source, items) = FeedParser().parse(xml)
        guard !items.isEmpty else {
            return .failure(.init("the response has no RSS <item> or Atom <entry> with a title or text (\(response.body.count) bytes\(response.contentType.map { ", " + $0 } ?? "")): is the URL a feed?"))
        }
        let keys = items.map { itemKeys($0, feed: feed) }
        let seen: [Bool]
        do {
            seen = try store.seenFeedItems(keys)
        } catch {
            return .failure(.init("store error while checking seen items: \(error)"))
        }
        var fresh: [FreshItem] = []
        for (original, (keys, wasSeen)) in zip(items, zip(keys, seen)) where !wasSeen {
            var item = original
            // Relative links ("/news/1") are read against the feed's own address.
            if let link = item.link, !link.lowercased().hasPrefix("http"), let absolute = URL(string: link, relativeTo: URL(string: response.effectiveURL)) {
                item.link = absolute.absoluteString
            }
            var text = item.text
            if feed.fetchArticles, let link = item.link {
                text = await articleText(link, summary: text, stopped: stopped)
            }
            fresh.append(FreshItem(item: item, text: text, source: source, keys: keys))
        }
        return .success(fresh)
    }

    /// Writes the items still unseen into the inbox (one of them may have come through another
    /// feed meanwhile, or twice in this one); the keys to mark as seen.
    private func deliver(_ fresh: [FreshItem], feed: ControlMapConfiguration.Feed) -> Result<(Int, [String]), DocumentReader.Rejection> {
        let seen: [Bool]
        do {
            seen = try store.seenFeedItems(fresh.map(\.keys))
        } catch {
            return .failure(.init("store error while checking seen items: \(error)"))
        }
        var written = 0
        var marked = Set<String>()
        for (f, wasSeen) in zip(fresh, seen) where !wasSeen && marked.isDisjoint(with: f.keys) {
            do {
                try write(f, feed: feed)
            } catch {
                return .failure(.init("cannot write the item into the inbox: \(error)"))
            }
            written += 1
            marked.formUnion(f.keys)
        }
        return .success((written, marked.sorted()))
    }

    /// guid (within its feed), link, and a hash of the content: any one seen before means the
    /// item was delivered.
    func itemKeys(_ item: FeedItem, feed: ControlMapConfiguration.Feed) -> [String] {
        var keys: [String] = []
        if let guid = item.guid, !guid.isEmpty { keys.append("guid:\(feed.url) \(guid)") }
        if let link = item.link, !link.isEmpty { keys.append("link:\(link)") }
        keys.append("hash:" + SHA256.hex(Array((item.title + "\n" + item.text).utf8)))
        return keys
    }

    /// The linked page's readable text when it is longer than the summary; the summary when the
    /// page cannot be had (the item is never dropped for it).
    private func articleText(_ link: String, summary: String, stopped: @escaping @Sendable () -> Bool) async -> String {
        switch await fetcher.get(link, cancelled: stopped) {
        case .success(let r) where (200..<300).contains(r.status):
            guard let html = try? TextDecoder.decode(r.body).text else { return summary }
            let text = HTMLTextExtractor().extract(html).text
            return text.count > summary.count ? text : summary
        case .success(let r):
            logger.notice("article page not fetched; keeping the summary", metadata: ["url": "\(link)", "status": "\(r.status)"])
            return summary
        case .failure(let f):
            logger.notice("article page not fetched; keeping the summary", metadata: ["url": "\(link)", "reason": "\(f)"])
            return summary
        }
    }

    /// Writes the item as a JSON document in `inbox/tmp/` and renames it into `inbox/new/`.
    private func write(_ fresh: FreshItem, feed: ControlMapConfiguration.Feed) throws {
        let item = fresh.item, source = fresh.source, key = fresh.keys.last!
        var members: [(String, JSONValue)] = [("title", .string(item.title)), ("text", .string(fresh.text))]
        if let p = item.published { members.append(("published", .string(p.description))) }
        if let link = item.link { members.append(("url", .string(link))) }
        members.append(("source", .string(source ?? feed.url)))
        members.append(("feed", .string(feed.url)))
        let stamp = Int(Date().timeIntervalSince1970 * 1000)
        let name = "feed-\(stamp)-\(key.suffix(12)).json"
        let tmp = inbox.tmp + "/" + name
        try AtomicFile.write(Data(JSONValue.object(members).serialized().utf8), to: tmp)
        guard rename(tmp, inbox.new + "/" + name) == 0 else { throw POSIXFailure("cannot move \(tmp) into \(inbox.new)", errno) }
        AtomicFile.syncDirectory(inbox.new)
    }

    private func succeeded(_ state: inout FeedState, feed: ControlMapConfiguration.Feed, response: HTTPFetcher.Response,
                           outcome: Report.Outcome, keys: [String]) -> Report {
        let now = Date()
        if response.status != 304 {
            state.etag = response.etag
            state.lastModified = response.lastModified
        }
        if case .items(let n) = outcome { state.itemsTotal += n }
        state.failures = 0
        state.lastError = nil
        state.lastSuccess = now
        state.nextFetch = now.addingTimeInterval(spread(Double(feed.intervalSeconds)))
        save(state, keys: keys)
        switch outcome {
        case .items(let n):
            logger.info("feed polled", metadata: ["feed": "\(feed.url)", "new_items": "\(n)", "seconds": "\(String(format: "%.3f", response.seconds))"])
        default:
            logger.debug("feed not modified", metadata: ["feed": "\(feed.url)"])
        }
        return Report(url: feed.url, outcome: outcome, seconds: response.seconds, next: state.nextFetch!)
    }

    private func failed(_ state: inout FeedState, feed: ControlMapConfiguration.Feed, reason: String, seconds: Double) -> Report {
        state.failures += 1
        state.lastError = reason
        let wait = backoff(failures: state.failures)
        state.nextFetch = Date().addingTimeInterval(wait)
        save(state, keys: [])
        logger.warning("feed poll failed", metadata: ["feed": "\(feed.url)", "reason": "\(reason)",
                                                      "failures": "\(state.failures)", "retry_in_s": "\(String(format: "%.1f", wait))"])
        return Report(url: feed.url, outcome: .failed(reason), seconds: seconds, next: state.nextFetch!)
    }

    /// Exponential backoff: `feed.retry_seconds` doubled per consecutive failure, at most
    /// `feed.max_backoff_seconds`, jittered.
    func backoff(failures: Int) -> Double {
        let base = policy.retrySeconds * pow(2, Double(min(max(failures - 1, 0), 30)))
        return spread(min(base, policy.maxBackoffSeconds))
    }

    private func spread(_ seconds: Double) -> Double {
        guard policy.jitter > 0 else { return seconds }
        return seconds * Double.random(in: (1 - policy.jitter)...(1 + policy.jitter))
    }

    private func save(_ state: FeedState, keys: [String]) {
        do {
            try store.saveFeedState(state, seenKeys: keys)
        } catch {
            logger.error("cannot save feed state", metadata: ["feed": "\(state.url)", "error": "\(error)"])
        }
    }
}

/// Serializes deliveries of the feeds of one poller.
final class DeliveryLock: Sendable {
    private let mutex = Mutex(())

    func withLock<T>(_ body: () -> T) -> T {
        mutex.withLock { _ in body() }
    }
}
