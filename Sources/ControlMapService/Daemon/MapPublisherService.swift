import ControlMapStore
import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// Says that the store changed and the map should be published again. Requests made while
/// one waits collapse into it.
final class PublicationRequests: Sendable {
    private let pending = Mutex(false)
    let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    init() {
        (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    func storeChanged() {
        pending.withLock { $0 = true }
        continuation.yield()
    }

    /// Whether a change waits to be published; lowers the flag.
    func take() -> Bool {
        pending.withLock { p in defer { p = false }; return p }
    }
}

/// Publishes the map after the store changed: debounced, at most every few seconds while a
/// burst goes on, backed off after a failure (a full output_dir), and once more on shutdown
/// when a change is still unpublished.
struct MapPublisherService: Service {
    let running: RunningConfiguration
    let store: ControlMapStore
    let requests: PublicationRequests
    let announcer: LiveAnnouncer
    let status: ServiceStatus
    let feedBoard: FeedBoard
    let notifier: SystemdNotifier
    let heartbeat: Heartbeat

    func run() async throws {
        var backoff = Backoff()
        var lastPublish = ContinuousClock.now
        for await _ in requests.stream.cancelOnGracefulShutdown() {
            let config = running.context.config
            let debounce = Duration.milliseconds(config.debounceMilliseconds)
            // While files keep coming the map is still published now and then, not only after
            // the burst; each publication reads the whole map.
            let burst = max(.seconds(1), debounce * 4)
            var due = ContinuousClock.now + debounce
            if heartbeat.isBusy { due = max(due, lastPublish + burst) }
            due = max(due, ContinuousClock.now + backoff.remaining())
            await GracefulSleep.until(due)
            if Task.isShuttingDownGracefully { break }
            guard requests.take() else { continue }
            if publish(running.context, backoff: &backoff) {
                lastPublish = .now
            } else {
                // Tried again once the backoff allows.
                requests.storeChanged()
            }
        }
        // The last change of the run reaches the map before the service stops.
        if requests.take() {
            let logger = running.context.logger
            do {
                announcer.announce(try running.context.publisher().publication(store: store))
            } catch {
                logger.error("final publish failed", metadata: ["error": "\(error)"])
            }
        }
    }

    /// Publishes the map and hands it to the HTTP side; false after a failure, which is
    /// logged, counted and shown by /healthz until a publication succeeds.
    func publish(_ context: ServiceContext, backoff: inout Backoff) -> Bool {
        let logger = context.logger
        let live = announcer.live
        do {
            announcer.announce(try context.publisher().publication(store: store))
            if backoff.failures > 0 { logger.notice("publishing again") }
            backoff.succeeded()
            live.setPublishFailing(false)
            status.stored(try? store.counts())
            notifier.status(status.line(feeds: feedBoard))
            return true
        } catch {
            let message = "publish failed: \(error)"
            status.failed(message, shownIn: live)
            backoff.failed()
            live.setPublishFailing(true)
            announcer.metrics.publishFailed()
            logger.error("publish failed; will retry", metadata: ["error": "\(error)", "retry_in": "\(backoff.delay)"])
            return false
        }
    }
}
