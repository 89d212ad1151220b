import ControlMapCore
import Foundation
import Logging

/// Assembles the gazetteer: the bundled directory (curated `strategic-sites.tsv`, other
/// `*.sites.tsv` in that layout, and GeoNames-format `*.txt` files), the files listed in `gazetteer.files`, and the
/// analyst's additions file; the bundled `news-names.tsv` then gives the best-known places the
/// names the news uses.
///
/// The result is compiled once and kept in `state_dir/gazetteer.cmgz` with a fingerprint of its
/// sources (paths, sizes, modification times, stopwords): while they do not change, start-up
/// loads the compiled bytes and parses nothing.
public enum GazetteerLoader {
    public static func load(_ config: ControlMapConfiguration, stopwords: Set<String>, spellings: SpellingVariants = .init(),
                            logger: Logger? = nil) throws -> Gazetteer {
        let sources = sourceFiles(config)
        let fingerprint = Self.fingerprint(sources, stopwords: stopwords, spellings: spellings)
        let cache = (config.stateDir as NSString).appendingPathComponent("gazetteer.cmgz")
        if let key = try? String(contentsOfFile: cache + ".fingerprint", encoding: .utf8), key == fingerprint,
           let bytes = readBytes(cache), let g = Gazetteer(compiled: bytes) {
            return g
        }
        let g = try compile(config, stopwords: stopwords, spellings: spellings, logger: logger)
        try keep(g, config: config, fingerprint: fingerprint, logger: logger)
        return g
    }

    /// Writes the compiled gazetteer and its fingerprint to the state directory.
    static func keep(_ g: Gazetteer, config: ControlMapConfiguration, fingerprint: String, logger: Logger?) throws {
        let cache = (config.stateDir as NSString).appendingPathComponent("gazetteer.cmgz")
        do {
            try SharedDirectory.create(config.stateDir, mode: SharedDirectory.serviceOnly)
            try AtomicFile.write(Data(g.compiled), to: cache)
            try AtomicFile.write(Data(fingerprint.utf8), to: cache + ".fingerprint")
        } catch {
            logger?.warning("could not keep the compiled gazetteer; start-up will parse the sources again", metadata: ["error": "\(error)"])
        }
    }

    /// Imports GeoNames dumps: checks each, lists it, compiles the index now. Returns the gazetteer.
    public static func importFiles(_ paths: [String], config: ControlMapConfiguration, stopwords: Set<String>,
                                   spellings: SpellingVariants = .init(), logger: Logger?,
                                   progress: ((String) -> Void)? = nil) throws -> Gazetteer {
        for path in paths {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw ConfigurationError("cannot read \(path): check the path (GeoNames dumps are tab-separated .txt files)")
            }
            let head = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)
            try? handle.close()
            guard let line = head.split(separator: "\n").first else { throw ConfigurationError("\(path) is empty") }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).count
            if ImportedGazetteer.isAlternateNames(path) {
                guard columns >= 4 else { throw ConfigurationError("\(path) does not look like alternateNamesV2.txt (tab-separated, 10 columns)") }
            } else if columns < 15 {
                throw ConfigurationError("\(path) does not look like a GeoNames dump (19 tab-separated columns, found \(columns)); use a country file such as SY.txt or allCountries.txt")
            }
        }
        try ImportedGazetteer(stateDir: config.stateDir).add(paths)
        let g = try compile(config, stopwords: stopwords, spellings: spellings, logger: logger, progress: progress)
        try keep(g, config: config, fingerprint: fingerprint(sourceFiles(config), stopwords: stopwords, spellings: spellings), logger: logger)
        return g
    }

    /// A whole file read straight into one byte array (no intermediate copy: the compiled
    /// gazetteer can be tens of megabytes).
    static func readBytes(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        let size = Int(st.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let n = read(fd, buffer.baseAddress! + done, size - done)
                if n <= 0 { if n < 0 && errno == EINTR { continue }; failed = true; break }
                done += n
            }
            count = done
        }
        return failed || bytes.count != size ? nil : bytes
    }

    /// Every file the gazetteer is built from, in a fixed order.
    static func sourceFiles(_ config: ControlMapConfiguration) -> [String] {
        let fm = FileManager.default
        var files: [String] = []
        if let entries = try? fm.contentsOfDirectory(atPath: config.bundledGazetteerDir) {
            files += entries.sorted().filter { $0.hasSuffix(".tsv") || ($0.hasSuffix(".txt") && !$0.hasPrefix("README")) }
                .map { (config.bundledGazetteerDir as NSString).appendingPathComponent($0) }
        }
        files += config.gazetteerFiles
        files += ImportedGazetteer(stateDir: config.stateDir).files()
        if fm.fileExists(atPath: config.gazetteerAdditions) { files.append(config.gazetteerAdditions) }
        return files
    }

    static func fingerprint(_ files: [String], stopwords: Set<String>, spellings: SpellingVariants = .init()) -> String {
        var parts = ["format 9", "stopwords \(SHA256.hex(Array(stopwords.sorted().joined(separator: "\n").utf8)))",
                     "spellings \(spellings.digest)"]
        for f in files {
            let a = try? FileManager.default.attributesOfItem(atPath: f)
            let size = (a?[.size] as? Int) ?? -1
            let mtime = (a?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
            parts.append("\(f)\t\(size)\t\(mtime)")
        }
        return parts.joined(separator: "\n")
    }

    /// Parses every source and compiles the index (what `gazetteer import` and a changed source trigger).
    public static func compile(_ config: ControlMapConfiguration, stopwords: Set<String>, spellings: SpellingVariants = .init(),
                               logger: Logger? = nil, progress: ((String) -> Void)? = nil) throws -> Gazetteer {
        var places: [Place] = []
        var alternateFiles: [String] = []
        let fm = FileManager.default
        let bundled = config.bundledGazetteerDir
        var sawBundle = false
        if let entries = try? fm.contentsOfDirectory(atPath: bundled) {
            for name in entries.sorted() {
                let path = (bundled as NSString).appendingPathComponent(name)
                if name == "strategic-sites.tsv" || name.hasSuffix(".sites.tsv") {
                    places += try readSites(path, logger: logger)
                    sawBundle = true
                } else if name.hasSuffix(".txt") && !name.hasPrefix("README") && !name.hasPrefix("LICENSE") {
                    places += try readGeoNames(path, logger: logger)
                    sawBundle = true
                }
            }
        }
        if !sawBundle {
            logger?.warning("no bundled gazetteer found", metadata: ["dir": "\(bundled)", "fix": "set gazetteer.bundled_dir to the project's gazetteer/ folder"])
        }
        for file in config.gazetteerFiles {
            guard fm.fileExists(atPath: file) else {
                throw ConfigurationError("gazetteer file \(file) (from gazetteer.files) does not exist: fix the path or remove it from the configuration")
            }
            progress?(file)
            places += try readGeoNames(file, logger: logger)
        }
        for file in ImportedGazetteer(stateDir: config.stateDir).files() {
            guard fm.fileExists(atPath: file) else {
                logger?.warning("an imported gazetteer file is gone; import it again", metadata: ["file": "\(file)"])
                continue
            }
            progress?(file)
            if ImportedGazetteer.isAlternateNames(file) { alternateFiles.append(file) } else { places += try readGeoNames(file, logger: logger) }
        }
        if !alternateFiles.isEmpty {
            var index: [String: Int] = [:]
            for (i, p) in places.enumerated() where index[p.id] == nil { index[p.id] = i }
            for file in alternateFiles {
                let extra = AlternateNamesParser().parse(text: try readText(file), wanted: Set(index.keys))
                for (id, names) in extra {
                    guard let i = index[id] else { continue }
                    var known = Set(places[i].names)
                    for n in names where known.insert(n).inserted { places[i].names.append(n) }
                }
            }
        }
        if fm.fileExists(atPath: config.gazetteerAdditions) {
            places += try readSites(config.gazetteerAdditions, source: "additions", logger: logger)
        }
        // The names the news uses, whatever source a place came from.
        let newsNames = (bundled as NSString).appendingPathComponent("news-names.tsv")
        if fm.fileExists(atPath: newsNames) {
            places = try NewsNames(readText(newsNames)).applied(to: places)
        }
        return Gazetteer(places: places, stopwords: stopwords, spellings: spellings)
    }

    static func readGeoNames(_ path: String, logger: Logger?) throws -> [Place] {
        let text = try readText(path)
        let (places, problems) = GeoNamesParser(source: (path as NSString).lastPathComponent).parse(text: text)
        if !problems.isEmpty {
            logger?.warning("skipped bad gazetteer lines", metadata: ["file": "\(path)", "count": "\(problems.count)",
                                                                      "first": "line \(problems[0].line): \(problems[0].reason)"])
        }
        return places
    }

    static func readSites(_ path: String, source: String = "strategic-sites", logger: Logger?) throws -> [Place] {
        let (places, problems) = StrategicSitesParser().parse(text: try readText(path), source: source)
        if !problems.isEmpty {
            logger?.warning("skipped bad site lines", metadata: ["file": "\(path)", "count": "\(problems.count)",
                                                                 "first": "line \(problems[0].line): \(problems[0].reason)"])
        }
        return places
    }

    static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError("cannot read gazetteer file \(path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError("gazetteer file \(path) is not UTF-8 (GeoNames dumps are UTF-8: re-download it)")
        }
        return text
    }
}
