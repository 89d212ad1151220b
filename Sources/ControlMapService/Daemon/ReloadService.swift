import Logging
import ServiceLifecycle
import UnixSignals

/// SIGHUP: reads configuration, lexicons, gazetteer and additions again and hands them to the
/// running services; on any error the running ones stay. A SIGHUP that came during start-up is
/// honoured once the service runs.
struct ReloadService: Service {
    let running: RunningConfiguration
    let startup: StartupSignals
    let status: ServiceStatus
    let feedBoard: FeedBoard
    let notifier: SystemdNotifier

    func run() async {
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        if startup.reloadRequested { reload() }
        for await _ in hangups.cancelOnGracefulShutdown() { reload() }
    }

    func reload() {
        let logger = running.context.logger
        notifier.reloading()
        do {
            let config = try ControlMapConfiguration.load(path: running.context.config.sourcePath)
            let context = try ServiceContext(config: config, logger: logger)
            running.replace(with: context)
            logger.notice("reloaded", metadata: ["places": "\(context.analyzer.gazetteer.places.count)"])
        } catch {
            status.failed("reload failed: \(error)")
            logger.error("reload failed, keeping the running configuration", metadata: ["error": "\(error)"])
        }
        notifier.ready(status: status.line(feeds: feedBoard))
    }
}
