@testable import ControlMapCore
import Foundation
import Testing
@testable import ControlMapService

@Suite final class ConfigurationTests {
    /// The folder of one test's configuration files, removed after it.
    let dir = NSTemporaryDirectory() + "controlmap-config-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: dir)
    }

    func write(_ text: String) throws -> String {
        let path = dir + "/\(UUID().uuidString).yaml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func readsTheContractKeysAndFeeds() throws {
        let path = try write("""
            state_dir: /tmp/s
            inbox_dir: /tmp/i
            output_dir: /tmp/o
            gazetteer:
              files: [/tmp/a.txt, /tmp/b.txt]
            feeds:
              - url: http://127.0.0.1:9/feed.xml
                interval_seconds: 60
              - http://127.0.0.1:9/other.xml
            http:
              listen: 127.0.0.1:9999
            """)
        let c = try ControlMapConfiguration.load(path: path, environment: [:])
        #expect(c.stateDir == "/tmp/s" && c.inboxDir == "/tmp/i" && c.outputDir == "/tmp/o")
        #expect(c.gazetteerFiles == ["/tmp/a.txt", "/tmp/b.txt"])
        #expect(c.feeds == [.init(url: "http://127.0.0.1:9/feed.xml", intervalSeconds: 60), .init(url: "http://127.0.0.1:9/other.xml", intervalSeconds: 900)])
        #expect(c.httpListen == "127.0.0.1:9999")
    }

    @Test func environmentOverridesTheFile() throws {
        let path = try write("state_dir: /tmp/s\nhttp:\n  listen: 127.0.0.1:1\n")
        let c = try ControlMapConfiguration.load(path: path, environment: ["CONTROLMAP_STATE_DIR": "/tmp/env", "CONTROLMAP_HTTP_LISTEN": "127.0.0.1:2",
                                                                          "CONTROLMAP_GAZETTEER_FILES": "/x.txt,/y.txt"])
        #expect(c.stateDir == "/tmp/env")
        #expect(c.httpListen == "127.0.0.1:2")
        #expect(c.gazetteerFiles == ["/x.txt", "/y.txt"])
    }

    @Test func theStoreCacheIsSizedInMegabytes() throws {
        #expect(try ControlMapConfiguration.load(path: try write("store:\n  cache_mb: 32\n"), environment: [:]).storeCacheBytes == 32 << 20)
        #expect(try ControlMapConfiguration.load(path: try write("state_dir: /tmp/s\n"), environment: ["CONTROLMAP_STORE_CACHE_MB": "8"])
                .storeCacheBytes == 8 << 20)
        #expect(throws: ConfigurationError.self) { try ControlMapConfiguration.load(path: try write("store:\n  cache_mb: 0\n"), environment: [:]) }
    }

    @Test func aRelativeConfigFolderOfOneNameHasNoParentToTry() {
        // `--config w/c.yaml`: the folder is "w"; a path found nowhere stays as written.
        #expect(PathResolver.resolve("no-such-dir/state", configDir: "w") == "no-such-dir/state")
        #expect(PathResolver.resolve("no-such-dir/state", configDir: "") == "no-such-dir/state")
    }

    @Test func theEarliestDateIsReadQuotedOrNot() throws {
        #expect(try ControlMapConfiguration.load(path: try write("dates:\n  earliest: 2011-03-15\n"), environment: [:]).earliestDate
                == EventDate(year: 2011, month: 3, day: 15))
        #expect(try ControlMapConfiguration.load(path: try write("dates:\n  earliest: \"2011-03-15\"\n"), environment: [:]).earliestDate
                == EventDate(year: 2011, month: 3, day: 15))
        #expect(try ControlMapConfiguration.load(path: try write("state_dir: /tmp/s\n"), environment: [:]).earliestDate
                == ControlMapConfiguration.defaultEarliestDate)
        #expect(throws: ConfigurationError.self) {
            try ControlMapConfiguration.load(path: try write("dates:\n  earliest: soon\n"), environment: [:])
        }
    }

    @Test func mistakesAreRefusedWithTheKeyAndWhatToWrite() throws {
        func problem(_ yaml: String) throws -> String {
            do {
                _ = try ControlMapConfiguration.load(path: try write(yaml), environment: [:])
                return "accepted"
            } catch let e as ConfigurationError {
                return e.description
            }
        }
        #expect(try problem("http:\n  lisen: 0.0.0.0:80\n").contains("unknown key http.lisen; did you mean http.listen?"))
        #expect(try problem("stat_dir: /tmp/x\n").contains("did you mean state_dir?"))
        #expect(try problem("snapshot:\n  retention: many\n").contains("snapshot.retention must be a whole number"))
        #expect(try problem("inbox:\n  max_file_bytes: -1\n").contains("inbox.max_file_bytes must be 1 or more"))
        #expect(try problem("feed:\n  jitter: 2\n").contains("feed.jitter"))
        #expect(try problem("focus_countries: [Syria]\n").contains("two-letter"))
        #expect(try problem("feeds:\n  - url: http://127.0.0.1:9/f.xml\n    intervall_seconds: 60\n").contains("unknown key intervall_seconds"))
        #expect(try problem("state_dir: /tmp/s\nsnapshot:\n  retention: 12\nfeed:\n  timeout_seconds: 2.5\n") == "accepted")
    }

    @Test func aStateDirThatIsAFileIsNamed() throws {
        let file = try write("not a directory")
        let c = try ControlMapConfiguration.load(path: try write("state_dir: \(file)\n"), environment: [:])
        #expect(throws: ConfigurationError.self) { try ServiceContext.openStore(c) }
        do { _ = try ServiceContext.openStore(c) } catch { #expect("\(error)".contains("state_dir")) }
    }

    @Test func badFilesSayWhatToFix() throws {
        let path = try write("feeds:\n  - interval_seconds: 5\n")
        #expect(throws: ConfigurationError.self) { try ControlMapConfiguration.load(path: path, environment: [:]) }
        let notYAML = try write("state_dir: [unclosed\n")
        #expect(throws: ConfigurationError.self) { try ControlMapConfiguration.load(path: notYAML, environment: [:]) }
        #expect(throws: ConfigurationError.self) { try ControlMapConfiguration.load(path: "/nonexistent/c.yaml", environment: [:]) }
    }

    @Test func aLexiconFolderWithoutTheOptionalFilesStillLoads() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shipped = root.appendingPathComponent("config/lexicon").path
        let dir = NSTemporaryDirectory() + "controlmap-lexicon-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in ExtractionLexicon.Sources.fileNames where !ExtractionLexicon.Sources.optionalFileNames.contains(name) {
            try FileManager.default.copyItem(atPath: shipped + "/" + name, toPath: dir + "/" + name)
        }
        let older = try LexiconLoader.load(directory: dir)
        #expect(older.commonWords.isEmpty && !older.stopwords.isEmpty)
        #expect(older.actors.exactValue("Turkish soldiers") == nil)
        let current = try LexiconLoader.load(directory: shipped)
        #expect(current.commonWords.contains("more"))
        #expect(current.actors.exactValue("Turkish soldiers")?.actor == "turkey")
        // A required file is still required.
        try FileManager.default.removeItem(atPath: dir + "/actors.tsv")
        #expect(throws: ConfigurationError.self) { try LexiconLoader.load(directory: dir) }
    }
}

@Suite struct DocumentReaderTests {
    let reader = DocumentReader(maxBytes: 1000)

    @Test func readsTextWithTitleAndJSONWithPublicationDate() throws {
        let txt = try reader.read(data: Data("\u{FEFF}Title line\r\n\r\nBody one.\r\nBody two.".utf8), name: "a.txt", origin: nil)[0]
        #expect(txt.title == "Title line")
        #expect(txt.text == "Body one.\nBody two.")
        let json = try reader.read(data: Data(#"{"title":"T","text":"نص","published":"2017-09-14","lang":"ar","source":"S"}"#.utf8), name: "b.json", origin: nil)[0]
        #expect(json.published?.description == "2017-09-14")
        #expect(json.language == "ar")
        #expect(json.source == "S")
    }

    @Test func rejectsBadInputWithAReason() {
        #expect(throws: DocumentReader.Rejection.self) { try reader.read(data: Data([0x00, 0x01, 0x02]), name: "x.txt", origin: nil) }
        #expect(throws: DocumentReader.Rejection.self) { try reader.read(data: Data([0xC3, 0x28, 0x41]), name: "x.txt", origin: nil) }
        #expect(throws: DocumentReader.Rejection.self) { try reader.read(data: Data("   \n ".utf8), name: "x.txt", origin: nil) }
        #expect(throws: DocumentReader.Rejection.self) { try reader.read(data: Data("{not json".utf8), name: "x.json", origin: nil) }
        #expect(throws: DocumentReader.Rejection.self) { try reader.read(data: Data(repeating: 65, count: 2000), name: "x.txt", origin: nil) }
        #expect(throws: DocumentReader.Rejection.self) { try reader.read(data: Data("<rss><channel></channel></rss>".utf8), name: "x.rss", origin: nil) }
        #expect(throws: DocumentReader.Rejection.self) { try reader.read(data: Data("a".utf8), name: "x.exe", origin: nil) }
    }

    @Test func directoriesStandForTheArticleFilesUnderThem() throws {
        let dir = NSTemporaryDirectory() + "controlmap-expand-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/day2/late", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: dir + "/.drafts", withIntermediateDirectories: true)
        for f in ["b.txt", "a.JSON", "notes.exe", ".hidden.txt", "day2/c.md", "day2/late/d.rss", ".drafts/e.txt", "noextension"] {
            try Data("T\n\nBody".utf8).write(to: URL(fileURLWithPath: dir + "/" + f))
        }
        try fm.createSymbolicLink(atPath: dir + "/linked.html", withDestinationPath: dir + "/b.txt")
        // A link back up the tree is not followed: the walk ends.
        try fm.createSymbolicLink(atPath: dir + "/day2/up", withDestinationPath: dir)
        let expanded = DocumentReader.expand([dir, dir + "/notes.exe", dir + "/missing.txt"])
        // Sorted by path, hidden files and directories skipped, unsupported names left out of a
        // directory but passed on when named (they are then rejected with a reason).
        #expect(expanded == [dir + "/a.JSON", dir + "/b.txt", dir + "/day2/c.md", dir + "/day2/late/d.rss", dir + "/linked.html",
                             dir + "/notes.exe", dir + "/missing.txt"])
    }

    @Test func aLinkLeadingOutOfTheDirectoryIsRefused() throws {
        let dir = NSTemporaryDirectory() + "controlmap-expand-\(UUID().uuidString)"
        let outside = NSTemporaryDirectory() + "controlmap-outside-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: dir); try? FileManager.default.removeItem(atPath: outside) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data("Secret\n\nNot an article".utf8).write(to: URL(fileURLWithPath: outside))
        try Data("T\n\nBody".utf8).write(to: URL(fileURLWithPath: dir + "/a.txt"))
        try FileManager.default.createSymbolicLink(atPath: dir + "/shadow.txt", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: dir + "/inside.txt", withDestinationPath: dir + "/a.txt")
        var refused: [String] = []
        let expanded = DocumentReader.expand([dir], refused: &refused)
        #expect(expanded == [dir + "/a.txt", dir + "/inside.txt"])
        #expect(refused == [dir + "/shadow.txt"])
    }

    @Test func sameContentSameID() throws {
        let a = try reader.read(data: Data("T\n\nBody".utf8), name: "a.txt", origin: "a")[0]
        let b = try reader.read(data: Data("T\n\nBody".utf8), name: "b.txt", origin: "b")[0]
        #expect(a.id == b.id)
    }
}

@Suite struct AtomicFileTests {
    @Test func replacesContentAndLeavesNoTemporaries() throws {
        let dir = NSTemporaryDirectory() + "controlmap-atomic-\(UUID().uuidString)"
        let path = dir + "/out/latest.geojson"
        try AtomicFile.write(Data("one".utf8), to: path)
        try AtomicFile.write(Data("two".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/out") == ["latest.geojson"])
        try? FileManager.default.removeItem(atPath: dir)
    }
}

@Suite struct InputFormatTests {
    let reader = DocumentReader(maxBytes: 10_000_000)
    let arabic = "العنوان\n\nسيطرت قوات سوريا الديمقراطية على مدينة الرقة"

    @Test func legacyArabicEncodingsAndUTF16AreDetected() throws {
        // Windows-1256 and ISO-8859-6 bytes of the same Arabic text, made with their code tables.
        func encode(_ table: [UInt16]) -> Data {
            Data(arabic.unicodeScalars.map { u in u.value < 0x80 ? UInt8(u.value) : UInt8(0x80 + table.firstIndex(of: UInt16(u.value))!) })
        }
        for data in [encode(TextDecoder.windows1256), encode(TextDecoder.iso8859_6)] {
            let doc = try reader.read(data: data, name: "a.txt", origin: nil)[0]
            #expect(doc.title == "العنوان")
            #expect(doc.text.contains("الرقة"))
        }
        var utf16 = Data([0xFF, 0xFE])
        for u in arabic.utf16 { utf16.append(UInt8(u & 0xFF)); utf16.append(UInt8(u >> 8)) }
        #expect(try reader.read(data: utf16, name: "a.txt", origin: nil)[0].text.contains("الرقة"))
        #expect(try TextDecoder.decode([UInt8](encode(TextDecoder.windows1256))).encoding == .windows1256)
        #expect(try TextDecoder.decode([UInt8](encode(TextDecoder.iso8859_6))).encoding == .iso8859_6)
    }

    @Test func htmlGivesTheArticleNotTheMenus() throws {
        let html = """
            <html><head><title>Site | News</title><script>var x = "captured Raqqa";</script><style>p{}</style></head>
            <body><nav><a href="/">Home</a> Raqqa Aleppo Idlib</nav><header>Breaking</header>
            <article><h1>Army takes Palmyra</h1><p>The Syrian army recaptured Palmyra &amp; its airport on Sunday.</p>
            <p>Islamic State fighters withdrew.</p></article><footer>© 2017</footer></body></html>
            """
        let doc = try reader.read(data: Data(html.utf8), name: "page.html", origin: nil)[0]
        #expect(doc.title == "Army takes Palmyra")
        #expect(doc.text == "The Syrian army recaptured Palmyra & its airport on Sunday.\nIslamic State fighters withdrew.")
    }

    @Test func deeplyNestedHTMLDoesNotExhaustTheStack() throws {
        let html = String(repeating: "<div>", count: 200_000) + "<p>Rebels took Saraqib.</p>" + String(repeating: "</div>", count: 200_000)
        let doc = try reader.read(data: Data(html.utf8), name: "deep.html", origin: nil)[0]
        #expect(doc.text.contains("Saraqib"))
    }

    @Test func rssAndAtomItemsBecomeDocuments() throws {
        let rss = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
            <item><title>SDF take Raqqa</title><link>http://127.0.0.1/a</link><guid>a-1</guid>
            <pubDate>Tue, 17 Oct 2017 08:00:00 GMT</pubDate><description>&lt;p&gt;The SDF captured Raqqa.&lt;/p&gt;</description></item>
            <item><title><![CDATA[Army & allies advance]]></title><description>Troops entered Mayadin.</description></item>
            </channel></rss>
            """
        let docs = try reader.read(data: Data(rss.utf8), name: "feed.rss", origin: nil)
        #expect(docs.count == 2)
        #expect(docs[0].title == "SDF take Raqqa" && docs[0].text == "The SDF captured Raqqa.")
        #expect(docs[0].published?.description == "2017-10-17")
        #expect(docs[0].url == "http://127.0.0.1/a" && docs[0].source == "Wire")
        #expect(docs[1].title == "Army & allies advance")
        let atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Monitor</title>
            <entry><title>Kurdish forces leave Kirkuk</title><link rel="alternate" href="http://127.0.0.1/k"/><id>urn:k</id>
            <published>2017-10-16T10:00:00Z</published><summary type="html">Peshmerga withdrew from Kirkuk.</summary></entry></feed>
            """
        let a = try reader.read(data: Data(atom.utf8), name: "feed.atom", origin: nil)
        #expect(a.count == 1 && a[0].url == "http://127.0.0.1/k" && a[0].published?.description == "2017-10-16")
    }

    @Test func entityExpansionAttacksAreRefusedWithAReason() throws {
        var lol = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        lol += (1...9).map { i in "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1 == 0 ? "" : String(i - 1));", count: 10) + "\">" }.joined()
        lol += "]><rss><channel><item><title>&lol9;</title><description>Rebels took Saraqib.</description></item></channel></rss>"
        #expect(FeedParser.declaresEntities(lol))
        #expect(!FeedParser.declaresEntities("<?xml version=\"1.0\"?><!DOCTYPE rss><rss><channel><item><title>&amp;</title></item></channel></rss>"))
        do {
            _ = try reader.read(data: Data(lol.utf8), name: "bomb.xml", origin: nil)
            Issue.record("a feed declaring entities was read")
        } catch let r as DocumentReader.Rejection {
            #expect(r.description.contains("<!ENTITY>"))
        }
        // Never expanded even where the parser reads it: the reference stays a reference.
        let (_, items) = FeedParser().parse(lol)
        #expect(items.count == 1 && items[0].title.count < 100)
    }
}

@Suite struct BackoffTests {
    @Test func waitsLongerAfterEachFailureUpToTheMaximumAndResetsOnSuccess() {
        var b = Backoff()
        let start = ContinuousClock.now
        #expect(b.allows(at: start) && b.delay == .zero)
        var delays: [Duration] = []
        for _ in 0..<10 {
            b.failed(at: start)
            delays.append(b.delay)
        }
        #expect(delays.prefix(4) == [.milliseconds(500), .seconds(1), .seconds(2), .seconds(4)])
        #expect(delays.last == .seconds(60))
        #expect(!b.allows(at: start + .seconds(59)) && b.allows(at: start + .seconds(60)))
        #expect(b.remaining(at: start + .seconds(45)) == .seconds(15))
        b.succeeded()
        #expect(b.allows(at: start) && b.failures == 0)
    }
}
