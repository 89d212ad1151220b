import ServiceLifecycle

/// Sleeps of the daemon's services: they end early when a graceful shutdown begins, so no
/// service keeps the group waiting.
enum GracefulSleep {
    static func until(_ deadline: ContinuousClock.Instant) async {
        guard deadline > .now else { return }
        try? await cancelWhenGracefulShutdown { try await Task.sleep(until: deadline, clock: .continuous) }
    }

    static func `for`(_ duration: Duration) async {
        await until(.now + duration)
    }
}
