import Foundation

/// The GeoNames dumps an analyst imported with `controlmap gazetteer import`, listed (by absolute
/// path, not copied: allCountries.txt is gigabytes) in `state_dir/gazetteer-imports.txt`.
public struct ImportedGazetteer: Sendable {
    public let stateDir: String

    public init(stateDir: String) {
        self.stateDir = stateDir
    }

    var listPath: String { (stateDir as NSString).appendingPathComponent("gazetteer-imports.txt") }

    /// The imported files, in import order.
    public func files() -> [String] {
        guard let text = try? String(contentsOfFile: listPath, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    /// Adds files to the list (once each).
    public func add(_ paths: [String]) throws {
        var list = files()
        for p in paths {
            let absolute = URL(fileURLWithPath: p).standardizedFileURL.path
            if !list.contains(absolute) { list.append(absolute) }
        }
        try SharedDirectory.create(stateDir, mode: SharedDirectory.serviceOnly)
        try AtomicFile.write(Data((list.joined(separator: "\n") + "\n").utf8), to: listPath)
    }

    /// `alternateNamesV2.txt` (or `alternateNames.txt`) adds names; any other file adds places.
    static func isAlternateNames(_ path: String) -> Bool {
        (path as NSString).lastPathComponent.lowercased().hasPrefix("alternatenames")
    }
}
