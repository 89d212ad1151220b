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
    let stop = SignalFlag()
    let reload = SignalFlag()

    public init(context: ServiceContext, store: ControlMapStore) {
        self.context = context
        self.store = store
        self.layout = InboxLayout(root: context.config.inboxDir)
    }

    /// Runs until SIGTERM or SIGINT (or, with `once`, until the inbox is empty).
    public func run(once: Bool) async throws {
        try layout.create()
        let signals = SignalWatcher(stop: stop, reload: reload)
        defer { signals.cancel() }
        var context = self.context
        let logger = context.logger
        var pipeline = context.pipeline(store: store)
        var publisher = context.publisher()
        try publisher.publish(store: store)
        logger.info("ready", metadata: ["inbox": "\(layout.new)", "output": "\(context.config.outputDir)",
                                        "places": "\(context.analyzer.gazetteer.places.count)"])
        var dirty = false
        var lastPublish = Date()
        while !stop.isSet {
            if reload.take() {
                // SIGHUP: configuration, lexicons, gazetteer and additions read again; on any
                // error the running ones stay.
                do {
                    let config = try ControlMapConfiguration.load(path: context.config.sourcePath)
                    context = try ServiceContext(config: config, logger: logger)
                    pipeline = context.pipeline(store: store)
                    publisher = context.publisher()
                    logger.notice("reloaded", metadata: ["places": "\(context.analyzer.gazetteer.places.count)"])
                } catch {
                    logger.error("reload failed, keeping the running configuration", metadata: ["error": "\(error)"])
                }
            }
            let files = layout.pending()
            for name in files {
                if stop.isSet { break }
                if process(name, pipeline: pipeline, logger: logger) { dirty = true }
            }
            let debounce = Double(context.config.debounceMilliseconds) / 1000
            if dirty, files.isEmpty || Date().timeIntervalSince(lastPublish) >= debounce {
                try publisher.publish(store: store)
                dirty = false
                lastPublish = Date()
            }
            if once && files.isEmpty { break }
            if files.isEmpty { try await Task.sleep(for: .milliseconds(200)) }
        }
        if dirty { try publisher.publish(store: store) }
        logger.info("stopped")
    }

    /// Ingests one file of `new/`; true when the store changed.
    func process(_ name: String, pipeline: IngestPipeline, logger: Logger) -> Bool {
        let path = layout.new + "/" + name
        var st = stat()
        guard lstat(path, &st) == 0 else { return false }
        if (st.st_mode & S_IFMT) != S_IFREG {
            layout.reject(name, reason: "not a regular file (symbolic links and directories are never followed)")
            logger.warning("rejected", metadata: ["file": "\(name)", "reason": "not a regular file"])
            return false
        }
        do {
            switch try pipeline.ingest(path: path) {
            case .committed(let id, let events, _):
                layout.accept(name)
                logger.info("ingested", metadata: ["file": "\(name)", "doc": "\(id.prefix(12))", "events": "\(events)"])
                return true
            case .duplicate(let id):
                layout.accept(name)
                logger.info("already stored", metadata: ["file": "\(name)", "doc": "\(id.prefix(12))"])
                return false
            case .rejected(let reason):
                layout.reject(name, reason: reason)
                logger.warning("rejected", metadata: ["file": "\(name)", "reason": "\(reason)"])
                return false
            }
        } catch {
            // The store failed: leave the file in new/ to be retried, never lose it.
            logger.error("store error, file kept for retry", metadata: ["file": "\(name)", "error": "\(error)"])
            return false
        }
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
