import ControlMapCore
import Foundation

/// Reads the extraction lexicon from its data files in the lexicon directory.
public enum LexiconLoader {
    public static func load(directory: String) throws -> ExtractionLexicon {
        let names = ExtractionLexicon.Sources.fileNames
        do {
            return try ExtractionLexicon(.init(reading: { name in
                let path = (directory as NSString).appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: path) else {
                    if ExtractionLexicon.Sources.optionalFileNames.contains(name) { return nil }
                    throw ConfigurationError("lexicon file \(path) is missing: set lexicon_dir to the folder holding \(names.joined(separator: ", "))")
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw ConfigurationError("lexicon file \(path) is not UTF-8: save it as UTF-8 text")
                }
                return text
            }))
        } catch let f as ParseFailure {
            throw ConfigurationError("lexicon in \(directory): \(f.message)")
        }
    }
}
