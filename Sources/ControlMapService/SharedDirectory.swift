import Foundation

/// The directories the service shares with the people and programs of its group, and the
/// mode each gets when the service creates it: the inbox's drop folders writable by the
/// group (setgid, so what members drop stays in the group), the inbox and its processed
/// files readable by it, the store private to the service. A directory that already exists
/// keeps the mode its administrator gave it.
enum SharedDirectory {
    /// `tmp/` and `new/` of the inbox: members write there.
    static let dropBox: mode_t = 0o2770
    /// The inbox itself, `cur/` and `failed/`: members look, only the service writes.
    static let groupReadable: mode_t = 0o2750
    /// The state directory with the store: the service's alone.
    static let serviceOnly: mode_t = 0o700

    /// Creates `path` and its missing parents; the last one gets `mode` whatever the umask.
    static func create(_ path: String, mode: mode_t) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return }
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard chmod(path, mode) == 0 else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path,
                NSLocalizedDescriptionKey: "cannot set the mode of \(path): \(String(cString: strerror(errno)))"])
        }
    }
}
