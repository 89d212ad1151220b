import Foundation
import Testing

/// Feeds over libcurl against a misbehaving local server (Tests/support/feed-server.py).
@Suite(.serialized) struct FeedTests {
    /// The test server on 127.0.0.1, with its request log.
    final class FeedServer {
        let process = Process()
        let log: String
        let port: Int

        init(dir: String) throws {
            let portFile = dir + "/feed-server.port"
            log = dir + "/feed-server.log"
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", BinaryRunner.projectRoot.appendingPathComponent("Tests/support/feed-server.py").path, portFile, log]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let deadline = Date().addingTimeInterval(20)
            while !FileManager.default.fileExists(atPath: portFile) {
                guard Date() < deadline else { throw CocoaError(.fileNoSuchFile) }
                usleep(50_000)
            }
            port = Int(try String(contentsOfFile: portFile, encoding: .utf8))!
        }

        func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

        /// The requests served so far, oldest first.
        var requests: [[String: Any]] {
            ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n")
                .compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        }

        func requests(_ path: String) -> [[String: Any]] { requests.filter { $0["path"] as? String == path } }

        func stop() {
            // SIGKILL: the test runner's children may inherit an ignored SIGTERM.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    static func configure(_ cm: BinaryRunner, _ server: FeedServer) throws {
        var config = try String(contentsOfFile: cm.config, encoding: .utf8)
        config += """

            feeds:
              - {url: "\(server.url("/rss.xml"))", interval_seconds: 1}
              - {url: "\(server.url("/atom.xml"))", interval_seconds: 1}
              - {url: "\(server.url("/summary.xml"))", interval_seconds: 600, fetch_articles: true}
              - {url: "\(server.url("/error"))", interval_seconds: 600}
              - {url: "\(server.url("/slow"))", interval_seconds: 600}
              - {url: "\(server.url("/loop"))", interval_seconds: 600}
              - {url: "\(server.url("/huge"))", interval_seconds: 600}
              - {url: "\(server.url("/laughs"))", interval_seconds: 600}
            feed:
              timeout_seconds: 1
              connect_timeout_seconds: 1
              max_bytes: 2000000
              retry_seconds: 1
              max_backoff_seconds: 60
              jitter: 0

            """
        try config.write(toFile: cm.config, atomically: true, encoding: .utf8)
    }

    @Test func feedsAreIngestedPolledConditionallyAndBadServersBackedOff() async throws {
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        let server = try FeedServer(dir: cm.dir)
        defer { server.stop() }
        try Self.configure(cm, server)

        let daemon = Process()
        daemon.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
        daemon.arguments = ["serve", "--config", cm.config]
        let stderrPath = cm.dir + "/serve.log"
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        daemon.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        daemon.standardOutput = FileHandle.nullDevice
        try daemon.run()
        // The gazetteer is compiled before the services start (half a minute in a debug build on
        // a busy machine): the polls are timed from the start, not from the launch.
        let started = try await DaemonTests.waitFor(seconds: 300) {
            ((try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "").contains("starting")
        }
        #expect(started)
        // Long enough for three conditional polls of the good feeds and three attempts at each
        // bad one (retries after 1 s, then 2 s).
        let sawRetries = try await DaemonTests.waitFor(seconds: 60) {
            ["/error", "/loop", "/laughs"].allSatisfy { server.requests($0).count >= 3 } && server.requests("/rss.xml").count >= 3
        }
        daemon.terminate()
        daemon.waitUntilExit()
        #expect(sawRetries)
        #expect(daemon.terminationStatus == 0)
        let log = try String(contentsOfFile: stderrPath, encoding: .utf8)

        // Items of both feeds ingested, the shared story once, the summary-only item with its
        // article's text (the Tabqa capture is only on the article page).
        let cur = DaemonTests.contents(cm.dir + "/inbox/cur").filter { $0.hasPrefix("feed-") }
        #expect(cur.count == 4, "\(cur)")
        #expect(DaemonTests.contents(cm.dir + "/inbox/new").isEmpty)
        let history = try cm.run(["history", "Tabqa", "--json"])
        #expect(history.stdout.contains("captured"), "\(history.stdout) \(history.stderr)")
        #expect(try cm.run(["history", "Mayadin", "--json"]).stdout.contains("syrian-government"))
        #expect(try cm.run(["history", "Raqqa", "--json"]).stdout.contains("sdf"))

        // Conditional GET: the first poll is plain, later ones carry the validators and get 304.
        let rss = server.requests("/rss.xml")
        #expect(rss.first?["if_none_match"] is NSNull)
        #expect(rss.dropFirst().allSatisfy { $0["if_none_match"] as? String == "\"rss-v1\"" && $0["status"] as? Int == 304 })
        #expect(rss.first?["accept_encoding"] as? String ?? "" != "", "gzip offered")
        let atom = server.requests("/atom.xml")
        #expect(atom.count >= 2)
        #expect(atom.dropFirst().allSatisfy { $0["if_modified_since"] as? String == "Sat, 14 Oct 2017 08:00:00 GMT" && $0["status"] as? Int == 304 })

        // Bad servers: each failure logged with its reason, retried with growing gaps.
        for (path, reason) in [("/error", "HTTP 500"), ("/slow", "timed out"), ("/loop", "redirects"),
                               ("/huge", "limit of 2000000 bytes"), ("/laughs", "declares its own XML entities")] {
            #expect(log.contains("feed poll failed") && log.contains(reason), "\(path): \(reason)")
        }
        for n in 1...3 {
            let wait = ["1.0", "2.0", "4.0"][n - 1]
            #expect(log.contains("failures=\(n) feed=\(server.url("/error")) reason=\"the server answered HTTP 500\" retry_in_s=\(wait)"), "backoff \(n)")
        }
        for path in ["/error", "/laughs"] {
            let times = server.requests(path).map { $0["time"] as! Double }
            #expect(times.count >= 3)
            if times.count >= 3 {
                let first = times[1] - times[0], second = times[2] - times[1]
                #expect(first >= 0.8 && second >= 1.6, "\(path) gaps \(first) \(second)")
            }
        }
        // The 100 MB body was cut off near the cap, not downloaded.
        let huge = server.requests("/huge")
        #expect(!huge.isEmpty && huge.allSatisfy { ($0["bytes"] as? Int ?? 0) < 50_000_000 })

        // The state is visible: failures, last error and the next poll of every feed.
        let feeds = try cm.run(["feeds", "--json"]).lines
        #expect(feeds.count == 8)
        let byURL = Dictionary(uniqueKeysWithValues: feeds.map { ($0["url"] as! String, $0) })
        #expect((byURL[server.url("/error")]?["failures"] as? Int ?? 0) >= 3)
        let lastError = byURL[server.url("/error")]?["last_error"] as? String
        #expect(lastError?.contains("HTTP 500") == true)
        #expect(byURL[server.url("/rss.xml")]?["failures"] as? Int == 0)
        #expect(byURL[server.url("/rss.xml")]?["etag"] as? String == "\"rss-v1\"")
        #expect(byURL[server.url("/rss.xml")]?["items_total"] as? Int == 2)

        // A restart keeps the validators: the first poll is conditional again, nothing re-ingested.
        let before = server.requests("/rss.xml").count
        let once = try cm.run(["serve", "--once"])
        #expect(once.status == 0)
        #expect(server.requests("/rss.xml").dropFirst(before).allSatisfy { $0["status"] as? Int == 304 })
        #expect(DaemonTests.contents(cm.dir + "/inbox/cur").filter { $0.hasPrefix("feed-") }.count == 4)
    }
}
