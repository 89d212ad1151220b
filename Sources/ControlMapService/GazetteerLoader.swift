import ControlMapCore
import Foundation
import Logging

/// Assembles the gazetteer: the bundled directory (curated `strategic-sites.tsv`, other
/// `*.sites.tsv` in that layout, and GeoNames-format `*.txt` files), the files listed in `gazetteer.files`, and the
/// analyst's additions file.
public enum GazetteerLoader {
    public static func load(_ config: ControlMapConfiguration, stopwords: Set<String>, logger: Logger? = nil) throws -> Gazetteer {
        var places: [Place] = []
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
            places += try readGeoNames(file, logger: logger)
        }
        if fm.fileExists(atPath: config.gazetteerAdditions) {
            places += try readSites(config.gazetteerAdditions, source: "additions", logger: logger)
        }
        return Gazetteer(places: places, stopwords: stopwords)
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
