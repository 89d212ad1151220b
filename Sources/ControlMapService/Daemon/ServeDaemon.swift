import ControlMapCore
import ControlMapStore
import Foundation
import Logging
import ServiceLifecycle

/// `controlmap serve`: a `ServiceGroup` of services of one job each: the HTTP API, the map
/// publisher, the feed poller, the inbox worker, SIGHUP reloads and systemd notification.
/// SIGTERM and SIGINT shut the group down gracefully, in the reverse order of that list:
/// systemd hears STOPPING=1 first, the inbox commits the batch in hand, the poller stops, the
/// last change is published, and the API stops last.
public struct ServeDaemon: Sendable {
    let running: RunningConfiguration
    let store: ControlMapStore
    let startup: StartupSignals
    let layout: InboxLayout

    /// The last poll of every feed, for STATUS= lines, /v1/feeds and metrics.
    let feedBoard = FeedBoard()
    let live = LiveState()
    let stream = LiveFeed()
    let metrics = ServiceMetrics()
    let status = ServiceStatus()
    let requests = PublicationRequests()
    let heartbeat = Heartbeat()
    let notifier = SystemdNotifier()

    public init(context: ServiceContext, store: ControlMapStore, startup: StartupSignals) {
        running = RunningConfiguration(context)
        self.store = store
        self.startup = startup
        layout = InboxLayout(root: context.config.inboxDir)
    }

    var announcer: LiveAnnouncer { LiveAnnouncer(live: live, stream: stream, metrics: metrics) }

    /// Runs until SIGTERM or SIGINT.
    public func run() async throws {
        let context = running.context
        let logger = context.logger
        try layout.create()
        // The map of the store as it stands is served from the first request on.
        announcer.announce(try context.publisher().publication(store: store))
        status.stored(try? store.counts())
        guard !startup.stopRequested else {
            logger.info("stopped before start")
            return
        }
        let gate = StartupGate()
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = []
        let listen = context.config.httpListen.trimmingCharacters(in: .whitespaces)
        if !listen.isEmpty, listen != "off" {
            let api = try APIServer(config: context.config, store: store, live: live, stream: stream, metrics: metrics,
                                    feeds: feedBoard, logger: logger)
            let http = HTTPService(api: api, listen: listen, stateDir: context.config.stateDir, live: live, stream: stream,
                                   gate: gate, logger: logger)
            // A server that stops after it listened is logged; the inbox goes on without it.
            services.append(.init(service: http, successTerminationBehavior: .ignore))
        } else {
            gate.open()
        }
        services += [
            .init(service: MapPublisherService(running: running, store: store, requests: requests, announcer: announcer,
                                               status: status, feedBoard: feedBoard, notifier: notifier, heartbeat: heartbeat)),
            .init(service: FeedPollingService(running: running, store: store, feedBoard: feedBoard, metrics: metrics)),
            .init(service: InboxWorker(running: running, store: store, layout: layout, requests: requests, announcer: announcer,
                                       status: status, heartbeat: heartbeat)),
            .init(service: ReloadService(running: running, startup: startup, status: status, feedBoard: feedBoard, notifier: notifier)),
            .init(service: SystemdService(notifier: notifier, gate: gate, heartbeat: heartbeat, status: status, feedBoard: feedBoard,
                                          live: live, logger: logger)),
        ]
        let group = ServiceGroup(configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        logger.info("starting", metadata: ["inbox": "\(layout.new)", "output": "\(context.config.outputDir)",
                                           "places": "\(context.analyzer.gazetteer.places.count)"])
        try await group.run()
        logger.info("stopped")
    }

    /// `serve --once`: polls every feed once, takes in each file of the inbox once (a file the
    /// store refused stays in new/ for the next run instead of being retried for ever),
    /// publishes, and returns.
    public func runOnce() async throws {
        let context = running.context
        try layout.create()
        if !context.config.feeds.isEmpty {
            let polling = FeedPollingService(running: running, store: store, feedBoard: feedBoard, metrics: metrics)
            await FeedPoller(config: context.config, store: store, logger: context.logger, observe: polling.observer).pollAll()
        }
        let worker = InboxWorker(running: running, store: store, layout: layout, requests: requests, announcer: announcer,
                                 status: status, heartbeat: heartbeat)
        var backoff = Backoff()
        var attempted: Set<String>? = []
        // Files still being written, or a store backing off, are waited for; then the run ends.
        passes: while true {
            switch try await worker.pass(backoff: &backoff, attempted: &attempted) {
            case .none: continue
            case .arrival(let limit?): try await Task.sleep(for: limit)
            case .arrival(nil): break passes
            }
        }
        announcer.announce(try context.publisher().publication(store: store))
        context.logger.info("stopped")
    }
}
