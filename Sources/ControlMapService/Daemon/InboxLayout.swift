import Foundation

/// The inbox folders and the moves between them.
struct InboxLayout: Sendable {
    let root: String
    var tmp: String { root + "/tmp" }
    var new: String { root + "/new" }
    var cur: String { root + "/cur" }
    var failed: String { root + "/failed" }
    /// The service's own record of the files it is reading (`ReadingJournal`).
    var reading: String { root + "/.reading" }

    /// The folders, shared with the service's group: members drop files into `tmp/` and `new/`.
    func create() throws {
        try SharedDirectory.create(root, mode: SharedDirectory.groupReadable)
        for dir in [tmp, new] { try SharedDirectory.create(dir, mode: SharedDirectory.dropBox) }
        for dir in [cur, failed] { try SharedDirectory.create(dir, mode: SharedDirectory.groupReadable) }
        try SharedDirectory.create(reading, mode: SharedDirectory.serviceOnly)
    }

    /// Files waiting in `new/`, oldest name first; hidden files are writers' temporaries.
    /// Names are read as bytes: one that is not UTF-8 cannot be named to the rest of the
    /// service, so it goes to `failed/` at once (renamed by its bytes) with the reason, never
    /// left to be listed again and again.
    func pending(unnameable: (String) -> Void = { _ in }) -> [String] {
        guard let dir = opendir(new) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let bytes = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: UInt8.self, capacity: Int(NAME_MAX) + 1) { p in
                    Array(UnsafeBufferPointer(start: p, count: strlen(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))))
                }
            }
            guard bytes.first != UInt8(ascii: ".") else { continue }
            if let name = String(validating: bytes, as: UTF8.self) {
                names.append(name)
            } else if let moved = rejectUnnameable(bytes) {
                unnameable(moved)
            }
        }
        return names.sorted()
    }

    /// Moves a file whose name is not UTF-8 into `failed/` under a readable name; that name.
    private func rejectUnnameable(_ bytes: [UInt8]) -> String? {
        let readable = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{FFFD}", with: "_")
            .replacingOccurrences(of: "/", with: "_")
        let target = freePath(in: failed, for: readable)
        let source = Array(new.utf8) + [UInt8(ascii: "/")] + bytes + [0]
        let moved = source.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { rename($0, target) }
        }
        guard moved == 0 else { return nil }
        AtomicFile.syncDirectory(failed)
        try? AtomicFile.write(Data("the file name is not valid UTF-8; rename it (e.g. with convmv) and drop it again\n".utf8),
                              to: target + ".reason")
        return target
    }

    /// Whether a file of `new/` is whole: renamed in after its last write (its inode changed
    /// after its data, as `mv` from tmp/ does), or unchanged for `settle` seconds.
    func isComplete(_ name: String, settle: Double) -> Bool {
        var st = stat()
        guard lstat(new + "/" + name, &st) == 0 else { return true }
        let modified = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
        let changed = Double(st.st_ctim.tv_sec) + Double(st.st_ctim.tv_nsec) / 1e9
        if changed > modified { return true }
        return Date().timeIntervalSince1970 - modified >= settle
    }

    /// Into `cur/`. Not synced: after a crash the file may be back in `new/`, and ingesting it
    /// again is a no-op that moves it, so the fsync per file bought nothing.
    func accept(_ name: String) {
        move(name, to: cur, sync: false)
    }

    func reject(_ name: String, reason: String) {
        let target = move(name, to: failed)
        try? AtomicFile.write(Data((reason + "\n").utf8), to: target + ".reason")
    }

    /// `dir/name`, or `dir/name.2`, `.3`... when a file of that name is already there.
    private func freePath(in dir: String, for name: String) -> String {
        var target = dir + "/" + name
        var n = 1
        while FileManager.default.fileExists(atPath: target) {
            n += 1
            target = dir + "/" + name + ".\(n)"
        }
        return target
    }

    @discardableResult
    private func move(_ name: String, to dir: String, sync: Bool = true) -> String {
        let target = freePath(in: dir, for: name)
        if rename(new + "/" + name, target) == 0, sync { AtomicFile.syncDirectory(dir) }
        return target
    }
}
