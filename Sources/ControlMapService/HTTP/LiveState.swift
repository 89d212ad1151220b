import ControlMapCore
import Foundation
import Synchronization

/// What the running service shares with its HTTP side: readiness, the last document, and the
/// current map already serialized with its entity tag, so that reading the map costs no query.
public final class LiveState: Sendable {
    /// The published map as served at `/v1/map.geojson`.
    public struct Map: Sendable {
        public var body: [UInt8]
        public var etag: String
        public var generated: Date
    }

    private struct Values {
        var ready = false
        var map: Map?
        var lastDocument: (id: String, at: Date)?
        var lastError: String?
        var storageFailing = false
        var publishFailing = false
    }

    private let values = Mutex(Values())

    public init() {}

    public var ready: Bool { values.withLock { $0.ready } }
    public var map: Map? { values.withLock { $0.map } }
    public var lastDocument: (id: String, at: Date)? { values.withLock { $0.lastDocument } }
    public var lastError: String? { values.withLock { $0.lastError } }
    /// The last commit to the store failed (the inbox is backing off).
    public var storageFailing: Bool { values.withLock { $0.storageFailing } }
    /// The last publication of the map failed.
    public var publishFailing: Bool { values.withLock { $0.publishFailing } }

    /// A strong entity tag for a body.
    public static func etag(_ body: [UInt8]) -> String {
        "\"" + SHA256.hex(body).prefix(32) + "\""
    }

    public func setReady(_ ready: Bool) { values.withLock { $0.ready = ready } }
    public func setMap(_ map: Map) { values.withLock { $0.map = map } }
    public func setLastDocument(id: String, at: Date = Date()) { values.withLock { $0.lastDocument = (id, at) } }
    public func setLastError(_ error: String?) { values.withLock { $0.lastError = error } }
    public func setStorageFailing(_ failing: Bool) { values.withLock { $0.storageFailing = failing } }
    public func setPublishFailing(_ failing: Bool) { values.withLock { $0.publishFailing = failing } }
}
