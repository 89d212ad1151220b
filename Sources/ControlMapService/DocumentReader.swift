import ControlMapCore
import Foundation

/// Turns an input file into a document: `.txt` (UTF-8, title on the first line) or a `.json`
/// document `{title, text, published, url, lang, source}`.
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
    public static let extensions: Set<String> = ["json", "txt", "text", "md", "markdown", "html", "htm", "xhtml", "xml", "rss", "atom"]

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
        if data.count > maxBytes { throw Rejection("file is \(data.count) bytes, over the limit of \(maxBytes) (inbox.max_file_bytes)") }
        let ext = (name as NSString).pathExtension.lowercased()
        switch ext {
        case "json":
            return [try readJSON(data, origin: origin)]
        case "txt", "text", "":  // keep in step with `extensions` (files without one are read as text)
            return [try readText(data, origin: origin)]
        case "md", "markdown":
            return [try readMarkdown(data, origin: origin)]
        case "html", "htm", "xhtml":
            let (title, text) = HTMLTextExtractor().extract(try decodeText(data))
            guard !text.isEmpty else { throw Rejection("the page has no readable text (only menus, scripts or markup)") }
            return [Document(title: title, text: text, origin: origin)]
        case "xml", "rss", "atom":
            let xml = try decodeText(data)
            if FeedParser.declaresEntities(xml) {
                throw Rejection("the feed declares its own XML entities (<!ENTITY>, as in a billion-laughs attack); they are never expanded and such files are refused")
            }
            let (source, items) = FeedParser().parse(xml)
            guard !items.isEmpty else { throw Rejection("no RSS <item> or Atom <entry> with a title or text found in the feed file") }
            return items.map { Document(title: $0.title, text: $0.text, published: $0.published, source: source, url: $0.link, origin: origin) }
        default:
            throw Rejection("unsupported file type '.\(ext)': use .txt (title on the first line), .md, .html, .json {title, text, published} or an .xml/.rss/.atom feed")
        }
    }

    /// Text in UTF-8, UTF-16 with a byte-order mark, Windows-1256 or ISO-8859-6.
    func decodeText(_ data: Data) throws -> String {
        do {
            return try TextDecoder.decode([UInt8](data)).text
        } catch let f as TextDecoder.Failure {
            throw Rejection(f.description)
        }
    }

    func readText(_ data: Data, origin: String?) throws -> Document {
        var text = try decodeText(data)
        if text.utf8.contains(0x0D) { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
        let trimmed = Self.trimmed(text[...])
        guard !trimmed.isEmpty else { throw Rejection("file is empty") }
        let lines = trimmed.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        let title = String(Self.trimmed(lines[0]))
        let body = lines.count > 1 ? String(Self.trimmed(lines[1])) : ""
        return Document(title: title, text: body, origin: origin)
    }

    /// White space and line ends cut from both ends, without Foundation's character sets (they
    /// cost more than reading the file).
    static func trimmed(_ s: Substring) -> Substring {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return s[s.endIndex...] }
        return Substring(scalars[first...last])
    }

    /// Markdown with an optional YAML front matter: the title from `title:` or `subject:`, else
    /// the first heading; the body as text.
    func readMarkdown(_ data: Data, origin: String?) throws -> Document {
        var text = try decodeText(data).replacingOccurrences(of: "\r\n", with: "\n")
        var title = ""
        var published: EventDate?
        if text.hasPrefix("---\n"), let end = text.range(of: "\n---", range: text.index(text.startIndex, offsetBy: 4)..<text.endIndex) {
            let front = text[text.index(text.startIndex, offsetBy: 4)..<end.lowerBound]
            for line in front.split(separator: "\n") {
                let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2 else { continue }
                if ["title", "subject"].contains(parts[0]), title.isEmpty { title = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
                if ["date", "published"].contains(parts[0]) { published = EventDate(parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))) }
            }
            text = String(text[end.upperBound...]).drop { $0 != "\n" }.description
        }
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty || !title.isEmpty else { throw Rejection("file is empty") }
        if title.isEmpty, let heading = body.split(separator: "\n").first(where: { $0.hasPrefix("#") }) {
            title = heading.drop { $0 == "#" || $0 == " " }.description
        }
        return Document(title: title, text: body, published: published, origin: origin)
    }

    func readJSON(_ data: Data, origin: String?) throws -> Document {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw Rejection("file is not valid JSON: \(error.localizedDescription)")
        }
        guard let d = object as? [String: Any] else { throw Rejection("JSON document must be an object {title, text, published, ...}") }
        let title = d["title"] as? String ?? ""
        guard let text = d["text"] as? String ?? d["body"] as? String ?? d["content"] as? String else {
            throw Rejection("JSON document has no \"text\" member")
        }
        guard !(title + text).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw Rejection("document is empty") }
        let published = (d["published"] as? String).flatMap(EventDate.init)
        return Document(title: title, text: text, published: published, source: d["source"] as? String,
                        url: d["url"] as? String, language: d["lang"] as? String ?? d["language"] as? String, origin: origin)
    }
}
