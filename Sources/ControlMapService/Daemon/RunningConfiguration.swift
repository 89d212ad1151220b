import Foundation
import Synchronization

/// The configuration the daemon runs on: what SIGHUP replaces. The inbox reads it at every
/// pass; the feed poller follows its changes, so a reload reaches every service without a
/// restart and a failed reload leaves the running one in place.
final class RunningConfiguration: Sendable {
    private struct State {
        var context: ServiceContext
        var subscribers: [Int: AsyncStream<ServiceContext>.Continuation] = [:]
        var nextSubscriber = 0
    }

    private let state: Mutex<State>

    init(_ context: ServiceContext) {
        state = Mutex(State(context: context))
    }

    var context: ServiceContext { state.withLock { $0.context } }

    /// Takes a new configuration and tells the services that follow changes.
    func replace(with context: ServiceContext) {
        let subscribers = state.withLock { s in
            s.context = context
            return Array(s.subscribers.values)
        }
        for s in subscribers { s.yield(context) }
    }

    /// The configuration now, then each replacement; ends when the reading task is cancelled.
    func changes() -> AsyncStream<ServiceContext> {
        let (stream, continuation) = AsyncStream<ServiceContext>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let current = state.withLock { s in
            let id = s.nextSubscriber
            s.nextSubscriber += 1
            s.subscribers[id] = continuation
            continuation.onTermination = { [weak self] _ in self?.unsubscribe(id) }
            return s.context
        }
        continuation.yield(current)
        return stream
    }

    private func unsubscribe(_ id: Int) {
        _ = state.withLock { $0.subscribers.removeValue(forKey: id) }
    }
}
