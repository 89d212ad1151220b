import ControlMapCore
import ControlMapStore
import Dispatch
import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// The inbox of DESIGN.md: files arrive in `new/` (written in `tmp/` and renamed), move to
/// `cur/` once their events are committed, or to `failed/` with a `.reason` file beside them.
///
/// A file leaves `new/` only after its commit, and a document already stored is a no-op, so a
/// crash at any moment followed by a restart loses and duplicates nothing.
public final class InboxService: Sendable {
    let context: ServiceContext
    let store: ControlMapStore
    let layout: InboxLayout
    let stop: SignalFlag
    let reload: SignalFlag

    /// Signal handling installed before anything slow (loading the gazetteer), so that a SIGTERM
    /// during start-up stops the service cleanly instead of killing it.
    public final class Signals: Sendable {
        let stop = SignalFlag()
        let reload = SignalFlag()
        nonisolated(unsafe) private var watcher: SignalWatcher?

        public init() {
            watcher = SignalWatcher(stop: stop, reload: reload)
        }

        deinit {
            watcher?.cancel()
        }
    }

    /// The last poll of every feed, for STATUS= lines and metrics.
    public let feedBoard = FeedBoard()
    /// What the HTTP side reads: readiness, the current map, the last document.
    public let live = LiveState()
    /// Server-sent events for `/v1/stream`.
    public let stream = LiveFeed()
    public let metrics = ServiceMetrics()

    public init(context: ServiceContext, store: ControlMapStore, signals: Signals) {
        self.context = context
        self.store = store
        self.layout = InboxLayout(root: context.config.inboxDir)
        self.stop = signals.stop
        self.reload = signals.reload
    }

    /// Runs until SIGTERM or SIGINT (or, with `once`, until every file of the inbox was tried once).
    public func run(once: Bool) async throws {
        try layout.create()
        let notifier = SystemdNotifier()
        let watcher = InboxWatcher(directory: layout.new)
        var context = self.context
        let logger = context.logger
        var pipeline = context.pipeline(store: store)
        var publisher = context.publisher()
        try announce(publisher.publication(store: store))
        var stats = ServiceStats()
        stats.counts = try? store.counts()
        let feedBoard = self.feedBoard
        let metrics = self.metrics
        let observeFeed: @Sendable (FeedPoller.Report) -> Void = { feedBoard.record($0); metrics.feedFetch($0) }
        if once, !context.config.feeds.isEmpty {
            await FeedPoller(config: context.config, store: store, logger: logger, observe: observeFeed).pollAll()
        }
        let http = once ? nil : try await startHTTP(context: context)
        var poller = once ? nil : startPoller(context: context, observe: observeFeed)
        live.setReady(true)
        notifier.ready(status: stats.line(feeds: feedBoard))
        logger.info("ready", metadata: ["inbox": "\(layout.new)", "output": "\(context.config.outputDir)",
                                        "places": "\(context.analyzer.gazetteer.places.count)", "inotify": "\(watcher != nil)"])
        var dirty = false
        var lastPublish = Date()
        var attempted = Set<String>()
        var lastWatchdog = ContinuousClock.now
        func keepWatchdogFed() {
            if let interval = notifier.watchdogInterval, ContinuousClock.now - lastWatchdog >= interval {
                notifier.watchdog()
                lastWatchdog = .now
            }
        }
        while !stop.isSet {
            keepWatchdogFed()
            if reload.take() {
                // SIGHUP: configuration, lexicons, gazetteer and additions read again; on any
                // error the running ones stay.
                notifier.reloading()
                do {
                    let config = try ControlMapConfiguration.load(path: context.config.sourcePath)
                    context = try ServiceContext(config: config, logger: logger)
                    pipeline = context.pipeline(store: store)
                    publisher = context.publisher()
                    if let running = poller {
                        running.stop.set()
                        await running.task.value
                    }
                    feedBoard.retain(context.config.feeds.map(\.url))
                    poller = startPoller(context: context, observe: observeFeed)
                    logger.notice("reloaded", metadata: ["places": "\(context.analyzer.gazetteer.places.count)"])
                } catch {
                    stats.lastError = "reload failed: \(error)"
                    logger.error("reload failed, keeping the running configuration", metadata: ["error": "\(error)"])
                }
                notifier.ready(status: stats.line(feeds: feedBoard))
            }
            // With `once`, one pass over each file: one the store refused stays in new/ for the
            // next run instead of being retried for ever.
            let listed = layout.pending { moved in
                stats.rejected += 1
                metrics.document(outcome: "rejected")
                logger.error("rejected", metadata: ["file": "\(moved)", "reason": "the file name is not valid UTF-8; moved to failed/"])
            }
            // After a store failure (a full disk) the files wait in new/ for the backoff to pass;
            // signals, reloads and the watchdog are still seen every second.
            if !stats.storeBackoff.allows() {
                try await Task.sleep(for: min(stats.storeBackoff.remaining(), .seconds(1)))
                continue
            }
            // A file still being written straight into new/ waits until it has rested.
            let settle = Double(context.config.settleMilliseconds) / 1000
            let complete = listed.filter { layout.isComplete($0, settle: settle) }
            let unsettled = complete.count < listed.count
            let files = once ? complete.filter { !attempted.contains($0) } : complete
            if once { attempted.formUnion(files) }
            // Read and analyze ahead on every core; commit and move the files in name order. In
            // a long burst the map is still published now and then, not only at its end.
            let burstPublish = max(1.0, 4 * Double(context.config.debounceMilliseconds) / 1000)
            let newDir = layout.new
            // A burst is committed up to `Self.batchSize` files a transaction; the last file of
            // what is pending (a lone file too) is committed at once, so latency does not wait.
            var batch: [(name: String, prepared: IngestPipeline.Prepared)] = []
            func commitBatch() {
                guard !batch.isEmpty else { return }
                if process(batch, pipeline: pipeline, logger: logger, stats: &stats) { dirty = true }
                batch.removeAll(keepingCapacity: true)
                keepWatchdogFed()
                if dirty, Date().timeIntervalSince(lastPublish) >= burstPublish {
                    if publish(publisher, stats: &stats, logger: logger) { dirty = false }
                    lastPublish = Date()
                }
            }
            try await OrderedWork.run(count: files.count, produce: { [pipeline] i in
                Self.prepareFile(newDir + "/" + files[i], pipeline: pipeline, metrics: metrics)
            }) { i, prepared in
                batch.append((files[i], prepared))
                if batch.count >= Self.batchSize || i == files.count - 1 || stop.isSet { commitBatch() }
                return !stop.isSet
            }
            commitBatch()
            let debounce = Double(context.config.debounceMilliseconds) / 1000
            if dirty, files.isEmpty || Date().timeIntervalSince(lastPublish) >= debounce {
                if publish(publisher, stats: &stats, logger: logger) { dirty = false }
                lastPublish = Date()
                stats.counts = try? store.counts()
                notifier.status(stats.line(feeds: feedBoard))
            }
            if files.isEmpty && unsettled {
                try await Task.sleep(for: .milliseconds(min(200, max(10, context.config.settleMilliseconds / 4))))
                continue
            }
            if once && files.isEmpty { break }
            if files.isEmpty {
                // Sleep until a file arrives (inotify), at most a second to see signals and the watchdog.
                if let watcher {
                    _ = await watcher.arrival(milliseconds: dirty ? Int32(max(10, context.config.debounceMilliseconds)) : 1000)
                } else {
                    try await Task.sleep(for: .seconds(1))
                }
            }
        }
        notifier.stopping()
        if let running = poller {
            running.stop.set()
            await running.task.value
        }
        if dirty { try announce(publisher.publication(store: store)) }
        live.setReady(false)
        stream.finish()
        if let http {
            await http.group.triggerGracefulShutdown()
            await http.task.value
        }
        logger.info("stopped")
    }

    /// The feed poller of the running configuration, with its own stop flag so that a reload
    /// can replace it.
    struct RunningPoller {
        let stop: SignalFlag
        let task: Task<Void, Never>
    }

    func startPoller(context: ServiceContext, observe: @escaping @Sendable (FeedPoller.Report) -> Void) -> RunningPoller? {
        guard !context.config.feeds.isEmpty else { return nil }
        let own = SignalFlag()
        let serviceStop = stop
        let poller = FeedPoller(config: context.config, store: store, logger: context.logger, observe: observe)
        let task = Task { await poller.run(stopped: { serviceStop.isSet || own.isSet }) }
        return RunningPoller(stop: own, task: task)
    }

    /// The HTTP server running beside the inbox loop.
    struct RunningHTTP {
        let group: ServiceGroup
        let task: Task<Void, Never>
    }

    /// Starts the API on `http.listen` (none when it is empty or "off"). The bound address is
    /// logged and written to `state_dir/http.address`, which matters with port 0. A server that
    /// cannot bind (a port in use) fails the start with what to do: a service without the API
    /// it was configured with would look healthy while nobody can reach it. A server that stops
    /// later is logged and the inbox goes on.
    func startHTTP(context: ServiceContext) async throws -> RunningHTTP? {
        let listen = context.config.httpListen.trimmingCharacters(in: .whitespaces)
        guard !listen.isEmpty, listen != "off" else { return nil }
        let logger = context.logger
        let api = try APIServer(config: context.config, store: store, live: live, stream: stream, metrics: metrics,
                                feeds: feedBoard, logger: logger)
        let stateDir = context.config.stateDir
        let host = api.endpoint.host
        // The first outcome of the server: bound (nil) or the error that stopped it before.
        let (outcomes, outcome) = AsyncStream<String?>.makeStream()
        let app = api.application { port in
            let address = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
            try? AtomicFile.write(Data((address + "\n").utf8), to: (stateDir as NSString).appendingPathComponent("http.address"))
            logger.notice("http listening", metadata: ["address": "\(address)"])
            outcome.yield(nil)
        }
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        let live = self.live
        let stream = self.stream
        let task = Task {
            // Keep-alive comments for the event stream while the server runs.
            let beat = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(15))
                    stream.keepAlive()
                }
            }
            defer { beat.cancel() }
            defer { outcome.finish() }
            do {
                try await group.run()
            } catch {
                outcome.yield("\(error)")
                live.setLastError("http server: \(error)")
                logger.error("http server stopped", metadata: ["listen": "\(listen)", "error": "\(error)"])
            }
        }
        for await first in outcomes {
            if let failure = first {
                throw ConfigurationError("http.listen \(listen): the API cannot listen there (\(failure)); "
                    + "stop what uses the port, choose another in http.listen, or set http.listen: off")
            }
            break
        }
        return RunningHTTP(group: group, task: task)
    }

    /// Publishes the map and hands it to the HTTP side; a failure is logged and retried later.
    func publish(_ publisher: SnapshotPublisher, stats: inout ServiceStats, logger: Logger) -> Bool {
        // After a failure (a full output_dir) the map waits its turn instead of being written
        // again at every pass of the loop.
        guard stats.publishBackoff.allows() else { return false }
        do {
            try announce(publisher.publication(store: store))
            if stats.publishBackoff.failures > 0 { logger.notice("publishing again") }
            stats.publishBackoff.succeeded()
            live.setPublishFailing(false)
            return true
        } catch {
            stats.lastError = "publish failed: \(error)"
            live.setLastError(stats.lastError)
            stats.publishBackoff.failed()
            live.setPublishFailing(true)
            metrics.publishFailed()
            logger.error("publish failed; will retry", metadata: ["error": "\(error)", "retry_in": "\(stats.publishBackoff.delay)"])
            return false
        }
    }

    /// Hands a publication to the HTTP side: the map it serves and the stream's clients.
    func announce(_ publication: SnapshotPublisher.Publication) {
        live.setMap(LiveState.Map(body: publication.body, etag: LiveState.etag(publication.body), generated: publication.generated))
        if case .array(let changed)? = publication.changes["features"], !changed.isEmpty {
            stream.send(event: "changes", data: publication.changes.serialized())
        }
        stream.send(event: "snapshot", data: JSONValue.object([("name", .string(publication.name)),
                                                                ("generated", .string(Timestamp.iso8601(publication.generated)))]).serialized())
    }

    /// Reads and analyzes one file of `new/`; never follows a symbolic link.
    static func prepareFile(_ path: String, pipeline: IngestPipeline, metrics: ServiceMetrics) -> IngestPipeline.Prepared {
        var st = stat()
        guard lstat(path, &st) == 0 else { return .rejected(reason: "the file vanished") }
        if (st.st_mode & S_IFMT) != S_IFREG {
            return .rejected(reason: "not a regular file (symbolic links and directories are never followed)")
        }
        let start = ContinuousClock.now
        let prepared = pipeline.prepare(path: path)
        metrics.extraction.recordNanoseconds(Int64((ContinuousClock.now - start) / .nanoseconds(1)))
        return prepared
    }

    /// Files of a burst committed in one transaction.
    static let batchSize = 64

    /// Commits prepared files of `new/` in one transaction, then moves each; true when the store
    /// changed. A crash between the commit and the moves only leaves files that read as
    /// "already stored" on restart. When the batch fails, its files are tried one by one; a
    /// file the store still refuses stays in `new/` for a retry.
    func process(_ batch: [(name: String, prepared: IngestPipeline.Prepared)], pipeline: IngestPipeline, logger: Logger,
                 stats: inout ServiceStats) -> Bool {
        let present = batch.filter { FileManager.default.fileExists(atPath: layout.new + "/" + $0.name) }
        guard !present.isEmpty else { return false }
        let outcomes: [IngestPipeline.Outcome]
        do {
            outcomes = try pipeline.commit(present.map(\.prepared))
        } catch where present.count > 1 {
            // One file the store cannot take must not hold back the others: one at a time.
            var changed = false
            for file in present where process([file], pipeline: pipeline, logger: logger, stats: &stats) { changed = true }
            return changed
        } catch {
            // The store failed: leave the file in new/ to be retried later, never lose it.
            stats.lastError = "store error: \(error)"
            live.setLastError(stats.lastError)
            stats.storeBackoff.failed()
            live.setStorageFailing(true)
            metrics.document(outcome: "store_error")
            logger.error("store error, file kept for retry", metadata: ["file": "\(present[0].name)", "error": "\(error)",
                                                                         "retry_in": "\(stats.storeBackoff.delay)"])
            return false
        }
        if stats.storeBackoff.failures > 0 {
            stats.storeBackoff.succeeded()
            live.setStorageFailing(false)
            logger.notice("store writes again")
        }
        var changed = false
        for (file, outcome) in zip(present, outcomes) {
            let name = file.name
            switch outcome {
            case .committed(let id, let events, _):
                layout.accept(name)
                stats.documents += 1
                live.setLastDocument(id: id)
                metrics.document(outcome: "ingested")
                announceEvents(file.prepared)
                logger.info("ingested", metadata: ["file": "\(name)", "doc": "\(id.prefix(12))", "events": "\(events)"])
                changed = true
            case .duplicate(let id):
                layout.accept(name)
                metrics.document(outcome: "duplicate")
                logger.info("already stored", metadata: ["file": "\(name)", "doc": "\(id.prefix(12))"])
            case .rejected(let reason):
                layout.reject(name, reason: reason)
                metrics.document(outcome: "rejected")
                stats.rejected += 1
                stats.lastError = "\(name): \(reason)"
                logger.warning("rejected", metadata: ["file": "\(name)", "reason": "\(reason)"])
            }
        }
        return changed
    }
}

extension InboxService {
    /// Counts a committed file's events by kind and sends them to the stream's clients.
    func announceEvents(_ prepared: IngestPipeline.Prepared) {
        guard case .analyses(let analyses, _) = prepared else { return }
        let today = Timestamp.day(Date())
        let events = analyses.flatMap { $0.controlEvents(ingested: today) }
        for (kind, list) in Dictionary(grouping: events, by: \.kind) { metrics.events(kind: kind.rawValue, count: list.count) }
        let located = events.filter { $0.lat != nil }
        guard !located.isEmpty else { return }
        let collection = SnapshotBuilder().eventsCollection(located, generated: Timestamp.iso8601(Date()))
        stream.send(event: "events", data: collection.serialized())
    }
}

/// What the STATUS= line tells systemd.
struct ServiceStats {
    var documents = 0
    var rejected = 0
    var lastError: String?
    var counts: ControlMapStore.Counts?
    /// Store commits that failed: the inbox waits before it tries again.
    var storeBackoff = Backoff()
    /// Publications that failed: the map is written again later, not at every turn.
    var publishBackoff = Backoff()

    func line(feeds: FeedBoard) -> String {
        var s = "\(counts?.documents ?? 0) documents, \(counts?.events ?? 0) events, \(counts?.places ?? 0) places"
        s += "; this run: \(documents) ingested, \(rejected) rejected"
        let reports = feeds.reports
        if !reports.isEmpty {
            let failing = reports.filter { $0.result == "error" }
            s += "; feeds: \(reports.count - failing.count) ok, \(failing.count) failing"
        }
        if let e = lastError { s += "; last error: \(e.prefix(200))" }
        return s
    }
}

/// The inbox folders and the moves between them.
struct InboxLayout: Sendable {
    let root: String
    var tmp: String { root + "/tmp" }
    var new: String { root + "/new" }
    var cur: String { root + "/cur" }
    var failed: String { root + "/failed" }

    /// The folders, shared with the service's group: members drop files into `tmp/` and `new/`.
    func create() throws {
        try SharedDirectory.create(root, mode: SharedDirectory.groupReadable)
        for dir in [tmp, new] { try SharedDirectory.create(dir, mode: SharedDirectory.dropBox) }
        for dir in [cur, failed] { try SharedDirectory.create(dir, mode: SharedDirectory.groupReadable) }
    }

    /// Files waiting in `new/`, oldest name first; hidden files are writers' temporaries.
    /// Names are read as bytes: one that is not UTF-8 cannot be named to the rest of the
    /// service, so it goes to `failed/` at once (renamed by its bytes) with the reason, never
    /// left to be listed again and again.
    func pending(unnameable: (String) -> Void = { _ in }) -> [String] {
        guard let dir = opendir(new) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let bytes = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: UInt8.self, capacity: Int(NAME_MAX) + 1) { p in
                    Array(UnsafeBufferPointer(start: p, count: strlen(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))))
                }
            }
            guard bytes.first != UInt8(ascii: ".") else { continue }
            if let name = String(validating: bytes, as: UTF8.self) {
                names.append(name)
            } else if let moved = rejectUnnameable(bytes) {
                unnameable(moved)
            }
        }
        return names.sorted()
    }

    /// Moves a file whose name is not UTF-8 into `failed/` under a readable name; that name.
    private func rejectUnnameable(_ bytes: [UInt8]) -> String? {
        let readable = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{FFFD}", with: "_")
            .replacingOccurrences(of: "/", with: "_")
        let target = freePath(in: failed, for: readable)
        let source = Array(new.utf8) + [UInt8(ascii: "/")] + bytes + [0]
        let moved = source.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { rename($0, target) }
        }
        guard moved == 0 else { return nil }
        AtomicFile.syncDirectory(failed)
        try? AtomicFile.write(Data("the file name is not valid UTF-8; rename it (e.g. with convmv) and drop it again\n".utf8),
                              to: target + ".reason")
        return target
    }

    /// Whether a file of `new/` is whole: renamed in after its last write (its inode changed
    /// after its data, as `mv` from tmp/ does), or unchanged for `settle` seconds.
    func isComplete(_ name: String, settle: Double) -> Bool {
        var st = stat()
        guard lstat(new + "/" + name, &st) == 0 else { return true }
        let modified = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
        let changed = Double(st.st_ctim.tv_sec) + Double(st.st_ctim.tv_nsec) / 1e9
        if changed > modified { return true }
        return Date().timeIntervalSince1970 - modified >= settle
    }

    /// Into `cur/`. Not synced: after a crash the file may be back in `new/`, and ingesting it
    /// again is a no-op that moves it, so the fsync per file bought nothing.
    func accept(_ name: String) {
        move(name, to: cur, sync: false)
    }

    func reject(_ name: String, reason: String) {
        let target = move(name, to: failed)
        try? AtomicFile.write(Data((reason + "\n").utf8), to: target + ".reason")
    }

    /// `dir/name`, or `dir/name.2`, `.3`... when a file of that name is already there.
    private func freePath(in dir: String, for name: String) -> String {
        var target = dir + "/" + name
        var n = 1
        while FileManager.default.fileExists(atPath: target) {
            n += 1
            target = dir + "/" + name + ".\(n)"
        }
        return target
    }

    @discardableResult
    private func move(_ name: String, to dir: String, sync: Bool = true) -> String {
        let target = freePath(in: dir, for: name)
        if rename(new + "/" + name, target) == 0, sync { AtomicFile.syncDirectory(dir) }
        return target
    }
}

/// A flag a signal handler raises and the service loop reads.
final class SignalFlag: Sendable {
    private let value = Mutex(false)
    var isSet: Bool { value.withLock { $0 } }
    func set() { value.withLock { $0 = true } }
    /// Reads and lowers the flag.
    func take() -> Bool { value.withLock { v in defer { v = false }; return v } }
}

/// Turns SIGTERM and SIGINT into a stop request (the document in hand is finished first) and
/// SIGHUP into a reload request.
final class SignalWatcher {
    private let sources: [any DispatchSourceSignal]

    init(stop: SignalFlag, reload: SignalFlag) {
        var list: [any DispatchSourceSignal] = []
        for (sig, flag) in [(SIGTERM, stop), (SIGINT, stop), (SIGHUP, reload)] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { flag.set() }
            source.resume()
            list.append(source)
        }
        sources = list
    }

    func cancel() {
        for s in sources { s.cancel() }
    }
}
