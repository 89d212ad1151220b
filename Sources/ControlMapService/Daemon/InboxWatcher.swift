import Dispatch
import Foundation

/// Wakes the service when a file lands in `inbox/new`: inotify on IN_MOVED_TO (a writer's
/// rename from `tmp/`) and IN_CLOSE_WRITE (a writer writing in place). The service rescans the
/// folder at start, after every wake-up and on IN_Q_OVERFLOW, so no event can be lost; between
/// events it sleeps in poll(2), never spinning, until a file arrives or `wake()` is called.
public final class InboxWatcher: Sendable {
    private let fd: Int32
    /// A pipe that `wake()` writes, so a shutdown does not wait for the next file.
    private let wakeRead: Int32
    private let wakeWrite: Int32

    /// Watches `directory`; nil when inotify is unavailable (the service then polls slowly).
    public init?(directory: String) {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        var pipeFDs: [Int32] = [-1, -1]
        guard pipe(&pipeFDs) == 0 else {
            close(fd)
            return nil
        }
        for d in pipeFDs {
            _ = fcntl(d, F_SETFL, fcntl(d, F_GETFL) | O_NONBLOCK)
            _ = fcntl(d, F_SETFD, FD_CLOEXEC)
        }
        guard inotify_add_watch(fd, directory, UInt32(IN_MOVED_TO | IN_CLOSE_WRITE)) >= 0 else {
            for d in [fd] + pipeFDs { close(d) }
            return nil
        }
        self.fd = fd
        wakeRead = pipeFDs[0]
        wakeWrite = pipeFDs[1]
    }

    deinit {
        close(fd)
        close(wakeRead)
        close(wakeWrite)
    }

    /// Ends a wait now (and the next one, if none is going on).
    public func wake() {
        var one: UInt8 = 1
        _ = write(wakeWrite, &one, 1)
    }

    /// `wait` on a thread of its own, so that the sleep does not hold one of Swift
    /// concurrency's few threads (the feed poller and the HTTP server need them).
    public func arrival(timeout: Duration?) async -> Bool {
        let milliseconds = timeout.map { Int32(clamping: $0.components.seconds * 1000 + $0.components.attoseconds / 1_000_000_000_000_000) } ?? -1
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.wait(milliseconds: milliseconds)) }
        }
    }

    /// Waits up to `milliseconds` (-1: without limit) for files to arrive; true when something
    /// did (or the kernel queue overflowed), false on timeout or `wake()`. Drains the queued
    /// events either way.
    public func wait(milliseconds: Int32) -> Bool {
        var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
        let n = poll(&fds, 2, milliseconds)
        guard n > 0 else { return false }
        if fds[1].revents != 0 {
            var drained = [UInt8](repeating: 0, count: 64)
            while read(wakeRead, &drained, drained.count) > 0 {}
        }
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
