import Foundation
import Testing
@testable import ControlMapCore

/// Every input format decoded in Core, with a typed reason for each refusal.
@Suite struct DocumentDecoderTests {
    let decoder = DocumentDecoder(maxBytes: 1000)

    func rejection(_ bytes: [UInt8], _ name: String) -> DocumentRejection? {
        do {
            _ = try decoder.decode(Data(bytes), name: name, origin: nil)
            return nil
        } catch {
            return error
        }
    }

    @Test func eachRefusalHasItsReason() {
        #expect(rejection(Array(repeating: 65, count: 2000), "x.txt") == .tooLarge(bytes: 2000, limit: 1000))
        #expect(rejection([0x00, 0x01, 0x02], "x.txt").map { if case .notText = $0 { true } else { false } } == true)
        #expect(rejection(Array("   \n ".utf8), "x.txt") == .empty)
        #expect(rejection(Array("{not json".utf8), "x.json").map { if case .invalidJSON = $0 { true } else { false } } == true)
        #expect(rejection(Array("[1, 2]".utf8), "x.json") == .jsonNotAnObject)
        #expect(rejection(Array("{\"title\": \"t\"}".utf8), "x.json") == .jsonWithoutText)
        #expect(rejection(Array("<rss><channel></channel></rss>".utf8), "x.rss") == .noFeedItems)
        #expect(rejection(Array("<!DOCTYPE r [<!ENTITY a \"aaaa\">]><rss><channel><item><title>&a;</title></item></channel></rss>".utf8), "x.xml")
            == .declaresEntities)
        #expect(rejection(Array("<html><body><script>var a = 1;</script></body></html>".utf8), "x.html") == .noReadableText)
        #expect(rejection(Array("a".utf8), "x.exe") == .unsupportedType("exe"))
        #expect(DocumentRejection.unsupportedType("exe").description.contains(".json"))
    }

    @Test func everyFormatGivesItsDocuments() throws {
        let text = try decoder.decode(Data("Title line\r\n\r\nThe body.\r\n".utf8), name: "a.txt", origin: "a.txt")
        #expect(text.map(\.title) == ["Title line"] && text.map(\.text) == ["The body."] && text.first?.origin == "a.txt")
        let markdown = try decoder.decode(Data("---\ntitle: \"Front\"\ndate: 2017-03-02\n---\n# Heading\nBody".utf8), name: "a.md", origin: nil)
        #expect(markdown.first?.title == "Front" && markdown.first?.published == EventDate("2017-03-02"))
        let json = try decoder.decode(Data("{\"title\": \"T\", \"body\": \"B\", \"lang\": \"ar\", \"published\": \"2016-01-05\"}".utf8),
                                      name: "a.json", origin: nil)
        #expect(json.first?.text == "B" && json.first?.language == "ar" && json.first?.published == EventDate("2016-01-05"))
        let feed = "<rss><channel><title>Wire</title><item><title>One</title><description>First.</description></item>"
            + "<item><title>Two</title><description>Second.</description></item></channel></rss>"
        #expect(try decoder.decode(Data(feed.utf8), name: "a.rss", origin: nil).map(\.title) == ["One", "Two"])
        let page = "<html><head><title>Page</title></head><body><nav>Home</nav><article><p>Troops entered the town.</p></article></body></html>"
        #expect(try decoder.decode(Data(page.utf8), name: "a.html", origin: nil).first?.text.contains("Troops entered") == true)
    }
}
