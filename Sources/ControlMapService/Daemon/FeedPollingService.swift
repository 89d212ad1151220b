import ControlMapStore
import ServiceLifecycle
import Synchronization

/// Polls the feeds of the running configuration; a reload replaces the poller with one for
/// the new feed list, and a graceful shutdown stops it (a transfer under way is abandoned; its
/// feed is polled again after the restart).
struct FeedPollingService: Service {
    let running: RunningConfiguration
    let store: ControlMapStore
    let feedBoard: FeedBoard
    let metrics: ServiceMetrics

    func run() async {
        await cancelWhenGracefulShutdown {
            var current: Task<Void, Never>?
            // Ends when the shutdown cancels this task.
            for await context in running.changes() {
                await Self.stop(current)
                current = nil
                feedBoard.retain(context.config.feeds.map(\.url))
                guard !context.config.feeds.isEmpty else { continue }
                let poller = FeedPoller(config: context.config, store: store, logger: context.logger, observe: observer)
                current = Task {
                    let stop = StopFlag()
                    await withTaskCancellationHandler {
                        await poller.run(stopped: { stop.isSet })
                    } onCancel: {
                        stop.set()
                    }
                }
            }
            await Self.stop(current)
        }
    }

    /// What a poll tells the board (STATUS=, /v1/feeds) and the metrics.
    var observer: @Sendable (FeedPoller.Report) -> Void {
        { [feedBoard, metrics] report in
            feedBoard.record(report)
            metrics.feedFetch(report)
        }
    }

    private static func stop(_ task: Task<Void, Never>?) async {
        guard let task else { return }
        task.cancel()
        await task.value
    }
}

/// A flag raised once: the poller's transfers and sleeps look at it, on threads where a task's
/// cancellation cannot be seen.
final class StopFlag: Sendable {
    private let value = Mutex(false)
    var isSet: Bool { value.withLock { $0 } }
    func set() { value.withLock { $0 = true } }
}
