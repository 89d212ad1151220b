import ControlMapCore
import ControlMapStore
import Foundation
import Logging
import Testing
@testable import ControlMapService

/// The pipeline's batch paths on a real store: ingest and reprocess write in the same
/// batches, in the same order.
@Suite(.serialized) struct IngestPipelineTests {
    static let context = DaemonServiceTests.loaded

    func pipeline(_ dir: String, analyzer: DocumentAnalyzer = Self.context.analyzer) throws -> IngestPipeline {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return IngestPipeline(analyzer: analyzer, store: try ControlMapStore(path: dir + "/store.sqlite"),
                              reader: DocumentReader(maxBytes: 1 << 20), logger: Logger(label: "test"))
    }

    /// Read a page of stored documents at a time or all at once, the store ends the same; a
    /// transaction never spans two pages.
    @Test(arguments: [(page: 1024, heard: [2, 3]), (page: 2, heard: [2, 3]), (page: 1, heard: [1, 2, 3])])
    func reprocessReadsEveryDocumentAgainWithTheCurrentGazetteer(page: Int, heard expected: [Int]) async throws {
        let dir = NSTemporaryDirectory() + "controlmap-pipeline-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Stored by a reader that knew no places: the events are there, unplaced.
        let blind = DocumentAnalyzer(gazetteer: Gazetteer(places: []), lexicon: Self.context.lexicon)
        let before = try pipeline(dir, analyzer: blind)
        let reports = ["Islamic State fighters captured Palmyra on Tuesday.", "Kurdish forces took Kobani from Islamic State.",
                       "Syrian government forces recaptured Palmyra from Islamic State on Sunday."]
        for (i, text) in reports.enumerated() {
            _ = try before.store.commit(blind.analyze(Document(title: "", text: text, published: EventDate("2016-03-2\(i)"))))
        }
        #expect(try before.store.placeStates().isEmpty)

        let after = try pipeline(dir)
        var heard: [Int] = []
        let done = try await after.reprocess(batch: 2, page: page) { finished, total in
            #expect(total == 3)
            heard.append(finished)
        }
        #expect(heard == expected)
        #expect(done.documents == 3 && done.places == 2)
        #expect(done.events == (try after.store.counts().events))
        let states = try #require(try after.store.currentStates())
        #expect(states.count == 2)
        #expect(states.contains { $0.controller == "syrian-government" && $0.lastEvent.placeName == "Palmyra" })
        #expect(try after.store.counts().documents == 3)
    }

    @Test func ingestCommitsInBatchesInTheOrderGiven() async throws {
        let dir = NSTemporaryDirectory() + "controlmap-pipeline-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let p = try pipeline(dir)
        // Two reports of the same place, the second twice.
        let texts = ["Palmyra falls\nIslamic State fighters captured Palmyra on Tuesday.",
                     "Palmyra retaken\nSyrian government forces recaptured Palmyra from Islamic State."]
        let files = [texts[0], texts[1], texts[1]].enumerated().map { i, text in
            let path = dir + "/\(i).txt"
            _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
            return path
        }
        var outcomes: [String] = []
        try await p.ingest(paths: files, batch: 2) { _, outcome in
            switch outcome {
            case .committed: outcomes.append("committed")
            case .duplicate: outcomes.append("duplicate")
            case .rejected: outcomes.append("rejected")
            }
        }
        #expect(outcomes == ["committed", "committed", "duplicate"])
        // The log holds them in the order given, though they were read in parallel.
        #expect(try p.store.allEvents().map { "\($0.kind) \($0.actor ?? "-")" } == ["captured isis", "recaptured syrian-government"])
    }

    @Test func largeFilesCommitInSmallerBatchesAndAreReadLessFarAhead() async throws {
        let dir = NSTemporaryDirectory() + "controlmap-pipeline-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let p = try pipeline(dir)
        let files = (0..<6).map { i in
            let path = dir + "/\(i).txt"
            let text = "Report \(i)\nIslamic State fighters captured Palmyra on Tuesday. " + String(repeating: "Nothing else happened. ", count: 20)
            _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
            return path
        }
        // Each file's text passes the byte bound: every file is its own transaction, so each is
        // stored by the time it is reported, and no later one is.
        var storedWhenReported: [Int] = []
        try await p.ingest(paths: files, batch: 64, batchBytes: 100) { _, _ in
            storedWhenReported.append((try? p.store.counts().documents) ?? -1)
        }
        #expect(storedWhenReported == [1, 2, 3, 4, 5, 6])
        // Files much larger than the bound are read a few at a time; small ones a batch ahead.
        let cores = 2 * ProcessInfo.processInfo.activeProcessorCount
        #expect(IngestPipeline.readAhead(64, averageBytes: 400_000) == max(cores, IngestPipeline.pendingBytes / 400_000))
        #expect(IngestPipeline.readAhead(64, averageBytes: 2_000) == 64 + cores)
        #expect(IngestPipeline.averageFileBytes(files) == files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size]) as? Int ?? 0) } / 6)
    }
}
