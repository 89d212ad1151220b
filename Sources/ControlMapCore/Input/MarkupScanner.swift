/// A tolerant, iterative scanner for XML and HTML: start and end tags, text and CDATA.
///
/// It never expands entities declared in a document type (only the predefined ones, a few HTML
/// names and numeric references), so entity-expansion attacks ("billion laughs") stay inert
/// text; it never recurses, so deep nesting cannot exhaust the stack.
public struct MarkupScanner: Sendable {
    /// One piece of markup.
    public enum Token: Sendable, Equatable {
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    public func tokens() -> [Token] {
        var out: [Token] = []
        var i = 0
        let n = scalars.count
        var text = String.UnicodeScalarView()
        func flush() {
            if !text.isEmpty { out.append(.text(Self.decodeEntities(String(text)))); text = String.UnicodeScalarView() }
        }
        while i < n {
            let c = scalars[i]
            guard c == "<" else { text.append(c); i += 1; continue }
            if starts(i, "<!--") {
                flush()
                i = find(i + 4, "-->").map { $0 + 3 } ?? n
            } else if starts(i, "<![CDATA[") {
                flush()
                let end = find(i + 9, "]]>") ?? n
                out.append(.text(String(String.UnicodeScalarView(scalars[(i + 9)..<end]))))
                i = min(n, end + 3)
            } else if starts(i, "<!") || starts(i, "<?") {
                // DOCTYPE (with any entity declarations) and processing instructions are skipped.
                flush()
                i = skipDeclaration(i)
            } else if i + 1 < n, scalars[i + 1] == "/" {
                flush()
                let end = findScalar(i, ">") ?? n
                let name = String(String.UnicodeScalarView(scalars[(i + 2)..<end])).trimmingSpaces().lowercased()
                out.append(.end(name: localName(name)))
                i = min(n, end + 1)
            } else if i + 1 < n, scalars[i + 1].properties.isAlphabetic {
                flush()
                let (token, next) = startTag(i)
                out.append(token)
                i = next
            } else {
                text.append(c)
                i += 1
            }
        }
        flush()
        return out
    }

    private func starts(_ i: Int, _ s: String) -> Bool {
        var j = i
        for u in s.unicodeScalars {
            guard j < scalars.count, scalars[j] == u || (u.properties.isUppercase && String(scalars[j]).uppercased() == String(u)) else { return false }
            j += 1
        }
        return true
    }

    private func find(_ from: Int, _ s: String) -> Int? {
        let first = s.unicodeScalars.first!
        var i = from
        while i < scalars.count {
            if scalars[i] == first && starts(i, s) { return i }
            i += 1
        }
        return nil
    }

    private func findScalar(_ from: Int, _ c: Unicode.Scalar) -> Int? {
        var i = from
        while i < scalars.count { if scalars[i] == c { return i }; i += 1 }
        return nil
    }

    /// Past a `<!...>` declaration, nested brackets of an internal subset included.
    private func skipDeclaration(_ i: Int) -> Int {
        var depth = 0
        var j = i
        while j < scalars.count {
            switch scalars[j] {
            case "<": depth += 1
            case ">":
                depth -= 1
                if depth == 0 { return j + 1 }
            default: break
            }
            j += 1
        }
        return scalars.count
    }

    private func startTag(_ i: Int) -> (Token, Int) {
        var j = i + 1
        var name = String.UnicodeScalarView()
        while j < scalars.count, !scalars[j].properties.isWhitespace, scalars[j] != ">", scalars[j] != "/" { name.append(scalars[j]); j += 1 }
        var attributes: [String: String] = [:]
        var selfClosing = false
        while j < scalars.count, scalars[j] != ">" {
            let c = scalars[j]
            if c == "/" { selfClosing = true; j += 1; continue }
            if c.properties.isWhitespace { j += 1; continue }
            var key = String.UnicodeScalarView()
            while j < scalars.count, !scalars[j].properties.isWhitespace, scalars[j] != "=", scalars[j] != ">", scalars[j] != "/" {
                key.append(scalars[j]); j += 1
            }
            var value = ""
            if j < scalars.count, scalars[j] == "=" {
                j += 1
                if j < scalars.count, scalars[j] == "\"" || scalars[j] == "'" {
                    let quote = scalars[j]
                    let end = findScalar(j + 1, quote) ?? scalars.count
                    value = String(String.UnicodeScalarView(scalars[(j + 1)..<end]))
                    j = min(scalars.count, end + 1)
                } else {
                    var v = String.UnicodeScalarView()
                    while j < scalars.count, !scalars[j].properties.isWhitespace, scalars[j] != ">" { v.append(scalars[j]); j += 1 }
                    value = String(v)
                }
            }
            if !key.isEmpty { attributes[localName(String(key).lowercased())] = Self.decodeEntities(value) }
            selfClosing = false
        }
        return (.start(name: localName(String(name).lowercased()), attributes: attributes, selfClosing: selfClosing), min(scalars.count, j + 1))
    }

    /// "atom:link" -> "link", "content:encoded" -> "encoded".
    private func localName(_ s: String) -> String {
        if let colon = s.lastIndex(of: ":") { return String(s[s.index(after: colon)...]) }
        return s
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–", "hellip": "…",
        "rsquo": "’", "lsquo": "‘", "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»", "shy": "",
    ]

    /// Predefined, common HTML and numeric references; anything else is left as written.
    public static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(12).firstIndex(of: ";") {
                let name = String(after[..<semi])
                var replacement: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if name.hasPrefix("#") {
                    replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    replacement = named[name]
                }
                if let r = replacement, r != "\u{0}" {
                    out += r
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        out += rest
        return out
    }
}
