import ControlMapCore
import Foundation
import Testing
@testable import ControlMapService

/// The invented news sentences of `Tests/batteries`, each with the events a reader takes from it,
/// read with the bundled gazetteer and the default lexicon. (`Tests/support/run-batteries.py`
/// runs the same files through a built `controlmap extract` while one works on the extractor.)
@Suite struct SentenceBatteryTests {
    /// One expected event: kind family, the actors accepted, the place's name, id or written name.
    struct Expected {
        var family: String
        var actors: Set<String>
        var place: String
        var optional: Bool
    }

    /// One battery line.
    struct Line: CustomStringConvertible {
        var file: String
        var number: Int
        var sentence: String
        var expected: [Expected]
        var knownGap: Bool
        var description: String { "\(file):\(number): \(sentence)" }
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("batteries")

    static func family(_ kind: String) -> String {
        ["captured", "recaptured", "holds"].contains(kind) ? "control" : kind
    }

    static func lines() throws -> [Line] {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tsv") }.sorted()
        var lines: [Line] = []
        for file in files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard !raw.trimmingCharacters(in: .whitespaces).isEmpty, !raw.hasPrefix("#") else { continue }
                let columns = raw.split(separator: "\t", maxSplits: 1).map(String.init)
                guard columns.count == 2 else { throw BatteryFormatError(where: "\(file):\(n + 1)") }
                var head = columns[0]
                let gap = head.hasPrefix("gap:")
                if gap { head = String(head.dropFirst(4)).trimmingCharacters(in: .whitespaces) }
                var expected: [Expected] = []
                if head.trimmingCharacters(in: .whitespaces) != "-" {
                    for part in head.split(separator: ";") {
                        let words = part.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 2).map(String.init)
                        guard words.count == 3 else { throw BatteryFormatError(where: "\(file):\(n + 1)") }
                        let optional = words[0].hasPrefix("?")
                        expected.append(Expected(family: family(String(words[0].drop { $0 == "?" })),
                                                 actors: Set(words[1].split(separator: "|").map(String.init)),
                                                 place: words[2].lowercased(), optional: optional))
                    }
                }
                lines.append(Line(file: file, number: n + 1, sentence: columns[1], expected: expected, knownGap: gap))
            }
        }
        return lines
    }

    struct BatteryFormatError: Error { var `where`: String }

    /// What the extractor reads in one line: family, actor and the names that identify the place.
    static func read(_ line: Line) -> [(family: String, actor: String, names: Set<String>)] {
        let analyzer = DaemonServiceTests.loaded.analyzer
        let document = Document(title: "", text: line.sentence, published: EventDate(year: 2020, month: 1, day: 10),
                                language: line.file.hasPrefix("ar") ? "ar" : "en")
        let analysis = analyzer.analyze(document)
        return analysis.events.map { e in
            let mention = analysis.resolutions[e.resolution].mention
            var names: Set<String> = [e.mention.lowercased(), mention.text.lowercased(), (mention.written ?? e.mention).lowercased()]
            if let place = analysis.place(of: e) { names.formUnion([place.name.lowercased(), place.id.lowercased()]) }
            // As the script does: "(background)" stands for any place of an event told as history.
            if e.background { names.insert("(background)") }
            return (family(e.kind.rawValue), e.actor ?? "none", names)
        }
    }

    static func matches(_ event: (family: String, actor: String, names: Set<String>), _ expected: Expected) -> Bool {
        event.family == expected.family && expected.actors.contains(event.actor) && event.names.contains(expected.place)
    }

    @Test func everyBatteryLineIsReadAsExpected() throws {
        let lines = try Self.lines()
        #expect(lines.count > 100)
        var gaps = 0
        for line in lines {
            let events = Self.read(line)
            let unmet = line.expected.filter { e in !e.optional && !events.contains { Self.matches($0, e) } }
            let extra = events.filter { ev in !line.expected.contains { Self.matches(ev, $0) } }
            let read = events.map { "\($0.family) \($0.actor) \($0.names.sorted().joined(separator: "/"))" }
            if line.knownGap {
                gaps += 1
                // A known gap that now reads right should become an ordinary line.
                #expect(!(unmet.isEmpty && extra.isEmpty), "now read as expected, drop its gap mark: \(line)")
            } else {
                #expect(unmet.isEmpty && extra.isEmpty, "\(line) -> read: \(read.isEmpty ? "-" : read.joined(separator: "; "))")
            }
        }
        // Known gaps stay few: a battery records what a reader expects, not what the extractor does.
        #expect(gaps * 20 < lines.count)
    }
}
