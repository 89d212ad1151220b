import ArgumentParser
import ControlMapCore
import ControlMapService
import Foundation

/// `controlmap eval --docs DIR --gold FILE`: score extraction against gold annotations.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "eval", abstract: "Score extraction against gold annotations (gold.jsonl) and print precision, recall and F1.")

    @OptionGroup var options: CommonOptions
    @Option(help: "Folder with NNN.txt documents (title, blank line, body).")
    var docs: String
    @Option(help: "gold.jsonl with one object per document.")
    var gold: String
    @Flag(help: "Count background events too.")
    var includeBackground = false
    @Flag(name: .shortAndLong, help: "List missed and spurious claims per document.")
    var verbose = false

    func run() throws {
        let context = try CommandEnvironment.context(options)
        guard let data = FileManager.default.contents(atPath: gold), let text = String(data: data, encoding: .utf8) else {
            throw CommandEnvironment.fail("cannot read \(gold)")
        }
        let evaluator = GoldEvaluator(analyzer: context.analyzer, includeBackground: includeBackground)
        let report = try evaluator.evaluate(goldJSONL: text, documentsDirectory: docs)
        if verbose { for line in report.details { CommandEnvironment.printLine(line) } }
        for line in report.summary { CommandEnvironment.printLine(line) }
    }
}
