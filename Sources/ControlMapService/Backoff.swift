/// When to try again after a failure that will not go away at once (a full disk, a locked or
/// unwritable store, an output directory that refuses files): half a second after the first,
/// doubling to at most a minute, reset by a success. Retrying at once only burns a core and
/// floods the journal while nothing changes.
struct Backoff: Sendable {
    var initial: Duration = .milliseconds(500)
    var maximum: Duration = .seconds(60)
    private(set) var failures = 0
    private(set) var retryAt: ContinuousClock.Instant?

    /// Whether trying now is allowed.
    func allows(at now: ContinuousClock.Instant = .now) -> Bool {
        retryAt.map { now >= $0 } ?? true
    }

    /// How long until trying is allowed again (zero when it is).
    func remaining(at now: ContinuousClock.Instant = .now) -> Duration {
        guard let retryAt, retryAt > now else { return .zero }
        return retryAt - now
    }

    /// The wait after the latest failure.
    var delay: Duration {
        guard failures > 0 else { return .zero }
        var d = initial
        for _ in 1..<min(failures, 32) where d < maximum { d *= 2 }
        return min(d, maximum)
    }

    mutating func failed(at now: ContinuousClock.Instant = .now) {
        failures += 1
        retryAt = now + delay
    }

    mutating func succeeded() {
        failures = 0
        retryAt = nil
    }
}
