import Synchronization

/// Opens once, when the service can be called ready (the API listens, or there is none).
final class StartupGate: Sendable {
    private let opened = Mutex(false)
    private let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    init() {
        (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    func open() {
        let first = opened.withLock { was in defer { was = true }; return !was }
        if first {
            continuation.yield()
            continuation.finish()
        }
    }

    /// Returns once the gate opened (at once if it already did), or when the task is cancelled.
    func wait() async {
        for await _ in stream { break }
    }
}
