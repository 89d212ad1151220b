import Foundation

/// Progress of a long command on standard error: a line rewritten in place on a terminal,
/// nothing at all when standard error is a pipe, a file or the journal.
public final class ProgressReporter {
    let label: String
    let total: Int
    let start = Date()
    let enabled: Bool
    private var lastDraw = Date.distantPast
    private var done = 0

    public init(label: String, total: Int) {
        self.label = label
        self.total = total
        self.enabled = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["JOURNAL_STREAM"] == nil
    }

    /// Items per second so far.
    public var rate: Int {
        let t = Date().timeIntervalSince(start)
        return t > 0 ? Int(Double(done) / t) : 0
    }

    public func update(_ done: Int) {
        self.done = done
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.2 || done == total else { return }
        lastDraw = Date()
        let percent = total > 0 ? done * 100 / total : 100
        FileHandle.standardError.write(Data("\r\(label) \(done)/\(total) (\(percent)%) \(rate)/s   ".utf8))
    }

    public func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
