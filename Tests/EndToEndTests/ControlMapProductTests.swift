import Foundation
import Testing

/// The map products (issue: event-sourced state, time travel, evidence, GeoJSON): order
/// independence on the real dev corpus, time travel, every product valid for GIS tools.
@Suite(.serialized) struct ControlMapProductTests {
    static let devDocs = BinaryRunner.shared.appendingPathComponent("corpus/dev/docs").path

    static func devFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: devDocs).filter { $0.hasSuffix(".txt") }.sorted().map { devDocs + "/" + $0 }
    }

    /// The snapshot without its generation timestamp.
    static func comparable(_ snapshot: String) throws -> NSDictionary {
        var json = try #require(try JSONSerialization.jsonObject(with: Data(snapshot.utf8)) as? [String: Any])
        json["generated"] = nil
        return json as NSDictionary
    }

    @Test func configCheckPrintsTheEffectiveSettingsOrWhatToFix() throws {
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        let config = try String(contentsOfFile: cm.config, encoding: .utf8)
        try config.replacingOccurrences(of: "listen: 127.0.0.1:0", with: "listen: 127.0.0.1:0\n  token: very-secret-token")
            .write(toFile: cm.config, atomically: true, encoding: .utf8)
        let ok = try cm.run(["config", "check"])
        #expect(ok.status == 0)
        let settings = try #require(ok.lines.first)
        #expect(settings["state_dir"] as? String == cm.dir + "/state")
        #expect((settings["inbox"] as? [String: Any])?["settle_ms"] as? Int == 1000)
        #expect((settings["http"] as? [String: Any])?["token"] as? String == "set")
        #expect(!ok.stdout.contains("very-secret-token"))
        // A mistyped key: exit 2, with the key's path and what to write instead.
        try (config + "\ninbox:\n  setle_ms: 10\n").write(toFile: cm.config, atomically: true, encoding: .utf8)
        let bad = try cm.run(["config", "check"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("inbox.setle_ms") && bad.stderr.contains("did you mean inbox.settle_ms"), "\(bad.stderr)")
    }

    @Test func ingestionOrderDoesNotChangeTheMap() throws {
        let files = try Self.devFiles()
        let forward = try BinaryRunner(sharedGazetteer: true), backward = try BinaryRunner(sharedGazetteer: true)
        let whole = try BinaryRunner(sharedGazetteer: true)
        defer { forward.cleanUp(); backward.cleanUp(); whole.cleanUp() }
        // One process each, the files in opposite orders (committed in turn, batches of files a
        // transaction), and the directory given as one argument.
        try forward.run(["ingest"] + files)
        try backward.run(["ingest"] + files.reversed())
        let directory = try whole.run(["ingest", Self.devDocs])
        #expect(directory.stderr.components(separatedBy: "ingested").count - 1 == files.count, "every file of the directory")
        let a = try forward.run(["snapshot"]).stdout, b = try backward.run(["snapshot"]).stdout
        #expect(try Self.comparable(a) == Self.comparable(b))
        #expect(try Self.comparable(whole.run(["snapshot"]).stdout) == Self.comparable(a))
        // The current map is read from the stored states; the map at today's date is replayed
        // from the event log. They must be the same map.
        let today = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
        #expect(try Self.comparable(whole.run(["snapshot", "--at", today]).stdout) == Self.comparable(a))
        #expect(a.contains("\"features\":[{"))
    }

    @Test func snapshotAtADateDiffersExactlyAtThePlaceOfADatedEvent() throws {
        let cm = try BinaryRunner(sharedGazetteer: true)
        defer { cm.cleanUp() }
        let old = cm.dir + "/old.json", new = cm.dir + "/new.json"
        try #"{"title":"Raqqa","text":"The SDF captured Raqqa from Islamic State.","published":"2017-10-17"}"#.write(toFile: old, atomically: true, encoding: .utf8)
        try #"{"title":"Mayadin","text":"The Syrian army captured Mayadin from Islamic State.","published":"2017-10-14"}"#.write(toFile: new, atomically: true, encoding: .utf8)
        try cm.run(["ingest", old, new])
        func ids(_ at: String) throws -> [String: String] {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(cm.run(["snapshot", "--at", at]).stdout.utf8)) as? [String: Any])
            var out: [String: String] = [:]
            for f in json["features"] as? [[String: Any]] ?? [] {
                out[f["id"] as! String] = (f["properties"] as? [String: Any])?["controller"] as? String
            }
            return out
        }
        let before = try ids("2017-10-16"), after = try ids("2017-10-17")
        #expect(before.count == 1)
        #expect(after.count == 2)
        #expect(Set(after.keys).subtracting(before.keys) == ["172955"])
        #expect(after["172955"] == "sdf")
        #expect(try ids("2017-10-01").isEmpty)
    }

    @Test func everyProductOpensInOgrinfoAndValidates() throws {
        let cm = try BinaryRunner(sharedGazetteer: true)
        defer { cm.cleanUp() }
        let files = try Self.devFiles()
        try cm.run(["ingest"] + Array(files.prefix(10)))
        try cm.run(["ingest"] + Array(files.dropFirst(10)))
        let out = cm.dir + "/out"
        let snapshots = try FileManager.default.contentsOfDirectory(atPath: out + "/snapshots").map { out + "/snapshots/" + $0 }
        #expect(snapshots.count == 2)
        let products = [out + "/latest.geojson", out + "/changes.geojson", out + "/events.geojson"] + snapshots
        for path in products {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            // At most six decimals in any coordinate.
            let regex = try NSRegularExpression(pattern: #""coordinates":\[(-?[0-9.]+),(-?[0-9.]+)\]"#)
            for m in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                for g in 1...2 {
                    let number = (text as NSString).substring(with: m.range(at: g))
                    #expect((number.split(separator: ".").dropFirst().first?.count ?? 0) <= 6, "\(number) in \(path)")
                }
            }
            if let (status, output) = try BinaryRunner.ogrinfo(path) {
                #expect(status == 0, "\(path): \(output)")
                #expect(!output.contains("Warning") && !output.contains("ERROR"), "\(path): \(output)")
            } else {
                Issue.record("ogrinfo (gdal-bin) is not installed: run `make deps`")
            }
            try validate(path)
        }
        let changes = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/changes.geojson"))) as? [String: Any])
        let first = try #require((changes["features"] as? [[String: Any]])?.first?["properties"] as? [String: Any])
        #expect(first["before"] != nil && first["after"] != nil)
    }

    /// Validates a file against the GeoJSON FeatureCollection schema of Tests/schemas with Debian's python3-jsonschema.
    func validate(_ path: String) throws {
        let schema = BinaryRunner.projectRoot.appendingPathComponent("Tests/schemas/geojson-featurecollection.schema.json").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = ["-c", "import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))", path, schema]
        let pipe = Pipe()
        p.standardError = pipe
        try p.run()
        let err = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(path) does not validate: \(err.suffix(600))")
    }

    @Test func explainShowsEveryClaimWithItsSentence() throws {
        let cm = try BinaryRunner(sharedGazetteer: true)
        defer { cm.cleanUp() }
        try cm.run(["ingest", BinaryRunner.referenceArticle()])
        let r = try cm.run(["explain", "170794"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("contested"))
        #expect(r.stdout.contains("64%"))
        #expect(r.stdout.contains("64 في المائة"))
        #expect(r.stdout.contains("weight"))
        let airbase = try cm.run(["explain", "site:deir-ez-zor-airport"])
        #expect(airbase.stdout.contains("controlled by syrian-government"))
        #expect(airbase.stdout.contains("قاعدة دير الزور الجوية"))
    }

    @Test func rebuildAndReprocessReproduceTheMap() throws {
        let cm = try BinaryRunner(sharedGazetteer: true)
        defer { cm.cleanUp() }
        try cm.run(["ingest"] + Array(try Self.devFiles().prefix(8)))
        let before = try Self.comparable(cm.run(["snapshot"]).stdout)
        #expect(try cm.run(["rebuild"]).status == 0)
        #expect(try Self.comparable(cm.run(["snapshot"]).stdout) == before)
        let reprocess = try cm.run(["reprocess"])
        #expect(reprocess.status == 0)
        #expect(reprocess.stderr.contains("reprocessed"))
        #expect(!reprocess.stderr.contains("\r"))  // no progress line when not on a terminal
        #expect(try Self.comparable(cm.run(["snapshot"]).stdout) == before)
    }

    @Test func renderDrawsAMapAPersonCanLookAt() throws {
        let cm = try BinaryRunner(sharedGazetteer: true)
        defer { cm.cleanUp() }
        try cm.run(["ingest", BinaryRunner.referenceArticle()])
        let svg = cm.dir + "/map.svg", png = cm.dir + "/map.png"
        #expect(try cm.run(["render", "--out", svg]).status == 0)
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("<svg") && text.contains("Deir ez-Zor") && text.contains("syrian-government"))
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/rsvg-convert") else {
            Issue.record("rsvg-convert (librsvg2-bin) is not installed: run `make deps`")
            return
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/rsvg-convert")
        p.arguments = [svg, "-o", png]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(data.count > 10_000)
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}
