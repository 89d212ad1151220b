import Foundation

/// Work on many items with up to `window` of them in flight at once, the results handed to
/// `consume` strictly in item order: analysis runs on every core while a single writer commits,
/// and the store ends as if the items had been processed one after another.
public enum OrderedWork {
    /// `consume` returning false stops new work; items already started finish and are dropped.
    public static func run<Result: Sendable>(count: Int, window: Int = 2 * ProcessInfo.processInfo.activeProcessorCount,
                                             produce: @escaping @Sendable (Int) -> Result,
                                             consume: (Int, Result) throws -> Bool) async throws {
        try await withThrowingTaskGroup(of: (Int, Result).self) { group in
            var next = 0
            var done = 0
            var ready: [Int: Result] = [:]
            var stopped = false
            func start() {
                guard next < count, !stopped else { return }
                let i = next
                group.addTask { (i, produce(i)) }
                next += 1
            }
            for _ in 0..<max(1, window) { start() }
            while let (i, result) = try await group.next() {
                ready[i] = result
                while !stopped, let r = ready.removeValue(forKey: done) {
                    if try !consume(done, r) { stopped = true }
                    done += 1
                    start()
                }
            }
        }
    }
}
