import ControlMapCore
import Testing
@testable import ControlMapService

/// The `extract` line's shape for what the core reads beyond the contract's minimum.
@Suite struct OutputFormatTests {
    @Test func anUnknownSiteIsNamedWithoutTheWordsThatDescribeItAndQuotedWithThem() throws {
        let analyzer = DaemonServiceTests.loaded.analyzer
        let analysis = analyzer.analyze(Document(title: "", text: "سيطر مقاتلو المعارضة على حاجز «السرو» العسكري يوم الأحد.",
                                                 published: EventDate("2024-05-12")))
        let event = try #require(analysis.events.first)
        let line = OutputFormat.extractLine(event, in: analysis, file: nil)
        // The name keys the site in the store; the mention is the text as written.
        #expect(line["place"]?["name"] == .string("حاجز «السرو»"))
        #expect(line["mention"] == .string("حاجز «السرو» العسكري"))
    }
}
