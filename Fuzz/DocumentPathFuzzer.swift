#if canImport(ControlMapCore)
import ControlMapCore
#endif
import Foundation

/// Raw bytes through the whole document path: decode (every input format), normalize, tag,
/// resolve, extract. Built with `-sanitize=fuzzer -DFUZZING` by `make fuzz`; built plainly it
/// replays files given on the command line through the same path.
enum DocumentPath {
    static let analyzer: DocumentAnalyzer = {
        let root = ProcessInfo.processInfo.environment["CONTROLMAP_ROOT"] ?? FileManager.default.currentDirectoryPath
        func read(_ f: String) -> String { (try? String(contentsOfFile: root + "/" + f, encoding: .utf8)) ?? "" }
        let lexicon = (try? ExtractionLexicon(.init(reading: {
            try? String(contentsOfFile: root + "/config/lexicon/" + $0, encoding: .utf8)
        }))) ?? ExtractionLexicon()
        let places = StrategicSitesParser().parse(text: read("gazetteer/strategic-sites.tsv")).places
            + GeoNamesParser().parse(text: read("gazetteer/geonames-cities.txt")).places.filter { ["SY", "IQ"].contains($0.country) }
        return DocumentAnalyzer(gazetteer: Gazetteer(places: places, stopwords: lexicon.stopwords, spellings: lexicon.spellingVariants), lexicon: lexicon)
    }()

    /// The file names whose extensions pick the decoder's formats, as the inbox does.
    static let names = ["a.txt", "a.md", "a.html", "a.rss", "a.json"]

    static func run(_ bytes: [UInt8]) {
        // The first byte picks the format; the rest is the file.
        let selector = Int(bytes.first ?? 0) % (names.count + 1)
        let file = Data(bytes.dropFirst())
        guard selector < names.count else {
            if let (text, _) = try? TextDecoder.decode(Array(file)) {
                // Any text, written as a JSON string, reads back as the same text.
                let written = Data(JSONValue.array([.string(text)]).serialized().utf8)
                let back = (try? JSONSerialization.jsonObject(with: written)) as? [String]
                precondition(back == [text], "a string did not survive JSON serialization")
                _ = analyzer.geocode(text)
            }
            return
        }
        let documents: [Document]
        do {
            documents = try DocumentDecoder().decode(file, name: names[selector], origin: nil)
        } catch {
            // A refusal always says why.
            precondition(!error.description.isEmpty, "a rejection without a reason")
            return
        }
        for document in documents {
            let analysis = analyzer.analyze(document)
            // Whatever the text holds, the events layer made from it is valid JSON.
            let events = analysis.controlEvents(ingested: EventDate("2020-01-01")!).map { e -> ControlEvent in
                var located = e
                located.lat = located.lat ?? 35
                located.lon = located.lon ?? 38
                return located
            }
            let layer = SnapshotBuilder().eventsCollection(events, generated: "2020-01-01T00:00:00Z").serialized()
            precondition((try? JSONSerialization.jsonObject(with: Data(layer.utf8))) != nil, "the events layer is not valid JSON")
        }
    }
}

#if FUZZING
/// Loads the lexicon and gazetteer before the first input: in this unoptimized build the load
/// takes seconds, which the per-input timeout must not count.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    _ = DocumentPath.analyzer
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    DocumentPath.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            DocumentPath.run([UInt8](data))
        }
    }
}
#endif
