import Foundation
import Synchronization

/// Fans server-sent events out to the clients of `/v1/stream`: each subscriber gets its own
/// bounded buffer, so a slow client loses its oldest messages instead of growing the service.
public final class LiveFeed: Sendable {
    private let subscribers = Mutex<[Int: AsyncStream<String>.Continuation]>([:])
    private let nextID = Mutex(0)

    public init() {}

    /// A new subscription; the stream ends when the service stops.
    public func subscribe() -> AsyncStream<String> {
        let id = nextID.withLock { n in
            n += 1
            return n
        }
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(256))
        continuation.onTermination = { [weak self] _ in
            _ = self?.subscribers.withLock { $0.removeValue(forKey: id) }
        }
        subscribers.withLock { $0[id] = continuation }
        return stream
    }

    public var subscriberCount: Int { subscribers.withLock { $0.count } }

    /// Sends one event to every subscriber, framed as text/event-stream.
    public func send(event: String, data: String) {
        let lines = data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)" }.joined(separator: "\n")
        broadcast("event: \(event)\n\(lines)\n\n")
    }

    /// A comment line that keeps proxies from closing an idle stream.
    public func keepAlive() {
        broadcast(": keep-alive\n\n")
    }

    /// Ends every stream (the service is stopping).
    public func finish() {
        let all = subscribers.withLock { s in
            defer { s.removeAll() }
            return Array(s.values)
        }
        for c in all { c.finish() }
    }

    private func broadcast(_ message: String) {
        let all = subscribers.withLock { Array($0.values) }
        for c in all { c.yield(message) }
    }
}
