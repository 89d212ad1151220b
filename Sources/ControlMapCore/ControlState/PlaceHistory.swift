/// One place's events in application order, with the fold of the rules kept at checkpoints, so
/// that a report can join the history anywhere (an old article ingested late, or a report of the
/// same day that sorts before the others) at the cost of the events it changes, not of the whole
/// history.
///
/// Adding events replays the rules from the checkpoint before the first new event. The replay
/// stops at the first later checkpoint where the fold is the same as before the insertion: from
/// there on every event meets the same state, so the rest of the history, and the current state,
/// stand. News in application order costs one step of the rules per event.
///
/// Each event is kept in about sixty bytes: what the rules read of it (names interned, the
/// evidence sentence as a 64-bit digest, since the rules only compare sentences). `state` is what
/// `ControlStateReducer.state` gives for the same events, except that its events carry only what
/// the rules read (document, sequence, place, actors, kind, share, dates, confidence, source, a
/// digest for the evidence) and `overruled` holds only what its confidence looks at: the
/// overruled events of the week before the current state began, newest first back to the
/// first report of another side, not the whole past.
public struct PlaceHistory: Sendable {
    public let placeID: String
    /// The events, in application order.
    private var reports: [Report] = []
    /// Document ids, actors and sources, each kept once.
    private var names: [String] = []
    private var nameIndex: [String: Int32] = [:]
    /// Per event: whether the rules took it into account, and whether it began a new state.
    private var steps: [Step] = []
    /// Per event: where in `folds` the fold right after it is kept (at every `spacing`-th event
    /// or so), else -1; four bytes an event rather than an optional state.
    private var checkpoints: [Int32] = []
    private var folds: [Checkpoint] = []
    /// The fold after the last event.
    private var tip: PlaceState?
    /// How many events follow the last checkpoint.
    private var tail = 0
    /// The documents' first words, and how many distinct documents there are (the sources):
    /// eight bytes a document, the whole key compared only when a first word repeats.
    private var documentWords: Set<UInt64> = []
    private var documentCount = 0
    /// The most events between two checkpoints.
    public let spacing: Int

    /// What the rules read of an event.
    struct Report: Sendable {
        var document: DocumentKey
        var sequence: Int32
        var actor: Int32
        var fromActor: Int32
        var source: Int32
        /// The effective date's day number and precision (the order), and its fields packed.
        var day: Int32
        var packedDate: Int32
        var rank: UInt8
        var kind: ControlKind
        var background: Bool
        var share: Double?
        var confidence: Double
        /// The evidence sentence's digest, in base 36: 13 characters at most, held inside the
        /// string value (no allocation, nothing to retain).
        var evidence: String
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

    public init(placeID: String, spacing: Int = 32) {
        self.placeID = placeID
        self.spacing = max(1, spacing)
    }

    /// The history of these events, in any order.
    public init(placeID: String, events: [ControlEvent], spacing: Int = 32) {
        self.init(placeID: placeID, spacing: spacing)
        insert(events)
    }

    /// How many steps of the rules the last `insert` took: what adding its events cost.
    public private(set) var lastReplay = 0

    /// The number of events.
    public var count: Int { reports.count }

    /// About how many bytes the history holds: per event its report, step, checkpoint index
    /// and document's first word (arrays keep room to grow: half as much again); per name
    /// (actors, sources) the string, its slot and its dictionary entry; per checkpoint its fold
    /// (shares, parties).
    public var estimatedBytes: Int {
        256 + reports.count * (MemoryLayout<Report>.stride + MemoryLayout<Step>.stride + 4 + 16) * 3 / 2
            + names.count * 176 + folds.count * (MemoryLayout<Checkpoint>.stride + 128)
    }

    /// The events in application order, as the rules read them.
    public var events: [ControlEvent] { reports.map(event) }

    /// Adds events, in any order and at any place in the history.
    public mutating func insert(_ new: [ControlEvent]) {
        lastReplay = 0
        guard !new.isEmpty else { return }
        let oldCount = reports.count
        var first = Int.max, last = 0
        var incoming: [Report] = []
        incoming.reserveCapacity(new.count)
        for e in new { incoming.append(report(e)) }
        incoming.sort(by: before)
        // Before the new reports go in, so that a document is looked for among the others only.
        var seen: Set<DocumentKey> = []
        for r in incoming where seen.insert(r.document).inserted { countDocument(r.document) }
        for r in incoming {
            // After the events it ties with or follows: new events usually land at the end.
            var lo = 0, hi = reports.count
            if let end = reports.last, !before(r, end) {
                lo = hi
            } else {
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if before(r, reports[mid]) { hi = mid } else { lo = mid + 1 }
                }
            }
            reports.insert(r, at: lo)
            steps.insert(Step(), at: lo)
            checkpoints.insert(-1, at: lo)
            first = min(first, lo)
            last = lo  // ascending: each lands after the one before
        }
        replay(from: first, lastNew: last, appending: first == oldCount)
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
        return Report(document: document, sequence: Int32(truncatingIfNeeded: e.sequence), actor: intern(e.actor),
                      fromActor: intern(e.fromActor), source: intern(e.source), day: Int32(truncatingIfNeeded: d.dayNumber),
                      packedDate: Int32(truncatingIfNeeded: d.year * 10_000 + (d.month ?? 0) * 100 + (d.day ?? 0)),
                      rank: d.day != nil ? 2 : d.month != nil ? 1 : 0, kind: e.kind, background: e.background,
                      share: e.share, confidence: e.confidence, evidence: String(Self.digest(e.evidence), radix: 36))
    }

    private func documentID(_ key: DocumentKey) -> String {
        key.hex ?? names[Int(key.words.1)]
    }

    private func event(_ r: Report) -> ControlEvent {
        func name(_ i: Int32) -> String? { i < 0 ? nil : names[Int(i)] }
        let packed = Int(r.packedDate)
        let month = packed / 100 % 100, day = packed % 100
        let date = EventDate(year: packed / 10_000, month: month == 0 ? nil : month, day: day == 0 ? nil : day)
        return ControlEvent(documentID: documentID(r.document), sequence: Int(r.sequence), placeID: placeID, placeName: nil,
                            placeNameAr: nil, lat: nil, lon: nil, placeKind: nil, mention: "", actor: name(r.actor),
                            fromActor: name(r.fromActor), kind: r.kind, share: r.share, date: nil, effectiveDate: date,
                            background: r.background, confidence: r.confidence, evidence: r.evidence,
                            source: name(r.source), url: nil, predicate: "")
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

    private mutating func replay(from first: Int, lastNew: Int, appending: Bool) {
        var fold: PlaceState?
        var start = first
        if appending {
            fold = tip
        } else {
            // The fold before `first`: the nearest checkpoint before it, then the events between.
            var c = first - 1
            while c >= 0, checkpoints[c] < 0 { c -= 1 }
            fold = c >= 0 ? folds[Int(checkpoints[c])].fold : nil
            start = c + 1
        }
        var sinceCheckpoint = appending ? tail : 0
        for i in start..<reports.count {
            let (next, step) = Self.step(fold, event(reports[i]), placeID)
            lastReplay += 1
            steps[i] = step
            fold = next
            if checkpoints[i] >= 0 {
                let slot = Int(checkpoints[i])
                // The same fold as before the new events: nothing after this changes.
                let kept = Checkpoint(next)
                if i > lastNew, folds[slot] == kept { return }
                folds[slot] = kept
                sinceCheckpoint = 0
            } else if sinceCheckpoint + 1 >= spacing {
                checkpoints[i] = Int32(folds.count)
                folds.append(Checkpoint(next))
                sinceCheckpoint = 0
            } else {
                sinceCheckpoint += 1
            }
        }
        tail = sinceCheckpoint
        tip = fold
    }

    /// Counts a new document among the sources unless an event already has it: the set of
    /// first words answers almost always; a repeated first word is checked against the events.
    private mutating func countDocument(_ d: DocumentKey) {
        if documentWords.insert(d.words.0).inserted || !reports.contains(where: { $0.document == d }) {
            documentCount += 1
        }
    }

    /// One step of the rules: the fold after `e`, kept small (the supporting events beyond the
    /// last, which the rules look at, and the overruled ones are rebuilt from `steps`).
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
        var begins = reports.count - 1
        while begins > 0, !steps[begins].opens { begins -= 1 }
        s.supporting = (max(0, begins)..<reports.count).filter { steps[$0].applied }.map { event(reports[$0]) }
        // The confidence looks back a week from the start of the state, for a report of another
        // side (see `corroborated`): the first one found is all it needs.
        var recent: [ControlEvent] = []
        var i = begins - 1
        while i >= 0, s.since.dayNumber - Int(reports[i].day) <= 7 {
            if steps[i].applied {
                let r = reports[i]
                recent.append(event(r))
                if r.kind != .withdrew, r.actor < 0 || names[Int(r.actor)] != s.controller { break }
            }
            i -= 1
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
