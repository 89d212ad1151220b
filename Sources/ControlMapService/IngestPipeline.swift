import ControlMapCore
import ControlMapStore
import Foundation
import Logging

/// Reads, analyzes and commits documents: the whole path of an article after its source.
public struct IngestPipeline: Sendable {
    public let analyzer: DocumentAnalyzer
    public let store: ControlMapStore
    public let reader: DocumentReader
    public let logger: Logger

    /// How many documents go to one transaction, for every path that writes many: the inbox,
    /// `ingest` and `reprocess`. The cost of a commit is already spread thin at this size, and
    /// a larger batch would hold the write lock longer against the API's readers.
    public static let batchSize = 64

    /// How many files to read and analyze ahead of the writer: a whole batch more than the
    /// cores, so that analysis goes on while a batch commits (with only a few ahead, every core
    /// but the writer's sat idle during each commit, and ingest ran at the speed of analysis
    /// plus commit rather than of the slower of the two); fewer when the files are large, so
    /// that no more than `pendingBytes` of them are analyzed and waiting at once
    /// (`averageBytes`: of a file or a document's text; 0 when not known).
    public static func readAhead(_ batch: Int, averageBytes: Int = 0) -> Int {
        let cores = 2 * ProcessInfo.processInfo.activeProcessorCount
        guard averageBytes > 0 else { return batch + cores }
        return max(cores, min(batch + cores, pendingBytes / averageBytes))
    }

    /// The most text analyzed and not yet committed, in bytes: an analysis holds about twenty
    /// times its text, so a burst of large files commits in smaller batches.
    public static let pendingBytes = 2 << 20

    /// The average size of the first files of a list (up to 256 of them; 0 when none can be read).
    public static func averageFileBytes(_ paths: some Collection<String>) -> Int {
        let sizes = paths.prefix(256).compactMap { (try? FileManager.default.attributesOfItem(atPath: $0)[.size]) as? Int }
        return sizes.isEmpty ? 0 : sizes.reduce(0, +) / sizes.count
    }

    /// The earliest date a report may carry (`dates.earliest`); the latest is tomorrow.
    public let earliestDate: EventDate

    public init(analyzer: DocumentAnalyzer, store: ControlMapStore, reader: DocumentReader, logger: Logger,
                earliestDate: EventDate = ControlMapConfiguration.defaultEarliestDate) {
        self.analyzer = analyzer
        self.store = store
        self.reader = reader
        self.logger = logger
        self.earliestDate = earliestDate
    }

    /// What happened to one input.
    public enum Outcome: Sendable, Equatable {
        case committed(documentID: String, events: Int, changedPlaces: [String])
        case duplicate(documentID: String)
        case rejected(reason: String)
    }

    /// A file read and analyzed, ready to commit.
    public enum Prepared: Sendable {
        case analyses([DocumentAnalysis], alreadyStored: String?)
        case rejected(reason: String)

        /// The bytes of text analyzed (what the analyses' memory grows with).
        public var textBytes: Int {
            guard case .analyses(let analyses, _) = self else { return 0 }
            return analyses.reduce(0) { $0 + $1.document.text.utf8.count }
        }
    }

    /// Reads and analyzes a file without writing anything: safe to run for several files at once.
    public func prepare(path: String) -> Prepared {
        let documents: [Document]
        do {
            documents = try reader.read(path: path)
        } catch let r as DocumentReader.Rejection {
            return .rejected(reason: r.description)
        } catch {
            return .rejected(reason: "cannot read the file: \(error)")
        }
        let fresh = documents.filter { !((try? store.contains(documentID: $0.id)) ?? false) }
        let bounds = DateBounds(earliest: earliestDate, today: Timestamp.day(Date()))
        let analyses = fresh.map { analyzer.analyze($0, dates: bounds) }
        for a in analyses where !a.droppedDates.isEmpty {
            logger.warning("dates out of range dropped; the document is kept", metadata: [
                "file": "\(path)", "document": "\(a.document.id.prefix(12))", "dropped": "\(a.droppedDates.joined(separator: "; "))",
                "range": "\(bounds.earliest) to \(bounds.latest) (dates.earliest sets the first)"])
        }
        return .analyses(analyses, alreadyStored: fresh.isEmpty ? documents.first?.id : nil)
    }

    /// Commits prepared documents, in order.
    public func commit(_ prepared: Prepared) throws -> Outcome {
        try commit([prepared])[0]
    }

    /// Commits the documents of several prepared files in one transaction; the outcome of each file.
    public func commit(_ batch: [Prepared]) throws -> [Outcome] {
        var analyses: [DocumentAnalysis] = []
        for case .analyses(let a, _) in batch { analyses += a }
        var results = try store.commit(analyses)[...]
        return batch.map { prepared in
            switch prepared {
            case .rejected(let reason):
                return .rejected(reason: reason)
            case .analyses(let analyses, let stored):
                var events = 0, committed = 0
                var changed: [String] = []
                var firstID = stored ?? analyses.first?.document.id ?? ""
                for a in analyses {
                    let r = results.removeFirst()
                    guard r.inserted else { continue }
                    if committed == 0 { firstID = a.document.id }
                    committed += 1
                    events += r.events
                    changed += r.changedPlaces
                }
                return committed == 0 ? .duplicate(documentID: firstID) : .committed(documentID: firstID, events: events, changedPlaces: changed)
            }
        }
    }

    /// Ingests many files: several are read and analyzed at once while the finished ones are
    /// committed, always in the given order (so the store ends the same as with one file after
    /// another), up to `batch` files and about `batchBytes` of text a transaction. `report` hears each file's outcome, in
    /// order, once its batch is committed. Never throws for bad input (a bad file is a
    /// rejection with its reason); throws only when the store fails, and the batches committed
    /// before that stay.
    public func ingest(paths: [String], batch: Int = IngestPipeline.batchSize, batchBytes: Int = IngestPipeline.pendingBytes,
                       report: (String, Outcome) -> Void) async throws {
        let pipeline = self
        var waiting: [(path: String, prepared: Prepared)] = []
        func flush() throws {
            guard !waiting.isEmpty else { return }
            let outcomes = try commit(waiting.map(\.prepared))
            for (w, outcome) in zip(waiting, outcomes) { report(w.path, outcome) }
            waiting.removeAll(keepingCapacity: true)
        }
        var waitingBytes = 0
        let window = Self.readAhead(batch, averageBytes: Self.averageFileBytes(paths))
        try await OrderedWork.run(count: paths.count, window: window, produce: { pipeline.prepare(path: paths[$0]) }) { i, prepared in
            waiting.append((paths[i], prepared))
            waitingBytes += prepared.textBytes
            if waiting.count >= batch || waitingBytes >= batchBytes {
                try flush()
                waitingBytes = 0
            }
            return true
        }
        try flush()
    }

    /// What a reprocess did.
    public struct Reprocessed: Sendable, Equatable {
        public var documents: Int
        public var events: Int
        public var places: Int
    }

    /// Reads every stored document again with the current lexicon and gazetteer (after a change
    /// to either), replacing its events and mentions, then rebuilds every place state. Documents
    /// are read from the store `page` at a time (the whole archive's text never sits in memory),
    /// analyzed on every core and written in stored order, `batch` to a transaction (fewer when
    /// their text passes `pendingBytes`), with today's date bounds, as a fresh ingest would.
    /// `progress` hears how many are done.
    public func reprocess(batch: Int = IngestPipeline.batchSize, page: Int = 1024,
                          progress: (Int, Int) -> Void = { _, _ in }) async throws -> Reprocessed {
        let ids = try store.documentIDs()
        let analyzer = self.analyzer
        let bounds = DateBounds(earliest: earliestDate, today: Timestamp.day(Date()))
        var events = 0
        var pending: [(analysis: DocumentAnalysis, ingestedAt: String)] = []
        var pendingBytes = 0
        let page = max(1, page)
        for first in stride(from: 0, to: ids.count, by: page) {
            let documents = try store.documents(ids: Array(ids[first..<min(ids.count, first + page)]))
            let window = Self.readAhead(batch, averageBytes: documents.reduce(0) { $0 + $1.document.text.utf8.count } / max(1, documents.count))
            try await OrderedWork.run(count: documents.count, window: window, produce: { analyzer.analyze(documents[$0].document, dates: bounds) }) { i, analysis in
                pending.append((analysis, documents[i].ingestedAt))
                pendingBytes += analysis.document.text.utf8.count
                if pending.count >= batch || pendingBytes >= Self.pendingBytes || i == documents.count - 1 {
                    events += try store.replaceReadings(pending)
                    pending.removeAll(keepingCapacity: true)
                    pendingBytes = 0
                    progress(first + i + 1, ids.count)
                }
                return true
            }
        }
        let places = try store.rebuildStates()
        return Reprocessed(documents: ids.count, events: events, places: places)
    }
}
