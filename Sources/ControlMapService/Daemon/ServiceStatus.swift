import ControlMapStore
import Synchronization

/// What this run of the service did, for systemd's STATUS= line: the store's totals as last
/// published, the files taken in and refused, the last error.
final class ServiceStatus: Sendable {
    private struct Values {
        var documents = 0
        var rejected = 0
        var lastError: String?
        var counts: ControlMapStore.Counts?
    }

    private let values = Mutex(Values())

    func ingested() { values.withLock { $0.documents += 1 } }
    func rejected() { values.withLock { $0.rejected += 1 } }
    func failed(_ error: String) { values.withLock { $0.lastError = error } }

    /// A failure that /healthz shows too (a store or an output directory refusing writes).
    func failed(_ error: String, shownIn live: LiveState) {
        failed(error)
        live.setLastError(error)
    }
    func stored(_ counts: ControlMapStore.Counts?) { values.withLock { $0.counts = counts } }

    func line(feeds: FeedBoard) -> String {
        let v = values.withLock { $0 }
        var s = "\(v.counts?.documents ?? 0) documents, \(v.counts?.events ?? 0) events, \(v.counts?.places ?? 0) places"
        s += "; this run: \(v.documents) ingested, \(v.rejected) rejected"
        let reports = feeds.reports
        if !reports.isEmpty {
            let failing = reports.filter { $0.result == "error" }
            s += "; feeds: \(reports.count - failing.count) ok, \(failing.count) failing"
        }
        if let e = v.lastError { s += "; last error: \(e.prefix(200))" }
        return s
    }
}
