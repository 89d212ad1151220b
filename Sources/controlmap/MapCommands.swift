import ArgumentParser
import ControlMapCore
import ControlMapService
import ControlMapStore
import Foundation

/// `controlmap rebuild`: recompute every place state from the event log.
struct RebuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rebuild", abstract: "Recompute every place state from the event log, then publish.")

    @OptionGroup var options: CommonOptions

    func run() throws {
        let context = try CommandEnvironment.context(options)
        let store = try context.openStore()
        let places = try store.rebuildStates()
        try context.publisher().publish(store: store)
        context.logger.info("rebuilt", metadata: ["places": "\(places)"])
    }
}

/// `controlmap reprocess`: re-extract every stored document with the current lexicon and gazetteer.
struct ReprocessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reprocess", abstract: "Re-extract every stored document after a lexicon or gazetteer change, rebuild states, publish.")

    @OptionGroup var options: CommonOptions

    func run() async throws {
        let context = try CommandEnvironment.context(options)
        let store = try context.openStore()
        let progress = ProgressReporter(label: "reprocess", total: try store.counts().documents)
        let done = try await context.pipeline(store: store).reprocess { finished, _ in progress.update(finished) }
        progress.finish()
        try context.publisher().publish(store: store)
        context.logger.info("reprocessed", metadata: ["documents": "\(done.documents)", "events": "\(done.events)", "places": "\(done.places)",
                                                      "per_second": "\(progress.rate)"])
    }
}

/// `controlmap explain PLACE`: why the current state of a place is what it is.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain the current state of a place: the events used, their weights, what was overruled.")

    @OptionGroup var options: CommonOptions
    @Argument(help: "A gazetteer id or a name.")
    var place: String
    @Option(help: "The state as it stood at the end of this day (YYYY-MM-DD).")
    var at: String?

    func run() throws {
        let store = try CommandEnvironment.store(CommandEnvironment.configuration(options))
        let ids = try CommandEnvironment.placeIDs(matching: place, store: store, options)
        let date = try CommandEnvironment.date(at)
        var found = false
        for id in ids {
            guard let s = ControlStateReducer.state(placeID: id, events: try store.events(placeID: id), at: date) else { continue }
            found = true
            let name = s.lastEvent.placeName ?? s.lastEvent.mention
            var headline = "\(name) (\(id)): \(s.status.rawValue)"
            if let c = s.controller { headline += s.status == .contested ? " (majority \(c))" : s.status == .besieged ? ", held by \(c)" : " by \(c)" }
            if !s.shares.isEmpty { headline += ", shares " + s.shares.sorted { $0.value > $1.value }.map { "\($0.key) \(Int(($0.value * 100).rounded()))%" }.joined(separator: ", ") }
            if !s.parties.isEmpty, s.status == .contested { headline += ", between " + s.parties.joined(separator: " and ") }
            if let b = s.besieger { headline += ", besieged by \(b)" }
            CommandEnvironment.printLine(headline)
            CommandEnvironment.printLine("since \(s.since), last report \(s.updated), confidence \(s.confidence) from \(s.sources) document(s)")
            CommandEnvironment.printLine("events the state rests on (weight = extraction confidence):")
            for e in s.supporting.reversed() { CommandEnvironment.printLine(line(e)) }
            if !s.overruled.isEmpty {
                CommandEnvironment.printLine("overruled by later reports:")
                for e in s.overruled.reversed() { CommandEnvironment.printLine(line(e)) }
            }
        }
        if !found { throw CommandEnvironment.fail("no state for '\(place)'") }
    }

    func line(_ e: ControlEvent) -> String {
        let who = [e.actor.map { "by \($0)" }, e.fromActor.map { "from \($0)" }].compactMap { $0 }.joined(separator: " ")
        return "  \(e.effectiveDate) \(e.kind.rawValue) \(who) weight \(e.confidence)\(e.background ? " [background]" : "")\n    \"\(e.evidence)\"\n    document \(e.documentID.prefix(12))\(e.source.map { ", \($0)" } ?? "")"
    }
}

/// `controlmap render --out map.svg`: draw the current map.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "Draw the control map as an SVG picture.")

    @OptionGroup var options: CommonOptions
    @Option(help: "The SVG file to write.")
    var out: String
    @Option(help: "The map as it stood at the end of this day (YYYY-MM-DD).")
    var at: String?

    func run() throws {
        let context = try CommandEnvironment.context(options)
        let store = try context.openStore()
        let date = try CommandEnvironment.date(at)
        var renderer = MapRenderer()
        renderer.staleAfterDays = context.config.staleAfterDays
        let svg = renderer.svg(states: try store.placeStates(at: date), asOf: date ?? Timestamp.day(Date()))
        try AtomicFile.write(Data(svg.utf8), to: out)
    }
}
