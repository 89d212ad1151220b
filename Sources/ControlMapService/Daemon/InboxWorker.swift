import ControlMapCore
import ControlMapStore
import Foundation
import Logging
import ServiceLifecycle

/// Takes in the files of the inbox (DESIGN.md): files arrive in `new/` (written in `tmp/` and
/// renamed, or written in place and left to rest), move to `cur/` once their events are
/// committed, or to `failed/` with a `.reason` file beside them.
///
/// A file leaves `new/` only after its commit, and a document already stored is a no-op, so a
/// crash at any moment followed by a restart loses and duplicates nothing. On a graceful
/// shutdown the batch in hand is committed first.
struct InboxWorker: Service {
    let running: RunningConfiguration
    let store: ControlMapStore
    let layout: InboxLayout
    let requests: PublicationRequests
    let announcer: LiveAnnouncer
    let status: ServiceStatus
    let heartbeat: Heartbeat

    /// What the worker waits for after a pass.
    enum Wait {
        /// Nothing: more files may be waiting.
        case none
        /// A file arrives (inotify), or the time passes.
        case arrival(within: Duration?)
    }

    var journal: ReadingJournal { ReadingJournal(directory: layout.reading) }

    static let stoppedTwice = "reading this file stopped the service twice; it was set aside so that the inbox goes on. "
        + "This is a bug in ControlMap: please report it with the file"

    /// Before the first pass: a file that was being read when the process stopped twice is set
    /// aside; one that was once is read again alone first (`pass`).
    func recoverFromStops() {
        let logger = running.context.logger
        let recovery = journal.recover(pending: Set(layout.pending()))
        for name in recovery.twice {
            layout.reject(name, reason: Self.stoppedTwice)
            status.rejected()
            status.failed("\(name): \(Self.stoppedTwice)")
            announcer.metrics.document(outcome: "rejected")
            logger.error("rejected", metadata: ["file": "\(name)", "reason": "\(Self.stoppedTwice)"])
        }
        if !recovery.suspects.isEmpty {
            logger.warning("the service stopped while reading these files; each is read again alone",
                           metadata: ["files": "\(recovery.suspects.joined(separator: ", "))"])
        }
    }

    func run() async throws {
        recoverFromStops()
        let watcher = InboxWatcher(directory: layout.new)
        running.context.logger.debug("inbox watched", metadata: ["inbox": "\(layout.new)", "inotify": "\(watcher != nil)"])
        var backoff = Backoff()
        // A wait in inotify ends on a shutdown, and on the group's cancellation (another
        // service failed) too.
        try await withTaskCancellationOrGracefulShutdownHandler {
            while !Task.isShuttingDownGracefully && !Task.isCancelled {
                heartbeat.beat()
                var attempted: Set<String>?
                switch try await pass(backoff: &backoff, attempted: &attempted) {
                case .none:
                    continue
                case .arrival(let limit):
                    heartbeat.waiting()
                    // Without inotify the folder is listed again every second.
                    let timeout = watcher == nil ? .seconds(1) : limit
                    if let watcher {
                        _ = await watcher.arrival(timeout: timeout)
                    } else if let timeout {
                        await GracefulSleep.for(timeout)
                    }
                }
            }
        } onCancelOrGracefulShutdown: {
            watcher?.wake()
        }
    }

    /// One pass over the files of `new/` (each file once, when `attempted` is given, as
    /// `serve --once` does): what to wait for next.
    func pass(backoff: inout Backoff, attempted: inout Set<String>?) async throws -> Wait {
        let context = running.context
        let logger = context.logger
        let listed = layout.pending { moved in
            status.rejected()
            announcer.metrics.document(outcome: "rejected")
            logger.error("rejected", metadata: ["file": "\(moved)", "reason": "the file name is not valid UTF-8; moved to failed/"])
        }
        // After a store failure (a full disk) the files wait in new/ for the backoff to pass.
        if !backoff.allows() { return .arrival(within: backoff.remaining()) }
        // A file still being written straight into new/ waits until it has rested.
        let settle = Double(context.config.settleMilliseconds) / 1000
        let complete = listed.filter { layout.isComplete($0, settle: settle) }
        let unsettled = complete.count < listed.count
        var files = attempted.map { seen in complete.filter { !seen.contains($0) } } ?? complete
        // A file read when the process stopped is read alone, so that a second stop names it.
        let suspects = Set(journal.suspects())
        if !suspects.isEmpty, let suspect = files.first(where: suspects.contains) { files = [suspect] }
        attempted?.formUnion(files)
        if files.isEmpty {
            return .arrival(within: unsettled ? .milliseconds(min(200, max(10, context.config.settleMilliseconds / 4))) : nil)
        }
        // Read and analyze ahead on every core; commit and move the files in name order. A burst
        // is committed up to `batchSize` files a transaction; the last file of what is pending
        // (a lone file too) is committed at once, so latency does not wait.
        let pipeline = context.pipeline(store: store)
        let newDir = layout.new
        let metrics = announcer.metrics
        let journal = journal
        var batch: [(name: String, prepared: IngestPipeline.Prepared)] = []
        func commitBatch() {
            guard !batch.isEmpty else { return }
            if process(batch, pipeline: pipeline, logger: logger, backoff: &backoff) { requests.storeChanged() }
            batch.removeAll(keepingCapacity: true)
            heartbeat.beat()
        }
        var batchBytes = 0
        let window = IngestPipeline.readAhead(IngestPipeline.batchSize, averageBytes: IngestPipeline.averageFileBytes(files.lazy.map { newDir + "/" + $0 }))
        try await OrderedWork.run(count: files.count, window: window, produce: { [files] i in
            journal.begin(files[i])
            defer { journal.end(files[i]) }
            return Self.prepareFile(newDir + "/" + files[i], pipeline: pipeline, metrics: metrics)
        }) { i, prepared in
            batch.append((files[i], prepared))
            batchBytes += prepared.textBytes
            let stopping = Task.isShuttingDownGracefully || !backoff.allows()
            if batch.count >= IngestPipeline.batchSize || batchBytes >= IngestPipeline.pendingBytes || i == files.count - 1 || stopping {
                commitBatch()
                batchBytes = 0
            }
            return !stopping
        }
        commitBatch()
        return .none
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

    /// Commits prepared files of `new/` in one transaction, then moves each; true when the store
    /// changed. A crash between the commit and the moves only leaves files that read as
    /// "already stored" on restart. When the batch fails, its files are tried one by one; a
    /// file the store still refuses stays in `new/` for a retry after the backoff.
    func process(_ batch: [(name: String, prepared: IngestPipeline.Prepared)], pipeline: IngestPipeline, logger: Logger,
                 backoff: inout Backoff) -> Bool {
        let live = announcer.live
        let metrics = announcer.metrics
        let present = batch.filter { FileManager.default.fileExists(atPath: layout.new + "/" + $0.name) }
        guard !present.isEmpty else { return false }
        let outcomes: [IngestPipeline.Outcome]
        do {
            outcomes = try pipeline.commit(present.map(\.prepared))
        } catch where present.count > 1 {
            // One file the store cannot take must not hold back the others: one at a time.
            var changed = false
            for file in present where process([file], pipeline: pipeline, logger: logger, backoff: &backoff) { changed = true }
            return changed
        } catch {
            // The store failed: leave the file in new/ to be retried later, never lose it.
            let message = "store error: \(error)"
            status.failed(message, shownIn: live)
            backoff.failed()
            live.setStorageFailing(true)
            metrics.document(outcome: "store_error")
            logger.error("store error, file kept for retry", metadata: ["file": "\(present[0].name)", "error": "\(error)",
                                                                         "retry_in": "\(backoff.delay)"])
            return false
        }
        if backoff.failures > 0 {
            backoff.succeeded()
            live.setStorageFailing(false)
            logger.notice("store writes again")
        }
        var changed = false
        for (file, outcome) in zip(present, outcomes) {
            let name = file.name
            switch outcome {
            case .committed(let id, let events, _):
                layout.accept(name)
                status.ingested()
                live.setLastDocument(id: id)
                metrics.document(outcome: "ingested")
                announcer.announceEvents(of: file.prepared)
                logger.info("ingested", metadata: ["file": "\(name)", "doc": "\(id.prefix(12))", "events": "\(events)"])
                changed = true
            case .duplicate(let id):
                layout.accept(name)
                metrics.document(outcome: "duplicate")
                logger.info("already stored", metadata: ["file": "\(name)", "doc": "\(id.prefix(12))"])
            case .rejected(let reason):
                layout.reject(name, reason: reason)
                metrics.document(outcome: "rejected")
                status.rejected()
                status.failed("\(name): \(reason)")
                logger.warning("rejected", metadata: ["file": "\(name)", "reason": "\(reason)"])
            }
        }
        return changed
    }
}
