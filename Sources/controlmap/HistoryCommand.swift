import ArgumentParser
import ControlMapCore
import ControlMapService
import Foundation

/// `controlmap history PLACE`: the control timeline of one place, with evidence.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "Print the control timeline of a place (gazetteer id or name).")

    @OptionGroup var options: CommonOptions
    @Argument(help: "A gazetteer id (171236, site:deir-ez-zor-airport), a name, or an unresolved mention.")
    var place: String
    @Flag(help: "JSON lines instead of a readable timeline.")
    var json = false

    func run() throws {
        let store = try CommandEnvironment.store(CommandEnvironment.configuration(options))
        let ids = try CommandEnvironment.placeIDs(matching: place, store: store, options)
        var events: [ControlEvent] = []
        for id in ids { events += try store.events(placeID: id) }
        events += try store.unresolvedEvents(mention: place)
        guard !events.isEmpty else { throw CommandEnvironment.fail("no events recorded for '\(place)'") }
        events.sort(by: ControlEvent.applicationOrder)
        for e in events {
            if json {
                CommandEnvironment.printLine(OutputFormat.historyLine(e).serialized())
            } else {
                let who = [e.actor.map { "by \($0)" }, e.fromActor.map { "from \($0)" }].compactMap { $0 }.joined(separator: " ")
                let share = e.share.map { " (\(Int(($0 * 100).rounded()))%)" } ?? ""
                let bg = e.background ? " [background]" : ""
                CommandEnvironment.printLine("\(e.effectiveDate)  \(e.placeName ?? e.mention)  \(e.kind.rawValue)\(share) \(who)\(bg)  confidence \(e.confidence)")
                CommandEnvironment.printLine("    evidence: \(e.evidence)")
                CommandEnvironment.printLine("    document: \(e.documentID.prefix(12))\(e.source.map { "  source: \($0)" } ?? "")")
            }
        }
    }
}
