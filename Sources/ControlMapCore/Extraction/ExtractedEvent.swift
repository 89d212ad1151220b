/// A control event read from one sentence of a document, before it is stored.
public struct ExtractedEvent: Sendable, Hashable {
    /// Index into the document's place resolutions, if the place was found in the text.
    public var resolution: Int
    /// The place mention as written.
    public var mention: String
    /// Who gained or holds control (the taker, the besieger, the holder); nil when not reported.
    public var actor: String?
    /// Who lost control, was besieged, laid the broken siege, or pulled out.
    public var fromActor: String?
    public var kind: ControlKind
    /// Share of the place held by `actor` (0...1), when the text gives one.
    public var share: Double?
    /// When the event happened, as precisely as the text says; nil when nothing dates it.
    public var date: EventDate?
    /// An earlier event mentioned in passing: it enters history, it does not override newer state.
    public var background: Bool
    public var confidence: Double
    /// The sentence that reports it.
    public var evidence: String
    public var sentence: Int
    /// The predicate as written ("took control of", "استعادت السيطرة").
    public var predicate: String
}
