@testable import ControlMapCore
import Testing

@Suite struct GeoNamesParserTests {
    let line = "171236\tBughaylīyah\tBughayliyah\tبغيلية,Brhaïlîyé,Бугайлия\t35.37768\t40.09224\tP\tPPL\tSY\t\t07\t\t\t\t1200\t\t\tAsia/Damascus\t"

    @Test func readsAllColumnsAndKeepsLatinAndArabicNames() throws {
        guard case .success(let p)? = GeoNamesParser().parse(line: Substring(line)) else {
            Issue.record("line not parsed")
            return
        }
        #expect(p.id == "171236")
        #expect(p.name == "Bughaylīyah")
        #expect(p.nameAr == "بغيلية")
        #expect(p.kind == .village)
        #expect(p.admin1 == "07")
        #expect(p.names.contains("Brhaïlîyé"))
        #expect(!p.names.contains("Бугайлия"))  // Cyrillic is not kept
    }

    @Test func theArabicDisplayNameIsWrittenAsArabicWritesIt() {
        func nameAr(_ alternates: String) -> String? {
            let l = "1\tSomewhere\tSomewhere\t\(alternates)\t36.3\t43.1\tP\tPPL\tIQ\t\t\t\t\t\t0\t\t\t\t"
            guard case .success(let p)? = GeoNamesParser().parse(line: Substring(l)) else { return nil }
            return p.nameAr
        }
        // A Kurdish letter or a Latin one disqualifies a spelling; the article is preferred.
        #expect(nameAr("mwsڵ,مووسڵ,موصل,الموصل") == "الموصل")
        #expect(nameAr("ثورة,الطبقة,الثورة") == "الطبقة")
        #expect(nameAr("هيت، عراق,هیت,هيت") == "هيت")
        // With nothing better, an Arabic-script spelling still names the place.
        #expect(nameAr("Foo,مەخموور") == "مەخموور")
    }

    @Test func theArabicDisplayNameSpellsTheLatinOne() {
        func nameAr(_ latin: String, _ alternates: String) -> String? {
            let l = "1\t\(latin)\t\(latin)\t\(alternates)\t35.1\t36.5\tP\tPPL\tSY\t\t\t\t\t\t0\t\t\t\t"
            guard case .success(let p)? = GeoNamesParser().parse(line: Substring(l)) else { return nil }
            return p.nameAr
        }
        // A record also lists other names of the place or its area: the one that writes its
        // Latin name is shown, with or without the article.
        #expect(nameAr("Zimrayn", "الكرمة,زمرين") == "زمرين")
        #expect(nameAr("Ayn Tamr", "شثاثة,عين التمر") == "عين التمر")
        #expect(nameAr("Qasr Hamid", "القصور,قصر حميد") == "قصر حميد")
        // Among spellings of the name, the article still wins.
        #expect(nameAr("Tabqah", "طبقة,الطبقة") == "الطبقة")
    }

    @Test func reportsBadLinesWithoutStopping() {
        let text = line + "\nnot\ta\tgeonames\tline\n\n12\tX\tX\t\tnorth\t40\tP\tPPL\tSY\t\t\t\t\t\t0\t\t\t\t\n"
        let (places, problems) = GeoNamesParser().parse(text: text)
        #expect(places.count == 1)
        #expect(problems.count == 2)
        #expect(problems.map(\.line) == [2, 4])
    }

    @Test func kindFollowsFeatureCodeAndPopulation() {
        #expect(PlaceKind.fromGeoNames(featureClass: "S", featureCode: "AIRB", population: 0) == .airbase)
        #expect(PlaceKind.fromGeoNames(featureClass: "P", featureCode: "PPL", population: 120_000) == .city)
        #expect(PlaceKind.fromGeoNames(featureClass: "P", featureCode: "PPL", population: 8_000) == .town)
        #expect(PlaceKind.fromGeoNames(featureClass: "P", featureCode: "PPLX", population: 0) == .neighbourhood)
    }
}

@Suite struct StrategicSitesParserTests {
    @Test func readsTheProjectsCuratedFileAndDemandsASource() {
        let (places, problems) = StrategicSitesParser().parse(text: Fixtures.projectFile("gazetteer/strategic-sites.tsv") ?? "")
        #expect(problems.isEmpty)
        #expect(places.count > 70)
        let t4 = places.first { $0.id == "site:tiyas-military-airbase" }
        #expect(t4?.names.contains("مطار التيفور") == true)
        #expect(t4?.names.contains("T-4") == true)
        #expect(t4?.kind == .airbase)
        let bad = StrategicSitesParser().parse(text: "site:x\tbase\tSY\t35\t40\tX\t\t\t\n")
        #expect(bad.places.isEmpty && bad.problems.count == 1)
    }
}

@Suite struct ToponymTaggerTests {
    func tag(_ text: String) -> [ToponymResolver.Resolution] {
        Fixtures.analyzer.geocode(text).resolutions
    }

    @Test func findsNamesGluedToArabicClitics() {
        let r = tag("وصلت القوات إلى والرقة ثم بدير الزور وللرقة")
        #expect(r.compactMap { $0.place.map { Fixtures.gazetteer.places[Int($0)].id } } == ["2", "1", "2"])
        #expect(r[0].mention.text == "الرقة")
    }

    @Test func aWordBeforeADefiniteNounIsNoTownNamedWithTheArticle() {
        // "علم الدولة" (the state's flag) is a construct of two nouns; the town is "العلم".
        #expect(tag("تحدث الوزير عن علم الدولة في الموصل.").compactMap { $0.place.map { Fixtures.gazetteer.places[Int($0)].id } } == ["14"])
        #expect(tag("حررت القوات العراقية بلدة العلم.").compactMap { $0.place.map { Fixtures.gazetteer.places[Int($0)].id } } == ["22"])
        // A name without the article may well be followed by a definite word ("تدمر التي").
        #expect(tag("زار الوزير تدمر الأثرية.").compactMap { $0.place.map { Fixtures.gazetteer.places[Int($0)].id } } == ["13"])
    }

    @Test func aSiteIsWrittenWithItsQuotedNameAndTheAdjectivesThatDescribeIt() {
        // A quoted name after the site's noun: the known site, read through the marks.
        let quoted = tag("سيطرت قوات النظام على قاعدة «دير الزور» الجوية")
        #expect(quoted.compactMap { $0.place.map { Fixtures.gazetteer.places[Int($0)].id } } == ["8"])
        // An unknown site keeps its name; the adjective after it is how it is written, not a
        // village called "العسكري" nor part of the name.
        let unknown = tag("سيطر مقاتلو المعارضة على حاجز «السرو» العسكري قرب دير الزور")
        #expect(unknown.map(\.mention.text) == ["حاجز «السرو»", "دير الزور"])
        #expect(unknown.first?.mention.written == "حاجز «السرو» العسكري")
        let field = tag("استعادت القوات حقل (الجفرة) النفطي")
        #expect(field.map(\.mention.text) == ["حقل (الجفرة)"] && field.first?.mention.written == "حقل (الجفرة) النفطي")
        // A people's adjective after the site may begin the next clause: not the site's.
        let base = tag("وصلت التعزيزات إلى قاعدة الشعيرات الروسية")
        #expect(base.map(\.mention.text) == ["قاعدة الشعيرات"] && base.first?.mention.written == nil)
        // Nothing after the name: nothing written beyond it.
        #expect(tag("سيطر الجيش على مطار الجراح").first?.mention.written == nil)
    }

    @Test func aUnitIsNamedByItsNumberOrOrdinalNotByAFactionOrAGeneral() {
        #expect(tag("سيطر الجيش على اللواء 93.").map(\.mention.text) == ["اللواء 93"])
        // A faction ("فرقة السلطان"), a general ("اللواء تدمر" is no brigade of Palmyra's), a province.
        #expect(tag("هاجمت فرقة السلطان مواقع التنظيم.").isEmpty)
        #expect(tag("وقال اللواء خالد إن الجيش تقدم.").isEmpty)
        #expect(tag("وقال اللواء تدمر إن الجيش تقدم.").isEmpty)
        #expect(ToponymTagger.hasArabicOrdinalShape("الرابعه") && ToponymTagger.hasArabicOrdinalShape("الخامس"))
        #expect(!ToponymTagger.hasArabicOrdinalShape("الخوارج") && !ToponymTagger.hasArabicOrdinalShape("التوحيد"))
    }

    @Test func prefersTheLongestName() {
        let r = tag("كسر الحصار عن قاعدة دير الزور الجوية")
        #expect(r.count == 1)
        #expect(r.first?.place.map { Fixtures.gazetteer.places[Int($0)].id } == "8")
    }

    @Test func matchesLatinVariantsWithArticlesAndHyphens() {
        let r = tag("Fighting in Deir al-Zor and Dayr az Zawr and Ar-Raqqah.")
        #expect(r.compactMap { $0.place.map { Fixtures.gazetteer.places[Int($0)].id } } == ["1", "1", "2"])
        #expect(r[2].mention.text == "Ar-Raqqah")
    }

    @Test func keepsCueWordsAndUnresolvedMilitaryUnits() {
        let r = tag("كسر الحصار على اللواء 137 غرب المدينة وعلى الفرقة 17")
        let mentions = r.map(\.mention.text)
        #expect(mentions == ["اللواء 137", "الفرقة 17"])
        #expect(r.allSatisfy { $0.place == nil })
        #expect(r[0].mention.cue == .brigade)
        let en = tag("They reached the 17th Division base.")
        #expect(en.first?.mention.text == "17th Division")
        // The unit word before the number belongs to the name, in English as in Arabic.
        #expect(tag("They reached the Brigade 52 military base.").first?.mention.text == "Brigade 52 military base")
        #expect(tag("They reached the Regiment 46 base.").first?.mention.text == "Regiment 46 base")
        #expect(tag("وصلوا إلى الفوج 46 غرب المدينة").first?.mention.text == "الفوج 46")
    }

    @Test func inANearTieThePlaceWhoseTitleTheMentionSpellsWins() {
        // A town named "Kobani", and another of its size that lists "Kobani" only among its aliases.
        let g = Gazetteer(places: Fixtures.places + [
            Fixtures.place("424", "Afrinat", "عفرينات", 36.50, 36.87, kind: .town, population: 40_000, names: ["Kobani"]),
            Fixtures.place("425", "Kobani", "عين العرب", 36.89, 38.35, kind: .town, population: 40_000),
        ], stopwords: Fixtures.lexicon.stopwords)
        let analyzer = DocumentAnalyzer(gazetteer: g, lexicon: Fixtures.lexicon)
        let r = analyzer.geocode("Fighting went on in Kobanî.").resolutions
        #expect(r.first?.place.map { g.places[Int($0)].id } == "425")
        // News calls a city of 50,000 a town: the cue's kind does not outweigh the title the
        // mention spells, against a town a little smaller that lists the name as an alias.
        let cityKobani = Gazetteer(places: Fixtures.places + [
            Fixtures.place("424", "Afrinat", "عفرينات", 36.50, 36.87, kind: .town, population: 48_000, names: ["Kobani"]),
            Fixtures.place("425", "Kobani", "عين العرب", 36.89, 38.35, kind: .city, population: 50_000),
        ], stopwords: Fixtures.lexicon.stopwords)
        let cued = DocumentAnalyzer(gazetteer: cityKobani, lexicon: Fixtures.lexicon).geocode("The town of Kobani was shelled.").resolutions
        #expect(cued.first?.place.map { cityKobani.places[Int($0)].id } == "425")
    }

    @Test func aNameHeadAfterACuedNameLinksItToALongerName() {
        // "قرى قصر ابن وردان": a name the gazetteer lacks, not the hamlet "قرية قصر"; the list goes on.
        let g = Gazetteer(places: Fixtures.places + [Fixtures.place("420", "Qasr", "قصر", 35.60, 37.20)], stopwords: Fixtures.lexicon.stopwords)
        let analyzer = DocumentAnalyzer(gazetteer: g, lexicon: Fixtures.lexicon)
        let r = analyzer.geocode("سيطرت قوات النظام على قرى قصر ابن وردان وخربيل.").resolutions
        #expect(r.map(\.mention.text) == ["قصر ابن وردان", "خربيل"])
        #expect(r.first?.place == nil)
        // A head joined by و starts the next item.
        #expect(analyzer.geocode("سيطرت قوات النظام على قرى خربيل وأبو زيد.").resolutions.map(\.mention.text) == ["خربيل", "أبو زيد"])
    }

    @Test func aNounWithItsPronounAfterHamzaIsNoNameEndingInYa() {
        // "حلفائه" (his allies) folds to the key of "الحلفاية"; written with ئ before the ه, it is
        // the noun and its pronoun.
        let g = Gazetteer(places: Fixtures.places + [Fixtures.place("423", "al-Hulfayah", "الحلفاية", 35.26, 36.60, kind: .town, population: 20_000)],
                          stopwords: Fixtures.lexicon.stopwords)
        let analyzer = DocumentAnalyzer(gazetteer: g, lexicon: Fixtures.lexicon)
        #expect(analyzer.geocode("لا يستطيع النظام البقاء في المناطق الخاضعة لسيطرته وسيطرة حلفائه.").resolutions.isEmpty)
        let named = analyzer.geocode("سيطرت قوات النظام على الحلفاية وحلفاية.").resolutions
        #expect(named.compactMap { $0.place.map { g.places[Int($0)].id } } == ["423", "423"])
    }

    @Test func aNameWrittenJoinedIsNoCommonWordThoughAVillageBearsIt() {
        // "كفرحمرة" for كفر حمرة: one word that no dictionary has, named bare after a verb.
        let g = Gazetteer(places: Fixtures.places + [Fixtures.place("421", "Kafr Hamra", "كفر حمرة", 36.30, 37.05)],
                          stopwords: Fixtures.lexicon.stopwords, spellings: Fixtures.lexicon.spellingVariants)
        let analyzer = DocumentAnalyzer(gazetteer: g, lexicon: Fixtures.lexicon)
        let joined = analyzer.geocode("سيطرت قوات النظام على كفرحمرة بعد معارك.").resolutions
        #expect(joined.map(\.mention.text) == ["كفرحمرة"])
        #expect(joined.first?.mention.isWeak == false)
        #expect(joined.first?.place.map { g.places[Int($0)].id } == "421")
        // The name's second word alone is still a village's name as weak as any.
        let g2 = Gazetteer(places: Fixtures.places + [Fixtures.place("422", "Hamra", "حمرة", 36.30, 37.05)],
                           stopwords: Fixtures.lexicon.stopwords, spellings: Fixtures.lexicon.spellingVariants)
        let bare = DocumentAnalyzer(gazetteer: g2, lexicon: Fixtures.lexicon).geocode("سيطرت قوات النظام على حمرة بعد معارك.").resolutions
        #expect(bare.allSatisfy { $0.mention.isWeak })
    }

    @Test func aNameEndingInATitleTakesThePersonalNameAfterIt() {
        // "تل الشيخ حسين": the gazetteer's "تل الشيخ" and a personal name, which is a common word.
        let g = Gazetteer(places: Fixtures.places + [Fixtures.place("423", "Tall ash-Shaykh", "تل الشيخ", 35.20, 36.10)],
                          stopwords: Fixtures.lexicon.stopwords)
        let analyzer = DocumentAnalyzer(gazetteer: g, lexicon: Fixtures.lexicon)
        #expect(analyzer.geocode("سيطر الجيش على قرى خربيل وتل الشيخ حسن.").resolutions.map(\.mention.text) == ["خربيل", "تل الشيخ حسن"])
        // A function word or a direction after the title leaves the name as the gazetteer has it.
        #expect(analyzer.geocode("سيطر الجيش على تل الشيخ بعد معارك.").resolutions.map(\.mention.text) == ["تل الشيخ"])
        #expect(analyzer.geocode("سيطر الجيش على تل الشيخ شمال حماة.").resolutions.first?.mention.text == "تل الشيخ")
    }

    @Test func anAdjectiveWithoutTheArticleIsNoPartOfAName() {
        // A name is definite and so is its adjective: "الموصل كبرى مدن المحافظة" is Mosul and a
        // superlative ("largest of the cities"); "سردة الشرقية" is East Sarda, a name of its own.
        #expect(tag("حاصر الجيش الموصل كبرى مدن المحافظة").map(\.mention.text) == ["الموصل"])
        #expect(tag("حاصر الجيش الموصل كبرى مدن المحافظة").first?.place != nil)
        #expect(tag("سيطرت قسد على قرية سردة الشرقية").map(\.mention.text) == ["سردة الشرقية"])
        // Upper, lower and middle villages are other villages of the same name.
        #expect(tag("سيطرت قسد على قرى سردة السفلى وخربيل العليا").map(\.mention.text) == ["سردة السفلى", "خربيل العليا"])
        #expect(tag("سيطرت قسد على قرى سردة السفلى وخربيل العليا").allSatisfy { $0.place == nil })
    }

    @Test func aListItemAfterANameCueOrANameHeadKeepsItsCommonWord() {
        // "وتل زيد": a hill cue inside a list is part of the item, whatever word follows it;
        // "أبو زيد", "أم زيد": a name head never stands alone.
        #expect(tag("سيطرت قسد على قرى خربيل وتل زيد").map(\.mention.text) == ["خربيل", "تل زيد"])
        #expect(tag("سيطرت قسد على قرية أبو زيد").map(\.mention.text) == ["أبو زيد"])
        #expect(tag("سيطرت قسد على قرى خربيل وأم زيد").map(\.mention.text) == ["خربيل", "أم زيد"])
    }

    @Test func readsListsAfterAPluralCue() {
        let r = tag("سيطرت قسد على قرى خربيل والقليعة وسردة")
        #expect(r.map(\.mention.text) == ["خربيل", "القليعة", "سردة"])
        #expect(r.allSatisfy { $0.mention.cue == .village })
    }

    @Test func aPluralOfProvincesAfterAListMakesEachNameAProvince() {
        let provinces = tag("IS still holds parts of the Deir ez-Zor, Raqqa and Palmyra provinces.")
        #expect(provinces.map(\.mention.text) == ["Deir ez-Zor", "Raqqa", "Palmyra"])
        #expect(provinces.allSatisfy { $0.mention.cue == .region })
        // A name not joined to the list by "and" or a comma stays a town.
        let apart = tag("IS took Raqqa after fighting in the Deir ez-Zor and Palmyra countrysides.")
        #expect(apart.map { $0.mention.cue } == [nil, .region, .region])
        // "regions" of names the gazetteer knows only as villages are their surroundings.
        #expect(tag("They withdrew from the Khirbil and Sarda regions.").allSatisfy { $0.mention.cue == nil })
    }

    @Test func neighbourhoodsAfterTwoNamesAreNeighbourhoodsNotTownsElsewhere() {
        // Khirbil and Sarda are villages near Deir ez-Zor; as its neighbourhoods they are not them.
        let parts = tag("Troops pushed into the Khirbil and Sarda neighbourhoods of Raqqa.")
        #expect(parts.prefix(2).allSatisfy { $0.mention.cue == .neighbourhood && $0.place == nil })
        // After one name the neighbourhoods are the town's own: the town stays the town.
        let own = tag("Troops pushed into the Raqqa neighbourhoods on Monday.")
        #expect(own.first?.mention.cue == nil && own.first?.place != nil)
    }

    @Test func aConjunctionWrittenApartEndsAnUnknownName() {
        // "حي الرشاد و حاصرت": the "و" standing alone is "and", not the second word of the name.
        #expect(tag("سيطرت قسد على حي الرشاد و حاصرت عناصر التنظيم").map(\.mention.text) == ["الرشاد"])
        #expect(tag("سيطرت قسد على قرى الزهيرات و البويطية").map(\.mention.text) == ["الزهيرات", "البويطية"])
    }

    @Test func commonWordsNeverBecomePlaces() {
        // "الباب" (the door) names a city only after a cue; "Central" and "police" never.
        #expect(tag("فتح الباب بين الحكومة والقوات").isEmpty)
        #expect(tag("Central police said the army of the state").isEmpty)
        #expect(tag("سيطرت الفصائل على مدينة الباب").first?.place != nil)
        // Actor names and weekdays are not places either.
        #expect(tag("قالت قوات سوريا الديمقراطية يوم الخميس").isEmpty)
    }
}

@Suite struct ToponymResolverTests {
    func resolved(_ text: String) -> [String] {
        Fixtures.analyzer.geocode(text).resolutions.compactMap { $0.place.map { Fixtures.gazetteer.places[Int($0)].id } }
    }

    @Test func choosesTheNamesakeNearTheDocumentsOtherPlaces() {
        #expect(resolved("Clashes near Tal Hamra, north of Deir ez-Zor.") == ["3", "1"])
        #expect(resolved("Clashes near Tal Hamra, south of Damascus.") == ["4", "9"])
    }

    @Test func namesakesThatFitEquallyAndLieApartAreNoGuess() {
        // Nothing in the sentence tells the Tal Hamra by Deir ez-Zor from the one by Damascus.
        let r = Fixtures.analyzer.geocode("Clashes broke out near Tal Hamra on Monday.").resolutions
        #expect(r.count == 1 && r[0].place == nil, "\(r.map(\.reason))")
        #expect(r[0].reason.contains("fit equally") && r[0].candidates.count == 2)
    }

    @Test func explainsItsChoiceAndListsCandidates() {
        let r = Fixtures.analyzer.geocode("Clashes near Tal Hamra, north of Deir ez-Zor.").resolutions[0]
        #expect(r.candidates.count == 2)
        #expect(r.reason.contains("within 60 km"))
    }

    @Test func anAirbaseCueSelectsTheAirbase() {
        let r = Fixtures.analyzer.geocode("the Deir ez-Zor airbase was shelled").resolutions
        #expect(r.first.flatMap { $0.place.map { Fixtures.gazetteer.places[Int($0)].kind } } == .airbase)
    }

    @Test func anUnknownAirbaseIsTheFieldByItsTownOnlyNearTheArticlesPlaces() {
        func airbase(_ text: String) -> String? {
            let r = Fixtures.analyzer.geocode(text).resolutions.first { $0.mention.text.hasSuffix("airbase") }
            return r?.place.map { Fixtures.gazetteer.places[Int($0)].id }
        }
        // "the Tal Hamra airbase": no airbase so named; the airfield by the town Tal Hamra.
        #expect(airbase("the Tal Hamra airbase was shelled") == "8")
        // In an article about Damascus the town is another Tal Hamra, which has no airfield.
        #expect(airbase("Shells fell on Damascus. The Tal Hamra airbase was shelled.") == nil)
    }

    @Test func aLoneFarAwayVillageStaysUnresolved() {
        // Mashlab (id 11) is hundreds of km from Deir ez-Zor: a namesake, not the place meant.
        let r = Fixtures.analyzer.geocode("سيطرت القوات على قرية المشلب قرب دير الزور").resolutions
        let mashlab = r.first { $0.mention.text == "المشلب" }
        #expect(mashlab != nil)
        #expect(mashlab?.place == nil)
        #expect(mashlab?.reason.contains("km from") == true)
    }
}

@Suite struct CompiledGazetteerTests {
    static let places: [Place] = [
        Fixtures.place("100", "Abu Kamal", "البوكمال", 34.45, 40.92, kind: .city, population: 57_000, names: ["Albu Kamal"]),
        Fixtures.place("200", "Al Thawrah", "الثورة", 35.84, 38.54, kind: .city, population: 70_000, names: ["Tabqa", "الطبقة"]),
        Fixtures.place("201", "Tabqa", "الطبقة", 35.85, 38.55, kind: .town, population: 0),
        Fixtures.place("300", "Tall Salma", "تل سلمى", 34.70, 36.70, names: []),
        Fixtures.place("301", "Tall Salma", "تل سلمى", 36.20, 37.10, names: []),
        Fixtures.place("9", "Damascus", "دمشق", 33.51, 36.29, kind: .city, population: 1_500_000),
    ]

    func gazetteer(_ places: [Place] = places) -> Gazetteer {
        var ps = places
        ps[3].admin1 = "11"  // Homs
        ps[4].admin1 = "09"  // Aleppo
        ps.append(Place(id: "g11", name: "Homs", nameAr: "حمص", lat: 34.6, lon: 38.0, kind: .region, featureClass: "A", featureCode: "ADM1",
                        country: "SY", admin1: "11", population: 1_800_000, names: ["Homs", "حمص"], source: "test"))
        return Gazetteer(places: ps, stopwords: Fixtures.lexicon.stopwords)
    }

    func resolve(_ g: Gazetteer, _ text: String) -> [String] {
        DocumentAnalyzer(gazetteer: g, lexicon: Fixtures.lexicon).geocode(text).resolutions.compactMap { $0.place.map { g.places[Int($0)].id } }
    }

    @Test func compiledBytesLoadBackToTheSameGazetteer() throws {
        let g = gazetteer()
        let loaded = try #require(Gazetteer(compiled: g.compiled))
        #expect(loaded.places.count == g.places.count)
        #expect(resolve(loaded, "قصف على دمشق والبوكمال") == resolve(g, "قصف على دمشق والبوكمال"))
        #expect(Gazetteer(compiled: Array(g.compiled.dropLast(3))) == nil)
        #expect(Gazetteer(compiled: Array("not a gazetteer at all, not at all, no".utf8)) == nil)
    }

    @Test func duplicatesAreMergedAndBothIDsStillWork() {
        let g = gazetteer()
        #expect(g.index(ofID: "200") == g.index(ofID: "201"))
        #expect(resolve(g, "The SDF entered Tabqa.") == ["200"])
        // Same name, 170 km apart: two places.
        #expect(g.index(ofID: "300") != g.index(ofID: "301"))
    }

    @Test func neighboursThatShareOnlyAnOldVariantStayTwoPlaces() {
        // Two hamlets 4 km apart that both list an old name among their variants, shown by names
        // of their own: a taking of the one is not a taking of the other.
        let g = gazetteer(Self.places + [
            Fixtures.place("400", "Baghuz", "باغوز", 34.43, 40.99, names: ["Al Harah"]),
            Fixtures.place("401", "al-Hury", "الهري", 34.41, 40.95, names: ["Al Harah"]),
        ])
        #expect(g.index(ofID: "400") != g.index(ofID: "401"))
        #expect(resolve(g, "سيطرت القوات على قرية الباغوز") == ["400"])
        // The same neighbours, one shown by the other's name, are one place.
        let same = gazetteer(Self.places + [
            Fixtures.place("400", "Baghuz", "باغوز", 34.43, 40.99, names: ["Al Harah"]),
            Fixtures.place("401", "Al Harah", "الهري", 34.41, 40.95, names: []),
        ])
        #expect(same.index(ofID: "400") == same.index(ofID: "401"))
    }

    @Test func transliterationVariantsFindTheTown() {
        let g = gazetteer()
        for spelling in ["Abu Kamal", "Albu Kamal", "Bukamal", "Abou Kamal"] {
            #expect(resolve(g, "The army entered \(spelling) on Monday.") == ["100"], "\(spelling)")
        }
        #expect(resolve(g, "دخل الجيش مدينة البوكمال") == ["100"])
    }

    @Test func aShortNameSpelledWithOtherVowelsFindsTheTown() {
        var places = Self.places
        places.append(Fixtures.place("400", "Bayji", "بيجي", 34.93, 43.49, kind: .city, population: 100_000, country: "IQ"))
        places.append(Fixtures.place("401", "Suwayda", "السويداء", 32.71, 36.57, kind: .city, population: 70_000, names: ["Soueida"]))
        let g = gazetteer(places)
        // "bj" is too short a skeleton; the vowel places and a close spelling make it Bayji.
        for spelling in ["Beiji", "Baiji", "Bayji"] {
            #expect(resolve(g, "Iraqi forces entered \(spelling) on Monday.") == ["400"], "\(spelling)")
        }
        // Same vowel places as "Soueida", another spelling altogether: not Suwayda.
        #expect(resolve(g, "Iraqi forces entered Saadiya on Monday.") == [])
        #expect(NameSkeleton.vowelPattern(of: "Makhmour") == NameSkeleton.vowelPattern(of: "Makhmur"))
        #expect(NameSkeleton.isCloseSpelling("Jawbar", "Jobar") && !NameSkeleton.isCloseSpelling("Suwayda", "Saadiya"))
        // A neighbourhood the gazetteer lacks is no village spelt alike; a town's name before the
        // cue is still the town, which the sentence reads as a part of it.
        var withVillage = Self.places
        withVillage.append(Fixtures.place("402", "Tall Tamr", "تل تمر", 35.70, 39.80))
        withVillage.append(Fixtures.place("403", "Raqqa", "الرقة", 35.95, 39.01, kind: .city, population: 200_000))
        let v = gazetteer(withVillage)
        #expect(resolve(v, "The SDF entered Raqqa and advanced into the Tel Tamr neighbourhood.") == ["403"])
        #expect(resolve(v, "The SDF entered Raqqa and reached the village of Tel Tamr.") == ["403", "402"])
    }

    @Test func aNeighbourhoodIsNoFarTownSpeltAlike() {
        var places = Self.places
        places.append(Fixtures.place("420", "Mayadin", "الميادين", 35.02, 40.45, kind: .city, population: 50_000))
        let g = gazetteer(places)
        // "حي الميدان", a neighbourhood the gazetteer lacks, is not the city spelt alike.
        #expect(resolve(g, "سيطرت القوات على حي الميدان.") == [])
        #expect(resolve(g, "سيطرت القوات على حي الميدان في دمشق.") == ["9"])
        #expect(resolve(g, "سيطرت القوات على مدينة الميادين.") == ["420"])
    }

    @Test func anArabicVariantMustBeACloseSpellingNotOnlyTheSameRoot() {
        // "حيمور" shares the skeleton ح م ر with "الحمرة", "Yahmur" and "al-Hamra", other names.
        var places = Self.places
        places.append(Fixtures.place("410", "al-Hamra", "الحمرة", 35.30, 37.00, kind: .town, population: 12_000))
        places.append(Fixtures.place("411", "Yahmur", nil, 35.25, 37.05))
        places.append(Fixtures.place("412", "Bughayliyah", "بغيلية", 35.38, 40.09))
        let g = gazetteer(places)
        #expect(resolve(g, "سيطر الجيش على قرية حيمور في ريف حماة.") == [])
        // A long vowel more or less is the same name.
        #expect(resolve(g, "سيطر الجيش على قرية البغلية.") == ["412"])
        #expect(NameSkeleton.writesAlike(arabic: "حيمور", latin: "Haymar"))
        #expect(!NameSkeleton.writesAlike(arabic: "حيمور", latin: "Yahmur") && !NameSkeleton.writesAlike(arabic: "حيمور", latin: "al-Hamra"))
        #expect(NameSkeleton.writesAlike(arabic: "البغيلية", latin: "al-Bughayliyah"))
        // خ is "kh" (or the Kurdish "x"), ح is "h": the skeleton merges them, transliteration does not.
        #expect(NameSkeleton.writesAlike(arabic: "خربل", latin: "Khirbil") && NameSkeleton.writesAlike(arabic: "خلكان", latin: "Xelkan"))
        #expect(!NameSkeleton.writesAlike(arabic: "حربل", latin: "Khirbil") && NameSkeleton.writesAlike(arabic: "حربل", latin: "Harbul"))
        #expect(NameSkeleton.isCloseSpelling("البغلية", "البغيلية") && !NameSkeleton.isCloseSpelling("حيمور", "الحمرة"))
    }

    @Test func theNamesOfOneListAreDifferentPlaces() {
        // A record that carries its neighbour's name as an alias ("جديدة الحمام" also called
        // "بريسة"): in a list naming both, the alias is not the record's.
        var places = Self.places
        places.append(Fixtures.place("420", "Judaydat al-Hammam", "جديدة الحمام", 35.70, 36.90, names: ["بريسة"]))
        places.append(Fixtures.place("421", "Madmuma", "المدمومة", 35.72, 36.92))
        places.append(Fixtures.place("422", "Tall Sabbagh", "تل الصباغ", 35.74, 36.88, names: ["الصباغ", "صباغ الكبير"]))
        let g = gazetteer(places)
        let analyzer = DocumentAnalyzer(gazetteer: g, lexicon: Fixtures.lexicon)
        func placesOf(_ text: String) -> [String: String] {
            var out: [String: String] = [:]
            for r in analyzer.geocode(text).resolutions { out[r.mention.text] = r.place.map { g.places[Int($0)].id } ?? "-" }
            return out
        }
        let listed = placesOf("سيطرت الفصائل على قرى بريسة والمدمومة وجديدة الحمام.")
        #expect(listed["جديدة الحمام"] == "420" && listed["المدمومة"] == "421")
        #expect(listed["بريسة"] == "-")
        // Alone, the alias still names the record.
        #expect(placesOf("سيطرت الفصائل على قرية بريسة.")["بريسة"] == "420")
        // Two spellings of one place in a list, neither the record's own: which one means it is unknown.
        let neither = placesOf("سيطرت الفصائل على قرى الصباغ وصباغ الكبير والمدمومة.")
        #expect(neither["المدمومة"] == "421")
        #expect(neither["الصباغ"] == "-" && neither["صباغ الكبير"] == "-")
    }

    @Test func aLatinVariantMustBeACloseSpellingNotOnlyTheSameConsonants() {
        // "Tel al-Usud" and "Tall as-Sayyid" share the consonants t l s d; "Tel Saman" is a
        // spelling of "Tall Samn".
        var places = Self.places
        places.append(Fixtures.place("430", "Tall as-Sayyid", nil, 35.30, 36.70, kind: .town, population: 12_000))
        places.append(Fixtures.place("431", "Tall Samn", nil, 36.10, 39.00, kind: .town, population: 12_000))
        let g = gazetteer(places)
        #expect(resolve(g, "The army seized Tel al-Usud on Monday.") == [])
        #expect(resolve(g, "The SDF seized Tel Saman on Monday.") == ["431"])
    }

    @Test func aSpellingVariantIsAGuessForANameTheGazetteerLacksInTheReportsCountries() {
        var places = Self.places
        places.append(Fixtures.place("440", "Abidin", "عابدين", 36.50, 40.00))
        places.append(Fixtures.place("441", "Abdun", "عبدون", 33.60, 36.40))
        places.append(Fixtures.place("442", "Zughba", "زغبا", 34.40, 41.10, country: "IQ"))
        places.append(Fixtures.place("443", "Kafr Ruma", "كفرومة", 33.70, 36.45))
        let g = gazetteer(places)
        // A name the gazetteer has, far away, is an unlisted namesake: not the close village spelt alike.
        #expect(resolve(g, "سيطر الجيش على قرية عابدين قرب دمشق.") == ["9"])
        // A village spelt alike is looked for in the countries of the report's places only.
        #expect(resolve(g, "سيطر الجيش على قرية الزغبة قرب البوكمال.") == ["100"])
        #expect(resolve(g, "سيطر الجيش على قرية كفروما قرب دمشق.") == ["443", "9"])
        // A ta marbuta written on one name and left off the other makes two names; a final ا for it does not.
        #expect(!NameSkeleton.isCloseSpelling("العاصمة", "عاصم") && !NameSkeleton.isCloseSpelling("أبو دفنة", "أبو دفن"))
        #expect(NameSkeleton.isCloseSpelling("كفروما", "كفرومة") && NameSkeleton.isCloseSpelling("الزغبة", "زغبا"))
        // Arabic spells each word of a name one way: "تل" (hill) is not "تلول" (hills).
        #expect(!NameSkeleton.isCloseSpelling("تل محمد", "تلول محمد") && NameSkeleton.isCloseSpelling("برج سبنة", "برج سبينة"))
        // The nisba makes an adjective or a family name of a place, in either script.
        #expect(!NameSkeleton.isCloseSpelling("al-Tikriti", "Tikrit") && !NameSkeleton.isCloseSpelling("الحلبي", "حلب"))
        #expect(!NameSkeleton.writesAlike(arabic: "تكريت", latin: "al-Tikriti") && NameSkeleton.writesAlike(arabic: "بيجي", latin: "Beiji"))
    }

    @Test func theGovernorateTheDocumentNamesDecides() {
        let g = gazetteer()
        #expect(resolve(g, "اشتباكات في قرية تل سلمى بريف حمص").first == "300")
        #expect(resolve(g, "Clashes in Tall Salma, in the Homs countryside.").first == "300")
    }

    @Test func aGovernorateWithoutItsCodeTakesTheCodeOfThePlacesAroundIt() throws {
        // GeoNames extracts leave the admin1 code off the governorate rows themselves: the places
        // around its centre give it, and the governorate still decides between namesakes.
        var ps = Self.places
        ps[3].admin1 = "11"
        ps[4].admin1 = "09"
        for (n, (lat, lon)) in [(34.5, 37.9), (34.7, 38.1), (34.4, 38.3)].enumerated() {
            var village = Fixtures.place("h\(n)", "Homs village \(n)", nil, lat, lon)
            village.admin1 = "11"
            ps.append(village)
        }
        var aleppoVillage = Fixtures.place("a0", "Aleppo village", nil, 36.0, 37.5)
        aleppoVillage.admin1 = "09"
        ps.append(aleppoVillage)
        ps.append(Place(id: "g11", name: "Homs", nameAr: "حمص", lat: 34.6, lon: 38.0, kind: .region, featureClass: "A", featureCode: "ADM1",
                        country: "SY", admin1: "", population: 1_800_000, names: ["Homs", "حمص"], source: "test"))
        let g = Gazetteer(places: ps, stopwords: Fixtures.lexicon.stopwords)
        let governorate = try #require(g.index(ofID: "g11"))
        #expect(g.admin1(Int32(governorate)) == "11")
        #expect(resolve(g, "اشتباكات في قرية تل سلمى بريف حمص").first == "300")
        // A record that has its code keeps it.
        let village = try #require(g.index(ofID: "a0"))
        #expect(g.admin1(Int32(village)) == "09")
    }
}

/// News spellings, border twins and the seats of districts.
@Suite struct SpellingAndProminenceTests {
    func resolve(_ places: [Place], _ text: String) -> [String] {
        let lexicon = Fixtures.lexicon
        let g = Gazetteer(places: places, stopwords: lexicon.stopwords, spellings: lexicon.spellingVariants)
        return DocumentAnalyzer(gazetteer: g, lexicon: lexicon).geocode(text).resolutions.compactMap { $0.place.map { g.places[Int($0)].id } }
    }

    @Test func variantsComeFromTheTableNotFromEachPlace() throws {
        let v = try SpellingVariants("countries\tSY\nsame\ttall\ttel\nsuffix\tah\ta\n")
        #expect(v.variants(of: ["tall", "tamr"]) == [["tel", "tamr"]])
        #expect(v.variants(of: ["hawijah"]) == [["hawija"]])
        #expect(v.variants(of: ["raqa"]).isEmpty)
        #expect(throws: ParseFailure.self) { try SpellingVariants("same\ttall\n") }
        let j = try SpellingVariants("joined\tkafr\tكفر\n")
        #expect(j.joined(["kafr", "nabl"]) == ["kafrnabl"])
        #expect(j.joined(["kafr"]) == nil && j.joined(["tall", "tamr"]) == nil)
        #expect(throws: ParseFailure.self) { try SpellingVariants("joined\tkafr nabl\n") }
    }

    @Test func newsSpellingsFindThePlace() {
        let places = [Fixtures.place("1", "Tall Tamr", "تل تمر", 36.65, 40.37, kind: .town)]
        #expect(resolve(places, "The SDF entered Tel Tamr on Monday.") == ["1"])
        #expect(resolve(places, "The SDF entered Tell Tamr on Monday.") == ["1"])
    }

    @Test func theDistrictSeatBeatsAHamletOfTheSameName() {
        let places = [
            Fixtures.place("1", "Hawijah", "الحويجة", 34.01, 44.38, country: "IQ", names: ["Hawija"]),
            Fixtures.place("2", "al-Hawijah", "الحويجة", 35.32, 43.77, kind: .city, country: "IQ"),
        ]
        #expect(resolve(places, "Iraqi forces captured Hawija on Monday.") == ["2"])
    }

    @Test func aDistrictSeatWithoutAPopulationFigureOutranksAVillageNearAnotherPlace() {
        // GeoNames gives the seat no population; a village of the same name lies near the other
        // town the sentence names. The seat is the place a report means.
        let seat = Place(id: "1", name: "Ras al-Ayn", nameAr: "رأس العين", lat: 36.85, lon: 40.07, kind: .city, featureClass: "P",
                         featureCode: "PPLA2", country: "SY", names: ["Ras al-Ayn", "Ras al-Ain", "رأس العين"], source: "test")
        let places = [
            seat,
            Fixtures.place("2", "Ras al-Ayn", "رأس العين", 36.58, 38.36, names: ["Ras al-Ain"]),
            Fixtures.place("3", "Tal Abyad", "تل أبيض", 36.70, 38.95, kind: .city, population: 15_000),
        ]
        #expect(resolve(places, "Tal Abyad and Ras al-Ain are under our control.") == ["3", "1"])
        #expect(resolve(places, "تل أبيض ورأس العين تحت سيطرتنا") == ["3", "1"])
    }

    @Test func aSubDistrictSeatIsANameNewsWritesBare() {
        let places = [
            // Seats without a population figure, as GeoNames gives most of them.
            Fixtures.place("1", "Khuwaylid", "خويلد", 35.96, 38.04, kind: .town),
            Fixtures.place("2", "al-Karamah", "الكرامة", 35.93, 39.25, kind: .town),
            Fixtures.place("3", "Zuwaydat", "زويدات", 35.10, 38.20),
        ]
        #expect(resolve(places, "أفادت مصادر باشتباكات في خويلد يوم الاثنين") == ["1"])
        // A hamlet's name stays a word until a cue makes it a place ...
        #expect(resolve(places, "أفادت مصادر باشتباكات في زويدات يوم الاثنين").isEmpty)
        #expect(resolve(places, "أفادت مصادر باشتباكات في قرية زويدات") == ["3"])
        // ... and so does a seat whose name is a word of general Arabic (dignity).
        #expect(resolve(places, "دعا المتظاهرون إلى الكرامة يوم الاثنين").isEmpty)
        #expect(resolve(places, "دخل الجنود بلدة الكرامة يوم الاثنين") == ["2"])
    }

    @Test func borderTwinsStayTwoPlacesAndTheFocusCountryWins() {
        let places = [
            Fixtures.place("1", "Ras al-Ayn", "رأس العين", 36.850, 40.070, kind: .city),
            Fixtures.place("2", "Ceylanpinar", "رأس العين", 36.847, 40.050, kind: .town, population: 30_000, country: "TR",
                           names: ["Ras al-Ayn"]),
        ]
        #expect(resolve(places, "سيطرت الفصائل على مدينة رأس العين") == ["1"])
        #expect(resolve(places, "Rebels captured Ras al-Ain on Monday.") == ["1"])
    }

    @Test func aNamesakeOnlyOutsideTheFocusCountriesStaysUnresolved() {
        let places = [
            Fixtures.place("1", "Old City", "البلدة القديمة", 31.777, 35.234, kind: .town, population: 36_000, country: "PS"),
            Fixtures.place("2", "Gaziantep", "غازي عنتاب", 37.066, 37.383, kind: .city, population: 1_500_000, country: "TR"),
            Fixtures.place("3", "Khirbil", "خربيل", 35.42, 40.05),
        ]
        // A small foreign place is no place of a Syrian report: the mention stays, unplaced.
        let g = Gazetteer(places: places, stopwords: Fixtures.lexicon.stopwords, spellings: Fixtures.lexicon.spellingVariants)
        let found = DocumentAnalyzer(gazetteer: g, lexicon: Fixtures.lexicon).geocode("Government forces took the Old City on Monday.").resolutions
        #expect(found.map(\.mention.text) == ["Old City"] && found.first?.place == nil)
        #expect(found.first?.reason.contains("outside the focus countries") == true)
        // A big neighbouring city stays what it is.
        #expect(resolve(places, "وصل الوفد إلى مدينة غازي عنتاب.") == ["2"])
    }
}

@Suite struct AlternateNamesTests {
    @Test func keepsLatinAndArabicNamesOfWantedPlaces() {
        let text = "1\t171236\tar\tالبغيلية\t\t\t\t\t\t\n2\t171236\tlink\thttps://en.wikipedia.org/x\t\t\t\t\t\t\n3\t171236\tru\tБугайлия\t\t\t\t\t\t\n4\t999\ten\tElsewhere\t\t\t\t\t\t\n"
        let names = AlternateNamesParser().parse(text: text, wanted: ["171236"])
        #expect(names == ["171236": ["البغيلية"]])
    }
}

@Suite struct NewsNamesTests {
    @Test func theNewsNamesReplaceTheDisplayFormsWhichStayNames() throws {
        let table = try NewsNames("# comment\n200\tTabqa\tالطبقة\tGeoNames: Thawrah\n201\tAleppo\n")
        let places = [
            Fixtures.place("200", "Al Thawrah", "الثورة", 35.84, 38.54, kind: .city, population: 70_000),
            Fixtures.place("201", "Halab", "حلب", 36.20, 37.15, kind: .city, population: 1_600_000),
            Fixtures.place("202", "Khirbil", "خربيل", 35.42, 40.05),
        ]
        let named = table.applied(to: places)
        #expect(named.map(\.name) == ["Tabqa", "Aleppo", "Khirbil"])
        #expect(named.map(\.nameAr) == ["الطبقة", "حلب", "خربيل"])
        // The old forms still find the place.
        #expect(named[0].names.contains("Al Thawrah") && named[0].names.contains("الثورة") && named[0].names.contains("الطبقة"))
        let g = Gazetteer(places: named, stopwords: Fixtures.lexicon.stopwords)
        #expect(DocumentAnalyzer(gazetteer: g, lexicon: Fixtures.lexicon).geocode("Fighting in al-Thawrah and Halab.").resolutions.compactMap { $0.place }.count == 2)
        #expect(throws: ParseFailure.self) { try NewsNames("200\n") }
    }
}
