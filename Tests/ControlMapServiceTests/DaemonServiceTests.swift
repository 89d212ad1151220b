import ControlMapStore
import Foundation
import Logging
import ServiceLifecycle
import Testing
@testable import ControlMapService

/// The daemon's services in process, on real files and a real SQLite store; the end-to-end
/// tests drive the same services through the binary and signals.
@Suite(.serialized) struct DaemonServiceTests {
    /// The lexicon and bundled gazetteer, loaded once for every test.
    static let loaded: ServiceContext = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let dir = NSTemporaryDirectory() + "controlmap-daemon-\(UUID().uuidString)"
        let yaml = """
            state_dir: \(dir)/state
            gazetteer:
              bundled_dir: \(root)/gazetteer
            lexicon_dir: \(root)/config/lexicon
            """
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try! yaml.write(toFile: dir + "/c.yaml", atomically: true, encoding: .utf8)
        let config = try! ControlMapConfiguration.load(path: dir + "/c.yaml", environment: [:])
        return try! ServiceContext(config: config, logger: Logger(label: "test"))
    }()

    /// A daemon's parts on folders of their own.
    /// (Its folder goes when the test lets it go.)
    final class Rig {
        let dir = NSTemporaryDirectory() + "controlmap-daemon-\(UUID().uuidString)"
        let running: RunningConfiguration
        let store: ControlMapStore
        let layout: InboxLayout
        let requests = PublicationRequests()
        let heartbeat = Heartbeat()
        let status = ServiceStatus()
        let announcer = LiveAnnouncer(live: LiveState(), stream: LiveFeed(), metrics: ServiceMetrics())

        init(settleMilliseconds: Int = 0) throws {
            var config = DaemonServiceTests.loaded.config
            config.stateDir = dir + "/state"
            config.inboxDir = dir + "/inbox"
            config.outputDir = dir + "/out"
            config.settleMilliseconds = settleMilliseconds
            config.debounceMilliseconds = 20
            running = RunningConfiguration(DaemonServiceTests.loaded.with(config: config))
            store = try ServiceContext.openStore(config)
            layout = InboxLayout(root: config.inboxDir)
            try layout.create()
        }

        deinit {
            try? FileManager.default.removeItem(atPath: dir)
        }

        var worker: InboxWorker {
            InboxWorker(running: running, store: store, layout: layout, requests: requests, announcer: announcer, status: status,
                        heartbeat: heartbeat)
        }

        var publisher: MapPublisherService {
            MapPublisherService(running: running, store: store, requests: requests, announcer: announcer, status: status,
                                feedBoard: FeedBoard(), notifier: SystemdNotifier(environment: [:]), heartbeat: heartbeat)
        }

        /// Drops an article the way the README asks: written in tmp/, renamed into new/.
        func drop(_ name: String, _ text: String) throws {
            try text.write(toFile: layout.tmp + "/" + name, atomically: false, encoding: .utf8)
            #expect(rename(layout.tmp + "/" + name, layout.new + "/" + name) == 0)
        }

        func files(_ folder: String) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        }
    }

    @Test func aPassTakesInADroppedFileAndAsksForAPublication() async throws {
        let rig = try Rig()
        try rig.drop("a.txt", "Palmyra\n\nSyrian government forces recaptured Palmyra from ISIS on Monday.\n")
        var backoff = Backoff()
        var attempted: Set<String>?
        guard case .none = try await rig.worker.pass(backoff: &backoff, attempted: &attempted) else {
            Issue.record("the pass found nothing to do")
            return
        }
        #expect(rig.files(rig.layout.cur) == ["a.txt"])
        #expect(rig.files(rig.layout.new).isEmpty)
        #expect(rig.requests.take())
        #expect(try rig.store.counts().events >= 1)
        // Nothing left: the worker waits for inotify, without a time limit.
        guard case .arrival(nil) = try await rig.worker.pass(backoff: &backoff, attempted: &attempted) else {
            Issue.record("an empty inbox should wait for a file")
            return
        }
        #expect(!rig.requests.take())
    }

    @Test func aFileWrittenInPlaceWaitsUntilItRests() async throws {
        let rig = try Rig(settleMilliseconds: 60_000)
        // Written straight into new/ and never renamed: it may still be growing.
        try "Palmyra\n\nSyrian".write(toFile: rig.layout.new + "/slow.txt", atomically: false, encoding: .utf8)
        var backoff = Backoff()
        var attempted: Set<String>?
        guard case .arrival(let limit?) = try await rig.worker.pass(backoff: &backoff, attempted: &attempted) else {
            Issue.record("an unsettled file should be looked at again soon")
            return
        }
        #expect(limit <= .milliseconds(200))
        #expect(rig.files(rig.layout.new) == ["slow.txt"])
        #expect(try rig.store.counts().documents == 0)
    }

    @Test func aFileReadWhenTheServiceStoppedIsReadAloneAndSetAsideTheSecondTime() async throws {
        let rig = try Rig()
        try rig.drop("a.txt", "Palmyra\n\nSyrian government forces recaptured Palmyra from ISIS on Monday.\n")
        try rig.drop("b.txt", "Raqqa\n\nThe SDF captured Raqqa from ISIS on Tuesday.\n")
        let journal = rig.worker.journal
        // The process stopped while reading b.txt: its marker is left behind.
        journal.begin("b.txt")
        rig.worker.recoverFromStops()
        #expect(journal.suspects() == ["b.txt"])
        var backoff = Backoff()
        var attempted: Set<String>?
        _ = try await rig.worker.pass(backoff: &backoff, attempted: &attempted)
        // Read alone, through, and cleared; the other waits for the next pass.
        #expect(rig.files(rig.layout.cur) == ["b.txt"])
        #expect(rig.files(rig.layout.new) == ["a.txt"])
        #expect(journal.suspects().isEmpty)
        _ = try await rig.worker.pass(backoff: &backoff, attempted: &attempted)
        #expect(rig.files(rig.layout.cur) == ["a.txt", "b.txt"])
        #expect(rig.files(rig.layout.reading).isEmpty)

        // Stopped once, then again while read alone: set aside with its reason, nothing else touched.
        try rig.drop("c.txt", "Mosul\n\nIraqi forces entered Mosul.\n")
        journal.begin("c.txt")
        rig.worker.recoverFromStops()
        journal.begin("c.txt")
        rig.worker.recoverFromStops()
        #expect(rig.files(rig.layout.new).isEmpty)
        #expect(rig.files(rig.layout.failed) == ["c.txt", "c.txt.reason"])
        let reason = FileManager.default.contents(atPath: rig.layout.failed + "/c.txt.reason").map { String(decoding: $0, as: UTF8.self) }
        #expect(reason?.contains("stopped the service twice") == true)
        #expect(rig.files(rig.layout.reading).isEmpty)
        // A marker for a file no longer waiting is dropped.
        journal.begin("gone.txt")
        rig.worker.recoverFromStops()
        #expect(rig.files(rig.layout.reading).isEmpty)
    }

    @Test func theGroupPublishesWhatTheInboxTookAndStopsGracefully() async throws {
        let rig = try Rig()
        let group = ServiceGroup(configuration: .init(services: [rig.publisher, rig.worker], logger: Logger(label: "test")))
        // Ahead of the suites that run beside it, as the daemon is alone in its own process.
        let running = Task(priority: .high) { try await group.run() }
        try rig.drop("b.txt", "Palmyra\n\nSyrian government forces recaptured Palmyra from ISIS on Monday.\n")
        let latest = rig.dir + "/out/latest.geojson"
        let deadline = ContinuousClock.now + .seconds(60)
        // The publisher writes the file first and hands the map to the HTTP side just after:
        // wait for both, or a check that runs between the two fails on a sound service.
        func published() -> Bool {
            let written = FileManager.default.contents(atPath: latest).map { String(decoding: $0, as: UTF8.self).contains("Palmyra") } ?? false
            return written && rig.announcer.live.map.map { String(decoding: $0.body, as: UTF8.self).contains("Palmyra") } == true
        }
        while ContinuousClock.now < deadline, !published() {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(FileManager.default.contents(atPath: latest).map { String(decoding: $0, as: UTF8.self).contains("Palmyra") } == true)
        #expect(rig.announcer.live.map.map { String(decoding: $0.body, as: UTF8.self).contains("Palmyra") } == true)
        // The worker sleeps in inotify without a timeout: the shutdown wakes it.
        let asked = ContinuousClock.now
        await group.triggerGracefulShutdown()
        try await running.value
        // Without the wake-up the group would wait for the next file for ever; the bound is
        // loose because the whole suite shares two cores and Swift's two cooperative threads
        // (beside the extraction suites, on two cores, it took 63-68 s).
        #expect(ContinuousClock.now - asked < .seconds(180))
        #expect(rig.files(rig.layout.cur) == ["b.txt"])
    }

    @Test func aReloadReachesTheServicesThatFollowTheConfiguration() async throws {
        let rig = try Rig()
        var changes = rig.running.changes().makeAsyncIterator()
        #expect(await changes.next()?.config.debounceMilliseconds == 20)
        var config = rig.running.context.config
        config.debounceMilliseconds = 75
        rig.running.replace(with: DaemonServiceTests.loaded.with(config: config))
        #expect(await changes.next()?.config.debounceMilliseconds == 75)
        #expect(rig.running.context.config.debounceMilliseconds == 75)
    }
}
