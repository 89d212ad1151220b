import Testing
@testable import ControlMapCore

/// The confidence of an event follows what its errors follow: the size of the place, the kind
/// of claim, and how the actor and the claim were told.
struct EventConfidenceTests {
    func confidence(_ text: String) -> [Double] {
        Fixtures.analyzer.analyze(Document(title: "", text: text, published: EventDate("2024-05-16"))).events.map(\.confidence)
    }

    @Test func aVillageTakenIsSurerThanACityTaken() {
        let village = confidence("The Syrian army captured the village of Khirbil.")
        let city = confidence("The Syrian army captured the city of Raqqa.")
        #expect(village.count == 1 && city.count == 1)
        #expect(village.first! > city.first!)
        #expect(village.first! >= 0.9, "a village taken by a named side is right most of the time")
    }

    @Test func aFightInATownIsLessSureThanItsTaking() {
        let taken = confidence("Kurdish forces captured Safira.")
        let fought = confidence("Clashes broke out between Kurdish forces and IS fighters inside Safira.")
        #expect(taken.count == 1 && fought.count == 1)
        #expect(fought.first! < taken.first!)
    }

    @Test func aNameTheGazetteerCannotPlaceSitsBetweenAVillageAndACity() {
        let unknown = confidence("The Syrian army captured the village of Umm Zuweiqa.")
        let village = confidence("The Syrian army captured the village of Khirbil.")
        let city = confidence("The Syrian army captured the city of Raqqa.")
        #expect(unknown.count == 1)
        #expect(unknown.first! < village.first! && unknown.first! > city.first!)
    }

    @Test func theTableOrdersEveryFactor() {
        let base = EventConfidence.score(kind: .captured, place: .village, actor: .explicit, hedged: false, background: false)
        #expect(EventConfidence.score(kind: .captured, place: .village, actor: .carried, hedged: false, background: false) < base)
        #expect(EventConfidence.score(kind: .captured, place: .village, actor: .none, hedged: false, background: false)
                < EventConfidence.score(kind: .captured, place: .village, actor: .carried, hedged: false, background: false))
        #expect(EventConfidence.score(kind: .captured, place: .village, actor: .explicit, hedged: true, background: false) < base)
        #expect(EventConfidence.score(kind: .captured, place: .village, actor: .explicit, hedged: false, background: true) < base)
        #expect(EventConfidence.score(kind: .besieged, place: .village, actor: .explicit, hedged: false, background: false) < base)
        #expect(EventConfidence.score(kind: .captured, place: .airbase, actor: .explicit, hedged: false, background: false)
                > EventConfidence.score(kind: .captured, place: .city, actor: .explicit, hedged: false, background: false))
        #expect(EventConfidence.score(kind: .captured, place: .region, actor: .explicit, hedged: false, background: false)
                == EventConfidence.score(kind: .captured, place: .city, actor: .explicit, hedged: false, background: false))
    }
}
