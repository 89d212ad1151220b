import Synchronization

/// The last poll report of every feed, shared between the poller's tasks and the service loop
/// (STATUS= lines, health, metrics).
public final class FeedBoard: Sendable {
    private let latest = Mutex<[String: FeedPoller.Report]>([:])

    public init() {}

    @Sendable public func record(_ report: FeedPoller.Report) {
        latest.withLock { $0[report.url] = report }
    }

    /// Forgets feeds no longer configured (after a reload).
    public func retain(_ urls: [String]) {
        let keep = Set(urls)
        latest.withLock { $0 = $0.filter { keep.contains($0.key) } }
    }

    /// The reports, in URL order.
    public var reports: [FeedPoller.Report] {
        latest.withLock { $0.values.sorted { $0.url < $1.url } }
    }
}
