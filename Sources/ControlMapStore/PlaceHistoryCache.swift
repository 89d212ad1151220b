import ControlMapCore
import Synchronization

/// The histories of recently committed places (their events as the rules read them, and the
/// fold's checkpoints), so that committing a document neither reads nor replays every event a
/// busy place ever had (Aleppo gathers thousands). Its size is bounded in bytes.
///
/// An entry is used only while its version, which triggers raise on every insert, update and
/// delete of the place's events (`place_version`), still matches the database inside the writing
/// transaction: writes by other processes, reprocessing and deletions all make it miss. Entries
/// are stored only after their transaction committed, so a rolled-back write never leaves one.
final class PlaceHistoryCache: Sendable {
    struct Entry: Sendable {
        var version: Int64
        var history: PlaceHistory

        var bytes: Int { history.estimatedBytes }
    }

    private struct Contents {
        var entries: [String: (entry: Entry, bytes: Int)] = [:]
        /// When each entry was last stored, by a counter: the oldest go first when full.
        var used: [String: UInt64] = [:]
        var clock: UInt64 = 0
        var total = 0
    }

    private let contents = Mutex(Contents())
    /// At most this many bytes are kept.
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// About how many bytes the entries take.
    var bytes: Int { contents.withLock { $0.total } }

    /// Takes a place's entry out (so that the caller can extend it without copying), if it is
    /// still the place's history; a stale entry is dropped.
    func take(_ placeID: String, version: Int64) -> Entry? {
        contents.withLock { c in
            guard let e = c.entries.removeValue(forKey: placeID) else { return nil }
            c.used[placeID] = nil
            c.total -= e.bytes
            return e.entry.version == version ? e.entry : nil
        }
    }

    /// Keeps entries read in a committed transaction. When they would not fit, the places
    /// stored longest ago are let go, down to three quarters of the capacity, so that the busy
    /// places stay (emptying the whole cache made every following commit read its places again).
    func store(_ entries: [String: Entry]) {
        contents.withLock { c in
            for (id, e) in entries {
                if let old = c.entries.removeValue(forKey: id) {
                    c.total -= old.bytes
                    c.used[id] = nil
                }
                let size = e.bytes
                guard size <= capacity else { continue }
                if c.total + size > capacity { Self.evict(&c, toFit: size, capacity: capacity) }
                c.clock += 1
                c.entries[id] = (e, size)
                c.used[id] = c.clock
                c.total += size
            }
        }
    }

    private static func evict(_ c: inout Contents, toFit incoming: Int, capacity: Int) {
        let target = max(0, capacity * 3 / 4 - incoming)
        for (id, _) in c.used.sorted(by: { $0.value < $1.value }) {
            guard c.total > target, let e = c.entries.removeValue(forKey: id) else { break }
            c.used[id] = nil
            c.total -= e.bytes
        }
    }

    /// Forgets everything (after bulk rewrites, to free memory early).
    func removeAll() {
        contents.withLock { $0 = Contents() }
    }
}
