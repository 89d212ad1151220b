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

    public init(analyzer: DocumentAnalyzer, store: ControlMapStore, reader: DocumentReader, logger: Logger) {
        self.analyzer = analyzer
        self.store = store
        self.reader = reader
        self.logger = logger
    }

    /// What happened to one input.
    public enum Outcome: Sendable, Equatable {
        case committed(documentID: String, events: Int, changedPlaces: [String])
        case duplicate(documentID: String)
        case rejected(reason: String)
    }

    /// Ingests one file. Never throws for bad input: a bad file is a rejection with its reason.
    /// Throws only when the store itself fails (then nothing of the file was committed).
    public func ingest(path: String) throws -> Outcome {
        let document: Document
        do {
            document = try reader.read(path: path)
        } catch let r as DocumentReader.Rejection {
            return .rejected(reason: r.description)
        }
        return try ingest(document)
    }

    public func ingest(_ document: Document) throws -> Outcome {
        if try store.contains(documentID: document.id) { return .duplicate(documentID: document.id) }
        let analysis = analyzer.analyze(document)
        let result = try store.commit(analysis)
        guard result.inserted else { return .duplicate(documentID: document.id) }
        return .committed(documentID: document.id, events: result.events, changedPlaces: result.changedPlaces)
    }
}
