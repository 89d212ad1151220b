import Foundation

/// Runs the real `controlmap` executable in a scratch folder with a configuration of its own.
struct BinaryRunner {
    static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = projectRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// The binary built with the tests (CONTROLMAP_BIN overrides).
    static var binary: String {
        if let b = ProcessInfo.processInfo.environment["CONTROLMAP_BIN"] { return b }
        for dir in [".build/debug", ".build/release"] {
            let p = projectRoot.appendingPathComponent(dir + "/controlmap").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return "controlmap"
    }

    let dir: String
    let config: String

    /// A scratch folder with a config that adds the shared GeoNames files when `sharedGazetteer`.
    init(sharedGazetteer: Bool) throws {
        dir = NSTemporaryDirectory() + "controlmap-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        config = dir + "/controlmap.yaml"
        let files = sharedGazetteer
            ? "[\(Self.shared.appendingPathComponent("gazetteer/geonames/SY.txt").path), \(Self.shared.appendingPathComponent("gazetteer/geonames/IQ.txt").path)]"
            : "[]"
        try """
            state_dir: \(dir)/state
            inbox_dir: \(dir)/inbox
            output_dir: \(dir)/out
            lexicon_dir: \(Self.projectRoot.path)/config/lexicon
            gazetteer:
              bundled_dir: \(Self.projectRoot.path)/gazetteer
              files: \(files)
            snapshot:
              debounce_ms: 50
            http:
              listen: 127.0.0.1:0
              web_dir: \(Self.projectRoot.path)/web
            """.write(toFile: config, atomically: true, encoding: .utf8)
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [[String: Any]] {
            stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        }
    }

    @discardableResult
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = arguments + ["--config", config]
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { _, n in n }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// Runs another program to its end: its exit status and its output and errors together.
    static func tool(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus, out)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(atPath: dir)
    }

    static func referenceArticle() -> String {
        shared.appendingPathComponent("corpus/dev/docs/000.txt").path
    }

    /// Runs ogrinfo (gdal-bin) on a GeoJSON file; nil when ogrinfo is not installed.
    static func ogrinfo(_ path: String) throws -> (status: Int32, output: String)? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/ogrinfo") else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/ogrinfo")
        p.arguments = ["-ro", "-al", "-so", path]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
