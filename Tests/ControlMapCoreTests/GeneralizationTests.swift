@testable import ControlMapCore
import Testing

/// Constructions of the two languages that the extractor covers as families, each with a
/// sentence written for the test (none is taken from a corpus).
@Suite struct GeneralizationTests {
    struct Seen: Equatable, CustomStringConvertible {
        var kind: String, actor: String?, place: String
        var description: String { "\(kind) \(actor ?? "-") \(place)" }
    }

    func read(_ text: String) -> [Seen] {
        let a = Fixtures.analyzer.analyze(Document(title: "", text: text, published: EventDate("2024-05-16")))
        return a.events.map { Seen(kind: $0.kind.rawValue, actor: $0.actor, place: a.place(of: $0)?.id ?? $0.mention) }
    }

    /// Whether each event read from `text` is told as history.
    func backgroundFlags(_ text: String, published: String = "2024-05-16") -> [Bool] {
        Fixtures.analyzer.analyze(Document(title: "", text: text, published: EventDate(published))).events.map(\.background)
    }

    @Test func aKafrNameWrittenAsOneWordIsTheSamePlace() {
        // "كفر نوران" is also written "كفرنوران", in both scripts, with or without a clitic.
        #expect(read("سيطرت فصائل المعارضة على كفرنوران.") == [Seen(kind: "captured", actor: "rebels", place: "24")])
        #expect(read("سيطرت فصائل المعارضة على خربيل وكفرنوران.").map(\.place) == ["5", "24"])
        #expect(read("Rebels captured Kafrnuran on Monday.") == [Seen(kind: "captured", actor: "rebels", place: "24")])
    }

    @Test func fightersNamedWithoutTheirSideTakeNoEarlierActor() {
        // A bare force noun is a subject, only not a side we know: the army is not carried to it.
        #expect(read("Syrian troops entered Khirbil on Monday. Militants initially took the town of Palmyra on Thursday.")
                == [Seen(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("Syrian troops entered Khirbil on Monday. Some gunmen have also seized Palmyra.").map(\.place) == ["5"])
        // "our forces" are the speaker's: the side the report is about.
        #expect(read("Syrian troops entered Khirbil on Monday. Later our forces completely cleared Palmyra.")
                == [Seen(kind: "captured", actor: "syrian-government", place: "5"), Seen(kind: "captured", actor: "syrian-government", place: "13")])
    }

    @Test func aFirstPersonSubjectIsTheSideThatSpeaks() {
        // "we", "our fighters": the side of the commander, spokesman or officials quoted.
        #expect(read("We have taken Khirbil, a rebel commander said.") == [Seen(kind: "captured", actor: "rebels", place: "5")])
        #expect(read("Our fighters entered Palmyra overnight, Syrian officials said.").map(\.actor) == ["syrian-government"])
        #expect(read("A rebel spokesman said his fighters had captured Khirbil.").map(\.actor) == ["rebels"])
        // The speaker's plans and denials are no events.
        #expect(read("We will take Khirbil, a rebel commander said.").isEmpty)
        #expect(read("We have not lost Khirbil, a rebel commander said.").isEmpty)
    }

    @Test func ourControlAndAnArabicWeAreTheSpeakersSide() {
        #expect(read("\"Raqqa and Palmyra are under our control,\" a rebel commander said.")
                == [Seen(kind: "holds", actor: "rebels", place: "2"), Seen(kind: "holds", actor: "rebels", place: "13")])
        #expect(read("Palmyra is under our control.").isEmpty)
        #expect(read("حررنا مدينة تدمر، قال قائد في قسد.") == [Seen(kind: "captured", actor: "sdf", place: "13")])
        #expect(read("وقال قيادي في فصائل المعارضة: سيطرنا على مدينة تدمر.") == [Seen(kind: "captured", actor: "rebels", place: "13")])
    }

    @Test func itsForcesAndTheirControlAreTheReportingSides() {
        #expect(read("Iraq's military said on Monday its forces had recaptured Bashiqa.").map(\.actor) == ["iraqi-government"])
        #expect(read("In a statement, the rebels said Sarda was now under their control.").map(\.actor) == ["rebels"])
        #expect(read("Sarda was now under their control.").isEmpty)
        #expect(read("Turkey's army captured Raqqa on Monday.").map(\.actor) == ["turkey"])
    }

    @Test func aStateOfTheCountrysideOrProvinceIsNoneOfItsTown() {
        // What lies around X or in its province is held, not X itself.
        #expect(read("تقدمت قوات النظام في ريف تدمر الخاضع لسيطرة فصائل المعارضة.").isEmpty)
        #expect(read("The Palmyra countryside is under rebel control.").isEmpty)
        #expect(read("Much of Nineveh province is still in IS hands.").isEmpty)
        // The town itself still is.
        #expect(read("The town of Palmyra is under rebel control.") == [Seen(kind: "holds", actor: "rebels", place: "13")])
        #expect(read("تعرضت مدينة تدمر الخاضعة لسيطرة فصائل المعارضة للقصف.") == [Seen(kind: "holds", actor: "rebels", place: "13")])
    }

    @Test func quotationMarksMakeACommonWordAName() {
        // Arabic news quotes names: a common word held alone in quotes is one ("more" here).
        #expect(read("سيطرت قوات النظام على \"أكثر\".") == [Seen(kind: "captured", actor: "syrian-government", place: "16")])
        #expect(read("سيطرت قوات النظام على أكثر من عشر قرى.").isEmpty)
        // Quotes around each name of a list break nothing.
        #expect(read("سيطرت قوات النظام على \"خربيل\" و\"سردة\" في ريف دير الزور.").map(\.place) == ["5", "7"])
        #expect(read("سيطرت قوات النظام على «أكثر» و«سردة».").map(\.place) == ["16", "7"])
    }

    @Test func aFarmIsAPlaceOfItsOwn() {
        // "مزرعة X": a farm named after a family or a village is a hamlet, not the village.
        #expect(read("سيطرت قوات النظام على مزرعة خربيل.") == [Seen(kind: "captured", actor: "syrian-government", place: "مزرعة خربيل")])
        #expect(read("سيطرت قوات النظام على قرية سردة ومزرعة الحاج.").map(\.place) == ["7", "مزرعة الحاج"])
    }

    @Test func anAsideOnTheSubjectMayEndBeforeAPerfect() {
        // "Rebels, who ..., have been in control of X": the aside (its own verb too) stands between.
        #expect(read("Syrian rebels, who say they hold much of the north, have been in control of Khirbil for months.")
                == [Seen(kind: "holds", actor: "rebels", place: "5")])
        #expect(read("The rebels, who are backed by Turkey, had taken Khirbil.") == [Seen(kind: "captured", actor: "rebels", place: "5")])
        // Without an aside a present state still needs its holder near.
        #expect(read("Syrian rebels say that for months now the town has been in control of Khirbil.").isEmpty)
    }

    @Test func theObjectOfACausativeVerbDoesTheVerbAfterIt() {
        // "helped Y seize X", "let Y enter X": Y took X, not the subject of "helped".
        #expect(read("Ankara helped rebel groups seize Khirbil.").map(\.actor) == ["rebels"])
        // (An accusation of it is a claim: "Damascus accused Ankara of helping rebel groups seize X".)
        #expect(read("Damascus accused Ankara of helping rebel groups seize Khirbil.").isEmpty)
        #expect(read("The army let the rebels enter Khirbil.").map(\.actor) == ["rebels"])
        #expect(read("Turkish troops seized Khirbil.").map(\.actor) == ["turkey"])
    }

    @Test func landAroundAPlaceDescribedByAParticipleIsNoSiege() {
        // "the farms surrounding it": the participle after a noun of land says where they lie.
        #expect(read("The army retook Khirbil and the farms surrounding it.") == [Seen(kind: "recaptured", actor: "syrian-government", place: "5")])
        #expect(read("Rebels seized the orchards surrounding Khirbil.").isEmpty)
        #expect(read("Government forces are surrounding Khirbil.") == [Seen(kind: "besieged", actor: "syrian-government", place: "5")])
    }

    @Test func aCompoundOfHoldingWithoutItsHyphenStillNamesTheHolder() {
        // "the rebel held town of X", "in government controlled X".
        #expect(read("Jets struck a hospital in the rebel held town of Khirbil.") == [Seen(kind: "holds", actor: "rebels", place: "5")])
        #expect(read("Shells fell in government controlled Palmyra.") == [Seen(kind: "holds", actor: "syrian-government", place: "13")])
        // A noun and a verb are no compound.
        #expect(read("A rebel held the bridge for hours.").isEmpty)
        #expect(read("A rebel holding Khirbil was killed.").isEmpty)
    }

    @Test func anArabicSubjectBeforeAnExpulsionVerbIsTheTaker() {
        // Subject-verb order ("القوات طردت داعش من X"), and the pluperfect with قد between.
        #expect(read("القوات العراقية طردت داعش من الموصل.") == [Seen(kind: "captured", actor: "iraqi-government", place: "14")])
        #expect(read("وكانت القوات العراقية قد طردت داعش من الموصل.").map(\.actor) == ["iraqi-government"])
        // Verb-subject order stays as it was, and a supporter before the verb is not its subject.
        #expect(read("طردت القوات العراقية داعش من الموصل.").map(\.actor) == ["iraqi-government"])
        #expect(read("بدعم من التحالف طردت القوات العراقية داعش من الموصل.").map(\.actor) == ["iraqi-government"])
    }

    @Test func aProvinceBeforeATownOnlySaysWhereItLies() {
        // The province in the possessive, or after "the provincial capital of" and before a comma.
        #expect(read("Rebels seized Deir ez-Zor province's town of Khirbil.") == [Seen(kind: "captured", actor: "rebels", place: "5")])
        #expect(read("IS fighters seized the provincial capital of Nineveh, Mosul, on Sunday.") == [Seen(kind: "captured", actor: "isis", place: "14")])
        #expect(read("IS fighters seized the provincial capital, Raqqa.") == [Seen(kind: "captured", actor: "isis", place: "2")])
        // "much of" was said of the province; the town it includes was taken whole.
        #expect(read("IS fighters seized much of Deir ez-Zor province, including Khirbil.") == [Seen(kind: "captured", actor: "isis", place: "5")])
        #expect(read("IS fighters seized much of Khirbil.") == [Seen(kind: "contested", actor: "isis", place: "5")])
        #expect(read("IS fighters seized Deir ez-Zor province.").isEmpty)
    }

    @Test func anOilfieldNamedAfterAVillageIsNotTheVillage() {
        #expect(read("IS fighters seized the Khirbil oilfield on Sunday.") == [Seen(kind: "captured", actor: "isis", place: "Khirbil oilfield")])
        #expect(read("IS fighters seized the Khirbil oil field.").map(\.place) == ["Khirbil oil field"])
    }

    @Test func aSiteNounAfterAnUnknownNameIsPartOfItsName() {
        // The gazetteer lacks "Zarqa": the site noun says the name is a site's and belongs to it.
        #expect(read("IS fighters seized the Zarqa gas field.") == [Seen(kind: "captured", actor: "isis", place: "Zarqa gas field")])
        #expect(read("The Zarqa pumping station was captured by the rebels on Monday.")
                == [Seen(kind: "captured", actor: "rebels", place: "Zarqa pumping station")])
        #expect(read("The rebels stormed the Zarqa hospital and the Zarqa checkpoint.").map(\.place)
                == ["Zarqa hospital", "Zarqa checkpoint"])
        // "the base" is a military site, not the hospital taken before it.
        #expect(read("The rebels seized the Zarqa hospital. The army later recaptured the base.").map(\.place) == ["Zarqa hospital"])
    }

    @Test func anAdverbMayStandInsideAnAbsoluteClauseOfWith() {
        #expect(read("The battle ended with the rebels fully capturing Khirbil.") == [Seen(kind: "captured", actor: "rebels", place: "5")])
        #expect(read("The battle ended with the rebels capturing Khirbil.") == [Seen(kind: "captured", actor: "rebels", place: "5")])
    }

    @Test func aCuedNameAfterALocativeIsTheVerbsNextObject() {
        // "east of Mosul" says where the hills are; "and the village of Khirbil" is taken too.
        #expect(read("IS fighters seized the hills east of Mosul and the village of Khirbil.") == [Seen(kind: "captured", actor: "isis", place: "5")])
        #expect(read("IS fighters seized the hills near Mosul as well as the town of Khirbil.") == [Seen(kind: "captured", actor: "isis", place: "5")])
        // A bare name after "and" goes on the locative's list.
        #expect(read("IS fighters seized the hills east of Mosul and Palmyra.").isEmpty)
        #expect(read("IS fighters seized the hills between Mosul and the town of Khirbil.").isEmpty)
    }

    @Test func aCompoundBeforeTheHolderOfAStateDescribesTheHolder() {
        // "the US-backed SDF": the compound's words do not push the side out of reach.
        #expect(read("Khirbil is now in the hands of the US-backed SDF.") == [Seen(kind: "holds", actor: "sdf", place: "5")])
        #expect(read("Khirbil is held by the Kurdish-led SDF.") == [Seen(kind: "holds", actor: "sdf", place: "5")])
        #expect(read("Khirbil is now under the control of the Turkish-backed SNA.").map(\.actor) == ["sna"])
    }

    @Test func theirHandsAreTheReportersHands() {
        // "in their hands", as "under their control": the side that says so holds it.
        #expect(read("Iraqi forces said Khirbil was now in their hands.") == [Seen(kind: "holds", actor: "iraqi-government", place: "5")])
        #expect(read("Khirbil was in their hands.").isEmpty)
    }

    @Test func aLeaderSpeaksForHisSidesForces() {
        #expect(read("“Khirbil and Sarda are under our control,” Akar told reporters.").map(\.actor) == ["turkey", "turkey"])
        #expect(read("أعلن الكاظمي تحرير قرية خربيل بالكامل.") == [Seen(kind: "captured", actor: "iraqi-government", place: "5")])
        #expect(read("Mazloum Abdi said his fighters had captured Khirbil.").map(\.actor) == ["sdf"])
        // Only as a subject or a speaker: a visit is no side's act.
        #expect(read("Fighting near Khirbil continued as Akar visited the border.").allSatisfy { $0.actor != "turkey" })
    }

    @Test func aSideThatLeavesOrSpeaksAfterTheNounOfTakingDidNotTakeThePlace() {
        // The noun in an opening clause of time has no subject; the main clause's side took the
        // place only when it goes on acting.
        #expect(read("After the capture of Khirbil, the peshmerga withdrew to Sarda.").allSatisfy { $0.actor != "peshmerga" || $0.kind == "withdrew" })
        #expect(read("Following the capture of Khirbil, Barzani announced his resignation.").isEmpty)
        #expect(read("Following the capture of Khirbil, the SDF advanced on Sarda.") == [Seen(kind: "captured", actor: "sdf", place: "5")])
        // A gerund's subject is the clause's, whatever it does.
        #expect(read("After capturing Khirbil, the SDF said it would advance on Sarda.").map(\.actor) == ["sdf"])
    }

    @Test func aPossessiveOpensAnAppositiveAsAnArticleDoes() {
        // "Iraq's second-largest city", "Idlib's main town": the aside renames the place before it,
        // and a possessive place in it is no item of a list.
        #expect(read("Khirbil, Syria's second-largest town, has been in the hands of IS since 2014.") == [Seen(kind: "holds", actor: "isis", place: "5")])
        #expect(read("Sarda, Khirbil's twin village, was captured by the rebels.") == [Seen(kind: "captured", actor: "rebels", place: "7")])
        #expect(read("Sarda, Khirbil and Mosul are held by the rebels.").map(\.place) == ["7", "5", "14"])
    }

    @Test func portionsSectionsAndSwathsArePartsOfThePlace() {
        #expect(read("IS fighters seized large portions of Khirbil on Friday.") == [Seen(kind: "contested", actor: "isis", place: "5")])
        #expect(read("The rebels captured sections of Khirbil.") == [Seen(kind: "contested", actor: "rebels", place: "5")])
        #expect(read("IS holds swaths of Khirbil.").map(\.kind) == ["contested"])
        // "the X section of the highway" is a stretch of road named after the town, not the town.
        #expect(read("The army took control of the Mosul section of the highway.").allSatisfy { $0.kind != "captured" })
    }

    @Test func anAgentlessPassiveAfterAPushIntoThePlaceIsThePushersTaking() {
        // "stormed into X. The town was cleared": the side that opened the story's advance took it.
        #expect(read("Peshmerga fighters stormed into Khirbil on Friday. The village was fully liberated on Saturday.")
                .contains(Seen(kind: "captured", actor: "peshmerga", place: "5")))
        // A passive that names its agent keeps it.
        #expect(read("IS fighters pushed into Khirbil on Friday. The village was retaken by Kurdish fighters in January.")
                .filter { $0.kind != "contested" }.map(\.actor) == ["sdf"])
    }

    @Test func aPastCopulaAfterItsConjunctionStillPutsTheStateInThePast() {
        // "وكانت X تحت سيطرة Y": the conjunction on the copula does not make the state a present one.
        let seen = Fixtures.analyzer.analyze(Document(title: "", text: "سيطرت قوات النظام على قرية خربيل يوم الأربعاء. وكانت القرية بيد الفصائل منذ عام 2014.",
                                                      published: EventDate("2024-05-16"))).events
        #expect(seen.filter { $0.actor == "rebels" }.allSatisfy { $0.background })
        #expect(seen.contains { $0.actor == "syrian-government" && $0.kind == .captured && !$0.background })
    }

    @Test func aPluperfectAfterByAndATimeIsTheStorysOwnTime() {
        #expect(backgroundFlags("By nightfall, the rebels had captured Khirbil.") == [false])
        #expect(backgroundFlags("By the end of the day, the rebels had captured Khirbil.") == [false])
        // Without the deadline, "had" tells what came before the story.
        #expect(backgroundFlags("The rebels had captured Khirbil in 2014.") == [true])
    }

    @Test func aPlaceThatIsASidesStrongholdIsHeldByIt() {
        #expect(read("Khirbil is an IS bastion.") == [Seen(kind: "holds", actor: "isis", place: "5")])
        #expect(read("Khirbil remains one of the last rebel strongholds in the east.") == [Seen(kind: "holds", actor: "rebels", place: "5")])
        // Another word says something else; a past copula what it was.
        #expect(read("Khirbil is close to an IS stronghold.").isEmpty)
        #expect(read("Khirbil is a former IS stronghold.").isEmpty)
        #expect(read("Khirbil was a rebel stronghold until 2016.").isEmpty)
    }

    @Test func aWordOfTotalityAfterThePartsAndTheirPlaceMakesTheWhole() {
        #expect(read("سيطرت قوات النظام على أحياء مدينة الموصل كافة.") == [Seen(kind: "captured", actor: "syrian-government", place: "14")])
        #expect(read("سيطرت قوات النظام على أحياء الموصل كلها.").map(\.kind) == ["captured"])
        // Without it the neighbourhoods are a part of the city.
        #expect(read("سيطرت قوات النظام على أحياء الموصل الشرقية.").map(\.kind) == ["contested"])
    }

    @Test func aThreatOfTheNounAfterItIsNoEvent() {
        // "threatening the takeover of X": the threat covers the noun right after it, not a verb further on.
        #expect(read("IS is threatening the takeover of more towns, including Palmyra.").isEmpty)
        #expect(read("IS threatened the capture of Palmyra.").isEmpty)
        #expect(read("IS, which threatened Damascus, seized Palmyra.") == [Seen(kind: "captured", actor: "isis", place: "13")])
    }

    @Test func aNounOfPlaceBeforeANameIsItsCueNotAnAnaphor() {
        // "قرية تل منخر": the hill's cue starts the name, the village's stands before it.
        #expect(read("سيطرت قسد على قرية تل منخر.") == [Seen(kind: "captured", actor: "sdf", place: "تل منخر")])
        // Alone, "القرية" still refers back.
        #expect(read("دخلت قسد قرية خربيل، ثم سيطرت على القرية.").map(\.place) == ["5"])
    }

    @Test func aGerundAfterAfterSharesTheSubjectOfTheVerbBeforeIt() {
        // "overrunning forces loyal to Assad": the side the earlier verb's object names did not
        // do the capturing after "after".
        #expect(read("Rebel forces took Palmyra on Thursday, overrunning forces loyal to Assad days after capturing Khirbil.")
                == [Seen(kind: "captured", actor: "rebels", place: "13"), Seen(kind: "captured", actor: "rebels", place: "5")])
        #expect(read("The regime advanced after recapturing Khirbil.").map(\.actor) == ["syrian-government"])
    }

    @Test func aSideThatHelpsIsNoSubject() {
        #expect(read("Rebels helped by Turkey seized Khirbil.").map(\.actor) == ["rebels"])
        #expect(read("Iraqi forces, aided by US air strikes, retook Mosul.").map(\.actor) == ["iraqi-government"])
    }

    @Test func anEnglishObjectRelativeMayOpenWithAnArticle() {
        #expect(read("The army shelled Palmyra, which the rebels captured last week.").contains(Seen(kind: "captured", actor: "rebels", place: "13")))
        #expect(read("The army shelled Palmyra, which rebels captured last week.").contains(Seen(kind: "captured", actor: "rebels", place: "13")))
    }

    @Test func aReportCalledALieIsDenied() {
        #expect(read("Damascus considers the claims of the US-led coalition about the liberation of Raqqa from IS to be lies.").isEmpty)
        #expect(read("وصف الجيش الأنباء عن سيطرة داعش على تدمر بأنها أكاذيب.").isEmpty)
        #expect(read("The US-led coalition announced the liberation of Raqqa from IS.").map(\.place) == ["2"])
    }

    @Test func theEntranceToATownIsNotTheTown() {
        #expect(read("Rebels were in control of the western entrance to Khirbil.").isEmpty)
        #expect(read("سيطرت فصائل المعارضة على المدخل الغربي لبلدة خربيل.").isEmpty)
        #expect(read("Rebels were in control of Khirbil.").map(\.place) == ["5"])
    }

    @Test func aParticipleAfterAClauseOfTimeSharesTheMainSubject() {
        // "after targeting IS positions, ... re-entering X": IS is the object inside the clause of time.
        #expect(read("Rebel fighters launched an assault after targeting IS positions, breaking through the lines and re-entering Khirbil.")
                == [Seen(kind: "recaptured", actor: "rebels", place: "5")])
    }

    @Test func aRelativeAfterAPlaceThatLocatesAnotherSaysNothingOfEither() {
        // "X air base in Y, which IS besieged": which of the two, the clause does not say.
        #expect(read("A helicopter crashed near the Deir ez-Zor airbase in Palmyra, which IS had besieged for a year.").isEmpty)
        #expect(read("Rebels shelled Palmyra, which IS had besieged for a year.").map(\.kind) == ["besieged"])
    }

    @Test func goalsAndObjectivesAreNoEvents() {
        #expect(read("The SDF's subsidiary goals included capturing Raqqa and Khirbil.").isEmpty)
        #expect(read("The objective was to retake Palmyra.").isEmpty)
        #expect(read("The SDF's intention was to isolate Raqqa first, then take control of Khirbil.").isEmpty)
        #expect(read("The army intends to retake Palmyra.").isEmpty)
    }

    @Test func thePronounOnAVerbalNounBeforeItsPlaceIsItsSubject() {
        // "دخولها مدينة X": its entry into X, told by the side that entered.
        #expect(read("أعلنت قوات المعارضة دخولها مدينة تدمر.") == [Seen(kind: "captured", actor: "rebels", place: "13")])
        #expect(read("أعلنت قسد تحريرها قرية خربيل.") == [Seen(kind: "captured", actor: "sdf", place: "5")])
    }

    @Test func aPluralOfThingsTakesAFeminineAdjective() {
        // "مناطق واسعة", "قرى عديدة": wide areas, many villages. ("مناطق" is no cue of names: it
        // is as often followed by "النظام", "خفض التصعيد", "شرق الفرات".)
        #expect(read("سيطرت قوات النظام على مناطق واسعة.").isEmpty)
        #expect(read("سيطرت قوات النظام على قرى عديدة.").isEmpty)
    }

    @Test func neighbourhoodsOfANameThatIsNoTownAreThoseNeighbourhoods() {
        // "the neighborhoods of Domiz and Palestine": names of neighbourhoods the gazetteer lacks.
        #expect(read("Iraqi police freed the neighborhoods of Domiz and Zuhur after days of fighting.").map(\.kind) == ["captured", "captured"])
        #expect(read("Iraqi forces freed the neighborhood of Baladiyat.").map(\.place) == ["Baladiyat"])
        // Of a town, they are a part of it.
        #expect(read("Iraqi forces captured several neighborhoods of Mosul.") == [Seen(kind: "contested", actor: "iraqi-government", place: "14")])
        #expect(read("Iraqi forces retook districts of Mosul.") == [Seen(kind: "contested", actor: "iraqi-government", place: "14")])
    }

    @Test func anAsideThatLocatesAPlaceLeavesTheStateToIt() {
        // "X, 400 km north of Y, has been under Z's control": Y only says where X lies.
        #expect(read("Mosul, 400 km north of Damascus, has been under IS control since June 2014.").map(\.place) == ["14"])
        #expect(read("Khirbil, south of Deir ez-Zor, is under rebel control.") == [Seen(kind: "holds", actor: "rebels", place: "5")])
        #expect(read("Villages near Khirbil are under rebel control.").isEmpty)
    }

    @Test func itAfterAVerbOfAttackIsThePlaceAttacked() {
        #expect(read("Rebels attacked Khirbil and captured it.") == [Seen(kind: "captured", actor: "rebels", place: "5")])
        #expect(read("Rebels shelled Khirbil for days before capturing it.").map(\.place) == ["5"])
        // An invasion from one side, then the capture: "it" is the town invaded.
        #expect(read("Syrian troops invaded the town of Khirbil from the south and quickly took it over.")
                == [Seen(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("The army surrounded Khirbil for weeks before the rebels took it.").contains(Seen(kind: "captured", actor: "rebels", place: "5")))
    }

    @Test func anEnglishThemStandsForAListNeverForOneTown() {
        // The neighbourhoods "them" stands for are not named; Mosul only says where they lie.
        #expect(read("Commandos cleared the neighborhoods in the eastern side of Mosul, after the troops recaptured them from IS.").isEmpty)
        #expect(read("Rebels attacked Khirbil and Sarda and captured them.").map(\.place) == ["5", "7"])
    }

    @Test func aGerundThatIsTheSubjectOfAModalIsNoEvent() {
        #expect(read("US officials said that liberating Raqqa would probably still take much time.").isEmpty)
        #expect(read("Officials said capturing Raqqa will take months.").isEmpty)
        // A gerund of the clause before a modal elsewhere still reports.
        #expect(read("The army shelled Khirbil before capturing Palmyra, which will open the road.").map(\.place) == ["13"])
    }

    @Test func anImpersonalVerbInAnElaboratingClauseSharesTheSubjectBefore() {
        // "تمكن الجيش من تحرير عدة قرى، حيث تم تحرير X": where X was liberated, by the army.
        #expect(read("تمكن الجيش العراقي من تحرير عدة قرى، حيث تم تحرير قرية بعشيقة.") == [Seen(kind: "captured", actor: "iraqi-government", place: "15")])
        #expect(read("هاجم تنظيم داعش بلدة بعشيقة، حيث تقيم عائلات نازحة.").isEmpty)
    }

    @Test func aKnownNameBeginningWithACueWordTakesADirectionAfterIt() {
        // "قرية قصر الشرقية" is East Qaryat al-Qasr, a place of its own, not Qaryat al-Qasr.
        #expect(read("حررت قوات الحشد الشعبي قرية قصر الشرقية.").map(\.place) == ["قرية قصر الشرقية"])
        #expect(read("حررت قوات الحشد الشعبي قرية قصر.").map(\.place) == ["28"])
    }

    @Test func aTownsNeighbourhoodsBeforeAPassiveArePartOfIt() {
        #expect(read("Reinforcements arrived in the Mosul neighborhoods retaken by Iraqi forces.") == [Seen(kind: "contested", actor: "iraqi-government", place: "14")])
        #expect(read("Mosul was retaken by Iraqi forces.") == [Seen(kind: "recaptured", actor: "iraqi-government", place: "14")])
    }

    @Test func fightersEncircledInAPlaceMakeItBesieged() {
        // After a verbal noun the side right after it is the one encircled, and its place the
        // one besieged; the subject stands before the noun.
        let seen = read("تمكنت قوات النظام من تطويق عناصر داعش في مدينة الرقة.")
        #expect(seen == [Seen(kind: "besieged", actor: "syrian-government", place: "2")])
        #expect(Fixtures.events("تمكنت قوات النظام من تطويق عناصر داعش في مدينة الرقة.").map(\.fromActor) == ["isis"])
        #expect(read("The encirclement of IS fighters in Raqqa by Syrian troops was completed.").map(\.place) == ["2"])
    }

    @Test func aSiegeNamesItsBesiegerInARelativeClause() {
        // The side that imposes the siege is its actor, not its loser.
        let seen = [Seen(kind: "besieged", actor: "syrian-government", place: "2")]
        #expect(read("يعاني سكان الرقة من الحصار الذي تفرضه قوات النظام عليها.") == seen)
        #expect(read("يستمر الحصار المفروض من قبل قوات النظام على مدينة الرقة.") == seen)
        #expect(Fixtures.events("يستمر الحصار المفروض من قبل قوات النظام على مدينة الرقة.").map(\.fromActor) == [nil])
        #expect(read("Syrian troops completed the encirclement of Raqqa.") == seen)
    }

    @Test func aSiegeSomeoneMeansToBreakStillStands() {
        // An aim or a failure to break a siege reports no breaking, but the siege it names is there.
        let seen = [Seen(kind: "besieged", actor: "isis", place: "14")]
        #expect(read("The army began an offensive to break the siege imposed by IS on Mosul.") == seen)
        #expect(read("Iraqi troops failed to break the IS siege of Mosul.") == seen)
        #expect(read("بدأ الجيش العراقي هجوما لكسر الحصار الذي يفرضه تنظيم داعش على مدينة الموصل.") == seen)
        // Without a besieger named there is no side to put on the map.
        #expect(read("The army began an offensive to break the siege of Mosul.").isEmpty)
        // An aim to impose a siege is no siege.
        #expect(read("IS tried to impose a siege on Mosul.").isEmpty)
        // A siege the document reports broken is the news, not the siege before it.
        #expect(read("Troops vowed to break the IS siege of Mosul. On Monday they broke the siege of Mosul.").map(\.kind) == ["siege_broken"])
    }

    @Test func aSiegeImposedByASideAndAPlaceBesiegedByIt() {
        let seen = [Seen(kind: "besieged", actor: "syrian-government", place: "2")]
        #expect(read("The siege imposed by Syrian troops on Raqqa entered its third month.") == seen)
        #expect(read("The blockade imposed on Raqqa by Syrian troops caused hunger.") == seen)
        #expect(read("لا تزال مدينة الرقة محاصرة من قبل قوات النظام.") == seen)
        #expect(read("ضيقت قوات النظام الخناق على مدينة الرقة.") == seen)
        #expect(read("Syrian troops tightened the noose around Raqqa.") == seen)
        // The fighters besieged may be described between them and their place.
        #expect(read("Syrian troops tightened the noose on IS fighters trapped in Raqqa.") == seen)
        // "Sanctions imposed by" is no siege.
        #expect(read("Sanctions imposed by Syrian troops on Raqqa hurt traders.").isEmpty)
    }

    @Test func aPeoplesAdjectiveAfterAPlaceDescribesIt() {
        // "التركمانية" after a name or a definite cue is the place's adjective, neither part of
        // its name nor a place of its own.
        #expect(read("سيطر تنظيم داعش على بلدة بعشيقة الكردية.") == [Seen(kind: "captured", actor: "isis", place: "15")])
        #expect(read("سيطر تنظيم داعش على بعشيقة الكردية.") == [Seen(kind: "captured", actor: "isis", place: "15")])
        #expect(read("سيطر تنظيم داعش على القرى الكردية قرب الموصل.").isEmpty)
        #expect(read("سيطر تنظيم داعش على القرى الكردية سردة وكفر نوران.").map(\.place) == ["7", "24"])
    }

    @Test func aHolderTheSentenceNamesForAPlaceItReportsTakenHeldItUntilThen() {
        // However the holding is said, the capture in the same sentence replaces it: the holder
        // is the capture's losing side.
        for text in ["Syrian troops captured Raqqa, a city controlled by IS since 2014.",
                     "Syrian troops captured Raqqa, which had been held by IS.",
                     "سيطرت قوات النظام على مدينة الرقة، أبرز المدن التي يسيطر عليها داعش."] {
            let events = Fixtures.events(text)
            #expect(events.map(\.kind) == [.captured], "\(text)")
            #expect(events.map(\.fromActor) == ["isis"], "\(text)")
        }
        // Held "formerly" is history.
        #expect(Fixtures.events("Raqqa, formerly held by IS, is being rebuilt.").map(\.background) == [true])
    }

    @Test func theConjunctionOnASitesCueIsNoPartOfItsName() {
        let mentions = Fixtures.analyzer.geocode("حررت القوات حي الجزيرة ومركز شرطة الرقة.").resolutions.map(\.mention.text)
        #expect(mentions.contains("مركز شرطة الرقة"))
        #expect(!mentions.contains { $0.hasPrefix("ومركز") })
    }

    @Test func aCommonWordAfterACommaIsNoNextItemOfACuedName() {
        // "مدينة الرقة، أكثر المدن ..." (the most ...): the comma could go on with a list, the
        // common word does not.
        let mentions = Fixtures.analyzer.geocode("قصفت الطائرات مدينة الرقة، أكثر المدن تضررا.").resolutions.map(\.mention.text)
        #expect(mentions == ["الرقة"])
    }

    @Test func capitalizedWordsAfterATownNameSomethingNamedAfterIt() {
        // Taking the hospital, the mosque or the silos named after a town is not taking the town.
        for text in ["Syrian troops captured the Raqqa General Hospital.", "Syrian troops captured the Raqqa Grain Silos.",
                     "Syrian troops captured the Raqqa mosque.", "Syrian troops captured the Raqqa police headquarters."] {
            let events = Fixtures.events(text)
            #expect(events.count == 1, "\(text)")
            #expect(events.allSatisfy { $0.mention.hasPrefix("Raqqa ") }, "\(text)")
            #expect(read(text).allSatisfy { $0.place != "2" }, "\(text)")
        }
        // A weekday or a month is no part of a name, nor is what follows a possessive or an
        // article-like word; a headline in title case capitalizes every word.
        #expect(read("Syrian troops took Raqqa Sunday.").map(\.place) == ["2"])
        #expect(read("Syrian Troops Capture Raqqa From Islamic State Militants").map(\.place) == ["2"])
        #expect(read("IS fighters withdrew from Raqqa as Syrian troops advanced.").map(\.place) == ["2"])
        // A person's name that starts like a village is no place "the town" may refer to.
        #expect(read("Syrian troops entered Raqqa. Ibrahim Binici, a local official, said the army now holds the town.")
                    .map(\.place) == ["2", "2"])
    }

    @Test func aThingOfTheTownIsNotTheTownAndInitialsNameNoPlace() {
        // After "the town's" the noun was taken; a part of the town makes the town contested.
        #expect(read("Rebels entered Raqqa on Monday. The army later captured the town's hospital.").map(\.actor) == ["rebels"])
        #expect(read("Rebels entered Raqqa on Monday. The army later captured the town's eastern districts.")
                == [Seen(kind: "captured", actor: "rebels", place: "2"), Seen(kind: "contested", actor: "syrian-government", place: "2")])
        // An unknown word in capitals is a body's initials.
        #expect(read("The Islamic Front withdrew from the SMC on Monday.").isEmpty)
        // Factions by name are their side's, never a place.
        #expect(read("Jund al-Aqsa fighters captured Raqqa.") == [Seen(kind: "captured", actor: "rebels", place: "2")])
        #expect(read("The Nusra Front expelled Jund al-Aqsa from its ranks.").isEmpty)
    }

    @Test func aTownBeforeASettlementCueAndOfSaysWhereThePlaceLies() {
        // "the Raqqa village of Sarda": Sarda was taken, Raqqa only locates it.
        #expect(read("IS seized the Raqqa village of Sarda on Monday.") == [Seen(kind: "captured", actor: "isis", place: "7")])
        #expect(read("IS seized the Mosul town of Bashiqa.") == [Seen(kind: "captured", actor: "isis", place: "15")])
        // A road named after a town is not the town.
        #expect(read("Syrian troops captured the Raqqa road on Monday.").allSatisfy { $0.place != "2" })
    }

    @Test func aStateWithoutAPlaceBeforeItEndsAtTheNextClause() {
        // The holder of "the province" is not the holder of a place in the clause after the comma.
        #expect(read("The province was once largely held by IS, though parts of Raqqa stayed under government control.")
                == [Seen(kind: "contested", actor: "syrian-government", place: "2")])
        // A list the comma opens is still what the state is about.
        #expect(read("The statement named villages still under the control of IS, including Sarda, Khirbil and Kafr Nuran.").map(\.place)
                == ["7", "5", "24"])
    }

    @Test func aTakingStillGoingOnMakesThePlaceFoughtOver() {
        let fought = [Seen(kind: "contested", actor: "syrian-government", place: "2")]
        #expect(read("تواصل قوات النظام تحرير مدينة الرقة.") == fought)
        #expect(read("تستكمل قوات النظام السيطرة على مدينة الرقة.") == fought)
        #expect(read("Syrian troops continued to clear Raqqa.") == fought)
        #expect(read("Syrian troops are completing the capture of Raqqa.") == fought)
        // Completed, it is a taking; a verb of going on about something else leaves it one.
        #expect(read("استكملت قوات النظام تحرير مدينة الرقة.").map(\.kind) == ["captured"])
        #expect(read("Syrian troops completed the capture of Raqqa.").map(\.kind) == ["captured"])
        #expect(read("Syrian troops continued their advance and captured Raqqa.").map(\.kind) == ["captured"])
        // Beginning is going on too.
        #expect(read("بدأت قوات النظام اقتحام مدينة الرقة.") == fought)
        #expect(read("Syrian troops began storming Raqqa.") == fought)
    }

    @Test func afterAVerbOfEnteringIlaLeadsToWhatWasEntered() {
        #expect(read("دخلت قوات النظام إلى مدينة الرقة.") == [Seen(kind: "captured", actor: "syrian-government", place: "2")])
        #expect(read("دخلت قوات النظام إلى أجزاء من مدينة الرقة.") == [Seen(kind: "contested", actor: "syrian-government", place: "2")])
        // Reaching a place is not entering it.
        #expect(read("وصلت قوات النظام إلى مدينة الرقة.").isEmpty)
    }

    @Test func aPluralCueBeforeACountrysideWaitsForTheNamesAfterIt() {
        // "قرى ريف الرقة الشمالي سردة وخربيل": the villages of the northern Raqqa countryside.
        #expect(read("سيطرت قوات النظام على قرى ريف الرقة الشمالي \u{201C}سردة\u{201D} و\u{201D}خربيل\u{201D}.").map(\.place) == ["7", "5"])
        #expect(read("سيطرت قوات النظام على قرى ريف الرقة الشمالي سردة وخربيل.").map(\.place) == ["7", "5"])
        // With no names after it, the countryside is no village.
        #expect(read("سيطرت قوات النظام على قرى ريف الرقة الشمالي بعد معارك.").isEmpty)
    }

    @Test func aLiberationToldAfterItsPassiveWithAnAdverbIsTheTellersAndAPersonIsNoPlace() {
        // "has been fully liberated": the adverb leaves it a passive; the side that tells it made it.
        #expect(read("Raqqa has been fully liberated, the Syrian army said.") == [Seen(kind: "captured", actor: "syrian-government", place: "2")])
        // The unknown name after a side's word is that side's person, not a place taken.
        #expect(read("Raqqa has been fully liberated, Syrian President Bashar Jaafari said.").allSatisfy { $0.place == "2" })
    }

    @Test func controlExtendedToAPlaceIsItsTaking() {
        let taken = [Seen(kind: "captured", actor: "syrian-government", place: "2")]
        #expect(read("Syrian troops extended their control to Raqqa.") == taken)
        #expect(read("Syrian troops expanded their control over Raqqa.") == taken)
        // "وسعت" (widened) is no "و" + "سعت" (sought), whatever the subject between.
        #expect(read("وسعت قوات النظام سيطرتها لتشمل مدينة الرقة.") == taken)
    }

    @Test func aPlaceAfterToIsNoSubjectOfALaterPassiveAndHelpForAnAimIsAnAim() {
        // "the road, which linked Palmyra to Raqqa before being taken over by IS": the road was taken.
        #expect(read("The road linked Palmyra to Raqqa prior to being taken over by IS fighters.").isEmpty)
        // "to help X recapture Y" is what the help is for; "helped X recapture Y" happened.
        #expect(read("Russia sent jets to help Syrian troops recapture Raqqa.").isEmpty)
        #expect(read("Russian jets helped Syrian troops recapture Raqqa.").map(\.kind) == ["recaptured"])
        // A goal is no taking.
        #expect(read("IS captured Palmyra, with the ultimate goal of capturing Raqqa.").map(\.place) == ["13"])
        #expect(read("Rebels regrouped in order to retake Raqqa.").isEmpty)
        // A stretch of road named after a town is at most a part of it.
        #expect(read("Syrian troops took control of the Raqqa portion of the highway.").map(\.kind) == ["contested"])
    }

    @Test func itsTakingIsTheSubjectsNotTheSideNamedAfterTheEarlierVerb() {
        #expect(read("IS drove Syrian troops out of Palmyra, followed by its capture of Raqqa.")
                == [Seen(kind: "captured", actor: "isis", place: "13"), Seen(kind: "captured", actor: "isis", place: "2")])
    }

    @Test func controlOfTalksOrTheSituationIsNoControlOfTheGround() {
        #expect(read("Turkey took control of the negotiations over Raqqa.").isEmpty)
        #expect(read("سيطرت قوات النظام على الوضع في مدينة الرقة.").isEmpty)
        // Nor are talks about control.
        #expect(read("بحثت روسيا وتركيا السيطرة على مدينة الرقة.").isEmpty)
        #expect(read("ناقشت روسيا وتركيا السيطرة على مدينة الرقة.").isEmpty)
        #expect(read("Russia and Turkey discussed control of Raqqa.").isEmpty)
    }

    @Test func aCueAfterALoneNameMakesItAPlace() {
        // "Al-Bireh village": the cue says it is a place; the only Al-Bireh known is abroad, so it
        // stays unresolved rather than dropped or put abroad.
        let a = Fixtures.analyzer.analyze(Document(title: "", text: "IS fighters captured Al-Bireh village on Monday."))
        #expect(a.events.map(\.mention) == ["Al-Bireh"])
        #expect(a.events.map(\.kind) == [.captured])
        #expect(a.events.allSatisfy { a.place(of: $0) == nil })
    }

    @Test func aPassiveAboutItOrJoinedByAndTakesThePlaceBefore() {
        #expect(read("Civilians could not leave Raqqa because it was surrounded by Syrian troops.")
                == [Seen(kind: "besieged", actor: "syrian-government", place: "2")])
        #expect(read("Raqqa is held by IS and is surrounded by Syrian troops.")
                == [Seen(kind: "holds", actor: "isis", place: "2"), Seen(kind: "besieged", actor: "syrian-government", place: "2")])
        // A repelled attack is no event, whatever "it" stands for.
        #expect(read("Rebels attacked Raqqa on Monday, but it was repelled by Syrian troops.").isEmpty)
    }

    @Test func someAreasOfAPlaceArePartOfIt() {
        #expect(read("استعاد تنظيم داعش سيطرته على بعض مناطق مدينة الموصل.") == [Seen(kind: "contested", actor: "isis", place: "14")])
        #expect(read("سيطرت قوات النظام على عدد من أحياء مدينة الرقة.") == [Seen(kind: "contested", actor: "syrian-government", place: "2")])
        #expect(read("IS regained some parts of Mosul.") == [Seen(kind: "contested", actor: "isis", place: "14")])
    }

    @Test func anArmyWordOpeningAQuotedNameIsAGroupsName() {
        // "فصيل “جيش ...”": a faction's name, not the country's army.
        #expect(read("أعلن فصيل “جيش أحرار الجبل” السيطرة على بلدة خربيل.").allSatisfy { $0.actor != "syrian-government" })
        #expect(read("The “Army of the Mountain” faction captured Khirbil.").allSatisfy { $0.actor != "syrian-government" })
        // A quoted army alone is still the army.
        #expect(read("أعلن “الجيش السوري” السيطرة على بلدة خربيل.").map(\.actor) == ["syrian-government"])
    }

    @Test func aDesertNamedAfterAPlaceIsNotThePlace() {
        #expect(read("Syrian troops retook 60 percent of the Raqqa desert.").allSatisfy { $0.place != "2" })
        #expect(read("سيطرت قوات النظام على مساحات واسعة من بادية الرقة.").allSatisfy { $0.place != "2" })
        #expect(read("Syrian troops retook 60 percent of Raqqa.").map(\.place) == ["2"])
    }

    @Test func namedFactionsAndUnitsAreTheirSidesForces() {
        // The other names of each side: named factions, units, and the words that stand for
        // them in both languages ("gangs", "remnants" and "cells" of a group; its adjective).
        #expect(read("Faylaq al-Sham fighters seized Sarda on Monday.").map(\.actor) == ["rebels"])
        #expect(read("Wagner mercenaries entered Palmyra on Monday.").map(\.actor) == ["russia"])
        #expect(read("Zerevani forces took Bashiqa on Monday.").map(\.actor) == ["peshmerga"])
        #expect(read("Iraqi special operations forces took Bashiqa on Monday.").map(\.actor) == ["iraqi-government"])
        #expect(read("Coalition-backed fighters captured Raqqa on Monday.").map(\.actor) == ["sdf"])
        #expect(read("سيطرت عصابات داعش على بلدة بعشيقة.").map(\.actor) == ["isis"])
        #expect(read("سيطرت فلول التنظيم على بلدة بعشيقة.").map(\.actor) == ["isis"])
        #expect(read("سيطرت العناصر الداعشية على بلدة بعشيقة.").map(\.actor) == ["isis"])
        #expect(read("سيطر فيلق الشام على قرية سردة.").map(\.actor) == ["rebels"])
        // An Iraqi Shiite militia is the PMF in Iraq, an ally of the army in Syria.
        #expect(read("Kataib Hezbollah captured Bashiqa on Monday.").map(\.actor) == ["pmf"])
        #expect(read("Kataib Hezbollah captured Palmyra on Monday.").map(\.actor) == ["iran"])
        #expect(read("حررت القطعات الأمنية ناحية بعشيقة.").map(\.actor) == ["iraqi-government"])
    }

    @Test func aListGoesOnAfterThePlaceItLiesIn() {
        // "A in northern Hama, and the villages of B and C": a new cued list joined after the
        // place the first lies in is more of the same objects, unless it has a verb of its own.
        #expect(read("The rebels captured the town of Sarda in northern Hama, and the villages of Khirbil and Kafr Nuran on Monday.").map(\.place)
                == ["7", "5", "24"])
        #expect(read("The rebels captured Sarda in northern Hama, and the village of Khirbil was shelled by the army.").map(\.place) == ["7"])
        #expect(read("The rebels captured Sarda in northern Hama, and the village of Khirbil came under fire.").map(\.place) == ["7"])
        #expect(read("سيطرت فصائل المعارضة على بلدة سردة في ريف حماة الشمالي، وقرى خربيل وكفرنوران.").map(\.place) == ["7", "5", "24"])
        #expect(read("سيطرت فصائل المعارضة على بلدة سردة في ريف حماة، وقرية خربيل قصفها الطيران.").map(\.place) == ["7"])
    }

    @Test func theSubjectsOwnForcesJoinItAndAStreetIsAPlace() {
        // "قوات النظام وميليشياته": the side's own forces, joined by و with its pronoun, are
        // part of the subject, not words of the object; "شارع X" is a named place.
        #expect(read("سيطرت قوات النظام وميليشياته على شارع الجلاء وقرى سردة وخربيل.").map(\.place) == ["شارع الجلاء", "7", "5"])
        #expect(read("سيطرت قوات النظام وعناصرها على قرية سردة.") == [Seen(kind: "captured", actor: "syrian-government", place: "7")])
    }

    @Test func aTownNamedWithADirectionIsOnlyPartlyTaken() {
        // "eastern Mosul", "central Palmyra": part of the town; "the northern town of X" is a cue.
        #expect(read("Iraqi forces captured eastern Mosul on Monday.") == [Seen(kind: "contested", actor: "iraqi-government", place: "14")])
        #expect(read("Syrian troops rolled into central Palmyra on Monday.") == [Seen(kind: "contested", actor: "syrian-government", place: "13")])
        #expect(read("Iraqi forces captured the northern town of Bashiqa on Monday.") == [Seen(kind: "captured", actor: "iraqi-government", place: "15")])
    }

    @Test func breakingIntoATownOrItsPartsIsFightingInIt() {
        #expect(read("Syrian troops broke into Palmyra on Monday.") == [Seen(kind: "contested", actor: "syrian-government", place: "13")])
        #expect(read("IS fighters have penetrated Palmyra.") == [Seen(kind: "contested", actor: "isis", place: "13")])
        #expect(read("The SDF entered Raqqa's old city on Monday.") == [Seen(kind: "contested", actor: "sdf", place: "2")])
        #expect(read("Iraqi troops seized several districts in Mosul.") == [Seen(kind: "contested", actor: "iraqi-government", place: "14")])
    }

    @Test func aHandoverNamesTheTakerAfterToAndABlowToASideIsNoTaking() {
        #expect(read("The SDF handed Raqqa over to Syrian troops on Monday.") == [Seen(kind: "captured", actor: "syrian-government", place: "2")])
        // After a verb of being, "to" is not who the place went to.
        #expect(read("The SDF's capture of Raqqa was a blow to IS.") == [Seen(kind: "captured", actor: "sdf", place: "2")])
        #expect(read("The army handed a list of demands to the rebels in Raqqa.").isEmpty)
    }

    @Test func wordsOfTakingThatReportNoTaking() {
        // An adjective ("the more secure region of X"), a place swept of mines, explosives left
        // by a side, and places that only say where the held ones lie.
        #expect(read("IS commanders moved cash from Mosul to the more secure region of Raqqa.").isEmpty)
        #expect(read("Syrian army engineers cleared Palmyra of mines on Monday.").isEmpty)
        #expect(read("طهر الجيش مدينة تدمر من الألغام.").isEmpty)
        #expect(read("Sappers cleared Palmyra of explosives left by retreating IS fighters.").isEmpty)
        #expect(read("Iraqi troops cleared Bashiqa of IS militants.") == [Seen(kind: "captured", actor: "iraqi-government", place: "15")])
        #expect(read("Areas near Palmyra remain under IS control.").isEmpty)
        #expect(read("Syrian troops took Sarda, which brings most of the territory east of Raqqa under army control.").map(\.place) == ["7"])
        #expect(read("Much of Palmyra is under IS control.") == [Seen(kind: "contested", actor: "isis", place: "13")])
    }

    @Test func aThingOrPartOfATownIsNotTheTown() {
        // "X's train station" is a thing of the town; "X's eastern half" part of it; "largely
        // under the control of" part; a held area after "rebel-held" says nothing of the rest.
        #expect(read("Syrian troops took control of Raqqa's train station on Monday.").isEmpty)
        #expect(read("Iraqi forces captured Mosul's eastern half.") == [Seen(kind: "contested", actor: "iraqi-government", place: "14")])
        #expect(read("Officials said Palmyra was largely under the control of IS.") == [Seen(kind: "contested", actor: "isis", place: "13")])
        #expect(read("Warplanes struck rebel-held eastern Raqqa.").isEmpty)
        #expect(read("Syrian troops took Sarda, which overlooks rebel-held territory.") == [Seen(kind: "captured", actor: "syrian-government", place: "7")])
    }

    @Test func thingsCapturedAtAPlaceAndPocketsOfIt() {
        #expect(read("Rebels attacked the air base with tanks captured at the Sarda checkpoint.").isEmpty)
        #expect(read("Government forces remained in control of tiny pockets of Raqqa.") == [Seen(kind: "contested", actor: "syrian-government", place: "2")])
    }

    @Test func aPlaceReturnsToASidesControl() {
        #expect(read("عادت مدينة تدمر إلى سيطرة الجيش السوري.") == [Seen(kind: "recaptured", actor: "syrian-government", place: "13")])
        #expect(read("وصلت التعزيزات إلى سيطرة الجيش في تدمر.").isEmpty)
    }

    @Test func factionSpellingsInfinitivesJoinedAndATownAfterAnArticle() {
        // Latin spellings of one Arabic word name the same faction ("Jaysh"/"Jaish", "Failaq").
        #expect(read("Failaq al-Sham fighters captured Sarda.").map(\.actor) == ["rebels"])
        #expect(read("Jaysh al-Islam fighters captured Sarda.").map(\.actor) == ["rebels"])
        // "to capture and secure X" is an aim in both verbs.
        #expect(read("The SDF launched an operation to capture and secure Raqqa.").isEmpty)
        // A town after "a"/"an" names what a thing belongs to.
        #expect(read("Rebels captured most of an Aleppo police academy.").isEmpty)
        // A village "southeast of the city" lies there; the city is not what fell.
        #expect(read("Syrian troops entered Raqqa. Later, Khirbil, a village southeast of the city, fell to the SDF.")
                == [Seen(kind: "captured", actor: "syrian-government", place: "2"), Seen(kind: "captured", actor: "sdf", place: "5")])
    }

    @Test func aModifierBeforeANounOfTakingNamesItsSide() {
        #expect(read("The massacre followed a rebel capture of the village of Sarda.").map(\.actor) == ["rebels"])
        #expect(read("The Kurdish takeover of Raqqa worried Turkey.").map(\.actor) == ["sdf"])
    }

    @Test func aRegionNamedWithItsWordAndPlacesThatOnlyLocate() {
        #expect(read("The SDF captured two villages to the east of Raqqa.").isEmpty)
        #expect(read("The army secured the water supply to Raqqa.").isEmpty)
        #expect(read("Clashes erupted between rebels and government forces in the northern Raqqa Governorate.").isEmpty)
    }

    @Test func theCityCentreIsPartOfTheCity() {
        #expect(read("Syrian troops reached Raqqa on Sunday. A commander said his troops entered the city center on Monday.")
                == [Seen(kind: "contested", actor: "syrian-government", place: "2")])
    }

    @Test func nearMissesAndOperationsReportNoChange() {
        #expect(read("The army nearly encircled Raqqa.").isEmpty)
        #expect(read("كادت قوات النظام تسيطر على مدينة تدمر.").isEmpty)
        #expect(read("An SDF official said that clearing operations were continuing in Raqqa.").isEmpty)
        #expect(read("Syrian troops cleared Sarda on Monday.") == [Seen(kind: "captured", actor: "syrian-government", place: "7")])
    }

    @Test func withASideAndAnIngFormIsThatSidesClause() {
        #expect(read("Fighting continued, with the rebels taking Sarda.") == [Seen(kind: "captured", actor: "rebels", place: "7")])
        #expect(read("Clashes with the rebels erupted in Sarda.").allSatisfy { $0.kind == "contested" })
    }

    @Test func theKurdishPartyIsTheSideOfItsFighters() {
        // The PYD, the YPG's party, and the names its opponents give it.
        #expect(read("Turkish forces cleared the town of Raqqa of PYD/PKK terrorists.") == [Seen(kind: "captured", actor: "turkey", place: "2")])
        #expect(read("Syrian troops said they expelled the Democratic Union Party from Raqqa.").map(\.actor) == ["syrian-government"])
    }

    @Test func aRelativeAsideBetweenCommasLeavesTheSubjectBeforeIt() {
        // The groups the aside names are not the subject of the verb after it.
        #expect(read("The Army of Conquest, which includes the Nusra Front and other factions, has seized Palmyra.")
                == [Seen(kind: "captured", actor: "rebels", place: "13")])
        // Without the closing comma the verb is the aside's own.
        #expect(read("Rebels shelled the town while the Nusra Front, which had seized Palmyra, held out.").map(\.actor) == ["hts"])
    }

    @Test func aSupporterIsNotTheLosingSide() {
        let events = Fixtures.analyzer.analyze(Document(title: "", text: "Rebels, who were backed by Turkey, captured al-Bab.", published: EventDate("2024-05-16"))).events
        #expect(events.map(\.actor) == ["rebels"])
        #expect(events.map(\.fromActor) == [nil])
    }

    @Test func anExpulsionNounAfterAPrepositionTakesTheExpelledAfterIt() {
        // "تمكنت X من طرد Y من Z": the side after the noun was expelled; the subject took Z.
        #expect(read("وتمكنت قوات النظام من طرد داعش من مدينة الرقة.") == [Seen(kind: "captured", actor: "syrian-government", place: "2")])
        #expect(read("طردت قوات النظام داعش من مدينة الرقة.") == [Seen(kind: "captured", actor: "syrian-government", place: "2")])
        // After a reporting verb and its subject, or after the subject as a pronoun.
        #expect(read("أعلنت قوات سوريا الديمقراطية طرد داعش من مدينة الرقة.") == [Seen(kind: "captured", actor: "sdf", place: "2")])
        #expect(read("وقالت قسد إنها طردت عناصر التنظيم من مدينة الرقة.") == [Seen(kind: "captured", actor: "sdf", place: "2")])
        // "expelled the Islamic State from X": the article does not make the side a subject.
        #expect(read("Syrian troops expelled the Islamic State from Raqqa.") == [Seen(kind: "captured", actor: "syrian-government", place: "2")])
    }

    @Test func aParticipleBeforeAPlaceIsItsAdjective() {
        // Who took it and when, the sentence does not say.
        #expect(read("Rebels made gains on Wednesday near the captured city of Palmyra, activists said.") == [])
        #expect(read("Shelling hit villages near the occupied town of Khirbil.") == [])
        // A participle with its place after a noun is still a report.
        #expect(read("Syrian troops have captured the town of Palmyra.") == [Seen(kind: "captured", actor: "syrian-government", place: "13")])
    }

    @Test func aPartOfATownNamedAfterItLeavesTheTownContested() {
        #expect(read("Iraqi forces take new western Mosul neighbourhood") == [Seen(kind: "contested", actor: "iraqi-government", place: "14")])
        #expect(read("Syrian troops retook Palmyra centre on Monday.") == [Seen(kind: "contested", actor: "syrian-government", place: "13")])
        // "المزيد من أحياء مدينة الرقة": more neighbourhoods of the town.
        #expect(read("حررت قوات النظام المزيد من أحياء مدينة الرقة.") == [Seen(kind: "contested", actor: "syrian-government", place: "2")])
        // The district a town is the seat of is the town's.
        #expect(read("Syrian troops took control of the Palmyra district on Monday.") == [Seen(kind: "captured", actor: "syrian-government", place: "13")])
    }

    @Test func aPartNamedByItsDirectionLeavesTheTownContested() {
        // A part noun with a direction adjective, whatever the pair: part of the town changed hands.
        #expect(read("سيطر تنظيم داعش على الجزء الجنوبي من مدينة الرقة.") == [Seen(kind: "contested", actor: "isis", place: "2")])
        #expect(read("سيطر تنظيم داعش على الأحياء الشرقية لمدينة الرقة.") == [Seen(kind: "contested", actor: "isis", place: "2")])
        #expect(read("Islamic State fighters now control the south of Raqqa.") == [Seen(kind: "contested", actor: "isis", place: "2")])
        #expect(read("Islamic State fighters seized the eastern neighbourhoods of Raqqa.") == [Seen(kind: "contested", actor: "isis", place: "2")])
        // "south of X" without the article says where, not what.
        #expect(read("Islamic State fighters seized a village south of Raqqa.") == [])
    }

    @Test func aParticipleWithItsAgentAfterAPhraseOfTimeIsAPassive() {
        // The side after "by" besieged the place; the earlier subject did not.
        #expect(read("Syrian troops held Khirbil. The town of Raqqa, besieged for months by the Islamic State, held out.")
                .contains(Seen(kind: "besieged", actor: "isis", place: "2")))
        #expect(!read("Syrian troops held Khirbil. The town of Raqqa, besieged for months by the Islamic State, held out.")
                .contains { $0.kind == "besieged" && $0.actor == "syrian-government" })
        // "by the SDF" after a date: the article keeps the agent.
        #expect(read("Raqqa was captured last week by the SDF.") == [Seen(kind: "captured", actor: "sdf", place: "2")])
    }

    @Test func announcingControlReportsACapture() {
        #expect(read("The SDF declared its complete control over Raqqa.") == [Seen(kind: "captured", actor: "sdf", place: "2")])
        #expect(read("Rebels announced full control of Palmyra on Sunday.") == [Seen(kind: "captured", actor: "rebels", place: "13")])
    }

    @Test func aReportVerbWithoutASubjectOfItsOwnIsNotTheObjectsBeforeIt() {
        // "... arrested members of IS, then announced control of X": the side arrested is the
        // object of the earlier noun; the announcing side is the sentence's subject.
        #expect(read("سيطرت فصائل المعارضة على خربيل، وتمكنت بعدها من أسر عناصر من داعش، لتعلن السيطرة على مدينة الرقة.")
                == [Seen(kind: "captured", actor: "rebels", place: "5"), Seen(kind: "captured", actor: "rebels", place: "2")])
        // A side right before the verb of saying is still its subject.
        #expect(read("سيطرت فصائل المعارضة على خربيل، وقوات سوريا الديمقراطية أعلنت السيطرة على مدينة الرقة.").map(\.actor)
                == ["rebels", "sdf"])
    }

    @Test func aPlaceAfterALocativeOfDirectionOnlySaysWhereThePassiveSubjectLies() {
        // "in western X", "in the west of X" locate the villages that were taken, as "in X" does.
        for where_ in ["in Raqqa", "in western Raqqa", "in the west of Raqqa"] {
            #expect(read("The villages of Khirbil and Sarda \(where_) were cleared by the rebels.")
                    == [Seen(kind: "captured", actor: "rebels", place: "5"), Seen(kind: "captured", actor: "rebels", place: "7")])
        }
        // A place in a locative is no item of the list, and the part it names is not the next one's.
        #expect(read("The villages of Khirbil in the west of Raqqa and Sarda in western Palmyra were cleared by the rebels.")
                == [Seen(kind: "captured", actor: "rebels", place: "7")])
    }

    @Test func aListWordNamesThePlacesAfterTheLandAroundThem() {
        // "in X and its countryside", "villages and towns": the object goes on to the list word.
        #expect(read("The rebels captured ten villages in Raqqa and its countryside, including Khirbil and Sarda.").map(\.place) == ["5", "7"])
        #expect(read("The rebels seized 14 villages and towns in Raqqa, the most notable being the Khirbil and Sarda.").map(\.place) == ["5", "7"])
        #expect(read("سيطرت الفصائل على عشر قرى في ريف الرقة، في مقدمتها خربيل وسردة.").map(\.place) == ["5", "7"])
        // A building named after its province is the building.
        #expect(read("The army captured several buildings, including the Nineveh Governorate administration building.").allSatisfy { $0.place != "30" })
        // Another verb after "and" still has the list.
        #expect(read("The rebels took Palmyra and shelled other towns, including Khirbil.").map(\.place) == ["13"])
    }

    @Test func aStateIsSaidOfThePlaceBeforeTheLocativeThatLocatesIt() {
        // "X in northern Y is under Z's control": Y only says where X lies.
        for where_ in ["in Raqqa", "in northern Raqqa", "in the north of Raqqa"] {
            #expect(read("Khirbil \(where_) is under rebel control.") == [Seen(kind: "holds", actor: "rebels", place: "5")])
        }
        #expect(read("The villages of Khirbil and Sarda in eastern Raqqa are held by the rebels.").map(\.place) == ["5", "7"])
        // (The air base, which the gazetteer lacks, is besieged, not the village it lies at.)
        #expect(read("The air base at Khirbil in eastern Raqqa was partially besieged by rebel fighters.").map(\.place) == ["air base"])
        #expect(read("قرية خربيل في شمال الرقة تخضع لسيطرة فصائل المعارضة.") == [Seen(kind: "holds", actor: "rebels", place: "5")])
        // Areas near a town, or the west of it, are not the town.
        #expect(read("Areas near Raqqa remain under rebel control.").isEmpty)
        #expect(read("Civilians in Raqqa fled to the west of the city, an area still under IS control.").isEmpty)
    }

    @Test func aPassiveNamesItsAgentAfterPhrasesOfTimeAndManner() {
        #expect(read("Khirbil was captured on Monday in a pre-dawn raid by the rebels.") == [Seen(kind: "captured", actor: "rebels", place: "5")])
        // A part of the place named after the agent is not a part of the place taken.
        #expect(read("Khirbil was also taken by the rebels, along with parts of Sarda.").first == Seen(kind: "captured", actor: "rebels", place: "5"))
        // A statement by a side is not the capture by it.
        #expect(read("Khirbil was captured in an attack, according to a statement by the rebels.").isEmpty)
    }

    @Test func anImperfectAfterBeforeThatIsWhatHappened() {
        // "قبل أن تستعيدها قوات النظام": after a conjunction of time أن makes no wish.
        #expect(read("سيطرت فصائل المعارضة على مدينة الرقة، قبل أن تستعيدها قوات النظام.")
                == [Seen(kind: "captured", actor: "rebels", place: "2"), Seen(kind: "recaptured", actor: "syrian-government", place: "2")])
        // A wish stays a wish.
        #expect(read("تريد قوات النظام أن تستعيد خربيل.").isEmpty)
    }

    @Test func theHandsOfASideHoldThePlace() {
        #expect(read("لا تزال بلدة خربيل في قبضة فصائل المعارضة.") == [Seen(kind: "holds", actor: "rebels", place: "5")])
        // Falling into them, or becoming in them, is a change of hands.
        #expect(read("باتت بلدة خربيل بيد قوات النظام.") == [Seen(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("سقطت مدينة الرقة في يد تنظيم داعش.") == [Seen(kind: "captured", actor: "isis", place: "2")])
        #expect(read("أدى سقوط الرقة بيد داعش إلى نزوح الآلاف.").contains(Seen(kind: "captured", actor: "isis", place: "2")))
        // "بيد أن" is "however".
        #expect(read("سيطرت فصائل المعارضة على خربيل، بيد أن قوات النظام استعادت الرقة.").map(\.actor) == ["rebels", "syrian-government"])
    }

    @Test func anArabicNisbaAgreesWithAPluralOfMen() {
        #expect(Fixtures.events("انسحب الجنود العراقيون من بلدة خربيل.").map(\.fromActor) == ["iraqi-government"])
        #expect(Fixtures.events("انسحب جندي عراقي من بلدة خربيل.").map(\.fromActor) == ["iraqi-government"])
        #expect(read("سيطر المقاتلون الإيرانيون على خربيل.") == [Seen(kind: "captured", actor: "iran", place: "5")])
        #expect(ActorGrammar.soundPlurals(ofNisba: "العراقي") == ["العراقيين", "العراقيون"])
        #expect(ActorGrammar.soundPlurals(ofNisba: "الموالي للنظام").isEmpty)
    }

    @Test func unitsOfASideAreThatSide() {
        // من after a noun of fighters is partitive, before or after the verb.
        #expect(read("أعادت وحدات من جيشنا الباسل الأمن والاستقرار إلى بلدة خربيل.") == [Seen(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("سيطرت عناصر من فصائل المعارضة على بلدة خربيل.") == [Seen(kind: "captured", actor: "rebels", place: "5")])
        #expect(read("عناصر من فصائل المعارضة تسيطر على بلدة خربيل.").map(\.actor) == ["rebels"])
        // "Our army" alone may be anyone's ("جيشنا الحر"): only state media's phrases are the army.
        #expect(read("قال قائد إن جيشنا الحر سيطر على خربيل.").allSatisfy { $0.actor != "syrian-government" })
        // Elsewhere من still names where a side came from or whom it fought.
        #expect(Fixtures.events("طردت قوات النظام عناصر من داعش من بلدة خربيل.").map(\.fromActor) == ["isis"])
    }

    @Test func victoryInAPlacesBattleIsItsCapture() {
        #expect(read("أعلن رئيس الوزراء العراقي النصر في معركة الموصل.") == [Seen(kind: "captured", actor: "iraqi-government", place: "14")])
        // A state's head speaks for its forces.
        #expect(read("قال الرئيس التركي إن قواته سيطرت على مدينة الرقة.").map(\.actor) == ["turkey"])
    }

    @Test func anOilWellIsNamedAfterItsWord() {
        // "بئر نفط X", "حقل نفط X": the well or field, not a village of the same name.
        #expect(read("سيطرت قسد على قرية خربيل وبئر نفط سردة.").map(\.place) == ["5", "بئر نفط سردة"])
    }

    @Test func aPerfectInfinitiveAfterSayingOrSeemingIsADoneThing() {
        // "to have captured" is no aim: it is reported, as a claim.
        for frame in ["were reported to have", "appear to have", "claimed to have", "are said to have"] {
            #expect(read("The rebels \(frame) captured Khirbil.") == [Seen(kind: "captured", actor: "rebels", place: "5")])
        }
        #expect(read("The rebels hope to capture Khirbil.").isEmpty)
        #expect(read("The rebels hope to have captured Khirbil by Friday.").isEmpty)
    }

    @Test func theAirbaseIsAnAirfieldNeverACrossing() {
        #expect(DocumentState.fits(anaphor: "airbase", .airbase))
        #expect(DocumentState.fits(anaphor: "airbase", .airport))
        #expect(!DocumentState.fits(anaphor: "airbase", .crossing))
        #expect(!DocumentState.fits(anaphor: "airbase", .dam))
        #expect(!DocumentState.fits(anaphor: "base", .crossing))
        #expect(DocumentState.fits(anaphor: "base", .brigade))
        #expect(read("Rebels besieged the Deir ez-Zor airbase on Monday. The rebels claimed to have taken the airbase.").map(\.place) == ["8", "8"])
    }

    @Test func aNameBeforeAVerbOfReportingSpeaks() {
        // "and Damascus reported": the capital speaks for its government; it was not taken.
        #expect(read("The rebels confirmed the capture of Raqqa, and Damascus reported heavy losses.").map(\.place) == ["2"])
    }

    @Test func aSuburbOrQuarterNamesTheNameAfterIt() {
        // "the suburb of X", "the quarter of X", "the district of X": X is a name, even one the
        // gazetteer lacks.
        for noun in ["suburb", "quarter", "district"] {
            #expect(read("The SDF took control over the \(noun) of Harqaliya.") == [Seen(kind: "captured", actor: "sdf", place: "Harqaliya")])
        }
    }

    @Test func theSubjectAfterTheLastCommaIsTheVerbs() {
        // A clause before the comma names other sides; the subject of the main verb follows it.
        #expect(read("As the fighting between the army and the rebels raged on, the Islamic State seized Palmyra.").map(\.actor) == ["isis"])
        // An aside after the subject is not one.
        #expect(read("Syrian troops, backed by Russian jets and Hezbollah, took Palmyra.").map(\.actor) == ["syrian-government"])
    }

    @Test func anOutletNamedAfterAStateIsNoSide() {
        // "روسيا اليوم" (Russia Today) broadcast the army's celebration; Russia took nothing.
        #expect(read("عرضت فضائية روسيا اليوم مقطع فيديو لاحتفالات الجيش السوري بعد استعادة مدينة الرقة بالكامل.").map(\.actor)
                == ["syrian-government"])
        // A name in quotation marks after the outlet noun is the outlet's too.
        #expect(read("عرضت قناة \"روسيا اليوم\" مقطع فيديو لاحتفالات الجيش السوري بعد استعادة مدينة الرقة بالكامل.").map(\.actor)
                == ["syrian-government"])
        // Without the noun, "روسيا اليوم" is Russia, today.
        #expect(read("وقالت روسيا اليوم إن قواتها استعادت مدينة الرقة.").map(\.actor) == ["russia"])
    }

    @Test func whatIsPossibleOrAnOperationOfTakingIsNoReport() {
        #expect(read("ومن الممكن أن تسمح السيطرة الكاملة على مدينة الرقة للقوات العراقية بالتقدم.") == [])
        #expect(read("Iraqi forces pressed on with the operations of liberating Mosul on Monday.") == [])
        // The report itself is still one.
        #expect(read("سيطرت القوات العراقية على مدينة الموصل، ومن المتوقع أن تتقدم نحو الرقة.").map(\.place) == ["14"])
    }

    @Test func aPlaceAfterFromIsNotWhatAStateDescribes() {
        // The farms stretch from Damascus; they, not the city, are in rebel hands.
        #expect(read("The area consists of farms stretching northeast from Damascus that has been in rebel hands since 2011.") == [])
        #expect(read("Raqqa, which has been in Islamic State hands since 2014, was bombed.").map(\.place) == ["2"])
    }

    @Test func losingControlToASideIsItsCaptureAndNoHolding() {
        // "lost control of X to Y": Y took X; the loser does not hold it.
        #expect(read("The Islamic State has lost control of Raqqa to the SDF.") == [Seen(kind: "captured", actor: "sdf", place: "2")])
        // "declared victory in X": the capture.
        #expect(read("Iraqi forces declared victory in Mosul on Monday.") == [Seen(kind: "captured", actor: "iraqi-government", place: "14")])
        #expect(read("Iraqi forces declared victory in the battle for Mosul.") == [])
    }

    @Test func fightingThatRagesBetweenSidesContestsThePlace() {
        // One contest between the two sides (the second is its from_actor).
        #expect(read("Fighting raged between the SDF and the Islamic State in Raqqa on Monday.") == [Seen(kind: "contested", actor: "sdf", place: "2")])
        #expect(read("Clashes broke out between the SDF and the Islamic State in Raqqa.") == [Seen(kind: "contested", actor: "sdf", place: "2")])
    }

    @Test func aPlaceInThePossessiveIsTheObjectOfTheNounAfterIt() {
        // "X's capture by rebels": the noun's agent took X, not a side named after it.
        #expect(read("Khirbil's capture by rebels stunned Syrian troops.").map(\.actor) == ["rebels"])
        // "Idlib's Jisr al-Shughour": the possessor only says where the place lies.
        #expect(read("Raqqa's Khirbil was captured by rebels.").map(\.place) == ["5"])
    }

    @Test func overrunningOccupyingAndSweepingAreParadigmsOfCapture() {
        #expect(read("اجتاح مسلحو داعش مدينة الموصل.") == [Seen(kind: "captured", actor: "isis", place: "14")])
        #expect(read("احتلت القوات التركية بلدة خربيل.") == [Seen(kind: "captured", actor: "turkey", place: "5")])
        #expect(read("وتكتسح الفصائل قرية خربيل.").map(\.actor) == ["rebels"])
        // "يحتل" of a rank is no capture.
        #expect(read("تحتل مدينة الرقة مكانة مهمة.") == [])
    }

    @Test func theObjectPronounMayStandInsideAPhrasalVerb() {
        #expect(read("Syrian troops reached Khirbil and took it over on Monday.") == [Seen(kind: "captured", actor: "syrian-government", place: "5")])
        // Without a place named before, "it" stands for nothing known.
        #expect(read("Syrian troops took it over on Monday.") == [])
    }

    @Test func anAdverbMayStandBetweenHasAndTheParticiple() {
        #expect(read("Syrian troops have reportedly taken Khirbil.").map(\.actor) == ["syrian-government"])
        #expect(read("Rebels have finally retaken Khirbil.") == [Seen(kind: "recaptured", actor: "rebels", place: "5")])
        // A participle of "take" in other senses takes no place.
        #expect(read("Steps have been taken to secure Khirbil.").filter { $0.kind == "captured" && $0.actor != nil } == [])
    }

    @Test func aFightGoesOnWithAnAdverbAndABlackFlagIsRaised() {
        #expect(read("Islamic State fighters were still clashing with Iraqi forces in Mosul.").map(\.kind) == ["contested"])
        #expect(read("Islamic State militants raised their black flag over Mosul.") == [Seen(kind: "captured", actor: "isis", place: "14")])
    }

    @Test func theFightingFrameIsEveryOrderOfItsParts() {
        let contest = [Seen(kind: "contested", actor: "sdf", place: "2")]
        // A verb after the noun, the place before the sides.
        #expect(read("Clashes continued in the centre of Raqqa between the SDF and the Islamic State.") == contest)
        #expect(read("معارك ضارية تدور في شوارع مدينة الرقة بين قسد وتنظيم داعش.") == contest)
        #expect(read("تتواصل الاشتباكات العنيفة بين قسد وداعش وسط مدينة الرقة.") == contest)
        // A verb of fighting: its subject and its object (or the side joined to the subject).
        #expect(read("The SDF clashed with Islamic State fighters inside Raqqa.") == contest)
        #expect(read("SDF fighters and Islamic State militants fought street battles in Raqqa.") == contest)
        #expect(read("اشتبكت قسد مع عناصر داعش داخل مدينة الرقة.") == contest)
        // A fight for control of the place contests it; an offensive for it does not.
        #expect(read("The SDF battled the Islamic State for control of Raqqa.") == contest)
        #expect(read("The SDF launched an offensive for control of Raqqa.") == [])
        #expect(read("تدور معارك بين قسد وداعش للسيطرة على مدينة الرقة.") == contest)
        // A fight around the place, a past one, or one of a relative clause is no contest.
        #expect(read("The SDF clashed with Islamic State fighters just south of Raqqa.") == [])
        #expect(read("اشتباكات بين قسد وداعش في محيط مدينة الرقة.") == [])
        #expect(read("The SDF and the Islamic State have clashed in Raqqa on a few occasions.") == [])
        #expect(read("SDF fighters who fought in Raqqa now guard Palmyra.") == [])
        #expect(read("The SDF fought the Islamic State for a week in a desert town far from Raqqa.") == [])
        // The fight of the day goes on with the sides named a sentence before.
        #expect(read("تستمر المعارك بين قسد وداعش في مدينة الرقة. وتركزت معارك اليوم في مدينة تدمر.")
                == contest + [Seen(kind: "contested", actor: "sdf", place: "13")])
        #expect(read("Clashes in Palmyra killed five.") == [])
    }

    @Test func aCountedAnaphorStandsForTheListOfThatManyPlaces() {
        let both = [Seen(kind: "captured", actor: "rebels", place: "5"), Seen(kind: "captured", actor: "rebels", place: "7")]
        #expect(read("تقدمت فصائل المعارضة في محيط قريتي خربيل وسردة، وأعلنت سيطرتها على القريتين.") == both)
        #expect(read("Rebels advanced near the villages of Khirbil and Sarda. On Monday the rebels captured both villages.") == both)
        // A list of another length is not what "the two villages" counts.
        #expect(read("Rebels advanced near the villages of Khirbil, Qulay'a and Sarda. The rebels captured the two villages.") == [])
    }

    @Test func theRecoveryOfControlWithAPronounIsTheHoldersRecapture() {
        // "استعادتها السيطرة": her recovery of control (a noun), not "she recovered it" (a verb).
        #expect(read("أعلنت فصائل المعارضة استعادتها السيطرة على خربيل.") == [Seen(kind: "recaptured", actor: "rebels", place: "5")])
        #expect(read("تقدمت قسد بعد استعادتها السيطرة على خربيل.") == [Seen(kind: "recaptured", actor: "sdf", place: "5")])
    }

    @Test func aDefenceMinistrySpeaksForItsStatesForces() {
        #expect(read("أعلنت وزارة الدفاع الروسية تحرير مدينة تدمر.") == [Seen(kind: "captured", actor: "russia", place: "13")])
        #expect(read("The Russian Defence Ministry announced the liberation of Palmyra.").map(\.actor) == ["russia"])
    }

    @Test func theColloquialPluralAndTheHandsOfASideNameIt() {
        #expect(read("دخل الدواعش بلدة خربيل.") == [Seen(kind: "captured", actor: "isis", place: "5")])
        #expect(read("سقطت مدينة الرقة في أيدي مسلحي داعش.") == [Seen(kind: "captured", actor: "isis", place: "2")])
    }

    @Test func aGroupsNameQuotedAfterItsNounIsOneActor() {
        #expect(read("سيطرت قوات \"غصن الزيتون\" على بلدة خربيل.") == [Seen(kind: "captured", actor: "sna", place: "5")])
        #expect(read("سيطرت قوات «سوريا الديمقراطية» على مدينة الرقة.") == [Seen(kind: "captured", actor: "sdf", place: "2")])
        #expect(read("Pro-Iranian militias seized Khirbil.").map(\.actor) == ["iran"])
    }

    @Test func aPlaceDeclaredTakenIsTheObjectOfTheParticiple() {
        #expect(read("Syrian troops declared Palmyra fully liberated.") == [Seen(kind: "captured", actor: "syrian-government", place: "13")])
        #expect(read("The Syrian president declared Palmyra liberated on Sunday.").map(\.actor) == ["syrian-government"])
        // Not a participle that describes the place: "declared the liberated town a safe zone".
        #expect(read("Syrian troops declared the liberated town of Palmyra a safe zone.") == [])
    }

    @Test func itStandsForThePlaceAForceReached() {
        #expect(read("Iraqi forces reached the town of Bashiqa and took full control of it.")
                == [Seen(kind: "captured", actor: "iraqi-government", place: "15")])
        #expect(read("Iraqi forces met in Bashiqa and later took full control of it.") == [])
    }

    @Test func theOrganizationIsTheIslamicStateOfADocumentThatNamesIt() {
        #expect(read("سيطر تنظيم داعش على الرقة. وفر المقاتلون صوب مدينة الموصل التي يسيطر عليها التنظيم.")
                == [Seen(kind: "captured", actor: "isis", place: "2"), Seen(kind: "holds", actor: "isis", place: "14")])
        #expect(read("فر المقاتلون صوب مدينة الموصل التي يسيطر عليها التنظيم.") == [])
    }

    @Test func shiiteMilitiasAreThePMFInIraqAndIransInSyria() {
        #expect(read("Shiite militias captured Mosul.").map(\.actor) == ["pmf"])
        #expect(read("Shiite militias captured Palmyra.").map(\.actor) == ["iran"])
        #expect(read("سيطرت الميليشيات الشيعية على مدينة تدمر.").map(\.actor) == ["iran"])
        #expect(read("Iraqi counter-terrorism forces captured Mosul.").map(\.actor) == ["iraqi-government"])
    }

    @Test func anExpulsionAfterAReportAndItsSubjectIsAVerbalNoun() {
        let taken = [Seen(kind: "captured", actor: "sdf", place: "5")]
        // An aside on the subject (its backers) and the headline's imperfect report verb.
        #expect(read("أعلنت قوات سوريا الديمقراطية، المدعومة من أمريكا، طرد تنظيم داعش من بلدة خربيل.") == taken)
        #expect(read("قسد تعلن طرد داعش من خربيل شرقي البلاد") == taken)
    }

    @Test func theSideAfterAlaOrSupportedByIsNoSubject() {
        // "القضاء على داعش": the side after على is an object.
        #expect(read("قسد تعلن القضاء على داعش بعد السيطرة على خربيل").map(\.actor) == ["sdf"])
        // "مدعومة بطيران التحالف": the coalition supports; the holder of "سيطرتها" is the subject.
        #expect(read("فرضت قوات عراقية مدعومة بطيران التحالف الدولي سيطرتها على الموصل.").map(\.actor) == ["iraqi-government"])
    }

    @Test func aListBetweenCommasAfterASideIsAnAsideOnTheSubject() {
        #expect(read("Rebel groups, including the Nusra Front, captured Khirbil.") == [Seen(kind: "captured", actor: "rebels", place: "5")])
        #expect(read("فصائل المعارضة، ومن بينها جبهة النصرة، سيطرت على خربيل.") == [Seen(kind: "captured", actor: "rebels", place: "5")])
        #expect(Fixtures.events("Rebel groups, including the Nusra Front, captured Khirbil.").first?.fromActor == nil)
    }

    @Test func aBuildingNamedByCommonWordsIsAnUnresolvedSite() {
        // The building, not the town it stands in, changed hands; it is kept by its own name.
        #expect(read("سيطرت القوات العراقية على مبنى المحافظة في مدينة الموصل.") == [Seen(kind: "captured", actor: "iraqi-government", place: "مبنى المحافظة")])
        #expect(read("حررت قسد المشفى الوطني والملعب البلدي في الرقة.")
                == [Seen(kind: "captured", actor: "sdf", place: "المشفى الوطني"), Seen(kind: "captured", actor: "sdf", place: "الملعب البلدي")])
        // A clause after a definite building noun names nothing.
        #expect(read("وقال إن المبنى الذي سيطرت عليه القوات مدمر.") == [])
    }

    @Test func aVerbJoinedByAndSharesTheSubjectOfTheFirst() {
        // The side inside the first verb's object ("a government checkpoint") is not the subject.
        // (The checkpoint is a site taken of its own.)
        #expect(read("Rebels overran a government checkpoint near Khirbil and took the village.").map(\.actor) == ["rebels", "rebels"])
        #expect(read("Rebels were evacuated under a deal that gives the regime full control of Khirbil.").map(\.actor) == ["syrian-government"])
    }

    @Test func aHeldPlaceThatIsTakenIsNoLongerHeld() {
        // The subject of a passive capture: its holder held it until then.
        #expect(read("The Islamic State-held city of Mosul was recaptured by Iraqi forces on Thursday.")
                == [Seen(kind: "recaptured", actor: "iraqi-government", place: "14")])
        #expect(read("Rebel-held Khirbil fell to Syrian troops.") == [Seen(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("Jets bombed the Islamic State-held city of Mosul.") == [Seen(kind: "holds", actor: "isis", place: "14")])
    }

    @Test func aLiberationWithoutAgentIsTheTellersOwn() {
        #expect(read("The Syrian army said Khirbil had been liberated.").map(\.actor) == ["syrian-government"])
        #expect(read("Khirbil has been liberated, Syrian troops said.").map(\.actor) == ["syrian-government"])
        // Not a capture told by another: who took it is not said.
        #expect(read("Khirbil was captured, Syrian troops said.") == [])
    }

    @Test func subjectToASidesControlIsStandingControl() {
        #expect(read("تخضع مدينة الرقة لسيطرة قسد.") == [Seen(kind: "holds", actor: "sdf", place: "2")])
        // Without the verb, "لسيطرة" is an aim.
        #expect(read("أرسلت قوات النظام تعزيزات لسيطرة أكبر على الرقة.") == [])
    }

    @Test func aWordBetweenFromAndThePlaceQualifiesIt() {
        // The word is read (the place is still found); "central" makes it part of the town.
        #expect(read("Iraqi forces drove the Islamic State from central Mosul.") == [Seen(kind: "contested", actor: "iraqi-government", place: "14")])
    }

    @Test func aListGoesOnThroughANounOfArea() {
        #expect(read("Iraqi forces regained full control over Mosul, the area of Bashiqa and the town of Gharb.").map(\.place) == ["14", "15", "23"])
    }

    @Test func abandoningAPlaceIsAWithdrawal() {
        #expect(read("Syrian troops abandoned the town of Khirbil after heavy shelling.").map(\.kind) == ["withdrew"])
        #expect(read("Residents abandoned their homes in Khirbil.") == [])
    }

    @Test func aPushIntoAPlaceContestsIt() {
        #expect(read("توغلت القوات العراقية في مدينة الموصل.") == [Seen(kind: "contested", actor: "iraqi-government", place: "14")])
        #expect(read("توغلت القوات العراقية باتجاه مدينة الموصل.") == [])
    }

    @Test func aDemandOrACallIsNoReport() {
        #expect(read("طالبت تركيا بانسحاب الوحدات الكردية من مدينة الرقة.") == [])
        #expect(read("Washington urged the SDF to withdraw from Raqqa.") == [])
        #expect(read("The UN called on Syrian troops to lift the siege of Palmyra.") == [])
    }

    @Test func aReportCalledFalseIsDenied() {
        #expect(read("Reports that rebels had captured Khirbil were false, the army said.") == [])
        #expect(read("قال مصدر إن الأنباء عن سيطرة الفصائل على خربيل غير صحيحة.") == [])
        #expect(read("Reports said rebels had captured Khirbil.").map(\.kind) == ["captured"])
    }

    @Test func theFuturePrefixOnAControlVerbIsAPlan() {
        #expect(read("أعلن الجيش أنه سيستعيد السيطرة على خربيل قريبا.") == [])
        #expect(read("وستحرر قواتنا مدينة الرقة.") == [])
        #expect(read("سيطرت قوات النظام على خربيل.") == [Seen(kind: "captured", actor: "syrian-government", place: "5")])
    }

    @Test func aClaimDeniedLaterInTheSentenceIsNoEvent() {
        #expect(read("زعم تنظيم داعش سيطرته على بلدة خربيل، لكن قسد نفت ذلك.") == [])
        #expect(read("The Islamic State claimed it captured Khirbil, but the SDF denied it.") == [])
    }

    @Test func itAfterAControlVerbIsThePlaceTakenBeforeInTheSentence() {
        #expect(read("Islamic State fighters besieged Palmyra and took it within days.")
                == [Seen(kind: "besieged", actor: "isis", place: "13"), Seen(kind: "captured", actor: "isis", place: "13")])
        // Not a place of an earlier sentence: "it" may be a place the text does not name.
        #expect(read("Syrian troops held Palmyra. Soldiers recaptured a village from rebels, hours after the militants seized it.")
                == [Seen(kind: "holds", actor: "syrian-government", place: "13")])
        // Nor a place only said to be where something happened.
        #expect(read("It was the biggest attack on the town in Raqqa province since the jihadists lost it to the army.") == [])
    }

    @Test func aWordWithTheArticleIsANounNotTheVerbItSpells() {
        // "الطوق" (the encirclement) after "فك" (broke) is a siege broken; "طوق" alone is a verb.
        #expect(read("وفك الجيش السوري الطوق عن مدينة دير الزور.") == [Seen(kind: "siege_broken", actor: "syrian-government", place: "1")])
        #expect(read("طوق الجيش السوري مدينة دير الزور.") == [Seen(kind: "besieged", actor: "syrian-government", place: "1")])
    }

    @Test func aPullOutFromPartOfATownIsNoPullOutFromTheTown() {
        // "تراجعت" (retreated) is a pull-out like "انسحبت".
        #expect(read("تراجعت قوات النظام من مدينة الرقة أمام هجوم التنظيم.") == [Seen(kind: "withdrew", actor: nil, place: "2")])
        // From part of it: no event on the town, or a contest when the taker is named.
        #expect(read("انسحبت قوات النظام من الأحياء الشرقية لمدينة الرقة.") == [])
        #expect(read("Syrian troops withdrew from parts of Raqqa, leaving them to the rebels.") == [Seen(kind: "contested", actor: "rebels", place: "2")])
        // "عقب تراجعه من الأحياء الشرقية": the pronoun on the noun is the side that left, not a place.
        #expect(read("أرسل الجيش السوري تعزيزات إلى مدينة الرقة، عقب تراجعه من الأحياء الشرقية.") == [])
        // "الحي الشرقي لمدينة X": part of the town.
        #expect(read("سيطرت فصائل المعارضة على الحي الشرقي لمدينة الرقة.") == [Seen(kind: "contested", actor: "rebels", place: "2")])
    }

    @Test func anEntryWithFightingAfterItContestsThePlace() {
        // Capture or contest, by context: fighting named after the entry is still going on.
        #expect(read("دخلت قوات النظام مدينة الرقة وسط اشتباكات عنيفة مع التنظيم.") == [Seen(kind: "contested", actor: "syrian-government", place: "2")])
        #expect(read("Syrian troops stormed Raqqa amid fierce clashes with the Islamic State.") == [Seen(kind: "contested", actor: "syrian-government", place: "2")])
        // The entry alone, or after the fighting, is the capture.
        #expect(read("دخلت قوات النظام مدينة الرقة بعد معارك عنيفة.") == [Seen(kind: "captured", actor: "syrian-government", place: "2")])
        #expect(read("Rebels entered Raqqa after intense clashes.") == [Seen(kind: "captured", actor: "rebels", place: "2")])
        // Other captures with fighting named stay captures.
        #expect(read("Syrian troops captured Raqqa amid fierce clashes.") == [Seen(kind: "captured", actor: "syrian-government", place: "2")])
    }

    @Test func aReturnToASidesControlIsItsRecapture() {
        #expect(read("Palmyra returned to government control on Sunday.") == [Seen(kind: "recaptured", actor: "syrian-government", place: "13")])
        #expect(read("Palmyra is back under the control of the Syrian army.") == [Seen(kind: "recaptured", actor: "syrian-government", place: "13")])
        // People or troops returning to a place: no change of control.
        #expect(read("Residents returned to government-held Palmyra.") == [Seen(kind: "holds", actor: "syrian-government", place: "13")])
        #expect(read("Syrian troops returned to Palmyra on Sunday.") == [])
        // "are now in control of": standing control.
        #expect(read("Syrian troops are now in control of Palmyra.") == [Seen(kind: "holds", actor: "syrian-government", place: "13")])
    }

    @Test func aSideDoesNotTakeOverFromItself() {
        let events = Fixtures.analyzer.analyze(Document(title: "", text: "Syrian troops withdrew from Palmyra on Monday, but by Friday Syrian special forces were in control of the town.",
                                                        published: EventDate("2024-05-16"))).events
        #expect(events.first.map { [$0.kind.rawValue, $0.actor ?? "-", $0.fromActor ?? "-"] } == ["withdrew", "-", "syrian-government"])
    }

    @Test func aMilitaryAirfieldNamedAfterATownIsNotTheTown() {
        // The siege is of the airfield; the town is not besieged.
        #expect(read("Islamic State militants have surrounded the Palmyra military airfield.").allSatisfy { $0.place != "13" })
        #expect(read("Islamic State militants have surrounded the Palmyra military airfield.").count == 1)
    }

    @Test func comingUnderControlIsAChangeOfHands() {
        #expect(read("The town of Palmyra came under the control of the Syrian army on Monday.") == [Seen(kind: "captured", actor: "syrian-government", place: "13")])
        #expect(read("وباتت مدينة الرقة تحت سيطرة قوات النظام.") == [Seen(kind: "captured", actor: "syrian-government", place: "2")])
        // Standing control stays a holding.
        #expect(read("Palmyra remained under the control of the Syrian army.") == [Seen(kind: "holds", actor: "syrian-government", place: "13")])
        #expect(read("ولا تزال مدينة الرقة تحت سيطرة قوات النظام.") == [Seen(kind: "holds", actor: "syrian-government", place: "2")])
    }

    @Test func aListGoesOnPastAnItemTheGazetteerLacks() {
        #expect(read("سيطرت قوات النظام على (خربيل، القليعة وجبالها، برج الماء، سردة) بعد معارك.").map(\.place) == ["5", "6", "7"])
        // "، برج الرقة،": a word and a name make one item; the name alone is no event.
        #expect(read("سيطرت قوات النظام على (خربيل، القليعة وجبالها، برج الرقة، سردة) بعد معارك.").map(\.place) == ["5", "6", "7"])
        // A capitalized name the gazetteer lacks is an item of its own, kept unresolved.
        #expect(read("Syrian troops captured the villages of Khirbil, Lweibde and Sarda.").map(\.place) == ["5", "Lweibde", "7"])
        #expect(read("Syrian troops captured the villages of Khirbil, al-lweibde and Sarda.").map(\.place) == ["5", "7"])
        // A place after a new verb has no separator of its own: the list ended with the verb.
        #expect(read("سيطرت قوات النظام على خربيل، وقصفت الطائرات سردة.").map(\.place) == ["5"])
    }

    @Test func aControlNounWithItsObjectPronounReportsOnThePlaceBefore() {
        // "واستعادتها" (and its recapture): the noun and the pronoun standing for the place.
        #expect(read("دخلت قوات النظام قرية خربيل واستعادتها فصائل المعارضة بعد يومين.")
                == [Seen(kind: "captured", actor: "syrian-government", place: "5"), Seen(kind: "recaptured", actor: "rebels", place: "5")])
        // "القرى التي تم تحريرها هي": the pronoun stands for the villages the copula lists.
        #expect(read("أعلنت فصائل المعارضة سيطرتها على قرى جديدة، والقرى التي تم تحريرها هي خربيل وسردة.").map(\.place) == ["5", "7"])
        // "لتحريرها" (to liberate it) is a purpose.
        #expect(read("حشدت قوات النظام قرب قرية خربيل لتحريرها.") == [])
    }

    @Test func aFlagRaisedOverAPlaceIsItsCapture() {
        #expect(read("رفعت قوات النظام العلم السوري فوق قرية خربيل.") == [Seen(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("قوات النظام ترفع العلم على قرية خربيل") == [Seen(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("Syrian troops raised the flag over Palmyra on Monday.") == [Seen(kind: "captured", actor: "syrian-government", place: "13")])
        // The flag is no town al-Alam.
        #expect(!read("رفعت قوات النظام العلم فوق قرية خربيل.").contains { $0.place == "22" })
    }

    @Test func aSitesAdjectiveIsNoPartOfItsName() {
        // "الحدودي" (border) describes the crossing: its feminine is a common word.
        let mentions = Fixtures.analyzer.geocode("سيطرت الفصائل على معبر خربيل الحدودي أمس").resolutions.map(\.mention.text)
        #expect(mentions == ["معبر خربيل"])
    }

    @Test func theArabicVerbOfExpulsionNeedsItsSubject() {
        // Subject then the expelled side: a capture by the subject.
        #expect(read("وطردت قوات النظام عناصر التنظيم من قرية خربيل.") == [Seen(kind: "captured", actor: "syrian-government", place: "5")])
        // Only the expelled side named: no capture by it.
        #expect(read("تمكن مقاتلون من طرد مسلحي داعش من قرية خربيل.") == [])
    }

    @Test func villagesWestOfATownAreNotTheTown() {
        // "قرى غرب X": no village called Gharb, and the pronoun after stands for the villages.
        #expect(read("طرد الجيش العراقي مسلحي داعش من أربع قرى غرب الموصل واستعاد السيطرة عليها.") == [])
    }

    @Test func aCommandNamedAfterATownIsNotTheTown() {
        #expect(read("Iraqi forces recaptured the Mosul operations command from ISIS.")
                == [Seen(kind: "recaptured", actor: "iraqi-government", place: "Mosul operations command")])
    }

    @Test func aPartOfTheLastPlaceOfAListIsContested() {
        #expect(read("Iraqi joint forces recaptured Mosul and large parts of Bashiqa from ISIS.")
                == [Seen(kind: "recaptured", actor: "iraqi-government", place: "14"), Seen(kind: "contested", actor: "iraqi-government", place: "15")])
        #expect(read("سيطرت قوات النظام على قرية خربيل وأجزاء من مدينة الرقة.")
                == [Seen(kind: "captured", actor: "syrian-government", place: "5"), Seen(kind: "contested", actor: "syrian-government", place: "2")])
    }

    @Test func aReturnToControlIsARecapture() {
        #expect(read("وعادت فصائل المعارضة للسيطرة على قرية خربيل من جديد.") == [Seen(kind: "recaptured", actor: "rebels", place: "5")])
        #expect(read("ثم عادت قوات النظام إلى السيطرة على قرية خربيل.") == [Seen(kind: "recaptured", actor: "syrian-government", place: "5")])
        // Without the verb of return, "للسيطرة" is a purpose.
        #expect(read("أرسلت قوات النظام تعزيزات للسيطرة على قرية خربيل.") == [])
    }

    @Test func anAreaCueNamesAPlaceOfTheMap() {
        // "منطقة X" is the area of a village or town, not a governorate: its capture is an event.
        #expect(read("سيطرت قوات النظام على منطقة خربيل.") == [Seen(kind: "captured", actor: "syrian-government", place: "5")])
        // The countryside of a city stays a region, no place of the map.
        #expect(read("سيطرت قوات النظام على ريف الرقة.") == [])
    }

    @Test func aTownNameAfterACueTakesNoNextWord() {
        // "غداة" (the day after) follows the town; a hamlet's name may run on, a town's does not.
        let seen = read("سيطرت قوات النظام على مدينة الرقة غداة انسحاب التنظيم منها.")
        #expect(seen.contains(Seen(kind: "captured", actor: "syrian-government", place: "2")))
    }

    @Test func textInArabicPresentationFormsIsRead() {
        // Shaped glyphs left by a PDF: "ﺱﻱﻁﺭ" is سيطر, "ﺥﺭﺏﻱﻝ" is خربيل.
        #expect(read("\u{FEB1}\u{FEF1}\u{FEC1}\u{FEAD} \u{FE97}\u{FEE8}\u{FEC8}\u{FEF4}\u{FEE1} \u{FEA9}\u{FE8D}\u{FECB}\u{FEB5} على \u{FEA5}\u{FEAD}\u{FE8F}\u{FEF1}\u{FEDD}.")
                == [Seen(kind: "captured", actor: "isis", place: "5")])
    }

    @Test func commonWordIsNoPlaceUnlessCued() {
        // "أكثر" (more) is also a hamlet: as a word it names nothing...
        #expect(read("سيطرت قوات النظام على أكثر من عشر قرى في الريف.") == [])
        // ...but a cue word makes it the hamlet.
        #expect(read("سيطرت قوات النظام على قرية أكثر.") == [Seen(kind: "captured", actor: "syrian-government", place: "16")])
    }

    @Test func aKnownWordFollowedByAnUnknownOneIsALongerName() {
        // English: capitalized words right after a one-word match complete its name.
        #expect(read("Government troops captured Khirbil Tahtani on Friday.")
                == [Seen(kind: "captured", actor: "syrian-government", place: "Khirbil Tahtani")])
        #expect(read("Government troops captured Khirbil on Friday.") == [Seen(kind: "captured", actor: "syrian-government", place: "5")])
        // Arabic: only a word that heads many names of the gazetteer ("خربة") is read as a head.
        #expect(read("سيطرت قوات النظام على خربة هويش بعد معارك.")
                == [Seen(kind: "captured", actor: "syrian-government", place: "خربة هويش")])
        #expect(read("سيطرت قوات النظام على خربة غزالة بعد معارك.").map(\.place) == ["18"])
        #expect(read("سيطرت قوات النظام على خربيل المنكوبة بعد معارك.").map(\.place) == ["5"])
    }

    @Test func aFacilityNamedAfterItsTownIsNotTheTown() {
        #expect(read("استعادت القوات العراقية السيطرة على مستشفى الموصل.").map(\.place) == ["مستشفى الموصل"])
        #expect(read("Iraqi troops recaptured the Mosul refinery on Monday.").map(\.place) == ["Mosul refinery"])
        #expect(read("Iraqi troops recaptured Mosul on Monday.").map(\.place) == ["14"])
    }

    @Test func aListGoesOnPastNamesWithTheArticle() {
        // The comma before "al-" is the comma before the name.
        #expect(read("Government troops captured Khirbil, al-Qulay'a and Sarda on Monday.").map(\.place) == ["5", "6", "7"])
        // An article before a later name does not end the list.
        #expect(read("Rebels captured Khirbil, the Deir ez-Zor Air Base and Sarda.").map(\.place) == ["5", "8", "7"])
    }

    @Test func aCopulaBetweenPlacesAndTheirStateIsNoPlace() {
        // ("باتت", became: the state is a change of hands.)
        #expect(read("وقالت الوكالة إن قرى خربيل والقليعة، باتت تحت سيطرة قوات النظام.")
                == [Seen(kind: "captured", actor: "syrian-government", place: "5"), Seen(kind: "captured", actor: "syrian-government", place: "6")])
    }

    @Test func aReportingVerbStartsTheClauseOfItsOwnSubject() {
        #expect(read("The Syrian army confirmed that rebel forces had entered Khirbil after clashes.")
                == [Seen(kind: "captured", actor: "rebels", place: "5")])
        #expect(read("The Joint Military Operations Command said Iraqi forces retook Mosul.")
                == [Seen(kind: "recaptured", actor: "iraqi-government", place: "14")])
    }

    @Test func aCounterattackToRetakeIsAnAttempt() {
        #expect(read("Islamic State fighters launched a counterattack to retake Khirbil.") == [])
        #expect(read("شن تنظيم داعش هجوما معاكسا لاستعادة قرية خربيل.") == [])
    }

    @Test func wordsThatAreAlsoTownsReadAsWordsInTheirFrames() {
        // Raising the flag (العلم) over a town; west (غرب) of a city; a common noun in a list.
        #expect(read("أعلن الحشد تحرير الموصل بالكامل ورفع العلم العراقي فوق مبانيها.").map(\.place) == ["14"])
        #expect(read("طردت قوات البيشمركة مسلحي داعش من قرية خربيل غرب الموصل.").allSatisfy { $0.place != "23" })
        #expect(read("سيطر الجيش على قريتي خربيل وسلسلة جبلية قريبة.").map(\.place) == ["5"])
        // With the article, a common word may be a village's name ("الرومانية", "البريد").
        #expect(read("سيطرت قسد على قرى خربيل والرومانية والبريد.").count == 3)
        // The towns themselves are still read where they are named.
        #expect(read("حررت القوات العراقية بلدة العلم.").map(\.place) == ["22"])
    }

    @Test func aDistrictOrSubDistrictIsItsSeat() {
        #expect(read("حررت القوات العراقية ناحية بعشيقة بالكامل.").map(\.place) == ["15"])
        #expect(read("أعلنت القوات العراقية تحرير قضاء بعشيقة.").map(\.place) == ["15"])
        // The countryside of a city is not the city.
        #expect(read("سيطر الجيش العراقي على ريف الموصل.").allSatisfy { $0.place != "14" })
    }

    @Test func aWithdrawalToAPlaceIsNoWithdrawalFromIt() {
        #expect(read("Islamic State fighters withdrew to the town of Khirbil.") == [])
        #expect(read("انسحب عناصر داعش إلى قرية خربيل.") == [])
        #expect(Fixtures.events("انسحب عناصر داعش من قرية خربيل.").map(\.kind) == [.withdrew])
    }

    @Test func aSurroundingParticipleDescribesNoSiege() {
        #expect(read("Residents of villages surrounding Khirbil fear an attack.") == [])
        #expect(read("The SDF captured Khirbil and surrounding villages.").map(\.kind) == ["captured"])
        #expect(read("Regime forces are surrounding Khirbil.").map(\.kind) == ["besieged"])
    }

    @Test func aThingTakenIsNoPlaceTaken() {
        #expect(read("Rebels seized weapons in Khirbil on Monday.") == [])
        #expect(read("سيطرت قوات النظام على الطريق الرابط بين خربيل والقليعة.") == [])
        #expect(read("Rebels seized Khirbil on Monday.") == [Seen(kind: "captured", actor: "rebels", place: "5")])
    }

    @Test func aNameInCapitalsOpeningTheTextIsADateline() {
        let a = Fixtures.analyzer.analyze(Document(title: "", text: "MOSUL, Iraq \u{2014} Iraqi troops recaptured the town, officials said.",
                                                   published: EventDate("2024-05-16")))
        #expect(a.events.allSatisfy { a.place(of: $0)?.id != "14" })
        let slash = Fixtures.analyzer.analyze(Document(title: "", text: "MOSUL / Iraqi troops liberated 50% of the old city.",
                                                       published: EventDate("2024-05-16")))
        #expect(slash.events.allSatisfy { slash.place(of: $0)?.id != "14" })
    }

    @Test func aCommonWordBehindACliticEndsAName() {
        // "بريفي": "in the countryside of", not the second word of Palmyra's name.
        #expect(read("استعادت القوات الحكومية السورية السيطرة على مدينة تدمر بريفي حمص وحماة.").map(\.place) == ["13"])
    }

    @Test func aCueWordEndsWithItsSentence() {
        let a = Fixtures.analyzer.analyze(Document(title: "Troops vie for control of the liberated town",
                                                   text: "KHIRBIL, Syria \u{2014} Residents returned home on Friday.",
                                                   published: EventDate("2024-05-16")))
        #expect(a.events.isEmpty)
    }

    @Test func anIndefiniteAdjectiveAfterACueIsNoName() {
        // "قرى جديدة": new villages; "جديدة" is also a village's name.
        #expect(read("سيطر تنظيم داعش على قرى جديدة في ريف دير الزور.").allSatisfy { $0.place != "21" })
        #expect(read("سيطر تنظيم داعش على قرية جديدة في ريف دير الزور.").allSatisfy { $0.place != "21" })
    }

    @Test func commonWordsAreNoUnknownProperNames() {
        let geocoded = Fixtures.analyzer.geocode("Operations continued near the Capital, officials said.")
        #expect(geocoded.resolutions.isEmpty)
    }

    @Test func timePhraseBetweenVerbAndObjectKeepsTheClause() {
        #expect(read("وتمكنت قوات النظام بعد منتصف الليل من السيطرة على قرية خربيل.")
                == [Seen(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("Syrian troops captured Khirbil after days of shelling.")
                == [Seen(kind: "captured", actor: "syrian-government", place: "5")])
    }

    @Test func copulaNamesThePlacesOfAnObjectPronoun() {
        let seen = read("وقال المرصد إن القرى التي سيطرت عليها قوات النظام هي خربيل والقليعة وسردة.")
        #expect(seen.map(\.place) == ["5", "6", "7"])
        #expect(seen.allSatisfy { $0.kind == "captured" && $0.actor == "syrian-government" })
    }

    @Test func aCopulaOrColonAfterAPluralCueEnumeratesNamesTheGazetteerLacks() {
        let seen = read("وقال المرصد إن القرى التي سيطرت عليها قوات النظام هي، معرة شمشة، تلمنس، الهبيط.")
        #expect(seen.map(\.place) == ["معرة شمشة", "تلمنس", "الهبيط"])
        #expect(seen.allSatisfy { $0.kind == "captured" && $0.actor == "syrian-government" })
        let colon = read("سيطرت قوات النظام على ثلاث قرى: معرة شمشة، تلمنس والهبيط.")
        #expect(colon.map(\.place) == ["معرة شمشة", "تلمنس", "الهبيط"])
        // The cue with the article ("القرى") is a cue as much as the one without.
        #expect(read("وأعلنت قوات النظام سيطرتها على القرى: خربيل، القليعة، سردة.").map(\.place) == ["5", "6", "7"])
        // A definite adjective after it ("القرى التالية") is no name.
        #expect(Fixtures.analyzer.geocode("القرى التالية: خربيل وسردة").resolutions.allSatisfy { $0.mention.text != "التالية" })
        // Without a plural cue before, a colon opens nothing.
        #expect(read("وقال المصدر: معرة شمشة هادئة.").isEmpty)
    }

    @Test func pronounWithoutCopulaNamesNothing() {
        #expect(read("وقال المرصد إن قوات النظام سيطرت عليها بعد معارك في خربيل.").map(\.place) != ["5"])
    }

    @Test func controlNounAfterAControlVerb() {
        let seen = read("Iraqi forces retook full control over Bashiqa on Sunday.")
        #expect(!seen.isEmpty)
        #expect(seen.allSatisfy { $0.place == "15" && $0.actor == "iraqi-government" })
        #expect(seen.contains { $0.kind == "recaptured" })
    }

    @Test func compoundHolderStatesStandingControl() {
        #expect(read("Jets struck the rebel-held town of Al-Bab on Monday.") == [Seen(kind: "holds", actor: "rebels", place: "10")])
        #expect(read("Shells fell on IS-controlled Raqqa.") == [Seen(kind: "holds", actor: "isis", place: "2")])
        // The singular of a plural alias counts only in the compound: "a rebel commander" is no actor.
        #expect(read("Shells fell on jihadist-held Raqqa.") == [Seen(kind: "holds", actor: "isis", place: "2")])
    }

    @Test func compoundHolderOfAPartIsNoClaimOnTheWhole() {
        #expect(read("Mortars hit government-controlled central Damascus.") == [])
        #expect(read("Jets struck rebel-held eastern Damascus.") == [])
        #expect(read("Troops entered jihadist-held territory near Damascus.") == [])
    }

    @Test func captureAndPullOutInOneSentenceAreOneEvent() {
        let a = Fixtures.analyzer.analyze(Document(title: "", text: "سيطرت قوات النظام على بلدة خربيل بعد انسحاب فصائل المعارضة منها.",
                                                   published: EventDate("2024-05-16")))
        #expect(a.events.map(\.kind) == [.captured])
        #expect(a.events.first?.actor == "syrian-government")
    }

    @Test func pullOutInAnotherSentenceStaysItsOwnReport() {
        let seen = read("Syrian troops captured Khirbil on Monday. On Tuesday the rebels withdrew from Safira.")
        #expect(seen.contains(Seen(kind: "withdrew", actor: nil, place: "12")))
    }

    @Test func pullOutNeedsItsLeaverNamed() {
        // The second sentence's subject is residents, not the army of the first.
        let seen = read("Syrian troops captured Khirbil on Monday. Thousands of residents fled Safira on Tuesday.")
        #expect(!seen.contains { $0.kind == "withdrew" })
    }

    @Test func operationNounNamesNoResult() {
        #expect(read("Hezbollah supported the operation to retake Palmyra.") == [])
        #expect(read("وشاركت القوات الروسية في معركة تحرير تدمر.") == [])
        // An operation noun further away does not block the report.
        #expect(read("After a battle that lasted days, Syrian troops captured Khirbil.")
                == [Seen(kind: "captured", actor: "syrian-government", place: "5")])
    }

    @Test func aCopulaListsTheNamesOfANounItsRelativeClauseDescribes() {
        let taken = { (actor: String, places: [String]) in places.map { Seen(kind: "captured", actor: actor, place: $0) } }
        // A place inside the relative clause says where the villages lie; the copula lists them.
        #expect(read("وأوضح أن القرى التي سيطرت عليها قوات النظام في ريف دير الزور هي، خربيل، القليعة، سردة.")
                == taken("syrian-government", ["5", "6", "7"]))
        // "الجديدة" agrees with the definite noun: the new villages, not the village Jdeideh.
        #expect(read("القرى الجديدة التي سيطرت عليها قوات النظام هي، خربيل، سردة.") == taken("syrian-government", ["5", "7"]))
        #expect(read("The villages captured by government forces are Khirbil, Sarda and Qulay'a.")
                == taken("syrian-government", ["5", "7", "6"]))
        #expect(read("The villages that rebel fighters took near Deir ez-Zor are: Khirbil and Sarda.") == taken("rebels", ["5", "7"]))
        // Without a control verb, the copula only lists.
        #expect(read("The villages near Deir ez-Zor are Khirbil and Sarda.") == [])
        // A plural cue still waiting for its names keeps them ("four neighbourhoods, namely X and Y").
        #expect(read("تمكنت قوات النظام من السيطرة على ثلاث قرى بالكامل هي خربيل وسردة.") == taken("syrian-government", ["5", "7"]))
    }

    @Test func aDirectionBeforeAPlaceSaysWhereTheNameLies() {
        // "شمالي دير الزور" is north of Deir ez-Zor: no part of the name, and Deir ez-Zor no object.
        #expect(read("سيطرت قوات النظام على قرية خربيل شمالي دير الزور.").map(\.place) == ["5"])
        #expect(read("سيطرت قوات النظام على قرية زيتونة جنوبي مدينة دير الزور.").map(\.place) == ["زيتونة"])
        // As the last word of a name it still belongs to it.
        #expect(read("سيطرت قوات النظام على قرية زيتونة الشرقية بعد معارك.").map(\.place) == ["زيتونة الشرقية"])
    }

    @Test func aListOfVillagesGoesOnPastUnknownNamesWithTheArticle() {
        #expect(read("Iraqi forces liberated the villages of Khirbil, al-Sawer and al-Judafiya near Deir ez-Zor.").map(\.place)
                == ["5", "al-Sawer", "al-Judafiya"])
    }

    @Test func aPluralObjectTakesTheNamesListedLaterInTheSentence() {
        let taken = { (places: [String]) in places.map { Seen(kind: "captured", actor: "sdf", place: $0) } }
        #expect(read("SDF fighters took eight villages on Monday, and the villages are Khirbil, Al-Said and Sarda.")
                == taken(["5", "Al-Said", "7"]))
        #expect(read("SDF fighters launched an offensive on Monday. The captured villages include Khirbil and Sarda.")
                == taken(["5", "7"]))
        // Names listed for a noun no verb took are no events.
        #expect(read("SDF fighters shelled eight villages, and the villages are Khirbil and Sarda.") == [])
    }

    @Test func anInfinitiveIsAPurposeUnlessItWasDone() {
        #expect(read("Iraqi forces launched an offensive on Monday to retake Mosul.") == [])
        #expect(read("Islamic State fighters vowed to take Khirbil.") == [])
        #expect(read("Iraqi forces managed to retake Mosul on Monday.") == [Seen(kind: "recaptured", actor: "iraqi-government", place: "14")])
        #expect(read("Islamic State fighters were forced to withdraw from Khirbil.").map(\.kind) == ["withdrew"])
        // A gerund after "to" is no infinitive.
        #expect(read("Rebel fighters took Sarda on Monday, in addition to capturing Khirbil.").map(\.place) == ["7", "5"])
    }

    @Test func aVerbalNounAfterTheArabicPrepositionOfPurposeIsNoEvent() {
        #expect(read("أرسلت قوات النظام تعزيزات لاستعادة السيطرة على خربيل.") == [])
        #expect(read("تقدمت قوات النظام لتحرير خربيل من التنظيم.") == [])
        #expect(read("شن تنظيم الدولة هجوما من أجل السيطرة على سردة.") == [])
        #expect(read("شنت قوات النظام هجوما واسعا لفك الحصار عن خربيل.") == [])
        #expect(read("قالت قوات النظام إنه سيتم تسليم خربيل للأهالي عند اكتمال السيطرة عليها.") == [])
        // Without the preposition the noun reports the event.
        #expect(read("أعلنت قوات النظام استعادة السيطرة على خربيل.") == [Seen(kind: "recaptured", actor: "syrian-government", place: "5")])
    }

    @Test func aNameDoesNotRunAcrossALineBreak() {
        #expect(read("سيطرت قوات النظام على مدينة خربيل\n\nالائتلاف المعارض يعترف بالهزيمة.").map(\.place) == ["5"])
    }

    @Test func aListWordNamesThePlacesOfAGeneralObject() {
        let taken = { (places: [String]) in places.map { Seen(kind: "captured", actor: "syrian-government", place: $0) } }
        #expect(read("Government forces seized several villages in the area, including Khirbil and Sarda.") == taken(["5", "7"]))
        #expect(read("Government forces overran the rest of the pocket, including the town of Khirbil, on Monday.") == taken(["5"]))
        #expect(read("سيطرت قوات النظام على عدد من القرى في المنطقة، بينها خربيل وسردة.") == taken(["5", "7"]))
        // Another verb in between owns the list.
        #expect(read("Government forces seized several villages and shelled others, including Khirbil.") == [])
    }

    @Test func aCommonWordAfterADefiniteCueIsItsAdjective() {
        // "المطار العسكري" is the military airport; "الجديدة" alone is the village Jdeideh.
        #expect(read("سيطر تنظيم داعش على المطار العسكري بعد معارك.").isEmpty)
        #expect(read("سيطرت قوات النظام على قرية الجديدة.").map(\.place) == ["21"])
    }

    @Test func theTurkishBackedArmyByItsAbbreviation() {
        #expect(read("The TFSA captured Khirbil on Monday.").map { $0.actor ?? "-" } == ["sna"])
    }

    @Test func namesInBracketsAreListItems() {
        #expect(read("سيطرت قوات النظام على قرى (كفر نوران) و(خربيل) و(سردة) بعد معارك.").map(\.place) == ["24", "5", "7"])
        // A bracket after a name still qualifies it.
        #expect(read("سيطرت قوات النظام على قرى خربيل (شرق) وسردة.").map(\.place) == ["5", "7"])
    }

    @Test func aVerbTakesNoPrepositionGluedToIt() {
        // ب and ك go before nouns: "كفر" opens a name, it is not ك + فر (fled).
        #expect(read("سيطرت فصائل المعارضة على بلدة كفر نوران.") == [Seen(kind: "captured", actor: "rebels", place: "24")])
        // و still joins a verb, and ب a verbal noun.
        #expect(read("وفر مقاتلو التنظيم من خربيل بعد المعارك.").map(\.kind) == ["withdrew"])
        #expect(read("رحب الأهالي بسيطرة فصائل المعارضة على سردة.") == [Seen(kind: "captured", actor: "rebels", place: "7")])
    }
}

/// The actor grammar of actor-forms.tsv: force nouns joined to whose forces they are.
@Suite struct ActorGrammarTests {
    func read(_ text: String) -> [GeneralizationTests.Seen] { GeneralizationTests().read(text) }

    @Test func affiliatesAndNamedUnitsAreTheirActor() {
        #expect(read("سيطر جيش خالد بن الوليد على قرية خربيل.") == [.init(kind: "captured", actor: "isis", place: "5")])
        // In a Syrian village an Iraqi militia fights beside the army (Iran's militias).
        #expect(read("سيطرت كتائب حزب الله على قرية خربيل.") == [.init(kind: "captured", actor: "iran", place: "5")])
        #expect(read("The Badr Organization captured Khirbil on Monday.") == [.init(kind: "captured", actor: "pmf", place: "5")])
        #expect(read("The Manbij Military Council captured Khirbil on Monday.") == [.init(kind: "captured", actor: "sdf", place: "5")])
    }

    @Test func arabicConstructAndAdjectiveFormsNameTheActor() {
        #expect(read("سيطر مسلحو التنظيم على قرية خربيل.") == [.init(kind: "captured", actor: "isis", place: "5")])
        #expect(read("وسيطرت ميليشيات نظام الأسد على قرية خربيل.") == [.init(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("سيطرت القوات التركية على مدينة الباب.") == [.init(kind: "captured", actor: "turkey", place: "10")])
    }

    @Test func arabicForcesNamedAfterTheirPatronAreItsSide() {
        // "الموالية ل"، "التابعة ل"، "المدعومة من": the patron's side, ل glued to it ("للنظام").
        #expect(read("سيطرت الفصائل التابعة لتركيا على قرية خربيل.") == [.init(kind: "captured", actor: "sna", place: "5")])
        #expect(read("سيطرت القوات التابعة للنظام على قرية خربيل.") == [.init(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("سيطرت الميليشيات المدعومة من إيران على قرية خربيل.") == [.init(kind: "captured", actor: "iran", place: "5")])
        let g = try? ActorGrammar("ar-definite\tarmed\t-\tالفصائل\nar-patron\tarmed\tsna\tتركيا\nar-patron\tany\tsyrian-government\tالنظام\n"
                                  + "ar-patron-link\tany\t-\tالموالية ل\nar-patron-link\tany\t-\tالمدعومة من\n")
        let made = Set((g?.phrases() ?? []).map { "\($0.phrase) \($0.actor)" })
        #expect(made == ["الفصائل الموالية لتركيا sna", "الفصائل المدعومة من تركيا sna",
                         "الفصائل الموالية للنظام syrian-government", "الفصائل المدعومة من النظام syrian-government"])
    }

    @Test func aPeoplesAdjectiveMayStandBetweenAnArabicForceAndItsPatron() {
        #expect(read("سيطرت الفصائل السورية الموالية لتركيا على قرية خربيل.") == [.init(kind: "captured", actor: "sna", place: "5")])
        let g = try? ActorGrammar("ar-definite\tarmed\t-\tالفصائل\nar-patron\tarmed\tsna\tتركيا\nar-patron-link\tany\t-\tالموالية ل\n"
                                  + "ar-qualifier\tany\t-\tالسورية\nar-adjective\tarmed\tsna\tالمدعومة من تركيا\nar-adjective\tarmed\trebels\tالمعارضة\n")
        let made = Set((g?.phrases() ?? []).map { "\($0.phrase) \($0.actor)" })
        #expect(made.contains("الفصائل السورية الموالية لتركيا sna"))
        #expect(made.contains("الفصائل السورية المدعومة من تركيا sna"))
        // A one-word adjective after the qualifier is no patron: "الفصائل السورية المعارضة" stays
        // with the words the grammar already reads.
        #expect(!made.contains("الفصائل السورية المعارضة rebels"))
    }

    @Test func aPlaceAfterAWordOfBelongingLocatesThePlaceBefore() {
        // "الناحية التابعة لقضاء X": X says where the sub-district lies; it was not taken.
        #expect(read("قال المدير إن مسلحي داعش فرضوا سيطرتهم على الناحية التابعة لمدينة تدمر.").allSatisfy { $0.place != "13" })
        #expect(read("سيطرت قوات النظام على قرية خربيل التابعة لمدينة تدمر.").map(\.place) == ["5"])
    }

    @Test func englishModifierAndNounNameTheActor() {
        #expect(read("Turkish soldiers captured Al-Bab on Monday.") == [.init(kind: "captured", actor: "turkey", place: "10")])
        #expect(read("Daesh gunmen captured Khirbil on Monday.") == [.init(kind: "captured", actor: "isis", place: "5")])
    }

    @Test func aStateModifierNeverMakesAnArmedGroupTheArmy() {
        // "Syrian fighters" are not the Syrian army.
        #expect(read("Syrian fighters captured Khirbil on Monday.").allSatisfy { $0.actor != "syrian-government" })
        #expect(Fixtures.lexicon.actors.exactValue("Syrian fighters") == nil)
        #expect(Fixtures.lexicon.actors.exactValue("Syrian troops")?.actor == "syrian-government")
    }

    @Test func anAbbreviationInAFormStillNeedsCapitals() {
        #expect(Fixtures.lexicon.actors.exactValue("IS fighters")?.upperCaseWords == 1)
        #expect(Fixtures.lexicon.actors.exactValue("regime fighters")?.upperCaseWords == 0)
    }

    @Test func wordClassesAreDataAndTheirRowsAreChecked() {
        // "إلى" is written with its hamza and alif maqsura; the text's folded key finds it.
        #expect(Fixtures.lexicon.isWord(MatchKey.fold("إلى"), .destination))
        #expect(!Fixtures.lexicon.isWord("from", .destination))
        #expect(throws: ParseFailure.self) {
            try ExtractionLexicon(.init(actors: "", sides: "", predicates: "", cues: "", dates: "", placeCues: "", stopwords: "",
                                        wordClasses: "adverb\tquickly\n"))
        }
    }

    @Test func rowsAreChecked() {
        #expect(throws: ParseFailure.self) { try ActorGrammar("en-noun\tstate\tisis\ttroops\n") }
        #expect(throws: ParseFailure.self) { try ActorGrammar("en-modifier\tstate\t-\tTurkish\n") }
        #expect(throws: ParseFailure.self) { try ActorGrammar("noun\tstate\t-\ttroops\n") }
        let g = try? ActorGrammar("en-noun\tarmed\t-\trebels\nen-noun\tstate\t-\ttroops\nen-modifier\tstate\tturkey\tTurkish\n")
        #expect(g?.phrases().map(\.phrase) == ["Turkish troops"])
    }
}

/// Names that stand for an actor only in some frames.
@Suite struct ActorFrameTests {
    func read(_ text: String) -> [GeneralizationTests.Seen] { GeneralizationTests().read(text) }

    @Test func aCountryRightBeforeAControlVerbIsItsGovernment() {
        #expect(read("Iraq retakes Mosul from the jihadists") == [.init(kind: "recaptured", actor: "iraqi-government", place: "14")])
        #expect(read("العراق يستعيد الموصل من داعش") == [.init(kind: "recaptured", actor: "iraqi-government", place: "14")])
        // Elsewhere a country names no one.
        #expect(read("In Syria, rebels captured Khirbil on Monday.") == [.init(kind: "captured", actor: "rebels", place: "5")])
    }

    @Test func factionsAreTheRebels() {
        #expect(read("The factions captured Khirbil on Monday.") == [.init(kind: "captured", actor: "rebels", place: "5")])
    }

    @Test func aNamedArmyIsNotTheCountrysArmy() {
        #expect(read("The Fateh Army captured Khirbil on Monday.").allSatisfy { $0.actor != "syrian-government" })
        #expect(read("The army captured Khirbil on Monday.") == [.init(kind: "captured", actor: "syrian-government", place: "5")])
    }

    @Test func rebelsBesideTurkeyAgainstTheSDFAreTheTurkishBackedFactions() {
        #expect(read("Rebels backed by Turkish troops captured Khirbil from the SDF.").map(\.actor) == ["sna"])
        #expect(read("Rebels captured Khirbil from the SDF.").map(\.actor) == ["rebels"])
    }
}

/// Control verbs made from paradigms (predicate-forms.tsv).
@Suite struct PredicateGrammarTests {
    func read(_ text: String) -> [GeneralizationTests.Seen] { GeneralizationTests().read(text) }

    @Test func theClashFrameMakesEveryCombinationOfItsParts() throws {
        let rows = ["clash\tnoun\tfighting", "clash\tadjective\theavy", "clash\tverb-after\traged", "clash\tlink\tbetween",
                    "clash\tnoun\tمعارك", "clash\tadjective\tعنيفة", "clash\tverb-before\tتدور", "clash\tverb-after\tمستمرة",
                    "clash\tlink\tفي", "clash\tverb\tclashed with"]
        let made = try PredicateGrammar(rows.joined(separator: "\n")).phrases()
        let phrases = Dictionary(made.map { ($0.phrase, $0.predicate.voice) }, uniquingKeysWith: { a, _ in a })
        for p in ["fighting between", "heavy fighting between", "heavy fighting raged between", "fighting raged between",
                  "معارك في", "المعارك العنيفة في", "معارك عنيفة مستمرة في", "تدور معارك", "تدور المعارك العنيفة في"] {
            #expect(phrases[p] == .clash, "\(p)")
        }
        // The verb on one side of the Arabic noun only; an English verb of fighting has a subject.
        #expect(phrases["تدور معارك مستمرة في"] == nil)
        #expect(phrases["clashed with"] == .fight)
        #expect(throws: ParseFailure.self) { try PredicateGrammar("clash\tadverb\tfiercely\n") }
    }

    @Test func anObjectSlotStandsForEveryDeterminerWithEveryNoun() throws {
        let rows = ["object\t{forces}\tits;most of their\tfighters;troops", "en-verb\twithdrew\tpull\tpulls\tpulled\tpulled\tpulling\t{forces} out of"]
        let phrases = Set(try PredicateGrammar(rows.joined(separator: "\n")).phrases().map(\.phrase))
        for p in ["pulled its fighters out of", "pulling most of their troops out of", "has pulled its troops out of"] { #expect(phrases.contains(p), "\(p)") }
        #expect(!phrases.contains("pulled out of") && !phrases.contains("pulled {forces} out of"))
        #expect(throws: ParseFailure.self) { try PredicateGrammar("object\tforces\tits\tfighters\n") }
        #expect(throws: ParseFailure.self) { try PredicateGrammar("object\t{forces}\t\tfighters\n") }
    }

    @Test func anArabicVerbalNounTakesEveryPossessivePronoun() throws {
        let phrases = try PredicateGrammar("ar-noun\trecaptured\tاستعادة\tسيطرت{ه}\n").phrases()
        let made = Dictionary(phrases.map { ($0.phrase, $0.predicate) }, uniquingKeysWith: { a, _ in a })
        for p in ["استعادة سيطرته", "استعادة سيطرتها", "استعادة سيطرتهم", "استعادة سيطرتهما", "استعادة سيطرتنا"] {
            #expect(made[p]?.kind == .recaptured && made[p]?.voice == .nominal, "\(p)")
        }
        #expect(throws: ParseFailure.self) { try PredicateGrammar("ar-noun\trecaptured\tاستعادة\tالسيطرة\n") }
    }

    @Test func arabicPersonsAndNumbersFollowFromTwoStems() {
        let forms = PredicateGrammar.arabicForms(perfect: "استولى", imperfect: "يستولي").map(\.0)
        for f in ["استولى", "استولت", "استولوا", "يستولي", "تستولي", "يستولون", "استولينا", "نستولي"] { #expect(forms.contains(f)) }
        #expect(PredicateGrammar.arabicForms(perfect: "حرر", imperfect: "يحرر").map(\.0).contains("حررنا"))
        let lexicon = Fixtures.lexicon
        #expect(lexicon.predicates.exactValue("بسطوا سيطرتهم")?.kind == .captured)
        #expect(lexicon.predicates.exactValue("تبسط سيطرتها")?.kind == .captured)
        #expect(lexicon.predicates.exactValue("بسطوا سيطرتها") == nil)
        #expect(lexicon.predicates.exactValue("بسطنا سيطرتنا")?.kind == .captured)
    }

    @Test func theExpelledSideIsTheLoserAndThePlaceAfterFromTheObject() {
        #expect(Fixtures.events("Iraqi forces expelled Islamic State fighters from Mosul on Monday.").map { "\($0.kind) \($0.actor ?? "-") \($0.fromActor ?? "-")" }
                == ["captured iraqi-government isis"])
        #expect(Fixtures.events("طردت قوات النظام عناصر التنظيم من خربيل بعد معارك.").map { "\($0.kind) \($0.actor ?? "-") \($0.fromActor ?? "-")" }
                == ["captured syrian-government isis"])
        // Without an expelled side, a place after "from" is where the fighters came from.
        #expect(read("Iraqi forces captured Bashiqa, advancing from Mosul.").map(\.place) == ["15"])
    }

    @Test func anExpulsionNeedsTheExpelledSideAndALossItsTaker() {
        let taken = [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "5")]
        #expect(read("Government forces drove rebel fighters out of Khirbil.") == taken)
        #expect(Fixtures.events("Government forces drove rebel fighters out of Khirbil.").first?.fromActor == "rebels")
        #expect(read("The army drove into Khirbil on Monday.") == [])
        #expect(read("Rebel fighters lost Khirbil to government forces on Monday.") == taken)
        #expect(Fixtures.events("Rebel fighters lost Khirbil to government forces on Monday.").first?.fromActor == "rebels")
        #expect(read("خسرت فصائل المعارضة قرية خربيل لصالح قوات النظام.") == taken)
        #expect(read("Rebel fighters lost 20 men near Khirbil.") == [])
    }

    @Test func aSideAfterToOrByMayTakeAnArticleOrAnAdjective() {
        let taken = [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "5")]
        #expect(read("Rebel fighters lost Khirbil to the advancing government forces.") == taken)
        #expect(Fixtures.events("Rebel fighters lost Khirbil to the advancing government forces.").first?.fromActor == "rebels")
    }

    @Test func forcesAreNamedAfterTheOneTheyAnswerTo() {
        let taken = [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "5")]
        #expect(read("Forces loyal to President Bashar al-Assad seized Khirbil on Monday.") == taken)
        #expect(read("Militias allied with the Syrian government seized Khirbil.") == taken)
        #expect(read("Fighters loyal to the Islamic State seized Khirbil.") == [.init(kind: "captured", actor: "isis", place: "5")])
        // A state's troops answer to no armed group's patron.
        #expect(Fixtures.lexicon.actors.exactValue("troops loyal to Turkey") == nil)
    }

    @Test func aPossessiveSaysWhereThePlaceLies() {
        // "Deir ez-Zor's Khirbil" is Khirbil, not a place named "Deir ez-Zor Khirbil", nor Deir ez-Zor.
        #expect(read("Government forces captured Deir ez-Zor's Khirbil on Monday.") == [.init(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("Iraqi forces routed Islamic State from Mosul.") == [.init(kind: "captured", actor: "iraqi-government", place: "14")])
    }

    @Test func aCaptureNounNamesItsOwnAgent() {
        let taken = [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "5")]
        #expect(read("Rebel commanders admitted the seizure of Khirbil by government forces.") == taken)
        #expect(read("The fall of Khirbil to government forces was confirmed on Monday.") == taken)
        // Without the side it fell to, "the fall of" names no one.
        #expect(read("Rebels mourned the fall of Khirbil.") == [])
        #expect(read("Government troops re-entered Khirbil on Monday.") == [.init(kind: "recaptured", actor: "syrian-government", place: "5")])
    }

    @Test func thePronounOnANounOfHoldingNamesTheSideBeforeIt() {
        func who(_ text: String) -> [String] { read(text).filter { $0.place == "5" }.map { $0.actor ?? "-" } }
        // The side right before "سيطرتها" holds the place, not the subject of an earlier verb.
        #expect(who("شهد الريف انسحاب قوات النظام من قرية سردة، تزامنا مع إعلان المعارضة سيطرتها على قرية خربيل.") == ["rebels"])
        #expect(who("استمرت المعارك بين تنظيم داعش وقوات النظام، ما أدى إلى تقدم قوات النظام وسيطرتها على قرية خربيل.") == ["syrian-government"])
        // Of sides joined by "و" the first is the head; the side another predicate governs
        // ("طرد داعش") is not the holder.
        #expect(who("قوات سوريا الديمقراطية والفصائل المتحالفة معها تعلن قبضتها على قرية خربيل.") == ["sdf"])
        #expect(who("أعلنت قسد طرد داعش من القليعة وسيطرتها على قرية خربيل.") == ["sdf"])
        // A noun of holding without the pronoun keeps its own frame: "سيطرة X على Y".
        #expect(who("أكدت مصادر انسحاب تنظيم داعش وسيطرة قوات النظام على قرية خربيل.") == ["syrian-government"])
    }

    @Test func aCommonWordIsNotAHamletReadThroughAClitic() {
        // "كبيرة" (big) is not ك + the hamlet "بيرة", even with a town "البيرة" abroad.
        #expect(Fixtures.analyzer.geocode("سيطر التنظيم على مدن كبيرة في العراق.").resolutions.isEmpty)
        #expect(Fixtures.analyzer.geocode("سيطر التنظيم على مساحات كبيرة قرب قرية خربيل.").resolutions.compactMap { $0.place.map { Fixtures.gazetteer.places[Int($0)].id } } == ["5"])
        // The hamlet's own name is still found, with or without a clitic.
        #expect(read("سيطرت قوات النظام على قرية بيرة.").map(\.place) == ["26"])
        #expect(read("سيطرت قوات النظام على قريتي خربيل وبيرة.").map(\.place) == ["5", "26"])
    }

    @Test func aKnownNameIsNotTheStartOfALongerOne() {
        func mentions(_ text: String) -> [String] { Fixtures.events(text).map(\.mention) }
        func places(_ text: String) -> [String] { read(text).map(\.place) }
        // "قرية قصر" is known; "قرية قصر المحروق" is the village of an unknown "قصر المحروق".
        #expect(places("سيطرت قوات النظام على قرية قصر المحروق.") == ["قصر المحروق"])
        #expect(places("سيطرت قوات النظام على قرية قصر بعد معارك.") == ["28"])
        // A title with the article and the name after it: "حي الشيخ سعيد" is no hamlet "الشيخ".
        #expect(places("سيطرت قوات النظام على حي الشيخ سعيد شرق مدينة دمشق.") == ["الشيخ سعيد"])
        #expect(places("سيطرت قوات النظام على قرية الشيخ بعد معارك.") == ["29"])
        #expect(mentions("سيطرت قوات النظام على حي الشيخ بشكل كامل.") == ["الشيخ"])
        // A city's name is a common word of the news too; a word after it is no part of it.
        #expect(places("سيطرت قوات سوريا الديمقراطية على مدينة الرقة أهم معاقل التنظيم.") == ["2"])
    }

    @Test func controlOverAndInTheSidesHands() {
        let taken = [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "5")]
        #expect(read("Syrian troops established control over Khirbil on Monday.") == taken)
        #expect(read("Government soldiers gained full control over Khirbil.") == taken)
        #expect(read("Government forces imposed their control over Khirbil.") == taken)
        #expect(read("Khirbil has been in rebel hands for a year.") == [.init(kind: "holds", actor: "rebels", place: "5")])
        #expect(read("Rebel commanders shook hands in Khirbil.") == [])
    }

    @Test func aGripAHandoverAndAFightWhoseSidesFollowThePlace() {
        let taken = [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "5")]
        #expect(read("أحكمت قوات النظام قبضتها على قرية خربيل.") == taken)
        #expect(read("تسلمت قوات النظام قرية خربيل من قوات سوريا الديمقراطية.") == taken)
        #expect(Fixtures.events("تسلمت قوات النظام قرية خربيل من قوات سوريا الديمقراطية.").first?.fromActor == "sdf")
        let fight = Fixtures.events("دارت اشتباكات عنيفة داخل قرية خربيل بين قوات النظام وفصائل المعارضة.")
        #expect(fight.map { "\($0.kind) \($0.actor ?? "-") \($0.fromActor ?? "-")" } == ["contested syrian-government rebels"])
        // One side named is no fight between sides.
        #expect(read("دارت اشتباكات عنيفة داخل قرية خربيل بين عناصر قوات النظام.") == [])
    }

    @Test func aParticipleWithItsAgentIsAPassive() {
        #expect(read("Khirbil was quickly overrun by Islamic State fighters.") == [.init(kind: "captured", actor: "isis", place: "5")])
        #expect(read("Khirbil, recently recaptured by government forces, was calm on Monday.")
                == [.init(kind: "recaptured", actor: "syrian-government", place: "5")])
        // An unknown name right after "by" is the agent's, not the place taken.
        #expect(read("The village was briefly seized by Jund Aqsa-affiliated militants in April.") == [])
    }

    @Test func aHandoverIsACaptureByTheOneHandedTo() {
        let taken = [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "5")]
        #expect(read("Kurdish forces handed over Khirbil to the Syrian army.") == taken)
        #expect(read("Khirbil was handed over to the Syrian army on Monday.") == taken)
        #expect(read("The rebels handed over their heavy weapons to the army in Khirbil.") == [])
        // Arabic: the side it is handed to carries ل.
        #expect(read("سلمت قوات سوريا الديمقراطية قرية خربيل لقوات النظام.") == taken)
        #expect(Fixtures.events("سلمت قوات سوريا الديمقراطية قرية خربيل لقوات النظام.").first?.fromActor == "sdf")
        #expect(read("سلم المسلحون أسلحتهم للجيش في قرية خربيل.") == [])
    }

    @Test func aSiegeBrokenIsNeverReadAsASiegeLaid() {
        let broken = [GeneralizationTests.Seen(kind: "siege_broken", actor: "syrian-government", place: "5")]
        #expect(read("The Syrian army breaks the rebel siege of Khirbil.") == broken)
        #expect(read("The siege of Khirbil was lifted by government forces on Tuesday.") == broken)
        // "the besieged town": the sentence's subject is not the besieger; reaching it, the
        // subject broke through to it.
        #expect(read("Government forces reached the besieged town of Khirbil.") == broken)
        #expect(read("Islamic State militants besieged Khirbil.") == [.init(kind: "besieged", actor: "isis", place: "5")])
    }

    @Test func theCentreOfATownIsAPartOfIt() {
        #expect(read("سيطرت قوات النظام على وسط مدينة دير الزور.") == [.init(kind: "contested", actor: "syrian-government", place: "1")])
        // The building changed hands; the town around it is contested.
        #expect(read("استعادت قوات النظام السيطرة على مبنى المحافظة وسط دير الزور.")
                == [.init(kind: "recaptured", actor: "syrian-government", place: "مبنى المحافظة"), .init(kind: "contested", actor: "syrian-government", place: "1")])
        // "وسط" after the object is "amid".
        #expect(read("سيطرت قوات النظام على مدينة دير الزور وسط اشتباكات عنيفة.") == [.init(kind: "captured", actor: "syrian-government", place: "1")])
    }

    @Test func aQuestionOrAnAbilityIsNoReport() {
        #expect(read("Whether the army can retake Khirbil remains unclear.") == [])
        #expect(read("The army cannot retake Khirbil without air support.") == [])
        #expect(read("The army retook Khirbil on Monday.") == [.init(kind: "recaptured", actor: "syrian-government", place: "5")])
    }

    @Test func theStateMediaWordsForACapture() {
        let taken = [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "5")]
        #expect(read("Army units restored security and stability to Khirbil on Monday.") == taken)
        #expect(read("أعادت وحدات من الجيش الأمن والاستقرار إلى قرية خربيل.") == taken)
        #expect(read("Army units freed Khirbil from terrorists.") == taken)
        #expect(read("Government forces laid siege to Khirbil.") == [.init(kind: "besieged", actor: "syrian-government", place: "5")])
    }

    @Test func headlinePresentIsAnEvent() {
        #expect(read("قوات النظام تستعيد قرية خربيل") == [.init(kind: "recaptured", actor: "syrian-government", place: "5")])
        let withdrawal = Fixtures.events("مسلحو داعش ينسحبون من قرية خربيل")
        #expect(withdrawal.map(\.kind) == [.withdrew] && withdrawal.map(\.fromActor) == ["isis"])
    }

    @Test func englishPassivesAndPerfectsFollowFromFiveForms() {
        #expect(Fixtures.lexicon.predicates.exactValue("has been overrun by")?.voice == .passive)
        #expect(Fixtures.lexicon.predicates.exactValue("had encircled")?.kind == .besieged)
        #expect(read("Khirbil was overrun by Daesh gunmen on Monday.") == [.init(kind: "captured", actor: "isis", place: "5")])
    }

    @Test func rowsAreChecked() {
        #expect(throws: ParseFailure.self) { try PredicateGrammar("ar-verb\tcaptured\tحرر\n") }
        #expect(throws: ParseFailure.self) { try PredicateGrammar("ar-verb\tcaptured\tحرر\tتحرر\n") }
        #expect(throws: ParseFailure.self) { try PredicateGrammar("en-verb\ttook\ttake\ttakes\ttook\ttaken\ttaking\n") }
    }
}

/// What a cue word's neighbours are: an adjective, an indefinite noun, the rest of a name.
@Suite struct CuePhraseTests {
    func read(_ text: String) -> [GeneralizationTests.Seen] { GeneralizationTests().read(text) }

    @Test func anAdjectiveAfterACueIsNoName() {
        // "an oil field", "the abandoned airport": a nisba of a common word, or any word with the
        // article after a cue with it, describes the site.
        #expect(read("سيطرت قوات سوريا الديمقراطية على حقل نفطي قرب خربيل.").allSatisfy { !$0.place.contains("نفطي") })
        #expect(read("فرضت قوات النظام سيطرتها على المطار المهجور.").isEmpty)
    }

    @Test func aNounWithNunationIsNoName() {
        // "تلالاً" (hills) carries the case ending of an indefinite noun.
        #expect(read("استعادت قوات النظام تلالاً قرب خربيل.").allSatisfy { $0.place != "تلالاً" })
    }

    @Test func theMostImportantOfThemListsThePlaces() {
        #expect(read("استعادت قوات النظام بلدات وتلالاً استراتيجية أهمها: خربيل والقليعة.").map(\.place) == ["5", "6"])
        #expect(read("استعادت قوات النظام عدة قرى أبرزها خربيل والقليعة.").map(\.place) == ["5", "6"])
        #expect(read("Government forces seized several villages, notably Khirbil and Qulay'a.").map(\.place) == ["5", "6"])
    }

    @Test func aConjunctJoinedToTheSubjectLeavesTheObjectInReach() {
        // "the regime forces and the militias allied to it took X": the conjunct and its
        // attributes belong to the subject, however long.
        #expect(read("سيطرت قوات النظام والميليشيات الموالية لها على قرية خربيل.")
                == [.init(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("استعادت قوات النظام والقوات الرديفة المساندة لها، يوم الأحد، بلدة القليعة.")
                == [.init(kind: "recaptured", actor: "syrian-government", place: "6")])
        // A word without the article is no attribute: the rest of the clause, and the budget holds.
        #expect(read("سيطرت قوات النظام بعد معارك عنيفة استمرت أياما طويلة مع مقاتلين على خربيل.").isEmpty)
    }

    @Test func whoHeldWhatWasTakenIsTheLosingSideNotTheHolder() {
        // An attribute of a capture's object names who held the place until then.
        #expect(read("سيطرت قوات النظام على قرية خربيل الخاضعة لسيطرة هيئة تحرير الشام.")
                == [.init(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("Government forces seized the HTS-held village of Khirbil on Tuesday.")
                == [.init(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("Government forces seized Khirbil, held by Hayat Tahrir al-Sham, on Tuesday.")
                == [.init(kind: "captured", actor: "syrian-government", place: "5")])
        // When the capture is only an aim, the state stands.
        #expect(read("Iraqi forces began an operation to retake Mosul, held by the Islamic State group for two years.")
                == [.init(kind: "holds", actor: "isis", place: "14")])
        // Beside a capture of another place the state stands; with a verb of becoming it is a
        // change of hands of its own.
        #expect(read("Government forces seized Khirbil near the HTS-held village of Qulay'a.").contains(.init(kind: "holds", actor: "hts", place: "6")))
        #expect(read("سيطرت قوات النظام على قرية خربيل، وباتت مدينة الباب خاضعة لسيطرة هيئة تحرير الشام.")
                .contains(.init(kind: "captured", actor: "hts", place: "10")))
        // The state is said of the name right before it, even one the gazetteer does not know:
        // never of the place the capture took before it.
        #expect(!read("سيطرت قوات النظام على قرية خربيل، وباتت القليعة خاضعة لسيطرة هيئة تحرير الشام.")
                .contains(.init(kind: "holds", actor: "hts", place: "5")))
        #expect(!read("Government forces seized Khirbil, while Zawiyat Hamdan is now under HTS control.")
                .contains(.init(kind: "holds", actor: "hts", place: "5")))
    }

    @Test func aWordWithTheArticleBeforeTheNextItemEndsAListedName() {
        // "قرى خربيل الورد والقليعة": the second word belongs to the first item, another village
        // than Khirbil; the list goes on after it.
        #expect(read("استعادت قوات البيشمركة السيطرة على قرى خربيل الورد والقليعة.").map(\.place) == ["خربيل الورد", "6"])
        // With no item after it, the word may describe the villages: the name stays as known.
        #expect(read("استعادت قوات البيشمركة السيطرة على قرى سردة والقليعة الصغيرتين.").map(\.place).first == "7")
    }

    @Test func aPassiveNamesItsAgentWithByOnly() {
        func first(_ text: String) -> ExtractedEvent? {
            Fixtures.analyzer.analyze(Document(title: "", text: text, published: EventDate("2024-05-16"))).events.first
        }
        // "had been surrounded": a participle after an auxiliary is a passive; the subject of the
        // sentence before is not its agent.
        #expect(read("The army advanced on Tuesday. Bashiqa had been surrounded for months, its supplies running low.")
                .allSatisfy { $0.kind != "besieged" || $0.actor == nil })
        // "cleared of", "liberated from": the side named is the one that lost the place.
        let cleared = first("The Bashiqa district has been cleared of IS fighters.")
        #expect(cleared?.kind == .captured && cleared?.actor == nil && cleared?.fromActor == "isis")
        let liberated = first("Half of Bashiqa has been liberated so far from Islamic State (IS) militants.")
        #expect(liberated?.actor == nil && liberated?.fromActor == "isis")
        // A side named after the verb without "by" did nothing to the place.
        #expect(read("The villages around Bashiqa were cleared as IS defences collapsed.").allSatisfy { $0.actor != "isis" })
        // "by" inside the predicate still names the agent.
        #expect(read("Bashiqa, a town that has been besieged by IS fighters for 50 days, is short of food.")
                == [.init(kind: "besieged", actor: "isis", place: "15")])
    }

    @Test func fightersDescribedButNotOwnedAreNoCarriedSide() {
        // A force noun right before the verb is its subject, whatever describes it: the side of
        // an earlier sentence did not take the town.
        #expect(read("The army pulled back on Monday. Local tribal fighters took al-Bab.").isEmpty)
        #expect(read("Government forces shelled the area. Armed groups then seized al-Bab.").isEmpty)
        // A possessive or a side's modifier says whose they are.
        #expect(read("Syrian troops entered Khirbil on Monday. Later our forces completely cleared al-Bab.")
                .contains(.init(kind: "captured", actor: "syrian-government", place: "10")))
        #expect(read("The army advanced on Monday. Syrian special operations forces took al-Bab.")
                .contains(.init(kind: "captured", actor: "syrian-government", place: "10")))
    }

    @Test func aRelativeClauseSaysItOfThePlaceItDescribes() {
        #expect(read("Fighters fled to al-Bab, which was captured by IS in 2016.").contains(.init(kind: "captured", actor: "isis", place: "10")))
        #expect(read("Fighters fled to al-Bab, which is controlled by IS.").contains(.init(kind: "holds", actor: "isis", place: "10")))
        #expect(read("Fighters fled to al-Bab, which IS seized in 2016.").contains(.init(kind: "captured", actor: "isis", place: "10")))
        #expect(read("قصفت فصائل المعارضة بلدة خربيل التي يسيطر عليها جيش خالد.").contains(.init(kind: "holds", actor: "isis", place: "5")))
        // The side unnamed, a past state, a part of the place, a joined second relative clause,
        // or the place as the subject: nothing.
        #expect(read("صدت قوات النظام هجوما على قرية خربيل التي سيطر عليها قبل يوم.").allSatisfy { $0.place != "5" })
        #expect(read("دخل جيش خالد قرى سردة والقليعة التي كانت تحت سيطرة هيئة تحرير الشام.").allSatisfy { $0.kind != "holds" })
        #expect(read("Fighters fled to al-Bab, which had been held by IS.").allSatisfy { $0.kind != "holds" })
        #expect(read("اشتبك المقاتلون في شرق الرقة الذي تسيطر عليه المعارضة.").allSatisfy { $0.place != "2" })
        #expect(read("اشتبك المقاتلون قرب الرقة التي تسيطر عليها المعارضة.").contains(.init(kind: "holds", actor: "rebels", place: "2")))
        #expect(read("Rebels shelled al-Bab, a town that controls the road to Raqqa.").allSatisfy { $0.place != "10" })
        // A verb after the relative clause closes belongs to the sentence it stands in.
        #expect(read("The operation to recapture al-Bab, which IS has held since 2016, entered its second month.")
                .allSatisfy { $0.kind != "captured" })
    }

    @Test func aVerbalNounAfterAfterSharesTheMainSubject() {
        // The side of an earlier sentence did not take the village: the subject of the clause
        // the "after" phrase is attached to did.
        #expect(read("قصفت فصائل المعارضة مواقع للجيش. وتقدمت قوات النظام نحو المدينة بعد السيطرة على قرية خربيل.")
                .contains(.init(kind: "captured", actor: "syrian-government", place: "5")))
        #expect(read("Rebels shelled army posts. Syrian troops advanced toward the city after recapturing the village of Khirbil.")
                .contains(.init(kind: "recaptured", actor: "syrian-government", place: "5")))
        #expect(read("قصفت فصائل المعارضة مواقع للجيش. وتقدمت قوات النظام نحو المدينة بعد السيطرة على قرية خربيل.")
                .allSatisfy { $0.actor != "rebels" })
        // A clause with its own subject keeps it.
        #expect(read("Syrian troops shelled the area. The army withdrew after the rebels recaptured Khirbil.")
                .contains(.init(kind: "recaptured", actor: "rebels", place: "5")))
    }

    @Test func militantsAreTheOneArmedGroupTheArticleNames() {
        // "militants resolve by context": the armed group the document names...
        #expect(read("Islamic State fighters attacked Khirbil. Mosul has been in militant hands since June.")
                .contains(.init(kind: "holds", actor: "isis", place: "14")))
        #expect(read("سيطر المسلحون على قرية خربيل. وقال مصدر إن هيئة تحرير الشام تتقدم نحو الرقة.")
                .contains(.init(kind: "captured", actor: "hts", place: "5")))
        // ...and no side when it names none, or several.
        #expect(read("Mosul has been in militant hands since June.").isEmpty)
        #expect(read("Islamic State and HTS fighters clashed near Raqqa. Militants took Khirbil.").allSatisfy { $0.place != "5" })
    }

    @Test func aFailedAttemptTakesNothing() {
        // Every person and tense of failing: the attempt did not succeed.
        #expect(read("المعارضة تتقدم في خربيل وتفشل في دخول الرقة.").allSatisfy { $0.place != "2" })
        #expect(read("أخفقت قوات النظام في استعادة الرقة.").isEmpty)
        #expect(read("عجزت قوات النظام عن اقتحام الرقة.").isEmpty)
        #expect(read("Rebels fail to enter Raqqa.").isEmpty)
        #expect(read("Rebels were unable to take Raqqa.").isEmpty)
        // The side that failed to hold the place off is no attempt of the taker.
        #expect(read("سيطرت قوات النظام على الرقة بعد أن فشلت المعارضة في صد الهجوم.")
                .contains(.init(kind: "captured", actor: "syrian-government", place: "2")))
    }

    @Test func theProvinceAPlaceBelongsToIsNoFurtherItem() {
        // "التابعة لمحافظة نينوى", "الأثرية بمحافظة نينوى": an adjective of the place, then the
        // governorate it lies in, read whole as the governorate's name.
        #expect(read("حررت القوات العراقية بلدة بعشيقة التابعة لمحافظة نينوى.") == [.init(kind: "captured", actor: "iraqi-government", place: "15")])
        #expect(read("استعادت القوات العراقية مدينة الموصل القديمة بمحافظة نينوى.").allSatisfy { $0.place != "30" })
    }

    @Test func aNewsOutletNamedAfterASideIsNeitherActorNorSide() {
        #expect(read("عرضت قناة روسيا اليوم مشاهد استعادة الموصل.").allSatisfy { $0.actor != "russia" })
        #expect(read("Russia Today showed the recapture of Mosul by Iraqi forces.") == [.init(kind: "recaptured", actor: "iraqi-government", place: "14")])
    }

    @Test func aPlaceAfterALocativeIsNotThePassiveSubject() {
        // "The villages of X in western Y were cleared": Y says where the villages lie.
        #expect(read("The villages of Dukanik and Sefan in western Mosul were cleared on Friday.").allSatisfy { $0.place != "14" })
    }

    @Test func aVerbWithoutItsOwnObjectDoesNotTakeTheEarlierVerbsPlace() {
        // "took most of X and besieged IS fighters in the stadium": the siege is of the fighters.
        // (The neighbourhood called خربيل is not the village of that name.)
        #expect(read("سيطرت قسد على معظم حي خربيل و حاصرت عناصر التنظيم في الملعب البلدي.")
                == [.init(kind: "contested", actor: "sdf", place: "خربيل"), .init(kind: "besieged", actor: "sdf", place: "الملعب البلدي")])
    }

    @Test func aShortSecondWordLengthensAHamletName() {
        // "قرية سردة رم" is another village than Sarda, even with a two-letter second word.
        let seen = read("سيطر الجيش الحر على قرية سردة رم.")
        #expect(seen.map(\.place) == ["سردة رم"])
    }

    @Test func aPassiveTakesEveryPlaceOfTheListBeforeIt() {
        #expect(read("Khirbil and Sarda were captured by the SDF on Monday.")
            == [GeneralizationTests.Seen(kind: "captured", actor: "sdf", place: "5"), GeneralizationTests.Seen(kind: "captured", actor: "sdf", place: "7")])
        #expect(read("Raqqa, Khirbil and Sarda are under the control of the SDF.").map(\.place) == ["2", "5", "7"])
        #expect(read("الرقة ودير الزور باتت تحت سيطرة قسد.").map(\.place) == ["2", "1"])
        // A place a locative governs is where it happened, not what was taken.
        #expect(read("In Raqqa, Khirbil was taken by the SDF.").map(\.place) == ["5"])
    }

    @Test func anAdverbBeforeTheAgentKeepsThePassive() {
        #expect(read("Khirbil was quickly seized by Syrian troops on Monday.") == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("Khirbil was reportedly overrun by IS fighters.").map(\.actor) == ["isis"])
    }

    @Test func anExpulsionInThePassiveHasTheExpelledSideBeforeIt() {
        #expect(read("IS fighters were driven out of Raqqa by the SDF on Monday.")
            == [GeneralizationTests.Seen(kind: "captured", actor: "sdf", place: "2")])
        #expect(read("IS fighters were pushed out of most of Raqqa by the SDF.").map(\.kind) == ["contested"])
        // Who holds the place now, the sentence does not say: taken from IS by no side named,
        // which moves nothing on the map. Villagers who drive out unnamed militants are no side.
        #expect(read("IS fighters were driven out of Raqqa on Monday.") == [GeneralizationTests.Seen(kind: "captured", actor: nil, place: "2")])
        #expect(read("Local villagers drove the militants out of Raqqa.").isEmpty)
    }

    @Test func anArabicVerbWithItsObjectPronounIsTheVerb() {
        // "حررتها" is حررت + ها: the verb, and a pronoun the copula resolves ("هي X وY").
        #expect(read("القرى التي حررتها قسد هي الرقة ودير الزور.")
            == [GeneralizationTests.Seen(kind: "captured", actor: "sdf", place: "2"), GeneralizationTests.Seen(kind: "captured", actor: "sdf", place: "1")])
        // The plural drops its silent alif before the pronoun ("استعادوا" -> "استعادوها").
        #expect(read("وصل مقاتلو داعش إلى الرقة واستعادوها.").map(\.kind) == ["recaptured"])
    }

    @Test func whatAnAfterClauseReportsCameFirst() {
        // "entered X after besieging it": the siege is history to the capture, so the map ends
        // with the capture, not the siege.
        let events = Fixtures.events("دخلت قوات النظام مدينة الرقة بعد أن حاصرتها أشهرا.")
        #expect(events.map(\.kind) == [.captured, .besieged])
        #expect(events.map(\.background) == [false, true])
        let en = Fixtures.events("The SDF entered Raqqa after IS fighters withdrew from the city.")
        #expect(en.map(\.kind) == [.captured])
        #expect(en.first?.fromActor == "isis")
    }

    @Test func aDualCueNamesTwoPlaces() {
        // "قريتي" is two villages: a third word joined to the list is no village of it.
        #expect(read("سيطرت قسد على قريتي خربيل والقليعة وسلسلة جبلية.").map(\.place) == ["5", "6"])
        // The sentence's list goes on with a cue of its own.
        #expect(read("سيطرت قسد على مدينتي الرقة ودير الزور وقرية سردة.").map(\.place) == ["2", "1", "7"])
    }

    @Test func quotesHoldTheWholeName() {
        // A direction inside the quotes is part of the name, not where the place lies.
        #expect(read("سيطرت قسد على قرية \"خربيل غرب\" شمال الرقة.").map(\.place) == ["خربيل غرب"])
        #expect(read("سيطرت قسد على قرية «سردة الكبيرة» أمس.").map(\.place) == ["سردة الكبيرة"])
        // Brackets around a list hold its items.
        #expect(read("سيطرت قسد على قريتي (خربيل وسردة) أمس.").map(\.place) == ["5", "7"])
    }

    @Test func aNameTheGazetteerLacksIsAPlaceBeforeItsCue() {
        // "Kafr Zeid village": the cue after an unknown capitalized name makes it a place taken.
        #expect(read("The SDF captured Kafr Zeid village on Monday.").map(\.place) == ["Kafr Zeid"])
        // A description ("a Turkmen town") and a cue before a name ("the Turkmen town of X") are not.
        #expect(read("Syrian troops entered Raqqa, a Turkmen town, on Monday.").map(\.place) == ["2"])
        #expect(read("Syrian troops entered the Turkmen town of Raqqa.").map(\.place) == ["2"])
    }

    @Test func anUnnamedSubjectIsNoSideNamedEarlierInTheClause() {
        // The verb's own subject names no side: the army of the air strikes did not take Raqqa.
        #expect(read("Syrian air strikes hit Raqqa two days since an alliance of Islamist groups seized the city.").isEmpty)
        // Groups that back the subject between commas leave the subject its verb.
        #expect(read("Syrian soldiers, backed by local defense groups, took control over Khirbil.").map(\.actor) == ["syrian-government"])
    }

    @Test func nearbyDescribesThePlaceTaken() {
        // "seized nearby X": the adjective of the object, not a place beside it ("near X" is).
        #expect(read("Syrian troops seized nearby Khirbil and Sarda.").map(\.place) == ["5", "7"])
        #expect(read("Syrian troops seized two villages near Raqqa.").isEmpty)
    }

    @Test func aDegreeOfControlIsTheSamePredicate() {
        // "full", "complete", "total" before "control" in any phrase of the lexicon.
        #expect(read("Syrian troops are in complete control of Khirbil.") == [GeneralizationTests.Seen(kind: "holds", actor: "syrian-government", place: "5")])
        #expect(read("The SDF has taken total control of Khirbil.") == [GeneralizationTests.Seen(kind: "captured", actor: "sdf", place: "5")])
        // The control noun after a verb of taking is its object: one event, not a capture and a holding.
        #expect(read("Syrian troops regained control over Khirbil.") == [GeneralizationTests.Seen(kind: "recaptured", actor: "syrian-government", place: "5")])
    }

    @Test func anAdverbOfCompletionKeepsAPassivePhrase() {
        #expect(read("Palmyra fell completely to the Islamic State on Sunday.") == [GeneralizationTests.Seen(kind: "captured", actor: "isis", place: "13")])
        #expect(read("Palmyra fell quickly to Islamic State fighters.") == [GeneralizationTests.Seen(kind: "captured", actor: "isis", place: "13")])
        // "fell back" is a retreat, not a fall.
        #expect(read("Syrian troops in Palmyra fell back to the east.") == [])
    }

    @Test func fightersBesiegedInAPlaceBesiegeThePlace() {
        #expect(read("حاصرت قوات النظام عناصر تنظيم الدولة في مدينة الرقة.") == [GeneralizationTests.Seen(kind: "besieged", actor: "syrian-government", place: "2")])
        #expect(read("Syrian troops surrounded Islamic State fighters inside Raqqa on Monday.")
                == [GeneralizationTests.Seen(kind: "besieged", actor: "syrian-government", place: "2")])
        // Near the town, the fighters are not in it.
        #expect(read("Syrian troops surrounded Islamic State fighters near Raqqa on Monday.") == [])
    }

    @Test func newVillagesListTheirNames() {
        // "قرى جديدة" (new villages): the adjective stands between the noun and its list.
        #expect(read("حررت قوات النظام ثلاث قرى جديدة \"خربيل\" وقرية \"سردة\" وقرية \"القليعة\".").map(\.place) == ["5", "7", "6"])
    }

    @Test func theLandAroundAPlaceIsNotThePlace() {
        // Hills, heights, farms and orchards of a town are taken; the town is not.
        #expect(read("سيطر الجيش السوري على التلال الشرقية لخربيل.").isEmpty)
        #expect(read("استعادت قسد السيطرة على مزارع خربيل.").isEmpty)
        #expect(read("سيطر الجيش السوري على المرتفعات المحيطة بسردة.").isEmpty)
        #expect(read("Syrian troops captured the hills of Khirbil on Monday.").isEmpty)
        #expect(read("The SDF seized the farms around Sarda.").isEmpty)
        // The town itself still is, beside its hills.
        #expect(read("سيطر الجيش السوري على خربيل وتلالها.").map(\.place) == ["5"])
    }

    @Test func aSideNamedAfterAnEarlierVerbIsNearerThanTheClauseSubject() {
        // The rebels are the subject of "were evacuated"; the regime is the one given control.
        #expect(read("Syrian troops shelled Palmyra. The last rebels were evacuated under a deal that gives the regime full control of the city.")
                == [GeneralizationTests.Seen(kind: "holds", actor: "syrian-government", place: "13")])
        // A side after "from" is no subject: the clause subject is the actor of both verbs.
        #expect(read("Islamic State fighters took Raqqa from the SDF and now hold Khirbil.").map(\.actor) == ["isis", "isis"])
    }

    @Test func anEnglishPluralCueTakesUnknownNamesInItsList() {
        // "the towns of X, Y and Z": a name the gazetteer lacks is still an item of the list.
        #expect(read("Syrian troops captured the towns of Palmyra, Zabadooni and Khirbil.").map(\.place) == ["13", "Zabadooni", "5"])
        #expect(read("Rebels seized the cities of Zabadooni, Palmyra, and Khirbil on Monday.").map(\.place) == ["Zabadooni", "13", "5"])
        #expect(read("Syrian troops entered the towns and villages of Khirbil and Zabadooni.").map(\.place) == ["5", "Zabadooni"])
    }

    @Test func theSideAPlaceWasToBeTakenFromHeldIt() {
        // An aim or a try reports no capture, but "from Y" says who held the place.
        #expect(read("Iraqi troops launched an offensive to retake Palmyra from IS.") == [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "13")])
        #expect(read("Syrian troops failed to recapture Raqqa, the capital of the province, from the hands of the Islamic State.")
                == [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "2")])
        #expect(read("تواصل قوات النظام عملية تحرير مدينة الرقة من قبضة تنظيم “داعش”.") == [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "2")])
        #expect(read("أرسلت قوات النظام تعزيزات لطرد داعش من مدينة الرقة.") == [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "2")])
        // The outcome, when the document reports it, is the news.
        #expect(read("Syrian troops launched an offensive to retake Palmyra from IS. On Monday they recaptured Palmyra.").map(\.kind) == ["recaptured"])
        // A denied capture, or a side that only owns a noun after من, names no holder.
        #expect(read("The army denied that IS had taken Palmyra from it.").isEmpty)
        #expect(read("تحرير مدينة الرقة أصبح من أولويات الجيش.").isEmpty)
        // Without "from", an aim says nothing of who holds the place.
        #expect(read("Syrian troops launched an offensive to retake Palmyra.").isEmpty)
    }

    @Test func aMeasureOfLandIsNoPlace() {
        // "200 square kilometers" is an area taken, not a site named "200 Square"; units and
        // their bases are still named by numbers.
        #expect(read("By then the Syrian army had captured some 200 square kilometers of desert.").isEmpty)
        #expect(read("IS fighters regained control of 56 oilfields near Palmyra.").allSatisfy { $0.place != "56 oilfields" })
        #expect(read("IS fighters overran the 93rd Brigade.") == [GeneralizationTests.Seen(kind: "captured", actor: "isis", place: "93rd Brigade")])
    }

    @Test func whatLiesAroundAPlaceDoesNotBesiegeIt() {
        // "the old wall surrounding X": a noun after a determiner that the participle follows.
        #expect(read("An airstrike hit the old wall surrounding Palmyra.").isEmpty)
        #expect(read("The army secured the hilltops surrounding Khirbil.").allSatisfy { $0.kind != "besieged" })
        // Fighters around a place, or a verb with its auxiliary, do besiege it.
        #expect(read("IS militants surrounding Palmyra shelled the town.").map(\.kind) == ["besieged"])
        #expect(read("Syrian troops are surrounding Palmyra.") == [GeneralizationTests.Seen(kind: "besieged", actor: "syrian-government", place: "13")])
    }

    @Test func aTakingAimedAtIsNoReport() {
        // A direction right before a gerund or verbal noun: "towards capturing X", "نحو استعادة X".
        #expect(read("The army saw the attack as a first step towards capturing Palmyra.").isEmpty)
        #expect(read("تقدمت قوات النظام خطوة نحو استعادة السيطرة على مدينة الرقة.").isEmpty)
        // Before a place it is only where troops went.
        #expect(read("تقدمت قوات النظام نحو الرقة وسيطرت عليها.") == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "2")])
        // An adverb between an operation noun and its verb does not make the aim a report.
        #expect(read("The army announced the final battle to completely capture Palmyra.").isEmpty)
        #expect(read("The army completely captured Palmyra.").map(\.kind) == ["captured"])
        // An attempt far back does not reach across adverbs to the outcome.
        #expect(read("After trying for days, IS finally managed to fully capture Palmyra.").map(\.kind) == ["captured"])
    }

    @Test func aBattlesNameIsNoReportOfIt() {
        // A capitalized noun of taking inside a sentence names a battle; so does a heading that
        // is the name alone.
        #expect(read("The rebels' victory at the Siege of Palmyra threatened government supply lines.").isEmpty)
        #expect(read("Hezbollah fighters took part in the Siege of Palmyra in 2016.").isEmpty)
        #expect(read("Siege of Palmyra (2014-2017)").isEmpty)
        // Written small, or opening a sentence with its article or a quotation, it is a report.
        #expect(read("IS fighters tightened their siege of Palmyra.") == [GeneralizationTests.Seen(kind: "besieged", actor: "isis", place: "13")])
        #expect(read("The capture of Palmyra by IS was confirmed on Monday.").map(\.kind) == ["captured"])
        #expect(read("A rebel commander said: \"Capture of Palmyra by IS fighters is near complete.\"").map(\.place) == ["13"])
    }

    @Test func anIdiomOfTakeTakesNoGround() {
        // "took place", "took aim", "took refuge", "took hostages": the noun is what was taken.
        #expect(read("Dozens were killed in clashes that took place throughout the Palmyra district.").isEmpty)
        #expect(read("IS fighters took aim at Palmyra from the hills.").isEmpty)
        #expect(read("IS fighters took hostages in Khirbil.").isEmpty)
        // "took part of X" is part of the town taken.
        #expect(read("IS took part of Palmyra on Monday.").map(\.kind) == ["contested"])
    }

    @Test func anUnknownNameJoinedToASideBeforeFromIsASide() {
        // "expelled Jabhat al-Akrad and the YPG from X": the unknown name is a group, not the place.
        #expect(read("IS expelled Liwa Zabadooni and the YPG from Palmyra.").allSatisfy { $0.place != "Liwa Zabadooni" })
        // A name joined to a noun phrase that only contains a side's word is still a place.
        #expect(read("Rebels seized Zabadooni and the army base near Palmyra.").map(\.place) == ["Zabadooni"])
    }

    @Test func theyOpeningARelativeClauseIsTheSideThatOpensTheSentence() {
        // "..., during which they took X": not the side of "rebel-held", which only says who held Y.
        #expect(read("The Syrian army then launched an offensive, aimed at finishing rebel-held Palmyra once and for all, during which they captured Khirbil.")
                .filter { $0.place == "5" } == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("During the night of 26 December, the SDF launched an offensive on IS-held areas, during which they took Khirbil.")
                .filter { $0.place == "5" }.map(\.actor) == ["sdf"])
    }

    @Test func aStormingThatBeganIsStillBeingFought() {
        // "بدأت X اقتحام Y": with the conjunction on the verb, the subject's attributes, a day and
        // the comma that closes it between, the storming is under way, not done.
        #expect(read("وبدأت قوات النظام السورية الجمعة، اقتحام مدينة الرقة من الجهة الشمالية.")
                == [GeneralizationTests.Seen(kind: "contested", actor: "syrian-government", place: "2")])
        // A comma that closes a clause ends it: the advance went on, and the town was taken.
        #expect(read("واصلت قوات النظام تقدمها، وسيطرت على الرقة.").map(\.kind) == ["captured"])
    }

    @Test func anAdverbBetweenASideAndItsVerbKeepsTheSide() {
        // "IS meanwhile captured X": "meanwhile" there opens no clause.
        #expect(read("Syrian troops entered Palmyra. IS meanwhile captured Khirbil.").filter { $0.place == "5" }.map(\.actor) == ["isis"])
        // A relative clause is one of its own.
        #expect(read("Syrian troops entered Palmyra, then shelled rebels who held Khirbil.").filter { $0.place == "5" }.map(\.actor) == ["rebels"])
    }

    @Test func aSiteNamedOfItsTownIsNotTheTown() {
        // "the University of Mosul", like "Mosul University", is the site, not the city.
        #expect(read("Iraqi forces stormed the University of Mosul on Monday.").allSatisfy { $0.place != "14" })
        #expect(read("Iraqi forces captured Mosul University.").allSatisfy { $0.place != "14" })
        #expect(read("Iraqi forces captured Mosul.").map(\.place) == ["14"])
    }

    @Test func aFactionsNameIsNoPlace() {
        // "Liwa X", "Jaysh X", "Harakat X": a body of fighters, whatever its words name.
        #expect(read("HTS fighters took full control of Liwa Zabadooni positions.").allSatisfy { !$0.place.contains("Zabadooni") })
        #expect(read("HTS fighters besieged Jaysh al-Palmyra in Khirbil.").allSatisfy { $0.place != "13" })
        // The place the faction took is still read.
        #expect(read("Jaysh al-Izza fighters captured Khirbil.").map(\.place) == ["5"])
    }

    @Test func neitherNorDenies() {
        // "Neither X nor Y confirmed the capture of Z": nobody says it happened.
        #expect(read("Neither the SDF nor the coalition confirmed the capture of Palmyra.").isEmpty)
        #expect(read("Neither side controls Palmyra.").isEmpty)
        #expect(read("The army did not enter Palmyra, nor did it take Khirbil.").isEmpty)
    }

    @Test func theMilitaryAsASubjectIsTheStatesArmy() {
        // "the military" doing something is the government's army; in "the military airport",
        // "the military council" it names no side.
        #expect(read("IS fighters attacked Khirbil. The next day, the military recaptured Palmyra.")
                == [GeneralizationTests.Seen(kind: "recaptured", actor: "syrian-government", place: "13")])
        #expect(read("The military council of Palmyra said rebels had captured Khirbil.").map(\.actor) == ["rebels"])
    }

    @Test func aPastStateSetOffByCommasDescribesTheNameTheVerbAfterItIsAbout() {
        // "X, formerly held by Y, fell to Z": the aside tells who held X; the verb after it is the news.
        for text in ["Khirbil, formerly held by the Syrian army, was captured by IS on Monday.",
                     "Khirbil, previously under the control of the Syrian army, fell to IS on Monday."] {
            let a = Fixtures.analyzer.analyze(Document(title: "", text: text, published: EventDate("2024-05-16")))
            #expect(a.events.filter { !$0.background }.map { "\($0.kind.rawValue) \($0.actor ?? "-") \(a.place(of: $0)?.id ?? $0.mention)" }
                    == ["captured isis 5"], "\(text)")
        }
        // A word of earlier history before the verb itself still puts it in the past.
        let earlier = Fixtures.analyzer.analyze(Document(title: "", text: "Previously, Khirbil was captured by IS.", published: EventDate("2024-05-16")))
        #expect(!earlier.events.isEmpty && earlier.events.allSatisfy { $0.background })
        // Two asides in a row, or an aside that names another place, leave the verb without a place.
        #expect(read("Khirbil, formerly held by the Syrian army, and later by rebels, was captured by IS.").allSatisfy { $0.kind != "captured" })
    }

    @Test func aPlaceBehindAPrepositionSaysWhereTheLastLies() {
        // "حي X بمدينة Y": the neighbourhood in the city, not the neighbourhood and the city.
        #expect(read("سيطر تنظيم داعش بالكامل على حي الصناعة بمدينة دير الزور.").map(\.place) == ["الصناعة"])
        #expect(read("سيطر تنظيم داعش على حي الصناعة بدير الزور بعد اشتباكات.").map(\.place) == ["الصناعة"])
        // Joined by و it is the next item.
        #expect(read("سيطر تنظيم داعش على حي الصناعة ومدينة دير الزور.").map(\.place) == ["الصناعة", "1"])
    }

    @Test func anArabicPastCopulaPutsAStateInThePast() {
        // "كانت تحت سيطرة Y": held before, not now; the map takes no present holder from it.
        func states(_ text: String) -> [Bool] {
            Fixtures.analyzer.analyze(Document(title: "", text: text, published: EventDate("2024-05-16")))
                .events.filter { $0.kind == .holds }.map(\.background)
        }
        #expect(states("قال المراسل إن مدينة تدمر كانت تحت سيطرة قوات النظام قبل أيام.") == [true])
        #expect(states("كانت مدينة تدمر تحت سيطرة تنظيم داعش.") == [true])
        #expect(states("قال المراسل إن مدينة تدمر تحت سيطرة قوات النظام.") == [false])
        // English reported speech shifts its present back: "said X was under Y's control" is now.
        #expect(states("The minister said that Palmyra was under government control.") == [false])
    }

    @Test func anArabicPronounPassesAStateToThePlaceItDescribes() {
        // "بلدة X كانت تحت سيطرة Y وسيطرت عليها Z": "ها" is the town the state was about.
        #expect(read("قال المراسل إن مدينة تدمر كانت تحت سيطرة قوات النظام قبل أيام وسيطرت عليها فصائل المعارضة.")
                .filter { $0.kind == "captured" } == [GeneralizationTests.Seen(kind: "captured", actor: "rebels", place: "13")])
    }

    @Test func aVowOrAPledgeReportsNoTaking() {
        // "توعد X باستعادة Y", "تعهدت ... بتحرير Y", "pledged to retake Y": an intention, not a change.
        for text in ["توعد قادة الفصائل باستعادة مدينة تدمر خلال أسابيع.", "وتعهدت الحكومة بتحرير مدينة تدمر قبل نهاية العام.",
                     "Rebel leaders pledged to recapture Palmyra within weeks.", "The prime minister promised to liberate Palmyra."] {
            #expect(read(text).allSatisfy { $0.kind != "captured" && $0.kind != "recaptured" }, "\(text)")
        }
    }

    @Test func aChangeDatedSinceIsHistory() {
        // "insecure since 2014, when IS overran X": the start of what the sentence is about, even
        // without a publication date to compare with; a state held "since" a date still holds.
        func events(_ text: String) -> [(ControlKind, Bool)] {
            Fixtures.analyzer.analyze(Document(title: "", text: text, published: nil)).events.map { ($0.kind, $0.background) }
        }
        #expect(events("The province has been insecure since 2014, when IS overran Palmyra.").map(\.1) == [true])
        #expect(events("تعاني المحافظة من انعدام الأمن منذ عام 2014 حين سيطر تنظيم داعش على مدينة تدمر.").map(\.1) == [true])
        #expect(events("IS has held Palmyra since 2014.").map(\.1) == [false])
        #expect(events("IS overran Palmyra in 2014.").map(\.1) == [false])
    }

    @Test func aPlaceIsNotLocatedInItself() {
        // "المدينة الصناعية في شمال شرق X" after X: the noun names another place, in X.
        #expect(read("حاصرت فصائل المعارضة مدينة تدمر. وسيطرت الفصائل على المدينة الصناعية في شمال شرق تدمر.")
                .allSatisfy { $0.kind != "captured" })
        #expect(read("حاصرت فصائل المعارضة مدينة تدمر. وسيطرت الفصائل على المدينة بعد اشتباكات.")
                .contains(GeneralizationTests.Seen(kind: "captured", actor: "rebels", place: "13")))
    }

    @Test func aNegationTakesNoGluedPreposition() {
        // "كلم" is kilometres, not ك + "لم"; "بلا قتال" (without a fight) denies nothing.
        #expect(read("قال قائد العمليات (110 كلم شمال دمشق) إن قوات النظام استعادت السيطرة على مدينة تدمر.").map(\.place) == ["13"])
        #expect(read("سيطرت قوات النظام على مدينة تدمر بلا قتال.").map(\.place) == ["13"])
        #expect(read("لم تسيطر قوات النظام على مدينة تدمر.").isEmpty)
        // "وكان" is "and was", not و + ك + "أن" (that): the pluperfect "وكان X قد اجتاح" is history.
        let pluperfect = Fixtures.analyzer.analyze(Document(title: "", text: "وكان تنظيم داعش قد اجتاح مدينة تدمر.",
                                                            published: EventDate("2024-05-16"))).events
        #expect(pluperfect.map(\.kind) == [.captured] && pluperfect.allSatisfy(\.background))
    }

    @Test func quotesAfterACueHoldANameOfCommonWords() {
        // "ناحية "سليمان بيك"": a person's name is a place's name when quoted after the cue.
        #expect(read("استعادت القوات الحكومية السيطرة على ناحية \"سليمان بيك\" جنوب المدينة.").map(\.place) == ["سليمان بيك"])
        // Brackets hold remarks, not names.
        #expect(read("سيطرت قوات النظام على قرية (التابعة لحماة) بعد معارك.").isEmpty)
    }

    @Test func aRelativeClausesSubjectDoesNotSpeakAfterIt() {
        // "X، ضد Y "Z" التي تقودها W، أعلن السيطرة على P": neither the side fought against (quotes
        // around its short name keep it the object of "ضد") nor the relative's subject took P.
        let seen = read("أعلن الجيش الوطني المدعوم من أنقرة، في إطار عملية عسكرية ضد قوات سوريا الديمقراطية \"قسد\" التي تقودها الوحدات الكردية، أعلن السيطرة على مدينة تدمر.")
        #expect(seen.allSatisfy { $0.actor != "sdf" })
    }

    @Test func theSideThatLeadsFightsBeside() {
        // "بقيادة X", "led by X": the leading side is an ally of the subject, never the loser.
        for text in ["أعلنت فصائل المعارضة، بقيادة «هيئة تحرير الشام»، السيطرة على مدينة تدمر.",
                     "Rebel factions led by Hayat Tahrir al-Sham captured Palmyra on Thursday."] {
            let events = Fixtures.analyzer.analyze(Document(title: "", text: text, published: EventDate("2024-05-16"))).events
            #expect(events.map(\.kind) == [.captured], "\(text)")
            #expect(events.allSatisfy { $0.fromActor == nil }, "\(text)")
        }
    }

    @Test func wordsBeforeATownsCueDescribeTheTown() {
        // "the Tigris River town of X", "the strategic highway town of X": the words before the
        // cue describe the town named after it; they name no place or thing taken.
        #expect(read("Iraqi forces took control of the Euphrates River town of Palmyra on Monday.").map(\.place) == ["13"])
        #expect(read("Syrian troops recaptured the strategic highway town of Palmyra on Wednesday.").map(\.place) == ["13"])
        // Joined, two places are listed; a road near a town is still the thing seized.
        #expect(read("Rebels captured the Deir ez-Zor Air Base and the town of Palmyra.").map(\.place) == ["8", "13"])
        #expect(read("Rebels seized the highway near the town of Palmyra.").isEmpty)
    }

    @Test func earlierTheSameDayIsNoHistory() {
        // "Earlier Friday", "في وقت سابق اليوم": the same day; "Earlier," alone is history.
        #expect(GeneralizationTests().backgroundFlags("Earlier Friday, Syrian troops recaptured Palmyra.", published: "2024-05-17") == [false])
        #expect(GeneralizationTests().backgroundFlags("وفي وقت سابق اليوم، استعادت قوات النظام السيطرة على مدينة تدمر.", published: "2024-05-17") == [false])
        #expect(GeneralizationTests().backgroundFlags("Earlier, Syrian troops had recaptured Palmyra.", published: "2024-05-17") == [true])
    }

    @Test func anAccusationReportsNoTaking() {
        // "accused X of helping Y seize Z", "اتهمت ... بمساعدة الفصائل على السيطرة على Z": a claim.
        #expect(read("The government accused Ankara of helping rebel groups seize Palmyra.").isEmpty)
        #expect(read("اتهمت الحكومة تركيا بمساعدة الفصائل على السيطرة على مدينة تدمر.").isEmpty)
    }

    @Test func aHyphenatedWordCostsTheObjectOneWord() {
        // "militants of the so-called Islamic State out of X": "so-called" is one word of the
        // few that may stand between the verb and its place.
        #expect(read("Syrian troops have driven militants of the so-called Islamic State out of Palmyra.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "13")])
    }

    @Test func aCapitalBeforeGovernmentIsTheState() {
        // "against the Damascus government, ... it was captured": the state, not a place "it" is.
        #expect(read("Khirbil rose against the Damascus government and the following year, it was captured by rebels.")
                .allSatisfy { $0.place != "9" })
        #expect(read("Rebels fighting the Damascus government captured Palmyra.").map(\.place) == ["13"])
        // Only right after the name: in "Palmyra as the army advanced" the army follows "as".
        #expect(read("Rebels captured Palmyra as the army advanced.").map(\.place) == ["13"])
    }

    @Test func aTakerThatWithdrewLeftThePlace() {
        // "withdrew from X after occupying it for a few hours": the pull-out is the news; it is
        // no loser's half of the capture before it.
        let seen = read("A rebel spokesman said rebel forces had withdrawn from Palmyra for tactical reasons after occupying it for a few hours.")
        #expect(seen.contains { $0.kind == "withdrew" && $0.place == "13" })
        // A pull-out by the other side is still the capture's other half.
        #expect(read("Rebels took Palmyra after government forces withdrew from it.").map(\.kind) == ["captured"])
    }

    @Test func aClaimCalledFalseReportsNothing() {
        #expect(read("Pro-government media falsely claimed that the army had entered Palmyra.").isEmpty)
        #expect(read("زعمت وسائل إعلام النظام كذبا أن الجيش دخل مدينة تدمر.").isEmpty)
    }

    @Test func fleeingIsAPullOutOfASide() {
        // "فروا من X", "هرب عناصر داعش من X": every person and tense of the verb; civilians who
        // flee are no side.
        #expect(read("أكدت مصادر أن عناصر داعش فروا من مدينة تدمر.") == [GeneralizationTests.Seen(kind: "withdrew", actor: nil, place: "13")])
        #expect(read("هرب مسلحو داعش من مدينة تدمر بعد وصول الجيش.").map(\.kind) == ["withdrew"])
        #expect(read("فر آلاف المدنيين من مدينة تدمر.").isEmpty)
    }

    @Test func aVerbBeforeAPredicateEndsAList() {
        // "طوقت قرى X وY وأتمت تطويق Z": "وأتمت" (and completed) governs the noun after it; it is
        // no village of the list.
        let seen = read("قال المراسل إن قوات النظام طوقت قرى خربيل وسردة وأتمت تطويق مدينة تدمر.")
        #expect(!seen.contains { $0.place.contains("أتمت") })
        #expect(seen.contains(GeneralizationTests.Seen(kind: "besieged", actor: "syrian-government", place: "5")))
    }

    @Test func theProvinceOfANameIsTheProvince() {
        // "the province of X", like "X province", is the province: "it" after it is not the city.
        #expect(read("Khirbil is one of the first towns in the northwestern province of Palmyra to rise up, and the following year it was captured by rebels.")
                .allSatisfy { $0.place != "13" })
    }

    @Test func anEntryReportedWithAGluedPrepositionLeadsIntoThePlace() {
        // "أفادت مصادر بدخول الجيش إلى X": "إلى" after the noun of entering leads to what was entered.
        #expect(read("أفادت مصادر عسكرية بدخول قوات النظام إلى مدينة تدمر.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "13")])
        // Terms of a deal ("تقضي بتسليم السلاح ودخول قوات النظام إلى X") report no entry.
        #expect(read("رفض الثوار شروط المصالحة التي تقضي بتسليم السلاح ودخول قوات النظام إلى مدينة تدمر.").isEmpty)
    }

    @Test func aDualRelativeDescribesItsOwnList() {
        // "قريتي X وY، ولقربها من بلدتي Z وW اللتين تحاصرهما V": two duals make two lists; the dual
        // relative word describes both names of the list before it, and ends the name before it.
        let seen = read("رصدت قوات النظام قريتي خربيل وسردة، ولقربها من مدينتي تدمر ودمشق اللتين تحاصرهما جبهة النصرة.")
        #expect(Set(seen.filter { $0.kind == "besieged" }.map(\.place)) == ["13", "9"])
    }

    @Test func areasSomeoneWentToAreNotThePlaceTheyLeft() {
        // "fled X to areas controlled by Y", "left X for areas held by Y": the participle describes
        // the unnamed areas; X is not Y's.
        #expect(read("Thousands of residents fled Palmyra to areas controlled by the government.").allSatisfy { $0.kind != "holds" })
        #expect(read("Residents left the town of Palmyra for areas held by Kurdish forces.").allSatisfy { $0.kind != "holds" })
        // A place the participle follows is still described by it.
        #expect(read("Palmyra, held by IS since May, was shelled.").map(\.kind) == ["holds"])
    }

    @Test func aPurposeMakesTheTakingAnAim() {
        // "with a view to retaking X", "تمهيدا لاقتحام X", "بغية استعادة X": what the move is for,
        // not what happened.
        #expect(read("The army is advancing along the river with a view to retaking Palmyra.").isEmpty)
        #expect(read("Rebels shelled the town in hopes of capturing Palmyra.").isEmpty)
        #expect(read("حشدت قوات النظام تعزيزات تمهيدا لاقتحام مدينة تدمر.").isEmpty)
        #expect(read("استقدمت قسد تعزيزات استعدادا للسيطرة على مدينة تدمر.").isEmpty)
        // The aim still names who holds the place.
        #expect(read("تتقدم قوات النظام بغية استعادة مدينة تدمر من داعش.")
                == [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "13")])
    }

    @Test func aReportShiftsItsPastBack() {
        // "a commander said the rebels had captured X": reported speech puts the news in the
        // pluperfect; it is no earlier history. A report that is itself history, or a relative
        // clause, keeps "had" as history.
        #expect(Fixtures.events("A rebel commander said the rebels had also captured Khirbil.").map(\.background) == [false])
        #expect(Fixtures.events("Earlier this month, the monitor said the rebels had also captured Khirbil.").map(\.background) == [true])
        #expect(Fixtures.events("The town of Khirbil, which the rebels had also captured, was shelled.").map(\.background) == [true])
    }

    @Test func aSideTakingItsForcesOutOfAPlaceWithdrewFromIt() {
        // "pulled (most of) its fighters out of X", "pulled back its troops from X".
        #expect(read("The Islamic State pulled most of its fighters out of Palmyra.")
                == [GeneralizationTests.Seen(kind: "withdrew", actor: nil, place: "13")])
        #expect(read("The army pulled back its troops from Palmyra.").map(\.kind) == ["withdrew"])
        // Anything else pulled out of a place is no withdrawal.
        #expect(read("Rescuers pulled the bodies out of Palmyra.").isEmpty)
    }

    @Test func anAdverbMayStandBetweenTheSpeakersForcesAndTheirVerb() {
        // "the army said its fighters now hold X": the side that speaks of its own forces.
        #expect(read("The army said its fighters now hold Khirbil.")
                == [GeneralizationTests.Seen(kind: "holds", actor: "syrian-government", place: "5")])
    }

    @Test func theSidesOfAFightAreNotTheSubjectOfTheVerbAfterIt() {
        // "بعد معارك بين الثوار وقوات النظام استطاع النظام ...": the side that did it is named
        // after the fight; the verbal noun with the holder's pronoun is one predicate.
        #expect(read("بعد يومين من المعارك الشرسة بين الثوار وقوات النظام استطاع النظام استعادة سيطرته على مدينة تدمر.")
                == [GeneralizationTests.Seen(kind: "recaptured", actor: "syrian-government", place: "13")])
    }

    @Test func eachOfOpensAListNotTheLoser() {
        // "على كل من X وY": each of X and Y; من opens the list.
        #expect(read("سيطرت فصائل المعارضة على كل من خربيل وسردة.").map(\.place) == ["5", "7"])
        #expect(read("انسحب عناصر داعش من كل من خربيل وسردة.").map(\.place) == ["5", "7"])
    }

    @Test func fireControlHoldsNothing() {
        // "السيطرة النارية على X", "fire control over X": X is within range, not taken.
        #expect(read("فرضت قوات النظام السيطرة النارية على مدينة تدمر.").isEmpty)
        #expect(read("Government forces gained fire control over Palmyra.").isEmpty)
        #expect(read("فرضت قوات النظام سيطرتها على مدينة تدمر.").map(\.kind) == ["captured"])
    }

    @Test func aValleyWordStartsAName() {
        // "ووادي زيد" in a list is the valley of Zaid (or the village named after it), not a
        // hamlet called "valley".
        #expect(read("سيطرت الفصائل على قريتي خربيل ووادي زيد.").map(\.place) == ["5", "وادي زيد"])
    }

    @Test func aQuantityWordIsNoItemOfAList() {
        // "(X، تل Y، Z) وعدة مناطق أخرى": several other areas, not a hill called "عدة".
        #expect(read("سيطرت الفصائل على بلدات (خربيل، تل صندل، سردة) وعدة مناطق أخرى.").map(\.place) == ["5", "تل صندل", "7"])
    }

    @Test func theSideAfterANounOfDoingDoesTheDeed() {
        // "بعد ساعات من قيام قوات النظام بانسحاب من X": the regime withdrew, not the subject of
        // the main clause.
        let events = Fixtures.events("سيطرت قسد على مدينة تدمر بعد ساعات من قيام قوات النظام بانسحاب مفاجئ من دير الزور.")
        #expect(events.filter { $0.kind == .withdrew }.map(\.fromActor) == ["syrian-government"])
    }

    @Test func pluralNounsJoinedOpenAList() {
        // "the villages and farms of X and Y": any two plural nouns of places before "of".
        #expect(read("The army liberated the villages and farms of Khirbil and Sarda.").map(\.place) == ["5", "7"])
        #expect(read("Rebels took the hamlets and villages of Khirbil and Sarda.").map(\.place) == ["5", "7"])
        // "the farms of X" alone is the land around X.
        #expect(read("Rebels seized the farms of Palmyra.").isEmpty)
    }

    @Test func aPrefixWrittenApartIsTheSameVerb() {
        // "re-capture", "re-took", "the re-capture of X".
        #expect(read("The Peshmerga managed to re-capture the villages of Khirbil and Sarda.").map(\.kind) == ["recaptured", "recaptured"])
        #expect(read("The army re-took Palmyra on Monday.") == [GeneralizationTests.Seen(kind: "recaptured", actor: "syrian-government", place: "13")])
        #expect(read("The re-capture of Palmyra by the army was celebrated.").map(\.kind) == ["recaptured"])
    }

    @Test func aPartialAdverbBeforeAPassiveMakesItPartOfThePlace() {
        // "X is partially occupied by Y": Y holds part of X.
        #expect(read("Raqqa is partially occupied by the YPG.") == [GeneralizationTests.Seen(kind: "contested", actor: "sdf", place: "2")])
    }

    @Test func aGraveAccentForTheAynKeepsTheNameWhole() {
        // "Ma`rat", "Mab`oujeh": some transliterations write the ayn with a grave accent.
        #expect(read("The army liberated the villages of Ma`rat Horma and Khirbil.").map(\.place) == ["Ma`rat Horma", "5"])
    }

    @Test func aStatesMilitaryCommandSpeaksForItsForces() {
        #expect(read("The Iraqi Central Command announced the liberation of Bashiqa.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "iraqi-government", place: "15")])
    }

    @Test func aBridgeTakenIsNotTheTownItLeadsTo() {
        #expect(read("The rebels captured a strategic bridge to Raqqa.").map(\.place) == ["strategic bridge"])
    }

    @Test func aLatinNameHeadTakesTheNextCapitalizedWord() {
        // "Tal Half": the name of a hill village, not a hamlet "Tal" and a fraction.
        #expect(read("Rebels seized the village of Tal Half.").map(\.place) == ["Tal Half"])
    }

    @Test func aGerundSubjectOfAModalOverAnaphorIsNoEvent() {
        // "liberating the city would take time": what may happen, whether the place is named or
        // referred to.
        #expect(read("Fighting continued in Palmyra. The army said that liberating the city would still take much time.")
                .allSatisfy { $0.kind == "contested" })
    }

    @Test func ourControlIsTheSpeakersSide() {
        // "X is under our control," a commander said; "in our hands"; "captured by our fighters".
        #expect(read("\"Khirbil and Sarda are under our control,\" an SNA commander said.")
                == [GeneralizationTests.Seen(kind: "holds", actor: "sna", place: "5"), GeneralizationTests.Seen(kind: "holds", actor: "sna", place: "7")])
        #expect(read("A rebel commander said Palmyra was in our hands.") == [GeneralizationTests.Seen(kind: "holds", actor: "rebels", place: "13")])
        #expect(read("\"Palmyra was captured by our fighters on Monday,\" a rebel commander said.").map(\.actor) == ["rebels"])
        // No side speaking, no holder.
        #expect(read("\"Palmyra is under our control,\" he said.").isEmpty)
    }

    @Test func aCompoundDirectionIsNoVillage() {
        // "قرى بريف دير الزور الجنوبي الشرقي": south-eastern, not a hamlet called "the eastern".
        #expect(read("سيطرت قوات النظام على قرى بريف دير الزور الجنوبي الشرقي.").isEmpty)
        #expect(read("سيطرت قوات النظام على قرى بريف الرقة الجنوبي الشرقي.").isEmpty)
        #expect(read("سيطرت قوات النظام على قرى بريف تدمر الجنوبي الشرقي.").isEmpty)
    }

    @Test func anEntryWithoutFightingIsACapture() {
        // "entered X without any clashes", "دخلت X دون أي اشتباك": taken, not fought over.
        #expect(read("دخلت وحدات من الجيش السوري مدينة تدمر وسط ترحيب من الأهالي دون أي اشتباك.").map(\.kind) == ["captured"])
        #expect(read("The army entered Palmyra without any clashes.").map(\.kind) == ["captured"])
        #expect(read("The army entered Palmyra amid heavy clashes with IS.").map(\.kind) == ["contested"])
    }

    @Test func aRelativeClauseClosedBeforeTheReportDescribesTheReporter() {
        // "الحشد الشعبي الذي أطبق ...، أعلن عن تحرير X": the side the relative clause describes reports.
        #expect(read("الحشد الشعبي الذي أطلق المرحلة الثالثة من العمليات غرب المدينة، أعلن عن تحرير قرية خربيل.").map(\.actor) == ["pmf"])
    }

    @Test func aClearedPlaceIsToldByTheSideThatClearedIt() {
        // "the army said X had been cleared of militants": a verb of taking that only the taker uses
        // of itself names the side that tells it; the reported pluperfect is the news.
        let events = Fixtures.events("The army said Palmyra had been cleared of militants.")
        #expect(events.map { "\($0.kind.rawValue) \($0.actor ?? "-") \($0.background)" } == ["captured syrian-government false"])
        #expect(read("Palmyra has been recaptured, the army said.").map(\.actor) == ["syrian-government"])
    }

    @Test func aNounOfControlAfterAVerbOfLossIsWhatWasLost() {
        // "فقدت قوات النظام سيطرتها على X": the regime lost X (to a side unnamed); it took nothing.
        let lost = Fixtures.events("فقدت قوات النظام سيطرتها على قرية خربيل.")
        #expect(lost.map { "\($0.kind.rawValue) \($0.actor ?? "-") \($0.fromActor ?? "-")" } == ["captured - syrian-government"])
        #expect(read("فقد المسلحون السيطرة على مدينة تدمر.").isEmpty)
        // With the taker named, the loss is its capture.
        #expect(read("فقدت قوات النظام سيطرتها على قرية خربيل لصالح فصائل المعارضة.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "rebels", place: "5")])
    }

    @Test func aReportCalledUntrueOrARumourIsDenied() {
        // "لا صحة للأنباء عن ...", "فند ... الإشاعات", "refuted claims", "قبل أن يتم نفيه".
        #expect(read("أكد قائد ميداني أنه لا صحة للأنباء عن سيطرة داعش على مدينة تدمر.").isEmpty)
        #expect(read("فند مصدر عسكري الإشاعات عن سيطرة داعش على مدينة تدمر.").isEmpty)
        #expect(read("The ministry refuted claims that Islamic State had taken Palmyra.").isEmpty)
        #expect(read("أوردت وكالة محلية خبر سيطرة داعش على مدينة تدمر، قبل أن يتم نفيه من قبل الجيش.").isEmpty)
        // "زعم" is the writer's doubt.
        #expect(read("زعمت وسائل إعلام موالية أن قوات النظام سيطرت على قرية خربيل.").isEmpty)
    }

    @Test func aSpanBackLongerThanAMonthIsHistory() {
        func told(_ text: String) -> [String] { Fixtures.events(text).map { "\($0.kind.rawValue) \($0.background)" } }
        #expect(told("A year ago, IS took full control of Palmyra.") == ["captured true"])
        #expect(told("The army captured Palmyra two years ago.") == ["captured true"])
        #expect(told("سيطرت قوات النظام على مدينة تدمر قبل عامين.") == ["captured true"])
        // Days ago are still the news.
        #expect(told("The army captured Palmyra three days ago.") == ["captured false"])
    }

    @Test func theMilitantGroupIsTheArmedGroupOfTheText() {
        // "the militant group", "the extremist organisation": the one armed group the text names,
        // not the side an earlier sentence was about.
        #expect(read("Iraqi forces have been struggling to recapture areas lost to the IS group. In May, the militant group scored a stunning victory, overrunning Mosul.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "isis", place: "14")])
    }

    @Test func aGerundSubjectOfACopulaIsNoEvent() {
        // "liberating X is essential": what is talked about; "IS is retaking X" has its copula first.
        #expect(read("The Syrian army shelled Raqqa on Monday. According to the president, liberating Palmyra is essential to ending the war.").isEmpty)
        #expect(read("Islamic State is retaking Palmyra.").map(\.kind) == ["recaptured"])
    }

    @Test func aRelativeWordRightAfterASideMakesItTheSubject() {
        // "... from IS militants, which seized X": the side before the relative word, whatever
        // governs it; not the backer in "backed by the US, which ...", nor after a joined "والتي".
        #expect(read("Iraqi forces are fighting to retake towns from IS militants, which seized Mosul.").map(\.actor) == ["isis"])
        #expect(read("تقاتل قوات سوريا الديمقراطية المدعومة من الولايات المتحدة والتي استولت على مدينة الرقة.").map(\.actor) == ["sdf"])
    }

    @Test func theTownRefersToAPlaceNamedEarlierInItsSentence() {
        // "an offensive to drive IS from X began after the militants took full control of the
        // city": X, named in the same sentence, not the place of an earlier sentence's event.
        #expect(read("The army captured Al-Bab on Monday. An offensive to drive IS out of Mosul began after the militants took full control of the city.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "10"),
                    GeneralizationTests.Seen(kind: "captured", actor: "isis", place: "14")])
    }

    @Test func oneNeighbourhoodOfAPlaceIsPartOfIt() {
        #expect(read("Turkish-backed forces entered one neighborhood of Raqqa.").map(\.kind) == ["contested"])
        #expect(read("دخلت الفصائل أحد أحياء مدينة الرقة.").map(\.kind) == ["contested"])
    }

    @Test func onceOpeningAClauseIsAConditionUnlessItsVerbIsPast() {
        #expect(read("Cavusoglu said once the Turkish capture of Al-Bab is complete, Raqqa would be the next target.").isEmpty)
        #expect(read("Once the army captured Palmyra, the rebels fled.").map(\.kind) == ["captured"])
        #expect(read("The next day, the rebels once again advanced and took control of Khirbil.").map(\.kind) == ["captured"])
        // "X was once held by Y": history.
        #expect(Fixtures.events("Raqqa was once held by Islamic State militants.").map(\.background) == [true])
    }

    @Test func untilAfterAFutureIsStillToCome() {
        #expect(read("The SDF said it would press on with the campaign until it liberated Raqqa.").isEmpty)
        #expect(read("The rebels fought for weeks until they captured Raqqa.").map(\.kind) == ["captured"])
    }

    @Test func aTakingDeniedAnywhereInTheTextIsNotNewsWhereItIsRepeated() {
        // The denial comes first; the claim it denies is repeated as a report.
        #expect(read("The SDF denied that Turkish-backed forces had taken Raqqa. Earlier, a Turkish official said Turkish-backed forces captured Raqqa.").isEmpty)
        // Another side's taking of the place stays.
        #expect(read("IS denied that the SDF had captured Raqqa. The Syrian army captured Raqqa on Monday.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "2")])
    }

    @Test func aClosedQuotationEndsWhatTheVerbInsideItIsAbout() {
        // '... under our control," Mahmud Faris, an SDF spokesman, said': the name after the quote
        // is its speaker, no place.
        #expect(read("\"All our positions are under our control,\" Mahmud Faris, an SDF spokesman, said.").isEmpty)
        // Scare quotes inside the clause do not end it.
        #expect(read("سيطرت قوات النظام «بشكل كامل» على مدينة الرقة.").map(\.place) == ["2"])
    }

    @Test func aPartOfAYearBeforeItDatesTheChange() {
        #expect(Fixtures.events("IS captured Mosul in mid-2014.").map(\.background) == [true])
        #expect(Fixtures.events("The Islamic State group seized large parts of Mosul in early 2014.").map(\.background) == [true])
        #expect(Fixtures.events("سيطر تنظيم داعش على الموصل في أواخر 2014.").map(\.background) == [true])
    }

    @Test func aPartNamedByADirectionLiesOutsideThePlace() {
        // "most of the villages north of X": not part of X.
        #expect(read("SDF fighters now control most of the villages north of Raqqa.").isEmpty)
        #expect(read("سيطرت قوات النظام على معظم القرى شمال تدمر.").isEmpty)
        #expect(read("The army took control of most of Palmyra.").map(\.kind) == ["contested"])
    }

    @Test func aListItemMayBeDescribedByOneWordBeforeItsHead() {
        // "X and the nearby town of Y"; not "X, the home village of Y".
        #expect(read("Syrian troops captured Sarda and the nearby village of Khirbil.").map(\.place) == ["7", "5"])
        #expect(read("Syrian troops captured Sarda, the home village of Khirbil.").map(\.place) == ["7"])
    }

    @Test func aSideBeforeABreakOrAfterFromIsNoReporter() {
        // '"X has been retaken from Daesh," said a statement': Daesh lost X; it says nothing.
        #expect(read("\"Mosul has been retaken from Daesh,\" said a written statement on Thursday.")
                .allSatisfy { $0.actor != "isis" })
        #expect(read("Mosul has been retaken from Daesh, the Iraqi army said.").map(\.actor) == ["iraqi-government"])
    }

    @Test func theSideWhoseOperationItWasTookThePlace() {
        // "cleared of YPG fighters in Turkey's ongoing operation", "as part of the Turkish offensive".
        #expect(read("Raqqa was captured in a Turkish military operation.").map(\.actor) == ["turkey"])
        #expect(read("Raqqa has been cleared of YPG fighters as part of the Turkish offensive.").map { "\($0.kind) \($0.actor ?? "-")" }
                == ["captured turkey"])
        // A part of a place stays a part.
        #expect(read("The army captured the eastern part of Palmyra.").map(\.kind) == ["contested"])
    }

    @Test func theLatterIsTheSideNamedLast() {
        #expect(read("دارت اشتباكات بين قوات النظام من جهة، والفصائل من جهة أخرى، وسيطرت الأخيرة على قرية خربيل.").map(\.actor) == ["rebels"])
        #expect(read("Clashes broke out between the army and the rebels, and the latter took Khirbil.").map(\.actor) == ["rebels"])
        // A verb joined by و, with no side of its own, shares the latter.
        #expect(read("ووفق المرصد، دارت اشتباكات هي الأعنف منذ انطلاق هذه العملية في ريف حماة الشمالي، بين قوات النظام من جهة، والهيئة والفصائل من جهة أخرى، وسيطرت الأخيرة على قرية خربيل واستعادت السيطرة على مدينة الرقة.")
                .map(\.actor) == ["rebels", "rebels"])
        // "الساعات الأخيرة": the last hours, no side.
        #expect(read("سيطرت قوات النظام خلال الساعات الأخيرة على قرية خربيل.").map(\.actor) == ["syrian-government"])
    }

    @Test func aClauseOfTimeOpeningItsSentenceSharesTheSubjectAfterItsComma() {
        // "After capturing X, the army advanced", "فبعد السيطرة على X، استطاع الثوار ...".
        #expect(read("Rebels shelled Raqqa. After capturing Palmyra, the Syrian army advanced on Raqqa.").map(\.actor) == ["syrian-government"])
        #expect(read("تخسر قوات النظام منطقة تلو الأخرى، فبعد السيطرة على قرية خربيل، استطاع الثوار التقدم.").map(\.actor) == ["rebels"])
        // In the middle of an English sentence it belongs to the clause before.
        #expect(read("The SDF captured Raqqa, after capturing Khirbil, confining ISIL to two villages.").map(\.actor) == ["sdf", "sdf"])
    }

    @Test func aWordListedWithItsArticleHeadsAnotherConstructWithout() {
        // "هيئة الأركان العامة" is the general staff, not "الهيئة" (HTS).
        #expect(read("أعلنت هيئة الأركان العامة للجيش والقوات المسلحة تحرير مدينة تدمر.").map(\.actor) == ["syrian-government"])
        #expect(read("سيطرت الهيئة على قرية خربيل.").map(\.actor) == ["hts"])
        #expect(read("سيطرت فصائل معارضة على قرية خربيل.").map(\.actor) == ["rebels"])
    }

    @Test func aPlaceAfterTheSubjectsForceNounIsItsGenitive() {
        // "سيطر ثوار حلب على X": the rebels of Aleppo took X; Aleppo was not taken.
        #expect(read("سيطر ثوار الرقة على قرية خربيل.") == [GeneralizationTests.Seen(kind: "captured", actor: "rebels", place: "5")])
        // A transitive verb's object may follow the subject directly.
        #expect(read("استعادت قوات النظام تدمر.").map(\.place) == ["13"])
    }

    @Test func aPhraseOfTimeBetweenManagedAndToKeepsTheDeedDone() {
        // "managed on Saturday morning to recapture X": done, as "managed to recapture X" is.
        #expect(read("The Iraqi army managed on Saturday morning to recapture the town of Bashiqa.")
            == [GeneralizationTests.Seen(kind: "recaptured", actor: "iraqi-government", place: "15")])
        #expect(read("The Iraqi army managed, at noon today, to liberate the town of Bashiqa.").map(\.place) == ["15"])
        // A purpose stays a purpose across the same phrase.
        #expect(read("The Iraqi army launched an offensive on Saturday morning to recapture the town of Bashiqa.").isEmpty)
    }

    @Test func theSideOfAHyphenedAdjectiveIsNotTheNextSentencesSubject() {
        // "near the IS-held town of X": IS describes the town; "they" are still the attackers.
        let seen = read("Iraqi forces launched an assault at dawn on villages near the IS-held town of Mosul, a source said. "
            + "They have so far freed the town of Bashiqa.")
        #expect(seen.filter { $0.place == "15" } == [GeneralizationTests.Seen(kind: "captured", actor: "iraqi-government", place: "15")])
    }

    @Test func fightersFromASideBeforeTheVerbAreItsFighters() {
        // "Forces from X", "fighters from X": the side owns the fighters, it is not the loser.
        #expect(read("Fighters from the SDF seized the town of Al-Bab on Monday.").map(\.actor) == ["sdf"])
        #expect(read("Units from the Syrian army and allied militias liberated the town of Al-Bab.").map(\.actor) == ["syrian-government"])
        // After the verb, "from" still names the side that lost the place.
        let after = Fixtures.events("The Syrian army recaptured the town of Al-Bab from fighters from IS.")
        #expect(after.map(\.actor) == ["syrian-government"] && after.map(\.fromActor) == ["isis"])
    }

    @Test func asWellAsGoesOnWithTheListOfPlaces() {
        // "the villages of X and Y, as well as the village of Z": three places taken.
        #expect(read("Rebels seized the villages of Khirbil and Sarda, as well as the village of Kafr Nuran, killing dozens.").map(\.place)
            == ["5", "7", "24"])
        // A verb after "as well as" is another deed, not a further place.
        #expect(read("Rebels captured the village of Khirbil, as well as attacking the village of Sarda.").map(\.place) == ["5"])
    }

    @Test func aPartOfTheDayIsAPhraseOfTime() {
        // "عصر اليوم" (this afternoon) between the subject's description and the object.
        #expect(read("سيطرت قوات النظام المدعومة بالميليشيات الأجنبية عصر اليوم الأحد، على قرية خربيل.")
            == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "5")])
    }

    @Test func inAdditionToGoesOnWithTheListOfPlaces() {
        // "قرى X وY، بالإضافة إلى قرى Z": the same side took Z too.
        #expect(read("سيطرت قوات النظام على قرى خربيل وسردة، بالإضافة إلى قرية كفر نوران.").map(\.place) == ["5", "7", "24"])
        #expect(read("سيطرت قوات النظام على قرى خربيل وكفر نوران، فضلا عن قرية سردة.").map(\.place) == ["5", "24", "7"])
    }

    @Test func theirTroopsAreThePossessorsForces() {
        // "according to the SDF's statement, their troops captured X": not the state's army.
        #expect(read("According to the SDF statement, their troops captured the town of Al-Bab.").map(\.actor) == ["sdf"])
        #expect(read("Syrian troops captured the town of Al-Bab.").map(\.actor) == ["syrian-government"])
    }

    @Test func theSideAttackedIsNotTheSubjectOfTheVerbJoinedAfter() {
        // "the forces attacked the Kurdish fighters' positions and seized X": the Kurds did not.
        let seen = read("Turkish-backed rebels launched an offensive in northern Syria. The forces attacked the Kurdish fighters positions and seized control of the town of Al-Bab.")
        #expect(!seen.contains { $0.actor == "sdf" || $0.actor == "kurdish" })
    }

    @Test func aPlaceAfterToIsWhereHeldLandLeads() {
        // "to link areas under their control to X": X is not what they hold.
        #expect(read("According to Peshmerga commanders in Mosul, the villages were of key value to IS fighters to link areas under their control to Bashiqa.")
            .filter { $0.place == "15" }.isEmpty)
        #expect(read("The town of Bashiqa is under the control of IS fighters.").map(\.place) == ["15"])
    }

    @Test func aNameFollowedByAPersonsOfficeIsAPerson() {
        // "Khirbil, head of the local council, said ...": a man called after a village.
        #expect(read("Meanwhile, Khirbil, head of the local council, said people fled when the village fell to the rebels.").isEmpty)
        #expect(read("Rebels captured Khirbil, a village near Deir ez-Zor.").map(\.place) == ["5"])
    }

    @Test func aVerbAfterCommaAndSharesTheSubjectOfTheClauseBefore() {
        // "the SDF moved out of X, and attacked the rebels, capturing Y": the SDF took Y.
        #expect(read("Later, the SDF moved eastward out of Deir ez-Zor, and successfully attacked the rebels, capturing the town of Al-Bab.")
            .filter { $0.place == "10" }.map(\.actor) == ["sdf"])
        // A clause with a subject of its own keeps it.
        #expect(read("The SDF shelled Deir ez-Zor, and the rebels captured the town of Al-Bab.").filter { $0.place == "10" }.map(\.actor) == ["rebels"])
    }

    @Test func aMonthWithItsOtherNameAndTheWordForYearIsDatedByThatYear() {
        // "في نيسان/أبريل العام 2013": long before the report, background history.
        let events = Fixtures.events("وفرضت فصائل مقاتلة حصارا على مدينة دير الزور في نيسان/ابريل العام 2013.")
        #expect(events.map(\.background) == [true])
        #expect(events.first?.date?.year == 2013)
    }

    @Test func aSiegeTheReportSaysWasBrokenIsHistory() {
        // "فك الجيش الحصار عن X بعد ثلاث سنوات من حصاره": the siege is what ended, and the side
        // that broke it laid none.
        let events = Fixtures.events("فك الجيش السوري الحصار عن مدينة دير الزور بعد ثلاث سنوات من حصاره.")
        #expect(events.map(\.kind) == [.siegeBroken])
        // A siege told of elsewhere in the report is its history.
        let later = Fixtures.events("كسر الجيش السوري الحصار عن مدينة دير الزور. ويحاصر تنظيم داعش المدينة منذ ثلاث سنوات.")
        #expect(later.filter { $0.kind == .besieged }.allSatisfy { $0.background })
        #expect(later.contains { $0.kind == .siegeBroken && !$0.background })
    }

    @Test func theSideBeforeABrokenSiegeNounLaidTheSiege() {
        // "the breaking of the ISIL siege of X": IS broke nothing.
        let events = Fixtures.events("The breaking of the ISIL siege of Deir ez-Zor was met with scenes of celebration.")
        #expect(events.map(\.kind) == [.siegeBroken] && events.map(\.actor) == [nil] && events.map(\.fromActor) == ["isis"])
        #expect(Fixtures.events("The Syrian army broke the ISIL siege of Deir ez-Zor.").map(\.actor) == ["syrian-government"])
    }

    @Test func aQuotationOverTwoSentencesIsSpokenByTheSideNamedAfterIt() {
        // "“X is under our control. The fight goes on,” a rebel commander said.": the rebels hold X.
        #expect(read("“The town of Al-Bab is under our control. Our fight here goes on,” a rebel commander said.")
            == [GeneralizationTests.Seen(kind: "holds", actor: "rebels", place: "10")])
        #expect(read("\"We have liberated the town of Al-Bab. The battle goes on,\" an SDF commander said.").map(\.actor) == ["sdf"])
        // A quotation that closes without naming its speaker names no side.
        #expect(read("“We have liberated the town of Al-Bab.” The town was quiet on Monday.").isEmpty)
    }

    @Test func theSideAfterASubordinatingConjunctionIsItsClausesSubject() {
        // "IS was dealt a blow when the army retook X": the army retook it.
        #expect(read("IS was dealt a major blow when Syrian troops retook the town of Al-Bab.").map(\.actor) == ["syrian-government"])
        #expect(read("Thirty IS fighters were killed as the SDF captured the town of Al-Bab.").map(\.actor) == ["sdf"])
        // "as well as" joins a side to the subject; it opens no clause.
        #expect(read("The SDF as well as Arab tribesmen captured the town of Al-Bab.").map(\.actor) == ["sdf"])
    }

    @Test func aClauseOpenedByFightersWithoutASideCarriesNone() {
        // "The fighters blew up the police station and advanced, seizing X": whose fighters the
        // sentence does not say; the side of the sentence before (the police) did not seize X.
        #expect(read("Iraqi police came under attack at dawn and withdrew from the area. The fighters blew up the police station and advanced further, seizing the town of Bashiqa.")
            .filter { $0.place == "15" && $0.actor == "iraqi-government" }.isEmpty)
    }

    @Test func aVerbOfTryingOrRepellingDoesNotGovernALaterFiniteVerb() {
        // The attack repelled, or the storming tried, is no event; the town taken after it is.
        #expect(read("صدت الفصائل هجوما على قرية سردة وسيطرت على قرية خربيل.") == [.init(kind: "captured", actor: "rebels", place: "5")])
        #expect(read("حاولت قوات النظام اقتحام قرية سردة، لكنها سيطرت على قرية خربيل.") == [.init(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("Rebels repelled an attack on Sarda and captured Khirbil.") == [.init(kind: "captured", actor: "rebels", place: "5")])
        // The verbal noun or the imperfect after them stays governed ("تحاول استعادتها" is an attempt).
        #expect(read("قالت الفصائل إن قوات النظام تحاول استعادتها وتحاول السيطرة على قرية خربيل.").isEmpty)
        #expect(read("حاولت قوات النظام أن تسيطر على قرية خربيل.").isEmpty)
        #expect(read("Rebels tried to capture Khirbil.").isEmpty)
    }

    @Test func repellingRefusingAndWishingAreNoChangeInEitherLanguage() {
        #expect(read("Kurdish fighters fought off an IS attack on Khirbil.").isEmpty)
        #expect(read("Peshmerga forces held off an IS attack on Khirbil.").isEmpty)
        #expect(read("يتصدى الجيش لهجوم داعش على قرية خربيل.").isEmpty)
        #expect(read("رفضت فصائل المعارضة الانسحاب من قرية خربيل.").isEmpty)
        #expect(read("Rebels refused to withdraw from Khirbil.").isEmpty)
        #expect(read("تأمل القوات العراقية في استعادة الموصل قبل رمضان.").isEmpty)
        #expect(read("يريد الجيش السوري السيطرة على قرية خربيل.").isEmpty)
        // Refusing one thing and then taking a place is the taking.
        #expect(read("رفضت الفصائل الاتفاق وسيطرت على قرية خربيل.") == [.init(kind: "captured", actor: "rebels", place: "5")])
    }

    @Test func qadBeforeAnImperfectIsAPossibility() {
        // "قد يقتحم": may storm; "قد سيطرت", "قد تمكنت": has taken.
        #expect(read("قد يقتحم الجيش السوري قرية خربيل.").isEmpty)
        #expect(read("قد تسيطر قوات النظام على قرية خربيل خلال أيام.").isEmpty)
        #expect(read("قد سيطرت قوات النظام على قرية خربيل.") == [.init(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("قد تمكنت قوات النظام من السيطرة على قرية خربيل.") == [.init(kind: "captured", actor: "syrian-government", place: "5")])
    }

    @Test func theTimeOfAStandingAsideAfterThePlaceIsNotTheTakings() {
        // "held by IS since 2014" dates the holding, not the capture reported.
        #expect(read("The SDF seized Khirbil, held by IS since 2014.") == [.init(kind: "captured", actor: "sdf", place: "5")])
        let english = Fixtures.analyzer.analyze(Document(title: "", text: "The SDF seized Khirbil, held by IS since 2014.",
                                                         published: EventDate("2024-05-16")))
        #expect(english.events.map(\.background) == [false])
        let arabic = Fixtures.analyzer.analyze(Document(title: "", text: "سيطرت قسد على قرية خربيل الخاضعة لسيطرة داعش منذ عام 2014.",
                                                        published: EventDate("2024-05-16")))
        #expect(arabic.events.map(\.background) == [false])
        #expect(read("The SDF seized Khirbil in 2014.").isEmpty == false)
        #expect(Fixtures.analyzer.analyze(Document(title: "", text: "The SDF seized Khirbil in 2014.", published: EventDate("2024-05-16")))
            .events.map(\.background) == [true])
    }

    @Test func theSideAfterOfIsWhoseFightersTheNounNames() {
        // "jihadists" alone would be IS; "of Hayat Tahrir al-Sham" says whose they are.
        #expect(read("Jihadists of Hayat Tahrir al-Sham captured Khirbil.").map(\.actor) == ["hts"])
        #expect(read("Fighters of the Nusra Front captured Khirbil.").map(\.actor) == ["hts"])
        #expect(read("Jihadists captured Khirbil on Monday.").map(\.actor) == ["isis"])
    }

    @Test func aNameInThePossessiveBeforeAThingIsNoListItem() {
        // "Raqqa's gateway" describes the village; Raqqa was not taken.
        #expect(read("Rebels captured Khirbil, Raqqa's gateway, on Sunday.") == [.init(kind: "captured", actor: "rebels", place: "5")])
        #expect(read("Rebels captured Palmyra, Al-Bab and Bashiqa.").map(\.place) == ["13", "10", "15"])
    }

    @Test func aStateThatSpeaksIsItsGovernment() {
        // "Iraq said its forces had liberated X", "أعلن العراق تحرير X": the state speaking is its
        // government, whose forces took the town.
        #expect(read("Iraq announced that its forces had liberated Mosul.").map(\.actor) == ["iraqi-government"])
        #expect(read("On Monday, Iraq declared Mosul liberated from IS.").map(\.actor) == ["iraqi-government"])
        // A state named after a place word is where someone is, not who speaks.
        #expect(read("The Kurdish-led administration in northeast Syria said the SDF had captured Raqqa.").map(\.actor) == ["sdf"])
    }

    @Test func aCommonWordQuotedAloneAfterANounOfSettlementIsAName() {
        // "قرى "الجديدة" و"خربيل"": the quotes make "الجديدة" (new) a village's name.
        #expect(read("سيطرت قوات النظام على قرى \"الجديدة\" و\"خربيل\".").map(\.place) == ["21", "5"])
        // Unquoted it is the adjective of the noun ("new villages").
        #expect(read("سيطرت قوات النظام على قرى جديدة في ريف حماة.").isEmpty)
    }

    @Test func aRetakingFromANamedLoserWithNoTakerIsTheReportsSide() {
        // "Hawija was retaken from IS": the side the report is about retook it.
        #expect(read("Iraqi forces pushed north on Monday. Mosul was retaken from IS on Tuesday.")
            == [.init(kind: "recaptured", actor: "iraqi-government", place: "14")])
        // Never the loser itself, and never a capture with no loser named.
        #expect(read("IS fighters attacked on Monday. Mosul was retaken from IS on Tuesday.").map(\.actor) == [nil])
        #expect(read("Iraqi forces pushed north on Monday. Mosul was captured on Tuesday.").isEmpty)
    }

    @Test func aQuarterOfATownNamedByItsDirectionIsPartOfIt() {
        // "the eastern side of Mosul", "the south-western area of X": a part changed hands.
        #expect(read("Iraqi troops took the eastern side of Mosul.") == [.init(kind: "contested", actor: "iraqi-government", place: "14")])
        #expect(read("Iraqi troops cleared the south-western area of Mosul.").map(\.kind) == ["contested"])
        #expect(read("Iraqi troops entered the western sector of Mosul.").map(\.kind) == ["contested"])
        // "the area of X" alone is the place and around it.
        #expect(read("Iraqi troops took the area of Bashiqa.") == [.init(kind: "captured", actor: "iraqi-government", place: "15")])
    }

    @Test func aCapitalizedNameBetweenTwoListedNamesIsOneMoreItem() {
        // "captured X, Zaydiya and Y": the gazetteer lacks the middle name as written; it is a
        // village of the list all the same, kept unresolved.
        #expect(read("Rebels captured Palmyra, Zaydiya and Al-Bab.").map(\.place) == ["13", "Zaydiya", "10"])
        #expect(read("Rebels captured Palmyra, Zaydiya, Al-Bab and Bashiqa.").map(\.place) == ["13", "Zaydiya", "10", "15"])
        // Not after the list: the reporters named after it are no places.
        #expect(read("Rebels captured Palmyra, Reuters and AFP reported.").map(\.place) == ["13"])
    }

    @Test func aSideThatSaysItHadTakenAPlaceTellsTheNews() {
        // Reported speech shifts the past back whatever the subject: a pronoun or a noun that
        // stands for the place is no sign of earlier history.
        for text in ["The SDF said it had completely liberated Raqqa.", "The SDF said they had completely liberated Raqqa."] {
            #expect(Fixtures.events(text).map { "\($0.kind.rawValue) \($0.actor ?? "-") \($0.background)" } == ["captured sdf false"], "\(text)")
        }
        // An earlier report of it is history all the same.
        #expect(Fixtures.events("Last year, the SDF said it had liberated Raqqa.").map(\.background) == [true])
    }

    @Test func theSideAfterTheSiegeNounLaidTheSiegeTheSubjectBroke() {
        // "broke the siege imposed by IS on X": the subject broke it; IS had laid it.
        let events = Fixtures.events("The army has broken the siege imposed by IS on Palmyra for two years.")
        #expect(events.map { "\($0.kind.rawValue) \($0.actor ?? "-") \($0.fromActor ?? "-")" } == ["siege_broken syrian-government isis"])
        // The siege alone is still IS's.
        #expect(Fixtures.events("The siege imposed by IS on Palmyra goes on.").map { "\($0.kind.rawValue) \($0.actor ?? "-")" } == ["besieged isis"])
    }

    @Test func fightersEncircledInAPlaceMakeItBesieged() {
        // "IS fighters have been encircled in X by Y": the passive of "surrounded IS fighters in X".
        let events = Fixtures.events("IS fighters have been encircled in Raqqa by Kurdish-led forces.")
        #expect(events.map { "\($0.kind.rawValue) \($0.actor ?? "-") \($0.fromActor ?? "-")" } == ["besieged sdf isis"])
        // Civilians trapped there are no side; nor is a place that only follows the agent.
        #expect(read("Civilians have been encircled in Raqqa.").isEmpty)
    }

    @Test func anExpulsionToldByASideIsItsGain() {
        // "IS fighters were driven out of X, the army said": the side telling it took the place.
        #expect(read("IS fighters were driven out of Palmyra, the Syrian army said.") == [.init(kind: "captured", actor: "syrian-government", place: "13")])
        #expect(read("IS fighters were ousted from Palmyra, the Syrian army announced.") == [.init(kind: "captured", actor: "syrian-government", place: "13")])
        // Not a monitor, and never the expelled side itself.
        #expect(read("IS fighters were driven out of Palmyra, the monitor said.").map(\.actor) == [nil])
        #expect(read("IS fighters were driven out of Palmyra, IS said.").map(\.actor) == [nil])
    }

    @Test func expelAndOustAreVerbsOfExpulsionInEveryVoice() {
        #expect(read("The army expelled IS fighters from Palmyra.") == [.init(kind: "captured", actor: "syrian-government", place: "13")])
        #expect(read("IS fighters were expelled from Palmyra by the Syrian army.") == [.init(kind: "captured", actor: "syrian-government", place: "13")])
        #expect(read("Syrian troops oust IS from Palmyra") == [.init(kind: "captured", actor: "syrian-government", place: "13")])
        // "expelled" with no side expelled from a place is no capture.
        #expect(read("The army expelled journalists on Monday.").isEmpty)
    }

    @Test func factionsBackedByAPatronAreItsClients() {
        // "rebels backed by Turkey" are the SNA, as "Turkish-backed rebels" are, in both languages.
        #expect(read("Al-Bab fell to Syrian rebels backed by Turkey on Sunday.") == [.init(kind: "captured", actor: "sna", place: "10")])
        #expect(read("Rebels supported by Turkey captured Al-Bab.") == [.init(kind: "captured", actor: "sna", place: "10")])
        #expect(read("Rebels, backed by Turkey, captured Al-Bab.") == [.init(kind: "captured", actor: "sna", place: "10")])
        #expect(read("سيطرت فصائل الجيش الحر المدعومة من تركيا على مدينة الباب.") == [.init(kind: "captured", actor: "sna", place: "10")])
        #expect(read("سيطرت الفصائل بدعم من تركيا على مدينة الباب.") == [.init(kind: "captured", actor: "sna", place: "10")])
        // A group with a name of its own stays itself.
        #expect(read("HTS fighters backed by Turkey seized Al-Bab.").map(\.actor) == ["hts"])
    }

    @Test func aClaimTheOtherSideDisputesMovesNothing() {
        #expect(read("Rebels said they had taken Khirbil, but the army disputed the claim.").isEmpty)
        #expect(read("Rebels said they had taken Khirbil; the army rejected the claims.").isEmpty)
        // "أكد عدم صحة الأنباء عن سيطرة Y على X": the reports are said to be untrue.
        #expect(read("أكد ناشطون عدم صحة الأنباء عن سيطرة قوات النظام على قرية خربيل.").isEmpty)
        // "the disputed town" is a contested town, not a denial.
        #expect(read("Rebels took the disputed town of Khirbil.") == [.init(kind: "captured", actor: "rebels", place: "5")])
    }

    @Test func aPeoplesNameStandsForItsFighters() {
        // "Kurds seize X": the fighters, on either side of the border.
        #expect(read("Kurds seize Raqqa from Islamic State").map(\.actor) == ["sdf"])
        #expect(read("Kurds seize Mosul from Islamic State").map(\.actor) == ["peshmerga"])
        #expect(read("Syrian troops clawed back Palmyra from IS.") == [.init(kind: "recaptured", actor: "syrian-government", place: "13")])
    }

    @Test func aTimeInsideARelativeAsideIsTheAsides() {
        // "Hit, which IS seized in 2014, was retaken on Monday": 2014 dates the aside, not the retaking.
        let events = Fixtures.events("Palmyra, which IS captured in 2015, was recaptured by Syrian troops on Monday.")
        #expect(events.map { "\($0.kind.rawValue) \($0.actor ?? "-") \($0.background)" } == ["captured isis true", "recaptured syrian-government false"])
        #expect(events.last?.date == EventDate("2024-05-13"))
    }

    @Test func aPerfectParticipleSharesTheMainClausesSubjectAndTime() {
        // "Having taken X, the rebels pushed on", "IS fighters, having seized X, moved west".
        #expect(read("Having taken Khirbil, the rebels pushed on towards the highway.") == [.init(kind: "captured", actor: "rebels", place: "5")])
        #expect(read("IS fighters, having seized Palmyra, moved west.") == [.init(kind: "captured", actor: "isis", place: "13")])
        #expect(Fixtures.events("On Monday, IS fighters, having seized Palmyra, moved west.").map(\.date) == [EventDate("2024-05-13")])
    }

    @Test func aSideThatSaysItHoldsAPlaceIsItsHolder() {
        // "The army said it was in full control of X": the pronoun after the report is the reporter.
        #expect(read("The Syrian army said it was in full control of Palmyra.") == [.init(kind: "holds", actor: "syrian-government", place: "13")])
        #expect(read("The rebels said they hold Khirbil.") == [.init(kind: "holds", actor: "rebels", place: "5")])
        // A pronoun with no report before it names no holder.
        #expect(read("It was in full control of Palmyra.").isEmpty)
    }

    @Test func theSideBetweenTheSiegeNounAndTheBreakingVerbLaidTheSiege() {
        // "the siege of X by IS was broken by Y": IS laid it, Y broke it.
        let broken = Fixtures.events("The siege of Palmyra by IS was broken by Syrian troops.")
        #expect(broken.map { "\($0.kind.rawValue) \($0.actor ?? "-") \($0.fromActor ?? "-")" } == ["siege_broken syrian-government isis"])
        // "... by IS ended": IS broke nothing.
        #expect(Fixtures.events("The siege of Palmyra by IS ended on Monday.").compactMap(\.actor).isEmpty)
        // A side in a compound there is no besieger: "the siege of rebel-held X had been broken".
        #expect(read("The rebels announced that the siege of rebel-held Khirbil had been broken.").filter { $0.kind == "siege_broken" }.map(\.actor) == ["rebels"])
    }

    @Test func theOtherVerbalNounOfBesiegingIsASiege() {
        // "محاصرة" beside "حصار": "تواصل القوات محاصرة X", "بمحاصرة عناصر داعش في X".
        #expect(read("تواصل قوات النظام محاصرة مدينة الرقة.") == [.init(kind: "besieged", actor: "syrian-government", place: "2")])
        #expect(Fixtures.events("وتستمر قوات النظام بمحاصرة عناصر داعش في مدينة الرقة.").map { "\($0.kind.rawValue) \($0.actor ?? "-") \($0.fromActor ?? "-")" }
                == ["besieged syrian-government isis"])
        // The participle after a definite place describes it: no new siege.
        #expect(read("وصلت المساعدات إلى مدينة الرقة المحاصرة.").isEmpty)
    }

    @Test func aSiegeLiftedFromItIsTheSiegeOfThePlaceBefore() {
        // "فتحت القوات طريقا إلى X وكسرت الحصار عنها": عنها is the place named before.
        #expect(read("تمكنت قوات النظام من فتح طريق إلى مدينة دير الزور وكسر الحصار عنها.")
                == [.init(kind: "siege_broken", actor: "syrian-government", place: "1")])
    }

    @Test func lastYearRightAfterTheObjectIsHistory() {
        #expect(Fixtures.events("The SDF captured Raqqa last year.").map(\.background) == [true])
        #expect(Fixtures.events("سيطرت قوات النظام على مدينة تدمر العام الماضي.").map(\.background) == [true])
        // Not when it dates another verb after a comma.
        #expect(Fixtures.events("Kurdish forces seized Mosul on Friday, months after IS swept through the north last year.").map(\.background) == [false])
    }

    @Test func theJihadistsAreTheJihadistGroupTheArticleNames() {
        // IS by default; Nusra/HTS in an article that names only it.
        #expect(read("The jihadists seized Palmyra on Sunday.").map(\.actor) == ["isis"])
        #expect(read("The Nusra Front attacked army positions. The jihadist group captured Khirbil.").map(\.actor) == ["hts"])
        #expect(read("Nusra and IS fighters clashed. The jihadists took Palmyra.").map(\.actor) == ["isis"])
    }

    @Test func aVerbAfterButSharesTheSubjectBefore() {
        // "lost X but took Y", "shelled X and then stormed Y": the second verb has no subject of its own.
        #expect(read("The rebels lost Palmyra but captured Khirbil.") == [.init(kind: "captured", actor: nil, place: "13"), .init(kind: "captured", actor: "rebels", place: "5")])
        #expect(read("The army shelled Raqqa and then stormed Sarda.") == [.init(kind: "captured", actor: "syrian-government", place: "7")])
        #expect(read("IS fighters failed to take Damascus but then seized Al-Bab.").map(\.actor) == ["isis"])
        // A subject of its own after "but" is the verb's.
        #expect(read("The army shelled Raqqa, but IS captured Sarda.").map(\.actor) == ["isis"])
    }

    @Test func aTakingPreventedDidNotHappen() {
        #expect(read("Kurdish fighters prevented IS from capturing Raqqa.").isEmpty)
        #expect(read("The rebels dug trenches to prevent the capture of Khirbil by the army.").isEmpty)
        #expect(read("منعت قوات النظام عناصر داعش من السيطرة على مدينة تدمر.").isEmpty)
        // A verb of its own after it is told.
        #expect(read("The army prevented IS from entering Palmyra and captured Sarda.") == [.init(kind: "captured", actor: "syrian-government", place: "7")])
    }

    @Test func placesAfterBetweenBoundWhatWasTaken() {
        #expect(read("The army seized the farmland between Palmyra and Sarda.").isEmpty)
        #expect(read("IS fighters captured the road between Raqqa and Deir ez-Zor on Monday.").isEmpty)
    }

    @Test func firmingUpItsGripIsStandingControl() {
        #expect(read("IS has consolidated its grip on Raqqa.") == [.init(kind: "holds", actor: "isis", place: "2")])
        #expect(read("The rebels tightened their hold on Khirbil.").map(\.kind) == ["holds"])
        #expect(read("IS loosened its grip on Raqqa.").isEmpty)
    }

    @Test func alQaedaIsItsBranchInTheCountry() {
        #expect(read("Al-Qaeda fighters seized Khirbil on Monday.").map(\.actor) == ["hts"])
        #expect(read("Al-Qaeda militants overran Mosul.").map(\.actor) == ["isis"])
    }

    @Test func fightersLinkedToASideAreThatSides() {
        #expect(read("Insurgents linked to al-Qaeda captured Khirbil from the Free Syrian Army.").map(\.actor) == ["hts"])
        #expect(read("Militias loyal to the government recaptured Sarda.").map(\.actor) == ["syrian-government"])
        #expect(read("Militants affiliated with the Islamic State captured Al-Bab from the rebels.").map(\.actor) == ["isis"])
        // Allies are another side.
        #expect(read("Rebels allied with the Nusra Front seized Khirbil.").map(\.actor) == ["rebels"])
    }

    @Test func aNameHeldPrisonerIsAPerson() {
        #expect(read("Al-Qaeda fighters held Peter Hanley and two other reporters prisoner.").isEmpty)
        #expect(read("IS held Raqqa, taking hostages in the city.") == [.init(kind: "holds", actor: "isis", place: "2")])
    }

    @Test func anotherStatesTroopsAreNoSideOfTheMap() {
        // An adjective of nationality the lexicon lacks before a generic force noun.
        #expect(read("Jordanian troops seized Khirbil on Monday.").isEmpty)
        // Nor is the side named before carried into their clause.
        #expect(read("The army shelled Raqqa. Israeli troops captured Khirbil.").isEmpty)
        #expect(read("Syrian troops captured Sarda.").map(\.actor) == ["syrian-government"])
    }

    @Test func turkishLedForcesAreTheTurkishSide() {
        #expect(read("Turkish-led forces captured Al-Bab on Thursday.").map(\.actor) == ["sna"])
    }

    @Test func theSidesOfARelationAreNotTheSubjectOfTheVerbAfterIt() {
        #expect(read("Tension between Turkey and the rebels grew the day IS fighters captured Al-Bab.").map(\.actor) == ["isis"])
    }

    @Test func aShareOfTheTownNamedBeforeIsContested() {
        // "the eastern part of the city" holds the anaphor's share, as of a named place.
        #expect(read("The rebels advanced on Raqqa. The eastern part of the city is now under the control of the rebels.")
                .map(\.kind) == ["contested"])
    }

    @Test func theArmyOfANameIsAGroupNotTheStatesArmy() {
        #expect(!read("The Army of Glory captured Khirbil on Monday.").contains { $0.actor == "syrian-government" })
        #expect(!read("IS handed over Al-Bab to the Army of the Mujahideen.").contains { $0.actor == "syrian-government" })
        #expect(read("The Army captured Khirbil on Monday.").map(\.actor) == ["syrian-government"])
    }

    @Test func aCounterAttackBySideRetakesForThatSide() {
        #expect(read("The SDF held the area. A counter-attack by IS succeeded in retaking Khirbil.").map(\.actor) == ["isis"])
        // Not past another side before the verb.
        #expect(read("Following an offensive by the army, rebels captured Khirbil.").map(\.actor) == ["rebels"])
    }

    @Test func theTownBeforeAThingNamesWhatTheThingServes() {
        // "secured the airport road": the road, not the airport.
        #expect(read("The army reached Deir ez-Zor Air Base. Government forces then secured the airbase road.").isEmpty)
    }

    @Test func aFormerlyHeldPlaceIsNoStandingHold() {
        #expect(read("Aid reached formerly rebel-held Khirbil on Monday.").isEmpty)
        #expect(read("Aid reached rebel-held Khirbil on Monday.") == [.init(kind: "holds", actor: "rebels", place: "5")])
    }

    @Test func theSidePraisedForATakingTookThePlace() {
        #expect(read("هنأ الرئيس الإيراني الجيش السوري بتحرير مدينة تدمر.").map(\.actor) == ["syrian-government"])
        #expect(read("شكرت الولايات المتحدة القوات العراقية على تحرير الموصل.").map(\.actor) == ["iraqi-government"])
        #expect(read("Russia praised the Syrian army for recapturing Palmyra.").map(\.actor) == ["syrian-government"])
    }

    @Test func forcesNamedAfterTheSideTheyFightAreItsOpponents() {
        // The Syrian government's opponents are the rebels, however they are named.
        for sentence in ["Anti-regime fighters captured Khirbil on Monday.", "Opponents of the Assad regime captured Khirbil on Monday.",
                         "Government opponents captured Khirbil on Monday.", "Assad's enemies captured Khirbil on Monday.",
                         "Militias opposed to Damascus captured Khirbil on Monday.", "سيطرت الفصائل المناهضة للنظام على خربيل.",
                         "سيطر معارضو الأسد على خربيل.", "سيطرت القوات المعادية لدمشق على خربيل."] {
            #expect(read(sentence).map(\.actor) == ["rebels"], "\(sentence)")
        }
        // Another side's opponents are no one side: no taker rather than that side.
        #expect(!read("Anti-IS forces captured Khirbil on Monday.").contains { $0.actor == "isis" })
        #expect(!read("سيطرت القوات المناهضة لتنظيم داعش على خربيل.").contains { $0.actor == "isis" })
    }

    @Test func aBareVerbAfterAndSharesTheAimOfTheVerbBefore() {
        #expect(read("The army launched an offensive to seize Khirbil and occupy Sarda.").isEmpty)
        #expect(read("The army will seize Khirbil and then capture Sarda.").isEmpty)
        // Finite verbs are events of their own.
        #expect(read("The army seized Khirbil and then captured Sarda.").map(\.place) == ["5", "7"])
    }

    @Test func itIsNotThePlaceThatOnlyLocatesAnotherThing() {
        // "it" is the town entered, not the city that locates the stronghold.
        #expect(!read("Government forces entered Khirbil, the last stronghold held by IS near Raqqa, and secured it on Monday.")
            .contains { $0.place == "2" })
    }

    @Test func aTownGluedByAHyphenToAnotherWordIsNotTaken() {
        // The road between two towns, and an area named with a hyphen, are neither town.
        #expect(read("The SDF captured the Raqqa-Khirbil road on Monday.").allSatisfy { !["2", "5"].contains($0.place) })
        #expect(read("IS recaptured the Sarda-ar area on Monday.").allSatisfy { $0.place != "7" })
        #expect(read("The SDF captured Raqqa on Monday.").map(\.place) == ["2"])
    }

    @Test func aSettlementWordBeforeANameInAppositionIsThatName() {
        // "the second-largest city, Mosul": Mosul, not the city named before.
        #expect(read("Fighting went on near Raqqa. IS captured the second-largest city, Deir ez-Zor, on Monday.").map(\.place) == ["1"])
    }

    @Test func placesListedAfterAShareOfAWholeWereTakenWhole() {
        #expect(read("IS captured swathes of territory, including Mosul and Bashiqa.")
                == [.init(kind: "captured", actor: "isis", place: "14"), .init(kind: "captured", actor: "isis", place: "15")])
        #expect(read("سيطر تنظيم داعش على أجزاء واسعة من الريف بما فيها بلدة بعشيقة.") == [.init(kind: "captured", actor: "isis", place: "15")])
        #expect(read("سيطرت الفصائل على عدة قرى بما في ذلك خربيل وسردة.").map(\.place) == ["5", "7"])
        // A share of the place itself stays.
        #expect(read("IS captured parts of Mosul on Monday.").map(\.kind) == ["contested"])
    }

    @Test func theyIsTheSideItsSentenceNamesOrTheOneCarriedIfStillInView() {
        // The side named before "they" in its own sentence.
        #expect(read("The SDF reached the area. IS fighters killed ten civilians after they seized Khirbil.").map(\.actor) == ["isis"])
        // The side carried on, when the sentence before names it.
        #expect(read("Rebels captured Sarda on Monday. They also captured Khirbil.").map(\.actor) == ["rebels", "rebels"])
        // Not when the sentence before names only another side: "they" may be that one.
        #expect(read("Rebels captured Sarda on Monday. One district was still held by IS, which led the jihadists. They captured Khirbil.")
            .map(\.place) == ["7"])
    }

    @Test func anotherVoiceSayingTheFightGoesOnContradictsAClaimedTaking() {
        #expect(read("State media claimed the army had captured Khirbil, but rebels said fighting was still going on.").isEmpty)
        #expect(read("زعمت وسائل إعلام النظام أن الجيش سيطر على خربيل، لكن الفصائل قالت إن الاشتباكات لا تزال مستمرة.").isEmpty)
        // The claimant's own words go on about the fight: the entry stands.
        #expect(!read("The SDF said rebels had entered Khirbil and that clashes were continuing.").isEmpty)
        // Fighting that goes on before a taking contradicts nothing.
        #expect(read("Fighting continued in the area as rebels captured Khirbil.").map(\.actor) == ["rebels"])
    }

    @Test func aTakingOfThePastDoesNotUndoTheStandingHold() {
        let seen = read("Iraqi forces now control Mosul, which fell to IS in 2014.")
        #expect(seen.contains(.init(kind: "holds", actor: "iraqi-government", place: "14")))
    }

    @Test func aCheckpointNamedAfterATownIsNotTheTown() {
        #expect(read("سيطرت الفصائل على حاجز خربيل العسكري.").allSatisfy { $0.place != "5" })
        #expect(read("Rebels seized the Khirbil checkpoint on Monday.").allSatisfy { $0.place != "5" })
        #expect(read("Rebels seized Khirbil on Monday.").map(\.place) == ["5"])
        // An indefinite facility noun and its adjective name no place ("a military checkpoint").
        #expect(read("سيطرت الفصائل على حاجز عسكري قرب خربيل.").isEmpty)
        #expect(read("سيطرت الفصائل على مبنى المحافظة في خربيل.").map(\.place) == ["مبنى المحافظة"])
    }

    @Test func aPlaceAtRiskOfFallingHasNotFallen() {
        #expect(read("Khirbil is at risk of falling to the army.").isEmpty)
        #expect(read("Khirbil risks falling to the army.").isEmpty)
        #expect(read("The rebels risk losing Khirbil to the army.").isEmpty)
        #expect(read("باتت بلدة خربيل مهددة بالسقوط بيد قوات النظام.").isEmpty)
        // The gerund of "fell to" and an official declaration report the fall.
        #expect(read("The town held out for weeks before Khirbil, falling to the army, was evacuated.").map(\.actor) == ["syrian-government"])
        #expect(read("Mosul was declared liberated by Iraqi forces on Sunday.") == [.init(kind: "captured", actor: "iraqi-government", place: "14")])
    }

    @Test func theSideCompelledToWithdrawIsTheOneThatLeft() {
        // The object of "forced ... to", "أجبر ... على" withdrew, never the side that forced it.
        func leavers(_ text: String) -> [String?] {
            Fixtures.analyzer.analyze(Document(title: "", text: text, published: EventDate("2024-05-16"))).events.map(\.fromActor)
        }
        #expect(!leavers("وأجبرت قوات البيشمركة عناصر تنظيم داعش على الانسحاب من بلدة بعشيقة.").contains("peshmerga"))
        #expect(leavers("أرغمت الفصائل قوات النظام على الانسحاب من بلدة خربيل.") == ["syrian-government"])
    }

    @Test func tighteningACordonAroundAPlaceBesiegesIt() {
        #expect(read("أحكمت قوات النظام الطوق حول بلدة خربيل.") == [.init(kind: "besieged", actor: "syrian-government", place: "5")])
        #expect(read("قالت مصادر إن قوات النظام أحكمت الطوق حول بلدة خربيل.").map(\.kind) == ["besieged"])
        #expect(read("شددت قوات النظام الحصار على بلدة خربيل.").map(\.kind) == ["besieged"])
    }

    @Test func aSidesStrongholdIsHeldByIt() {
        #expect(read("Jets struck Raqqa, the last stronghold of IS in Syria.") == [.init(kind: "holds", actor: "isis", place: "2")])
        #expect(read("Khirbil is one of the last bastions of the rebels.") == [.init(kind: "holds", actor: "rebels", place: "5")])
        // A former stronghold is history, not a hold of now.
        #expect(read("Aid reached Raqqa, a former stronghold of IS, on Monday.").allSatisfy { $0.kind != "holds" || $0.place != "2" }
                || Fixtures.analyzer.analyze(Document(title: "", text: "Aid reached Raqqa, a former stronghold of IS, on Monday.",
                                                      published: EventDate("2024-05-16"))).events.allSatisfy(\.background))
        // Taking a share of the stronghold leaves it contested, not held.
        #expect(read("The SDF have captured 55 percent of Raqqa, the main stronghold of IS.") == [.init(kind: "contested", actor: "sdf", place: "2")])
        // Taking it ends the hold.
        #expect(read("The SDF seized Raqqa, a stronghold of IS, on Saturday.") == [.init(kind: "captured", actor: "sdf", place: "2")])
    }

    @Test func theOwnerOfWhatWasTakenLostIt() {
        // "the capture of ISIL's Hajin stronghold": ISIL's stronghold was taken, not taken by ISIL.
        #expect(!read("The SDF announced the capture of IS's Raqqa stronghold.").contains { $0.actor == "isis" })
        #expect(read("The army captured IS's stronghold of Palmyra.").map(\.actor) == ["syrian-government"])
    }

    @Test func aSideRightBeforeInControlOfHoldsThePlace() {
        #expect(read("Russia warned the rebels in control of Khirbil.") == [.init(kind: "holds", actor: "rebels", place: "5")])
    }

    @Test func aBareVerbAfterAndIsGovernedByTheModalOfItsClause() {
        #expect(read("The SDF feared that the government would strike a deal with Turkey and withdraw from Khirbil.").isEmpty)
        // An irregular past is a finite verb of its own: "repelled" does not reach it.
        #expect(read("After several repelled attacks, IS fighters breached Sarda and took Khirbil.").contains { $0.place == "5" && $0.actor == "isis" })
        // "once" with a past is a condition still after a threat.
        #expect(read("IS threatened to invade Jordan once it took Khirbil.").isEmpty)
    }

    @Test func aHeadedNameInAListEndsWithTheArticleWordBeforeTheNextItem() {
        // "قرى الشيخ X الفلاني وY": the word with the article before the next item belongs to the
        // first name, and the list goes on.
        #expect(read("سيطرت قوات النظام على قرى الشيخ حسين الدرويش وخربيل وسردة.").map(\.place) == ["الشيخ حسين الدرويش", "5", "7"])
        #expect(read("تقدم الجيش السوري في الريف الجنوبي. وقال إن القرى التي تم تحريرها هي (الشيخ حسين الدرويش ، خربيل ، سردة).")
            .map(\.place) == ["الشيخ حسين الدرويش", "5", "7"])
    }

    @Test func keepingOrFirmingUpAHoldIsAStandingHold() {
        #expect(read("Government forces secured their hold over Khirbil.") == [.init(kind: "holds", actor: "syrian-government", place: "5")])
        #expect(read("The rebels retained control of Sarda after the raid.") == [.init(kind: "holds", actor: "rebels", place: "7")])
        #expect(read("IS has kept its firm grip on Raqqa.") == [.init(kind: "holds", actor: "isis", place: "2")])
        // Securing the place itself is taking it.
        #expect(read("Rebels secured Khirbil on Monday.") == [.init(kind: "captured", actor: "rebels", place: "5")])
    }

    @Test func theShareOfAProvinceIsNotTheShareOfTheTownsItLists() {
        // The share of the province was the province's; the towns it lists were taken whole.
        #expect(read("IS seized 70% of Raqqa province in June, including the towns of Khirbil and Sarda.")
                == [.init(kind: "captured", actor: "isis", place: "5"), .init(kind: "captured", actor: "isis", place: "7")])
    }

    @Test func aCityAfterAPlaceAndACommaSaysWhereItLies() {
        // "the town of Khirbil, Raqqa": the city locates the town; it is no item of a list.
        #expect(read("A drone struck the rebel-held town of Khirbil, Raqqa in northern Syria.") == [.init(kind: "holds", actor: "rebels", place: "5")])
        #expect(read("Rebels captured Khirbil, Raqqa and Sarda.").map(\.place) == ["5", "2", "7"])
    }

    @Test func comingWithinADistanceOfTakingIsNoTaking() {
        #expect(read("The army came within 1,500 meters of lifting the siege on Deir ez-Zor.").isEmpty)
        #expect(read("باتت قوات النظام على بعد كيلومترين من فك الحصار عن دير الزور.").isEmpty)
        // A hold named in passing behind an attempt is no report of its own.
        #expect(read("The army came within five kilometres of the IS-held town of Khirbil.").isEmpty)
    }

    @Test func picturesOrMeasuresTakenAreNoGroundTaken() {
        #expect(read("Government forces released images taken from within Khirbil.").isEmpty)
        #expect(read("The rebels criticised the measures taken in Sarda by the council.").isEmpty)
        #expect(read("Government forces have taken Khirbil.") == [.init(kind: "captured", actor: "syrian-government", place: "5")])
    }

    @Test func theTimeThatOpensASentenceDatesEveryClauseAfterIt() {
        let a = Fixtures.analyzer.analyze(Document(title: "", text: "On 5 January 2015, IS closed all roads, and captured Khirbil.",
                                                   published: EventDate("2023-05-05")))
        #expect(a.events.map(\.date) == [EventDate("2015-01-05")])
        #expect(a.events.map(\.background) == [true])
        // A time of the clause's own still wins.
        let b = Fixtures.analyzer.analyze(Document(title: "", text: "In 2014, IS shelled the town, and on 3 May 2023 rebels seized Khirbil.",
                                                   published: EventDate("2023-05-05")))
        #expect(b.events.map(\.date) == [EventDate("2023-05-03")])
    }

    @Test func theArabicParticipleOfControlWithItsAgentIsAStandingHold() {
        #expect(read("قصفت الطائرات مدينة الرقة المسيطر عليها من قبل تنظيم داعش.") == [.init(kind: "holds", actor: "isis", place: "2")])
        #expect(read("قال مراسلنا إن نحو 40 بالمئة من بلدة خربيل باتت بحكم المسيطر عليها من قبل قوات النظام.")
                == [.init(kind: "contested", actor: "syrian-government", place: "5")])
    }

    @Test func aTakingAgainIsARetaking() {
        #expect(read("Rebels seized Khirbil again on Monday.") == [.init(kind: "recaptured", actor: "rebels", place: "5")])
        #expect(read("IS once again captured Sarda.") == [.init(kind: "recaptured", actor: "isis", place: "7")])
        #expect(read("سيطرت قوات النظام مجددا على بلدة خربيل.") == [.init(kind: "recaptured", actor: "syrian-government", place: "5")])
        #expect(read("تقدمت قسد وسيطرت على قرية سردة مرة أخرى بعد انسحاب التنظيم.").map(\.kind) == ["recaptured"])
        // "again" of another verb after the object is not the taking's.
        #expect(read("Rebels seized Khirbil and shelled Sarda again.") == [.init(kind: "captured", actor: "rebels", place: "5")])
    }

    @Test func anAdjectiveAfterTheLastTaggedItemDoesNotEndTheList() {
        // "قرى X وY، وتل النار الاستراتيجي وبلدة Z": the list of the verb goes on past the adjective.
        #expect(read("سيطرت قوات النظام على قرى القليعة وسردة، وتل حمرا الاستراتيجي وبلدة خربيل.").map(\.place).contains("5"))
    }

    @Test func aTimeTakenIsNoPlaceTaken() {
        #expect(read("It took 4,000 years to build Damascus and four years to ruin it.").isEmpty)
        #expect(read("Rebels took Khirbil within hours.") == [.init(kind: "captured", actor: "rebels", place: "5")])
    }

    @Test func ruralXIsTheCountrysideNotTheTown() {
        #expect(read("Since June 2012, the rebels have control of parts of rural Raqqa.").isEmpty)
        #expect(read("A helicopter was shot down over rebel-held rural Raqqa.").isEmpty)
    }

    @Test func aSourceWithinASideReportsItsGain() {
        // "according to a local source within X": a few words of the speaker's description.
        #expect(read("IS militants were pushed out of the village of Bashiqa, according to a local source within the Peshmerga forces.")
                == [.init(kind: "captured", actor: "peshmerga", place: "15")])
    }

    @Test func aSentenceOpeningFunctionWordIsNoPartOfAName() {
        #expect(read("Only Raqqa and Palmyra remain under ISIS control.").map(\.place) == ["2", "13"])
        #expect(read("When Khirbil fell to the rebels, the army withdrew.").map(\.place).contains("5"))
    }

    @Test func aHeadlinesCapitalsNameNoPlace() {
        #expect(read("Regime Kills Civilians Fleeing Besieged Neighborhoods").isEmpty)
        // A known name, or a cue, still names one.
        #expect(read("Syrian Army Retakes Khirbil From Islamic State") == [.init(kind: "recaptured", actor: "syrian-government", place: "5")])
        #expect(read("Syrian Army Retakes Foobar Village From Islamic State").map(\.place) == ["Foobar"])
        // A sentence with many names is no headline.
        #expect(read("The army captured Foobar, Khirbil and Sarda.").map(\.place) == ["Foobar", "5", "7"])
    }

    @Test func aNameBeforeARoadNamesTheRoad() {
        #expect(read("The army cut off the Khirbil road.").isEmpty)
        #expect(read("The YPG seized the Foo-Bar highway on Monday.").isEmpty)
        // A bridge is a site named after where it stands; the town's own supply lines are the town's.
        #expect(read("IS captured the Foobar Bridge on Monday.").map(\.place) == ["Foobar Bridge"])
        #expect(read("The army entered Sarda and cut off the town's supply lines.").map(\.kind) == ["captured", "besieged"])
    }

    @Test func aRelativeClauseAfterALocatingPlaceIsNotSurelyAboutIt() {
        let seen = read("Several hundred people will leave Khirbil and Sarda towns near Damascus which are surrounded by pro-government forces.")
        #expect(!seen.map(\.place).contains("9"))
    }

    @Test func thePlacesExceptedAreNotWhatIsSaid() {
        #expect(read("The army captured all villages in the area except Sarda and Khirbil.").isEmpty)
        #expect(!read("Most of the city except the district of Khirbil has returned to regime control.").map(\.place).contains("5"))
        #expect(!read("Most of the city is under regime control with the exception of the northern Khirbil district.").map(\.place).contains("5"))
        #expect(!read("سيطرت قوات النظام على كامل المنطقة باستثناء قرية خربيل.").map(\.place).contains("5"))
        // The same place named again, outside the exception, is read.
        #expect(read("The army holds the area except Khirbil. Rebels hold Khirbil.") == [.init(kind: "holds", actor: "rebels", place: "5")])
    }

    @Test func partOfTheLandToTheSouthOfAPlaceIsOutsideIt() {
        #expect(read("ISIS controls most of the villages to the south of Raqqa.").isEmpty)
        #expect(read("ISIS controls most of the villages in the south of Raqqa.").map(\.kind) == ["contested"])
    }

    @Test func anAdjectiveBetweenTheArticleAndAnUnknownObjectKeepsIt() {
        #expect(read("ISIS attacked Mosul. Militants seized the nearby Foobar Dam as well.").contains(.init(kind: "captured", actor: "isis", place: "Foobar Dam")))
        #expect(read("Rebels seized the strategic Foobar hill on Monday.").map(\.place) == ["Foobar"])
    }

    @Test func backersBetweenDashesAreAnAsideOnTheSubject() {
        #expect(read("Pro-regime fighters - backed by Russian air strikes - retook Khirbil.")
                == [.init(kind: "recaptured", actor: "syrian-government", place: "5")])
    }

    @Test func breakingASiegeAsAPurposeIsNoBreaking() {
        #expect(!read("Rebels launched a campaign from Idlib to break the siege of Khirbil.").map(\.kind).contains("siege_broken"))
        #expect(!read("Rebels attacked to retake the road and break the siege of Khirbil.").map(\.kind).contains("siege_broken"))
        #expect(read("The army managed to break the siege of Khirbil.").map(\.kind) == ["siege_broken"])
    }

    @Test func theSideAfterWithIsTheSubjectOfAPerfectParticiple() {
        #expect(read("The jihadists lost ground, with Iraqi forces aided by coalition airstrikes having retaken Mosul.")
                .map(\.actor) == ["iraqi-government"])
    }

    @Test func aSiegeAimedAtBehindLIsNoSiegeLaid() {
        #expect(read("تقدمت القوات العراقية نحو سردة لمحاصرة بلدة خربيل بالكامل.").isEmpty)
        // "تعرضت X لحصار": subjected to a siege, which was laid.
        #expect(read("تعرضت بلدة خربيل لحصار خانق من قوات النظام.").map(\.kind) == ["besieged"])
    }

    @Test func aimsDutiesAndDrawingNearAreNoTaking() {
        #expect(read("بدأ التنظيم عملية عسكرية واسعة تستهدف السيطرة على بلدة خربيل.").isEmpty)
        #expect(read("انتقد المجلس تقاعس الحكومة عن واجبها في تحرير بلدة خربيل.").isEmpty)
        #expect(read("اقتربت القوات العراقية كثيرا من تحرير بلدة خربيل.").isEmpty)
        // A finite verb after drawing near is its own report.
        #expect(read("اقتربت القوات العراقية من سردة وسيطرت على بلدة خربيل.").map(\.place) == ["5"])
    }

    @Test func namesAndTitlesBuiltOnLiberationAreNoLiberation() {
        #expect(read("سيطرت قوات النظام على بلدة سردة. وتظاهر المئات أمس في ساحة التحرير وسط بلدة خربيل.").map(\.place) == ["7"])
        #expect(read("قال رئيس تحرير صحيفة محلية في خربيل إن الأوضاع صعبة.").isEmpty)
    }

    @Test func aHijriMonthIsATimeNotAPlace() {
        #expect(read("سيطرت قوات النظام على بلدة خربيل خلال نهاية شهر رمضان.").map(\.place) == ["5"])
    }

    @Test func aPlaceInBracketsIsNotWhatALaterAnaphorMeans() {
        let seen = read("وفي بلدة خربيل (10 كلم شرق مدينة الموصل) أكملت القوات العراقية حصار المدينة.")
        #expect(!seen.map(\.place).contains("14"))
    }

    @Test func bySideIsTheAgentNotTheLoser() {
        #expect(read("شهدت الأشهر الأخيرة الاستيلاء على بلدة خربيل من جانب المعارضة المسلحة.")
                == [.init(kind: "captured", actor: "rebels", place: "5")])
        // "من جانب آخر": on the other hand.
        #expect(read("ومن جانب آخر، سيطرت قوات النظام على بلدة خربيل.").map(\.actor) == ["syrian-government"])
    }

    @Test func aLossOfControlNamesTheTakerAfterIt() {
        #expect(read("أشارت التقارير إلى فقدان قوات النظام السيطرة على بلدة خربيل لصالح تنظيم داعش.")
                == [.init(kind: "captured", actor: "isis", place: "5")])
    }

    @Test func theRebelsAreNoTurkishBackedFactionBeforeThoseFought() {
        func actors(published: String) -> [String?] {
            let a = Fixtures.analyzer.analyze(Document(title: "", text: "Turkey shelled the SDF. The rebels captured Khirbil on Monday.",
                                                       published: EventDate(published)))
            return a.events.map(\.actor)
        }
        #expect(actors(published: "2019-10-20") == ["sna"])
        #expect(actors(published: "2015-06-20") == ["rebels"])
    }

    @Test func expectingOrRulingOutATakingIsNoReport() {
        #expect(read("توقع رئيس الإقليم تحرير بلدة خربيل قريبا.").isEmpty)
        #expect(read("استبعد المصدر دخول قوات النظام إلى بلدة خربيل.").isEmpty)
    }

    @Test func aPlainNamedAfterATownIsNotTheTown() {
        #expect(read("سيطرت قوات النظام على سهل خربيل.").isEmpty)
        #expect(read("سيطرت قوات النظام على بلدة سردة في سهل خربيل.").map(\.place) == ["7"])
    }

    @Test func anAllianceBeforeASidesNameIsThatSide() {
        #expect(read("سيطر تحالف جيش الفتح على بلدة خربيل.") == [.init(kind: "captured", actor: "rebels", place: "5")])
    }

    @Test func theTownAfterFromIsWhereTheAreasLieUnlessASideWasExpelled() {
        #expect(read("تقدمت قوات النظام نحو خربيل وسيطرت على المناطق القريبة من البلدة.").map(\.place) == [])
        #expect(read("The Peshmerga shelled Bashiqa. Later the Peshmerga cleared the remaining ISIL snipers from the town.")
                == [.init(kind: "captured", actor: "peshmerga", place: "15")])
        #expect(read("Pro-government forces released images taken from within the town of Khirbil.").isEmpty)
    }

    @Test func aFuturePerfectAfterOnceOrWhenIsNoReport() {
        // "بعد أن تكون X قد …": once X will have been taken. "وبذلك تكون القوات قد …" reports.
        #expect(read("سيعلن الجيش النصر بعد أن تكون مدينة الموصل وبعشيقة قد تمت السيطرة عليها تماما.").isEmpty)
        #expect(read("عندما يكون الجيش العراقي قد حرر بعشيقة ستبدأ المرحلة الثانية.").isEmpty)
        #expect(read("وبذلك تكون القوات العراقية قد حررت بلدة بعشيقة.") == [.init(kind: "captured", actor: "iraqi-government", place: "15")])
        // After "بعد أن" the imperfect is to come; after "قبل أن" it is what happened.
        #expect(!read("قال الوزير: بعد أن نستعيد بعشيقة من داعش سنعيد إعمارها.").contains { $0.kind == "recaptured" || $0.kind == "captured" })
    }

    @Test func thoseWhoFellAreTheDeadNotAPlace() {
        // "سقوط N قتلى": the fall of the dead and wounded, not of the town named before.
        #expect(read("أدى القصف على بلدة بعشيقة إلى سقوط عشرات القتلى من الجيش العراقي.").isEmpty)
        #expect(read("أسفر الهجوم على مدينة الموصل عن سقوط 12 مدنيا قتلى.").isEmpty)
        #expect(read("سقطت بلدة بعشيقة بيد تنظيم داعش.").contains(.init(kind: "captured", actor: "isis", place: "15")))
    }

    @Test func aPronounBeforeTheVerbsOwnOnIsNotItsObject() {
        // "وسيطر فيه على X": "in it" (the offensive) is where; the object follows "على".
        #expect(read("شن تنظيم داعش هجوما قرب الموصل وسيطر فيه على أنحاء واسعة من البلاد.").isEmpty)
        #expect(read("شن تنظيم داعش هجوما قرب الموصل وسيطر فيه على بلدة بعشيقة.") == [.init(kind: "captured", actor: "isis", place: "15")])
        #expect(read("النظام يشدد حصاره على بلدة خربيل.") == [.init(kind: "besieged", actor: "syrian-government", place: "5")])
    }

    @Test func theSuburbsOfACityAreNotTheCity() {
        // The ring of towns around a city: fighting there contests none of the city.
        #expect(read("Clashes between rebels and Syrian troops in the Damascus suburbs killed dozens.").isEmpty)
        #expect(read("Syrian troops entered the southern suburbs of Palmyra.").isEmpty)
        #expect(read("Rebels captured the Damascus suburb of Tal Hamra.") == [.init(kind: "captured", actor: "rebels", place: "4")])
    }

    @Test func aSiegeIsOfThePlaceAPhraseOfLocationDescribes() {
        // "بلدة X الواقعة في ريف Y … تحت الحصار": X is besieged; Y only says where X lies.
        #expect(read("تقبع بلدة خربيل الواقعة في الريف الغربي لمدينة دير الزور تحت الحصار الذي يفرضه النظام عليها.")
                == [.init(kind: "besieged", actor: "syrian-government", place: "5")])
        #expect(read("تقبع بلدة خربيل الواقعة قرب دير الزور تحت حصار النظام.") == [.init(kind: "besieged", actor: "syrian-government", place: "5")])
    }

    @Test func aClauseOfWhenHasItsOwnSubjectAndTheTimeBeforeIt() {
        // "… لحق بتنظيم داعش حين تمكنت القوات العراقية من تحرير X": the forces freed X.
        #expect(read("جاء ذلك بعد الهزيمة التي لحقت بتنظيم داعش حين تمكنت القوات العراقية وبعملية نوعية من تحرير بلدة بعشيقة.")
                == [.init(kind: "captured", actor: "iraqi-government", place: "15")])
        // ("منذ ذلك الحين", since then, opens no clause.)
        #expect(read("انقسمت المدينة منذ ذلك الحين وباتت بعشيقة تحت سيطرة تنظيم داعش.").map(\.place) == ["15"])
    }

    @Test func aSideNeverExpelsItself() {
        // The side named in the object before a participle of expulsion is not its subject.
        #expect(!read("Government forces seized the final pocket of ISIL resistance east of Mosul, thus fully expelling ISIL from Bashiqa.")
            .contains { $0.actor == "isis" })
        #expect(read("Iraqi forces expelled ISIL from Bashiqa.") == [.init(kind: "captured", actor: "iraqi-government", place: "15")])
    }

    @Test func drawingNearToOrAProjectOfATakingIsNoReport() {
        #expect(read("يعيش المسلحون حالة من الهلع مع اقتراب القوات العراقية من دخول مدينة الموصل.").isEmpty)
        #expect(read("تقدمت القوات العراقية نحو الموصل والاقتراب من الدخول إلى بعشيقة.").isEmpty)
        #expect(read("تعد هذه الخطوة متقدمة في مشروع فك الحصار عن بلدة خربيل.").isEmpty)
    }

    @Test func takingPartOrWhatTheComingDaysWillSeeIsNoReport() {
        #expect(read("قوات البيشمركة ستشارك في تحرير الموصل.").isEmpty)
        #expect(read("ستشهد الأيام القادمة رفع العلم العراقي فوق بعشيقة.").isEmpty)
        #expect(read("أصبحت بلدة بعشيقة قاب قوسين أو أدنى من تحريرها على يد الجيش العراقي.").isEmpty)
        // The past reports: "شاركت البيشمركة في تحرير بعشيقة".
        #expect(read("شاركت قوات البيشمركة في تحرير بلدة بعشيقة.").map(\.place) == ["15"])
    }

    @Test func aDemandGovernsTheVerbalNounsItsChainOfNounsLeadsTo() {
        // "طالب الأهالي في X الحكومة بالإسراع في تحرير Y": the liberation is asked for.
        #expect(read("وطالب الأهالي في الموصل الحكومة العراقية المركزية بالإسراع في تحرير بلدة بعشيقة.").isEmpty)
        // ("لا شك أن", no doubt that, asserts.)
        #expect(read("ولا شك أن الجيش العراقي حرر بلدة بعشيقة.") == [.init(kind: "captured", actor: "iraqi-government", place: "15")])
    }

    @Test func aConjunctionTakesNoSecondConjunction() {
        // "ووفرت" is "and provided", not و + و + "فرت" (fled).
        #expect(read("دعت الحكومة العراقية أهالي الموصل إلى الخروج ووفرت لهم ملاذات آمنة في بعشيقة.").isEmpty)
        #expect(read("وفر تنظيم داعش من بلدة بعشيقة.").map(\.kind) == ["withdrew"])
    }

    @Test func aTakingThatWouldDoSomethingIsASupposition() {
        #expect(read("The fall of Palmyra to the Islamic State would mark a major victory for the jihadists.").isEmpty)
        #expect(read("The capture of Palmyra by Syrian troops would have relieved the pressure on Raqqa.").isEmpty)
        // Done, it reports, whatever its consequence; so after "after".
        #expect(read("The capture of Palmyra by Syrian troops opened the road to Raqqa.") == [.init(kind: "captured", actor: "syrian-government", place: "13")])
        #expect(read("The capture of Palmyra by Syrian troops has raised fears that the jihadists might strike Raqqa.").map(\.place) == ["13"])
        #expect(read("A rebel spokesman said shortly after the capture of Palmyra by Syrian troops that the rebels would fight on.").map(\.place) == ["13"])
    }

    @Test func peopleWhoAreNoSideTakeNothing() {
        // Convoys, inspectors, residents: the side of the sentence before is not carried to them.
        #expect(read("Syrian troops shelled Palmyra. Aid convoys entered the city on Monday.").isEmpty)
        #expect(read("Syrian troops shelled Palmyra. UN inspectors entered Palmyra on Monday.").isEmpty)
        #expect(read("Syrian troops shelled Palmyra. They entered the city on Monday.") == [.init(kind: "captured", actor: "syrian-government", place: "13")])
    }

    @Test func aTakingJudgedImportantOrNeededIsNotDone() {
        #expect(read("وقال المسؤول إن تحرير الموصل مهم للعراق ولإقليم كردستان.").isEmpty)
        #expect(read("وتعتبر سيطرة الجيش العراقي على بلدة بعشيقة الواقعة على بعد نحو 20 كيلومترا من الموصل ضرورية لحماية المدينة.").isEmpty)
        #expect(read("من المهم تحرير بلدة بعشيقة.").isEmpty)
        // A word of evaluation elsewhere leaves a report alone.
        #expect(read("حرر الجيش العراقي بلدة بعشيقة في عملية مهمة.") == [.init(kind: "captured", actor: "iraqi-government", place: "15")])
    }

    @Test func twoSidesFailingAndExtremistsByContext() {
        #expect(read("الجيش العراقي والحشد الشعبي يفشلان في اقتحام بعشيقة.").isEmpty)
        // "المتطرفون" are the one armed group the document names, as "المسلحون" are.
        #expect(read("هاجم تنظيم داعش الموصل. وسيطر المتطرفون على بلدة بعشيقة.").contains(.init(kind: "captured", actor: "isis", place: "15")))
    }

    @Test func anAssaultRepelledAfterButTookNothing() {
        #expect(read("On Monday Syrian troops stormed Palmyra, but were repelled by the rebels.").isEmpty)
        #expect(read("Syrian troops entered Palmyra but were beaten back by rebels.").isEmpty)
        #expect(read("Syrian troops entered Palmyra, but rebels said fighting continued.").map(\.place) == ["13"])
    }

    @Test func aSideTakesNoPlaceFromItself() {
        // The side carried to a verb whose loser is that same side is not its subject.
        #expect(read("Islamic State fighters attacked Mosul. A new council of local groups captured the town of Bashiqa from ISIL.")
                == [.init(kind: "captured", actor: nil, place: "15")])
        // A handover names its giver otherwise.
        #expect(read("The Peshmerga handed over Bashiqa to the Iraqi army.").map(\.actor) == ["iraqi-government"])
    }

    @Test func drawingCloserToATakingIsNotTakingIt() {
        // (That IS is still in Mosul is what the sentence says.)
        #expect(read("The army seized six villages, coming close to fully expelling ISIL from Mosul.").allSatisfy { $0.kind == "holds" })
        #expect(read("Iraqi troops moved closer to capturing Bashiqa on Monday.").isEmpty)
        // A finite verb after it is its own.
        #expect(read("Iraqi troops moved closer to Mosul and captured Bashiqa.").map(\.place) == ["15"])
    }

    @Test func aPlaceAfterTheAgentsOfNamesWhoseFightersTheyAre() {
        #expect(read("The task of cutting the highway has largely fallen to the rebels of Palmyra.").isEmpty)
        #expect(read("Bashiqa fell to the rebels of Mosul on Monday.").map(\.place) == ["15"])
        // A list after "to" before the verb went there; it did not fall.
        #expect(read("The task of ferrying supplies from Raqqa to Mosul and Bashiqa has fallen to the rebels.").isEmpty)
    }

    @Test func placesAfterBetweenBoundWhatAPassiveOrRelativeIsAbout() {
        #expect(read("All besieged land between Mosul and Bashiqa was captured by the army.").isEmpty)
        #expect(read("The border area between Raqqa and Palmyra, which is occupied by rebels, saw protests.").isEmpty)
        #expect(read("The road between Raqqa and Palmyra was cut, and Bashiqa was captured by the Iraqi army.")
                == [.init(kind: "captured", actor: "iraqi-government", place: "15")])
    }

    @Test func aCommonWordOpeningTheSentenceIsNoPartOfTheName() {
        #expect(read("Following Bashiqa's capture by the Peshmerga, disputes arose.").map(\.place) == ["15"])
    }

    @Test func theAnaphorsNounMeansThePlaceTheSentenceCalledSo() {
        #expect(read("Iraqi troops advanced on the town of Bashiqa, north of Mosul, besieging the town.")
                == [.init(kind: "besieged", actor: "iraqi-government", place: "15")])
    }

    @Test func aPlaceAfterToIsNotWhatAStateHolds() {
        #expect(read("Rebels seized an army post, the nearest base to central Damascus to fall under rebel control.").allSatisfy { $0.place != "9" })
        #expect(read("The highway running south of the city to Damascus was under government control.").isEmpty)
        #expect(read("Palmyra, a city near Damascus, is under government control.").map(\.place) == ["13"])
    }

    @Test func aVerbalNounOfFallingTakesAPreposition() {
        // فعول, the verbal noun of an intransitive verb, is a noun: ب may stand before it.
        #expect(read("اعترف مسؤول عراقي بسقوط مدينة الموصل بشكل تام بأيدي تنظيم داعش.").contains(.init(kind: "captured", actor: "isis", place: "14")))
        // A verb still takes no ب: "بسقطت" is no word, and "كفر" is not ك + فر.
        #expect(SentenceItemizer.isFuulVerbalNoun("سقوط"))
        #expect(!SentenceItemizer.isFuulVerbalNoun("سقطت"))
    }

    @Test func hayatTahrirAlShamJoinedByOtherFactionsIsTheOpposition() {
        #expect(read("وقال ناشطون إن هيئة تحرير الشام وجيش العزة استعادوا السيطرة على بلدة بعشيقة.")
                == [.init(kind: "recaptured", actor: "rebels", place: "15")])
        #expect(read("HTS and Jaish al-Izza recaptured the town of Bashiqa.") == [.init(kind: "recaptured", actor: "rebels", place: "15")])
        // The sides a fight broke out between are not the subject.
        #expect(read("Clashes broke out between HTS and Ahrar al-Sham, resulting in HTS taking full control of Bashiqa.").map(\.actor) == ["hts"])
        // Sides named after the verb are still its losers.
        #expect(read("HTS captured the town of Bashiqa from the rebels and the army.") == [.init(kind: "captured", actor: "hts", place: "15")])
    }

    @Test func aSideAndTheForcesAlliedToItAreTheSide() {
        #expect(read("Iraqi and allied tribal forces entered Bashiqa on Monday.") == [.init(kind: "captured", actor: "iraqi-government", place: "15")])
        #expect(read("Syrian and allied troops captured Palmyra.") == [.init(kind: "captured", actor: "syrian-government", place: "13")])
    }

    @Test func theTermsOfADealAreNotItsOutcome() {
        #expect(read("The army was given a buffer zone in exchange for letting the Peshmerga capture Bashiqa.").isEmpty)
        #expect(read("وتم الاتفاق على تسليم السلاح مقابل السماح للجيش العراقي بدخول بعشيقة.").isEmpty)
        // "في المقابل", on the other hand, opens a real event.
        #expect(read("في المقابل، سيطر الجيش العراقي على بلدة بعشيقة.") == [.init(kind: "captured", actor: "iraqi-government", place: "15")])
    }

    @Test func theClearingOfAPlaceAndACommandersWe() {
        #expect(read("وسيطر الجيش العراقي على الموصل بعد \"تطهير\" بلدة بعشيقة.").contains(.init(kind: "captured", actor: "iraqi-government", place: "15")))
        // Swept of mines after it was taken: no side lost it then.
        #expect(read("وبدأت القوات عملية تطهير بلدة بعشيقة من الألغام.").isEmpty)
        #expect(read("وقال قائد في البيشمركة: حررنا بلدة بعشيقة من داعش.").map(\.actor) == ["peshmerga"])
        #expect(read("وقال قائد في البيشمركة: استعدنا بلدة بعشيقة.").map(\.kind) == ["recaptured"])
    }

    @Test func theNearnessOfAnEntryAndATakingThatIsAGoal() {
        #expect(read("وحذروا مما قالوا إنه اقتراب دخول الجيش العراقي إلى بعشيقة.").isEmpty)
        #expect(read("وشدد على أن استعادة بعشيقة من التنظيم تبقى هدفا استراتيجيا للجيش العراقي.").allSatisfy { $0.kind == "holds" })
        // A finite verb after the nearness is its own; a goal named after a report is not the report's.
        #expect(read("سيطر الجيش العراقي على بعشيقة بعد اقتراب قواته من المدينة.") == [.init(kind: "captured", actor: "iraqi-government", place: "15")])
        #expect(read("وسيطر الجيش العراقي على بعشيقة، وكان الهدف قطع طريق الإمداد.") == [.init(kind: "captured", actor: "iraqi-government", place: "15")])
    }

    @Test func anAttemptNamedWithItsTriersPossessive() {
        #expect(read("اشتبكت قوات البيشمركة مع عناصر داعش لدى محاولتهم اقتحام بلدة بعشيقة.").allSatisfy { $0.kind != "captured" })
        #expect(read("وأحبطت القوات العراقية محاولتهم وسيطرت على بلدة بعشيقة.") == [.init(kind: "captured", actor: "iraqi-government", place: "15")])
    }

    @Test func aWarEnteredAShareOfProductionAndShellsFallingOnAPlaceAreNoTaking() {
        #expect(read("توقفت البراميل عن السقوط على مدينة الموصل منذ إعلان الجيش العراقي دخوله الحرب ضد داعش.").isEmpty)
        #expect(read("سقطت قذيفة على بلدة بعشيقة.").isEmpty)
        #expect(read("سيطر تنظيم داعش على 30 بالمئة من إنتاج القمح في الموصل.").isEmpty)
        #expect(read("The Iraqi army entered the war against IS in Mosul.").isEmpty)
        // A place still falls to a side, and a pronoun with no thing after it is still the place.
        #expect(read("سقطت بلدة بعشيقة بيد تنظيم داعش.") == [.init(kind: "captured", actor: "isis", place: "15")])
        #expect(read("حاصرت القوات العراقية بلدة بعشيقة ثم سيطرت عليها.").map(\.kind) == ["besieged", "captured"])
    }

    @Test func insistingOnOrRequiringATakingIsNotTakingIt() {
        #expect(read("توقفت المفاوضات نظرا لإصرارهم على تفريغ بعشيقة من المقاتلين.").isEmpty)
        #expect(read("وقال إن المعركة تتطلب القضاء على وجود التنظيم في بعشيقة.").isEmpty)
    }

    @Test func theCountrysideOfATownIsNotTheTown() {
        #expect(read("US forces withdrew from the countryside of Raqqa.").isEmpty)
        #expect(read("US forces had withdrawn from the countrysides of Raqqa and Palmyra.").isEmpty)
        #expect(read("Iraqi troops captured the town of Bashiqa in the countryside of Mosul.").map(\.place) == ["15"])
    }

    @Test func drivingASideOutOfPartOfATownContestsIt() {
        #expect(read("Iraqi troops drove IS out of parts of Mosul on Monday.") == [.init(kind: "contested", actor: "iraqi-government", place: "14")])
        #expect(read("طردت القوات العراقية عناصر داعش من أجزاء من مدينة الموصل.") == [.init(kind: "contested", actor: "iraqi-government", place: "14")])
        // Still no taking by the side expelled, nor without one.
        #expect(read("IS drove Iraqi troops out of parts of Mosul.").allSatisfy { $0.actor != "iraqi-government" })
        #expect(read("Villagers drove out parts of Mosul.").isEmpty)
    }

    @Test func aListGoesOnPastWhereAnItemLies() {
        #expect(read("سيطرت القوات العراقية على بلدة بعشيقة الواقعة في ريف الموصل، وبلدة العلم.").map(\.place) == ["15", "22"])
        #expect(read("سيطرت القوات العراقية على بلدة (بعشيقة) الواقعة شرقي الموصل، وبلدة (العلم) الواقعة في محافظة صلاح الدين.").map(\.place) == ["15", "22"])
        // A new clause after the comma has its own object.
        #expect(read("سيطرت القوات العراقية على بلدة بعشيقة الواقعة في ريف الموصل، وقصفت الطائرات بلدة العلم.").map(\.place) == ["15"])
    }

    @Test func aBattleAimedAtATakingHasNotTakenIt() {
        #expect(read("أطلقت الفصائل معركة «فجر الموصل» الهادفة إلى فك الحصار عن مدينة الموصل.").isEmpty)
        #expect(read("بدأ الجيش العراقي الحملة الرامية إلى استعادة بلدة بعشيقة من داعش.").allSatisfy { $0.kind != "recaptured" })
        #expect(read("The army began an offensive designed to retake Bashiqa from IS.").allSatisfy { $0.kind != "recaptured" })
        // The battle that did it still did.
        #expect(read("سيطرت القوات العراقية على بعشيقة ضمن العملية الهادفة إلى طرد داعش من نينوى.").map(\.kind) == ["captured"])
    }

    @Test func anOfficeTakenUpIsNoPlace() {
        #expect(read("سيطرت البيشمركة على بعشيقة. وشهدت الموصل الاجتماع الأول منذ تسلمه مهامه.").map(\.place) == ["15"])
        #expect(read("The general took office in Mosul in February.").isEmpty)
        #expect(read("تسلم الجيش العراقي بلدة بعشيقة من البيشمركة.").map(\.kind) == ["captured"])
    }

    @Test func theSideHoldingWhatWasTakenLostIt() {
        // A standing that describes the object names who held it, not who took it.
        #expect(read("أسفرت العملية عن تطهير المناطق الخاضعة لسيطرة داعش، منها بعشيقة.").allSatisfy { $0.actor != "isis" || $0.kind == "holds" })
        #expect(read("سيطرت القوات العراقية على القرى الخاضعة لسيطرة داعش، ومنها بعشيقة.") == [.init(kind: "captured", actor: "iraqi-government", place: "15")])
        #expect(read("Iraqi forces captured several villages under the control of IS, among them Bashiqa.") == [.init(kind: "captured", actor: "iraqi-government", place: "15")])
        // A new verb after the comma has its own object.
        #expect(read("سيطرت القوات العراقية على القرى الخاضعة لسيطرة داعش، وقصفت الطائرات بعشيقة.").allSatisfy { $0.kind != "captured" })
    }

    @Test func aPronounOnTheLastWordOfATextIsRead() {
        // The pronoun split off "تحريرها" stands past the text's last word; reading what follows
        // an entry must not run off the end.
        #expect(read("دخل الجيش العراقي الموصل وتمكن من تحريرها") == [.init(kind: "captured", actor: "iraqi-government", place: "14")])
        #expect(read("دخل الجيش العراقي الموصل وتمكن من تحريرها.") == [.init(kind: "captured", actor: "iraqi-government", place: "14")])
    }

    @Test func aCityAbroadIsNoTownTheTextTakes() {
        let g = Gazetteer(places: Fixtures.places + [Fixtures.place("430", "Ankara", "أنقرة", 39.93, 32.86, kind: .city,
                                                                    population: 3_500_000, country: "TR")],
                          stopwords: Fixtures.lexicon.stopwords)
        let analyzer = DocumentAnalyzer(gazetteer: g, lexicon: Fixtures.lexicon)
        func read(_ text: String) -> [String] {
            let a = analyzer.analyze(Document(title: "", text: text, published: EventDate("2024-05-16")))
            return a.events.map { a.place(of: $0)?.id ?? $0.mention }
        }
        #expect(read("قال مسؤول في أنقرة إن القوات الكردية تمكنت من طرد التنظيم من البلدة الشهر الماضي.").isEmpty)
        #expect(read("Officials in Ankara said Kurdish forces captured the city last month.").isEmpty)
        // A town of the map named before still is.
        #expect(read("قال مسؤول في أنقرة إن القوات العراقية حاصرت بعشيقة ثم سيطرت على البلدة.") == ["15", "15"])
    }

    @Test func theCityANeighbourhoodLiesInIsNotWhatIsHeld() {
        // (The neighbourhood, which the participle agrees with, is held; the city is not.)
        #expect(read("سقطت قذيفة في حي الزهور الخاضع لسيطرة القوات العراقية بمدينة الموصل.").map(\.place) == ["الزهور"])
        #expect(read("القرى الخاضعة لسيطرة القوات العراقية، بما فيها بعشيقة، آمنة.") == [.init(kind: "holds", actor: "iraqi-government", place: "15")])
    }

    @Test func aCountryNameAfterAFeminineNounIsItsAdjective() {
        // "أول مدينة سورية سيطرت عليها": a Syrian city, not Syria the state.
        #expect(read("تتمتع الرقة بأهمية لفصائل المعارضة كونها أول مدينة سورية سيطرت عليها عام 2013.").allSatisfy { $0.actor != "syrian-government" })
        // A headline's state before its verb still is.
        #expect(read("سورية تستعيد الرقة من داعش.").map(\.actor) == ["syrian-government"])
    }

    @Test func aTakingSaidNotToHaveHappenedIsNone() {
        #expect(read("The Shia militia retaking of Mosul hasn't exactly happened yet.").isEmpty)
        #expect(read("تحرير الجيش العراقي لمدينة الموصل لم يتحقق بعد.").isEmpty)
        // Only the noun's taking: another verb's stands, and so does one named before.
        #expect(read("The Iraqi army captured Bashiqa, though talks with the tribes have not happened yet.").map(\.place) == ["15"])
        #expect(read("The Iraqi army captured Bashiqa, though the capture of Mosul has yet to happen.").map(\.place) == ["15"])
    }

    @Test func aVerbalNounJoinedByWawSharesWhatGovernsTheOneBefore() {
        #expect(read("وقال إن الأيام القادمة ستشهد رفع العلم العراقي فوق بعشيقة وتحرير الموصل من داعش.").allSatisfy { $0.kind != "captured" })
        #expect(read("أعلن الجيش العراقي السيطرة على بعشيقة وتحرير الموصل.").map(\.place) == ["15", "14"])
    }

    @Test func thePronounOnANounOfEntryBeforeWhereItWentIsTheEnterer() {
        // "بعد دخولها لمناطق X": the forces' entering X, not their entering a town named before.
        #expect(read("قال مسؤول في الموصل إن قوات الحشد الشعبي أحرقت منازل بعد دخولها لمناطق بعشيقة.").map(\.place) == ["15"])
        #expect(read("حاصر الجيش العراقي الموصل ثم أعلن دخولها لتحرير أحيائها.").map(\.kind).contains("captured"))
    }

    @Test func anAnniversaryLooksBack() {
        let a = Fixtures.analyzer.analyze(Document(title: "", text: "وبمناسبة مرور عام على سقوط بعشيقة بيد داعش طالب الأهالي بتحريرها.",
                                                  published: EventDate("2024-05-16")))
        #expect(a.events.filter { $0.kind == .captured }.allSatisfy { $0.background })
        #expect(!a.events.filter { $0.kind == .captured }.isEmpty)
    }

    @Test func sidesTakingATownInTurnsContestIt() {
        let seen = read("ويشهد القتال في بلدة بعشيقة عمليات كر وفر بين القوات العراقية وداعش، وتبادلا السيطرة خلالها على البلدة.")
        #expect(!seen.isEmpty)
        #expect(seen.allSatisfy { $0.kind == "contested" && $0.place == "15" })
    }

    @Test func aTakingThatIsThePurposeOfAnActIsNotDone() {
        #expect(read("Iraqi forces tried to cut the road between Mosul and Bashiqa, with the purpose of taking control of the town by October.").isEmpty)
        #expect(read("Iraqi forces shelled Mosul with the intent of capturing the city, and took Bashiqa.").map(\.place) == ["15"])
    }

    @Test func anOfficeThatSpeaksAfterAPlaceIsTheSourceNotThePlacesTitle() {
        // "X, a commander said": the commander reports; "X, a commander in the army" would title X.
        #expect(read("Iraqi forces captured Mosul, a commander said.") == [.init(kind: "captured", actor: "iraqi-government", place: "14")])
        #expect(read("Iraqi forces now hold 60 percent of Mosul, a spokesman told reporters.").map(\.place) == ["14"])
        #expect(read("Rebels captured Khirbil on Monday, Abu Omar, a commander of the brigade, said.").map(\.place) == ["5"])
    }

    @Test func fallingIntoTheHandsOfASideIsFallingToIt() {
        #expect(read("Bashiqa fell into the hands of Islamic State militants on Monday.") == [.init(kind: "captured", actor: "isis", place: "15")])
        #expect(read("Khirbil has fallen into the hands of the rebels.").map(\.actor) == ["rebels"])
    }

    @Test func anExpulsionAfterFiIsAVerbalNounWhoseSideIsTheExpelled() {
        #expect(read("نجحت فصائل المعارضة في طرد قوات النظام من قرية خربيل.") == [.init(kind: "captured", actor: "rebels", place: "5")])
    }

    @Test func thePatientOfAPassiveIsTheTownBeforeItNotAPlaceOfTheNextClause() {
        // The text never names "the town": no place after the agent stands in for it.
        #expect(read("The town fell to the jihadists, and Bashiqa was shelled.").isEmpty)
        // (The second sentence goes on with the rebels' advance: the same taking, told again.)
        #expect(Set(read("Rebels entered Bashiqa on Sunday. The town fell to them after a day.").map(\.place)) == ["15"])
    }

    @Test func aPluperfectDatedInTheWeekOfTheReportIsItsNews() {
        let today = Fixtures.analyzer.analyze(Document(title: "", text: "وكانت القوات العراقية قد سيطرت اليوم على بعشيقة.", published: EventDate("2024-05-16")))
        #expect(today.events.map(\.kind) == [.captured])
        #expect(today.events.allSatisfy { !$0.background })
        let undated = Fixtures.analyzer.analyze(Document(title: "", text: "وكانت القوات العراقية قد سيطرت على بعشيقة.", published: EventDate("2024-05-16")))
        #expect(undated.events.allSatisfy { $0.background })
        let sunday = Fixtures.analyzer.analyze(Document(title: "", text: "Iraqi forces had captured Bashiqa on Sunday, and were shelled.", published: EventDate("2024-05-16")))
        #expect(sunday.events.allSatisfy { !$0.background })
    }

    @Test func theBesiegedAfterAPlaceIsAnAdjectiveWithoutABesieger() {
        // "المحاصرة" with the article after the place describes it; a side that reached it
        // broke through to it (whose siege it was, the sentence does not say).
        #expect(read("وصلت قوات النظام إلى مدينة الرقة المحاصرة.") == [.init(kind: "siege_broken", actor: "syrian-government", place: "2")])
        #expect(read("وصلت طلائع قوات النظام إلى مدينة الرقة المحاصرة.").map(\.kind) == ["siege_broken"])
        #expect(read("وصلت المساعدات إلى مدينة الرقة المحاصرة.").isEmpty)
        #expect(read("قصفت قوات النظام مدينة الرقة المحاصرة.").isEmpty)
        #expect(read("وصلت قوات النظام إلى المدينة المحاصرة.").isEmpty)
        #expect(read("تحاصر قوات النظام مدينة الرقة المحاصرة منذ عام.").map(\.kind) == ["besieged"])
    }

    @Test func iransMilitiasAreThePMFInIraqAndIransInSyria() {
        #expect(read("Iran-backed militias took Bashiqa on Friday.") == [.init(kind: "captured", actor: "pmf", place: "15")])
        #expect(read("Iran-backed militias took Khirbil on Friday.") == [.init(kind: "captured", actor: "iran", place: "5")])
        #expect(read("سيطرت الميليشيات المدعومة من إيران على بعشيقة.").map(\.actor) == ["pmf"])
        #expect(read("سيطرت الميليشيات الموالية لإيران على قرية خربيل.").map(\.actor) == ["iran"])
    }

    @Test func bringingAPlaceUnderItsOwnControlIsTakingIt() {
        #expect(read("The SDF brought Khirbil under their control on Monday.") == [.init(kind: "captured", actor: "sdf", place: "5")])
        // A participle's subject is the sentence's, not the side after "against".
        #expect(read("The SDF advanced against IS in Khirbil, bringing the village under their full control.").map(\.actor) == ["sdf"])
        // A side named after "under" holds the place; nothing was brought.
        #expect(read("Rebels brought Khirbil under rebel control.").map(\.kind) == ["holds"])
    }

    @Test func aBareArabicNounOfPlaceHeadsANameAndDoesNotReferBack() {
        // "مدينة سرت", a city the gazetteer lacks: not "the city" named before (Bashiqa).
        let seen = read("دخلت القوات العراقية بعشيقة. وسيطر مسلحو داعش على مدينة سرت بوسط البلاد.")
        #expect(!seen.contains { $0.actor == "isis" && $0.place == "15" })
        #expect(read("دخلت القوات العراقية بعشيقة. وسيطرت القوات على المدينة بالكامل.").allSatisfy { $0.place == "15" })
        // After an ordinal the bare noun is definite: "ثالث قرية" is the village named before.
        #expect(read("وتعد قرية خربيل موقعا مهما، وبذلك تكون فصائل المعارضة حررت ثالث قرية.").map(\.place) == ["5"])
    }

    @Test func faqadBeforeAVerbIsAParticleNotALoss() {
        #expect(read("فقد سيطرت قوات النظام على قرية خربيل.") == [.init(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("دخلت فصائل المعارضة قرية خربيل. فقد كان يأتي عبر القرية مدد كبير لنصرة النظام.").allSatisfy { $0.actor == "rebels" })
    }

    @Test func theDualTriedToo() {
        #expect(read("قالت مصادر إن قوات النظام وحزب الله حاولا اقتحام قرية خربيل، إلا أن الثوار صدوا الهجمات.").isEmpty)
    }

    @Test func aCountedAnaphorPassesOverThePlaceItsListLiesBy() {
        // "قريتي X وY جنوب مدينة Z، ... على القريتين": the two villages, not the town south of which they lie.
        let seen = read("اندلعت اشتباكات في قريتي خربيل وكفرنوران جنوب مدينة الرقة، أسفرت عن سيطرة قوات النظام على القريتين.")
        #expect(seen.filter { $0.kind == "captured" }.map(\.place) == ["5", "24"])
    }

    @Test func aReportThatProvedFalseAndAStatedResolveAreNoEvents() {
        #expect(read("Reports that rebels had taken Khirbil proved false.").isEmpty)
        #expect(read("Claims that IS had seized Palmyra turned out to be false.").isEmpty)
        #expect(read("أعلن الجيش عزمه تحرير قرية خربيل.").isEmpty)
        #expect(read("أكدت فصائل المعارضة نيتها استعادة تدمر.").isEmpty)
        // The resolve of one sentence does not reach the taking told in the next.
        #expect(read("أعلن الجيش عزمه تحرير تدمر. وسيطرت قوات النظام على قرية خربيل.").map(\.place) == ["5"])
    }

    @Test func aRelativeClauseWithAPluralVerbDescribesTheWholeList() {
        #expect(read("Khirbil and Sarda, which are under the control of IS, were shelled.")
                == [.init(kind: "holds", actor: "isis", place: "5"), .init(kind: "holds", actor: "isis", place: "7")])
        #expect(read("Khirbil and Sarda, which is under the control of IS, were shelled.").map(\.place) == ["7"])
        // The state inside the relative clause is the earlier holder; the one after it, the news.
        #expect(read("Khirbil and Sarda, which were held by the army, are now under the control of IS.")
                == [.init(kind: "holds", actor: "isis", place: "5"), .init(kind: "holds", actor: "isis", place: "7")])
    }

    @Test func anAppositiveBetweenCommasRenamesThePlaceBeforeIt() {
        #expect(read("Khirbil, the main village of the valley, is still held by IS.") == [.init(kind: "holds", actor: "isis", place: "5")])
        #expect(read("Khirbil, a village of 2,000 people, was captured by rebels on Monday.") == [.init(kind: "captured", actor: "rebels", place: "5")])
        // An aside with a verb of its own is no appositive: its place is not the state's.
        #expect(read("Khirbil, the village where IS fighters killed dozens, is still held by IS.").isEmpty)
    }

    @Test func aPlaceLostToASideWasTakenByIt() {
        #expect(read("Khirbil was lost to IS on Monday.") == [.init(kind: "captured", actor: "isis", place: "5")])
        #expect(read("Khirbil and Sarda were lost to the SDF.").map(\.place) == ["5", "7"])
    }

    @Test func dahrIsAVerbOfExpulsion() {
        #expect(read("دحر الثوار قوات النظام من قرية خربيل.") == [.init(kind: "captured", actor: "rebels", place: "5")])
        // The expelled alone named: nobody is said to hold the village.
        #expect(read("دحرت القوات داعش من قرية خربيل.").allSatisfy { $0.actor != "isis" })
        #expect(read("اجتاح الجهاديون قرية خربيل.").map(\.actor) == ["isis"])
    }

    @Test func aPassiveAfterALocatingAsideIsSaidOfThePlaceBeforeTheAside() {
        #expect(read("Khirbil, north of Deir ez-Zor and Raqqa, was lost to IS on Monday.") == [.init(kind: "captured", actor: "isis", place: "5")])
        #expect(read("Khirbil and Sarda, both east of Raqqa, were retaken by the army.").map(\.place) == ["5", "7"])
    }

    @Test func whatIsBroughtUnderControlMayBeAPartOrAnArea() {
        let part = read("YPG fighters captured two streets in Khirbil, bringing 70 percent of the village under their control.")
        #expect(part.map(\.kind) == ["contested"] && part.map(\.place) == ["5"])
        #expect(read("IS militants took Bashiqa, bringing much of Nineveh Governorate under their control.").map(\.place) == ["15"])
    }

    @Test func anInfinitiveSplitByAdverbsIsStillAPurpose() {
        #expect(read("The army launched operations to fully encircle and subsequently retake Khirbil.").isEmpty)
        #expect(read("The army encircled and subsequently retook Khirbil.").map(\.place) == ["5"])
    }

    @Test func aNameAfterAPersonsTitleIsNoPlace() {
        // (The pronoun of تحريرها refers to the village, not to the name of the president.)
        #expect(read("وصلت قوات النظام إلى قرية خربيل، وأعلن الرئيس سردة منصور تحريرها.").map(\.place) == ["5"])
        #expect(read("وصلت قوات النظام إلى قرية خربيل، وأعلن العميد سردة تحريرها.").map(\.place) == ["5"])
    }

    @Test func aPronounBeforeABareNounOfPlaceRefersBack() {
        #expect(read("زار الوفد ضريحا في قرية خربيل، وهي قرية تحت سيطرة تنظيم داعش.") == [.init(kind: "holds", actor: "isis", place: "5")])
    }

    @Test func aSpanOfSeveralYearsBackInWordsIsHistory() {
        func background(_ text: String) -> [Bool] {
            Fixtures.events(text).map(\.background)
        }
        #expect(background("قبل ثلاث سنوات سيطر تنظيم داعش على قرية خربيل.") == [true])
        #expect(background("قبل خمسة أعوام سيطر تنظيم داعش على قرية خربيل.") == [true])
        #expect(background("سيطر تنظيم داعش على قرية خربيل قبل ستة أشهر.") == [true])
        // Days back are still the news.
        #expect(background("سيطر تنظيم داعش على قرية خربيل قبل ثلاثة أيام.") == [false])
    }

    @Test func aStateSinceALongAgoDateStillHolds() {
        // (Published 16 May 2024: "since July" is July 2023.)
        let siege = Fixtures.events("Aid reached Khirbil, which has been besieged by government forces since July.")
        #expect(siege.map(\.kind) == [.besieged] && siege.map(\.background) == [false])
        #expect(Fixtures.events("Khirbil has been held by IS since 2014.").map(\.background) == [false])
        // A change since then is the start of what is told: history.
        #expect(Fixtures.events("Life in Khirbil has changed since IS captured the village in 2014.").map(\.background) == [true])
        // A state dated long ago without "since" was then, not now.
        #expect(Fixtures.events("Khirbil was besieged by government forces in 2019.").map(\.background) == [true])
    }

    @Test func closeToAVerbOfTakingIsNotTheTaking() {
        #expect(read("Government troops were close to liberating Khirbil on Monday.").isEmpty)
        #expect(read("The army is now closer to encircling Khirbil.").isEmpty)
        // Before a place, "close to" says where: the village named is taken.
        #expect(read("The army captured Sarda, close to Khirbil.").map(\.place) == ["7"])
    }

    @Test func itIsTheThingThatALocativePlacesNotThePlace() {
        // (The checkpoint, a site the gazetteer lacks, is taken and retaken; the village is not.)
        #expect(read("Rebels captured a checkpoint near Khirbil, but the army retook it hours later.").map(\.place) == ["checkpoint", "checkpoint"])
        #expect(read("Rebels captured Khirbil, but the army retook it hours later.").map(\.kind) == ["captured", "recaptured"])
        // The place a force attacked is what "it" stands for.
        #expect(read("Rebels attacked positions near Khirbil and captured it.").map(\.place) == ["5"])
    }

    @Test func anArabicParticipleAgreesWithTheNameALocativePutBeforeIt() {
        #expect(read("وصلت قافلة مساعدات إلى قرية خربيل المحاصرة من قبل قوات النظام.") == [.init(kind: "besieged", actor: "syrian-government", place: "5")])
        #expect(read("اندلعت اشتباكات في محيط قرية خربيل الخاضعة لسيطرة تنظيم داعش.") == [.init(kind: "holds", actor: "isis", place: "5")])
        // A place named before the locative is the one the participle says it of.
        #expect(read("قرية سردة قرب خربيل الخاضعة لسيطرة تنظيم داعش.").map(\.place) != ["5"])
    }

    @Test func aSidesStrongholdOfAPlaceIsHeldByThatSide() {
        #expect(read("Airstrikes hit the IS stronghold of Khirbil on Monday.") == [.init(kind: "holds", actor: "isis", place: "5")])
        #expect(read("The rebel-held village of Khirbil came under fire.") == [.init(kind: "holds", actor: "rebels", place: "5")])
        // Taken, it was held until then: the side that held it lost it, whoever took it.
        let taken = Fixtures.events("Government forces seized the IS stronghold of Khirbil.")
        #expect(taken.map(\.kind) == [.captured] && taken.map(\.fromActor) == ["isis"])
        #expect(Fixtures.events("Gunmen seized the rebel-held village of Khirbil.").allSatisfy { $0.kind != .holds })
        // Once held is history.
        #expect(read("Airstrikes hit the former IS stronghold of Khirbil.").isEmpty)
    }

    @Test func anAdjectiveAfterALargeCityNamesItsPartAndAfterAVillageAnotherVillage() {
        // "East Mosul", "Mosul's neighbourhoods": part of the city, which is contested.
        #expect(read("سيطرت القوات العراقية على الموصل الشرقية.") == [.init(kind: "contested", actor: "iraqi-government", place: "14")])
        #expect(read("سيطرت قوات النظام على أحياء دير الزور.") == [.init(kind: "contested", actor: "syrian-government", place: "1")])
        // The side of a city's countryside is no hamlet called "the eastern".
        #expect(read("استعادت فصائل المعارضة عدة قرى بريف الرقة الشرقي.").allSatisfy { $0.place != "33" })
        #expect(read("سيطر تنظيم داعش على قرى ريف الرقة الشرقي خربيل وسردة.").map(\.place) == ["5", "7"])
        // After a village the adjective makes another village's name; after a singular cue, a
        // district's ("حي الرقة الجديدة", a district called New Raqqa).
        #expect(read("سيطر تنظيم داعش على خربيل الشرقية.").map(\.place) == ["خربيل الشرقية"])
        #expect(read("سيطرت قوات النظام على حي الرقة الجديدة.").map(\.place) == ["الرقة الجديدة"])
        #expect(read("تدور اشتباكات في أحياء الموصل القديمة بين القوات العراقية وتنظيم داعش.").map(\.place) == ["14"])
    }

    @Test func aTakingUndoneInTheSameSentenceIsNoChange() {
        #expect(read("IS fighters stormed Khirbil on Monday before being pushed back by government troops.").isEmpty)
        #expect(read("Rebels briefly entered Khirbil but were forced to retreat hours later.").isEmpty)
        #expect(read("دخل مقاتلو المعارضة قرية خربيل لفترة وجيزة ثم انسحبوا منها.").isEmpty)
        #expect(read("اقتحم عناصر تنظيم داعش قرية خربيل قبل أن تتمكن قوات النظام من طردهم منها.").isEmpty)
        // Pushed back from another place, or expelling the others: the taking stands.
        #expect(read("Rebels captured Khirbil but were later pushed back from Sarda.").map(\.place) == ["5"])
        #expect(read("سيطرت قوات النظام على قرية خربيل بعد طردهم منها.").map(\.place) == ["5"])
    }

    @Test func aDenialOfTheClaimInTheNextSentenceUndoesItsTakings() {
        #expect(read("IS said it had captured Khirbil. The army said the claim was false.").isEmpty)
        #expect(read("أعلن تنظيم داعش سيطرته على قرية خربيل. ونفى الجيش ذلك.").isEmpty)
        // A denial about another place names it, and leaves the taking alone.
        #expect(read("IS captured Khirbil on Sunday. The army denied reports of losses in Sarda.").map(\.place) == ["5"])
    }

    @Test func aTakingThatIsAMatterOfTimeIsYetToCome() {
        #expect(read("Officials said the liberation of Khirbil was only a matter of time.").isEmpty)
        #expect(read("قال مسؤولون إن تحرير قرية خربيل مسألة وقت.").isEmpty)
        #expect(read("The army took Sarda, and the fall of Khirbil is a matter of time.").map(\.place) == ["7"])
    }

    @Test func qadBeforeAnImperfectSupportVerbIsAPossibility() {
        #expect(read("قد تتمكن قوات النظام من استعادة قرية خربيل خلال أيام.").isEmpty)
        #expect(read("قد يستطيع الجيش السوري تحرير قرية خربيل قريبا.").isEmpty)
        // With a perfect it is done.
        #expect(read("قد تمكنت قوات النظام من استعادة قرية خربيل.").map(\.place) == ["5"])
    }

    @Test func aFightBetweenOneSidesOwnGroupsContestsNothing() {
        #expect(read("Clashes broke out between rival rebel groups in Khirbil.").isEmpty)
        #expect(read("اندلعت اشتباكات بين فصائل متنافسة في قرية خربيل.").isEmpty)
        #expect(read("Clashes broke out between rebels and government forces in Khirbil.") == [.init(kind: "contested", actor: "rebels", place: "5")])
    }

    @Test func theAforementionedAndAKnownPlaceBehindAPrepositionAreNoNewNames() {
        #expect(read("سيطرت قوات سوريا الديمقراطية على الأحياء والمناطق آنفة الذكر.").isEmpty)
        #expect(read("استعاد تنظيم داعش أحياء بخربيل بعد يومين.").allSatisfy { $0.place != "بخربيل" })
        // Without the preposition the name after the cue is the place.
        #expect(read("استعاد تنظيم داعش قرية خربيل بعد يومين.").map(\.place) == ["5"])
    }

    @Test func aSubjectsAlliesWithAnAdjectiveAreStillItsSupport() {
        #expect(read("Turkish forces and their Syrian allies are now in full control of Khirbil.") == [.init(kind: "holds", actor: "turkey", place: "5")])
        #expect(read("Iraqi forces and their Shiite allies recaptured Bashiqa.") == [.init(kind: "recaptured", actor: "iraqi-government", place: "15")])
        #expect(read("Government troops and allied militias captured Khirbil.").map(\.actor) == ["syrian-government"])
    }

    @Test func aKnownNameAfterTheCueOutrunsTheKnownNameThatSwallowsTheCue() {
        // "قرية قصر" is known, but "قصر طومان" after the cue is the longer name.
        #expect(read("استعادت قوات النظام السيطرة على قرية قصر طومان.").map(\.place) == ["34"])
        #expect(read("استعادت قوات النظام السيطرة على قرية قصر بعد معارك.").map(\.place) == ["28"])
    }

    @Test func aShareOfAPlaceOutweighsTheEntryThatBroughtIt() {
        #expect(read("IS fighters now control 60 percent of al-Bab after entering it from the west.")
            .map { "\($0.kind) \($0.actor ?? "-") \($0.place)" } == ["contested isis 10"])
        #expect(read("بات تنظيم داعش يسيطر على نحو 60 في المئة من مدينة الباب بعد دخولها من الجهة الغربية.")
            .map { "\($0.kind) \($0.actor ?? "-") \($0.place)" } == ["contested isis 10"])
        // Another side's entry is news of its own.
        #expect(read("IS controls 60 percent of al-Bab, and the army entered Safira.").map(\.place).sorted() == ["10", "12"])
    }

    @Test func aPlaceSealedOffIsBesieged() {
        #expect(read("Syrian army units have sealed off the town of Khirbil.") == [.init(kind: "besieged", actor: "syrian-government", place: "5")])
        #expect(read("Iraqi forces cordoned off Bashiqa on Monday.") == [.init(kind: "besieged", actor: "iraqi-government", place: "15")])
        // The police closing a street after a blast lay no siege.
        #expect(read("Police sealed off the area after the blast in Khirbil.").isEmpty)
    }

    @Test func aPlaceDeclaredFreeOfTheEnemyIsTaken() {
        #expect(read("Iraqi forces declared the town of Bashiqa free of Islamic State militants.")
            .map { "\($0.kind) \($0.actor ?? "-") \($0.place)" } == ["captured iraqi-government 15"])
        #expect(read("The army declared Bashiqa clear of militants.").map(\.place) == ["15"])
    }

    @Test func anAirfieldNamedAfterATownIsTheAirfieldByIt() {
        #expect(read("سيطرت قوات النظام على مطار أبو الضهور العسكري.").map(\.place) == ["36"])
        #expect(read("The army captured the Abu Duhur airbase.").map(\.place) == ["36"])
        // The town itself stays the town.
        #expect(read("سيطرت قوات النظام على بلدة أبو الضهور.").map(\.place) == ["35"])
    }

    @Test func theTakersEnemiesDrivenOutAreTheExpelledSide() {
        #expect(read("The army drove their enemies out of Khirbil.") == [.init(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("طردت قوات النظام خصومها من قرية خربيل.") == [.init(kind: "captured", actor: "syrian-government", place: "5")])
        // Residents driven out are no side.
        #expect(read("IS drove thousands of residents out of Khirbil.").isEmpty)
    }

    @Test func itsEasternDistrictsArePartsOfThePlaceBefore() {
        #expect(read("Street battles raged inside Khirbil as the army pushed into its eastern districts.")
            == [.init(kind: "contested", actor: "syrian-government", place: "5")])
        #expect(read("IS attacked Khirbil and entered its western neighbourhoods.") == [.init(kind: "contested", actor: "isis", place: "5")])
        // Its outskirts are not inside it.
        #expect(read("The army reached Khirbil and pushed into its outskirts.").isEmpty)
    }

    @Test func aBackersModifierMakesTheOppositionsOwnNounsItsClients() {
        #expect(read("Turkish-backed opposition fighters captured Khirbil.").map(\.actor) == ["sna"])
        #expect(read("Half of Khirbil is under the control of the Turkish-backed rebel forces.").map(\.actor) == ["sna"])
        // Without a backer they stay the rebels.
        #expect(read("Syrian opposition fighters captured Khirbil.").map(\.actor) == ["rebels"])
    }

    @Test func anInfinitiveAfterAVerbOfSuccessIsDone() {
        #expect(read("Rebels were able to capture Khirbil after heavy fighting.") == [.init(kind: "captured", actor: "rebels", place: "5")])
        #expect(read("The rebels managed to control the village of Khirbil.") == [.init(kind: "captured", actor: "rebels", place: "5")])
        #expect(read("Rebels were able to control Khirbil.") == [.init(kind: "captured", actor: "rebels", place: "5")])
        // Unable, or not able, it was not done; a participle after "was" stays a passive.
        #expect(read("Rebels were unable to capture Khirbil.").isEmpty)
        #expect(read("Khirbil was fully liberated by the army.").map(\.actor) == ["syrian-government"])
    }

    @Test func aClaimTheSentenceSetsAsideIsNoEvent() {
        #expect(read("Despite claims that rebels had captured Khirbil, the army still holds the town.").allSatisfy { $0.kind != "captured" })
        #expect(read("Despite initial reports that they had retaken large parts of Khirbil, the counter-attack was repelled.").isEmpty)
        #expect(read("رغم الأنباء عن سيطرة الفصائل على قرية خربيل، لا تزال قوات النظام تسيطر عليها.").allSatisfy { $0.kind != "captured" })
        // Despite losses, the taking stands.
        #expect(read("Despite heavy losses, rebels captured Khirbil.").map(\.place) == ["5"])
    }

    @Test func theTownsARoadJoinsNameTheRoad() {
        #expect(read("The SDF cut off the Raqqa-Deir ez-Zor highway.").isEmpty)
        #expect(read("Rebels cut off the Khirbil–Sarda road.").isEmpty)
        // A town and then the road elsewhere are two things.
        #expect(read("The army cut off Raqqa, the road hub of the east.").map(\.place) == ["2"])
    }

    @Test func aPlaceANeighboursAdjectiveDescribesIsAbroad() {
        #expect(read("IS fighters captured the Turkish town of Kilis.").isEmpty)
        #expect(read("Rebels captured the Jordanian border town of Ramtha.").isEmpty)
        #expect(read("سيطر تنظيم داعش على بلدة عرسال اللبنانية.").isEmpty)
        // A border town of the map's own country stays; so does a place Turkish troops take.
        #expect(read("Kurdish fighters captured the Syrian-Turkish border town of Khirbil.").map(\.place) == ["5"])
        #expect(read("Turkish troops captured the town of Khirbil.") == [.init(kind: "captured", actor: "turkey", place: "5")])
    }

    @Test func aPlaceOutsideTheMapsCountriesHasNoEvent() {
        // Al-Bireh (27) lies in Palestine, outside the focus countries.
        #expect(read("Israeli troops captured Al-Bireh.").isEmpty)
    }

    @Test func itInASentenceThatNamesNoPlaceIsThePlaceOfTheSentenceBefore() {
        #expect(read("Rebels attacked the village of Khirbil at dawn. After six hours of fighting, they took control of it.")
            == [.init(kind: "captured", actor: "rebels", place: "5")])
        #expect(read("حاصرت قوات النظام قرية خربيل منذ أسابيع. واليوم اقتحمتها وسيطرت عليها.").map { "\($0.kind) \($0.place)" }
            == ["besieged 5", "captured 5"])
        // Two sentences back, or a sentence that names its own place, is no antecedent.
        #expect(read("Rebels attacked Khirbil. The army shelled a hill. Later they took it.").isEmpty)
        #expect(read("Rebels attacked Khirbil. In Sarda, the army retook it.").allSatisfy { $0.place != "5" })
    }

    @Test func itOrThisDeniedInTheNextSentenceIsTheClaimBefore() {
        #expect(read("IS said it had captured Khirbil. The army denied it.").isEmpty)
        #expect(read("أعلن تنظيم داعش سيطرته على قرية خربيل. ونفى الجيش هذا.").isEmpty)
    }

    @Test func theyNamesTheHolderOfAStandingControl() {
        #expect(read("Kurdish fighters attacked Raqqa. They now hold about half of the city.")
            == [.init(kind: "contested", actor: "sdf", place: "2")])
        // People who are no side hold nothing.
        #expect(read("Residents of Raqqa fled. They held a protest in Khirbil.").isEmpty)
    }

    @Test func theTownAfterADistrictsOfSaysWhereItLies() {
        let seen = read("Government forces captured the Sukkari neighbourhood of Raqqa.")
        #expect(seen.count == 1 && seen.allSatisfy { $0.place != "2" })
        // Two places joined by "and" are both taken.
        #expect(read("Rebels captured the Sukkari district and Khirbil.").count == 2)
    }

    @Test func aNameBeforeANeighbourhoodOfATownIsThatTownsNeighbourhood() {
        // "the Zanjili district of Raqqa": a district the gazetteer lacks; Raqqa only says where it lies.
        #expect(read("Government troops pushed into the Zanjili district of Raqqa.") == [.init(kind: "contested", actor: "syrian-government", place: "Zanjili")])
        // "Sarda" is a village 60 km from Raqqa's centre: "the Sarda neighbourhood of Raqqa" is not it.
        #expect(read("Government troops captured the Sardah neighbourhood of Raqqa.").allSatisfy { $0.place != "7" && $0.place != "2" })
    }

    @Test func stoppingShortOfATakingIsNoTaking() {
        #expect(read("Government forces stopped just short of capturing the village of Khirbil.").isEmpty)
        #expect(read("The offensive fell short of taking Khirbil.").isEmpty)
        // Short of something else, the taking stands.
        #expect(read("Rebels, short of ammunition, withdrew from Khirbil.").map(\.place) == ["5"])
    }

    @Test func aVerbWithItsObjectAfterAThingTakenIsFinite() {
        // "power" is a thing taken ("seized power"), yet the verb after it has its own object.
        #expect(read("Army units backed by Russian air power recaptured the town of Khirbil.")
            == [.init(kind: "recaptured", actor: "syrian-government", place: "5")])
        // A participle describing the thing stays no taking.
        #expect(read("Rebels showed the power captured at Khirbil.").isEmpty)
    }

    @Test func anAdjectiveAfterATownsNameDescribesTheTown() {
        // "the strategic border town of Palmyra": a common adjective after a town's name and its
        // cue is no longer name.
        #expect(read("سيطرت قوات النظام على مدينة تدمر الحدودية").map(\.place) == ["13"])
        #expect(read("سيطرت قوات النظام على مدينة تدمر الاستراتيجية").map(\.place) == ["13"])
    }

    @Test func aroundBeforeAQuantityIsHowMuch() {
        #expect(read("Rebels now control around 60 percent of Raqqa.") == [.init(kind: "contested", actor: "rebels", place: "2")])
        #expect(read("IS holds around half of Raqqa.") == [.init(kind: "contested", actor: "isis", place: "2")])
        // Before a place it stays where: fighting around a town takes nothing.
        #expect(read("Rebels hold positions around Raqqa.").isEmpty)
    }

    @Test func aHeldSettlementSetOffAfterAPlaceIsThatPlace() {
        #expect(read("The battle for Raqqa -- the last IS-held city in Syria -- began on Monday.")
            == [.init(kind: "holds", actor: "isis", place: "2")])
        #expect(read("Jets struck Raqqa, an IS-held town on the Euphrates.").map(\.kind) == ["holds"])
        // Two places: the held town is not named, so nothing is said of the first.
        #expect(read("Jets struck Raqqa and the rebel-held town.").isEmpty)
        // Left by its holder, it was held until then.
        #expect(read("Rebels left Khirbil, the last rebel-held village in the area.").allSatisfy { $0.kind != "holds" })
    }

    @Test func aPlaceSurrenderedOrCededToASideIsTakenByIt() {
        #expect(read("Rebels surrendered the village of Khirbil to government forces.")
            == [.init(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("IS fighters ceded Raqqa to the SDF.") == [.init(kind: "captured", actor: "sdf", place: "2")])
        // Surrendering people or weapons is no place given up.
        #expect(read("The rebels in Khirbil surrendered to government forces.").isEmpty)
        #expect(read("Rebels surrendered their heavy weapons to government forces in Khirbil.").isEmpty)
        #expect(read("Rebels refused to surrender Khirbil to the army.").isEmpty)
    }

    @Test func aNamedGroupAfterACoalitionIsTheActor() {
        // "coalition Army" is no US-led army when "Army of Conquest" runs on past it.
        #expect(read("The rebel coalition Army of Conquest captured Khirbil.").map(\.actor) == ["rebels"])
        #expect(read("The rebel coalition captured Khirbil.").map(\.actor) == ["rebels"])
        #expect(read("Coalition forces captured Khirbil.").map(\.actor) == ["us-coalition"])
    }

    @Test func anEntryByReinforcementsOrToReinforceTakesNothing() {
        #expect(read("Hundreds of IS fighters entered Raqqa to reinforce the city.").isEmpty)
        #expect(read("Government reinforcements entered Khirbil on Monday.").isEmpty)
        #expect(read("دخلت تعزيزات عسكرية لقوات النظام مدينة الرقة.").isEmpty)
        #expect(read("دخل رتل للقوات التركية قرية خربيل.").isEmpty)
        #expect(read("دخلت قوات النظام مدينة الرقة لمؤازرة عناصرها.").isEmpty)
        // With the support of others, the entry is still a taking.
        #expect(read("دخلت قوات النظام مدينة الرقة بدعم من الطيران الروسي.").map(\.place) == ["2"])
        #expect(read("Government forces entered Raqqa with the support of Russian jets.").map(\.place) == ["2"])
    }

    @Test func aProspectOrAPotentialTakingIsNone() {
        #expect(read("The prospect of the army potentially capturing Khirbil worried Turkey.").isEmpty)
        #expect(read("The prospect of a rebel takeover of Khirbil alarmed Moscow.").isEmpty)
        // A taking that potentially opens a road happened.
        #expect(read("Rebels captured Khirbil, potentially opening the road to Raqqa.").map(\.place) == ["5"])
    }

    @Test func aSiegeInThePresentOrMisspeltIsASiege() {
        #expect(read("IS besieges Raqqa.") == [.init(kind: "besieged", actor: "isis", place: "2")])
        #expect(read("Rebels Beseige Raqqa, Army Braces For Last Stand") == [.init(kind: "besieged", actor: "rebels", place: "2")])
        #expect(read("Government forces surrounds Khirbil.").map(\.kind) == ["besieged"])
    }

    @Test func anExpulsionInThePresentIsATaking() {
        #expect(read("Kurdish fighters push IS out of Raqqa") == [.init(kind: "captured", actor: "sdf", place: "2")])
        #expect(read("Rebels chase IS out of Khirbil.").map(\.actor) == ["rebels"])
        // A push into a town is no expulsion.
        #expect(read("IS fighters push into Raqqa.").allSatisfy { $0.kind == "contested" })
    }

    @Test func aHeadlineInThePresentReportsTheEvent() {
        #expect(read("Turkish army enters Khirbil").map(\.kind) == ["captured"])
        #expect(read("Syrian army regains Raqqa").map(\.kind) == ["recaptured"])
        #expect(read("IS flees Raqqa").map(\.kind) == ["withdrew"])
        #expect(read("Iraqi forces are advancing into Mosul.").map(\.kind) == ["contested"])
        // The noun "advance(s)" reports no fighting inside.
        #expect(read("Iraqi troops have made further advances into Mosul.").isEmpty)
        #expect(read("The Iraqi army's advance into Mosul stalled on Wednesday.").isEmpty)
        // Nor do militants fleeing it, arrested as they go.
        #expect(read("Dozens of militants who were fleeing Mosul were arrested by Iraqi troops.").isEmpty)
        // People who are no side flee without leaving control behind.
        #expect(read("Civilians fleeing Raqqa reached Khirbil.").isEmpty)
    }

    @Test func anArabicHeadlineEntryInTheImperfectIsATaking() {
        #expect(read("الجيش التركي يدخل الرقة").map(\.kind) == ["captured"])
        #expect(read("لن يدخل الجيش مدينة الرقة.").isEmpty)
        #expect(read("يحاول الجيش أن يدخل مدينة الرقة.").isEmpty)
    }

    @Test func aWordAfterADefiniteSiteNounIsNoPartOfItsName() {
        // "المجمع أصبح تحت سيطرة": the complex became held; "أصبح" is no hamlet, nor the complex's name.
        let seen = read("وأضاف أن المجمع أصبح تحت سيطرة القوات العراقية.")
        #expect(seen.allSatisfy { $0.place != "37" && !$0.place.contains("أصبح") })
        // Without the article the noun heads a construct with the name after it.
        #expect(read("سيطرت القوات العراقية على مبنى المحافظة.").map(\.place) == ["مبنى المحافظة"])
    }

    @Test func alongWithAndNearbyGoOnWithTheList() {
        #expect(read("Government forces recaptured Khirbil along with the nearby village of Sarda.").map(\.place) == ["5", "7"])
        #expect(read("Rebels captured Khirbil together with Sarda.").map(\.place) == ["5", "7"])
        #expect(read("Rebels captured Khirbil and nearby Sarda on Monday.").map(\.place) == ["5", "7"])
        // Along with things or people, the list has no more places.
        #expect(read("Rebels captured Khirbil along with their allies from Sarda.").map(\.place) == ["5"])
    }

    @Test func maBeforeAVerbOfBeingAbleDeniesIt() {
        #expect(read("ما تمكنت قوات النظام من دخول مدينة الرقة.").isEmpty)
        #expect(read("ما استطاعت الفصائل السيطرة على قرية خربيل رغم الهجوم.").isEmpty)
        // "وهو ما تمكنت": "what" it could do, and the taking after it stands.
        #expect(read("وهو ما تمكنت قوات النظام من تحقيقه بعد السيطرة على مدينة الرقة.").map(\.place) == ["2"])
    }

    @Test func theBulkOrTheGreaterPartOfAPlaceIsAPart() {
        #expect(read("IS holds the bulk of Raqqa.") == [.init(kind: "contested", actor: "isis", place: "2")])
        #expect(read("Government forces control nearly all of Raqqa.").map(\.kind) == ["contested"])
        #expect(read("يسيطر تنظيم الدولة على الجزء الأكبر من مدينة الرقة.") == [.init(kind: "contested", actor: "isis", place: "2")])
        #expect(read("استعادت قوات النظام جزءا كبيرا من مدينة الرقة.").map(\.kind) == ["contested"])
    }

    @Test func theSDFDescribedByItsMakeUpIsTheSDF() {
        #expect(read("A coalition of Arab and Kurd fighters seized Raqqa on Saturday.").map(\.actor) == ["sdf"])
        #expect(read("US-backed Kurdish and Arab fighters seized Raqqa.").map(\.actor) == ["sdf"])
        #expect(read("سيطر التحالف العربي الكردي على مدينة الرقة.").map(\.actor) == ["sdf"])
        // Residents are no side.
        #expect(read("Arab and Kurdish residents returned to Raqqa.").isEmpty)
    }

    @Test func theTerrorGroupIsTheJihadistsOfTheText() {
        #expect(read("Islamic State fighters attacked Raqqa. The terror group captured the city on Sunday.")
            == [.init(kind: "captured", actor: "isis", place: "2")])
        #expect(read("Rapid Response forces captured Mosul.").map(\.actor) == ["iraqi-government"])
    }

    @Test func terroristsAreTheArmedGroupTheTextNames() {
        #expect(read("Nusra Front fighters attacked army positions near Raqqa. The terrorists then captured the city.")
            == [.init(kind: "captured", actor: "hts", place: "2")])
        // Named by no one, they are no side.
        #expect(read("The terrorists captured the village of Khirbil.").isEmpty)
    }

    @Test func aHedgeOrAdverbBetweenAuxiliaryAndParticipleKeepsThePassive() {
        // The subject of "were reportedly encircled" is the side surrounded, never the besieger.
        #expect(read("By Monday, IS fighters were reportedly encircled within Raqqa.").allSatisfy { $0.actor != "isis" })
        #expect(read("Raqqa was reportedly captured by government forces.") == [.init(kind: "captured", actor: "syrian-government", place: "2")])
        #expect(read("Raqqa was quickly overrun by IS.") == [.init(kind: "captured", actor: "isis", place: "2")])
    }

    @Test func iraqiSpecialOperationsForcesAreIraqiGovernmentForces() {
        #expect(read("The ISOF surrounded Mosul on Monday.") == [.init(kind: "besieged", actor: "iraqi-government", place: "14")])
    }

    @Test func aPlaceThatLocatesAnotherIsNoAntecedent() {
        // "to the east of Mosul" only says where Bashiqa lies; "the town" is Bashiqa.
        #expect(read("Iraqi troops attacked Bashiqa, to the east of Mosul, capturing the town after heavy fire.").map(\.place) == ["15"])
        // "from the east of X" names X itself.
        #expect(read("IS launched a counterattack from the east of Bashiqa, recapturing the town.").map(\.place) == ["15"])
    }

    @Test func aPassiveJoinedByAndSharesTheFirstVerbsSubject() {
        // The place is the first verb's object; what was captured is its subject, a person.
        #expect(read("The officer visited Raqqa and was captured by Nusra.").isEmpty)
        #expect(read("The officer formed the Raqqa Military Council and was later captured by Nusra.").isEmpty)
        // The place as the first verb's subject is the passive's too.
        #expect(read("Raqqa came under heavy shelling and was captured by Nusra.") == [.init(kind: "captured", actor: "hts", place: "2")])
        #expect(read("The town of Raqqa came under attack and was captured by Nusra.").map(\.place) == ["2"])
    }

    @Test func aNeighbourhoodNamedBeforeItsNounIsTakenWhole() {
        // An unknown name before "neighbourhood" names that neighbourhood: it was taken.
        #expect(read("Government troops seized the Al-Zawra neighbourhood on Monday.") == [.init(kind: "captured", actor: "syrian-government", place: "Al-Zawra")])
        // A city's name before it says a part of the city changed hands.
        #expect(read("Government troops seized a Raqqa neighbourhood on Monday.").map(\.kind).allSatisfy { $0 == "contested" })
    }

    @Test func aNounOfPlaceRightBeforeANameIsItsCue() {
        // "the town Khirbil" names the town; it refers back to no earlier one.
        #expect(read("Rebels entered Raqqa on Sunday. Later, the army secured the town Khirbil.").last
            == .init(kind: "captured", actor: "syrian-government", place: "5"))
    }

    @Test func whereTheTakenWereBroughtIsNoPlaceTaken() {
        #expect(read("Government media said 70 civilians were kidnapped and taken to Raqqa.").isEmpty)
        #expect(read("A convoy left Khirbil, taking rebel fighters to Raqqa.").isEmpty)
        // A side after "to" is who took it.
        #expect(read("Raqqa was lost to IS on Monday.").map(\.actor) == ["isis"])
    }

    @Test func aPlaceLeftWithNoOneWhoLeftItIsNoWithdrawal() {
        #expect(read("By then, only Khirbil was left under IS control.").allSatisfy { $0.kind != "withdrew" })
        #expect(read("Hundreds of civilians had been evacuated from Raqqa by the army.").isEmpty)
        #expect(read("Government troops left Khirbil on Monday.").map(\.kind) == ["withdrew"])
    }

    @Test func anAccomplishmentGovernsAnAdverbOrAJoinedVerbBeforeControl() {
        #expect(read("The army managed to advance and completely control Khirbil.").map(\.kind) == ["captured"])
        #expect(read("The army managed to fully control Khirbil.").map(\.kind) == ["captured"])
        #expect(read("The army controls Khirbil.").map(\.kind) == ["holds"])
    }

    @Test func anIndefinitePluralOfFightersBeforeMinIsShareOfTheSideAfterIt() {
        // "مسلحون من X", "فصائل من X", "مقاتلون من X": fighters of X, the subject; not X the loser.
        #expect(read("سيطر مسلحون من تنظيم الدولة على مدينة تدمر.") == [.init(kind: "captured", actor: "isis", place: "13")])
        #expect(read("سيطرت فصائل من المعارضة على مدينة تدمر.") == [.init(kind: "captured", actor: "rebels", place: "13")])
        #expect(read("دخل مقاتلون من قسد مدينة تدمر.").map(\.actor) == ["sdf"])
        // With the article, the side after من is the one the place was taken from.
        let retaken = Fixtures.analyzer.analyze(Document(title: "", text: "استعادت الفصائل من داعش مدينة تدمر.", published: EventDate("2024-05-16"))).events
        #expect(retaken.map(\.actor) == ["rebels"])
        #expect(retaken.map(\.fromActor) == ["isis"])
    }

    @Test func aPronounAfterAProvinceThatLocatesThePlaceIsNotTheProvince() {
        // "قرية X جنوبي الموصل مركز محافظة نينوى، وحررتها": the pronoun is the village, never the province.
        let events = read("استعادت القوات العراقية السيطرة على قرية بعشيقة جنوبي مدينة الموصل مركز محافظة نينوى، وحررتها من قبضة داعش.")
        #expect(events.map(\.place).allSatisfy { $0 == "15" })
        #expect(!events.isEmpty)
    }

    @Test func aUnitAndATenWrittenAsWordsAreOneShare() {
        func shares(_ text: String) -> [Double?] {
            Fixtures.analyzer.analyze(Document(title: "", text: text, published: EventDate("2024-05-16"))).events.map(\.share)
        }
        #expect(shares("تسيطر قوات النظام على خمسة وسبعين بالمئة من مدينة تدمر.") == [0.75])
        #expect(shares("The SDF controls seventy-five percent of Raqqa.") == [0.75])
        #expect(shares("The SDF controls seventy percent of Raqqa.") == [0.7])
        // A unit alone is a word: "in two neighbourhoods" is still where the fighting is.
        #expect(read("IS fighters were clashing with security forces in two southern neighborhoods of Mosul.").map(\.place) == ["14"])
    }

    @Test func aShareOfAPartOfTheTownIsNoShareOfTheTown() {
        func read(_ text: String) -> [String] {
            let a = Fixtures.analyzer.analyze(Document(title: "", text: text, published: EventDate("2024-05-16")))
            return a.events.map { "\($0.kind.rawValue) \(a.place(of: $0)?.id ?? $0.mention) \($0.share.map { String($0) } ?? "none")" }
        }
        // The town is contested; the figure belongs to its part.
        #expect(read("Iraqi forces have liberated 50 percent of Mosul's old city.") == ["contested 14 none"])
        #expect(read("Rebels control 60 percent of Palmyra's eastern districts.") == ["contested 13 none"])
        // Of the town itself, the figure stands.
        #expect(read("Iraqi forces have liberated 50 percent of Mosul.") == ["contested 14 0.5"])
    }

    @Test func aNounThatRefersBackIsNoNameAfterACue() {
        // "أحياء المدينة": the districts of the city just named, not of a city called "المدينة".
        let parts = read("استعادت القوات العراقية مدينة الموصل. وبات الجيش يفرض سيطرته على معظم أحياء المدينة.")
        #expect(parts.map(\.place) == ["14", "14"])
        // "الناحية": the subdistrict just named.
        #expect(read("استعادت القوات العراقية ناحية بعشيقة. وبات الجيش يسيطر على الناحية.").map(\.place) == ["15", "15"])
    }

    @Test func theSidesAReportNamesSayWhoseArmyItMeans() {
        // One village of the map's Syrian half, but "Iraqi forces" named: "the army" is Iraq's.
        #expect(read("استعادت القوات العراقية قرية خربيل. وبات الجيش يسيطر على القرية.").map(\.actor)
                == ["iraqi-government", "iraqi-government"])
        // Places still outweigh a single naming: two Syrian towns and "the army" stays Syria's.
        #expect(read("Iraqi troops watched the border. The army took Khirbil and Sarda.").map(\.actor)
                == ["syrian-government", "syrian-government"])
    }

    @Test func aNameThatStartsWithKafIsANameAfterACue() {
        // "قرية كسردة" is a village of that name, not ك ("like") + Sarda; only ب and ل glue a
        // known place to a preposition after a cue.
        #expect(read("سيطرت قسد على قرية كسردة.") == [.init(kind: "captured", actor: "sdf", place: "كسردة")])
    }

    @Test func theSideAfterANounOfDoingDoesTheVerbalNounWithBa() {
        // "قيام X ... بانسحاب": the side, with its attributes and conjuncts, did the withdrawal.
        let left = Fixtures.analyzer.analyze(Document(title: "", text: "جاء ذلك بعد ساعات من قيام قوات حكومية سورية وميليشيات متحالفة معها بانسحاب مفاجئ من مدينة تدمر.",
                                                      published: EventDate("2024-05-16"))).events
        #expect(left.map(\.kind.rawValue) == ["withdrew"])
        #expect(left.map(\.fromActor) == ["syrian-government"])
        // "بطرد": the noun of expulsion takes ب, as its verb cannot.
        #expect(read("قامت قوات النظام بطرد داعش من مدينة تدمر.") == [.init(kind: "captured", actor: "syrian-government", place: "13")])
        // The doer may be fighters of a side ("عناصر من الجيش"); the side after بطرد is the expelled.
        #expect(read("جاء ذلك بعد قيام عناصر من الجيش بطرد مسلحي داعش من مدينة تدمر.").map(\.actor) == ["syrian-government"])
        // The state's police are its forces.
        #expect(read("دخلت قوات الشرطة مدينة الموصل.").map(\.actor) == ["iraqi-government"])
    }

    @Test func aPlaceThatLocatesTheTownIsNotTheTown() {
        // "north of the provincial capital X": the seat's title between the locative and the
        // name; the passive's subject is the anaphor before the aside.
        #expect(read("Rebels seized the village of Sarda on Monday. The village, 10 kilometers north of the provincial capital Deir ez-Zor, was captured by IS in July.")
                == [.init(kind: "captured", actor: "rebels", place: "7"), .init(kind: "captured", actor: "isis", place: "7")])
        // "a town north of X": the unnamed town is what "the town" means, never the city that locates it.
        #expect(read("Iraqi troops drove IS out of a town north of Mosul, an officer said. The troops imposed full control on the town.").isEmpty)
        // A named town keeps its reading: "X, a town north of Y ... the town" is X.
        #expect(read("Iraqi troops drove IS out of Bashiqa, a town north of Mosul. The troops imposed full control on the town.")
                .map(\.place) == ["15", "15"])
    }

    @Test func aSideAfterAntiIsItsOpponents() {
        // "the anti-government activist group" names no government: the rebels took the place.
        #expect(read("The anti-government activist group says the rebels killed dozens of soldiers while taking Sarda.")
                == [.init(kind: "captured", actor: "rebels", place: "7")])
        #expect(read("Anti-government fighters captured Sarda.").map(\.actor) == ["rebels"])
        // "pro-government" still names the government's side.
        #expect(read("Pro-government forces captured Sarda.").map(\.actor) == ["syrian-government"])
    }

    @Test func aNounOfTakingAfterAFightBetweenTwoSidesHasNoTaker() {
        // Either side of the fight may have made the capture the clause is dated by.
        #expect(read("Government forces were still fighting insurgents near Raqqa after the capture of Sarda, the monitor said.").isEmpty)
        #expect(read("Regime troops attacked IS positions after the capture of Sarda.").isEmpty)
        // One side named: the capture is its own.
        #expect(read("Regime troops advanced on Raqqa after the capture of Sarda.")
                == [.init(kind: "captured", actor: "syrian-government", place: "7")])
        // A gerund after "after" shares the clause's subject, whoever it fought.
        #expect(read("Regime troops killed dozens of rebels after capturing Sarda.").map(\.actor) == ["syrian-government"])
    }

    @Test func aFunctionWordJoinedByWaIsNoListedHamlet() {
        // "قرى سردة وتلك القرى": "وتلك" goes on with the sentence, though a hamlet is called "تلك".
        #expect(read("استعادت قسد السيطرة على قرى سردة وخربيل وتلك القرى هي الأكبر في المنطقة.").map(\.place) == ["7", "5"])
        // Right after its cue the hamlet is still named.
        #expect(read("سيطرت قسد على قرية تلك.").map(\.place) == ["39"])
        // A function word after a cue and before a known name is the preposition that locates
        // the cue's places: villages around Palmyra, not al-Hawl (nor Palmyra) taken.
        #expect(read("سيطر داعش على قرى حول مدينة تدمر.").isEmpty)
        #expect(read("سيطرت قسد على بلدة الحول.").map(\.place) == ["40"])
    }

    @Test func aPrepositionOrACommonNounAfterACueLocatesItsPlaces() {
        // "قرى إلى الشرق من X": the preposition and the direction say where the villages lie;
        // no village is called "إلى", and the town that locates them is not taken.
        #expect(read("طردت قسد قوات النظام من أربع قرى إلى الشرق من مدينة الرقة.").isEmpty)
        #expect(read("سيطر الجيش على قرية إلى الغرب من تدمر.").isEmpty)
        // "قرى بمناطق شمال X": a common noun behind a glued preposition ("in areas") names no village.
        #expect(read("سيطرت القوات الحكومية على ثلاث قرى بمناطق شمال الرقة.").isEmpty)
        // A village whose name begins with the same letter is still named.
        #expect(read("سيطر الجيش على قرية بيرة.").map(\.place) == ["26"])
    }

    @Test func aHoldersPronounStandsForASideOfItsGender() {
        // "سيطرتها" (its, feminine) stands for the forces, "سيطرته" (masculine) for the
        // organization, whichever of the two the clause before named last.
        #expect(read("هاجم تنظيم داعش قوات النظام بعد سيطرتها على قرية سردة.").map(\.actor) == ["syrian-government"])
        #expect(read("هاجم تنظيم داعش قوات النظام بعد سيطرته على قرية سردة.").map(\.actor) == ["isis"])
        #expect(read("هاجمت قوات النظام تنظيم داعش بعد سيطرته على قرية سردة.").map(\.actor) == ["isis"])
        // Between two sides that fight, the pronoun tells which one holds the place: the fighters
        // of the organization ("مقاتلي", a plural of people) are no "ها".
        #expect(read("تتواصل الاشتباكات بين مقاتلي تنظيم الدولة وقوات سوريا الديمقراطية بعد سيطرتها على قرية سردة.").map(\.actor) == ["sdf"])
        #expect(read("تتواصل الاشتباكات بين الفصائل والجيش بعد سيطرتها على قرية سردة.").map(\.actor) == ["rebels"])
    }

    @Test func aPassiveAfterARelativeClauseIsSaidOfItsHead() {
        // "X, which lies near the province of Y, was seized by W": the clause only says where X
        // lies; the province is not what was seized.
        #expect(read("Sarda village, which lies near the border between Raqqa and the province of Nineveh, was seized by IS militants on Monday.")
                == [.init(kind: "captured", actor: "isis", place: "7")])
        #expect(read("قرية سردة، التي تقع قرب مدينة تدمر، سقطت بيد داعش.").map(\.place) == ["7"])
    }

    @Test func theMilitantGroupOfAnArticleAboutOtherFactionsIsNotIS() {
        // "the militant group" in an article that names only the Turkish-backed factions and the
        // SDF is not the Islamic State; no side rather than the wrong one.
        #expect(read("The Turkish-backed Syrian National Army fought the SDF near Raqqa. According to the militant group's statement, their troops captured the town of Sarda.").isEmpty)
        // Where IS is named, or no armed group at all, the jihadists are IS.
        #expect(read("IS fighters attacked Raqqa. According to the militant group's statement, their troops captured the town of Sarda.").map(\.actor) == ["isis"])
        #expect(read("Government troops shelled Raqqa. The jihadists captured the town of Sarda.").map(\.actor) == ["isis"])
    }

    @Test func aCountedAnaphorTakesADemonstrative() {
        // "these two villages", like "the two villages", stands for the two just named.
        #expect(read("Rebels attacked the villages of Sarda and Khirbil on Saturday. On Sunday the rebels captured these two villages.").map(\.place)
                == ["7", "5"])
        #expect(read("Rebels attacked the villages of Sarda and Khirbil on Saturday. On Sunday the rebels captured those two villages.").map(\.place)
                == ["7", "5"])
    }

    @Test func anAdvanceIntoAPlaceItsHolderLeavesTakesIt() {
        // "Y withdrew from X as Z advanced into it": no one is left to fight; Z took X from Y.
        #expect(Fixtures.events("SDF-allied fighters withdrew from the villages of Sarda and Khirbil as the rebels advanced into them.")
                    .map { "\($0.kind.rawValue) \($0.actor ?? "-") \($0.fromActor ?? "-")" }
                == ["captured rebels sdf", "captured rebels sdf"])
        // An entry into part of the place stays a fight for the part.
        #expect(read("The army entered the southwestern part of Sarda, while IS fighters withdrew from the village.").map(\.kind)
                == ["contested", "withdrew"])
    }

    @Test func aTakingNotQuiteCompleteIsAFightForThePlace() {
        // "almost completely", "nearly fully", "بشكل شبه كامل", "partially": part of the place.
        #expect(read("The rebels have almost completely recaptured Khirbil.").map(\.kind) == ["contested"])
        #expect(read("The rebels recaptured Khirbil nearly fully on Monday.").map(\.kind) == ["contested"])
        #expect(read("The rebels partially captured Khirbil.").map(\.kind) == ["contested"])
        #expect(read("حررت فصائل المعارضة قرية خربيل بشكل شبه كامل.").map(\.kind) == ["contested"])
        // Fully is fully; and "almost" alone is a near miss, no taking at all.
        #expect(read("حررت فصائل المعارضة قرية خربيل بشكل كامل.").map(\.kind) == ["captured"])
        #expect(read("The rebels fully recaptured Khirbil.").map(\.kind) == ["recaptured"])
        #expect(read("The rebels almost recaptured Khirbil.").isEmpty)
        // A nearness after a comma belongs to another phrase.
        #expect(read("The rebels captured Khirbil, forcing the army to rely almost entirely on air strikes.").map(\.kind) == ["captured"])
    }

    @Test func aParticipleAfterACommaNamesNoTakerOfTheNoun() {
        // "the capture of X, used by IS as a base": the "by" is the participle's, not the noun's.
        #expect(read("Residents celebrated the capture of Khirbil, used by IS as a base for years.").isEmpty)
        #expect(read("Residents celebrated the capture of Khirbil, long used by IS as a base.").isEmpty)
        // The noun's own agent still counts, after an appositive or a verb of being.
        #expect(read("The capture of Khirbil, a farming village, by the rebels was a blow.") == [GeneralizationTests.Seen(kind: "captured", actor: "rebels", place: "5")])
        #expect(read("The capture of Khirbil was completed by the rebels on Monday.") == [GeneralizationTests.Seen(kind: "captured", actor: "rebels", place: "5")])
    }

    @Test func aHoldBesideATakingOfThePlaceIsTheHoldThatEnded() {
        // "the capture of X, the last town held by IS": IS no longer holds it, whoever took it.
        #expect(read("Residents celebrated the capture of Khirbil, the last village held by IS in the area.").isEmpty)
        // An aim leaves the hold standing.
        #expect(read("The army launched an offensive for the capture of Khirbil, held by IS since 2014.") == [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "5")])
    }

    @Test func aTakingSetAgainstTheClauseIsNotItsSubjects() {
        // "IS still holds X, despite the capture of Y": the subject holds on; it took nothing.
        #expect(read("IS fighters still hold Khirbil, despite the capture of nearby Sarda.") == [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "5")])
        #expect(read("IS fighters still hold Khirbil, in spite of the fall of nearby Sarda.") == [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "5")])
        #expect(read("ما يزال تنظيم الدولة يسيطر على خربيل بالرغم من استعادة قرية سردة.") == [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "5")])
        // A taker named with the noun still took it.
        #expect(read("ما يزال تنظيم الدولة يسيطر على خربيل رغم سيطرة الفصائل على قرية سردة.")
                == [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "5"), GeneralizationTests.Seen(kind: "captured", actor: "rebels", place: "7")])
    }

    @Test func aDayBetweenControlAndOfKeepsTheStrongholdTaken() {
        // "seized full control Friday of the IS stronghold of X": the stronghold was IS's; it is the SDF's now.
        #expect(read("The SDF seized full control Friday of the Islamic State stronghold of Khirbil, a spokesman said.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "sdf", place: "5")])
        #expect(read("The SDF seized control on Monday of the IS stronghold of Khirbil.") == [GeneralizationTests.Seen(kind: "captured", actor: "sdf", place: "5")])
    }

    @Test func aCauseEndingInToNamesNoAgent() {
        // "due to IS's capture of X": the possessive is the noun's taker; "to" is no "by".
        #expect(read("The army held the city. Due to IS's capture of Khirbil, rumours spread.") == [GeneralizationTests.Seen(kind: "captured", actor: "isis", place: "5")])
        #expect(read("The army held the city. Owing to IS's capture of Khirbil, rumours spread.") == [GeneralizationTests.Seen(kind: "captured", actor: "isis", place: "5")])
    }

    @Test func theseForcesAreTheSideThatActedNotTheOneThatHeld() {
        // "سيطرت قسد على X الخاضعة لسيطرة التنظيم. وفرضت هذه القوات سيطرتها على Y": the forces
        // are the SDF; the holder of the place they took is no subject.
        #expect(read("سيطرت قوات سوريا الديمقراطية على بلدة خربيل الخاضعة لسيطرة تنظيم الدولة. وفرضت هذه القوات سيطرتها على قرية سردة.")
                    .map { "\($0.kind) \($0.actor ?? "-") \($0.place)" } == ["captured sdf 5", "captured sdf 7"])
    }

    @Test func anArabicTimeOfDayIsNoPartOfAName() {
        // "على القرية صباح اليوم": this morning, not a village "قرية الصباح".
        #expect(read("دخلت قوات النظام إلى قرية سردة، وسيطرت على القرية صباح اليوم.").map(\.place) == ["7"])
        #expect(read("سيطرت قوات النظام على القرية مساء أمس.").isEmpty)
        #expect(read("سيطرت قوات النظام على القرية صباح الأحد.").isEmpty)
        // The village of that name is still found.
        #expect(read("سيطرت قوات النظام على قرية الصباح.").map(\.place) == ["41"])
    }

    @Test func theDefiniteFightersAreTheSideJustNamed() {
        // "Opposition fighters retook X. The fighters also regained Y": the same fighters.
        #expect(read("Opposition fighters recaptured a village near Sarda. The fighters also regained control of Khirbil, a commander said.")
                == [GeneralizationTests.Seen(kind: "recaptured", actor: "rebels", place: "5")])
        #expect(read("On Monday opposition fighters recaptured Sarda, and the fighters regained control of Khirbil.").map { "\($0.actor ?? "-") \($0.place)" }
                == ["rebels 7", "rebels 5"])
        // With two sides named before, "the fighters" may be either: no side.
        #expect(read("IS attacked army positions near Sarda. The fighters then took Khirbil.").isEmpty)
        // Indefinite fighters name no side.
        #expect(read("Opposition fighters recaptured a village near Sarda. Local fighters then took Khirbil.").isEmpty)
    }

    @Test func anArabicImperfectBehindLamIsAPurposeOrAnOutcome() {
        // "تقدمت القوات لتسيطر على X": the aim of the advance; no standing control.
        #expect(read("تقدمت قوات سوريا الديمقراطية لتسيطر على قرية سردة.").isEmpty)
        // After another side's pull-out it tells who took the place.
        #expect(Fixtures.events("انسحب تنظيم الدولة من قرية سردة، لتسيطر عليها قوات سوريا الديمقراطية لاحقا.")
                    .map { "\($0.kind.rawValue) \($0.actor ?? "-") \($0.fromActor ?? "-")" } == ["withdrew sdf isis"])
    }

    @Test func aToAfterAVerbOfItsOwnNamesNoTaker() {
        // "The fall of X marks an end to IS's hold": the "to" is the verb's, not the fall's.
        #expect(read("The fall of Khirbil marks an end to the IS group's hold over the area.").isEmpty)
        #expect(read("The fall of Khirbil to IS shocked residents.") == [GeneralizationTests.Seen(kind: "captured", actor: "isis", place: "5")])
        // "leaving it to Y", "handed X over to Y" still hand the place on.
        #expect(read("The rebels handed Khirbil over to the army.").map(\.actor) == ["syrian-government"])
        #expect(read("Syrian troops withdrew from parts of Raqqa, leaving them to the rebels.").map(\.actor) == ["rebels"])
        #expect(read("The capture of Khirbil dealt a heavy blow to IS.").isEmpty)
        #expect(read("The capture of Khirbil threatens IS supply lines from Turkey.").map { $0.actor } != ["turkey"])
        // A date, a number or an adverb before "to" and "from" leaves them the taking's.
        #expect(read("IS fighters lost Khirbil on November 13 to Kurdish forces.").map(\.actor) == ["sdf"])
        #expect(read("The army retook Khirbil completely from IS.").map(\.kind) == ["recaptured"])
        // A relative participle's "from" names no loser either (the side that used the place is).
        #expect(Fixtures.events("The SDF celebrated the capture of Khirbil, used by IS as a gateway from Turkey.").map { $0.fromActor ?? "-" } == ["isis"])
    }

    @Test func aSideKnownByAnotherNameIsOneSide() {
        // "A backed by B and Kurdish forces, known as Peshmerga, retook X": the name after
        // "known as" renames the ally; the subject is still A.
        #expect(read("Iraqi forces backed by Shiite militias and Kurdish forces, known as Peshmerga, retook Mosul.").map(\.actor) == ["iraqi-government"])
    }

    @Test func kamaOpensAClauseOfItsOwn() {
        // "اشتباكات بين A وB على محور X، كما قام A باستهداف Y": the fight is not in Y.
        #expect(read("دارت اشتباكات بين الثوار وقسد على محور مرعناز، كما قام الثوار باستهداف معاقل قسد في بلدة خربيل بقذائف الهاون.").isEmpty)
        #expect(read("سيطرت قوات النظام على قرية خربيل، كما سيطرت على قرية سردة.").map(\.place) == ["5", "7"])
    }

    @Test func itAfterAnAdvanceIsThePlaceAdvancedOn() {
        // "advanced on X and took control of it", "pounded X and seized it": "it" is X.
        #expect(read("The army advanced on Khirbil and took control of it.") == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "5")])
        #expect(read("Rebels marched towards Khirbil and seized it on Friday.").map(\.place) == ["5"])
        #expect(read("Government jets pounded Khirbil before the army captured it.").map(\.place) == ["5"])
        // A place that only locates the advance is not what "it" stands for.
        #expect(read("The army advanced from Khirbil towards a hill and took control of it.").isEmpty)
    }

    @Test func aPlaceAfterInTheLocatesTheSubjectOfAPassive() {
        // "Six villages in the X countryside have fallen to Y": the villages fell, not X.
        #expect(read("Six villages in the Raqqa countryside have fallen to government forces.").isEmpty)
        #expect(read("Villages in the western Raqqa countryside were captured by the army.").isEmpty)
        // A named place before the locating phrase is what fell.
        #expect(read("Khirbil, in the Raqqa countryside, has fallen to government forces.").map(\.place) == ["5"])
        // After a verb and its object, "in the X area" says where it happened: X is what the participle is about.
        #expect(read("Turkish troops entered Syria in the Raqqa area controlled by IS.") == [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "2")])
    }

    @Test func namelyOpensTheListOfWhatWasTaken() {
        // "captured two villages in the X countryside, namely A and B".
        #expect(read("The army captured two villages in the Raqqa countryside, namely Khirbil and Sarda.").map(\.place) == ["5", "7"])
    }

    @Test func aNameBeforeTheSerialCommaIsAListItem() {
        // "captured A, B, and C": the name the gazetteer lacks before ", and" is one more item.
        #expect(read("Rebels captured Khirbil, Arainba, and Sarda on Monday.").map(\.place) == ["5", "Arainba", "7"])
    }

    @Test func theProgressiveOfControlIsAHold() {
        // "are controlling 70 percent of X": a share held now.
        let held = Fixtures.events("Iraqi troops are controlling 70 percent of Mosul, the mayor said.")
        #expect(held.map(\.kind.rawValue) == ["contested"] && held.first?.share == 0.7 && held.first?.actor == "iraqi-government")
        #expect(read("A controlling stake in the company near Mosul was sold.").isEmpty)
    }

    @Test func groundRegainedInAPlaceIsAFightForIt() {
        #expect(read("Iraqi troops regained ground in Mosul on Friday.") == [GeneralizationTests.Seen(kind: "contested", actor: "iraqi-government", place: "14")])
    }

    @Test func theSideEnabledToTakeAPlaceTookIt() {
        // "the strikes enabled X to capture Y": X took Y, not the subject.
        #expect(read("US air strikes enabled the Peshmerga to capture Bashiqa.").map(\.actor) == ["peshmerga"])
        #expect(Fixtures.events("The army forced IS fighters to withdraw from Khirbil.").map { "\($0.kind.rawValue) \($0.fromActor ?? "-")" } == ["withdrew isis"])
        // Still an aim after a present or an infinitive causative, and a permission is no report.
        #expect(read("The army plans to force IS fighters to withdraw from Khirbil.").isEmpty)
        #expect(read("The truce allowed government troops to enter Khirbil.").isEmpty)
    }

    @Test func wawAllatiWithNoRelativeBeforeOpensTheFirstOne() {
        // "مدينة X، والتي سيطرت عليها Y": news writes "والتي" for a plain relative clause.
        #expect(read("قصفت الطائرات مدينة الرقة، والتي سيطرت عليها الفصائل مساء أمس.") == [GeneralizationTests.Seen(kind: "captured", actor: "rebels", place: "2")])
    }

    @Test func aPhraseOfTimeBetweenAnAccomplishmentAndItsVerbalNounIsAnAdjunct() {
        // "تمكنت X، بعد معارك عنيفة، من السيطرة على Y": the fighting is when, not another clause.
        #expect(read("تمكنت قوات النظام، بعد معارك عنيفة، من السيطرة على قرية خربيل.").map(\.actor) == ["syrian-government"])
        #expect(read("وتمكنت قوات النظام بعد اشتباكات عنيفة بين الثوار وقوات النظام في المنطقة، من السيطرة على قرية خربيل.").map(\.actor) == ["syrian-government"])
        // Without a verb of accomplishment before it, the phrase stays a clause of its own.
        #expect(read("قتل عناصر من قوات النظام بعد معارك عنيفة من أجل السيطرة على قرية خربيل.").isEmpty)
    }

    @Test func aHoldOfBeforeSetOffByCommasIsWhatTheHolderOfNowTookOver() {
        // "X, previously held by Y, is now held by Z": Z holds X, and took it over from Y.
        let text = "The city of Raqqa, previously held by the army, is now held by IS."
        #expect(read(text) == [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "2")])
        #expect(Fixtures.events(text).map(\.fromActor) == ["syrian-government"])
        #expect(read("The city of Raqqa, formerly under the control of the army, is under the control of IS.").map(\.actor) == ["isis"])
        // A standing aside with no word of the past still describes the name before it.
        #expect(read("The city of Raqqa, still held by the army, is now besieged by IS.").contains(GeneralizationTests.Seen(kind: "besieged", actor: "isis", place: "2")))
        // Alone, the hold of before is history, not the news.
        let history = Fixtures.events("The city of Raqqa, previously held by the army.")
        #expect(history.filter { !$0.background }.isEmpty)
    }

    @Test func aPassiveExpulsionNamesTheSideThatLostThePlace() {
        // "IS fighters were driven out of X": taken from IS by a side unnamed (which moves nothing on the map).
        let events = Fixtures.events("IS fighters were driven out of Raqqa on Monday.")
        #expect(events.map(\.kind) == [.captured])
        #expect(events.map(\.actor) == [nil])
        #expect(events.map(\.fromActor) == ["isis"])
        // "Militants ... by Turkish-backed rebels": the militants of an article about those rebels are not them.
        #expect(read("Militants were expelled from Raqqa by Turkish-backed rebels.") == [GeneralizationTests.Seen(kind: "captured", actor: "sna", place: "2")])
        // An active verb's subject is no certain side: its expelled "militants" stay their own.
        let activeSubject = read("Turkish-backed rebels said militants expelled them from Raqqa.")
        #expect(!activeSubject.contains(GeneralizationTests.Seen(kind: "captured", actor: "sna", place: "2")))
        // With no side named at all, nothing.
        #expect(read("Hundreds of fighters were driven out of Raqqa on Monday.").isEmpty)
    }

    @Test func aPlaceLostAsTheObjectOfLosingIsLost() {
        // "Rebels lost (control of) X": lost to a side unnamed.
        for text in ["Rebels lost control of the town of Khirbil on Tuesday.", "The rebels have lost Khirbil.",
                     "خسرت فصائل المعارضة قرية خربيل.", "فقدت فصائل المعارضة السيطرة على قرية خربيل."] {
            let events = Fixtures.events(text)
            #expect(events.map(\.kind) == [.captured], "\(text)")
            #expect(events.map(\.actor) == [nil], "\(text)")
            #expect(events.map(\.fromActor) == ["rebels"], "\(text)")
        }
        // Not what is lost in a place, a loss going on, a loss denied, nor a handover with no one to take it.
        for text in ["IS lost hundreds of fighters in Khirbil.", "Government forces have lost ground in Khirbil.",
                     "Rebels are losing Khirbil.", "The army did not lose Khirbil.", "خسرت فصائل المعارضة عشرات المقاتلين في قرية خربيل.",
                     "سلمت فصائل المعارضة قرية خربيل."] {
            #expect(Fixtures.events(text).isEmpty, "\(text)")
        }
    }

    @Test func aPlaceHeldOnToIsHeld() {
        #expect(read("Kurdish forces held on to Khirbil despite the assault.") == [GeneralizationTests.Seen(kind: "holds", actor: "sdf", place: "5")])
        #expect(read("The Peshmerga are holding onto Bashiqa.") == [GeneralizationTests.Seen(kind: "holds", actor: "peshmerga", place: "15")])
        #expect(read("Kurdish forces failed to hold on to Khirbil.").isEmpty)
    }

    @Test func nowWithItsArticleIsNoParticleOfReport() {
        // "الآن" shares its key with "أن" past the article; it is "now", not a subjunctive's particle.
        #expect(read("باتت مدينة الرقة الآن تحت سيطرة قوات سوريا الديمقراطية.") == [GeneralizationTests.Seen(kind: "captured", actor: "sdf", place: "2")])
        #expect(read("مدينة الرقة، التي كانت خاضعة لسيطرة داعش، باتت الآن تحت سيطرة قوات سوريا الديمقراطية.").map(\.actor) == ["sdf"])
        // The particle itself still makes a subjunctive an expectation.
        #expect(read("من المتوقع أن تسيطر قوات سوريا الديمقراطية على مدينة الرقة.").isEmpty)
    }

    @Test func aFightTakenAsTheVerbsObjectContestsThePlace() {
        // "engaged in fighting", "locked in battles": the verb's subject is one side, the side after
        // "with" or "against" the other.
        let contest = [GeneralizationTests.Seen(kind: "contested", actor: "sdf", place: "2")]
        #expect(read("Kurdish forces were engaged in heavy fighting with Islamic State militants in Raqqa.") == contest)
        #expect(read("Kurdish forces are locked in street battles with Islamic State inside Raqqa.") == contest)
        #expect(read("Kurdish forces have been waging fierce battles against Islamic State in Raqqa.") == contest)
        // Without the fight's noun the verb engages in anything: talks are no fight.
        #expect(read("Kurdish forces engaged in talks with Islamic State in Raqqa.").isEmpty)
        #expect(read("Kurdish forces remain locked in a dispute with Islamic State over Raqqa.").isEmpty)
    }

    @Test func aTimeBetweenAFightAndItsPlaceStillPutsTheFightThere() {
        // "clashes broke out on Tuesday in X": the time between the verb and its link.
        let contest = [GeneralizationTests.Seen(kind: "contested", actor: "sdf", place: "2")]
        #expect(read("Heavy clashes broke out on Tuesday in Raqqa between Kurdish forces and Islamic State.") == contest)
        #expect(read("Fighting continued early on Monday inside Raqqa between Kurdish forces and Islamic State.") == contest)
        #expect(read("الاشتباكات مستمرة منذ الصباح داخل مدينة الرقة بين قوات سوريا الديمقراطية وتنظيم داعش.") == contest)
        // Only a time: what follows otherwise is no place of the fight.
        #expect(read("Clashes continued on Tuesday around the base, with soldiers killed in a Kurdish attack on Raqqa.").isEmpty)
        #expect(read("Fighting raged on Tuesday near Raqqa between Kurdish forces and Islamic State.").isEmpty)
    }

    @Test func pushingInsideAPlaceContestsItAndTowardsItDoesNot() {
        let contest = [GeneralizationTests.Seen(kind: "contested", actor: "sdf", place: "2")]
        #expect(read("توغلت قوات سوريا الديمقراطية داخل مدينة الرقة.") == contest)
        #expect(read("Kurdish forces advanced inside Raqqa on Tuesday.") == contest)
        #expect(read("Kurdish forces pushed deeper into Raqqa.") == contest)
        // Towards the place, in its direction or around it: no fight in it.
        #expect(read("توغلت قوات سوريا الديمقراطية نحو مدينة الرقة.").isEmpty)
        #expect(read("توغلت قوات سوريا الديمقراطية في اتجاه مدينة الرقة.").isEmpty)
        #expect(read("توغلت قوات سوريا الديمقراطية في محيط مدينة الرقة.").isEmpty)
        // A push takes no place of another verb: "توغلت القوات لتحرير X" is a purpose.
        #expect(read("توغلت قوات سوريا الديمقراطية لتحرير مدينة الرقة.").isEmpty)
        #expect(read("Kurdish forces advanced towards Raqqa.").isEmpty)
        // Before a quantity "نحو" is how much.
        #expect(read("تسيطر قوات سوريا الديمقراطية على نحو 70 بالمئة من مدينة الرقة.").map(\.kind) == ["contested"])
    }

    @Test func whatHoldsThePlaceAnAttemptAimsAtIsStillSaid() {
        // "X الخاضعة لسيطرة Y" after an attempt on X: the attempt fails or not, Y holds X.
        let held = [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "2")]
        #expect(read("حاولت قوات النظام التقدم نحو مدينة الرقة الخاضعة لسيطرة تنظيم داعش.") == held)
        #expect(read("حاولت قوات النظام السيطرة على مدينة الرقة الاستراتيجية، الخاضعة لسيطرة تنظيم داعش.") == held)
        // The attempt itself still takes nothing.
        #expect(read("حاولت قوات النظام السيطرة على مدينة الرقة.").isEmpty)
    }

    @Test func aPlaceSetOffAsASidesStrongholdIsHeldByThatSide() {
        let heldByIS = [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "14")]
        #expect(read("Jets struck Mosul, an Islamic State stronghold north of Baghdad.") == heldByIS)
        #expect(read("Jets struck Mosul, the jihadists' main bastion, on Monday.") == heldByIS)
        #expect(read("Jets struck Mosul and Bashiqa, two IS strongholds.").map(\.place) == ["14", "15"])
        // Plain words before the side as well as after it; a side named by its one-word compound.
        #expect(read("Jets struck Mosul, the last IS stronghold in the north.") == heldByIS)
        #expect(read("Jets struck Mosul, the largest jihadist bastion in Iraq.") == heldByIS)
        #expect(read("Jets struck the jihadist stronghold of Mosul on Monday.") == heldByIS)
        #expect(read("Jets struck Mosul, a former jihadist stronghold.").isEmpty)
        // What it once was, a stronghold of no side, or one the clause reports left: no hold now.
        #expect(read("Jets struck Mosul, a former IS stronghold.").isEmpty)
        #expect(read("Jets struck Mosul, a key stronghold.").isEmpty)
        #expect(read("The jihadists abandoned Mosul, their last stronghold.").map(\.kind) == ["withdrew"])
        // Taken by another side: the stronghold's side is the one that lost it.
        let taken = read("The army captured Mosul, an IS stronghold, on Monday.")
        #expect(taken == [GeneralizationTests.Seen(kind: "captured", actor: "iraqi-government", place: "14")])
    }

    @Test func anArabicPlaceSetOffAsASidesStrongholdIsHeldByThatSide() {
        let heldByIS = [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "2")]
        #expect(read("قصفت الطائرات مدينة الرقة، معقل تنظيم داعش.") == heldByIS)
        #expect(read("قصفت الطائرات مدينة الرقة، أبرز معاقل تنظيم داعش في سوريا.") == heldByIS)
        #expect(read("قصفت الطائرات مدينة الرقة معقل تنظيم داعش.") == heldByIS)
        // The noun with the article, or a side's strongholds taken, describe no place before them.
        #expect(read("قصفت الطائرات المعقل الأخير لتنظيم داعش في مدينة الرقة.").isEmpty)
        // A place that only says where the one before it lies is no stronghold.
        #expect(read("قصفت الطائرات بلدة خربيل جنوب غربي الرقة، آخر معاقل تنظيم داعش.").isEmpty)
        #expect(read("تدور معارك عنيفة داخل مدينة الرقة، معقل تنظيم داعش.").allSatisfy { $0.kind != "holds" })
        // Left by a side: the stronghold names no side the place went to.
        let left = Fixtures.events("انسحبت قوات النظام من مدينة الرقة، معقل تنظيم داعش.")
        #expect(left.map { "\($0.kind.rawValue) \($0.actor ?? "-") \($0.fromActor ?? "-")" } == ["withdrew - syrian-government"])
    }

    @Test func anArabicDayIsNamedWithItsArticleAndOneIsNot() {
        // "أحد آخر معاقل" is "one of the last strongholds", no Sunday; "يوم الأحد" is Sunday, its
        // "يوم" (day) no "اليوم" (today).
        let one = Fixtures.events("سيطرت قوات النظام على مدينة الرقة، أحد آخر معاقل التنظيم.")
        #expect(one.map(\.date) == [EventDate("2024-05-16")])
        let sunday = Fixtures.events("سيطرت قوات النظام يوم الأحد على مدينة الرقة.")
        #expect(sunday.map(\.date) == [EventDate("2024-05-12")])
        // "يوم أمس": the day is yesterday, not today.
        let yesterday = Fixtures.events("سيطرت قوات النظام يوم أمس على مدينة الرقة.")
        #expect(yesterday.map(\.date) == [EventDate("2024-05-15")])
    }

    @Test func aPlaceBeforeAParticipleAsideIsTheSubjectOfTheVerbAfterIt() {
        // The aside reports its own, earlier change; the verb after its comma is about the place.
        let retaken = read("Palmyra, seized by IS in May, was retaken by the army on Sunday.")
        #expect(retaken.contains(GeneralizationTests.Seen(kind: "recaptured", actor: "syrian-government", place: "13")))
        #expect(retaken.contains(GeneralizationTests.Seen(kind: "captured", actor: "isis", place: "13")))
        let held = read("Palmyra, held by IS since 2015, is now under government control.")
        #expect(held.contains(GeneralizationTests.Seen(kind: "holds", actor: "syrian-government", place: "13")))
        // A verb inside the aside, or a verb that is not the one after it, leaves the place alone.
        #expect(read("Palmyra, seized by IS in May, lies near Homs.") == [GeneralizationTests.Seen(kind: "captured", actor: "isis", place: "13")])
        #expect(read("Palmyra, shelled by the army and taken by IS, was quiet.").allSatisfy { $0.actor == "isis" })
    }

    @Test func aSideDrivenOutOfAShareOfAPlaceIsTheLoser() {
        for text in ["Troops drove IS out of the eastern half of Mosul.", "Troops drove IS out of 60 percent of Mosul.",
                     "طردت القوات العراقية تنظيم داعش من نصف مدينة الموصل."] {
            let events = Fixtures.events(text)
            #expect(events.map { "\($0.kind.rawValue) \($0.actor ?? "-") \($0.fromActor ?? "-")" } == ["contested iraqi-government isis"], "\(text)")
        }
        // From a share of a place, without a side driven out: where they came from, no event.
        #expect(Fixtures.events("Troops arrived from half of Mosul.").isEmpty)
    }

    @Test func aPossessiveRefersBackToTheSideOfThePreviousSentence() {
        let before = "Islamic State fighters shelled Hit on Monday. "
        let taken = [GeneralizationTests.Seen(kind: "captured", actor: "isis", place: "15")]
        #expect(read(before + "Its fighters also seized Bashiqa.") == taken)
        #expect(read(before + "The group's fighters also seized Bashiqa.") == taken)
        #expect(read(before + "Their fighters have seized Bashiqa.") == taken)
        let held = read(before + "Only Mosul and Bashiqa remain under the group's control.")
        #expect(held == [.init(kind: "holds", actor: "isis", place: "14"), .init(kind: "holds", actor: "isis", place: "15")])
        #expect(read(before + "Bashiqa remains under its full control.") == [.init(kind: "holds", actor: "isis", place: "15")])
        // Two sides before, or a side in the sentence itself: "their" may be any of them.
        #expect(read("Islamic State fighters and Iraqi troops clashed near Hit. Bashiqa remains under their control.").isEmpty)
        #expect(read(before + "Russian jets struck areas under their control near Bashiqa.").isEmpty)
        // Nothing named before: no holder.
        #expect(read("Bashiqa remains under its control.").isEmpty)
    }

    @Test func anArabicPronounOnTheNounOfControlNamesTheHolder() {
        // The side before it in its sentence, or the one side the sentence before named.
        #expect(read("أعلنت فصائل المعارضة أن مدينة تدمر باتت تحت سيطرتها بالكامل.") == [.init(kind: "captured", actor: "rebels", place: "13")])
        #expect(read("قصف تنظيم داعش مدينة الموصل. ولا تزال بلدة بعشيقة تحت سيطرته.") == [.init(kind: "holds", actor: "isis", place: "15")])
        let share = Fixtures.events("قالت قسد إن ثمانين بالمئة من مدينة الرقة أصبحت تحت سيطرتها.")
        #expect(share.map { "\($0.kind.rawValue) \($0.actor ?? "-") \($0.share ?? 0)" } == ["contested sdf 0.8"])
        // A taking before a report's complement is not what the share after it belongs to.
        let afterTaking = Fixtures.events("ومع استكمال السيطرة على الأحياء، يمكن لقسد القول إن ثمانين بالمئة من مدينة الرقة أصبحت تحت سيطرتها.")
        #expect(afterTaking.map { "\($0.kind.rawValue) \($0.share ?? 0)" } == ["contested 0.8"])
        // Two sides before it, or none: no holder.
        #expect(read("قصفت قوات النظام وتنظيم داعش مدينة الموصل. وباتت بلدة بعشيقة تحت سيطرته.").isEmpty)
        #expect(read("باتت بلدة بعشيقة تحت سيطرته.").isEmpty)
    }

    @Test func namesWrappedInBracketsStayOneList() {
        #expect(read("سيطرت فصائل المعارضة على قرية (خربيل) وكفرنوران.").map(\.place) == ["5", "24"])
        #expect(read("سيطرت فصائل المعارضة على قرية (خربيل) وقرية (كفرنوران).").map(\.place) == ["5", "24"])
        // A place in brackets after a name says where it lies: no item of the list.
        #expect(!read("سيطرت فصائل المعارضة على قرية خربيل (الرقة) وكفرنوران.").map(\.place).contains("2"))
    }

    @Test func aSidesStrongholdsInThePossessiveAreTheObjectTaken() {
        let taken = read("The army captured IS's last two strongholds of Mosul and Bashiqa on Monday.")
        #expect(taken == [.init(kind: "captured", actor: "iraqi-government", place: "14"), .init(kind: "captured", actor: "iraqi-government", place: "15")])
        #expect(Fixtures.events("The army captured IS's main stronghold of Mosul.").map(\.fromActor) == ["isis"])
        // Other things under a side's control are no stronghold: what was seized is the thing.
        #expect(read("Troops seized IS weapons depots under IS control in Mosul.").isEmpty)
    }

    @Test func aPerfectInfinitiveAfterAReportAndItsAgentWasDone() {
        let reported = [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "13")]
        #expect(read("The army was reported by state media to have captured Palmyra.") == reported)
        // A plain infinitive is still an aim, and a perfect one after another verb is not a report.
        #expect(read("The army was reported by state media to capture Palmyra soon.").isEmpty)
        #expect(read("The army was urged by Moscow to have captured Palmyra by Friday.").isEmpty)
    }

    @Test func anAbilityOrAnAimToBringAPlaceUnderControlIsNoEvent() {
        #expect(read("The SDF is the only force capable of capturing Mosul.").isEmpty)
        #expect(read("The army is incapable of retaking Palmyra.").isEmpty)
        #expect(read("Moscow expects Ankara to bring Palmyra under the control of the Syrian government.").isEmpty)
        #expect(read("Ankara plans to put Palmyra under its control.").isEmpty)
        // Brought, not to be brought: a taking; and a clause that opens with "under" still reads.
        #expect(read("Rebel forces brought Palmyra under their control on Sunday.") == [.init(kind: "captured", actor: "rebels", place: "13")])
        #expect(read("Under the control of the army, Palmyra was quiet.").allSatisfy { $0.kind == "holds" })
    }

    @Test func theSourceOfAnOpeningAccordingToIsNoSubjectOfAJoinedVerb() {
        let events = read("According to pro-government sources, the rebels lost Mosul again, but captured Bashiqa.")
        #expect(events.contains(.init(kind: "captured", actor: "rebels", place: "15")))
        #expect(!events.contains { $0.actor == "syrian-government" || $0.actor == "iraqi-government" })
        // A source that is the side itself still is: "its fighters" are the SDF's.
        #expect(read("According to the SDF, its fighters took Mosul and then captured Bashiqa.").map(\.actor) == ["sdf", "sdf"])
    }

    @Test func anArabicImperfectOfControlAfterBeforeIsTheTaking() {
        let took = [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "13")]
        #expect(read("قصفت الطائرات مدينة تدمر، قبل أن تسيطر عليها قوات النظام.") == took)
        #expect(read("قبل أن تسيطر قوات النظام على تدمر، قصفتها الطائرات.") == took)
        // A wish stays a wish, and a report of control a standing.
        #expect(read("تريد قوات النظام أن تسيطر على مدينة تدمر.").isEmpty)
        #expect(read("أعلنت قوات النظام أنها تسيطر على مدينة تدمر.").map(\.kind) == ["holds"])
    }

    @Test func anArabicVerbOfSubmissionOrSiegeReadsWithItsConjunction() {
        #expect(read("وتخضع بلدة بعشيقة لسيطرة تنظيم داعش.") == [.init(kind: "holds", actor: "isis", place: "15")])
        #expect(read("فتخضع بلدة بعشيقة لسيطرة تنظيم داعش.") == [.init(kind: "holds", actor: "isis", place: "15")])
        // "من" right after the noun of a siege names who laid it, not a side the place was taken from.
        for text in ["وتعرضت مدينة تدمر لحصار خانق من قوات النظام.", "تعرضت مدينة تدمر لحصار من قوات النظام."] {
            let events = Fixtures.events(text)
            #expect(events.map { "\($0.kind.rawValue) \($0.actor ?? "-") \($0.fromActor ?? "-")" } == ["besieged syrian-government -"], "\(text)")
        }
    }

    @Test func anArabicVerbOfEntryReadsWithItsConjunction() {
        let entered = [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "13")]
        #expect(read("ودخلت قوات النظام إلى مدينة تدمر.") == entered)
        #expect(read("فدخلت قوات النظام إلى مدينة تدمر.") == entered)
        #expect(read("ودخلت قوات النظام إلى مدينة تدمر وسط اشتباكات عنيفة.").map(\.kind) == ["contested"])
        // A noun of entering after و joins the terms of a deal: nothing done yet.
        #expect(read("نص الاتفاق على انسحاب الفصائل ودخول قوات النظام إلى مدينة تدمر.").isEmpty)
    }

    @Test func aSiteNamedByCommonNounsIsTakenNotItsTown() {
        // The building, the base, the post changed hands; the town around them did not.
        #expect(read("Government forces retook the main government building in Palmyra from IS.")
                == [.init(kind: "recaptured", actor: "syrian-government", place: "main government building")])
        #expect(read("IS fighters overran an Iraqi military base near Mosul.") == [.init(kind: "captured", actor: "isis", place: "Iraqi military base")])
        #expect(read("Rebels overran a military post near the city of Raqqa.") == [.init(kind: "captured", actor: "rebels", place: "military post")])
        #expect(read("The army recaptured the IS headquarters in Raqqa.").map(\.place) == ["IS headquarters"])
    }

    @Test func aDefiniteSiteIsTheOneTheTextNamedWithItsNoun() {
        #expect(read("IS seized the Mosul Dam in August. Kurdish forces retook the dam from IS in September.").map(\.place)
                == ["Mosul Dam", "Mosul Dam"])
        // With no named site to stand for, "the refinery" refers to something this text does not name.
        #expect(read("Kurdish forces retook the refinery from IS.") == [])
        // "a dam" is another one.
        #expect(read("IS seized the Mosul Dam in August. Kurdish forces captured a dam near Raqqa.").map(\.place) == ["Mosul Dam", "dam"])
        // An apposition describes the place named before it.
        #expect(read("Kurdish forces took back the Mosul Dam, the largest dam in Iraq.").map(\.place) == ["Mosul Dam"])
    }

    @Test func thePlaceASiteLiesInIsNotTakenWithIt() {
        #expect(read("The army encircled the Turkish observation post at Khirbil.")
                == [.init(kind: "besieged", actor: "syrian-government", place: "Turkish observation post")])
        // The unit's headquarters is the unit's site, called by the unit's name.
        #expect(read("Rebels captured the headquarters of the 17th Division.").map(\.place) == ["17th Division"])
        #expect(read("IS took the barracks of the 2nd Regiment of the 1st Division.").map(\.place) == ["2nd Regiment"])
        // "their base at X" names the known site X.
        #expect(read("IS fighters seized the Palmyra Airbase. The soldiers had abandoned their military base at Palmyra Airbase.").map(\.place)
                .allSatisfy { $0 != "military base" })
        // ("at" before the name's own article.)
        #expect(read("The army encircled the Turkish observation post at al-Khirbil.").map(\.place) == ["Turkish observation post"])
        // A noun referring to a town, nearer than the site, may be what "it" stands for.
        #expect(read("The army encircled the observation post at Khirbil and captured the town after the rebels who held it withdrew.")
                .allSatisfy { !($0.kind == "holds" && $0.place == "observation post") })
        // A brigade's name without a number is a faction, no site.
        #expect(read("Rebels captured Khirbil from the Suqour al-Sham Brigade.").map(\.place) == ["5"])
    }

    @Test func roadsAndCountsOfSitesNameNoSite() {
        #expect(read("The army secured the old road linking Raqqa and Palmyra.") == [])
        // "half a dozen" counts the fields: no share of one of them.
        #expect(read("The army captured half a dozen oil fields near Palmyra.") == [])
        #expect(read("The army captured half a dozen villages near Palmyra.") == [])
        // "the recently captured airfield" tells of a taking the extractor reads itself.
        #expect(read("Rescue teams flew from the recently captured airfield near Raqqa.").map(\.place) != ["recently captured airfield"])
    }

    @Test func aParticipleOfEncirclingAfterANounIsNoSiege() {
        #expect(read("The hills surrounding Palmyra are steep.") == [])
        #expect(read("The rebels reached Khirbil. The deal included clearing the IEDs surrounding Palmyra.").allSatisfy { $0.kind != "besieged" })
        #expect(read("The army is surrounding Palmyra.").map(\.kind) == ["besieged"])
        #expect(read("Rebels and allied groups surrounding Palmyra shelled it.").map(\.kind) == ["besieged"])
        #expect(read("Government troops completed surrounding Palmyra.").map(\.kind) == ["besieged"])
    }

    @Test func aTownsOldCityTakenLeavesTheTownContested() {
        #expect(read("Iraqi forces retook the old city of Mosul from IS.") == [.init(kind: "contested", actor: "iraqi-government", place: "14")])
        // Its centre taken is the town taken.
        #expect(read("Iraqi forces captured the centre of Mosul from IS.") == [.init(kind: "captured", actor: "iraqi-government", place: "14")])
    }

    @Test func aPhraseOfTheLexiconReadsThroughQuotationMarks() {
        // '"very close" to liberating': the quotes set off the words, not the phrase's meaning.
        #expect(read("The coalition said the SDF was \"very close\" to liberating Khirbil.") == [])
        #expect(read("The coalition said the SDF was very close to liberating Khirbil.") == [])
    }

    @Test func aStatesMinisterSpeaksForItsForces() {
        #expect(read("“Khirbil is under our control,” the Turkish defence minister said.") == [.init(kind: "holds", actor: "turkey", place: "5")])
        #expect(read("“Khirbil and Sarda are under our control,” Turkish Defence Minister Hulusi Akar told reporters.").map(\.actor)
                == ["turkey", "turkey"])
    }

    @Test func aSidesOwnNewsOutletSpeaksForThatSide() {
        let liberated = [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "5")]
        #expect(read("Khirbil was liberated on Tuesday, SANA reported.") == liberated)
        // Also after a noun of outlets, where any other name is only the outlet's.
        #expect(read("Khirbil was liberated on Tuesday, the state news agency SANA reported.") == liberated)
        #expect(read("Khirbil was liberated on Tuesday, the official SANA news agency said.") == liberated)
        #expect(read("ذكرت وكالة سانا أن قرية خربل تم تحريرها.") == liberated)
        // An outlet named after a state is still no side: the passive has no taker.
        #expect(read("Khirbil was liberated on Tuesday, the channel Russia Today reported.").isEmpty)
        // A plain capture names no taker, whoever reports it.
        #expect(read("Khirbil was captured on Tuesday, the Amaq news agency said.").isEmpty)
    }

    @Test func aVerbOfOwningUpReportsAndItsSubjectTakesNothing() {
        // The officials who acknowledge are not the militants who took the town.
        #expect(read("Iraqi officials acknowledged that gunmen seized Mosul on Sunday.").isEmpty)
        #expect(read("The Iraqi army admitted that IS had seized Mosul.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "isis", place: "14")])
        #expect(read("كشفت مصادر عسكرية أن قوات النظام سيطرت على مدينة الرقة.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "2")])
        // A reporter's phrase ends at another clause's predicate: the side before it is no reporter.
        #expect(read("Rebels shelled the government-held posts near Raqqa, with activists reporting that gunmen seized Khirbil.").isEmpty)
    }

    @Test func theyNeverStandsForTheSideOfACompound() {
        // "government-held" names no noun "they" could refer to: the rebels took the villages.
        let text = "The rebels stormed government-held positions near Raqqa on Monday. Activists said that they captured Khirbil."
        #expect(read(text).contains(GeneralizationTests.Seen(kind: "captured", actor: "rebels", place: "5")))
        #expect(!read(text).contains { $0.actor == "syrian-government" && $0.kind == "captured" })
    }

    @Test func fightingInsideTheTownContestsThePlaceTheAnaphorMeans() {
        let contested = [GeneralizationTests.Seen(kind: "contested", actor: "syrian-government", place: "2")]
        #expect(read("Jets struck Raqqa on Monday. Fierce fighting raged inside the city between the army and IS.") == contested)
        #expect(read("قصفت الطائرات مدينة الرقة. وتدور اشتباكات عنيفة داخل المدينة بين قوات النظام وتنظيم داعش.") == contested)
        // The backers of one side may stand between the two.
        #expect(read("تدور اشتباكات داخل مدينة الرقة بين قوات النظام المدعومة بعناصر من حزب الله اللبناني وتنظيم داعش.") == contested)
        // Around the place's parts, or at its edge, nothing is contested.
        #expect(read("Jets struck Raqqa on Monday. Fighting raged on the city's outskirts between the army and IS.").isEmpty)
    }

    @Test func whatADenierGoesOnToAssertIsNotDenied() {
        // The denied taking stays out; the fight the denier reports inside the town is in.
        let text = "Rebels denied that the army had taken Raqqa, saying fighting between the army and rebels was still going on inside the city."
        #expect(read(text) == [GeneralizationTests.Seen(kind: "contested", actor: "syrian-government", place: "2")])
        let arabic = "نفت المعارضة سيطرة قوات النظام على مدينة الرقة، مشيرة إلى أن المعارك مستمرة داخل المدينة بين قوات النظام والمعارضة."
        #expect(read(arabic) == [GeneralizationTests.Seen(kind: "contested", actor: "syrian-government", place: "2")])
        // Without a participle of saying the denial covers the whole sentence.
        #expect(read("Rebels denied that the army had taken Raqqa and that fighting was going on inside the city.").isEmpty)
    }

    @Test func aShareOfTheAreasASideHeldInAPlaceContestsThePlace() {
        let part = GeneralizationTests.Seen(kind: "contested", actor: "iraqi-government", place: "14")
        #expect(read("Iraqi forces have retaken 70 percent of the territory held by IS in Mosul.") == [part])
        #expect(read("Iraqi forces have retaken most of the neighbourhoods which IS controlled in Mosul.") == [part])
        #expect(read("حررت القوات العراقية نحو 70 في المئة من المناطق التي يسيطر عليها تنظيم داعش في مدينة الموصل.") == [part])
        // The holder is the side that lost the part.
        #expect(Fixtures.events("Iraqi forces have retaken 70 percent of the territory held by IS in Mosul.").first?.fromActor == "isis")
        // Areas near or around a place are not part of it.
        #expect(read("Iraqi forces have retaken 70 percent of the villages near Mosul.").isEmpty)
        #expect(read("Iraqi forces have retaken half of the areas IS held around Mosul.").isEmpty)
    }

    @Test func anArabicOfficialOrSourceSpeaksForTheSideItsAdjectiveNames() {
        let taken = [GeneralizationTests.Seen(kind: "captured", actor: "iraqi-government", place: "14")]
        #expect(read("أعلن مسؤول عسكري عراقي تحرير مدينة الموصل.") == taken)
        #expect(read("أعلنت مصادر أمنية عراقية تحرير مدينة الموصل.") == taken)
        // The side a source names as the taker stays the taker.
        #expect(read("قال مصدر عسكري عراقي إن تنظيم داعش سيطر على مدينة الموصل.").map(\.actor) == ["isis"])
    }

    @Test func theNounsOfAPullOutAndTheArabicVerbOfLeavingAreWithdrawals() {
        let left = [GeneralizationTests.Seen(kind: "withdrew", actor: nil, place: "2")]
        #expect(read("The coalition completed the withdrawal of US forces from Raqqa.") == left)
        #expect(read("US forces announced their pullout from Raqqa on Monday.") == left)
        #expect(read("غادرت القوات الأمريكية مدينة الرقة.") == left)
        #expect(read("أكد التحالف الدولي مغادرة قواته مدينة الرقة.") == left)
        // A pull-out demanded is a wish.
        #expect(read("Turkey demanded the withdrawal of US forces from Raqqa.").isEmpty)
        #expect(read("طالبت تركيا بمغادرة القوات الأمريكية مدينة الرقة.").isEmpty)
    }

    @Test func aTimeStillToComeAfterThePredicateMakesItAPlan() {
        #expect(read("US forces leave Raqqa next week.").isEmpty)
        #expect(read("The withdrawal of US forces from Raqqa is expected in the coming days.").isEmpty)
        #expect(read("تغادر القوات الأمريكية مدينة الرقة الأسبوع المقبل.").isEmpty)
        #expect(read("An official said the recapture of Raqqa was at least two weeks away.").isEmpty)
        // Only the predicate it follows: a taking reported before a plan stays.
        #expect(read("The SDF captured Raqqa and will push to Khirbil in the coming days.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "sdf", place: "2")])
    }

    @Test func aSidesNameBeforeANounOfPeopleWhoDoNotFightIsNoSide() {
        // The monitor is no rebel: the taking it confirms is the army's, carried from before.
        let text = "The army pushed into Raqqa on Monday. The opposition activist group SOHR confirmed the capture of Khirbil."
        #expect(!read(text).contains { $0.actor == "rebels" })
        #expect(read("Kurdish media reported that IS fighters seized Raqqa.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "isis", place: "2")])
        #expect(Fixtures.events("Kurdish media reported that IS fighters seized Raqqa.").first?.fromActor == nil)
    }

    @Test func aSideReportingItsOwnGainIsTheTopicThatFollows() {
        // "Their" in the next sentence is the side that reported taking the town.
        let text = "The army said its units held firm in Palmyra. The rebels said they released detainees after taking Raqqa. Their capture of Khirbil was a blow to the government."
        #expect(read(text).contains(GeneralizationTests.Seen(kind: "captured", actor: "rebels", place: "5")))
        #expect(!read(text).contains { $0.place == "5" && $0.actor == "syrian-government" })
    }

    @Test func aPassiveGerundAfterBeforeOrAfterHasTheMainClausesPlace() {
        let taken = [GeneralizationTests.Seen(kind: "captured", actor: "isis", place: "13")]
        #expect(read("Palmyra held out for three years before falling to IS.") == taken)
        #expect(read("Palmyra was shelled for weeks before being captured by IS.") == taken)
        // A change of hands names no holder and keeps the place for the verb after it.
        #expect(read("Palmyra changed hands twice in a week before falling to IS.") == taken)
        #expect(read("Palmyra has changed hands several times.").isEmpty)
        // A side, not a place, opening the clause: the gerund is that side's.
        #expect(read("The rebels shelled Palmyra for weeks before falling back.").isEmpty)
    }

    @Test func aNameTheLexiconKnowsAsNoSideIsTheSubjectNotTheSideBefore() {
        // The army was the topic; the name before the verb is the taker, and no side of ours.
        #expect(read("The army shelled Raqqa. In 1982 Israel seized Palmyra.").allSatisfy { $0.place != "13" })
        #expect(read("The army shelled Raqqa. On Monday, Hamas took control of Palmyra.").allSatisfy { $0.place != "13" })
        // An Arabic noun the lexicon does not know between the verb and its "على" is the subject.
        #expect(read("قصفت قوات النظام مدينة الرقة. وسيطرت العشائر على مدينة تدمر.").allSatisfy { $0.place != "13" })
        #expect(read("قصفت قوات النظام مدينة الرقة. وسيطرت تماما على مدينة تدمر.")
                .contains(GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "13")))
        // A common word opening the sentence is no name: "They" is the army.
        #expect(read("The army shelled Raqqa. They also captured Palmyra.")
                .contains(GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "13")))
    }

    @Test func theNounOfALossGivesThePlaceToTheSideNamedAfterIt() {
        let taken = [GeneralizationTests.Seen(kind: "captured", actor: "sdf", place: "2")]
        #expect(read("IS acknowledged the loss of Raqqa to the SDF.") == taken)
        #expect(read("اعترف تنظيم داعش بخسارة مدينة الرقة لصالح قسد.") == taken)
        #expect(Fixtures.events("IS acknowledged the loss of Raqqa to the SDF.").first?.fromActor == "isis")
        // Losses of men in a place are no loss of the place.
        #expect(read("أعلن تنظيم داعش خسارة مقاتليه في مدينة الرقة.").isEmpty)
        #expect(read("IS suffered heavy losses in Raqqa.").isEmpty)
    }

    @Test func aSideJoinedToAParticipleOfSiegeIsTheBesieger() {
        #expect(read("Aid reached the IS-besieged town of Palmyra.") == [GeneralizationTests.Seen(kind: "besieged", actor: "isis", place: "13")])
        #expect(read("Aid reached the formerly IS-besieged town of Palmyra.").isEmpty)
        // A holding stays a holding.
        #expect(read("Aid reached IS-held Palmyra.") == [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "13")])
    }

    @Test func theNisbaOfACityAfterAPlaceDescribesIt() {
        // "Damascene Jobar", "Homsi Palmyra": the adjective of a city or province is no part of the name.
        #expect(read("سيطرت قوات النظام على مدينة تدمر الحمصية.").map(\.place) == ["13"])
        #expect(read("سيطرت قوات سوريا الديمقراطية على قرية خربيل الرقاوية.").map(\.place) == ["5"])
        #expect(read("استعادت القوات العراقية بلدة بعشيقة الموصلية.").map(\.place) == ["15"])
    }

    @Test func aStandingOverAnAreaNamesThePlacesItIncludes() {
        // "still controls a stretch of land along the border, including X and Y": the list names
        // the places held, however long the area's description.
        let held = [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "13"), GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "5")]
        #expect(read("IS fighters still control a wide stretch of desert along the highway, including the towns of Palmyra and Khirbil.") == held)
        #expect(read("لا يزال داعش يسيطر على مناطق واسعة في البادية السورية، بينها مدينة تدمر وقرية خربيل.") == held)
        // A standing with nothing listed after it names no place.
        #expect(read("IS fighters still control a wide stretch of desert along the highway near Palmyra, residents said.").isEmpty)
    }

    @Test func aSideJoinedToTheTakersAfterTheVerbFightsBesideThem() {
        // "encircled by the SDF and the rebels": the second side named with the taker is its ally,
        // not the side that lost or held the place.
        #expect(Fixtures.events("The town of Khirbil was encircled by the SDF and the rebels on Monday.").first?.fromActor == nil)
        #expect(Fixtures.events("Khirbil was recaptured by the SDF and the rebels on Monday.").first?.fromActor == nil)
        // Sides joined after "between" fight each other.
        #expect(Fixtures.events("The SDF captured Khirbil after clashes between the SDF and IS.").first?.fromActor == "isis")
        // Losers joined after "from" are still the losers.
        #expect(Fixtures.events("The SDF captured Khirbil from IS and the army.").first?.fromActor == "isis")
    }

    @Test func aCapitalStandsForItsGovernmentInArabicToo() {
        // "Ankara" is Turkey's government in English; "أنقرة" is in Arabic, not a place of the map.
        #expect(read("وسيطرت أنقرة على مدينة تدمر بعد انسحاب التنظيم منها.") == [GeneralizationTests.Seen(kind: "captured", actor: "turkey", place: "13")])
    }

    @Test func controlSaidNotYetWholeLeavesThePlaceFoughtOver() {
        let contested = [GeneralizationTests.Seen(kind: "contested", actor: "isis", place: "13")]
        #expect(read("IS fighters entered Palmyra on Sunday but have yet to clear it fully.") == contested)
        #expect(read("IS fighters entered Palmyra on Sunday, though they are not yet in full control.") == contested)
        #expect(read("دخل تنظيم داعش مدينة تدمر يوم الأحد لكنه لم يسيطر عليها بالكامل.") == contested)
        #expect(read("IS fighters entered Palmyra but they have not taken it completely.") == contested)
        // Before a predicate the words are its own: the place before is taken, the one after fought over.
        #expect(read("IS fighters entered Palmyra, and the group has not fully secured Khirbil.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "isis", place: "13"), GeneralizationTests.Seen(kind: "contested", actor: "isis", place: "5")])
        // A withdrawal or a siege lifted "not fully" did not happen.
        #expect(read("IS fighters have not yet fully withdrawn from Palmyra.").isEmpty)
        #expect(read("The army has not entirely lifted the siege of Palmyra.").isEmpty)
    }

    @Test func jihadistFactionsBesideTheOppositionAreRebels() {
        #expect(read("Hurras al-Din fighters captured Palmyra on Monday.").map(\.actor) == ["rebels"])
        #expect(read("سيطر تنظيم حراس الدين على مدينة تدمر.").map(\.actor) == ["rebels"])
    }

    @Test func theOtherSidesMediaNameTheirEnemiesTheirOwnWay() {
        // "the Turkish occupation", "Erdogan's mercenaries": hostile names of Turkey's forces.
        #expect(read("سيطر الاحتلال التركي ومرتزقته على مدينة تدمر.").map(\.actor) == ["turkey"])
        #expect(read("سيطرت مرتزقة أردوغان على مدينة تدمر.").map(\.actor) == ["turkey"])
        #expect(read("Turkish occupation forces captured Palmyra on Monday.").map(\.actor) == ["turkey"])
        // The YPJ by its full name, the Iraqi Rapid Response Division by its Arabic one.
        #expect(read("سيطرت وحدات حماية المرأة على مدينة تدمر.").map(\.actor) == ["sdf"])
        #expect(read("استعادت فرقة الرد السريع السيطرة على مدينة الموصل.").map(\.actor) == ["iraqi-government"])
    }

    @Test func aTakingThatEndsASiegeBreaksIt() {
        // "entered X, ending a three-year siege": the entry broke the place's siege.
        #expect(read("Government forces entered Palmyra, ending a three-year siege.") == [GeneralizationTests.Seen(kind: "siege_broken", actor: "syrian-government", place: "13")])
        #expect(read("دخلت قوات النظام مدينة تدمر، منهية حصارا استمر ثلاث سنوات.") == [GeneralizationTests.Seen(kind: "siege_broken", actor: "syrian-government", place: "13")])
        // A siege of another place named after the breaking word is that place's.
        #expect(read("Government forces entered Palmyra, breaking the siege of Khirbil.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "13"), GeneralizationTests.Seen(kind: "siege_broken", actor: "syrian-government", place: "5")])
        // Something else ended is no siege; nor is the siege of a region the gazetteer lacks.
        #expect(read("Government forces entered Palmyra, ending their offensive.") == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "13")])
        #expect(read("Government forces entered Palmyra, ending the five-year Siege of Badiyaland.") == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "13")])
    }

    @Test func theSideBeforeASiegeNounLaidTheSiegeThatWasLifted() {
        // "the IS siege of X was lifted": IS besieged X; who lifted it goes unsaid.
        let e = Fixtures.events("The IS siege of Palmyra was lifted on Monday.")
        #expect(e.map(\.kind) == [.siegeBroken] && e.first?.actor == nil && e.first?.fromActor == "isis")
    }

    @Test func theTownMeansThePlaceTheTextCalledATown() {
        // Of the places of the latest event, "the town" is the one called a town, not the village
        // named last.
        let seen = read("IS captured the town of Palmyra and the village of Khirbil. Government forces later besieged the town.")
        #expect(seen.last == GeneralizationTests.Seen(kind: "besieged", actor: "syrian-government", place: "13"))
        // With none called so, the latest place still is.
        #expect(read("IS captured the village of Khirbil. Government forces later besieged the village.").last
                == GeneralizationTests.Seen(kind: "besieged", actor: "syrian-government", place: "5"))
    }

    @Test func americanForcesWrittenWithPeriodsAreTheCoalition() {
        // "U.S. troops" is no unnamed "troops" of the country's government.
        #expect(read("U.S. troops captured Palmyra on Monday.").map(\.actor) == ["us-coalition"])
        #expect(Fixtures.events("Rebels, backed by U.S. troops, captured Palmyra.").first?.fromActor == nil)
    }

    @Test func anAdjectiveOfWorthAddsNoDistanceToTheObject() {
        // "seized the strategic hilltop of X": "strategic" does not put X out of the verb's reach.
        #expect(read("Syrian troops seized the strategic hilltop of Khirbil on Monday.") == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "5")])
        // Other words still do: "seized weapons stored near the old hilltop of X".
        #expect(read("Syrian troops seized weapons stored near the old hilltop of Khirbil.").isEmpty)
    }

    @Test func anAgentlessTakingRightAfterASideTookSomethingGoesOnWithThatSide() {
        // The sentence before opens on one side's taking: the next, told in the passive with
        // no taker, continues that side's advance.
        #expect(read("Turkish troops and allied fighters seized three villages on Sunday. Sarda was captured on Monday.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "turkey", place: "7")])
        #expect(read("Rebels seized Khirbil on Sunday. Sarda was taken on Monday.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "rebels", place: "5"),
                    GeneralizationTests.Seen(kind: "captured", actor: "rebels", place: "7")])
        // Not after a failed attempt, nor across a sentence about something else.
        #expect(read("Turkish troops tried to seize Khirbil on Sunday. Sarda was captured on Monday.").isEmpty)
        #expect(read("Rebels seized Khirbil on Sunday. Heavy shelling hit the area overnight. Sarda was captured on Monday.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "rebels", place: "5")])
        // Nor after a taking told as earlier than the story ("had retaken").
        #expect(read("Islamic State fighters had retaken several villages in a counterattack. Sarda was captured on Monday.").isEmpty)
        // Nor when the place was taken from that very side.
        #expect(!read("Rebels seized Khirbil on Sunday. Sarda was captured from the rebels on Monday.")
                .contains(where: { $0.place == "7" && $0.actor == "rebels" }))
    }

    @Test func theVerbalNounOfAVerbOfTakingIsATaking() {
        #expect(read("تمكنت فصائل المعارضة من انتزاع قرية خربيل من قوات النظام.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "rebels", place: "5")])
        #expect(read("أعلنت قوات النظام تسلم قرية سردة من قسد.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "7")])
        // An office taken up is no place.
        #expect(read("منذ تسلمه مهامه في قرية سردة.").isEmpty)
    }

    @Test func theSideThatForcedAWithdrawalTakesThePlace() {
        #expect(read("أجبرت الفصائل قوات النظام على الانسحاب من قرية خربيل.")
                == [GeneralizationTests.Seen(kind: "withdrew", actor: "rebels", place: "5")])
        #expect(read("الفصائل أرغمت قوات النظام على الانسحاب من قرية خربيل.")
                == [GeneralizationTests.Seen(kind: "withdrew", actor: "rebels", place: "5")])
        #expect(read("Rebels forced government troops to pull out of Khirbil on Monday.")
                == [GeneralizationTests.Seen(kind: "withdrew", actor: "rebels", place: "5")])
        // What forced it may be no side: then no one is said to take the place.
        #expect(read("The air strikes forced government troops to withdraw from Khirbil.")
                == [GeneralizationTests.Seen(kind: "withdrew", actor: nil, place: "5")])
    }

    @Test func aPlaceCountedAmongASidesStrongholdsIsHeldByIt() {
        #expect(read("Sarda, one of the last rebel strongholds in the area, came under heavy shelling.")
                == [GeneralizationTests.Seen(kind: "holds", actor: "rebels", place: "7")])
        #expect(read("Sarda, one of the few IS-held villages in the area, was shelled.")
                == [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "7")])
        #expect(read("وتعد قرية سردة من أبرز معاقل هيئة تحرير الشام.")
                == [GeneralizationTests.Seen(kind: "holds", actor: "hts", place: "7")])
        #expect(read("وتعتبر قرية سردة آخر معاقل الفصائل في المنطقة.")
                == [GeneralizationTests.Seen(kind: "holds", actor: "rebels", place: "7")])
        // Near a stronghold is not one; a plural noun needs "one of"; a goal is no stronghold.
        #expect(read("وتعد قرية سردة قريبة من معاقل هيئة تحرير الشام.").isEmpty)
        #expect(read("Sarda, the IS-held villages nearby, was shelled.").isEmpty)
        #expect(read("وتعد السيطرة على قرية سردة من أبرز أهداف هيئة تحرير الشام.").isEmpty)
    }

    @Test func anAdverbOfDepthBeforeIntoStillPutsTheSideInside() {
        #expect(read("The army pushed deep into Sarda on Monday.")
                == [GeneralizationTests.Seen(kind: "contested", actor: "syrian-government", place: "7")])
        #expect(read("Rebels advanced further into Sarda.")
                == [GeneralizationTests.Seen(kind: "contested", actor: "rebels", place: "7")])
        // The noun of an advance reports none.
        #expect(read("The army's advance into Sarda stalled on Monday.").isEmpty)
    }

    @Test func aTakingOnTheBrinkIsNotYetDone() {
        #expect(read("The army is on the brink of capturing Sarda.").isEmpty)
        #expect(read("Sarda is on the cusp of falling to the army.").isEmpty)
        #expect(read("باتت قوات النظام قاب قوسين أو أدنى من السيطرة على قرية سردة.").isEmpty)
        #expect(read("تحدثت مصادر عن قرب سيطرة قوات النظام على قرية سردة.").isEmpty)
        // The same takings, done.
        #expect(read("The army captured Sarda.") == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "7")])
        #expect(read("تحدثت مصادر عن سيطرة قوات النظام على قرية سردة.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "7")])
    }

    @Test func aPlacesFallToASideIsItsCapture() {
        #expect(read("Sarda's fall to the army opened the road north.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "7")])
        // A fall foreseen is none.
        #expect(read("Sarda could fall to the army within days.").isEmpty)
        #expect(read("Rebels fear Sarda will fall to the army.").isEmpty)
    }

    @Test func theNounOfALossOrAHandoverNamesWhoLostAndWhoGained() {
        #expect(read("أعلنت الفصائل عن خسارتها قرية سردة لصالح قوات النظام.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "7")])
        #expect(read("تسليم قرية سردة لقوات النظام")
                == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "7")])
        #expect(Fixtures.events("بعد خسارة الفصائل قرية سردة.").first?.fromActor == "rebels")
        // A loss that is a blow to a side is not a gain of that side; a toll is no place.
        #expect(!read("وتعد خسارة قرية سردة ضربة للفصائل.").contains(where: { $0.actor == "rebels" }))
        #expect(!read("ويعد فقدان قرية سردة ضربة للفصائل.").contains(where: { $0.actor == "rebels" }))
        #expect(read("تكبدت قوات النظام خسارة كبيرة في قرية سردة.").isEmpty)
    }

    @Test func aPushIntoAPartOfATownContestsTheTown() {
        #expect(read("توغلت الفصائل في الحي الغربي من قرية سردة.")
                == [GeneralizationTests.Seen(kind: "contested", actor: "rebels", place: "7")])
        #expect(read("تمكنت الفصائل من التقدم داخل أحياء قرية سردة.")
                == [GeneralizationTests.Seen(kind: "contested", actor: "rebels", place: "7")])
        // An advance on a front, or toward the place, is not inside it.
        #expect(read("تقدمت قوات النظام في ريف قرية سردة.").isEmpty)
        #expect(read("توغلت الفصائل شرق قرية سردة.").isEmpty)
    }

    @Test func aTakingMonthsBeforeTheNewsIsHistory() {
        func background(_ text: String) -> [String: Bool] {
            let a = Fixtures.analyzer.analyze(Document(title: "", text: text, published: EventDate("2024-05-16")))
            return Dictionary(a.events.map { (a.place(of: $0)?.id ?? $0.mention, $0.background) }, uniquingKeysWith: { $0 || $1 })
        }
        #expect(background("سيطرت الفصائل على قرية سردة بعد شهرين من سيطرتها على قرية خربيل.") == ["7": false, "5": true])
        #expect(background("Rebels captured Sarda, two months after their capture of Khirbil.") == ["7": false, "5": true])
        // Days after, the first taking is still this week's news.
        #expect(background("سيطرت الفصائل على قرية سردة بعد يومين من سيطرتها على قرية خربيل.") == ["7": false, "5": false])
    }

    @Test func aStrongholdAsideMayFollowWhereThePlaceLies() {
        #expect(read("Sarda in the north, an ISIS bastion, was bombed.")
                == [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "7")])
        // Past another place the aside may describe that one: nothing is said.
        #expect(read("Sarda near Khirbil, an ISIS bastion, was bombed.").isEmpty)
    }

    @Test func theSideAnUnnamedSitesAdjectiveNamesHeldIt() {
        #expect(Fixtures.events("Government forces surrounded a Turkish observation post near Sarda.").map(\.fromActor) == ["turkey"])
        #expect(Fixtures.events("Rebels overran a Syrian army base near Sarda.").map(\.fromActor) == ["syrian-government"])
        // A loser named outright wins; a site of the taker's own side names no loser.
        #expect(Fixtures.events("Rebels captured a government checkpoint near Sarda from IS.").map(\.fromActor) == ["isis"])
        #expect(Fixtures.events("Rebels captured a rebel checkpoint near Sarda.").allSatisfy { $0.fromActor == nil })
    }

    @Test func theAdjectiveBeforeABrokenSiegeNamesWhoLaidIt() {
        #expect(Fixtures.events("Government forces broke the four-year rebel siege of Sarda.").map(\.fromActor) == ["rebels"])
        #expect(Fixtures.events("Rebels broke the government siege of Sarda.").map(\.fromActor) == ["syrian-government"])
        #expect(Fixtures.events("Rebels broke the siege of Sarda.").map(\.fromActor) == [nil])
    }

    @Test func aSideThatReachesABesiegedPlaceBreaksItsSiege() {
        #expect(read("Government forces reached the besieged village of Sarda on Tuesday.")
                == [GeneralizationTests.Seen(kind: "siege_broken", actor: "syrian-government", place: "7")])
        #expect(read("Rebels arrived in the besieged village of Sarda.")
                == [GeneralizationTests.Seen(kind: "siege_broken", actor: "rebels", place: "7")])
        // What reaches it is no side, or the place is only described: no event.
        #expect(read("Aid convoys reached the besieged village of Sarda.").isEmpty)
        #expect(read("Government shells hit the besieged village of Sarda.").isEmpty)
    }

    @Test func aSideAfterAClauseJoiningAndIsItsOwnVerbsSubject() {
        #expect(read("Most of the rebel fighters were routed and the army occupied Sarda on Monday.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "7")])
        #expect(read("The rebels shelled Khirbil and the army captured Sarda.").contains(
            GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "7")))
        // Two sides joined by "and" take it together; helpers after "backed by" do not.
        #expect(read("The army and the militias captured Sarda.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "7")])
        #expect(read("IS fighters, backed by tanks and the Nusra Front, captured Sarda.").map(\.actor) == ["isis"])
    }

    @Test func bareTroopsBelongToTheUnitNamedAfterThem() {
        #expect(read("Troops from the 82nd Airborne Division of the U.S. Army secured Bashiqa.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "us-coalition", place: "15")])
        #expect(read("Forces of the 4th Division of the Syrian army captured Sarda.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "7")])
        // Without a side in the unit the troops stay the country's own army.
        #expect(read("Troops from the 9th Division secured Bashiqa.")
                == [GeneralizationTests.Seen(kind: "captured", actor: "iraqi-government", place: "15")])
    }

    @Test func aHeldSideOrHalfOfAPlaceIsNotThePlace() {
        #expect(read("Shells hit the rebel-held eastern half of Sarda.").isEmpty)
        #expect(read("Shells hit the government-held side of Sarda.").isEmpty)
        // A singular district or suburb before "of" is the place itself.
        #expect(read("Shells hit the rebel-held district of Sarda.").map { "\($0.kind) \($0.actor ?? "-")" } == ["holds rebels"])
    }

    @Test func formerlyHeldWithoutAHyphenIsNoStandingControl() {
        #expect(read("Residents returned to formerly rebel controlled Sarda.").isEmpty)
        #expect(read("Residents returned to formerly rebel-held Sarda.").isEmpty)
        #expect(read("Residents returned to rebel controlled Sarda.")
                == [GeneralizationTests.Seen(kind: "holds", actor: "rebels", place: "7")])
    }

    @Test func aThingOfAPlaceBeforeAStateIsNotThePlace() {
        #expect(read("All the bridges of Sarda were under the control of government forces.").isEmpty)
        #expect(read("Government forces entered Sarda on Monday. The main road of the town was under their control.")
                .allSatisfy { $0.kind != "holds" })
        #expect(read("Sarda was under the control of government forces.")
                == [GeneralizationTests.Seen(kind: "holds", actor: "syrian-government", place: "7")])
    }

    @Test func aShareOfAPlacesTerritoryIsAShareOfThePlace() {
        let events = Fixtures.events("Only 5% of the original territory of Sarda remained in rebel hands.")
        #expect(events.map(\.kind.rawValue) == ["contested"])
        #expect(events.first?.share == 0.05)
        #expect(Fixtures.events("Two-thirds of the land area of Sarda is held by IS.").first?.share.map { ($0 * 100).rounded() } == 67)
    }

    @Test func theReportersOwnForcesHoldWhatTheyControl() {
        #expect(read("قالت الفصائل إن مقاتليها يسيطرون على قرية سردة.") == [.init(kind: "holds", actor: "rebels", place: "7")])
        #expect(read("أعلن الجيش السوري أن قواته تسيطر على قرية سردة.") == [.init(kind: "holds", actor: "syrian-government", place: "7")])
        // A speaker of no side names no holder.
        #expect(read("قال مصدر محلي إن مقاتليه يسيطرون على قرية سردة.").isEmpty)
    }

    @Test func aSideAfterAPrepositionIsNoSubject() {
        // The side fired on is an object; no side in the sentence pushed in.
        #expect(read("The allied forces opened fire on ISIS positions as they pushed into Sarda.").allSatisfy { $0.actor != "isis" })
        #expect(read("Government forces, fighting against IS, retook Sarda.").map(\.actor) == ["syrian-government"])
    }

    @Test func anOperationAimingAtATakingIsAnAim() {
        #expect(read("The army announced a new phase aiming at capturing Sarda.").isEmpty)
        #expect(read("The army captured Sarda, aiming at Khirbil next.").map(\.place) == ["7"])
    }

    @Test func aNeighbourhoodNamedBeforeACityIsTheNeighbourhood() {
        // "the X neighbourhood of <city>": the part is X, not the city.
        #expect(read("Government troops seized the Safira neighbourhood of Raqqa.").allSatisfy { $0.place != "2" })
        // "the <city> neighbourhood of X": the city says where X lies.
        #expect(read("Government troops seized the Raqqa neighbourhood of Mashlab.").allSatisfy { $0.place != "2" })
    }

    @Test func aClaimThatNamesItsOwnSubject() {
        // The side after "claimed that" took the place; the claimant is the source.
        #expect(read("Rebels claimed that government forces had occupied Sarda.").map(\.actor) == ["syrian-government"])
        // Without a side after "that", the claimant is the one that took it.
        #expect(read("Rebels claimed that they had captured Sarda.").map(\.actor) == ["rebels"])
    }

    @Test func aSupporterPastAnArticleOrPartitiveLosesNothing() {
        #expect(Fixtures.events("Iraqi forces supported by elements of the Quds Force regained control of Bashiqa.").map(\.fromActor) == [nil])
        #expect(Fixtures.events("Government forces backed by the Russian air force retook Sarda.").map(\.fromActor) == [nil])
        // A side named after "from" still lost it.
        #expect(Fixtures.events("Government forces backed by the Russian air force retook Sarda from IS.").map(\.fromActor) == ["isis"])
    }

    @Test func aNameOfCommonWordsIsAnActorOnlyWrittenAsAName() {
        // "the Southern Front" is a rebel alliance; "on the southern front" a line of battle.
        #expect(read("The Southern Front captured Sarda on Monday.").map(\.actor) == ["rebels"])
        #expect(Fixtures.events("On the southern front, Iraqi troops retook Bashiqa.").map(\.fromActor) == [nil])
        #expect(read("On the southern front, government troops retook Sarda.").map(\.actor) == ["syrian-government"])
    }

    @Test func theDistrictsOfNamesThatAreNoTownAreTheDistricts() {
        // "the districts of X and Y": names no town bears are the districts, taken whole.
        #expect(read("The districts of Shurtan and Jughifa were captured by Iraqi forces.")
                == ["Shurtan", "Jughifa"].map { GeneralizationTests.Seen(kind: "captured", actor: "iraqi-government", place: $0) })
        // "the districts of <town>" are part of a town of any size.
        #expect(read("Iraqi forces captured the districts of Bashiqa.") == [GeneralizationTests.Seen(kind: "contested", actor: "iraqi-government", place: "15")])
        #expect(read("Government troops captured the neighbourhoods of Safira.") == [GeneralizationTests.Seen(kind: "contested", actor: "syrian-government", place: "12")])
    }

    @Test func onlyToOpensWhatCameNextButOnlyCountsNothing() {
        // "only to be pushed back": the assault was undone; "pushed back" is a repelling.
        #expect(read("The rebels stormed Sarda, only to be pushed back by the army.").isEmpty)
        #expect(read("The rebels attacked Sarda but were driven back by the army.").isEmpty)
        // "with only N fighters left": a count, nothing undone.
        #expect(read("The army said it had captured 90% of Palmyra, with only a few IS fighters left inside.")
                == [GeneralizationTests.Seen(kind: "contested", actor: "syrian-government", place: "13")])
    }

    @Test func aDeedJoinedToARepellingIsNotItsObject() {
        // "pushing back X and recapturing Y": both are deeds of the subject.
        #expect(read("Kurdish fighters launched a counterattack, pushing back IS and recapturing Sarda.")
                == [GeneralizationTests.Seen(kind: "recaptured", actor: "sdf", place: "7")])
        // An infinitive between keeps the taking inside the repelled attack.
        #expect(read("The army repelled IS attacks to advance and capture Sarda.").isEmpty)
    }

    @Test func aShareOfItIsAShareOfThePlaceJustNamed() {
        #expect(read("The SDF attacked Raqqa and took seventy percent of it.") == [GeneralizationTests.Seen(kind: "contested", actor: "sdf", place: "2")])
        #expect(Fixtures.events("The SDF attacked Raqqa and took seventy percent of it.").map(\.share) == [0.7])
    }

    @Test func aPartTakenAfterTheWayInIsHowFarTheTakingWent() {
        // Stormed, then most of it taken: the place is contested, not taken whole.
        #expect(read("Government troops stormed Sarda and took most of it.") == [GeneralizationTests.Seen(kind: "contested", actor: "syrian-government", place: "7")])
        // A whole taking told after the part completes it.
        #expect(read("IS captured large parts of Sarda, and by the next day had fully taken control of the village.").map(\.kind).contains("captured"))
    }

    @Test func aSideCarriedFromBeforeIsNoGuessWhenTheSentenceNamesOthers() {
        // The taking's doer is unclear; the rebels of the sentence before are not it.
        let seen = read("Rebels captured Khirbil on Monday. The next day soldiers together with the National Defence Forces took a hill, resulting in the capture of Sarda.")
        #expect(seen == [GeneralizationTests.Seen(kind: "captured", actor: "rebels", place: "5")])
    }

    @Test func aDistrictOfATownTakenIsPartOfTheTown() {
        // "the first district of X that was taken by Y": a part of X changed hands.
        #expect(read("Mashlab was the first district of Raqqa that was taken by the rebels.") == [GeneralizationTests.Seen(kind: "contested", actor: "rebels", place: "2")])
        #expect(read("Rebels attacked Raqqa. Mashlab was the first district of the city that was taken by the rebels.") == [GeneralizationTests.Seen(kind: "contested", actor: "rebels", place: "2")])
        // The town itself taken stays taken.
        #expect(read("Rebels attacked Raqqa. The city was taken by the rebels.") == [GeneralizationTests.Seen(kind: "captured", actor: "rebels", place: "2")])
    }

    @Test func aFrontNamedAfterATownIsNoTown() {
        #expect(read("The rebels tried to retake the areas they lost to the army at the Sarda front.").isEmpty)
        #expect(read("The Peshmerga captured six villages, including four on the Bashiqa front line.").isEmpty)
    }

    @Test func controlAfterUnderAndASideIsNoVerbOfThatSide() {
        // "under IS control" ends the state phrase; IS is not the subject of the sentence's
        // later verbs.
        let seen = read("Over the past year, Kurdish forces had been retaking positions around Mosul under IS control, notably retaking Bashiqa in November.")
        #expect(!seen.contains { $0.place == "15" && $0.actor == "isis" })
        #expect(read("Bashiqa is under IS control.") == [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "15")])
    }

    @Test func itPassesOverAPlaceInADirectionOfAnother() {
        // "in east Y" only says where the stronghold lies; "it" is X.
        #expect(read("Government forces entered Sarda, the last stronghold held by IS in east Raqqa, and secured it on Monday.").map(\.place) == ["7"])
    }

    @Test func theAgentOfAStateIsNoSubjectOfTheVerbAfterIt() {
        // The subject names no side; IS, the agent of "held by", did not secure it.
        #expect(read("Unknown gunmen entered Sarda, the last stronghold held by IS in east Raqqa, and secured it on Monday.").allSatisfy { $0.actor != "isis" })
    }

    @Test func aProvinceKnownOnlyAsAProvinceIsNoPlaceTaken() {
        // "Nineveh Governorate" is one name of the province in the gazetteer, not a town.
        #expect(read("Iraqi forces entered Nineveh Governorate for the first time.").isEmpty)
        // The list goes on past it.
        #expect(read("Iraqi forces entered Nineveh Governorate and captured Bashiqa.").map(\.place) == ["15"])
    }

    @Test func aPartBeforeAListIsOfEveryName() {
        #expect(read("Parts of Sarda and Safira remained under IS control.").map(\.kind) == ["contested", "contested"])
        #expect(read("Parts of Sarda and Safira were captured by the army.").map(\.kind) == ["contested", "contested"])
        // A part said of the last name only is that name's.
        #expect(read("Sarda and parts of Safira were captured by the army.").allSatisfy { $0.place != "7" || $0.kind == "captured" })
    }

    @Test func bringingAShareUnderControlReachesPastTheShare() {
        // "bringing about 15% of the city under their control": the share is of the city.
        #expect(read("The SDF stormed Raqqa, bringing about 15% of the city under their control.") == [GeneralizationTests.Seen(kind: "contested", actor: "sdf", place: "2")])
        #expect(Fixtures.events("The SDF stormed Raqqa, bringing about 15% of the city under their control.").map(\.share) == [0.15])
        // A section named by its direction is part of the town.
        #expect(read("Iraqi forces brought the entire southeastern section of Mosul under their control.") == [GeneralizationTests.Seen(kind: "contested", actor: "iraqi-government", place: "14")])
    }

    @Test func aCountingAnaphorAfterTheNounOfOneTownIsItsName() {
        // "مدينة القريتين" is one town: no city is "the two villages".
        #expect(read("سقطت مدينة القريتين بيد عناصر داعش بعد هجوم مباغت.") == [GeneralizationTests.Seen(kind: "captured", actor: "isis", place: "42")])
        // Without the noun the word still counts the two villages named before.
        #expect(read("سيطر داعش على قريتي خربيل وسردة، وبات يسيطر على القريتين بالكامل.").map(\.place).sorted() == ["5", "7"])
        #expect(read("سيطرت قوات النظام على القريتين.").isEmpty)
    }

    @Test func anImperfectOfControlAfterAReturnIsTheReturn() {
        // "عاد التنظيم ليسيطر على X": IS came back and took X; no purpose.
        #expect(read("عاد تنظيم الدولة ليسيطر مجددا على مدينة تدمر.") == [GeneralizationTests.Seen(kind: "recaptured", actor: "isis", place: "13")])
        #expect(read("عادت قوات النظام لتسيطر على بلدة سردة بعد يومين من خسارتها.").map(\.kind) == ["recaptured"])
        // After an advance it is still what the advance was for.
        #expect(read("تقدمت قوات النظام لتسيطر على بلدة سردة.").isEmpty)
    }

    @Test func aSideJoinedToTheSubjectKeepsItsAttributesOutOfTheObject() {
        // The conjunct, its adjective and "الموالية لها" all belong to the subject.
        #expect(read("سيطرت القوات التركية والفصائل السورية الموالية لها على مدينة سردة.") == [GeneralizationTests.Seen(kind: "captured", actor: "turkey", place: "7")])
        #expect(read("سيطرت قوات النظام وقوات الدفاع الوطني المحلية الموالية لها على بلدة سردة.") == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "7")])
        // A noun whose own first letter is و is no conjunct: "وحدات" is the side expelled.
        #expect(Fixtures.events("طردت القوات التركية وحدات حماية الشعب من بلدة سردة.").map(\.fromActor) == ["sdf"])
    }

    @Test func aNounOfExpulsionAfterThePassiveAuxiliaryTakesItsAgent() {
        // "تم طرد داعش من X على يد Y": Y took X from IS.
        let e = Fixtures.events("تم طرد عناصر داعش من بلدة سردة على يد قوات سوريا الديمقراطية.")
        #expect(e.map(\.actor) == ["sdf"])
        #expect(e.map(\.fromActor) == ["isis"])
        // With no agent, no taker: nothing moves.
        #expect(read("جرى طرد مسلحي داعش من بلدة سردة.").isEmpty)
    }

    @Test func theShortArabicNamesOfTheYPGAndTheFullNameOfISAreSides() {
        #expect(read("سيطرت وحدات الحماية على بلدة سردة.").map(\.actor) == ["sdf"])
        #expect(read("طرد الجيش الوطني عناصر ي ب ك من بلدة سردة.").map(\.actor) == ["sna"])
        #expect(read("سيطر تنظيم الدولة الإسلامية في العراق والشام على بلدة سردة.").map(\.actor) == ["isis"])
    }

    @Test func theBesiegedPlaceReachedIsTheSiegeBroken() {
        // "the besieged city of X": the participle describes the place the troops broke through to.
        #expect(read("Syrian troops broke through to the besieged city of Deir ez-Zor on Tuesday.") == [GeneralizationTests.Seen(kind: "siege_broken", actor: "syrian-government", place: "1")])
        // Without an article before it the participle is a verb of its own clause.
        #expect(read("Syrian troops broke through to the city. IS besieged Deir ez-Zor for three years.").allSatisfy { $0.kind != "siege_broken" || $0.place != "1" })
    }

    @Test func theyBeforeABreakingVerbIsItsSubject() {
        // "said they had broken the government's siege of X": "they" are the rebels; the
        // government laid the siege.
        let e = Fixtures.events("Rebels said they had broken the government's siege of Deir ez-Zor.")
        #expect(e.map(\.kind) == [.siegeBroken])
        #expect(e.map(\.actor) == ["rebels"])
        #expect(e.map(\.fromActor) == ["syrian-government"])
    }

    @Test func restoringSecurityToAPlaceIsTakingIt() {
        // The state media's phrase in English, as in Arabic.
        #expect(read("Army units restored security and stability to Safira after eliminating the last terrorists.") == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "12")])
        #expect(read("Police restored security to the streets of Damascus.").isEmpty)
    }

    @Test func followingOpensAClauseOfTimeButNotAfterAnArticle() {
        // "Following the capture of X, the army ...": the army took X, as after "After".
        #expect(read("Following the capture of Safira, the army advanced north.") == [GeneralizationTests.Seen(kind: "captured", actor: "syrian-government", place: "12")])
        // "the following day", "the following villages": an adjective.
        #expect(read("The army overran three more villages the following day, including Sarda and Safira.").map(\.place) == ["7", "12"])
        #expect(read("The army captured the following villages: Sarda and Safira.").map(\.place) == ["7", "12"])
    }

    @Test func underASidesSiegeIsASiege() {
        // "under government siege": the word after the side is a siege, not "control".
        #expect(read("Sarda has been under government siege since 2012.") == [GeneralizationTests.Seen(kind: "besieged", actor: "syrian-government", place: "7")])
        #expect(read("Sarda remains under a Hezbollah siege.").map(\.kind) == ["besieged"])
        // With no siege noun and no "control" after the side, no state.
        #expect(read("Sarda was under government shelling all week.").isEmpty)
    }

    @Test func anAppositiveThatNamesASideStillRenamesThePlace() {
        // "X, the former IS capital, is ...": the side only qualifies the noun of the aside.
        #expect(read("Raqqa, the former IS capital, is now fully under SDF control.").map(\.actor) == ["sdf"])
        #expect(read("Raqqa, the IS stronghold, was captured by the SDF.") == [GeneralizationTests.Seen(kind: "captured", actor: "sdf", place: "2")])
    }

    @Test func theAirportOfATownIsItsBase() {
        #expect(read("Rebels captured the airport of Abu Duhur on Monday.") == [GeneralizationTests.Seen(kind: "captured", actor: "rebels", place: "36")])
        // Iraq's paramilitary forces are the PMF.
        #expect(read("Iraqi paramilitary forces captured Bashiqa.").map(\.actor) == ["pmf"])
    }

    @Test func aHeadOfGovernmentWhoAnnouncesSpeaksForHisForces() {
        #expect(read("أعلن العبادي تحرير مدينة الموصل.") == [GeneralizationTests.Seen(kind: "captured", actor: "iraqi-government", place: "14")])
        #expect(read("Abadi declared Mosul liberated on Sunday.").map(\.actor) == ["iraqi-government"])
        // Only as a subject: criticised, he takes nothing.
        #expect(read("Critics blamed Abadi after IS captured Mosul.").map(\.actor) == ["isis"])
    }

    @Test func aNeighbourhoodNamedByACommonNounInConstructIsOneName() {
        // "حي جبل بدرو": a hill's name in construct; the neighbourhood the gazetteer lacks is kept.
        #expect(read("سيطرت قوات النظام على حي جبل بدرو في مدينة الرقة.").map(\.place) == ["جبل بدرو"])
        // A common word with no name after it is no neighbourhood.
        #expect(read("سيطرت قوات النظام على حي كامل في مدينة الرقة.").allSatisfy { $0.place != "كامل" })
    }

    @Test func whereAnAdvanceSetOutFromIsNotWhatItTook() {
        // "انطلاقا من X": the attacker's ground.
        #expect(read("سيطرت قوات النظام على الأحياء الشمالية واحدا تلو الآخر، انطلاقا من بلدة سردة.").isEmpty)
        #expect(read("تقدمت قوات النظام انطلاقا من بلدة سردة وسيطرت على مدينة السفيرة.").map(\.place) == ["12"])
    }

    @Test func controlClaimedWithDoubtOrPassedBackAndForthIsNoTaking() {
        #expect(read("ادعت قوات النظام السيطرة على بلدة سردة، إلا أن الفصائل نفت ذلك.").isEmpty)
        #expect(read("تبادلت قوات النظام والفصائل السيطرة على بلدة سردة عدة مرات.").isEmpty)
        // An exchange of fire before a taking leaves the taking.
        #expect(read("سيطرت قوات النظام على بلدة سردة بعد تبادل لإطلاق النار مع الفصائل.").map(\.kind) == ["captured"])
    }

    @Test func aClauseWordBetweenCommasAfterTheSubjectIsAnAside() {
        // "Kurdish forces, meanwhile, recaptured X": the subject reaches the verb.
        #expect(read("Kurdish peshmerga, meanwhile, recaptured Bashiqa.") == [GeneralizationTests.Seen(kind: "recaptured", actor: "peshmerga", place: "15")])
        #expect(read("Iraqi forces, however, captured Bashiqa on Monday.").map(\.actor) == ["iraqi-government"])
    }

    @Test func aCompoundHolderAfterAWordOrAShareDescribesTheObject() {
        // "the last rebel-held town of X": the rebels lost it.
        let e = Fixtures.events("Government troops captured the last rebel-held town of Safira.")
        #expect(e.map(\.kind) == [.captured])
        #expect(e.map(\.fromActor) == ["rebels"])
        // "40 percent of rebel-held X": a share of it.
        #expect(read("Government troops have recaptured around 40 percent of rebel-held Raqqa.") == [GeneralizationTests.Seen(kind: "contested", actor: "syrian-government", place: "2")])
        // A pull-out's participle adjective does not reach through it.
        #expect(read("The news team returned to the abandoned rebel-held town of Safira.").allSatisfy { $0.kind != "withdrew" })
    }

    @Test func anArmysTanksStandForItsForces() {
        #expect(read("Turkish tanks rolled into Safira on Wednesday.").map(\.actor) == ["turkey"])
        #expect(read("Rebels destroyed two Syrian tanks near Safira.").isEmpty)
    }

    @Test func aSideInConstructAfterANounOfHoldingDoesNotAnnounce() {
        // "آخر معاقل داعش": IS is the strongholds' owner, not who announced the liberation.
        #expect(read("سيطرت القوات العراقية على آخر معاقل داعش في الموصل، وأعلنت تحرير المدينة بالكامل.").allSatisfy { $0.actor != "isis" })
        // A subject before the report still announces.
        #expect(read("سيطرت قسد على مدينة الرقة، وأعلنت تحريرها بالكامل.").map(\.actor) == ["sdf"])
    }

    @Test func inEnglishASideRightAfterAVerbIsNoAnnouncer() {
        // "which had fought IS for months": IS is the object of the aside's verb.
        #expect(read("The army, which had fought IS for months, announced the capture of Raqqa.").map(\.actor) == ["syrian-government"])
        #expect(read("The SDF also announced the capture of Raqqa.").map(\.actor) == ["sdf"])
    }

    @Test func theSideRightAfterAnEnglishVerbOfTakingIsWhatItTook() {
        // "stormed IS positions in X, announcing the liberation of the city": IS lost, not took.
        #expect(read("Iraqi forces stormed IS positions in Mosul, announcing the liberation of the city.").map(\.actor) == ["iraqi-government"])
        // A side further on is a subject again: "captured X though ISIL recaptured it later".
        #expect(read("On 4 February, the rebels captured Sarda though IS recaptured it later.").map(\.actor) == ["rebels", "isis"])
    }

    @Test func aPluperfectInARelativeAsideIsWhatCameBefore() {
        // "Rebels recaptured X, which IS had seized a week earlier": IS's taking is history, so
        // the map applies it before the rebels' news of the same day.
        let e = Fixtures.events("Rebels recaptured Sarda, which IS had seized a week earlier.")
        #expect(e.map(\.actor) == ["rebels", "isis"])
        #expect(e.map(\.background) == [false, true])
        // The aside's "earlier" is the aside's: the retaking after it is news.
        let f = Fixtures.events("Sarda, which IS had seized a week earlier, was retaken by rebels on Monday.")
        #expect(f.first(where: { $0.actor == "rebels" })?.background == false)
    }

    @Test func aTotalityWordSumsTheTakenPartsToTheWholePlace() {
        // "all of the districts of X", "the remaining districts", "the last IS-held areas": what
        // was left of the place, so the whole place is the taker's.
        #expect(read("Iraqi forces retook the remaining districts of Mosul.").map(\.kind) == ["recaptured"])
        #expect(read("The army captured the last rebel-held areas of Raqqa.").map(\.kind) == ["captured"])
        #expect(read("Government forces recaptured all of the rebel-held parts of Raqqa.").map(\.kind) == ["recaptured"])
        #expect(read("سيطرت قوات النظام على بقية أحياء الرقة.").map(\.kind) == ["captured"])
        #expect(read("استعادت القوات العراقية ما تبقى من أحياء الموصل.").map(\.kind) == ["recaptured"])
        // Without one, or with an exception or a direction, it stays a share of the place.
        #expect(read("Iraqi forces retook several districts of Mosul.").map(\.kind) == ["contested"])
        #expect(read("Iraqi forces retook all districts of Mosul except two.").map(\.kind) == ["contested"])
        #expect(read("Iraqi forces retook all the eastern districts of Mosul.").map(\.kind) == ["contested"])
        #expect(read("سيطرت قوات النظام على أحياء الرقة.").map(\.kind) == ["contested"])
    }

    @Test func aHubIsTheTownItNames() {
        #expect(read("Kurdish forces took control of the oil hub of Mosul on Monday.").map(\.place) == ["14"])
        #expect(read("Kurdish forces took control of a logistics hub near Mosul.").isEmpty)
    }

    @Test func undatedHistoryComesBeforeTheNewsItExplains() {
        // Published on Thursday 16 May: the retaking was on Monday the 13th; IS's seizure, which
        // the text does not date, took the publication date and would have flipped the town back.
        let doc = Document(title: "", text: "Sarda, which IS had seized a week earlier, was retaken by rebels on Monday.",
                           published: EventDate("2024-05-16"))
        let log = Fixtures.analyzer.analyze(doc).controlEvents(ingested: EventDate("2024-05-20")!)
        #expect(log.map(\.actor) == ["isis", "rebels"])
        #expect(log.allSatisfy { $0.effectiveDate == EventDate("2024-05-13") })
        let map = ControlStateReducer.state(placeID: log[0].placeID ?? "", events: log)
        #expect(map?.controller == "rebels")
        // Dated history keeps its date.
        let dated = Fixtures.events("Rebels retook Sarda on Monday. IS had seized the town in 2015.")
        #expect(dated.first(where: \.background)?.date == EventDate("2015"))
    }

    @Test func aCompoundHolderAfterASiegeIsTheSideBesieged() {
        // "their siege of rebel-held X": the rebels hold X and are besieged; the army besieges.
        for text in ["Government troops tightened their siege of rebel-held Safira.",
                     "The army imposed a siege on rebel-held Safira.",
                     "IS laid siege to government-held Safira."] {
            let siege = Fixtures.events(text).first { $0.kind == .besieged }
            #expect(siege?.actor == (text.hasPrefix("IS") ? "isis" : "syrian-government"), "\(text)")
            #expect(siege?.fromActor == (text.hasPrefix("IS") ? "syrian-government" : "rebels"), "\(text)")
        }
    }

    @Test func troopsSweepingThroughATownTakeIt() {
        #expect(read("Hezbollah fighters and Syrian troops swept through Safira on Wednesday.").map(\.kind) == ["captured"])
        #expect(read("Heavy fighting swept through Safira.").allSatisfy { $0.kind != "captured" })
    }

    @Test func anOperationCarriedThroughReportsItsOutcome() {
        #expect(read("أنهت القوات العراقية عملية تحرير مدينة الموصل.").map(\.kind) == ["captured"])
        #expect(read("Iraqi forces completed the operation to retake Mosul on Friday.").map(\.kind) == ["recaptured"])
        #expect(read("Iraqi forces concluded their offensive to recapture Mosul.").map(\.kind) == ["recaptured"])
        // Launching, continuing or halting one, or ending a mere attempt, reports no outcome.
        #expect(read("أطلقت القوات العراقية عملية تحرير مدينة الموصل.").isEmpty)
        #expect(read("تواصل القوات العراقية عملية تحرير مدينة الموصل.").isEmpty)
        #expect(read("أنهت القوات العراقية محاولة تحرير الموصل.").isEmpty)
        #expect(read("Iraqi forces ended their attempt to retake Mosul.").isEmpty)
        #expect(read("Iraqi forces ended the operation to retake Mosul.").isEmpty)
        #expect(read("Iraqi forces completed preparations for an offensive to retake Mosul.").isEmpty)
    }

    @Test func anArabicAdjectiveOfStandingNamesTheHolderNotTheBesieger() {
        // "حصار على X الخاضعة لسيطرة النظام": the regime holds X; IS besieges it.
        let siege = Fixtures.events("يفرض تنظيم داعش حصارا خانقا على مدينة دير الزور الخاضعة لسيطرة النظام.").first { $0.kind == .besieged }
        #expect(siege?.actor == "isis")
        #expect(siege?.fromActor == "syrian-government")
        // The hands a place fell into still name its taker.
        #expect(read("سقطت مدينة الرقة بيد داعش.").map(\.actor) == ["isis"])
    }

    @Test func anAppositiveNounQualifiedByAHoldingRenamesThePlace() {
        // "X, the last town held by IS in Syria, was captured by the army": the passive's place is
        // X, and IS, which held it, lost it.
        for text in ["Safira, the last town held by IS in the province, was captured by the army.",
                     "Safira, the last IS-held town in the province, was captured by the army.",
                     "Safira, a town controlled by IS, was captured by the army.",
                     "Safira, the last town in Syria under IS control, was captured by the army."] {
            let taking = Fixtures.events(text).first { $0.kind == .captured }
            #expect(taking?.actor == "syrian-government", "\(text)")
            #expect(taking?.fromActor == "isis", "\(text)")
        }
        // Retaken by a side unnamed: the appositive's hold is what was, no standing state.
        #expect(read("Safira, the last town in Syria under IS control, was retaken on Friday.").isEmpty)
    }

    @Test func aPronounThatReportsIsTheSideTheTextIsAbout() {
        #expect(read("The SDF attacked Raqqa from three sides. On Wednesday it announced that Raqqa had been liberated.").map(\.actor) == ["sdf"])
        // A reporter that is no side carries none: the monitor speaks of a taking it does not do.
        #expect(read("The Observatory reported heavy fighting in Raqqa. It said the city had been captured.").isEmpty)
    }

    @Test func aNounThatMakesAnIdiomWithTakeIsWhatIsTaken() {
        #expect(read("The government has taken steps to rebuild Raqqa.").isEmpty)
        #expect(read("The regime took the decision to bomb Raqqa.").isEmpty)
        #expect(read("The rebels took revenge on Raqqa.").isEmpty)
        #expect(read("Civilians took refuge in Raqqa as the army captured Safira.").map(\.place) == ["12"])
        #expect(read("The army took Raqqa on Monday.").map(\.kind) == ["captured"])
    }

    @Test func anAdjectiveOfASideBeforeHeldNamesTheHolder() {
        // "Kurdish-held", "Turkish-controlled": the adjective of a side's forces, compounded with
        // a participle of holding, is the holder.
        #expect(read("The Kurdish-held town of Safira was shelled on Monday.").map { "\($0.kind) \($0.actor ?? "-")" } == ["holds sdf"])
        #expect(read("The Turkish-controlled town of Safira was shelled.").map { "\($0.kind) \($0.actor ?? "-")" } == ["holds turkey"])
        #expect(read("The Kurdish held town of Safira was shelled.").map(\.actor) == ["sdf"])
        // Before other participles the adjective stays a modifier of the force named.
        #expect(read("Turkish-backed fighters captured Safira.").map(\.actor) == ["sna"])
        #expect(read("Kurdish-led fighters captured Safira.").map(\.actor) == ["sdf"])
        // A neighbour's adjective alone still puts the town abroad.
        #expect(read("Shells fell on the Turkish town of Safira.").isEmpty)
    }

    @Test func theParticipleOfAHyphenatedCompoundIsNoVerbBeforeTheSide() {
        // "the US-backed SDF said it had captured X": "backed" qualifies the SDF, which reports.
        #expect(read("The US-backed SDF said it had captured Safira.").map { "\($0.kind) \($0.actor ?? "-")" } == ["captured sdf"])
        #expect(read("Turkish-backed rebels said on Monday they had taken Safira.").map(\.actor) == ["sna"])
    }

    @Test func aParticipleInAnAppositiveSaysWhatHappenedToThePlaceItRenames() {
        // "X, a Y suburb besieged by Z": the suburb is X; Y only says where it lies.
        for text in ["Safira, a Damascus suburb besieged by government forces since 2012, has received no aid.",
                     "Safira, a suburb of Damascus besieged by government forces since 2012, has received no aid.",
                     "Safira, a town north of Damascus besieged by government forces, has received no aid."] {
            #expect(read(text).map { "\($0.kind) \($0.place)" } == ["besieged 12"], "\(text)")
        }
        #expect(read("Safira, a Damascus village captured by rebels on Monday, was shelled.").map { "\($0.kind) \($0.place)" } == ["captured 12"])
        // A list after the comma is no appositive: each place in it was taken.
        #expect(Set(read("Both Safira, the town of Khirbil and Sarda were seized by the rebels.").map(\.place)) == ["12", "5", "7"])
    }

    @Test func anImpersonalTakingIsToldByTheSideTheAttributionAfterItNames() {
        // "تمت السيطرة على X، بحسب سانا": the state's agency tells of its side's taking.
        for text in ["تمت السيطرة على بلدة السفيرة، بحسب وكالة سانا.",
                     "تم تحرير بلدة السفيرة، وفق ما أفادت وكالة سانا.",
                     "تمت السيطرة على بلدة السفيرة، حسبما ذكرت وكالة سانا."] {
            #expect(read(text).map { "\($0.kind) \($0.actor ?? "-") \($0.place)" } == ["captured syrian-government 12"], "\(text)")
        }
        // A monitor is no side: the taking stays unnamed.
        #expect(read("تمت السيطرة على بلدة السفيرة، بحسب المرصد السوري لحقوق الإنسان.").isEmpty)
    }

    @Test func aPeoplesAdjectiveBetweenABackingCompoundAndItsNounKeepsTheBackersSide() {
        // "Turkish-backed Syrian fighters", "US-backed Kurdish forces", "Iran-backed Iraqi militias".
        #expect(read("Turkish-backed Syrian fighters captured Safira.").map(\.actor) == ["sna"])
        #expect(read("US-backed Kurdish forces captured Safira.").map(\.actor) == ["sdf"])
        #expect(read("US-backed Arab tribal fighters captured Safira.").map(\.actor) == ["sdf"])
        // Without the compound, the adjective names no side by itself.
        #expect(read("Syrian fighters captured Safira.").isEmpty)
    }

    @Test func theAgentOfAPassiveDoesWhatTheIngClauseAfterItSays() {
        // "The offensive was launched by X, retaking Y": the side after "by" retook Y.
        #expect(read("The operation was launched by government forces, retaking Safira.").map { "\($0.kind) \($0.actor ?? "-")" } == ["recaptured syrian-government"])
        #expect(read("The operation was launched by government forces, scoring a victory and retaking Safira.").map(\.actor) == ["syrian-government"])
        // A passive whose agent did something else to the place takes nothing.
        #expect(read("The town was shelled by IS, killing ten and forcing the army to abandon Safira.").allSatisfy { $0.actor != "isis" })
    }

    @Test func aSideCalledAlliedIsNoLoser() {
        let taking = Fixtures.events("Turkish troops and allied Syrian rebels took Safira.").first
        #expect(taking?.actor == "turkey")
        #expect(taking?.fromActor == nil)
    }

    @Test func aHandoverNamesItsTakerAfterIlaAsAfterLam() {
        // "سلمت الوحدات X إلى قوات النظام", as "لقوات النظام": the side handed the place took it.
        for text in ["سلمت وحدات حماية الشعب بلدة السفيرة إلى قوات النظام.", "سلمت وحدات حماية الشعب بلدة السفيرة لقوات النظام."] {
            let taking = Fixtures.events(text).first
            #expect(taking?.actor == "syrian-government" && taking?.fromActor == "sdf", "\(text)")
        }
        // A side after إلى further on is where someone went, not who took the place.
        #expect(read("سلمت وحدات حماية الشعب بلدة السفيرة وانسحبت إلى مناطق قوات النظام.").allSatisfy { $0.actor != "syrian-government" || $0.kind != "captured" })
    }

    @Test func theEndOfAnOperationToTakeAPlaceIsItsTaking() {
        // "announced the end of operations to liberate X", "أعلن انتهاء عمليات تحرير X".
        #expect(read("The army announced the end of operations to liberate Safira.").map { "\($0.kind) \($0.actor ?? "-")" } == ["captured syrian-government"])
        #expect(read("أعلن الجيش انتهاء عمليات تحرير بلدة السفيرة.").map { "\($0.kind) \($0.actor ?? "-")" } == ["captured syrian-government"])
        // The start of one is no taking.
        #expect(read("The army announced the start of operations to liberate Safira.").isEmpty)
        #expect(read("أعلن الجيش انطلاق عمليات تحرير بلدة السفيرة.").isEmpty)
    }

    @Test func anArabicPerfectWithItsDoerAfterAlaYadIsAPassive() {
        // "حُرِّرت X على يد الجيش": the vowels that make it passive are seldom written.
        for text in ["حُرِّرت بلدة السفيرة على يد الجيش السوري.", "حررت بلدة السفيرة من قبل الجيش السوري."] {
            #expect(read(text).map { "\($0.kind) \($0.actor ?? "-") \($0.place)" } == ["captured syrian-government 12"], "\(text)")
        }
        // Hollow verbs spell their passive apart: "استُعيدت X من قبل Y".
        #expect(read("استُعيدت بلدة السفيرة من قبل قوات النظام.").map { "\($0.kind) \($0.actor ?? "-")" } == ["recaptured syrian-government"])
        // A subject before the verb is its doer; "من قبل" then says nothing of a passive.
        #expect(read("قوات النظام حررت بلدة السفيرة.").map(\.actor) == ["syrian-government"])
    }

    @Test func aTakingTheSentenceCallsUnconfirmedAfterItIsNoEvent() {
        #expect(read("The rebels' capture of Safira was never confirmed.").isEmpty)
        #expect(read("Rebels said they took Safira, but this has not been confirmed.").isEmpty)
        #expect(read("لم يتسن التأكد من سيطرة الفصائل على السفيرة.").isEmpty)
        // The doubt covers the taking before it only: not one across another predicate.
        #expect(read("Rebels took Safira and IS seized Raqqa, which was never confirmed.").map(\.place) == ["12"])
        #expect(read("Rebels took Safira on Monday.").map(\.place) == ["12"])
    }

    @Test func aTakingThatIsTheSubjectOfAModalIsHypothetical() {
        // "the fall of X to Y would be a disaster", "a rebel takeover of X is unlikely".
        #expect(read("Moscow warned that the fall of Safira to rebels would be a disaster.").isEmpty)
        #expect(read("A rebel takeover of Safira is unlikely, analysts say.").isEmpty)
        #expect(read("The capture of Safira will take weeks.").isEmpty)
        #expect(read("حذرت موسكو من أن سقوط السفيرة بيد المعارضة سيكون كارثة.").isEmpty)
        // A taking told as done stays, and so does one whose sentence goes on to another clause
        // with a modal of its own.
        #expect(read("The fall of Safira to rebels was a blow to the government.").map(\.actor) == ["rebels"])
        #expect(read("Shortly after the capture of Safira by the rebels, a deal was reached whereby the army would withdraw.").map(\.place).contains("12"))
        // The hands a place fell into are the fall's: one event, no standing beside it.
        #expect(read("أعلنت المعارضة سقوط السفيرة بيد الثوار.").map(\.kind) == ["captured"])
    }

    @Test func anArabicMayOrNearnessBeforeATakingIsNoEvent() {
        // "قد يتم تسليم X للحكومة" (may be handed over), "على مقربة من السيطرة على X" (close to it).
        #expect(read("قد يتم تسليم السفيرة للحكومة بموجب الاتفاق.").isEmpty)
        #expect(read("قال الإعلام الرسمي إن الجيش بات على مقربة من السيطرة على السفيرة.").isEmpty)
        #expect(read("بات الجيش على وشك استعادة السفيرة.").isEmpty)
        // قد before a perfect is "had": the taking happened.
        #expect(read("وكان الجيش قد سيطر على السفيرة.").map(\.actor) == ["syrian-government"])
    }

    @Test func aListGoesOnPastTheTimeOfOneItem() {
        // "took X on Wednesday and Y on Saturday": both were taken.
        #expect(Set(read("Rebels captured Safira on Wednesday and Sarda on Saturday.").map(\.place)) == ["12", "7"])
        #expect(Set(read("Rebels captured Safira yesterday and Sarda today.").map(\.place)) == ["12", "7"])
        // A name before an auxiliary opens a clause of its own, dated or not.
        #expect(read("Rebels captured Safira on Monday and Sarda was shelled.").map(\.place) == ["12"])
        #expect(read("Rebels captured Safira and Sarda was shelled.").map(\.place) == ["12"])
    }

    @Test func everyCommonFractionIsAShare() {
        let shares: [(String, Double)] = [("one-tenth of", 0.1), ("a fifth of", 0.2), ("two-fifths of", 0.4), ("four fifths of", 0.8),
                                          ("one quarter of", 0.25), ("three-quarters of", 0.75), ("nine-tenths of", 0.9)]
        for (words, share) in shares {
            let events = Fixtures.events("Rebels took \(words) Palmyra on Monday.")
            #expect(events.map(\.kind) == [.contested], "\(words)")
            #expect(events.first?.share == share, "\(words)")
        }
        #expect(Fixtures.events("باتت ثلثا مدينة تدمر تحت سيطرة الفصائل.").first?.share == 0.667)
    }

    @Test func aPlaceThatFellIntoASidesHandsWasTaken() {
        #expect(read("Palmyra fell into rebel hands last week.") == [GeneralizationTests.Seen(kind: "captured", actor: "rebels", place: "13")])
        #expect(read("Palmyra fell back into government hands.") == [GeneralizationTests.Seen(kind: "recaptured", actor: "syrian-government", place: "13")])
        #expect(read("Palmyra came back under government control.") == [GeneralizationTests.Seen(kind: "recaptured", actor: "syrian-government", place: "13")])
        // Weapons fall into a side's hands too; and without a verb of change "into" hands over nothing.
        #expect(read("American weapons fell into rebel hands near Palmyra.").isEmpty)
        #expect(read("The aid bound for Palmyra was put into rebel hands.").isEmpty)
        #expect(read("Officials fear Palmyra will fall into rebel hands.").isEmpty)
    }

    @Test func aPlaceThatFellUnderOrCameBackIntoASidesGripChangedHands() {
        // "وقعت X تحت سيطرة Y" (fell under); "تقع X تحت سيطرة Y" is where X lies, a standing hold.
        #expect(read("وقعت مدينة الرقة في قبضة تنظيم داعش.") == [GeneralizationTests.Seen(kind: "captured", actor: "isis", place: "2")])
        #expect(read("تقع مدينة الرقة تحت سيطرة تنظيم داعش.") == [GeneralizationTests.Seen(kind: "holds", actor: "isis", place: "2")])
        // "عادت X إلى قبضة Y": back into the side's grip; with no verb of return, nothing returns.
        #expect(read("عادت مدينة الرقة إلى قبضة قوات النظام.") == [GeneralizationTests.Seen(kind: "recaptured", actor: "syrian-government", place: "2")])
        #expect(read("سلمت الولايات المتحدة الأسلحة في مدينة الرقة إلى أيدي قوات سوريا الديمقراطية.").isEmpty)
    }

    @Test func aFightAgainstASideIsWagedByTheSideBeforeIt() {
        // "معارك ضد Y", "اشتباكات مع Y": the side after the link is the one fought, the side right
        // before the fight, or the clause's subject, the one that wages it.
        let contest = [GeneralizationTests.Seen(kind: "contested", actor: "syrian-government", place: "2")]
        #expect(read("تخوض قوات النظام معارك ضارية ضد تنظيم داعش في مدينة الرقة.") == contest)
        #expect(read("خاضت قوات النظام اشتباكات عنيفة مع تنظيم داعش داخل مدينة الرقة.") == contest)
        #expect(read("حققت قوات النظام تقدما في المعارك ضد تنظيم داعش في مدينة الرقة.") == contest)
        #expect(Fixtures.events("تخوض قوات النظام معارك ضارية ضد تنظيم داعش في مدينة الرقة.").map { $0.fromActor } == ["isis"])
        // With no side to wage it, a fight against one side contests nothing.
        #expect(read("اندلعت معارك عنيفة ضد تنظيم داعش في مدينة الرقة.").isEmpty)
    }

    @Test func theSideInConstructWithTheSiegeNounLaidTheSiege() {
        // "حصار داعش لمدينة X" is IS's siege: the breaker is the verb's subject, wherever it stands.
        func broken(_ text: String) -> [String] {
            Fixtures.events(text).map { "\($0.kind.rawValue) \($0.actor ?? "-") \($0.fromActor ?? "-") \(Fixtures.placeOf($0, text))" }
        }
        let regimeBrokeIS = ["siege_broken syrian-government isis 2"]
        #expect(broken("كسرت قوات النظام حصار داعش لمدينة الرقة.") == regimeBrokeIS)
        #expect(broken("قوات النظام تكسر حصار داعش لمدينة الرقة.") == regimeBrokeIS)
        #expect(broken("أنهت قوات النظام حصار داعش لمدينة الرقة.") == regimeBrokeIS)
        #expect(broken("تمكنت الفصائل من فك حصار قوات النظام عن مدينة الرقة.") == ["siege_broken rebels syrian-government 2"])
        // With no breaker named, the siege is still the besieger's: it broke nothing.
        #expect(broken("بعد كسر حصار داعش لمدينة الرقة، تقدمت القوات.") == ["siege_broken - isis 2"])
        // With the article the side after the noun is no construct: the breaker follows the verb.
        #expect(broken("كسرت قوات النظام الحصار الذي يفرضه داعش على مدينة الرقة.") == regimeBrokeIS)
    }

    @Test func theHolderOfWhereTheyFledDidNotTakeThePlace() {
        // "fled from X to government-held areas": no taker of X; civilians are no side.
        #expect(read("Thousands of civilians fled from Al-Bab to government-held areas.").isEmpty)
        #expect(Fixtures.events("IS fighters fled from Al-Bab to SDF-controlled villages.").map { "\($0.kind.rawValue) \($0.actor ?? "-") \($0.fromActor ?? "-")" }
                == ["withdrew - isis"])
    }

    @Test func aDashBetweenTwoNamesJoinsThemIntoARoute() {
        // "the Damascus – Palmyra road": the dash ends no clause, so the verb after it keeps its subject.
        #expect(read("The army opened the Damascus – Deir ez-Zor road and recaptured Palmyra.")
                == [GeneralizationTests.Seen(kind: "recaptured", actor: "syrian-government", place: "13")])
        #expect(read("تمكن الجيش السوري من فتح طريق دمشق - دير الزور، واستعادة السيطرة على تدمر.")
                == [GeneralizationTests.Seen(kind: "recaptured", actor: "syrian-government", place: "13")])
    }
}

/// Dates a report may carry: a far-future or ancient date never wins.
@Suite struct DateBoundsTests {
    let bounds = DateBounds(earliest: EventDate(year: 1990, month: 1, day: 1), today: EventDate(year: 2026, month: 11, day: 29))

    @Test func tomorrowIsTheLastDay() {
        #expect(bounds.contains(EventDate(year: 2026, month: 11, day: 30)))
        #expect(!bounds.contains(EventDate(year: 2026, month: 12, day: 1)))
        #expect(!bounds.contains(EventDate(year: 9999, month: 12, day: 31)))
        #expect(!bounds.contains(EventDate(year: 1989)))
    }

    @Test func anOutOfRangePublicationDateIsDroppedAndTheDocumentKept() {
        let doc = Document(title: "", text: "Syrian troops captured Khirbil.", published: EventDate("9999-12-31"))
        let a = Fixtures.analyzer.analyze(doc, dates: bounds)
        #expect(a.document.published == nil)
        #expect(a.events.map(\.kind) == [.captured])
        #expect(a.events.allSatisfy { $0.date == nil })
        #expect(a.droppedDates == ["published 9999-12-31"])
        // Without bounds (scoring, explain) nothing is changed.
        #expect(Fixtures.analyzer.analyze(doc).document.published == EventDate("9999-12-31"))
    }

    @Test func anOutOfRangeEventDateIsDropped() {
        let doc = Document(title: "", text: "On 5 April 2091, Syrian troops captured Khirbil.", published: EventDate("2026-11-28"))
        let a = Fixtures.analyzer.analyze(doc, dates: bounds)
        #expect(a.events.count == 1)
        #expect(a.events.allSatisfy { $0.date == nil })
        #expect(a.droppedDates.count == 1)
    }
}
