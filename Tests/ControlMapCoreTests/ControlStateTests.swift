import Foundation
@testable import ControlMapCore
import Testing

@Suite struct ControlStateReducerTests {
    func event(_ kind: ControlKind, _ actor: String?, from: String? = nil, date: String, doc: String = "d1", seq: Int = 0,
               share: Double? = nil, background: Bool = false) -> ControlEvent {
        ControlEvent(documentID: doc, sequence: seq, placeID: "p", placeName: "P", placeNameAr: nil, lat: 35, lon: 40,
                     placeKind: .town, mention: "P", actor: actor, fromActor: from, kind: kind, share: share,
                     date: EventDate(date), effectiveDate: EventDate(date)!, background: background, confidence: 0.8,
                     evidence: "sentence \(doc) \(seq)", source: doc, url: nil, predicate: kind.rawValue)
    }

    @Test func contradictingSharesGiveOneControllerWhateverTheHashSeed() {
        // Two reports of a majority for different sides: the newer one bounds the older, and
        // the controller never depends on a dictionary's iteration order (it differs per run).
        let s = ControlStateReducer.state(placeID: "p", events: [
            event(.contested, "peshmerga", date: "2017-10-01", doc: "a", share: 0.79),
            event(.contested, "sdf", date: "2017-10-02", doc: "b", share: 0.59),
        ])
        #expect(s?.shares == ["sdf": 0.59, "peshmerga": 0.41])
        #expect(s?.controller == "sdf")
        let same = ControlStateReducer.state(placeID: "p", events: [
            event(.contested, "peshmerga", date: "2017-10-01", doc: "a", share: 0.6),
            event(.contested, "sdf", date: "2017-10-01", doc: "b", share: 0.6),
        ])
        #expect(same?.controller == "sdf", "the later-applied report bounds the earlier one to 0.4")
    }

    @Test func aLateOldReportDoesNotOverwriteANewerState() {
        let new = event(.captured, "sdf", from: "isis", date: "2017-10-20", doc: "new")
        let old = event(.captured, "isis", from: "sdf", date: "2017-06-01", doc: "old")
        let s = ControlStateReducer.state(placeID: "p", events: [new, old])
        #expect(s?.controller == "sdf")
        #expect(s?.since.description == "2017-10-20")
        #expect(s?.overruled.contains(old) == true)
    }

    @Test func contestedSharesAccumulateAndNameAMajorityController() {
        let s = ControlStateReducer.state(placeID: "p", events: [
            event(.contested, "syrian-government", from: "isis", date: "2017-09-14", seq: 0, share: 0.64),
            event(.contested, "isis", from: "syrian-government", date: "2017-09-14", seq: 1, share: 0.36),
        ])
        #expect(s?.status == .contested)
        #expect(s?.shares == ["syrian-government": 0.64, "isis": 0.36])
        #expect(s?.controller == "syrian-government")
    }

    @Test func siegesAndTheirBreaking() {
        var events = [event(.holds, "syrian-government", date: "2015-01-01"),
                      event(.besieged, "isis", from: "syrian-government", date: "2015-02-01", doc: "d2")]
        let besieged = ControlStateReducer.state(placeID: "p", events: events)
        #expect(besieged?.status == .besieged)
        #expect(besieged?.controller == "syrian-government")
        #expect(besieged?.besieger == "isis")
        events.append(event(.siegeBroken, "syrian-government", from: "isis", date: "2017-09-05", doc: "d3"))
        let broken = ControlStateReducer.state(placeID: "p", events: events)
        #expect(broken?.status == .controlled)
        #expect(broken?.besieger == nil)
    }

    @Test func breakingASiegeDoesNotEndAContest() {
        let s = ControlStateReducer.state(placeID: "p", events: [
            event(.siegeBroken, "syrian-government", from: "isis", date: "2017-09-14", seq: 0, background: true),
            event(.contested, "syrian-government", from: "isis", date: "2017-09-14", seq: 1, share: 0.64),
            event(.siegeBroken, "syrian-government", from: "isis", date: "2017-09-14", seq: 2),
        ])
        #expect(s?.status == .contested)
    }

    @Test func withdrawalWithoutTakerLeavesControlUnknown() {
        let s = ControlStateReducer.state(placeID: "p", events: [
            event(.holds, "peshmerga", date: "2017-10-01"),
            event(.withdrew, nil, from: "peshmerga", date: "2017-10-16", doc: "d2"),
        ])
        #expect(s?.status == .unknown)
        #expect(s?.controller == nil)
    }

    @Test func stateAtAPastDate() {
        let events = [event(.captured, "isis", date: "2015-05-20"), event(.recaptured, "syrian-government", date: "2016-03-27", doc: "d2")]
        #expect(ControlStateReducer.state(placeID: "p", events: events, at: EventDate("2015-12-31"))?.controller == "isis")
        #expect(ControlStateReducer.state(placeID: "p", events: events, at: EventDate("2016-03-27"))?.controller == "syrian-government")
        #expect(ControlStateReducer.state(placeID: "p", events: events, at: EventDate("2015-01-01")) == nil)
    }

    @Test func corroborationRaisesConfidence() {
        let one = ControlStateReducer.state(placeID: "p", events: [event(.captured, "sdf", date: "2017-10-17", doc: "a")])
        let two = ControlStateReducer.state(placeID: "p", events: [event(.captured, "sdf", date: "2017-10-17", doc: "a"),
                                                                  event(.captured, "sdf", date: "2017-10-17", doc: "b")])
        #expect(one!.confidence < two!.confidence)
        #expect(two!.sources == 2)
    }

    @Test(arguments: 0..<25)
    func arrivalOrderNeverMatters(seed: Int) {
        var rng = SplitMix(seed: UInt64(seed))
        let actors = ["isis", "sdf", "syrian-government", "rebels"]
        let kinds: [ControlKind] = [.captured, .recaptured, .withdrew, .besieged, .siegeBroken, .contested, .holds]
        var events: [ControlEvent] = []
        for i in 0..<12 {
            let day = 1 + Int(rng.next() % 20)
            events.append(event(kinds[Int(rng.next() % UInt64(kinds.count))], actors[Int(rng.next() % 4)],
                                from: actors[Int(rng.next() % 4)], date: "2020-01-\(day < 10 ? "0" : "")\(day)",
                                doc: "doc\(rng.next() % 5)", seq: i, share: rng.next() % 2 == 0 ? Double(rng.next() % 100) / 100 : nil,
                                background: rng.next() % 5 == 0))
        }
        let reference = ControlStateReducer.state(placeID: "p", events: events)
        for _ in 0..<5 {
            var shuffled = events
            shuffled.shuffle(using: &rng)
            let s = ControlStateReducer.state(placeID: "p", events: shuffled)
            #expect(s == reference)
        }
    }
}

/// A small deterministic generator so that property tests replay exactly.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct SnapshotBuilderTests {
    @Test func buildsAnRFC7946FeatureCollection() {
        let e = ControlEvent(documentID: "d", sequence: 0, placeID: "170794", placeName: "Deir ez-Zor", placeNameAr: "دير الزور",
                             lat: 35.335881234, lon: 40.1408412, placeKind: .city, mention: "دير الزور", actor: "syrian-government",
                             fromActor: "isis", kind: .contested, share: 0.64, date: nil, effectiveDate: EventDate("2017-09-14")!,
                             background: false, confidence: 0.85, evidence: "...", source: "s", url: nil, predicate: "تسيطر")
        let s = ControlStateReducer.state(placeID: "170794", events: [e])!
        let fc = SnapshotBuilder().featureCollection(states: [s], generated: "2017-09-15T00:00:00Z", asOf: EventDate("2017-09-15")!)
        #expect(fc["type"] == .string("FeatureCollection"))
        #expect(fc["generated"] == .string("2017-09-15T00:00:00Z"))
        guard case .array(let features)? = fc["features"], let f = features.first else {
            Issue.record("no features")
            return
        }
        #expect(f["id"] == .string("170794"))
        #expect(f["geometry"]?["coordinates"] == .array([.number(40.140841), .number(35.335881)]))
        let p = f["properties"]!
        #expect(p["status"] == .string("contested"))
        #expect(p["shares"] == .object([("syrian-government", .number(0.64))]))
        #expect(p["last_event"]?["evidence"] == .string("..."))
        #expect(p["stale"] == .bool(false))
    }
}

@Suite struct StateRuleTests {
    func event(_ kind: ControlKind, _ actor: String?, date: String, doc: String, source: String? = nil, evidence: String? = nil) -> ControlEvent {
        ControlEvent(documentID: doc, sequence: 0, placeID: "p", placeName: "P", placeNameAr: nil, lat: 35, lon: 40, placeKind: .town,
                     mention: "P", actor: actor, fromActor: nil, kind: kind, share: nil, date: EventDate(date),
                     effectiveDate: EventDate(date)!, background: false, confidence: 0.8, evidence: evidence ?? "sentence of \(doc)",
                     source: source ?? doc, url: nil, predicate: kind.rawValue)
    }

    @Test func opposingGainsCloseTogetherMakeAContest() {
        let s = ControlStateReducer.state(placeID: "p", events: [
            event(.captured, "isis", date: "2018-06-08", doc: "a"), event(.recaptured, "syrian-government", date: "2018-06-10", doc: "b"),
        ])
        #expect(s?.status == .contested)
        #expect(s?.parties == ["isis", "syrian-government"])
        let apart = ControlStateReducer.state(placeID: "p", events: [
            event(.captured, "isis", date: "2018-06-08", doc: "a"), event(.recaptured, "syrian-government", date: "2018-06-20", doc: "b"),
        ])
        #expect(apart?.controller == "syrian-government")
    }

    @Test func aReprintedWireStoryCountsOnce() {
        let wire = "The SDF captured the town, the monitor said."
        let reprinted = ControlStateReducer.state(placeID: "p", events: [
            event(.captured, "sdf", date: "2017-10-17", doc: "a", source: "Outlet A", evidence: wire),
            event(.captured, "sdf", date: "2017-10-17", doc: "b", source: "Outlet B", evidence: wire),
        ])
        let independent = ControlStateReducer.state(placeID: "p", events: [
            event(.captured, "sdf", date: "2017-10-17", doc: "a", source: "Outlet A"),
            event(.captured, "sdf", date: "2017-10-17", doc: "b", source: "Outlet B"),
        ])
        #expect(reprinted!.confidence < independent!.confidence)
    }

    @Test func aRecentContradictionLowersConfidence() {
        let clean = ControlStateReducer.state(placeID: "p", events: [event(.captured, "sdf", date: "2017-10-17", doc: "a")])
        let contradicted = ControlStateReducer.state(placeID: "p", events: [
            event(.captured, "isis", date: "2017-10-10", doc: "z"), event(.captured, "sdf", date: "2017-10-17", doc: "a"),
        ])
        #expect(contradicted!.confidence < clean!.confidence)
    }

    @Test func staleStatesAreFlaggedAndLessCertain() {
        let s = ControlStateReducer.state(placeID: "p", events: [event(.captured, "sdf", date: "2017-10-17", doc: "a")])!
        let fresh = SnapshotBuilder(staleAfterDays: 90).feature(s, asOf: EventDate("2017-11-01")!)
        let old = SnapshotBuilder(staleAfterDays: 90).feature(s, asOf: EventDate("2018-06-01")!)
        #expect(fresh["properties"]?["stale"] == .bool(false))
        #expect(old["properties"]?["stale"] == .bool(true))
        if case .number(let a)? = fresh["properties"]?["confidence"], case .number(let b)? = old["properties"]?["confidence"] {
            #expect(b < a)
        } else {
            Issue.record("confidence missing")
        }
    }

    @Test func changesListOnlyWhatDiffers() {
        let builder = SnapshotBuilder()
        let a = ControlStateReducer.state(placeID: "p", events: [event(.captured, "isis", date: "2017-01-01", doc: "a")])!
        let b = ControlStateReducer.state(placeID: "p", events: [event(.captured, "isis", date: "2017-01-01", doc: "a"),
                                                                 event(.captured, "sdf", date: "2017-10-17", doc: "b")])!
        let before = [MapEntry(a)!], after = [MapEntry(b)!]
        #expect(MapChange.between(before, before).isEmpty)
        let changed = builder.changesCollection(MapChange.between(before, after), generated: "t1", since: "t0")
        guard case .array(let list)? = changed["features"] else { Issue.record("no features"); return }
        #expect(list.count == 1)
        #expect(changed["since"] == .string("t0"))
        #expect(list[0]["properties"]?["before"]?["controller"] == .string("isis"))
        #expect(list[0]["properties"]?["after"]?["controller"] == .string("sdf"))
        #expect(list[0]["properties"]?["after"]?["since"] == .string("2017-10-17"))
    }

    @Test func aConfirmationIsNoChangeButArrivingAndLeavingAre() {
        let first = ControlStateReducer.state(placeID: "p", events: [event(.captured, "isis", date: "2017-01-01", doc: "a")])!
        let confirmed = ControlStateReducer.state(placeID: "p", events: [event(.captured, "isis", date: "2017-01-01", doc: "a"),
                                                                         event(.captured, "isis", date: "2017-03-01", doc: "b")])!
        #expect(MapChange.between([MapEntry(first)!], [MapEntry(confirmed)!]).isEmpty)
        let arrived = MapChange.between([], [MapEntry(first)!])
        #expect(arrived.count == 1 && arrived[0].before == nil && arrived[0].after?.controller == "isis")
        let left = MapChange.between([MapEntry(first)!], [])
        #expect(left.count == 1 && left[0].before?.controller == "isis" && left[0].after == nil)
        // A place that left the map is still drawn where it was, with its name.
        let layer = SnapshotBuilder().changesCollection(left, generated: "t1", since: nil)
        guard case .array(let list)? = layer["features"] else { Issue.record("no features"); return }
        #expect(list.first?["geometry"]?["type"] == .string("Point"))
        #expect(list.first?["properties"]?["after"] == .null)
    }

    @Test func serializedJSONIsReadBackByFoundation() throws {
        let v = JSONValue.object([("a", .array([.number(1.5), .null, .bool(false)])), ("b", .string("دير \"x\" \u{1F600}\u{0}\t"))])
        let back = try #require(try JSONSerialization.jsonObject(with: Data(v.serialized().utf8)) as? [String: Any])
        #expect(back["b"] as? String == "دير \"x\" \u{1F600}\u{0}\t")
        #expect((back["a"] as? [Any])?.first as? Double == 1.5)
        // A byte-order mark opening a string (text decoded from UTF-16 with two of them).
        let mark = JSONValue.array([.string("\u{FEFF}ï"), .string("a\u{FEFF}")]).serialized()
        #expect(mark == #"["\ufeffï","a\ufeff"]"#)
        #expect(try JSONSerialization.jsonObject(with: Data(mark.utf8)) as? [String] == ["\u{FEFF}ï", "a\u{FEFF}"])
    }
}

/// A place's history takes reports in any order and at any point, and gives the state the
/// reducer gives for all of them, at a cost bounded by the events a report changes.
@Suite struct PlaceHistoryTests {
    static let actors = ["isis", "sdf", "syrian-government", "rebels"]
    static let kinds: [ControlKind] = [.captured, .recaptured, .withdrew, .besieged, .siegeBroken, .contested, .holds]

    /// Random reports of one place: `days` distinct days, `documents` outlets' documents.
    /// Document ids are SHA-256 digests in hex, as the pipeline gives them (`digests`), other
    /// text, or both mixed (`digests` nil).
    static func reports(_ count: Int, days: Int, documents: Int, seed: UInt64, digests: Bool? = true) -> [ControlEvent] {
        var rng = SplitMix(seed: seed)
        func id(_ n: UInt64) -> String {
            let digest = digests ?? (n % 3 != 0)
            return digest ? SHA256.hex(Array("doc\(n)".utf8)) : "doc\(n)"
        }
        return (0..<count).map { i in
            let day = Int(rng.next() % UInt64(days))
            let date = EventDate(year: 2020, month: 1, day: 1).adding(days: day)
            let kind = kinds[Int(rng.next() % UInt64(kinds.count))]
            let doc = id(rng.next() % UInt64(documents))
            return ControlEvent(documentID: doc, sequence: i, placeID: "p", placeName: nil, placeNameAr: nil, lat: nil, lon: nil,
                                placeKind: nil, mention: "", actor: rng.next() % 6 == 0 ? nil : actors[Int(rng.next() % 4)],
                                fromActor: rng.next() % 2 == 0 ? nil : actors[Int(rng.next() % 4)], kind: kind,
                                share: kind == .contested && rng.next() % 2 == 0 ? Double(rng.next() % 100) / 100 : nil,
                                date: date, effectiveDate: date, background: rng.next() % 8 == 0,
                                confidence: Double(50 + rng.next() % 45) / 100,
                                // Wire copies: the same sentence in several documents.
                                evidence: "sentence \(rng.next() % UInt64(max(1, count / 3)))", source: "outlet\(rng.next() % 7)",
                                url: nil, predicate: "")
        }
    }

    /// The history's state against the reducer's: the same in every field, and the overruled
    /// events it keeps are the reducer's of the week before the state began.
    static func expectSame(_ history: PlaceHistory, _ events: [ControlEvent], sourceLocation: SourceLocation = #_sourceLocation) {
        guard let reference = ControlStateReducer.state(placeID: "p", events: events) else {
            #expect(history.state == nil, sourceLocation: sourceLocation)
            return
        }
        guard var s = history.state else {
            Issue.record("no state", sourceLocation: sourceLocation)
            return
        }
        // The history's events carry what the rules read: compare those, and every other field.
        func key(_ e: ControlEvent) -> String { "\(e.documentID)/\(e.sequence)" }
        // The overruled reports the confidence looks at: the week's, back to one of another side.
        var week: [ControlEvent] = []
        for o in reference.overruled.reversed() where reference.since.dayNumber - o.effectiveDate.dayNumber <= 7 {
            week.insert(o, at: 0)
            if o.actor != reference.controller && o.kind != .withdrew { break }
        }
        #expect(s.overruled.map(key) == week.map(key), sourceLocation: sourceLocation)
        #expect(s.supporting.map(key) == reference.supporting.map(key), sourceLocation: sourceLocation)
        #expect(key(s.lastEvent) == key(reference.lastEvent), sourceLocation: sourceLocation)
        #expect(s.lastEvent.effectiveDate == reference.lastEvent.effectiveDate && s.lastEvent.actor == reference.lastEvent.actor,
                sourceLocation: sourceLocation)
        (s.overruled, s.supporting, s.lastEvent) = (reference.overruled, reference.supporting, reference.lastEvent)
        #expect(s == reference, sourceLocation: sourceLocation)
    }

    @Test(arguments: [(days: 1, seed: 1, digests: true), (days: 1, seed: 5, digests: nil), (days: 3, seed: 2, digests: false),
                      (days: 400, seed: 3, digests: nil), (days: 30, seed: 4, digests: true)])
    func reportsInAnyOrderGiveTheReducersState(days: Int, seed: UInt64, digests: Bool?) {
        var rng = SplitMix(seed: seed)
        let all = Self.reports(3000, days: days, documents: 400, seed: seed, digests: digests).shuffled(using: &rng)
        var history = PlaceHistory(placeID: "p", spacing: 16)
        var inserted: [ControlEvent] = []
        var next = 0
        while next < all.count {
            // A document's worth of reports at a time, as a commit brings them.
            let batch = Array(all[next..<min(all.count, next + 1 + Int(rng.next() % 4))])
            next += batch.count
            history.insert(batch)
            inserted += batch
            if inserted.count % 97 < batch.count || next == all.count { Self.expectSame(history, inserted) }
        }
        #expect(history.events.map { "\($0.documentID)/\($0.sequence)" }
                == inserted.sorted(by: ControlEvent.applicationOrder).map { "\($0.documentID)/\($0.sequence)" })
    }

    @Test func newsInOrderCostsOneStepAReport() {
        let all = Self.reports(2000, days: 300, documents: 300, seed: 7).sorted(by: ControlEvent.applicationOrder)
        var history = PlaceHistory(placeID: "p")
        for e in all {
            history.insert([e])
            #expect(history.lastReplay == 1)
        }
        Self.expectSame(history, all)
    }

    @Test func aReportAmongThousandsOfTheSameDayReplaysAFewOfThem() {
        // All on one day: the order among them is by document, so each lands anywhere.
        var rng = SplitMix(seed: 11)
        let all = Self.reports(4000, days: 1, documents: 4000, seed: 11).shuffled(using: &rng)
        var history = PlaceHistory(placeID: "p", events: Array(all[..<3000]))
        var steps = 0
        for e in all[3000...] {
            history.insert([e])
            steps += history.lastReplay
        }
        // A full replay would take 3,500 steps a report on average.
        #expect(Double(steps) / 1000 < 150, "\(Double(steps) / 1000) steps a report")
        Self.expectSame(history, all)
    }
}

/// The fold a store keeps at checkpoints: resumed from its stored form at any point, it gives
/// the reducer's state, and what it keeps stays small while a place's history grows.
@Suite struct ResumableFoldTests {
    /// The fold's state against the reducer's over the same events: the same in every field,
    /// with the newest supporting events the map shows and none of the overruled.
    static func expectSame(_ fold: ResumableFold, _ events: [ControlEvent], sourceLocation: SourceLocation = #_sourceLocation) {
        guard var reference = ControlStateReducer.state(placeID: "p", events: events) else {
            #expect(fold.state == nil, sourceLocation: sourceLocation)
            return
        }
        reference.supporting = Array(reference.supporting.suffix(fold.kept))
        reference.overruled = []
        #expect(fold.state == reference, sourceLocation: sourceLocation)
    }

    @Test(arguments: [(days: 1, seed: 21, every: 37), (days: 30, seed: 22, every: 11), (days: 400, seed: 23, every: 64),
                      (days: 3000, seed: 24, every: 5), (days: 12, seed: 25, every: 7)])
    func resumedFromItsStoredFormAnywhereItGivesTheReducersState(days: Int, seed: UInt64, every: Int) throws {
        let all = PlaceHistoryTests.reports(1000, days: days, documents: 200, seed: seed, digests: nil)
            .sorted(by: ControlEvent.applicationOrder)
        var fold = ResumableFold(placeID: "p", kept: 3)
        // The documents counted at earlier checkpoints, as a store finds them among the events.
        var counted: Set<String> = []
        for (i, e) in all.enumerated() {
            fold.apply(e)
            guard i % every == 0 || i == all.count - 1 else { continue }
            let repeated = fold.documents.filter(counted.contains).count
            counted.formUnion(fold.documents)
            fold.settle(repeated: repeated)
            fold = try JSONDecoder().decode(ResumableFold.self, from: JSONEncoder().encode(fold))
            Self.expectSame(fold, Array(all[...i]))
        }
    }

    func report(_ kind: ControlKind, _ actor: String, from: String? = nil, day: Int, confidence: Double = 0.7, n: Int) -> ControlEvent {
        let date = EventDate(year: 2017, month: 1, day: 1).adding(days: day)
        return ControlEvent(documentID: "doc\(n)", sequence: 0, placeID: "p", placeName: nil, placeNameAr: nil, lat: nil, lon: nil,
                            placeKind: nil, mention: "", actor: actor, fromActor: from, kind: kind, share: nil, date: date,
                            effectiveDate: date, background: false, confidence: confidence, evidence: "report \(n)",
                            source: "outlet\(n % 12)", url: nil, predicate: "")
    }

    @Test func aReportOfAnotherSideDaysBackInAContestStillCountsAgainstTheNextState() {
        // The fight's first report (the Islamic State's) is six days older than the capture, and
        // three newer reports (the SDF's) come between: the capture is still contradicted.
        let all = [report(.contested, "isis", from: "sdf", day: 0, n: 0)]
            + (1...3).map { report(.contested, "sdf", from: "isis", day: 4, n: $0) } + [report(.captured, "sdf", day: 6, n: 4)]
        var fold = ResumableFold(placeID: "p", kept: 3)
        for e in all { fold.apply(e) }
        fold.settle(repeated: 0)
        Self.expectSame(fold, all)
        #expect(fold.state?.confidence == 0.56, "0.7, lowered by a fifth")
    }

    @Test func aContradictedStateReportedByManyOutletsReachesItsCeiling() {
        // Each outlet at 0.55: six leave a doubt of 0.8 %, twelve of 0.007 %; lowered by a
        // fifth, the first rounds to 0.79, the second to the ceiling of 0.8.
        let all = [report(.captured, "isis", day: 0, n: 100), report(.captured, "syrian-government", day: 3, confidence: 0.55, n: 0)]
            + (1..<400).map { report(.holds, "syrian-government", day: 3 + $0 / 4, confidence: 0.55, n: $0) }
        var fold = ResumableFold(placeID: "p", kept: 3)
        for e in all { fold.apply(e) }
        fold.settle(repeated: 0)
        Self.expectSame(fold, all)
        #expect(fold.state?.confidence == 0.8)
    }

    @Test func aLongStateOfManyOutletsKeepsAWeekOfReports() throws {
        // Years of one side holding the place, reported every day by a dozen outlets: the
        // confidence reaches its ceiling and the sentences need no longer be kept.
        let start = EventDate(year: 2016, month: 1, day: 1)
        let all = (0..<3000).map { i in
            let date = start.adding(days: i / 3)
            return ControlEvent(documentID: "doc\(i)", sequence: 0, placeID: "p", placeName: nil, placeNameAr: nil, lat: nil, lon: nil,
                                placeKind: nil, mention: "", actor: "syrian-government", fromActor: nil, kind: i == 0 ? .captured : .holds,
                                share: nil, date: date, effectiveDate: date, background: false, confidence: 0.6,
                                evidence: "report \(i)", source: "outlet\(i % 12)", url: nil, predicate: "")
        }
        var fold = ResumableFold(placeID: "p", kept: 3)
        var sizes: [Int] = []
        for (i, e) in all.enumerated() {
            fold.apply(e)
            guard i == 299 || i == all.count - 1 else { continue }
            fold.settle(repeated: 0)
            sizes.append(try JSONEncoder().encode(fold).count)
        }
        Self.expectSame(fold, all)
        // The first 100 days and all 1,000 take the same room: a week of reports.
        #expect(sizes[1] < sizes[0] + 200, "\(sizes) bytes")
        #expect(fold.state?.confidence == 0.99 && fold.state?.sources == 3000)
    }
}
