import ControlMapCore
import ControlMapStore
import Foundation
import Testing
@testable import ControlMapService

/// Publication on a real store and real files: the changes come from the place states and the
/// store's record of the previous publication, never from the files written before.
@Suite(.serialized) struct SnapshotPublisherTests {
    struct Rig {
        let dir = NSTemporaryDirectory() + "controlmap-publisher-\(UUID().uuidString)"
        let store: ControlMapStore
        let publisher: SnapshotPublisher
        let analyzer = DaemonServiceTests.loaded.analyzer

        init(retention: Int = 5) throws {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            store = try ControlMapStore(path: dir + "/store.sqlite")
            publisher = SnapshotPublisher(outputDir: dir + "/out", retention: retention, staleAfterDays: 90)
        }

        func report(_ text: String, on day: String) throws {
            _ = try store.commit(analyzer.analyze(Document(title: "", text: text, published: EventDate(day))))
        }

        func controllers(_ layer: JSONValue) -> [String] {
            guard case .array(let features)? = layer["features"] else { return [] }
            return features.map { f in
                func side(_ key: String) -> String {
                    guard case .string(let c)? = f["properties"]?[key]?["controller"] else { return "-" }
                    return c
                }
                return side("before") + ">" + side("after")
            }
        }
    }

    static func time(_ s: String) -> Date { Timestamp.parse(s)! }

    @Test func changesFollowTheStatesNotTheFilesWrittenBefore() throws {
        let rig = try Rig()
        defer { try? FileManager.default.removeItem(atPath: rig.dir) }
        try rig.report("Islamic State fighters captured Palmyra on Tuesday.", on: "2015-05-21")
        let first = try rig.publisher.publication(store: rig.store, now: Self.time("2026-01-01T10:00:00Z"))
        #expect(rig.controllers(first.changes) == ["->isis"])
        #expect(first.changes["since"] == .null)

        // Nothing new: no change, and the changes file keeps the last real change.
        let quiet = try rig.publisher.publication(store: rig.store, now: Self.time("2026-01-01T10:05:00Z"))
        #expect(quiet.changed.isEmpty)
        #expect(quiet.changes["since"] == .string("2026-01-01T10:00:00Z"))
        let kept = try #require(FileManager.default.contents(atPath: rig.dir + "/out/changes.geojson"))
        #expect(String(decoding: kept, as: UTF8.self).contains("isis"))

        // Another program removes or spoils what was written: the next diff does not care.
        try "not json".write(toFile: rig.dir + "/out/latest.geojson", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: rig.dir + "/out/changes.geojson")
        try rig.report("Syrian government forces recaptured Palmyra from Islamic State on Sunday.", on: "2016-03-28")
        let flipped = try rig.publisher.publication(store: rig.store, now: Self.time("2026-01-01T10:10:00Z"))
        #expect(rig.controllers(flipped.changes) == ["isis>syrian-government"])
        let written = try #require(FileManager.default.contents(atPath: rig.dir + "/out/changes.geojson"))
        #expect(try JSONSerialization.jsonObject(with: written) is [String: Any])
    }

    @Test func changesSinceAPublicationADayOrATime() throws {
        let rig = try Rig()
        defer { try? FileManager.default.removeItem(atPath: rig.dir) }
        try rig.report("Islamic State fighters captured Palmyra on Tuesday.", on: "2015-05-21")
        let first = try rig.publisher.publication(store: rig.store, now: Self.time("2026-01-01T10:00:00Z"))
        try rig.report("Syrian government forces recaptured Palmyra from Islamic State on Sunday.", on: "2016-03-28")
        _ = try rig.publisher.publication(store: rig.store, now: Self.time("2026-01-01T11:00:00Z"))

        // Since the first publication, by its name (with or without extension) or a time after it.
        for since in [first.name, first.name + ".geojson", "2026-01-01T10:30:00Z"] {
            let layer = try #require(try rig.publisher.changes(store: rig.store, since: since))
            #expect(rig.controllers(layer) == ["isis>syrian-government"], "\(since)")
        }
        // Since a day before the first report: the place is new.
        #expect(rig.controllers(try #require(try rig.publisher.changes(store: rig.store, since: "2015-01-01"))) == ["->syrian-government"])
        // Since the newest publication: nothing.
        #expect(rig.controllers(try #require(try rig.publisher.changes(store: rig.store, since: "2026-01-01T12:00:00Z"))) == [])
        // Before any publication, or a name never published: no answer.
        #expect(try rig.publisher.changes(store: rig.store, since: "2025-01-01T00:00:00Z") == nil)
        #expect(try rig.publisher.changes(store: rig.store, since: "never") == nil)
    }

    @Test func onlyTheRetainedPublicationsAnswerAndAReprocessForgetsThem() throws {
        let rig = try Rig(retention: 2)
        defer { try? FileManager.default.removeItem(atPath: rig.dir) }
        try rig.report("Islamic State fighters captured Palmyra on Tuesday.", on: "2015-05-21")
        let names = try (0..<3).map { i in
            try rig.publisher.publication(store: rig.store, now: Self.time("2026-01-01T10:0\(i):00Z")).name
        }
        #expect(try rig.publisher.changes(store: rig.store, since: names[0]) == nil)
        #expect(try rig.publisher.changes(store: rig.store, since: names[1]) != nil)
        let snapshots = try FileManager.default.contentsOfDirectory(atPath: rig.dir + "/out/snapshots").sorted()
        #expect(snapshots == names.suffix(2).map { $0 + ".geojson" })

        // Reprocessing gives the events new ids: the old publications' maps cannot be worked out.
        let readings = try rig.store.documents().map { (rig.analyzer.analyze($0.document), $0.ingestedAt) }
        _ = try rig.store.replaceReadings(readings)
        try rig.store.rebuildStates()
        #expect(try rig.publisher.changes(store: rig.store, since: names[2]) == nil)
        // The next publication still compares with the last published map: nothing changed.
        #expect(try rig.publisher.publication(store: rig.store, now: Self.time("2026-01-01T10:09:00Z")).changed.isEmpty)
    }
}
