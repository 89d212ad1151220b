import ControlMapCore
import Synchronization

/// The decoded events of recently committed places, so that committing a document does not
/// read and decode every event a busy place ever had (Aleppo gathers thousands).
///
/// An entry is used only while its fingerprint, the place's event count and largest event id,
/// still matches the database inside the writing transaction. Event ids are AUTOINCREMENT and
/// never reused, so any insert raises the largest id and any delete lowers the count: writes by
/// other processes, reprocessing and deletions all make the entry miss. Entries are stored only
/// after their transaction committed, so a rolled-back write never leaves one behind.
final class PlaceEventCache: Sendable {
    /// A place's events (in application order), their fold, and the fingerprint they were read at.
    struct Entry: Sendable {
        var count: Int
        var maxID: Int64
        var events: [ControlEvent]
        var fold: ControlStateReducer.Fold
    }

    private struct Contents {
        var entries: [String: Entry] = [:]
        /// When each entry was last stored, by a counter: the oldest go first when full.
        var used: [String: UInt64] = [:]
        var clock: UInt64 = 0
        var total = 0
    }

    private let contents = Mutex(Contents())
    /// At most this many events are kept (about half a kilobyte each).
    let capacity: Int

    init(capacity: Int = 100_000) {
        self.capacity = capacity
    }

    /// Takes a place's entry out (so that the caller can extend it without copying), if its
    /// events are still the place's events; a stale entry is dropped.
    func take(_ placeID: String, count: Int, maxID: Int64) -> Entry? {
        contents.withLock { c in
            guard let e = c.entries.removeValue(forKey: placeID) else { return nil }
            c.used[placeID] = nil
            c.total -= e.events.count
            return e.count == count && e.maxID == maxID ? e : nil
        }
    }

    /// Keeps entries read in a committed transaction. When they would not fit, the places
    /// stored longest ago are let go, down to three quarters of the capacity, so that the busy
    /// places stay (emptying the whole cache made every following commit read its places again).
    func store(_ entries: [String: Entry]) {
        contents.withLock { c in
            for (id, e) in entries {
                if let old = c.entries.removeValue(forKey: id) {
                    c.total -= old.events.count
                    c.used[id] = nil
                }
                guard e.events.count <= capacity else { continue }
                if c.total + e.events.count > capacity { Self.evict(&c, toFit: e.events.count, capacity: capacity) }
                c.clock += 1
                c.entries[id] = e
                c.used[id] = c.clock
                c.total += e.events.count
            }
        }
    }

    private static func evict(_ c: inout Contents, toFit incoming: Int, capacity: Int) {
        let target = max(0, capacity * 3 / 4 - incoming)
        for (id, _) in c.used.sorted(by: { $0.value < $1.value }) {
            guard c.total > target, let e = c.entries.removeValue(forKey: id) else { break }
            c.used[id] = nil
            c.total -= e.events.count
        }
    }

    /// Forgets everything (after bulk rewrites, to free memory early).
    func removeAll() {
        contents.withLock { $0 = Contents() }
    }
}
