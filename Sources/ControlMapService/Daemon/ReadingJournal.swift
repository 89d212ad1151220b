import Foundation

/// Which files of `new/` are being read, kept on disk, so that a file whose reading stops the
/// process (a bug the extractor must not have, and a trap no `catch` sees) is known after the
/// restart. The first time, it is read again alone; if it stops the process once more, it is
/// set aside in `failed/`, and the inbox goes on instead of stopping at it for ever.
///
/// One marker per file, named as the file: empty while it is read, `struck` once a restart
/// found it there. Markers live in the page cache: a process that dies leaves them; only a
/// machine that dies as well loses them, and then nothing pointed at the file anyway.
struct ReadingJournal: Sendable {
    let directory: String

    static let struck = "struck"

    /// Where a restart found the journal: files read when the process stopped once (to read
    /// again, one at a time) and twice (to set aside).
    struct Recovery: Equatable {
        var suspects: [String]
        var twice: [String]
    }

    func create() throws {
        try SharedDirectory.create(directory, mode: SharedDirectory.serviceOnly)
    }

    /// Called once at start, before any file is read: every marker left is a file that was being
    /// read when the process stopped.
    func recover(pending: Set<String>) -> Recovery {
        var recovery = Recovery(suspects: [], twice: [])
        for name in markers() {
            let marker = directory + "/" + name
            guard pending.contains(name) else {
                unlink(marker)
                continue
            }
            if contents(of: marker) == Self.struck {
                recovery.twice.append(name)
                unlink(marker)
            } else {
                try? Data(Self.struck.utf8).write(to: URL(fileURLWithPath: marker))
                recovery.suspects.append(name)
            }
        }
        return recovery
    }

    /// The files a restart found once and that have not been read through since.
    func suspects() -> [String] {
        markers().filter { contents(of: directory + "/" + $0) == Self.struck }
    }

    /// Before reading `name`; a strike already recorded stays.
    func begin(_ name: String) {
        let marker = directory + "/" + name
        let fd = open(marker, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd >= 0 { close(fd) }
    }

    /// After reading `name`, whatever came of it.
    func end(_ name: String) {
        unlink(directory + "/" + name)
    }

    private func markers() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    private func contents(of path: String) -> String {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
