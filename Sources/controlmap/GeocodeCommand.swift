import ArgumentParser
import ControlMapCore
import ControlMapService
import Foundation

/// `controlmap geocode TEXT`: the places found in a text, one JSON object per mention.
struct GeocodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "geocode", abstract: "Print the places found in TEXT as JSON lines (place null when unresolved).")

    @OptionGroup var options: CommonOptions
    @Argument(help: "The text; '-' reads standard input.")
    var text: [String]

    func run() throws {
        let context = try CommandEnvironment.context(options)
        var input = text.joined(separator: " ")
        if input == "-" {
            input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        let (_, resolutions) = context.analyzer.geocode(input)
        for r in resolutions {
            CommandEnvironment.printLine(OutputFormat.geocodeLine(r, gazetteer: context.analyzer.gazetteer).serialized())
        }
    }
}
