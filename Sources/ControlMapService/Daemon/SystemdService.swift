import Logging
import ServiceLifecycle

/// The service's side of systemd's notification protocol: READY=1 once the API listens,
/// WATCHDOG=1 while the inbox worker is alive, STOPPING=1 as soon as a shutdown begins (it is
/// the last service of the group, so the first told to stop).
struct SystemdService: Service {
    let notifier: SystemdNotifier
    let gate: StartupGate
    let heartbeat: Heartbeat
    let status: ServiceStatus
    let feedBoard: FeedBoard
    let live: LiveState
    let logger: Logger

    func run() async {
        await cancelWhenGracefulShutdown { await gate.wait() }
        if !Task.isShuttingDownGracefully && !Task.isCancelled {
            live.setReady(true)
            notifier.ready(status: status.line(feeds: feedBoard))
            logger.info("ready")
            if let interval = notifier.watchdogInterval {
                while !Task.isShuttingDownGracefully && !Task.isCancelled {
                    await GracefulSleep.for(interval)
                    // A worker stuck in one file for longer than WatchdogSec gets no keep-alive.
                    if !Task.isShuttingDownGracefully, heartbeat.isAlive(within: interval * 2) { notifier.watchdog() }
                }
            } else {
                try? await gracefulShutdown()
            }
        }
        live.setReady(false)
        notifier.stopping()
    }
}
