import CoreMetrics
import Foundation
import Prometheus

/// The service's Prometheus metrics, made through swift-metrics with a factory of our own
/// registry (no process-wide bootstrap, so tests and commands can each have one).
public final class ServiceMetrics: Sendable {
    public let registry = PrometheusCollectorRegistry()
    private let factory: PrometheusMetricsFactory
    /// Time to analyze one document (tag, resolve, extract).
    public let extraction: CoreMetrics.Timer
    private let snapshotAge: CoreMetrics.Gauge

    public init() {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [.milliseconds(1), .milliseconds(5), .milliseconds(10), .milliseconds(25),
                                                   .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
                                                   .seconds(1), .seconds(2.5), .seconds(5), .seconds(10), .seconds(30)]
        self.factory = factory
        extraction = CoreMetrics.Timer(label: "controlmap_extraction_seconds", factory: factory)
        snapshotAge = CoreMetrics.Gauge(label: "controlmap_snapshot_age_seconds", factory: factory)
    }

    /// A document's outcome: `ingested`, `duplicate`, `rejected` or `store_error`.
    public func document(outcome: String) {
        CoreMetrics.Counter(label: "controlmap_documents_total", dimensions: [("outcome", outcome)], factory: factory).increment()
    }

    /// A publication of the map that failed (the output directory refused it).
    public func publishFailed() {
        CoreMetrics.Counter(label: "controlmap_publish_failures_total", factory: factory).increment()
    }

    public func events(kind: String, count: Int = 1) {
        CoreMetrics.Counter(label: "controlmap_events_total", dimensions: [("kind", kind)], factory: factory).increment(by: count)
    }

    public func feedFetch(_ report: FeedPoller.Report) {
        CoreMetrics.Counter(label: "controlmap_feed_fetches_total", dimensions: [("result", report.result)], factory: factory).increment()
        CoreMetrics.Timer(label: "controlmap_feed_fetch_seconds", factory: factory)
            .recordNanoseconds(Int64(report.seconds * 1_000_000_000))
    }

    /// The exposition text, with the snapshot's age as of now.
    public func exposition(lastPublication: Date?) -> [UInt8] {
        if let lastPublication { snapshotAge.record(Date().timeIntervalSince(lastPublication)) }
        return registry.emitToBuffer()
    }
}
