import ControlMapCore
import ControlMapStore
import Dispatch
import Foundation
import Logging
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

    public init(context: ServiceContext, store: ControlMapStore, signals: Signals) {
        self.context = context
        self.store = store
        self.layout = InboxLayout(root: context.config.inboxDir)
        self.stop = signals.stop
        self.reload = signals.reload
    }

    /// Runs until SIGTERM or SIGINT (or, with `once`, until the inbox is empty).
    public func run(once: Bool) async throws {
        try layout.create()
        let notifier = SystemdNotifier()
        let watcher = InboxWatcher(directory: layout.new)
        var context = self.context
        let logger = context.logger
        var pipeline = context.pipeline(store: store)
        var publisher = context.publisher()
        try publisher.publish(store: store)
        var stats = ServiceStats()
        stats.counts = try? store.counts()
        notifier.ready(status: stats.line)
        logger.info("ready", metadata: ["inbox": "\(layout.new)", "output": "\(context.config.outputDir)",
                                        "places": "\(context.analyzer.gazetteer.places.count)", "inotify": "\(watcher != nil)"])
        var dirty = false
        var lastPublish = Date()
        var lastWatchdog = ContinuousClock.now
        let batchSize = max(2, 2 * ProcessInfo.processInfo.activeProcessorCount)
        while !stop.isSet {
            if let interval = notifier.watchdogInterval, ContinuousClock.now - lastWatchdog >= interval {
                notifier.watchdog()
                lastWatchdog = .now
            }
            if reload.take() {
                // SIGHUP: configuration, lexicons, gazetteer and additions read again; on any
                // error the running ones stay.
                notifier.reloading()
                do {
                    let config = try ControlMapConfiguration.load(path: context.config.sourcePath)
                    context = try ServiceContext(config: config, logger: logger)
                    pipeline = context.pipeline(store: store)
                    publisher = context.publisher()
                    logger.notice("reloaded", metadata: ["places": "\(context.analyzer.gazetteer.places.count)"])
                } catch {
                    stats.lastError = "reload failed: \(error)"
                    logger.error("reload failed, keeping the running configuration", metadata: ["error": "\(error)"])
                }
                notifier.ready(status: stats.line)
            }
            let files = layout.pending()
            // Read and analyze a batch concurrently; commit and move the files in name order.
            for batch in stride(from: 0, to: files.count, by: batchSize).map({ Array(files[$0..<min(files.count, $0 + batchSize)]) }) {
                if stop.isSet { break }
                let prepared = await prepare(batch, pipeline: pipeline)
                for (name, p) in zip(batch, prepared) {
                    if process(name, prepared: p, pipeline: pipeline, logger: logger, stats: &stats) { dirty = true }
                }
                if let interval = notifier.watchdogInterval, ContinuousClock.now - lastWatchdog >= interval {
                    notifier.watchdog()
                    lastWatchdog = .now
                }
            }
            let debounce = Double(context.config.debounceMilliseconds) / 1000
            if dirty, files.isEmpty || Date().timeIntervalSince(lastPublish) >= debounce {
                do {
                    try publisher.publish(store: store)
                    dirty = false
                } catch {
                    stats.lastError = "publish failed: \(error)"
                    logger.error("publish failed; will retry", metadata: ["error": "\(error)"])
                }
                lastPublish = Date()
                stats.counts = try? store.counts()
                notifier.status(stats.line)
            }
            if once && files.isEmpty { break }
            if files.isEmpty {
                // Sleep until a file arrives (inotify), at most a second to see signals and the watchdog.
                if let watcher {
                    _ = watcher.wait(milliseconds: dirty ? Int32(max(10, context.config.debounceMilliseconds)) : 1000)
                } else {
                    try await Task.sleep(for: .seconds(1))
                }
            }
        }
        notifier.stopping()
        if dirty { try publisher.publish(store: store) }
        logger.info("stopped")
    }

    /// Reads and analyzes files at once, results in input order.
    func prepare(_ names: [String], pipeline: IngestPipeline) async -> [IngestPipeline.Prepared] {
        let layout = self.layout
        return await withTaskGroup(of: (Int, IngestPipeline.Prepared).self) { group in
            for (i, name) in names.enumerated() {
                group.addTask {
                    let path = layout.new + "/" + name
                    var st = stat()
                    guard lstat(path, &st) == 0 else { return (i, .rejected(reason: "the file vanished")) }
                    if (st.st_mode & S_IFMT) != S_IFREG {
                        return (i, .rejected(reason: "not a regular file (symbolic links and directories are never followed)"))
                    }
                    return (i, pipeline.prepare(path: path))
                }
            }
            var out = [IngestPipeline.Prepared?](repeating: nil, count: names.count)
            for await (i, p) in group { out[i] = p }
            return out.map { $0! }
        }
    }

    /// Commits one prepared file of `new/` and moves it; true when the store changed.
    func process(_ name: String, prepared: IngestPipeline.Prepared, pipeline: IngestPipeline, logger: Logger,
                 stats: inout ServiceStats) -> Bool {
        guard FileManager.default.fileExists(atPath: layout.new + "/" + name) else { return false }
        do {
            switch try pipeline.commit(prepared) {
            case .committed(let id, let events, _):
                layout.accept(name)
                stats.documents += 1
                logger.info("ingested", metadata: ["file": "\(name)", "doc": "\(id.prefix(12))", "events": "\(events)"])
                return true
            case .duplicate(let id):
                layout.accept(name)
                logger.info("already stored", metadata: ["file": "\(name)", "doc": "\(id.prefix(12))"])
                return false
            case .rejected(let reason):
                layout.reject(name, reason: reason)
                stats.rejected += 1
                stats.lastError = "\(name): \(reason)"
                logger.warning("rejected", metadata: ["file": "\(name)", "reason": "\(reason)"])
                return false
            }
        } catch {
            // The store failed: leave the file in new/ to be retried, never lose it.
            stats.lastError = "store error: \(error)"
            logger.error("store error, file kept for retry", metadata: ["file": "\(name)", "error": "\(error)"])
            return false
        }
    }
}

/// What the STATUS= line tells systemd.
struct ServiceStats {
    var documents = 0
    var rejected = 0
    var lastError: String?
    var counts: ControlMapStore.Counts?

    var line: String {
        var s = "\(counts?.documents ?? 0) documents, \(counts?.events ?? 0) events, \(counts?.places ?? 0) places"
        s += "; this run: \(documents) ingested, \(rejected) rejected"
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

    func create() throws {
        for dir in [tmp, new, cur, failed] {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        }
    }

    /// Files waiting in `new/`, oldest name first; hidden files are writers' temporaries.
    func pending() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: new)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    func accept(_ name: String) {
        move(name, to: cur)
    }

    func reject(_ name: String, reason: String) {
        let target = move(name, to: failed)
        try? AtomicFile.write(Data((reason + "\n").utf8), to: target + ".reason")
    }

    @discardableResult
    private func move(_ name: String, to dir: String) -> String {
        var target = dir + "/" + name
        var n = 1
        while FileManager.default.fileExists(atPath: target) {
            n += 1
            target = dir + "/" + name + ".\(n)"
        }
        if rename(new + "/" + name, target) == 0 { AtomicFile.syncDirectory(dir) }
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
