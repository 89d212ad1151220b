@testable import ControlMapCore
import Foundation

/// Paths and small hand-made gazetteers shared by the core tests.
enum Fixtures {
    static let projectRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func projectFile(_ relative: String) -> String? {
        try? String(contentsOf: projectRoot.appendingPathComponent(relative), encoding: .utf8)
    }

    /// The project's own lexicon, as shipped in config/lexicon.
    static let lexicon: ExtractionLexicon = {
        try! ExtractionLexicon(.init(reading: { projectFile("config/lexicon/" + $0) }))
    }()

    static func place(_ id: String, _ name: String, _ ar: String?, _ lat: Double, _ lon: Double, kind: PlaceKind = .village,
                      population: Int = 0, country: String = "SY", names: [String] = [], featureClass: String = "P") -> Place {
        Place(id: id, name: name, nameAr: ar, lat: lat, lon: lon, kind: kind, featureClass: featureClass,
              featureCode: featureClass == "P" ? "PPL" : kind.rawValue.uppercased(), country: country,
              population: population, names: [name] + (ar.map { [$0] } ?? []) + names, source: "test")
    }

    /// A small invented gazetteer: two towns that share a name far apart, a city, villages, a base.
    static let places: [Place] = [
        place("1", "Deir ez-Zor", "دير الزور", 35.336, 40.141, kind: .city, population: 240_000, names: ["Deir al-Zor", "Dayr az Zawr"]),
        place("2", "Raqqa", "الرقة", 35.953, 39.008, kind: .city, population: 180_000, names: ["Ar-Raqqah", "Raqqah"]),
        place("3", "Tal Hamra", "تل حمرا", 35.40, 40.10, names: ["Tall Hamra"]),
        place("4", "Tal Hamra", "تل حمرا", 33.50, 36.30),
        place("5", "Khirbil", "خربيل", 35.42, 40.05, population: 2_000),
        place("6", "Qulay'a", "القليعة", 35.43, 40.06),
        place("7", "Sarda", "سردة", 35.44, 40.07, population: 2_000),
        place("8", "Deir ez-Zor Air Base", "قاعدة دير الزور الجوية", 35.285, 40.176, kind: .airbase, names: ["Deir ez-Zor airbase"], featureClass: "S"),
        place("9", "Damascus", "دمشق", 33.51, 36.29, kind: .city, population: 1_500_000),
        place("10", "Al-Bab", "الباب", 36.37, 37.52, kind: .city, population: 130_000),
        place("11", "Mashlab", "مشلب", 37.00, 42.00),
        place("12", "Safira", "السفيرة", 36.07, 37.37, kind: .town, population: 50_000),
        place("13", "Palmyra", "تدمر", 34.56, 38.28, kind: .city, population: 50_000, names: ["Tadmur"]),
        place("14", "Mosul", "الموصل", 36.34, 43.13, kind: .city, population: 1_700_000, country: "IQ"),
        place("15", "Bashiqa", "بعشيقة", 36.45, 43.35, kind: .town, population: 20_000, country: "IQ"),
        // A hamlet whose name is also a very common word ("more").
        place("16", "Aksar", "أكثر", 35.90, 36.60),
        // A word that starts many longer names ("khirbet", ruin) and is a hamlet by itself.
        place("17", "Khirbet", "خربة", 35.10, 36.70),
        place("18", "Khirbet Ghazala", "خربة غزالة", 32.73, 36.20),
        place("19", "Khirbet al-Jouz", "خربة الجوز", 35.90, 36.40),
        place("20", "Khirbet al-Tin", "خربة التين", 34.80, 36.50),
        // A name that is also an adjective ("new").
        place("21", "Jdeideh", "جديدة", 35.20, 40.30),
        // Names that are also the flag and a direction.
        place("22", "Al-Alam", "العلم", 34.70, 43.70, kind: .town, population: 20_000, country: "IQ"),
        place("23", "Gharb", "غرب", 36.30, 43.00, kind: .town, population: 12_000, country: "IQ"),
        // A name that begins with كفر, which a clitic reading takes for ك + فر (fled).
        place("24", "Kafr Nuran", "كفر نوران", 35.41, 40.04),
        // A village whose name is also an adjective ("military").
        place("25", "Askari", "العسكري", 35.45, 40.02),
        // A hamlet whose name is a common word ("كبيرة", big) read through ك, and a town abroad
        // of the same name.
        place("26", "Birah", "بيرة", 35.46, 40.01),
        place("27", "Al-Bireh", "البيرة", 31.90, 35.21, kind: .town, population: 45_000, country: "PS"),
        // A known name that begins with a cue word, and a hamlet named with a title ("the sheikh").
        place("28", "Qaryat al-Qasr", "قرية قصر", 35.47, 40.00),
        place("29", "Ash-Shaykh", "الشيخ", 35.48, 39.99),
        // A governorate, known under its full name.
        place("30", "Nineveh Governorate", "محافظة نينوى", 36.20, 42.80, kind: .region, country: "IQ", featureClass: "A"),
        // A hamlet named "valley", the first word of many names ("وادي زيد").
        place("31", "Wadi", "وادي", 35.49, 39.98),
        // A hamlet named "hill" in Latin letters, the first word of many names ("Tal Half").
        place("32", "Tal", "تل حلف", 35.50, 39.97),
        // A hamlet named "the eastern", a direction adjective.
        place("33", "Ash-Sharqi", "الشرقي", 35.51, 39.96),
        // A village whose name starts with the word after the cue of "قرية قصر" (28).
        place("34", "Qasr Tuman", "قصر طومان", 35.52, 39.95),
        // A town and the airbase called after it, whose record spells the name otherwise.
        place("35", "Abu Duhur", "أبو الضهور", 35.74, 37.05, kind: .town, population: 12_000),
        place("36", "Abu al-Zuhur Air Base", "مطار أبو الظهور", 35.73, 37.10, kind: .airbase, featureClass: "S"),
        // A hamlet spelt like the verb "became".
        place("37", "Asbah", "أصبح", 36.10, 38.90),
        // A city whose name is the word for "the city" that refers back to a place.
        place("38", "Al-Madinah", "المدينة", 30.96, 47.26, kind: .city, population: 60_000, country: "IQ"),
        // A hamlet named as a demonstrative ("that").
        place("39", "Tilk", "تلك", 35.53, 39.94),
        // A town whose name, without its article, is a preposition ("حول", around).
        place("40", "Al-Hawl", "الحول", 36.38, 41.15, kind: .town, population: 15_000),
        // A village named "morning", whose two words fold to "the village" and "morning".
        place("41", "Qaryat as-Sabah", "قرية الصباح", 35.54, 39.93),
        // A town whose name is the dual "the two villages", an anaphor that counts.
        place("42", "Al-Qaryatayn", "القريتين", 34.23, 37.24, kind: .town, population: 30_000),
    ]

    static let gazetteer = Gazetteer(places: places, stopwords: lexicon.stopwords, spellings: lexicon.spellingVariants)
    static let analyzer = DocumentAnalyzer(gazetteer: gazetteer, lexicon: lexicon)

    /// Events read from a text (title empty, publication date given).
    static func events(_ text: String, published: String? = "2024-05-16") -> [ExtractedEvent] {
        analyzer.analyze(Document(title: "", text: text, published: published.flatMap(EventDate.init))).events
    }

    /// The resolved place id of an event, or its mention when unresolved.
    static func placeOf(_ e: ExtractedEvent, _ text: String, published: String? = "2024-05-16") -> String {
        let a = analyzer.analyze(Document(title: "", text: text, published: published.flatMap(EventDate.init)))
        return a.place(of: e)?.id ?? e.mention
    }
}
