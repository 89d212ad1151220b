/// One place's events in application order, with the fold of the rules kept at checkpoints, so
/// that a report can join the history anywhere (an old article ingested late, or a report of the
/// same day that sorts before the others) at the cost of the events it changes, not of the whole
/// history.
///
/// The events are kept in runs of `spacing` to twice as many, each with the fold after its last
/// event (the checkpoint). Adding events replays the rules from the start of the first new
/// event's run. The replay stops at the end of the first run after the last new event whose
/// fold is the same as before the insertion: from there on every event meets the same state, so
/// the rest of the history, and the current state, stand. News in application order costs one
/// step of the rules per event; a report among thousands of the same day costs a few runs.
///
/// Each event is kept in 88 bytes: what the rules read of it (names interned, the evidence
/// sentence as a 64-bit digest, since the rules only compare sentences). `state` is what
/// `ControlStateReducer.state` gives for the same events, except that its events carry only what
/// the rules read (document, sequence, place, actors, kind, share, dates, confidence, source, a
/// digest for the evidence) and `overruled` holds only what its confidence looks at: the
/// overruled events of the week before the current state began, newest first back to the
/// first report of another side, not the whole past.
public struct PlaceHistory: Sendable {
    public let placeID: String
    /// The events in application order, cut into runs of `spacing` to twice as many, each with
    /// the fold after its last event: a report lands in one run (moving a few dozen events, not
    /// the whole history) and the replay starts at the run's beginning.
    private var segments: [Segment] = []
    /// Document ids, actors and sources, each kept once.
    private var names: [String] = []
    private var nameIndex: [String: Int32] = [:]
    /// The fold after the last event.
    private var tip: PlaceState?
    /// The number of events.
    public private(set) var count = 0
    /// The documents' first words, and how many distinct documents there are (the sources):
    /// eight bytes a document, the whole key compared only when a first word repeats.
    private var documentWords: Set<UInt64> = []
    private var documentCount = 0
    /// The fewest events of a run (but the last); a run holds at most twice as many.
    public let spacing: Int

    /// What the rules read of an event, in 88 bytes (fields ordered so that none pads).
    struct Report: Sendable {
        var document: DocumentKey
        /// The effective date's precision (day 2, month 1, year 0): the order after the day.
        var rank: UInt8
        var kind: ControlKind
        var background: Bool
        var sequence: Int32
        var actor: Int32
        var fromActor: Int32
        var source: Int32
        /// The effective date's day number (the order), and its fields packed.
        var day: Int32
        var packedDate: Int32
        /// NaN when the report gives no share.
        var share: Double
        var confidence: Double
        /// The evidence sentence's digest.
        var evidence: UInt64
    }

    /// Consecutive events and the fold after the last of them.
    struct Segment: Sendable {
        var reports: [Report] = []
        /// Per event: whether the rules took it into account, and whether it began a new state.
        var steps: [Step] = []
        /// The fold after the last event; nil until a replay reaches it.
        var end: Checkpoint?
    }

    /// A fold as a checkpoint keeps it: its one supporting event is its last event, so it is
    /// left out (`fold` puts it back).
    struct Checkpoint: Sendable, Equatable {
        var kept: PlaceState
        var supported: Bool

        init(_ fold: PlaceState) {
            kept = fold
            supported = !fold.supporting.isEmpty
            kept.supporting = []
        }

        var fold: PlaceState {
            var f = kept
            if supported { f.supporting = [f.lastEvent] }
            return f
        }
    }

    struct Step: Sendable {
        var applied = false
        var opens = false
    }

    public init(placeID: String, spacing: Int = 16) {
        self.placeID = placeID
        self.spacing = max(1, spacing)
    }

    /// The history of these events, in any order.
    public init(placeID: String, events: [ControlEvent], spacing: Int = 16) {
        self.init(placeID: placeID, spacing: spacing)
        insert(events)
    }

    /// How many steps of the rules the last `insert` took: what adding its events cost.
    public private(set) var lastReplay = 0

    /// About how many bytes the history holds: per event its report, step and document's first
    /// word (arrays keep room to grow: a third as much again); per run its arrays and fold
    /// (shares, parties, the last event's strings); per name (actors, sources) the string, its
    /// slot and its dictionary entry.
    public var estimatedBytes: Int {
        256 + count * (MemoryLayout<Report>.stride + MemoryLayout<Step>.stride + 16) * 4 / 3
            + segments.count * (MemoryLayout<Segment>.stride + 64 + 256) + names.count * 176
    }

    /// The events in application order, as the rules read them.
    public var events: [ControlEvent] { segments.flatMap { $0.reports.map(event) } }

    /// Adds events, in any order and at any place in the history.
    public mutating func insert(_ new: [ControlEvent]) {
        lastReplay = 0
        guard !new.isEmpty else { return }
        var incoming: [Report] = []
        incoming.reserveCapacity(new.count)
        for e in new { incoming.append(report(e)) }
        incoming.sort(by: before)
        // Before the new reports go in, so that a document is looked for among the others only.
        var seen: Set<DocumentKey> = []
        for r in incoming where seen.insert(r.document).inserted { countDocument(r.document) }
        // Where the replay starts (a run, and an event in it), and the last run a report joined.
        var start: (segment: Int, index: Int)?
        var lastTouched = 0
        var appending = false
        for r in incoming {
            if let last = segments.last?.reports.last, before(r, last) {
                // The first run whose last event comes after it; after the events it ties with.
                var lo = 0, hi = segments.count - 1
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if before(r, segments[mid].reports[segments[mid].reports.count - 1]) { hi = mid } else { lo = mid + 1 }
                }
                let reports = segments[lo].reports
                var a = 0, b = reports.count
                while a < b {
                    let mid = (a + b) / 2
                    if before(r, reports[mid]) { b = mid } else { a = mid + 1 }
                }
                segments[lo].reports.insert(r, at: a)
                segments[lo].steps.insert(Step(), at: a)
                if start == nil || lo < start!.segment { start = (lo, 0) }
                lastTouched = max(lastTouched, lo)
                appending = false
            } else {
                // At the end, where news in order lands: a full last run starts another.
                if segments.isEmpty || segments[segments.count - 1].reports.count >= spacing { segments.append(Segment()) }
                let k = segments.count - 1
                if start == nil { (start, appending) = ((k, segments[k].reports.count), true) }
                segments[k].reports.append(r)
                segments[k].steps.append(Step())
                lastTouched = k
            }
            count += 1
        }
        guard var (k, i) = start else { return }
        // Reports that went in among the others replay from the start of their run; reports
        // after the last replay from the tip.
        var fold = appending ? tip : k > 0 ? segments[k - 1].end?.fold : nil
        if !appending { i = 0 }
        while k < segments.count {
            if segments[k].reports.count > 2 * spacing { lastTouched += split(k) }
            let n = segments[k].reports.count
            while i < n {
                let (next, step) = Self.step(fold, event(segments[k].reports[i]), placeID)
                lastReplay += 1
                segments[k].steps[i] = step
                fold = next
                i += 1
            }
            let kept = Checkpoint(fold!)
            // The same fold as before the new reports, after the last of them: nothing after
            // this changes, and neither does the tip.
            if !appending, k >= lastTouched, segments[k].end == kept { return }
            segments[k].end = kept
            k += 1
            i = 0
        }
        tip = fold
    }

    /// Cuts an overgrown run into runs of `spacing` events (the last keeps its fold, which is
    /// still the fold after its last event); returns how many runs it added.
    private mutating func split(_ k: Int) -> Int {
        let whole = segments[k]
        var pieces: [Segment] = []
        var from = 0
        while from < whole.reports.count {
            let to = whole.reports.count - from < 2 * spacing ? whole.reports.count : from + spacing
            pieces.append(Segment(reports: Array(whole.reports[from..<to]), steps: Array(whole.steps[from..<to]),
                                  end: to == whole.reports.count ? whole.end : nil))
            from = to
        }
        segments.replaceSubrange(k...k, with: pieces)
        return pieces.count - 1
    }

    /// `ControlEvent.applicationOrder` on reports.
    private func before(_ a: Report, _ b: Report) -> Bool {
        if a.day != b.day { return a.day < b.day }
        if a.rank != b.rank { return a.rank < b.rank }
        if a.background != b.background { return a.background }
        if a.document != b.document {
            if let x = a.document.digest, let y = b.document.digest { return x < y }
            return documentID(a.document) < documentID(b.document)
        }
        return a.sequence < b.sequence
    }

    private mutating func intern(_ name: String?) -> Int32 {
        guard let name else { return -1 }
        if let i = nameIndex[name] { return i }
        let i = Int32(names.count)
        names.append(name)
        nameIndex[name] = i
        return i
    }

    private mutating func report(_ e: ControlEvent) -> Report {
        let d = e.effectiveDate
        let document = DocumentKey(hex: e.documentID) ?? DocumentKey(name: intern(e.documentID))
        return Report(document: document, rank: d.day != nil ? 2 : d.month != nil ? 1 : 0, kind: e.kind, background: e.background,
                      sequence: Int32(truncatingIfNeeded: e.sequence), actor: intern(e.actor), fromActor: intern(e.fromActor),
                      source: intern(e.source), day: Int32(truncatingIfNeeded: d.dayNumber),
                      packedDate: Int32(truncatingIfNeeded: d.year * 10_000 + (d.month ?? 0) * 100 + (d.day ?? 0)),
                      share: e.share ?? .nan, confidence: e.confidence, evidence: Self.digest(e.evidence))
    }

    private func documentID(_ key: DocumentKey) -> String {
        key.hex ?? names[Int(key.words.1)]
    }

    /// The event as the rules read it; its evidence is the sentence's digest in base 36 (13
    /// characters at most: held inside the string value, no allocation).
    private func event(_ r: Report) -> ControlEvent {
        func name(_ i: Int32) -> String? { i < 0 ? nil : names[Int(i)] }
        let packed = Int(r.packedDate)
        let month = packed / 100 % 100, day = packed % 100
        let date = EventDate(year: packed / 10_000, month: month == 0 ? nil : month, day: day == 0 ? nil : day)
        return ControlEvent(documentID: documentID(r.document), sequence: Int(r.sequence), placeID: placeID, placeName: nil,
                            placeNameAr: nil, lat: nil, lon: nil, placeKind: nil, mention: "", actor: name(r.actor),
                            fromActor: name(r.fromActor), kind: r.kind, share: r.share.isNaN ? nil : r.share, date: nil,
                            effectiveDate: date, background: r.background, confidence: r.confidence,
                            evidence: String(r.evidence, radix: 36), source: name(r.source), url: nil, predicate: "")
    }

    /// A sentence's 64-bit FNV-1a hash: the rules only ask whether two sentences are the same.
    public static func digest(_ sentence: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in sentence.utf8 {
            h ^= UInt64(byte)
            h &*= 0x100_0000_01b3
        }
        return h
    }

    /// Counts a new document among the sources unless an event already has it: the set of
    /// first words answers almost always; a repeated first word is checked against the events.
    private mutating func countDocument(_ d: DocumentKey) {
        if documentWords.insert(d.words.0).inserted
            || !segments.contains(where: { $0.reports.contains(where: { $0.document == d }) }) {
            documentCount += 1
        }
    }

    /// One step of the rules: the fold after `e`, kept small (the supporting events beyond the
    /// last, which the rules look at, and the overruled ones are rebuilt from the steps).
    static func step(_ fold: PlaceState?, _ e: ControlEvent, _ placeID: String) -> (PlaceState, Step) {
        var s = fold ?? ControlStateReducer.start(placeID, e)
        let before = (s.status, s.controller)
        ControlStateReducer.apply(e, to: &s)
        let applied = s.supporting.last.map { $0.documentID == e.documentID && $0.sequence == e.sequence } ?? false
        let opens = applied && (before.0 != s.status || before.1 != s.controller)
        if s.supporting.count > 1 { s.supporting.removeFirst(s.supporting.count - 1) }
        s.overruled = []
        // The first event's confidence stands in the fold until `state` works it out.
        s.confidence = 0
        return (s, Step(applied: applied, opens: opens))
    }

    /// The place's state after all its events; nil when it has none.
    public var state: PlaceState? {
        guard var s = tip else { return nil }
        // Where the state began: the last event that opened one (else the first event).
        var k = segments.count - 1, i = segments[k].reports.count - 1
        while k > 0 || i > 0, !segments[k].steps[i].opens {
            if i > 0 { i -= 1 } else { k -= 1; i = segments[k].reports.count - 1 }
        }
        var supporting: [ControlEvent] = []
        for (j, step) in segments[k].steps.enumerated() where j >= i && step.applied { supporting.append(event(segments[k].reports[j])) }
        for later in segments[(k + 1)...] {
            for (j, step) in later.steps.enumerated() where step.applied { supporting.append(event(later.reports[j])) }
        }
        s.supporting = supporting
        // The confidence looks back a week from the start of the state, for a report of another
        // side (see `corroborated`): the first one found is all it needs.
        var recent: [ControlEvent] = []
        while k > 0 || i > 0 {
            if i > 0 { i -= 1 } else { k -= 1; i = segments[k].reports.count - 1 }
            let r = segments[k].reports[i]
            guard s.since.dayNumber - Int(r.day) <= 7 else { break }
            if segments[k].steps[i].applied {
                recent.append(event(r))
                if r.kind != .withdrew, r.actor < 0 || names[Int(r.actor)] != s.controller { break }
            }
        }
        s.overruled = recent.reversed()
        s.sources = documentCount
        s.confidence = ControlStateReducer.corroborated(s)
        return s
    }
}

/// A document id as a history keeps it: a SHA-256 digest in lowercase hex (the ids the
/// pipeline gives) as its 32 bytes, in order; any other id as its place among the history's
/// names.
struct DocumentKey: Hashable, Sendable {
    /// The digest's four 64-bit words, big-endian; for another id (UInt64.max, name index, 0, 0)
    /// with `isDigest` false.
    var words: (UInt64, UInt64, UInt64, UInt64)
    var isDigest: Bool

    init?(hex: String) {
        let utf8 = hex.utf8
        guard utf8.count == 64 else { return nil }
        var w: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var i = 0
        for c in utf8 {
            let v: UInt64
            switch c {
            case 0x30...0x39: v = UInt64(c - 0x30)
            case 0x61...0x66: v = UInt64(c - 0x61 + 10)
            default: return nil
            }
            switch i / 16 {
            case 0: w.0 = w.0 << 4 | v
            case 1: w.1 = w.1 << 4 | v
            case 2: w.2 = w.2 << 4 | v
            default: w.3 = w.3 << 4 | v
            }
            i += 1
        }
        words = w
        isDigest = true
    }

    init(name: Int32) {
        words = (UInt64.max, UInt64(UInt32(bitPattern: name)), 0, 0)
        isDigest = false
    }

    /// The words, for ordering digests (their order is their hex text's order).
    var digest: (UInt64, UInt64, UInt64, UInt64)? { isDigest ? words : nil }

    /// The id as the digest's lowercase hex.
    var hex: String? {
        guard isDigest else { return nil }
        // Every step of the rules builds its event's id: no allocation but the string's own.
        return String(unsafeUninitializedCapacity: 64) { buffer in
            func write(_ word: UInt64, at start: Int) {
                for j in 0..<16 {
                    let nibble = UInt8(word >> UInt64(60 - 4 * j) & 0xF)
                    buffer[start + j] = nibble < 10 ? 0x30 + nibble : 0x61 + nibble - 10
                }
            }
            write(words.0, at: 0)
            write(words.1, at: 16)
            write(words.2, at: 32)
            write(words.3, at: 48)
            return 64
        }
    }

    static func == (a: DocumentKey, b: DocumentKey) -> Bool {
        a.isDigest == b.isDigest && a.words == b.words
    }

    func hash(into h: inout Hasher) {
        h.combine(words.0)
        h.combine(words.1)
        h.combine(words.2)
        h.combine(words.3)
    }
}
