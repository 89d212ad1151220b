import ControlMapCore
import Foundation

/// Reads input files from disk (size checked before reading, directories walked for their
/// article files, links leaving them refused) and hands their bytes to Core's
/// `DocumentDecoder`, which turns them into documents.
public struct DocumentReader: Sendable {
    public var maxBytes: Int

    public init(maxBytes: Int = 20 * 1024 * 1024) {
        self.maxBytes = maxBytes
    }

    /// Why a file was not read, in plain words.
    public struct Rejection: Error, CustomStringConvertible, Sendable {
        public var description: String
        public init(_ d: String) { description = d }
    }

    /// The documents of one file: one for an article, one per item for a feed file.
    public func read(path: String) throws -> [Document] {
        // stat(2), not FileManager's attribute dictionary: this runs for every file of a batch.
        var info = stat()
        if stat(path, &info) == 0, Int(info.st_size) > maxBytes {
            throw Rejection("file is \(info.st_size) bytes, over the limit of \(maxBytes) (inbox.max_file_bytes)")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw Rejection("cannot read the file") }
        return try read(data: data, name: (path as NSString).lastPathComponent, origin: path)
    }

    /// File name extensions `read` takes.
    public static let extensions = DocumentDecoder.extensions

    /// The paths to read for command-line arguments: a file as given, a directory as the
    /// article files under it (sorted by path, hidden ones skipped). A day of wires is one
    /// argument, not tens of thousands for the shell and the argument parser to carry.
    public static func expand(_ paths: [String]) -> [String] {
        var refused: [String] = []
        return expand(paths, refused: &refused)
    }

    /// The same, and in `refused` the links under a directory that lead out of it (to
    /// /etc/shadow, say): those are never read, as the inbox never reads them.
    public static func expand(_ paths: [String], refused: inout [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var info = stat()
            guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return [path] }
            var files: [String] = []
            let root = realPath(path) ?? path
            collectArticles(in: path, root: root.hasSuffix("/") ? root : root + "/", into: &files, refused: &refused)
            return files.sorted()
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Walks a directory with readdir(3): FileManager's enumerator took longer than reading the files.
    private static func collectArticles(in directory: String, root: String, into files: inout [String], refused: inout [String]) {
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            guard !name.hasPrefix(".") else { continue }
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
                // Some file systems leave the type out. A link to a file is followed; a link to a
                // directory is not (as find(1) does), so a link back up cannot make the walk endless.
                var info = stat()
                guard stat(path, &info) == 0 else { continue }
                let isLink = type == Int32(DT_LNK)
                type = info.st_mode & S_IFMT == S_IFREG ? Int32(DT_REG) : info.st_mode & S_IFMT == S_IFDIR && !isLink ? Int32(DT_DIR) : -1
            }
            if type == Int32(DT_DIR) {
                collectArticles(in: path, root: root, into: &files, refused: &refused)
            } else if type == Int32(DT_REG), let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) {
                if Int32(entry.pointee.d_type) == Int32(DT_LNK) || Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN),
                   !(realPath(path)?.hasPrefix(root) ?? false) {
                    refused.append(path)
                    continue
                }
                files.append(path)
            }
        }
    }

    public func read(data: Data, name: String, origin: String?) throws -> [Document] {
        do {
            return try DocumentDecoder(maxBytes: maxBytes).decode(data, name: name, origin: origin)
        } catch {
            throw Rejection(error.description)
        }
    }
}
