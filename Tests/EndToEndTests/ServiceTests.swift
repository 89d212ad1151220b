import Foundation
import Testing

/// The daemon under stress, as an operator would run it: real binary, real inbox, real signals.
@Suite(.serialized) struct DaemonTests {
    /// A running `controlmap serve`.
    final class Daemon {
        let process = Process()
        init(_ cm: BinaryRunner, environment: [String: String] = [:]) throws {
            process.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
            process.arguments = ["serve", "--config", cm.config]
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, n in n }
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
        }
        func kill9() { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        func stop() -> Int32 { process.terminate(); process.waitUntilExit(); return process.terminationStatus }
    }

    static let places = ["Palmyra", "Raqqa", "Deir ez-Zor", "Mayadin", "Tabqa", "Manbij", "Kobani", "Aleppo", "Idlib", "Saraqib",
                         "Homs", "Hama", "Mosul", "Kirkuk", "Tikrit", "Ramadi", "Fallujah", "Baiji", "Sinjar", "Afrin"]
    static let actors = ["The Syrian army", "Islamic State fighters", "The SDF", "Rebels", "Iraqi forces", "The Peshmerga"]

    /// `count` distinct articles written by the test, each reporting one or two events.
    static func articles(_ count: Int, seed: Int = 0) -> [(String, String)] {
        (0..<count).map { i in
            let p = places[(i * 7 + seed) % places.count], q = places[(i * 3 + 5 + seed) % places.count]
            let a = actors[i % actors.count], b = actors[(i + 1) % actors.count]
            return ("a\(String(format: "%04d", i)).txt", "Report \(i) (\(seed))\n\n\(a) captured \(p) on Monday after heavy fighting. \(b) withdrew from \(q), a monitor said. Item \(i).")
        }
    }

    /// The inbox's tmp/ and new/ made, the service started; the daemon and new/.
    static func daemonWithInbox(_ cm: BinaryRunner) throws -> (Daemon, String) {
        let new = cm.dir + "/inbox/new"
        try FileManager.default.createDirectory(atPath: new, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: cm.dir + "/inbox/tmp", withIntermediateDirectories: true)
        return (try Daemon(cm), new)
    }

    static func drop(_ cm: BinaryRunner, _ name: String, _ text: String) {
        let tmp = cm.dir + "/inbox/tmp/" + name
        try? text.write(toFile: tmp, atomically: false, encoding: .utf8)
        rename(tmp, cm.dir + "/inbox/new/" + name)
    }

    static func waitFor(seconds: Double = 120, _ condition: () -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() {
            if Date() > deadline { return false }
            try await Task.sleep(for: .milliseconds(100))
        }
        return true
    }

    static func contents(_ dir: String) -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] }

    static func status(_ cm: BinaryRunner) throws -> [String: Any] {
        try #require(try cm.run(["status"]).lines.first)
    }

    @Test func fiveHundredFilesWhileRunningMatchAOneShotIngest() async throws {
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        try FileManager.default.createDirectory(atPath: cm.dir + "/inbox/tmp", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: cm.dir + "/inbox/new", withIntermediateDirectories: true)
        let daemon = try Daemon(cm)
        let files = Self.articles(500)
        for (name, text) in files { Self.drop(cm, name, text) }
        let done = try await Self.waitFor { Self.contents(cm.dir + "/inbox/new").isEmpty && Self.contents(cm.dir + "/inbox/cur").count == 500 }
        #expect(done)
        #expect(daemon.stop() == 0)
        let served = try Self.status(cm)

        let oneShot = try BinaryRunner(sharedGazetteer: false)
        defer { oneShot.cleanUp() }
        for (name, text) in files { try text.write(toFile: oneShot.dir + "/" + name, atomically: true, encoding: .utf8) }
        try oneShot.run(["ingest"] + files.map { oneShot.dir + "/" + $0.0 })
        let reference = try Self.status(oneShot)
        #expect(served["documents"] as? Int == 500)
        #expect(served["events"] as? Int == reference["events"] as? Int)
        #expect((served["events"] as? Int ?? 0) > 500)
    }

    @Test func aFileWrittenSlowlyIntoNewIsTakenWhole() async throws {
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        // A settle time far longer than the writer's pause, so a loaded machine cannot blur them.
        let config = try String(contentsOfFile: cm.config, encoding: .utf8)
        try (config + "\ninbox:\n  settle_ms: 5000\n").write(toFile: cm.config, atomically: true, encoding: .utf8)
        let (daemon, new) = try Self.daemonWithInbox(cm)
        defer { _ = daemon.stop() }
        // First a file dropped the usual way, so the service is surely up and watching.
        Self.drop(cm, "first.txt", "Earlier report\n\nSyrian rebels took the town of Binnish.")
        #expect(try await Self.waitFor { Self.contents(cm.dir + "/inbox/cur").contains("first.txt") })
        // Written straight into new/ (no tmp/ and rename), the body two seconds after the title
        // (longer than the inbox's one-second look when no event wakes it), by a writer process of
        // its own: the test's tasks share a pool that other tests' blocking calls can stall for
        // seconds, which blurred the pause when the test itself wrote.
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "exec 3>\"$1\"; printf 'Report from the front\\n\\n' >&3; sleep 2; "
                            + "printf 'Syrian rebels took the town of Saraqib on Monday.' >&3; exec 3>&-", "sh", new + "/slow.txt"]
        try writer.run()
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        let done = try await Self.waitFor { Self.contents(new).isEmpty }
        #expect(done)
        #expect(Set(Self.contents(cm.dir + "/inbox/cur")) == ["first.txt", "slow.txt"])
        #expect((try Self.status(cm)["events"] as? Int ?? 0) >= 2, "the body was read, not only the title")
    }

    @Test func killedAtRandomMomentsNothingIsLostOrDuplicated() async throws {
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        try FileManager.default.createDirectory(atPath: cm.dir + "/inbox/tmp", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: cm.dir + "/inbox/new", withIntermediateDirectories: true)
        let files = Self.articles(240, seed: 3)
        for (name, text) in files { Self.drop(cm, name, text) }
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<4 {
            let daemon = try Daemon(cm)
            try await Task.sleep(for: .milliseconds(Int.random(in: 300...1500, using: &rng)))
            daemon.kill9()
        }
        let daemon = try Daemon(cm)
        let done = try await Self.waitFor { Self.contents(cm.dir + "/inbox/new").isEmpty }
        #expect(done)
        // The inbox may have been emptied by the killed runs: give this one time to start before
        // SIGTERM (no process can handle a signal in the microseconds after exec).
        try await Task.sleep(for: .seconds(3))
        #expect(daemon.stop() == 0)
        #expect(Self.contents(cm.dir + "/inbox/cur").count == 240)
        #expect(Self.contents(cm.dir + "/inbox/failed").isEmpty)
        let s = try Self.status(cm)
        #expect(s["integrity"] as? String == "ok")
        #expect(s["documents"] as? Int == 240)

        let oneShot = try BinaryRunner(sharedGazetteer: false)
        defer { oneShot.cleanUp() }
        for (name, text) in files { try text.write(toFile: oneShot.dir + "/" + name, atomically: true, encoding: .utf8) }
        try oneShot.run(["ingest"] + files.map { oneShot.dir + "/" + $0.0 })
        #expect(s["events"] as? Int == (try Self.status(oneShot))["events"] as? Int)
    }

    @Test func hostileInputsLandWithReasonsAndTheServiceStaysUp() async throws {
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        let (daemon, new) = try Self.daemonWithInbox(cm)
        defer { _ = daemon.stop() }
        var rng = SystemRandomNumberGenerator()
        let cp1256 = Data([0xC7, 0xE1, 0xD1, 0xDE, 0xC9, 0x0A, 0x0A, 0xD3, 0xED, 0xD8, 0xD1, 0xCA, 0x20, 0xDE, 0xD3, 0xCF, 0x20, 0xDA, 0xE1, 0xEC, 0x20, 0xC7, 0xE1, 0xD1, 0xDE, 0xC9])
        var hostile: [(String, Data)] = [
            ("binary.txt", Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &rng) })),
            ("invalid-utf8.txt", Data([0x41, 0xC3, 0x28, 0xFF, 0xFE, 0x41, 0x0A])),
            ("cp1256.txt", cp1256),
            ("empty.txt", Data()),
            ("nul.txt", Data("Title\n\nRebels\u{0}took Saraqib.".utf8)),
            ("deep.html", Data((String(repeating: "<div>", count: 100_000) + "<p>Rebels took Saraqib.</p>").utf8)),
            ("one-line.txt", Data(("Title\n\n" + String(repeating: "The SDF captured Raqqa and ", count: 15_000)).utf8)),
            ("broken.json", Data("{\"title\": \"x\", \"text\": ".utf8)),
            ("broken.xml", Data("<rss><channel><item><title>Unclosed".utf8)),
        ]
        hostile.append(("huge.txt", Data(repeating: 0x41, count: 50 * 1024 * 1024)))
        for (name, data) in hostile {
            try data.write(to: URL(fileURLWithPath: cm.dir + "/inbox/tmp/" + name))
            rename(cm.dir + "/inbox/tmp/" + name, new + "/" + name)
        }
        // A name that is not UTF-8 ("bad\xff.txt"), renamed into new/ by its bytes.
        try Data("Title\n\nRebels took Saraqib.".utf8).write(to: URL(fileURLWithPath: cm.dir + "/inbox/tmp/bad.txt"))
        let badName = Array((new + "/bad").utf8) + [0xFF] + Array(".txt".utf8) + [0]
        let renamed = badName.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { rename(cm.dir + "/inbox/tmp/bad.txt", $0) }
        }
        #expect(renamed == 0)
        // (A generous deadline: under the parallel load of the whole suite the hostile batch has taken over 120 s.)
        let done = try await Self.waitFor(seconds: 300) { Self.contents(new).isEmpty }
        #expect(done)
        #expect(daemon.process.isRunning)
        let failed = Set(Self.contents(cm.dir + "/inbox/failed")), cur = Set(Self.contents(cm.dir + "/inbox/cur"))
        for (name, _) in hostile {
            #expect(failed.contains(name) != cur.contains(name), "\(name) must be in exactly one of cur/ and failed/")
            if failed.contains(name) {
                #expect(failed.contains(name + ".reason"), "\(name) has no reason")
                let reason = try String(contentsOfFile: cm.dir + "/inbox/failed/" + name + ".reason", encoding: .utf8)
                #expect(reason.count > 10)
            }
        }
        #expect(cur.contains("cp1256.txt"))
        #expect(failed.contains("binary.txt") && failed.contains("empty.txt") && failed.contains("huge.txt") && failed.contains("nul.txt"))
        #expect(try String(contentsOfFile: cm.dir + "/inbox/failed/huge.txt.reason", encoding: .utf8).contains("limit"))
        #expect(failed.contains("bad_.txt") && failed.contains("bad_.txt.reason"), "\(failed.sorted())")
    }

    @Test func aFileTheStoreRefusesHoldsBackNoOtherOfItsBatch() throws {
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        try cm.run(["status"])
        // A trigger makes the store refuse one document, as a broken row or a full disk might.
        let trigger = """
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1])
            c.execute("CREATE TRIGGER poison BEFORE INSERT ON document WHEN NEW.title = 'Poison' BEGIN SELECT RAISE(ABORT, 'refused'); END")
            c.commit()
            """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        python.arguments = ["-c", trigger, cm.dir + "/state/controlmap.sqlite"]
        try python.run()
        python.waitUntilExit()
        try #require(python.terminationStatus == 0)
        let new = cm.dir + "/inbox/new"
        try FileManager.default.createDirectory(atPath: new, withIntermediateDirectories: true)
        let names = (1...12).map { String(format: "%02d.txt", $0) }
        for (i, name) in names.enumerated() {
            let text = i == 5 ? "Poison\n\nRebels took Saraqib." : "Report \(i)\n\nRebels took Saraqib on day \(i)."
            try text.write(toFile: new + "/" + name, atomically: true, encoding: .utf8)
        }
        // One burst, one batch: the refused file stays for a retry, every other one is stored.
        try cm.run(["serve", "--once"])
        #expect(Self.contents(new) == [names[5]])
        #expect(Set(Self.contents(cm.dir + "/inbox/cur")) == Set(names).subtracting([names[5]]))
        let status = try JSONSerialization.jsonObject(with: Data(cm.run(["status"]).stdout.utf8)) as? [String: Any]
        #expect(status?["documents"] as? Int == 11)
    }

    @Test func aDamagedStoreIsRefusedWithWhatToDo() throws {
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        let doc = cm.dir + "/a.txt"
        try "Report\n\nRebels took Saraqib.".write(toFile: doc, atomically: true, encoding: .utf8)
        try cm.run(["ingest", doc])
        #expect(try cm.run(["serve", "--once"]).status == 0)
        // 8 KiB of noise over the file's second page and what follows.
        let db = try FileHandle(forUpdating: URL(fileURLWithPath: cm.dir + "/state/controlmap.sqlite"))
        try db.seek(toOffset: 4096)
        var rng = SystemRandomNumberGenerator()
        db.write(Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &rng) }))
        try db.close()
        let serve = try cm.run(["serve", "--once"])
        #expect(serve.status != 0)
        #expect(serve.stderr.contains("damaged") && serve.stderr.contains("ingest"), "\(serve.stderr.suffix(600))")
    }

    @Test func notifiesSystemdOfReadinessWatchdogAndStop() async throws {
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        let path = cm.dir + "/notify.sock"
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        #expect(fd >= 0)
        defer { close(fd) }
        var sa = sockaddr_un()
        sa.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &sa.sun_path) { raw in for (i, b) in Array(path.utf8).enumerated() { raw[i] = b } }
        let bound = withUnsafePointer(to: &sa) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        #expect(bound == 0)
        var tv = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        let daemon = try Daemon(cm, environment: ["NOTIFY_SOCKET": path, "WATCHDOG_USEC": "400000"])
        var messages: [String] = []
        func receive(until: (String) -> Bool) async throws {
            let deadline = Date().addingTimeInterval(60)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while Date() < deadline {
                let n = recv(fd, &buffer, buffer.count, 0)
                if n > 0 {
                    let m = String(decoding: buffer[0..<n], as: UTF8.self)
                    messages.append(m)
                    if until(m) { return }
                }
            }
        }
        try await receive { $0.contains("READY=1") }
        #expect(messages.contains { $0.contains("READY=1") && $0.contains("STATUS=") })
        try await receive { $0.contains("WATCHDOG=1") }
        #expect(messages.contains("WATCHDOG=1"))
        daemon.process.terminate()
        try await receive { $0.contains("STOPPING=1") }
        daemon.process.waitUntilExit()
        #expect(messages.contains("STOPPING=1"))
        #expect(daemon.process.terminationStatus == 0)
    }

    @Test func theUnitFileVerifiesAndIsHardened() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze") else {
            Issue.record("systemd-analyze is not installed")
            return
        }
        let unit = try String(contentsOfFile: BinaryRunner.projectRoot.path + "/systemd/controlmap.service", encoding: .utf8)
        let dir = NSTemporaryDirectory() + "controlmap-unit-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/controlmap.service"
        try unit.replacingOccurrences(of: "/usr/local/bin/controlmap", with: BinaryRunner.binary).write(toFile: path, atomically: true, encoding: .utf8)
        func analyze(_ args: [String]) throws -> (Int32, String) { try BinaryRunner.tool("/usr/bin/systemd-analyze", args) }
        let (status, output) = try analyze(["verify", path])
        #expect(status == 0, "\(output)")
        #expect(output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(output)")
        let (_, security) = try analyze(["security", "--offline=yes", path])
        let line = security.split(separator: "\n").last { $0.contains("Overall exposure level") }.map(String.init) ?? ""
        let score = Double(line.split(separator: ":").last?.split(separator: " ").first ?? "10") ?? 10
        #expect(score <= 2.0, "\(line)")
    }
}
