import Dispatch
import Foundation
import Synchronization

/// Catches SIGTERM, SIGINT and SIGHUP from the very start, before anything slow (loading the
/// gazetteer): a stop asked for during start-up ends the service cleanly instead of killing it,
/// and a reload asked for then happens once it runs. The service group handles the signals
/// after that; these sources stay and only record.
public final class StartupSignals: Sendable {
    private let requests = Mutex((stop: false, reload: false))
    nonisolated(unsafe) private var sources: [any DispatchSourceSignal] = []

    public init() {
        var list: [any DispatchSourceSignal] = []
        for sig in [SIGTERM, SIGINT, SIGHUP] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [weak self] in self?.record(sig) }
            source.resume()
            list.append(source)
        }
        sources = list
    }

    deinit {
        for s in sources { s.cancel() }
    }

    private func record(_ sig: Int32) {
        requests.withLock { if sig == SIGHUP { $0.reload = true } else { $0.stop = true } }
    }

    var stopRequested: Bool { requests.withLock { $0.stop } }
    var reloadRequested: Bool { requests.withLock { $0.reload } }
}
