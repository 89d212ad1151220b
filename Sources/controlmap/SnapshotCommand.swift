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
        let context = try CommandEnvironment.context(options)
        let store = try context.openStore()
        let json = try context.publisher().snapshot(store: store, at: date).serialized()
        if let out {
            try AtomicFile.write(Data((json + "\n").utf8), to: out)
        } else {
            CommandEnvironment.printLine(json)
        }
    }
}
