import Dispatch
import Foundation

/// Wakes the service when a file lands in `inbox/new`: inotify on IN_MOVED_TO (a writer's
/// rename from `tmp/`) and IN_CLOSE_WRITE (a writer writing in place). The service rescans the
/// folder at start, after every wake-up and on IN_Q_OVERFLOW, so no event can be lost; between
/// events it sleeps in poll(2), never spinning.
public final class InboxWatcher: Sendable {
    private let fd: Int32

    /// Watches `directory`; nil when inotify is unavailable (the service then polls slowly).
    public init?(directory: String) {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        guard inotify_add_watch(fd, directory, UInt32(IN_MOVED_TO | IN_CLOSE_WRITE)) >= 0 else {
            close(fd)
            return nil
        }
        self.fd = fd
    }

    deinit {
        close(fd)
    }

    /// `wait` on a thread of its own, so that the sleep does not hold one of Swift
    /// concurrency's few threads (the feed poller and the HTTP server need them).
    public func arrival(milliseconds: Int32) async -> Bool {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.wait(milliseconds: milliseconds)) }
        }
    }

    /// Waits up to `milliseconds` for files to arrive; true when something did (or the kernel
    /// queue overflowed), false on timeout. Drains the queued events either way.
    public func wait(milliseconds: Int32) -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let n = poll(&p, 1, milliseconds)
        guard n > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var any = false
        while true {
            let r = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if r <= 0 { break }
            any = true
        }
        return any
    }
}
