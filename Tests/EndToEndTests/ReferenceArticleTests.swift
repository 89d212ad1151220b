import Foundation
import Testing

/// The foundation's acceptance, checked on the real binary with the reference article read
/// from ../shared (never copied into the project).
@Suite(.serialized) struct ReferenceArticleTests {
    func features(_ snapshot: String) throws -> [String: [String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(snapshot.utf8)) as? [String: Any])
        #expect(json["type"] as? String == "FeatureCollection")
        #expect(json["generated"] is String)
        let list = try #require(json["features"] as? [[String: Any]])
        var byID: [String: [String: Any]] = [:]
        for f in list { byID[f["id"] as! String] = f }
        return byID
    }

    @Test func ingestThenSnapshotGivesTheReferenceMap() throws {
        let cm = try BinaryRunner(sharedGazetteer: true)
        defer { cm.cleanUp() }
        let ingest = try cm.run(["ingest", BinaryRunner.referenceArticle()])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let snap = try cm.run(["snapshot"])
        #expect(snap.status == 0)
        let f = try features(snap.stdout)

        let bughayliyah = try #require(f["171236"]?["properties"] as? [String: Any])
        #expect(bughayliyah["status"] as? String == "controlled")
        #expect(bughayliyah["controller"] as? String == "syrian-government")

        let deir = try #require(f["170794"]?["properties"] as? [String: Any])
        #expect(deir["status"] as? String == "contested")
        let shares = try #require(deir["shares"] as? [String: Double])
        #expect(shares == ["syrian-government": 0.64, "isis": 0.36])

        let airbase = try #require(f.values.first { ($0["properties"] as? [String: Any])?["kind"] as? String == "airbase" })
        let ab = try #require(airbase["properties"] as? [String: Any])
        #expect(ab["status"] as? String == "controlled")
        #expect(ab["controller"] as? String == "syrian-government")

        let raqqa = try #require(f["172955"]?["properties"] as? [String: Any])
        #expect(raqqa["status"] as? String == "contested")
        #expect(Set(raqqa["parties"] as? [String] ?? []) == ["sdf", "isis"])

        // Damascus (dateline, "بدمشق") and London (attribution) have no state; nothing else does either.
        let names = f.values.compactMap { ($0["properties"] as? [String: Any])?["name"] as? String }
        #expect(!names.contains { $0.contains("Damascus") || $0.contains("London") })
        #expect(f.count == 4, "\(names)")

        // Every feature is a Point with [lon, lat] inside Syria.
        for feature in f.values {
            let g = try #require(feature["geometry"] as? [String: Any])
            #expect(g["type"] as? String == "Point")
            let c = try #require(g["coordinates"] as? [Double])
            #expect((35.0...42.5).contains(c[0]) && (32.0...37.5).contains(c[1]))
        }
    }

    @Test func theBundledGazetteerAloneMapsTheReferenceArticle() throws {
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        let ingest = try cm.run(["ingest", BinaryRunner.referenceArticle()])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let f = try features(try cm.run(["snapshot"]).stdout)
        // al-Baghiliyah, Deir ez-Zor, its airbase and Raqqa, each a point on the map.
        #expect(f["171236"] != nil && f["170794"] != nil && f["172955"] != nil, "\(f.keys.sorted())")
        #expect(f.values.contains { ($0["properties"] as? [String: Any])?["kind"] as? String == "airbase" })
        for feature in f.values {
            let c = try #require((feature["geometry"] as? [String: Any])?["coordinates"] as? [Double])
            #expect(c.count == 2)
        }
        let bughayliyah = try #require(f["171236"]?["properties"] as? [String: Any])
        #expect(bughayliyah["controller"] as? String == "syrian-government")
    }

    @Test func aFarFutureDateNeverWins() throws {
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        let doc = cm.dir + "/future.json"
        try #"{"title": "", "text": "Syrian troops captured the town of Manbij.", "published": "9999-12-31"}"#
            .write(toFile: doc, atomically: true, encoding: .utf8)
        let r = try cm.run(["ingest", doc])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("dates out of range"), "\(r.stderr)")
        let snap = try cm.run(["snapshot"]).stdout
        #expect(snap.contains("\"167357\""), "the document is kept and Manbij is on the map")
        #expect(!snap.contains("9999"))
    }

    @Test func ingestingTheSameFileAgainChangesNothing() throws {
        let cm = try BinaryRunner(sharedGazetteer: true)
        defer { cm.cleanUp() }
        try cm.run(["ingest", BinaryRunner.referenceArticle()])
        let first = try features(cm.run(["snapshot"]).stdout)
        let again = try cm.run(["ingest", BinaryRunner.referenceArticle()])
        #expect(again.status == 0)
        #expect(again.stderr.contains("already stored"))
        let second = try features(cm.run(["snapshot"]).stdout)
        #expect(NSDictionary(dictionary: first) == NSDictionary(dictionary: second))
    }

    @Test func brigade137IsAnUnresolvedMentionWithItsEvent() throws {
        let cm = try BinaryRunner(sharedGazetteer: true)
        defer { cm.cleanUp() }
        let r = try cm.run(["extract", BinaryRunner.referenceArticle()])
        #expect(r.status == 0)
        let brigade = r.lines.first { ($0["mention"] as? String) == "اللواء 137" }
        let place = try #require(brigade?["place"] as? [String: Any])
        #expect(place["id"] is NSNull)
        #expect(brigade?["kind"] as? String == "siege_broken")
        #expect(brigade?["actor"] as? String == "syrian-government")
        #expect(r.lines.allSatisfy { ($0["file"] as? String) == BinaryRunner.referenceArticle() })
        // And it is not on the map.
        try cm.run(["ingest", BinaryRunner.referenceArticle()])
        let snapshot = try cm.run(["snapshot"]).stdout
        #expect(!snapshot.contains("\"name\":\"اللواء 137\""))
    }

    @Test func publishedSnapshotOpensInOgrinfo() throws {
        let cm = try BinaryRunner(sharedGazetteer: true)
        defer { cm.cleanUp() }
        try cm.run(["ingest", BinaryRunner.referenceArticle()])
        let latest = cm.dir + "/out/latest.geojson"
        #expect(FileManager.default.fileExists(atPath: latest))
        let snapshots = try FileManager.default.contentsOfDirectory(atPath: cm.dir + "/out/snapshots")
        #expect(snapshots.count == 1 && snapshots[0].hasSuffix(".geojson"))
        guard let (status, output) = try BinaryRunner.ogrinfo(latest) else {
            Issue.record("ogrinfo (gdal-bin) is not installed: run `make deps`")
            return
        }
        #expect(status == 0)
        #expect(output.contains("Feature Count: 4"))
        #expect(!output.contains("Warning"), "\(output)")
    }

    @Test func geocodePrintsResolvedAndUnresolvedMentions() throws {
        let cm = try BinaryRunner(sharedGazetteer: true)
        defer { cm.cleanUp() }
        let r = try cm.run(["geocode", "استعاد الجيش السوري قرية البغيلية قرب دير الزور"])
        let lines = r.lines
        #expect(lines.count == 2)
        #expect((lines[0]["place"] as? [String: Any])?["id"] as? String == "171236")
        #expect(lines[0]["mention"] as? String == "البغيلية")
        #expect((lines[0]["start"] as? Int).map { $0 > 0 } == true)
        #expect((lines[1]["place"] as? [String: Any])?["id"] as? String == "170794")
        #expect(lines.allSatisfy { $0["reason"] is String && $0["candidates"] is [Any] })
    }

    @Test func theBundledGazetteerNamesGovernoratesAsTheNewsDoes() throws {
        // GeoNames shows "Ninawa" (in Arabic "الموصل", its capital) and "Days az-Zawr".
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        let places = try cm.run(["geocode", "اشتباكات في محافظة نينوى. Clashes in Deir ez-Zor province."]).lines.compactMap { $0["place"] as? [String: Any] }
        #expect(places.map { $0["name"] as? String } == ["Nineveh", "Deir ez-Zor"])
        #expect(places.map { $0["name_ar"] as? String } == ["نينوى", "دير الزور"])
        #expect(places.allSatisfy { $0["kind"] as? String == "region" })
    }

    @Test func historyShowsEachClaimWithItsSentence() throws {
        let cm = try BinaryRunner(sharedGazetteer: true)
        defer { cm.cleanUp() }
        try cm.run(["ingest", BinaryRunner.referenceArticle()])
        let r = try cm.run(["history", "170794", "--json"])
        #expect(r.status == 0)
        #expect(r.lines.count >= 2)
        #expect(r.lines.allSatisfy { ($0["evidence"] as? String)?.contains("دير الزور") == true || ($0["evidence"] as? String)?.contains("المدينة") == true })
        let byName = try cm.run(["history", "Deir ez-Zor"])
        #expect(byName.status == 0)
        #expect(byName.stdout.contains("evidence:"))
        let missing = try cm.run(["history", "Nowhere at all"])
        #expect(missing.status != 0)
    }

    @Test func queriesOfStoredPlacesReadTheStoreAlone() throws {
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        try cm.run(["ingest", BinaryRunner.referenceArticle()])
        let before = try cm.run(["snapshot"])
        // Without its lexicon the service cannot read words: a place the store knows still
        // answers, by id and by name, and the map is the same.
        let text = try String(contentsOfFile: cm.config, encoding: .utf8)
        try text.replacingOccurrences(of: "/config/lexicon", with: "/no-such-lexicon").write(toFile: cm.config, atomically: true, encoding: .utf8)
        #expect(try cm.run(["history", "170794", "--json"]).lines.count >= 2)
        #expect(try cm.run(["history", "Deir ez-Zor"]).stdout.contains("evidence:"))
        #expect(try cm.run(["explain", "170794"]).status == 0)
        let after = try cm.run(["snapshot"])
        #expect(after.status == 0)
        func features(_ json: String) -> String? {
            (try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]).flatMap { $0["features"] }
                .flatMap { try? JSONSerialization.data(withJSONObject: $0, options: .sortedKeys) }.map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(features(after.stdout) != nil && features(after.stdout) == features(before.stdout))
        // Words the store does not know are geocoded, which needs the lexicon: a clear error.
        let unknown = try cm.run(["history", "Nowhere at all"])
        #expect(unknown.status == 2 && unknown.stderr.contains("lexicon"))
    }
}

@Suite(.serialized) struct ServiceInboxTests {
    @Test func serveMovesInboxFilesAndPublishes() throws {
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        let new = cm.dir + "/inbox/new"
        try FileManager.default.createDirectory(atPath: new, withIntermediateDirectories: true)
        let examples = BinaryRunner.projectRoot.appendingPathComponent("examples").path
        for name in try FileManager.default.contentsOfDirectory(atPath: examples) where name.hasSuffix(".txt") || name.hasSuffix(".json") {
            try FileManager.default.copyItem(atPath: examples + "/" + name, toPath: new + "/" + name)
        }
        try Data([0xFF, 0x00, 0xFE]).write(to: URL(fileURLWithPath: new + "/binary.txt"))
        let r = try cm.run(["serve", "--once"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: new).isEmpty)
        let failed = try FileManager.default.contentsOfDirectory(atPath: cm.dir + "/inbox/failed")
        #expect(Set(failed) == ["binary.txt", "binary.txt.reason"])
        let reason = try String(contentsOfFile: cm.dir + "/inbox/failed/binary.txt.reason", encoding: .utf8)
        #expect(reason.contains("binary"))
        let cur = try FileManager.default.contentsOfDirectory(atPath: cm.dir + "/inbox/cur")
        #expect(cur.count >= 4)
        let latest = try String(contentsOfFile: cm.dir + "/out/latest.geojson", encoding: .utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(latest.utf8)) as? [String: Any])
        #expect((json["features"] as? [Any])?.isEmpty == false)
    }
}

@Suite(.serialized) struct EvaluationTests {
    /// `controlmap eval` and ../shared/tools/score-events print the same final line on the dev corpus.
    @Test func evalAgreesWithTheSharedScorer() throws {
        let cm = try BinaryRunner(sharedGazetteer: true)
        defer { cm.cleanUp() }
        let corpus = BinaryRunner.shared.appendingPathComponent("corpus/dev").path
        let eval = try cm.run(["eval", "--docs", corpus + "/docs", "--gold", corpus + "/gold.jsonl"])
        #expect(eval.status == 0, "\(eval.stderr)")
        let scorer = Process()
        scorer.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        scorer.arguments = ["python3", BinaryRunner.shared.appendingPathComponent("tools/score-events").path, "--corpus", corpus,
                            "--controlmap", BinaryRunner.binary, "--config", cm.config]
        let pipe = Pipe()
        scorer.standardOutput = pipe
        try scorer.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        scorer.waitUntilExit()
        let scorerF1 = out.split(separator: "\n").last { $0.hasPrefix("F1 ") }
        let evalF1 = eval.stdout.split(separator: "\n").last { $0.hasPrefix("F1 ") }
        #expect(scorerF1 != nil)
        #expect(scorerF1 == evalF1)
        #expect(eval.stdout.contains("language ar F1"))
        #expect(eval.stdout.contains("language en F1"))
    }
}

@Suite(.serialized) struct ReloadTests {
    /// SIGHUP makes the running service read its lexicon again; SIGTERM stops it cleanly.
    @Test func sighupReloadsTheLexiconWithoutARestart() async throws {
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        let lexicon = cm.dir + "/lexicon"
        try FileManager.default.copyItem(atPath: BinaryRunner.projectRoot.path + "/config/lexicon", toPath: lexicon)
        var config = try String(contentsOfFile: cm.config, encoding: .utf8)
        config = config.replacingOccurrences(of: "lexicon_dir: \(BinaryRunner.projectRoot.path)/config/lexicon", with: "lexicon_dir: \(lexicon)")
        try config.write(toFile: cm.config, atomically: true, encoding: .utf8)

        let p = Process()
        p.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
        p.arguments = ["serve", "--config", cm.config]
        // The log says when the reload is done; a fixed pause lost the race on a busy machine.
        let log = cm.dir + "/serve.log"
        #expect(FileManager.default.createFile(atPath: log, contents: nil), "cannot create \(log)")
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        try p.run()
        defer { if p.isRunning { p.terminate() } }
        let latest = cm.dir + "/out/latest.geojson"
        try await waitFor { FileManager.default.fileExists(atPath: latest) }

        func drop(_ name: String, _ text: String) throws {
            try text.write(toFile: cm.dir + "/inbox/tmp/" + name, atomically: false, encoding: .utf8)
            rename(cm.dir + "/inbox/tmp/" + name, cm.dir + "/inbox/new/" + name)
        }
        try drop("a.txt", "Report\n\nThe Zorbian Brigades captured Palmyra on Monday.")
        try await waitFor { (try? FileManager.default.contentsOfDirectory(atPath: cm.dir + "/inbox/cur"))?.contains("a.txt") == true }
        #expect(!(try String(contentsOfFile: latest, encoding: .utf8)).contains("rebels"))

        let actors = lexicon + "/actors.tsv"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: actors))
        handle.seekToEndOfFile()
        handle.write(Data("rebels\tZorbian Brigades\n".utf8))
        try handle.close()
        kill(p.processIdentifier, SIGHUP)
        try await waitFor { (try? String(contentsOfFile: log, encoding: .utf8))?.contains("reloaded") == true }
        try drop("b.txt", "Second report\n\nThe Zorbian Brigades took Palmyra on Tuesday.")
        try await waitFor { (try? String(contentsOfFile: latest, encoding: .utf8))?.contains("\"controller\":\"rebels\"") == true }

        p.terminate()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
    }

    func waitFor(seconds: Double = 90, _ condition: () -> Bool) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() {
            if Date() > deadline {
                Issue.record("condition not met within \(seconds) s")
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }
}

@Suite(.serialized) struct GazetteerImportTests {
    @Test func importedDumpsAreCompiledOnceAndUsed() throws {
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        // An invented hamlet in the GeoNames dump layout: the bundled gazetteer cannot know it.
        let sy = cm.dir + "/SY-extra.txt"
        try "999000001\tKhirbat al-Tajriba\tKhirbat al-Tajriba\tخربة التجربة\t35.1\t40.2\tP\tPPL\tSY\t\t07\t\t\t\t0\t\t\tAsia/Damascus\t\n"
            .write(toFile: sy, atomically: true, encoding: .utf8)
        let before = try cm.run(["geocode", "قرية خربة التجربة"])
        #expect(!before.stdout.contains("999000001"))
        let r = try cm.run(["gazetteer", "import", sy])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("gazetteer compiled"))
        #expect(FileManager.default.fileExists(atPath: cm.dir + "/state/gazetteer.cmgz"))
        let after = try cm.run(["geocode", "قرية خربة التجربة"])
        #expect(after.stdout.contains("999000001"))
        let info = try cm.run(["gazetteer", "info"])
        #expect(info.stdout.contains("imported \(sy)"))
        let bad = cm.dir + "/bad.txt"
        try "just one column\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try cm.run(["gazetteer", "import", bad])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("does not look like a GeoNames dump"))
    }

    @Test func unresolvedListsMentionsByFrequency() throws {
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        let a = cm.dir + "/a.txt", b = cm.dir + "/b.txt"
        try "A\n\nكسر الجيش السوري الحصار على اللواء 137 غرب المدينة.".write(toFile: a, atomically: true, encoding: .utf8)
        try "B\n\nوصلت القوات إلى اللواء 137 أمس.".write(toFile: b, atomically: true, encoding: .utf8)
        try cm.run(["ingest", a, b])
        let r = try cm.run(["unresolved", "--json"])
        let first = try #require(r.lines.first)
        #expect(first["mention"] as? String == "اللواء 137")
        #expect(first["count"] as? Int == 2)
        #expect(first["in_events"] as? Int == 1)
    }
}
