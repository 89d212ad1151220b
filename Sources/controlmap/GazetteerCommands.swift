import ArgumentParser
import ControlMapCore
import ControlMapService
import Foundation

/// `controlmap gazetteer ...`: the gazetteer's own commands.
struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "gazetteer", abstract: "Import GeoNames dumps and inspect the gazetteer.",
                                                    subcommands: [GazetteerImportCommand.self, GazetteerInfoCommand.self])
}

/// `controlmap gazetteer import FILE...`: load GeoNames-format dumps into the compiled gazetteer.
struct GazetteerImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import GeoNames dumps (country files, allCountries.txt, alternateNamesV2.txt) into the compiled gazetteer.")

    @OptionGroup var options: CommonOptions
    @Argument(help: "GeoNames-format files; alternateNamesV2.txt adds names to places already known.")
    var files: [String]

    func run() throws {
        let config = try CommandEnvironment.configuration(options)
        let lexicon = try LexiconLoader.load(directory: config.lexiconDir)
        let terminal = isatty(STDERR_FILENO) == 1
        let start = Date()
        do {
            let g = try GazetteerLoader.importFiles(files, config: config, stopwords: lexicon.stopwords, spellings: lexicon.spellingVariants, logger: CommandEnvironment.logger) { file in
                if terminal { FileHandle.standardError.write(Data("\rreading \((file as NSString).lastPathComponent)...            ".utf8)) }
            }
            if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
            CommandEnvironment.logger.info("gazetteer compiled", metadata: [
                "places": "\(g.places.count)", "names": "\(g.nameCount)",
                "seconds": "\(String(format: "%.1f", Date().timeIntervalSince(start)))",
                "file": "\((config.stateDir as NSString).appendingPathComponent("gazetteer.cmgz"))"])
        } catch let e as ConfigurationError {
            throw CommandEnvironment.fail(e.description)
        }
    }
}

/// `controlmap gazetteer info`: what the gazetteer holds.
struct GazetteerInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Print the number of places and names and the sources of the gazetteer.")

    @OptionGroup var options: CommonOptions

    func run() throws {
        let context = try CommandEnvironment.context(options)
        let g = context.analyzer.gazetteer
        CommandEnvironment.printLine("places \(g.places.count)  names \(g.nameCount)  compiled bytes \(g.compiled.count)")
        for f in ImportedGazetteer(stateDir: context.config.stateDir).files() { CommandEnvironment.printLine("imported \(f)") }
        for f in context.config.gazetteerFiles { CommandEnvironment.printLine("configured \(f)") }
        CommandEnvironment.printLine("bundled \(context.config.bundledGazetteerDir)")
    }
}

/// `controlmap unresolved`: place-looking mentions that matched nothing, by frequency.
struct UnresolvedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unresolved", abstract: "List unresolved place mentions by frequency, so an analyst can add them to the gazetteer.")

    @OptionGroup var options: CommonOptions
    @Option(help: "How many mentions to list.")
    var limit = 100
    @Flag(help: "JSON lines instead of a table.")
    var json = false

    func run() throws {
        let context = try CommandEnvironment.context(options)
        let store = try context.openStore()
        for m in try store.unresolvedMentions(limit: limit) {
            if json {
                CommandEnvironment.printLine(JSONValue.object([("mention", .string(m.text)), ("count", .number(Double(m.count))),
                                                               ("in_events", .number(Double(m.inEvents))), ("context", .string(m.context))]).serialized())
            } else {
                CommandEnvironment.printLine("\(m.count)\t\(m.inEvents)\t\(m.text)\t\(m.context.prefix(120))")
            }
        }
    }
}
