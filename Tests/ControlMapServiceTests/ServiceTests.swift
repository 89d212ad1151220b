import ControlMapCore
import Foundation
import Testing
@testable import ControlMapService

@Suite struct ConfigurationTests {
    func write(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "controlmap-config-\(UUID().uuidString).yaml"
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

    @Test func badFilesSayWhatToFix() throws {
        let path = try write("feeds:\n  - interval_seconds: 5\n")
        #expect(throws: ConfigurationError.self) { try ControlMapConfiguration.load(path: path, environment: [:]) }
        let notYAML = try write("state_dir: [unclosed\n")
        #expect(throws: ConfigurationError.self) { try ControlMapConfiguration.load(path: notYAML, environment: [:]) }
        #expect(throws: ConfigurationError.self) { try ControlMapConfiguration.load(path: "/nonexistent/c.yaml", environment: [:]) }
    }
}

@Suite struct DocumentReaderTests {
    let reader = DocumentReader(maxBytes: 1000)

    @Test func readsTextWithTitleAndJSONWithPublicationDate() throws {
        let txt = try reader.read(data: Data("\u{FEFF}Title line\r\n\r\nBody one.\r\nBody two.".utf8), name: "a.txt", origin: nil)
        #expect(txt.title == "Title line")
        #expect(txt.text == "Body one.\nBody two.")
        let json = try reader.read(data: Data(#"{"title":"T","text":"نص","published":"2017-09-14","lang":"ar","source":"S"}"#.utf8), name: "b.json", origin: nil)
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
        #expect(throws: DocumentReader.Rejection.self) { try reader.read(data: Data("a".utf8), name: "x.exe", origin: nil) }
    }

    @Test func sameContentSameID() throws {
        let a = try reader.read(data: Data("T\n\nBody".utf8), name: "a.txt", origin: "a")
        let b = try reader.read(data: Data("T\n\nBody".utf8), name: "b.txt", origin: "b")
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
