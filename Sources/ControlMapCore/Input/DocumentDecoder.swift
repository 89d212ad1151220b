import Foundation

/// Why the bytes of a file make no document, as a value: the inbox writes its description
/// beside the file in `failed/`, tests and the fuzzer look at the case.
public enum DocumentRejection: Error, Equatable, CustomStringConvertible, Sendable {
    case tooLarge(bytes: Int, limit: Int)
    /// Not text in any encoding the decoder knows (the decoder's reason).
    case notText(String)
    case empty
    /// An HTML page whose text is all menus, scripts or markup.
    case noReadableText
    /// A feed that declares its own XML entities (a billion-laughs attack, or worse).
    case declaresEntities
    case noFeedItems
    case invalidJSON(String)
    case jsonNotAnObject
    case jsonWithoutText
    case unsupportedType(String)

    public var description: String {
        switch self {
        case .tooLarge(let bytes, let limit): "file is \(bytes) bytes, over the limit of \(limit) (inbox.max_file_bytes)"
        case .notText(let reason): reason
        case .empty: "file is empty"
        case .noReadableText: "the page has no readable text (only menus, scripts or markup)"
        case .declaresEntities:
            "the feed declares its own XML entities (<!ENTITY>, as in a billion-laughs attack); they are never expanded and such files are refused"
        case .noFeedItems: "no RSS <item> or Atom <entry> with a title or text found in the feed file"
        case .invalidJSON(let reason): "file is not valid JSON: \(reason)"
        case .jsonNotAnObject: "JSON document must be an object {title, text, published, ...}"
        case .jsonWithoutText: "JSON document has no \"text\" member"
        case .unsupportedType(let ext):
            "unsupported file type '.\(ext)': use .txt (title on the first line), .md, .html, .json {title, text, published} or an .xml/.rss/.atom feed"
        }
    }
}

/// Turns the bytes of an input file into documents, by its name's extension: `.txt` (title on
/// the first line), `.md` (front matter or first heading as title), `.html`, `.json`
/// `{title, text, published, url, lang, source}`, or an RSS/Atom feed (one document per item).
/// Pure: the file is read by the caller, so the fuzzer runs every format through here.
public struct DocumentDecoder: Sendable {
    public var maxBytes: Int

    public init(maxBytes: Int = 20 * 1024 * 1024) {
        self.maxBytes = maxBytes
    }

    /// File name extensions `decode` takes (files without one are read as text).
    public static let extensions: Set<String> = ["json", "txt", "text", "md", "markdown", "html", "htm", "xhtml", "xml", "rss", "atom"]

    public func decode(_ data: Data, name: String, origin: String?) throws(DocumentRejection) -> [Document] {
        if data.count > maxBytes { throw .tooLarge(bytes: data.count, limit: maxBytes) }
        let ext = (name as NSString).pathExtension.lowercased()
        switch ext {
        case "json":
            return [try json(data, origin: origin)]
        case "txt", "text", "":
            return [try text(data, origin: origin)]
        case "md", "markdown":
            return [try markdown(data, origin: origin)]
        case "html", "htm", "xhtml":
            let (title, text) = HTMLTextExtractor().extract(try decodeText(data))
            guard !text.isEmpty else { throw .noReadableText }
            return [Document(title: title, text: text, origin: origin)]
        case "xml", "rss", "atom":
            let xml = try decodeText(data)
            if FeedParser.declaresEntities(xml) { throw .declaresEntities }
            let (source, items) = FeedParser().parse(xml)
            guard !items.isEmpty else { throw .noFeedItems }
            return items.map { Document(title: $0.title, text: $0.text, published: $0.published, source: source, url: $0.link, origin: origin) }
        default:
            throw .unsupportedType(ext)
        }
    }

    /// Text in UTF-8, UTF-16 with a byte-order mark, Windows-1256 or ISO-8859-6.
    func decodeText(_ data: Data) throws(DocumentRejection) -> String {
        do {
            return try TextDecoder.decode([UInt8](data)).text
        } catch {
            throw .notText((error as? TextDecoder.Failure)?.description ?? "\(error)")
        }
    }

    func text(_ data: Data, origin: String?) throws(DocumentRejection) -> Document {
        var text = try decodeText(data)
        if text.utf8.contains(0x0D) { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
        let trimmed = Self.trimmed(text[...])
        guard !trimmed.isEmpty else { throw .empty }
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
    func markdown(_ data: Data, origin: String?) throws(DocumentRejection) -> Document {
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
        guard !body.isEmpty || !title.isEmpty else { throw .empty }
        if title.isEmpty, let heading = body.split(separator: "\n").first(where: { $0.hasPrefix("#") }) {
            title = heading.drop { $0 == "#" || $0 == " " }.description
        }
        return Document(title: title, text: body, published: published, origin: origin)
    }

    func json(_ data: Data, origin: String?) throws(DocumentRejection) -> Document {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .invalidJSON(error.localizedDescription)
        }
        guard let d = object as? [String: Any] else { throw .jsonNotAnObject }
        let title = d["title"] as? String ?? ""
        guard let text = d["text"] as? String ?? d["body"] as? String ?? d["content"] as? String else { throw .jsonWithoutText }
        guard !(title + text).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .empty }
        let published = (d["published"] as? String).flatMap(EventDate.init)
        return Document(title: title, text: text, published: published, source: d["source"] as? String,
                        url: d["url"] as? String, language: d["lang"] as? String ?? d["language"] as? String, origin: origin)
    }
}
