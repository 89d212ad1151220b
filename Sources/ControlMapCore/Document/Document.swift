import Foundation

/// One article as ControlMap reads it, whatever file or feed it came from.
public struct Document: Sendable, Hashable, Codable {
    /// Content hash (SHA-256 of title, a newline and the text): the same article is one document.
    public var id: String
    public var title: String
    public var text: String
    /// Publication date, when known; it dates the events the text does not date itself.
    public var published: EventDate?
    public var source: String?
    public var url: String?
    /// "ar" or "en" (as given, or detected from the script).
    public var language: String
    /// The file or feed item it came from.
    public var origin: String?

    public init(title: String, text: String, published: EventDate? = nil, source: String? = nil,
                url: String? = nil, language: String? = nil, origin: String? = nil) {
        let t = CanonicalForm.nfc(title)
        let body = CanonicalForm.nfc(text)
        self.id = SHA256.hex(Array((t + "\n" + body).utf8))
        self.title = t
        self.text = body
        self.published = published
        self.source = source
        self.url = url
        self.language = language ?? Document.detectLanguage(t + " " + body)
        self.origin = origin
    }

    /// The title and the body as one text, the title as its first sentence.
    public var fullText: String { title.isEmpty ? text : title + "\n\n" + text }

    /// "ar" when Arabic letters outnumber Latin ones, else "en".
    public static func detectLanguage(_ text: String) -> String {
        var arabic = 0, latin = 0
        var seen = 0
        for s in text.unicodeScalars {
            seen += 1
            if seen > 20_000 { break }
            let v = s.value
            if v < 0x80 {
                if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) { latin += 1 }
            } else if MatchKey.isArabic(s) {
                arabic += 1
            } else if v < 0x0250, s.properties.isAlphabetic {
                latin += 1
            }
        }
        return arabic > latin ? "ar" : "en"
    }
}
