/// The readable text of an HTML article page: its title and paragraphs, without scripts,
/// styles, navigation, headers, footers, asides and forms. When the page marks an `<article>`,
/// only its text is kept.
public struct HTMLTextExtractor: Sendable {
    static let skipped: Set<String> = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
                                       "button", "select", "template", "menu", "figure"]
    static let blocks: Set<String> = ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "tr",
                                      "blockquote", "ul", "ol", "table", "main", "pre", "dd", "dt"]
    static let voids: Set<String> = ["br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "param", "track"]

    public init() {}

    public func extract(_ html: String) -> (title: String, text: String) {
        let tokens = MarkupScanner(html).tokens()
        let hasArticle = tokens.contains { if case .start(let n, _, _) = $0 { return n == "article" } else { return false } }
        var title = "", heading = ""
        var inTitle = false, inH1 = false
        var skipDepth = 0, articleDepth = 0
        var text = ""
        for t in tokens {
            switch t {
            case .start(let name, _, let selfClosing):
                if Self.skipped.contains(name), !selfClosing { skipDepth += 1 }
                if name == "article", !selfClosing { articleDepth += 1 }
                if name == "title" { inTitle = true }
                if name == "h1" { inH1 = true }
                if Self.blocks.contains(name) { text += "\n" }
            case .end(let name):
                if Self.skipped.contains(name) { skipDepth = max(0, skipDepth - 1) }
                if name == "article" { articleDepth = max(0, articleDepth - 1) }
                if name == "title" { inTitle = false }
                if name == "h1" { inH1 = false }
                if Self.blocks.contains(name) { text += "\n" }
            case .text(let s):
                if inTitle { title += s; continue }
                if inH1, heading.isEmpty || heading.count < 300 { heading += s }
                guard skipDepth == 0, !hasArticle || articleDepth > 0 else { continue }
                text += s
            }
        }
        let lines = text.split(separator: "\n").map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ") }
            .filter { !$0.isEmpty }
        let chosen = (heading.trimmingSpaces().isEmpty ? title : heading).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var body = lines.joined(separator: "\n")
        if body.hasPrefix(chosen), !chosen.isEmpty { body = String(body.dropFirst(chosen.count)).trimmingSpaces() }
        return (chosen, body)
    }
}
