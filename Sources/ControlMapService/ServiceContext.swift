import ControlMapCore
import ControlMapStore
import Foundation
import Logging

/// Everything a command needs, opened from the configuration: lexicon, gazetteer, analyzer,
/// store and publisher.
public struct ServiceContext: Sendable {
    public let config: ControlMapConfiguration
    public let lexicon: ExtractionLexicon
    public let analyzer: DocumentAnalyzer
    public let logger: Logger

    /// Loads the lexicon and the gazetteer (the store is opened separately: `extract` and
    /// `geocode` never touch it).
    public init(config: ControlMapConfiguration, logger: Logger) throws {
        self.config = config
        self.logger = logger
        lexicon = try LexiconLoader.load(directory: config.lexiconDir)
        let gazetteer = try GazetteerLoader.load(config, stopwords: lexicon.stopwords, spellings: lexicon.spellingVariants, logger: logger)
        analyzer = DocumentAnalyzer(gazetteer: gazetteer, lexicon: lexicon, focusCountries: Set(config.focusCountries))
        logger.debug("gazetteer loaded", metadata: ["places": "\(gazetteer.places.count)", "names": "\(gazetteer.nameCount)"])
    }

    private init(config: ControlMapConfiguration, lexicon: ExtractionLexicon, analyzer: DocumentAnalyzer, logger: Logger) {
        self.config = config
        self.lexicon = lexicon
        self.analyzer = analyzer
        self.logger = logger
    }

    /// The same lexicon and gazetteer under other settings (folders, timings), without
    /// loading them again.
    public func with(config: ControlMapConfiguration) -> ServiceContext {
        ServiceContext(config: config, lexicon: lexicon, analyzer: analyzer, logger: logger)
    }

    public func openStore() throws -> ControlMapStore {
        try Self.openStore(config)
    }

    /// Opens the store of a configuration without loading lexicon or gazetteer.
    public static func openStore(_ config: ControlMapConfiguration) throws -> ControlMapStore {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: config.stateDir, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ConfigurationError("state_dir \(config.stateDir) is a file, not a directory: set state_dir to a directory ControlMap may write")
        }
        do {
            try SharedDirectory.create(config.stateDir, mode: SharedDirectory.serviceOnly)
        } catch {
            throw ConfigurationError("state_dir \(config.stateDir) cannot be created (\(error.localizedDescription)): set state_dir to a writable directory")
        }
        do {
            return try ControlMapStore(path: config.databasePath, cacheBytes: config.storeCacheBytes)
        } catch let damaged as ControlMapStore.Damaged {
            throw ConfigurationError(damagedAdvice(damaged.description, config))
        } catch {
            throw ConfigurationError("cannot open the store \(config.databasePath): \(error). Check that state_dir is writable.")
        }
    }

    /// What to do about a damaged store: nothing is written into it; it is rebuilt from the
    /// archived articles (the event log derives from them) or restored.
    public static func damagedAdvice(_ what: String, _ config: ControlMapConfiguration) -> String {
        let db = config.databasePath
        return "\(what); nothing will be written into it. Move it aside (mv \(db) \(db).damaged) and rebuild it from the "
            + "archived articles with `controlmap ingest \(config.inboxDir)/cur`, or restore a backup."
    }

    /// Opens the store for writing, after SQLite's quick check of every page.
    public static func openCheckedStore(_ config: ControlMapConfiguration) throws -> ControlMapStore {
        let store = try openStore(config)
        let check = (try? store.quickCheck()) ?? "the check itself failed"
        guard check == "ok" else {
            throw ConfigurationError(damagedAdvice("the store \(config.databasePath) is damaged (quick_check: \(check.prefix(300)))", config))
        }
        return store
    }

    /// The gazetteer ids a user's words name: a stored place id, name or mention, a gazetteer
    /// id, or a name resolved like text.
    public func placeIDs(matching query: String, store: ControlMapStore) throws -> [String] {
        let stored = try store.findPlaces(query)
        if !stored.isEmpty { return stored }
        if let p = analyzer.gazetteer.place(id: query) { return [p.id] }
        return analyzer.geocode(query).resolutions.compactMap { $0.place.map { analyzer.gazetteer.places[Int($0)].id } }
    }

    public func publisher() -> SnapshotPublisher {
        Self.publisher(config)
    }

    /// The snapshot publisher of a configuration, without loading lexicon or gazetteer.
    public static func publisher(_ config: ControlMapConfiguration) -> SnapshotPublisher {
        SnapshotPublisher(outputDir: config.outputDir, retention: config.snapshotRetention, staleAfterDays: config.staleAfterDays)
    }

    public func pipeline(store: ControlMapStore) -> IngestPipeline {
        IngestPipeline(analyzer: analyzer, store: store, reader: DocumentReader(maxBytes: config.maxFileBytes), logger: logger,
                       earliestDate: config.earliestDate)
    }
}
