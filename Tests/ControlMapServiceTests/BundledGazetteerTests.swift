import ControlMapCore
import Testing
@testable import ControlMapService

/// What the bundled gazetteer folder gives the loader beyond the GeoNames records.
@Suite struct BundledGazetteerTests {
    func placeIDs(_ text: String) -> [String?] {
        let context = DaemonServiceTests.loaded
        return context.analyzer.geocode(text).resolutions.map { $0.place.map { context.analyzer.gazetteer.places[Int($0)].id } }
    }

    @Test func kurdishNamesInArabicLettersFindTheirTowns() {
        #expect(placeIDs("حاصر التنظيم مدينة كوباني") == ["172256"])
        #expect(placeIDs("دخلت القوات بلدة سري كانيه") == ["165509"])
        #expect(placeIDs("سيطرت القوات على قضاء شنكال") == ["448149"])
        // An alias row adds names; the place keeps its record's Arabic name and position.
        let kobani = DaemonServiceTests.loaded.analyzer.gazetteer.places.first { $0.id == "172256" }
        #expect(kobani?.nameAr == "عين العرب" && kobani.map { abs($0.lat - 36.89) < 0.05 } == true)
    }

    @Test func aCommonWordRightAfterANameQualifiesIt() {
        // "درعا البلد" is Daraa's old town, not Daraa and the Iraqi town Balad ("بلد", "the country").
        #expect(placeIDs("سيطرت الفصائل على أجزاء من درعا البلد.").compactMap { $0 } == ["170905"])
        // Joined by و, the word is the next name of a list.
        #expect(placeIDs("سيطرت القوات على الموصل وبلد.").compactMap { $0 }.contains("98112"))
    }

    @Test func theQayyarahAirbaseIsQWestNotTheSouthStrip() {
        // News calls Qayyarah Airfield West by the town's name; the minor strip south of the
        // town (OurAirports' "Qayyarah South Airport") is not what it means.
        #expect(placeIDs("سيطرت القوات على مطار القيارة") == ["site:qayyarah-airfield-west"])
        #expect(placeIDs("Iraqi forces retook the Qayyarah airbase.") == ["site:qayyarah-airfield-west"])
        // The town stays the town.
        #expect(placeIDs("دخلت القوات بلدة القيارة") == ["99003"])
    }
}
