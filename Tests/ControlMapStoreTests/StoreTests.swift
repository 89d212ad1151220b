import ControlMapCore
import Foundation
import GRDB
import Testing
@testable import ControlMapStore

@Suite struct StoreTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let analyzer: DocumentAnalyzer = {
        let lexicon = try! ExtractionLexicon(.init(reading: {
            try? String(contentsOf: root.appendingPathComponent("config/lexicon/" + $0), encoding: .utf8)
        }))
        let places = [
            Place(id: "13", name: "Palmyra", nameAr: "تدمر", lat: 34.56, lon: 38.28, kind: .city, featureClass: "P", featureCode: "PPL",
                  country: "SY", population: 50_000, names: ["Palmyra", "تدمر"], source: "test"),
            Place(id: "2", name: "Raqqa", nameAr: "الرقة", lat: 35.95, lon: 39.01, kind: .city, featureClass: "P", featureCode: "PPL",
                  country: "SY", population: 180_000, names: ["Raqqa", "الرقة"], source: "test"),
        ]
        return DocumentAnalyzer(gazetteer: Gazetteer(places: places, stopwords: lexicon.stopwords, spellings: lexicon.spellingVariants), lexicon: lexicon)
    }()

    func temporaryStore() throws -> (ControlMapStore, String) {
        let dir = NSTemporaryDirectory() + "controlmap-store-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return (try ControlMapStore(path: dir + "/test.sqlite"), dir)
    }

    @Test func commitsADocumentOnceAndDerivesStates() throws {
        let (store, dir) = try temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let doc = Document(title: "Palmyra falls", text: "Islamic State fighters captured Palmyra from Syrian government forces on Wednesday. The SDF took Raqqa.",
                           published: EventDate("2015-05-21"))
        let first = try store.commit(Self.analyzer.analyze(doc))
        #expect(first.inserted)
        #expect(first.events == 2)
        #expect(Set(first.changedPlaces) == ["13", "2"])
        let again = try store.commit(Self.analyzer.analyze(doc))
        #expect(again == ControlMapStore.CommitResult(inserted: false, events: 0, changedPlaces: []))
        #expect(try store.counts() == ControlMapStore.Counts(documents: 1, events: 2, places: 2))
        let states = try store.placeStates()
        #expect(states.first { $0.placeID == "13" }?.controller == "isis")
        #expect(states.first { $0.placeID == "13" }?.since.description == "2015-05-20")
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func eventsSurviveReopeningAndPastStatesAreQueryable() throws {
        let (store, dir) = try temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try store.commit(Self.analyzer.analyze(Document(title: "", text: "Islamic State captured Palmyra.", published: EventDate("2015-05-21"))))
        _ = try store.commit(Self.analyzer.analyze(Document(title: "", text: "Syrian troops recaptured Palmyra.", published: EventDate("2016-03-27"))))
        let reopened = try ControlMapStore(path: dir + "/test.sqlite")
        #expect(try reopened.events(placeID: "13").count == 2)
        #expect(try reopened.placeStates(at: EventDate("2015-12-31")).first?.controller == "isis")
        #expect(try reopened.placeStates().first?.controller == "syrian-government")
        #expect(try reopened.findPlaces("Palmyra") == ["13"])
        #expect(try reopened.findPlaces("تدمر") == ["13"])
    }

    @Test func aLimitCountsOnlyTheEventsOnTheMap() throws {
        let (store, dir) = try temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Newer events at places the gazetteer lacks must not eat the limit of located ones.
        _ = try store.commit(Self.analyzer.analyze(Document(title: "", text: "Islamic State captured Palmyra.", published: EventDate("2015-05-21"))))
        _ = try store.commit(Self.analyzer.analyze(Document(title: "", text: "Rebels captured the village of Khirbat Nowhere.",
                                                            published: EventDate("2016-01-01"))))
        _ = try store.commit(Self.analyzer.analyze(Document(title: "", text: "The SDF captured the village of Tall Elsewhere.",
                                                            published: EventDate("2016-02-01"))))
        #expect(try store.events(EventQuery(limit: 1)).allSatisfy { $0.lat == nil })
        var located = EventQuery(limit: 1)
        located.locatedOnly = true
        let found = try store.events(located)
        #expect(found.count == 1 && found[0].placeID == "13")
    }

    @Test func keepsUnresolvedMentionsWithTheirContext() throws {
        let (store, dir) = try temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try store.commit(Self.analyzer.analyze(Document(title: "", text: "كسر الجيش السوري الحصار على اللواء 137 غرب المدينة.", published: EventDate("2017-09-10"))))
        let unresolved = try store.unresolvedMentions()
        #expect(unresolved.first?.text == "اللواء 137")
        #expect(unresolved.first?.inEvents == 1)
        #expect(unresolved.first?.context.contains("كسر الجيش") == true)
        let events = try store.unresolvedEvents(mention: "اللواء 137")
        #expect(events.map(\.kind) == [.siegeBroken], "\(events)")
    }

    /// The stored place states, as rows of text.
    func storedStates(_ store: ControlMapStore) throws -> [String] {
        try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM place_state ORDER BY place_id").map { "\($0)" }
        }
    }

    @Test func incrementalStatesEqualAFullRebuildWhateverTheOrderAndWriter() throws {
        let (store, dir) = try temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Another writer on the same file (as a second process would be): its commits must
        // make the first store's cached events miss, not go unseen.
        let other = try ControlMapStore(path: dir + "/test.sqlite")
        let reports: [(String, String, String)] = [
            ("Islamic State captured Palmyra.", "2015-05-21", "a"), ("Syrian troops recaptured Palmyra.", "2016-03-27", "b"),
            ("Islamic State fighters captured Palmyra again.", "2016-12-11", "c"), ("The SDF took Raqqa.", "2017-10-17", "d"),
            ("Syrian government forces captured Palmyra.", "2016-03-26", "e"), ("Islamic State captured Raqqa.", "2014-01-13", "f"),
            ("Syrian troops recaptured Palmyra on Wednesday.", "2016-06-01", "g"), ("The SDF took Raqqa on Monday.", "2017-10-16", "h"),
        ]
        var history: [[String]] = []
        for (i, (text, date, source)) in reports.enumerated() {
            let writer = i % 3 == 2 ? other : store
            let r = try writer.commit(Self.analyzer.analyze(Document(title: "", text: text, published: EventDate(date), source: source)))
            #expect(r.inserted && r.events == 1, "\(text)")
            // What the commit stored is what the whole log gives (rebuilding leaves the events,
            // so the cached ones stay in use for the next commits).
            let incremental = try storedStates(store)
            try store.rebuildStates()
            #expect(try storedStates(store) == incremental, "after \(text) (\(date))")
            history.append(incremental)
        }
        #expect(history.last?.contains { $0.contains("isis") } == true && history.last?.contains { $0.contains("sdf") } == true)
        #expect(Set(history).count > 3, "the states changed along the way")
    }

    @Test func aBatchCommitsLikeOneDocumentAfterAnother() throws {
        let (store, dir) = try temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let a = Self.analyzer.analyze(Document(title: "", text: "Islamic State captured Palmyra.", published: EventDate("2015-05-21")))
        let b = Self.analyzer.analyze(Document(title: "", text: "Syrian troops recaptured Palmyra.", published: EventDate("2016-03-27")))
        let results = try store.commit([a, b, a])
        #expect(results.map(\.inserted) == [true, true, false])
        #expect(results.map(\.changedPlaces) == [["13"], ["13"], []])
        #expect(try store.placeStates().first?.controller == "syrian-government")
        let stored = try storedStates(store)
        try store.rebuildStates()
        #expect(try storedStates(store) == stored)
        #expect(try store.counts() == ControlMapStore.Counts(documents: 2, events: 2, places: 1))
    }

    /// The map features of some states, as text.
    func features(_ states: [PlaceState]) -> String {
        SnapshotBuilder().featureCollection(states: states, generated: "g", asOf: EventDate("2026-01-01")!).serialized()
    }

    @Test func theCurrentMapFromStoredStatesEqualsTheOneReplayedFromTheLog() throws {
        let (store, dir) = try temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let reports: [(String, String)] = [
            ("Islamic State captured Palmyra.", "2015-05-21"), ("The SDF took Raqqa.", "2017-10-17"),
            ("Syrian troops recaptured Palmyra.", "2016-03-27"), ("Islamic State fighters besieged Raqqa.", "2017-11-02"),
            ("Syrian troops pushed into Raqqa.", "2017-11-20"),
            ("Syrian troops entered Palmyra on Monday.", "2016-03-28"), ("Syrian forces captured Palmyra again.", "2016-04-02"),
        ]
        for (text, date) in reports {
            _ = try store.commit(Self.analyzer.analyze(Document(title: "", text: text, published: EventDate(date), source: date)))
            let current = try #require(try store.currentStates())
            #expect(features(current) == features(try store.placeStates()), "after \(text)")
        }
        let palmyra = try #require(try store.currentStates()?.first { $0.placeID == "13" })
        #expect(palmyra.supporting.count == 3, "the newest three reports it rests on")
        let raqqa = try #require(try store.currentStates()?.first { $0.placeID == "2" })
        #expect(raqqa.status == .contested && raqqa.parties.count == 2, "\(raqqa.status) \(raqqa.parties)")
        // A reading replaced without its states: the stored states are not used until rebuilt.
        let stored = try #require(try store.documents().first)
        _ = try store.replaceReading(Self.analyzer.analyze(stored.document), ingestedAt: stored.ingestedAt)
        #expect(try store.currentStates() == nil)
        try store.rebuildStates()
        #expect(features(try #require(try store.currentStates())) == features(try store.placeStates()))
    }
}

/// The cache of decoded place events: when full it lets the places stored longest ago go, and
/// keeps the busy ones.
@Suite struct PlaceEventCacheTests {
    func entry(_ events: Int) -> PlaceEventCache.Entry {
        let text = (0..<events).map { _ in "Islamic State captured Palmyra." }.joined(separator: " ")
        let all = StoreTests.analyzer.analyze(Document(title: "", text: text, published: EventDate("2015-05-21")))
            .controlEvents(ingested: EventDate("2015-05-21")!)
        let list = Array(repeating: all[0], count: events)
        return .init(count: events, maxID: Int64(events), events: list, fold: ControlStateReducer.Fold(placeID: "13", applying: list))
    }

    @Test func theOldestPlacesGoFirstWhenFull() {
        let cache = PlaceEventCache(capacity: 100)
        cache.store(["a": entry(30)])
        cache.store(["b": entry(30)])
        cache.store(["c": entry(30)])
        // A used again is the newest now.
        let a = cache.take("a", count: 30, maxID: 30)
        #expect(a != nil)
        cache.store(["a": a!])
        // D does not fit: B and C, stored longest ago, go down to three quarters of the capacity.
        cache.store(["d": entry(30)])
        #expect(cache.take("b", count: 30, maxID: 30) == nil)
        #expect(cache.take("c", count: 30, maxID: 30) == nil)
        #expect(cache.take("a", count: 30, maxID: 30) != nil)
        #expect(cache.take("d", count: 30, maxID: 30) != nil)
    }

    @Test func aStaleEntryIsDroppedAndAnOversizedOneNeverKept() {
        let cache = PlaceEventCache(capacity: 100)
        cache.store(["a": entry(10)])
        #expect(cache.take("a", count: 11, maxID: 10) == nil)
        #expect(cache.take("a", count: 10, maxID: 10) == nil)
        cache.store(["big": entry(101)])
        #expect(cache.take("big", count: 101, maxID: 101) == nil)
    }
}
