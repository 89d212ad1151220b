import Foundation
import Testing

/// The HTTP API and the web map of the running service, queried as a client would.
@Suite(.serialized) struct HTTPAPITests {
    /// `controlmap serve` with its HTTP address, its log kept.
    final class Server {
        let process = Process()
        let address: String
        let log: String

        init(_ cm: BinaryRunner) throws {
            log = cm.dir + "/serve.log"
            _ = FileManager.default.createFile(atPath: log, contents: nil)
            process.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
            process.arguments = ["serve", "--config", cm.config]
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let file = cm.dir + "/state/http.address"
            // (Start-up compiles the shared gazetteer; under the whole suite's parallel load it has taken over 60 s.)
            let deadline = Date().addingTimeInterval(180)
            while !FileManager.default.fileExists(atPath: file) {
                guard Date() < deadline, process.isRunning else { throw CocoaError(.fileNoSuchFile) }
                usleep(50_000)
            }
            address = try String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        }

        var base: String { "http://\(address)" }

        func stop() -> Int32 {
            process.terminate()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    struct Answer {
        var status: Int
        var headers: [String: String]
        var body: Data
        var json: [String: Any]? { try? JSONSerialization.jsonObject(with: body) as? [String: Any] }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// A GET with curl (a client outside the project), headers lower-cased.
    static func get(_ url: String, headers: [String] = [], maxTime: Double = 20, head: Bool = false) throws -> Answer {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        let headerFile = NSTemporaryDirectory() + "cm-headers-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: headerFile) }
        p.arguments = ["-s", "-g", "--path-as-is", "--max-time", String(maxTime), "-D", headerFile] + (head ? ["-X", "HEAD"] : [])
            + headers.flatMap { ["-H", $0] } + [url]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let body = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let head = (try? String(contentsOfFile: headerFile, encoding: .utf8)) ?? ""
        let blocks = head.components(separatedBy: "\r\n\r\n").filter { !$0.isEmpty }
        let lines = (blocks.last ?? "").components(separatedBy: "\r\n")
        let status = lines.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Answer(status: status, headers: fields, body: body)
    }

    static func features(_ a: Answer) -> [[String: Any]] {
        a.json?["features"] as? [[String: Any]] ?? []
    }

    static func python(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        // Debian's python3 has python3-jsonschema (make deps); the checks need nothing else.
        p.executableURL = URL(fileURLWithPath: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : "/usr/bin/env")
        p.arguments = (p.executableURL!.path == "/usr/bin/env" ? ["python3"] : []) + [BinaryRunner.projectRoot.appendingPathComponent(script).path] + arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func everyEndpointAnswersAsDocumentedWithTheReferenceArticle() async throws {
        let cm = try BinaryRunner(sharedGazetteer: true)
        defer { cm.cleanUp() }
        let server = try Server(cm)
        let base = server.base

        // The stream is open before the article arrives: it must see the new events.
        let streamFile = cm.dir + "/stream.txt"
        let stream = Process()
        stream.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        stream.arguments = ["-s", "-N", "--max-time", "600", "-o", streamFile, base + "/v1/stream"]
        try stream.run()
        let helloSeen = try await DaemonTests.waitFor(seconds: 20) {
            ((try? String(contentsOfFile: streamFile, encoding: .utf8)) ?? "").contains("event: hello")
        }
        #expect(helloSeen)

        DaemonTests.drop(cm, "reference.txt", try String(contentsOfFile: BinaryRunner.referenceArticle(), encoding: .utf8))
        let ingested = try await DaemonTests.waitFor(seconds: 60) {
            (try? Self.get(base + "/healthz").json?["documents"] as? Int) == 1
                && ((try? Self.get(base + "/v1/map.geojson")).map(Self.features)?.count ?? 0) > 0
        }
        #expect(ingested)

        // Health.
        let health = try Self.get(base + "/healthz")
        #expect(health.status == 200)
        #expect(health.json?["status"] as? String == "ok" && health.json?["store_ok"] as? Bool == true)
        #expect((health.json?["last_document"] as? [String: Any])?["id"] is String)

        // The map, with its entity tag.
        let map = try Self.get(base + "/v1/map.geojson")
        #expect(map.status == 200 && map.headers["content-type"] == "application/geo+json")
        let features = Self.features(map)
        let bughayliyah = features.first { $0["id"] as? String == "171236" }
        #expect((bughayliyah?["properties"] as? [String: Any])?["controller"] as? String == "syrian-government")
        let etag = try #require(map.headers["etag"])
        #expect(try Self.get(base + "/v1/map.geojson", headers: ["If-None-Match: \(etag)"]).status == 304)
        #expect(try Self.get(base + "/v1/map.geojson", headers: ["If-None-Match: \"stale\""]).status == 200)
        #expect(Self.features(try Self.get(base + "/v1/map.geojson?at=2000-01-01")).isEmpty)
        #expect(try Self.get(base + "/v1/map.geojson?at=yesterday").status == 400)
        #expect(try Self.get(base + "/v1/map.geojson?at=2017-02-30").status == 400)
        // A long bad value is not echoed whole.
        let long = try Self.get(base + "/v1/events?since=" + String(repeating: "9", count: 20_000))
        #expect(long.status == 400 && long.body.count < 500, "\(long.body.count) bytes")

        // A place: state, history, evidence.
        let place = try Self.get(base + "/v1/places/171236")
        #expect(place.status == 200)
        let history = place.json?["history"] as? [[String: Any]] ?? []
        #expect(!history.isEmpty && history.allSatisfy { !($0["evidence"] as? String ?? "").isEmpty })
        #expect((place.json?["state"] as? [String: Any])?["controller"] as? String == "syrian-government")
        #expect(try Self.get(base + "/v1/places/000000").status == 404)

        // Events with filters.
        let all = Self.features(try Self.get(base + "/v1/events"))
        #expect(!all.isEmpty)
        let byActor = Self.features(try Self.get(base + "/v1/events?actor=syrian-government"))
        #expect(!byActor.isEmpty && byActor.count <= all.count)
        #expect(byActor.allSatisfy {
            let p = $0["properties"] as? [String: Any]
            return p?["actor"] as? String == "syrian-government" || p?["from_actor"] as? String == "syrian-government"
        })
        let atPlace = Self.features(try Self.get(base + "/v1/events?place=171236"))
        #expect(!atPlace.isEmpty && atPlace.allSatisfy { ($0["properties"] as? [String: Any])?["place_id"] as? String == "171236" })
        #expect(Self.features(try Self.get(base + "/v1/events?since=2100-01-01")).isEmpty)
        #expect(Self.features(try Self.get(base + "/v1/events?kind=siege_broken")).allSatisfy { ($0["properties"] as? [String: Any])?["kind"] as? String == "siege_broken" })
        #expect(try Self.get(base + "/v1/events?kind=won").status == 400)

        // Changes since before the war include Bughayliyah; since now, nothing.
        let changes = Self.features(try Self.get(base + "/v1/changes?since=2000-01-01"))
        #expect(changes.contains { $0["id"] as? String == "171236" })
        let unresolved = try Self.get(base + "/v1/unresolved")
        #expect(unresolved.status == 200 && unresolved.json?["mentions"] is [Any])

        // Metrics through swift-prometheus.
        let metrics = try Self.get(base + "/metrics").text
        #expect(metrics.contains("controlmap_documents_total{outcome=\"ingested\"} 1"))
        #expect(metrics.contains("controlmap_events_total{kind="))
        #expect(metrics.contains("controlmap_extraction_seconds_bucket"))
        #expect(metrics.contains("controlmap_snapshot_age_seconds"))

        // Every response matches the OpenAPI document.
        let requests = ["/v1/map.geojson", "/v1/map.geojson?at=2017-10-01", "/v1/map.geojson?at=bad", "/v1/places/171236", "/v1/places/000000", "/v1/places/site%3Adeir-ez-zor-airport",
                        "/v1/events", "/v1/events?actor=syrian-government&since=2010-01-01&limit=5", "/v1/events?kind=nope", "/v1/changes",
                        "/v1/changes?since=2000-01-01", "/v1/changes?since=never", "/v1/unresolved", "/v1/feeds", "/v1/timeline", "/v1/legend",
                        "/v1/stream", "/healthz", "/metrics", "/openapi.json", "/"]
        let check = try Self.python("Tests/support/check-openapi.py",
                                    [BinaryRunner.projectRoot.appendingPathComponent("web/openapi.json").path, base] + requests)
        #expect(check.status == 0, "\(check.output)")

        // The stream carried the new events and the publication.
        let streamed = try await DaemonTests.waitFor(seconds: 30) {
            let text = (try? String(contentsOfFile: streamFile, encoding: .utf8)) ?? ""
            return text.contains("event: events") && text.contains("171236") && text.contains("event: snapshot")
        }
        #expect(streamed)
        // SIGTERM ends the open stream and the server cleanly.
        #expect(server.stop() == 0)
        stream.waitUntilExit()
    }

    @Test func theWebPageWorksInARealBrowser() async throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") else {
            Issue.record("chromium is not installed (make deps installs it)")
            return
        }
        let cm = try BinaryRunner(sharedGazetteer: true)
        defer { cm.cleanUp() }
        let server = try Server(cm)
        defer { _ = server.stop() }
        // Two dated articles: the slider has two steps to replay.
        DaemonTests.drop(cm, "a.txt", try String(contentsOfFile: BinaryRunner.referenceArticle(), encoding: .utf8))
        DaemonTests.drop(cm, "b.json", #"{"title": "SDF take Raqqa", "text": "The SDF captured Raqqa from Islamic State on Tuesday.", "published": "2017-10-17"}"#)
        let ready = try await DaemonTests.waitFor(seconds: 60) {
            (try? Self.get(server.base + "/healthz").json?["documents"] as? Int) == 2
                && ((try? Self.get(server.base + "/v1/timeline")).flatMap { $0.json?["dates"] as? [String] }?.count ?? 0) >= 2
        }
        #expect(ready)
        // The publication is debounced after the commits: wait until the published map is the
        // one the store gives today, or the page and this test may read two different maps.
        func mapIDs(_ query: String) -> Set<String> {
            Set(((try? Self.get(server.base + "/v1/map.geojson" + query)).map(Self.features) ?? []).compactMap { $0["id"] as? String })
        }
        let today = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
        #expect(try await DaemonTests.waitFor(seconds: 60) { let ids = mapIDs(""); return !ids.isEmpty && ids == mapIDs("?at=" + today) })
        let expected = Self.features(try Self.get(server.base + "/v1/map.geojson")).compactMap { $0["id"] as? String }.sorted()
        let firstDay = try #require((try Self.get(server.base + "/v1/timeline").json?["dates"] as? [String])?.first)
        let expectedThen = Self.features(try Self.get(server.base + "/v1/map.geojson?at=\(firstDay)")).count

        let artifacts = BinaryRunner.projectRoot.appendingPathComponent(".build/test-artifacts")
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        let screenshot = artifacts.appendingPathComponent("web-map.png").path
        try? FileManager.default.removeItem(atPath: screenshot)
        let run = try Self.python("Tests/support/browser-check.py", [server.base + "/", screenshot])
        let line = try #require(run.output.split(separator: "\n").last(where: { $0.hasPrefix("{") }), "\(run.output)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(result["ready"] as? Bool == true)
        #expect((result["console_errors"] as? [String])?.isEmpty == true, "\(result["console_errors"] ?? "")")
        #expect((result["marker_ids"] as? [String])?.sorted() == expected, "one marker per place of the snapshot")
        #expect(result["slider_at"] as? String == firstDay)
        #expect(result["markers_after_slider"] as? Int == expectedThen)
        #expect(expectedThen < expected.count, "the first day shows fewer places than now")
        let evidence = result["evidence"] as? [String] ?? []
        #expect(!evidence.isEmpty && evidence.allSatisfy { !$0.isEmpty }, "a click shows the evidence")
        #expect(result["evidence_dir"] as? String == "auto", "evidence is laid out by its own direction (Arabic right to left)")
        #expect(FileManager.default.fileExists(atPath: screenshot))
    }

    @Test func beyondLoopbackTheAPIAsksForAToken() async throws {
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        var config = try String(contentsOfFile: cm.config, encoding: .utf8)
        config = config.replacingOccurrences(of: "listen: 127.0.0.1:0", with: "listen: 0.0.0.0:0")
        try config.write(toFile: cm.config, atomically: true, encoding: .utf8)
        // No token: refused at start with what to do.
        let refused = try cm.run(["serve"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("http.token"))

        try (config + "\n").replacingOccurrences(of: "listen: 0.0.0.0:0", with: "listen: 0.0.0.0:0\n  token: s3cret-token")
            .write(toFile: cm.config, atomically: true, encoding: .utf8)
        let server = try Server(cm)
        defer { _ = server.stop() }
        let base = "http://127.0.0.1:" + server.address.split(separator: ":").last!
        #expect(try Self.get(base + "/v1/map.geojson").status == 401)
        #expect(try Self.get(base + "/v1/map.geojson", headers: ["Authorization: Bearer wrong-token!"]).status == 401)
        #expect(try Self.get(base + "/v1/map.geojson", headers: ["Authorization: Bearer s3cret-token"]).status == 200)
        #expect(try Self.get(base + "/v1/events?token=s3cret-token").status == 200)
        #expect(try Self.get(base + "/metrics").status == 401)
        #expect(try Self.get(base + "/").status == 200)
        // Health without the token says only whether the service is well; the operator sees more.
        let open = try Self.get(base + "/healthz")
        #expect(open.status == 200 && open.json?["status"] as? String == "ok")
        #expect(open.json?["feeds_failing"] == nil && open.json?["last_error"] == nil)
        #expect(try Self.get(base + "/healthz", headers: ["Authorization: Bearer s3cret-token"]).json?["feeds_failing"] != nil)
        // HEAD wherever GET works, without a body, and behind the same token.
        let probe = try Self.get(base + "/v1/map.geojson", headers: ["Authorization: Bearer s3cret-token"], head: true)
        #expect(probe.status == 200 && probe.body.isEmpty && probe.headers["content-type"] == "application/geo+json")
        #expect(try Self.get(base + "/v1/map.geojson", head: true).status == 401)
        #expect(try Self.get(base + "/healthz", head: true).status == 200)
        // The router folds extra slashes, dots and percent-encoding: the token check must too.
        for route in ["/v1/map.geojson", "/v1/events", "/v1/stream", "/v1/feeds", "/v1/changes", "/v1/timeline", "/metrics", "/openapi.json"] {
            let rest = route.dropFirst()
            for variant in ["/" + rest, "//" + rest, "///" + rest, "/" + rest + "/", "/./" + rest, "/assets/../" + rest,
                            "/" + rest.replacingOccurrences(of: "v", with: "%76"), "/" + rest.replacingOccurrences(of: "/", with: "//")] {
                let status = try Self.get(base + variant, maxTime: 3).status
                #expect(status == 401 || status == 404, "\(variant) answered \(status) without a token")
            }
        }
    }

    @Test func aPortInUseFailsTheStartWithWhatToDo() async throws {
        let first = try BinaryRunner(sharedGazetteer: false)
        defer { first.cleanUp() }
        let server = try Server(first)
        defer { _ = server.stop() }
        let second = try BinaryRunner(sharedGazetteer: false)
        defer { second.cleanUp() }
        let config = try String(contentsOfFile: second.config, encoding: .utf8)
        try config.replacingOccurrences(of: "listen: 127.0.0.1:0", with: "listen: " + server.address)
            .write(toFile: second.config, atomically: true, encoding: .utf8)
        let refused = try second.run(["serve"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("http.listen " + server.address))
        #expect(refused.stderr.contains("choose another"))
    }

    @Test func anOutputDirThatRefusesTheMapIsRetriedWithBackoffAndShownUnhealthy() async throws {
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        for sub in ["tmp", "new"] { try FileManager.default.createDirectory(atPath: cm.dir + "/inbox/" + sub, withIntermediateDirectories: true) }
        let server = try Server(cm)
        defer { _ = server.stop() }
        #expect(try Self.get(server.base + "/healthz").status == 200)
        // The output directory becomes a plain file: nothing can be written into it, not even as root.
        let out = cm.dir + "/out"
        try FileManager.default.removeItem(atPath: out)
        _ = FileManager.default.createFile(atPath: out, contents: Data("not a directory".utf8))
        let tmp = cm.dir + "/inbox/tmp/a.txt"
        try "Report\n\nSyrian rebels took the town of Binnish on Monday.".write(toFile: tmp, atomically: false, encoding: .utf8)
        rename(tmp, cm.dir + "/inbox/new/a.txt")
        var unhealthy: Answer?
        // (Generous: with the other end-to-end suites running beside it on two cores, reading the
        // article and the first failed publication took over 30 s twice.)
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            let answer = try Self.get(server.base + "/healthz")
            if answer.status == 503 { unhealthy = answer; break }
            try await Task.sleep(for: .milliseconds(200))
        }
        #expect(unhealthy?.json?["publish_ok"] as? Bool == false)
        #expect(unhealthy?.json?["status"] as? String == "degraded")
        // Six more seconds of failing: a handful of attempts (0.5, 1, 2, 4 s apart), not five a
        // second. (Counted from when /healthz showed it: on a loaded machine that may take a
        // minute, in which the backoff has already doubled several times.)
        func failures() throws -> Int {
            try String(contentsOfFile: server.log, encoding: .utf8).components(separatedBy: "publish failed").count - 1
        }
        let seen = try failures()
        try await Task.sleep(for: .seconds(6))
        let afterSix = try failures()
        #expect(afterSix >= 2 && afterSix - seen <= 5, "\(seen) publish attempts, then \(afterSix - seen) in six seconds")
        // Once the directory is back, the map is published again and the service is healthy.
        try FileManager.default.removeItem(atPath: out)
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        var recovered = false
        let later = Date().addingTimeInterval(90)
        while Date() < later, !recovered {
            recovered = try Self.get(server.base + "/healthz").status == 200
            if !recovered { try await Task.sleep(for: .milliseconds(250)) }
        }
        #expect(recovered)
        #expect(FileManager.default.fileExists(atPath: out + "/latest.geojson"))
    }

    @Test func slowClientsAreClosedAndCannotStarveTheAPI() async throws {
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        let config = try String(contentsOfFile: cm.config, encoding: .utf8)
        try config.replacingOccurrences(of: "listen: 127.0.0.1:0", with: "listen: 127.0.0.1:0\n  idle_timeout_s: 2\n  max_connections: 20")
            .write(toFile: cm.config, atomically: true, encoding: .utf8)
        let server = try Server(cm)
        defer { _ = server.stop() }
        let parts = server.address.split(separator: ":")
        // Twice as many half-sent requests as the API holds at once.
        let run = try Self.python("Tests/support/slow-clients.py", [String(parts[0]), String(parts[1]), "40", "4"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any], "\(run.output)")
        // The health answer waits at most for the idle ones to be closed, then comes at once.
        #expect(report["during_status"] as? Int == 200)
        #expect((report["during_seconds"] as? Double ?? 99) < 15)
        #expect(report["closed"] as? Int == 40)
        #expect(report["after_status"] as? Int == 200 && (report["after_seconds"] as? Double ?? 99) < 2)
    }
}
