import Foundation

/// Writes files so that a reader sees the old or the new content, never half of one:
/// a temporary file in the same directory, fsync, rename over the target, fsync the directory.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir.isEmpty ? "." : dir, withIntermediateDirectories: true)
        let tmp = (dir.isEmpty ? "." : dir) + "/.\((path as NSString).lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXFailure("cannot create \(tmp)", errno) }
        var ok = false
        defer {
            if !ok { unlink(tmp) }
        }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    let e = errno
                    close(fd)
                    throw POSIXFailure("cannot write \(tmp)", e)
                }
                offset += n
            }
        }
        guard fsync(fd) == 0 else { let e = errno; close(fd); throw POSIXFailure("cannot fsync \(tmp)", e) }
        close(fd)
        guard rename(tmp, path) == 0 else { throw POSIXFailure("cannot rename \(tmp) to \(path)", errno) }
        ok = true
        syncDirectory(dir.isEmpty ? "." : dir)
    }

    /// fsync a directory so that a rename in it survives a power cut.
    public static func syncDirectory(_ dir: String) {
        let d = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if d >= 0 {
            fsync(d)
            close(d)
        }
    }
}

/// A failed system call, with its errno text.
public struct POSIXFailure: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ what: String, _ code: Int32) {
        description = "\(what): \(String(cString: strerror(code)))"
    }
}
