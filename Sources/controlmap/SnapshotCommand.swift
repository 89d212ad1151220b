import ArgumentParser
import ControlMapCore
import ControlMapService
import Foundation

/// `controlmap snapshot [--at DATE] [--out FILE]`: the GeoJSON control map, now or as it stood.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "snapshot", abstract: "Print the GeoJSON control map (now, or at a past date).")

    @OptionGroup var options: CommonOptions
    @Option(help: "The map as it stood at the end of this day (YYYY-MM-DD).")
    var at: String?
    @Option(help: "Write to this file (atomically) instead of standard output.")
    var out: String?

    func run() throws {
        let date = try CommandEnvironment.date(at)
        // The map is read from the store alone: no lexicon or gazetteer to load.
        let config = try CommandEnvironment.configuration(options)
        let store = try CommandEnvironment.store(config)
        let json = try ServiceContext.publisher(config).snapshot(store: store, at: date).serialized()
        if let out {
            try AtomicFile.write(Data((json + "\n").utf8), to: out)
        } else {
            CommandEnvironment.printLine(json)
        }
    }
}
