import ArgumentParser

/// The `controlmap` executable: the daemon and the one-shot commands of the contract.
@main
struct ControlMapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "controlmap",
        abstract: "Keeps a map of who controls which place in Syria and Iraq, built from news articles.",
        subcommands: [
            ServeCommand.self, IngestCommand.self, ExtractCommand.self, GeocodeCommand.self,
            SnapshotCommand.self, HistoryCommand.self, ExplainCommand.self, RebuildCommand.self, ReprocessCommand.self,
            RenderCommand.self, EvalCommand.self, GazetteerCommand.self, UnresolvedCommand.self, StatusCommand.self, FeedsCommand.self, BenchCoreCommand.self, ConfigCommand.self,
        ])
}

/// Options every command takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Configuration file (YAML). Default: config/controlmap.yaml when present.")
    var config: String?
}
