import ControlMapCore

/// How a stored place state names the events the current map shows: "document-id/sequence",
/// the event table's unique key, so that the map is read without replaying the log.
enum CurrentMap {
    /// How many of the newest supporting events a map feature cites as evidence.
    static let evidenceCount = SnapshotBuilder.evidenceCount

    static func reference(_ e: ControlEvent) -> String {
        "\(e.documentID)/\(e.sequence)"
    }
}
