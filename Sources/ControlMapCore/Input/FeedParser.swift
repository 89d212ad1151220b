/// One item of an RSS 2.0 or Atom feed.
public struct FeedItem: Sendable, Equatable {
    public var title: String
    public var link: String?
    /// The item's text: description, summary or content, HTML removed.
    public var text: String
    public var published: EventDate?
    /// guid (RSS) or id (Atom), when given.
    public var guid: String?
}

/// Reads RSS 2.0 and Atom documents into items, with the channel's title as their source.
/// Built on `MarkupScanner`: no entity expansion, no recursion.
public struct FeedParser: Sendable {
    public init() {}

    public func parse(_ xml: String) -> (source: String?, items: [FeedItem]) {
        var items: [FeedItem] = []
        var source: String?
        var current: FeedItem?
        var field: String?
        var buffer = ""
        var depth = 0
        for t in MarkupScanner(xml).tokens() {
            switch t {
            case .start(let name, let attributes, let selfClosing):
                if name == "item" || name == "entry" {
                    current = FeedItem(title: "", link: nil, text: "", published: nil, guid: nil)
                    depth = 0
                    continue
                }
                if current != nil {
                    depth += 1
                    if name == "link", let href = attributes["href"], current!.link == nil || attributes["rel"] == "alternate" {
                        current!.link = href
                    }
                    if !selfClosing, depth == 1 { field = name; buffer = "" }
                    if selfClosing { depth -= 1 }
                } else if name == "title", source == nil, !selfClosing {
                    field = "channel-title"; buffer = ""
                }
            case .end(let name):
                if name == "item" || name == "entry", let item = current {
                    if !item.title.isEmpty || !item.text.isEmpty { items.append(item) }
                    current = nil
                    field = nil
                    continue
                }
                if field == "channel-title", name == "title" {
                    source = buffer.trimmingSpaces()
                    field = nil
                    continue
                }
                guard current != nil else { continue }
                if depth == 1, let f = field, f == name {
                    assign(f, buffer, to: &current!)
                    field = nil
                }
                depth = max(0, depth - 1)
            case .text(let s):
                if field != nil { buffer += s }
            }
        }
        return (source, items)
    }

    private func assign(_ field: String, _ value: String, to item: inout FeedItem) {
        let v = value.trimmingSpaces()
        switch field {
        case "title": item.title = HTMLTextExtractor().extract(v).text.isEmpty ? v : flatten(v)
        case "link": if item.link == nil, !v.isEmpty { item.link = v }
        case "description", "summary", "content", "encoded":
            let text = HTMLTextExtractor().extract("<div>" + v + "</div>").text
            if text.count > item.text.count { item.text = text }
        case "pubdate", "published", "updated", "date", "issued":
            if item.published == nil || field == "published" { item.published = Self.date(v) ?? item.published }
        case "guid", "id": item.guid = v
        default: break
        }
    }

    private func flatten(_ v: String) -> String {
        HTMLTextExtractor().extract("<div>" + v + "</div>").text.split(separator: "\n").joined(separator: " ")
    }

    /// Whether the document declares its own entities (`<!ENTITY` in a DOCTYPE), the device of
    /// "billion laughs" attacks. Entities are never expanded here, but a feed that declares them
    /// is not a real feed, and its items would be unexpanded references; such feeds are refused.
    public static func declaresEntities(_ xml: String) -> Bool {
        guard let doctype = xml.utf8.firstRange(of: "<!DOCTYPE".utf8) else { return false }
        return xml.utf8[doctype.upperBound...].prefix(1 << 20).firstRange(of: "<!ENTITY".utf8) != nil
    }

    static let months = ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12]

    /// RFC 3339 ("2017-10-14T08:00:00Z") or RFC 822 ("Sat, 14 Oct 2017 08:00:00 GMT") dates.
    static func date(_ s: String) -> EventDate? {
        if let d = EventDate(s) { return d }
        let parts = s.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        for (i, p) in parts.enumerated() where i + 2 < parts.count {
            if let day = Int(p), let month = months[String(parts[i + 1].lowercased().prefix(3))], let year = Int(parts[i + 2]),
               (1...31).contains(day), year > 1900 {
                return EventDate(year: year, month: month, day: day)
            }
        }
        return nil
    }
}
