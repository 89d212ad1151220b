import Synchronization

/// Whether the inbox worker is alive, for the systemd watchdog: it beats at every pass and
/// every committed batch, and says when it goes to sleep waiting for files. A worker stuck in
/// one pass stops the keep-alives, and systemd restarts the service.
final class Heartbeat: Sendable {
    private struct State {
        var waiting = false
        var last = ContinuousClock.now
    }

    private let state = Mutex(State())

    func beat() { state.withLock { $0 = State(waiting: false, last: .now) } }

    /// The worker sleeps until files arrive: idle, not stuck.
    func waiting() { state.withLock { $0.waiting = true } }

    /// Whether the worker is waiting or beat within `window`.
    func isAlive(within window: Duration) -> Bool {
        state.withLock { $0.waiting || ContinuousClock.now - $0.last < window }
    }

    /// Whether the worker is taking in files right now.
    var isBusy: Bool { state.withLock { !$0.waiting } }
}
