import ControlMapCore
import Foundation

/// Reads the extraction lexicon from its data files in the lexicon directory.
public enum LexiconLoader {
    public static func load(directory: String) throws -> ExtractionLexicon {
        func read(_ name: String) throws -> String {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw ConfigurationError("lexicon file \(path) is missing or not UTF-8: set lexicon_dir to the folder holding \(ExtractionLexicon.Sources.fileNames.joined(separator: ", "))")
            }
            return text
        }
        let names = ExtractionLexicon.Sources.fileNames
        // Without the common-word list, lone common words that small villages bear read as places.
        let commonWordsPath = (directory as NSString).appendingPathComponent(names[7])
        let commonWords = FileManager.default.fileExists(atPath: commonWordsPath) ? try read(names[7]) : ""
        do {
            return try ExtractionLexicon(.init(actors: try read(names[0]), sides: try read(names[1]), predicates: try read(names[2]),
                                               cues: try read(names[3]), dates: try read(names[4]), placeCues: try read(names[5]),
                                               stopwords: try read(names[6]), commonWords: commonWords))
        } catch let f as ParseFailure {
            throw ConfigurationError("lexicon in \(directory): \(f.message)")
        }
    }
}
