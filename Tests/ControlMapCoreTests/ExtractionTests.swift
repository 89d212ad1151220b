@testable import ControlMapCore
import Testing

/// Sentences written for these tests (not taken from any corpus), each exercising one construction.
@Suite struct ExtractionTests {
    struct Seen: Equatable, CustomStringConvertible {
        var kind: String, actor: String?, from: String?, place: String, share: Double?
        var description: String { "\(kind) \(actor ?? "-") <- \(from ?? "-") \(place) \(share.map { "\($0)" } ?? "")" }
    }

    func read(_ text: String, published: String? = "2024-05-16") -> [Seen] {
        let a = Fixtures.analyzer.analyze(Document(title: "", text: text, published: published.flatMap(EventDate.init)))
        return a.events.map { e in
            Seen(kind: e.kind.rawValue, actor: e.actor, from: e.fromActor, place: a.place(of: e)?.id ?? e.mention, share: e.share)
        }
    }

    @Test func englishActiveCaptureWithLosingSide() {
        #expect(read("Syrian government forces captured Palmyra from Islamic State on Tuesday.")
                == [Seen(kind: "captured", actor: "syrian-government", from: "isis", place: "13", share: nil)])
    }

    @Test func arabicVerbSubjectObjectOrder() {
        #expect(read("سيطرت قوات سوريا الديمقراطية على مدينة الرقة بعد معارك مع داعش.")
                == [Seen(kind: "captured", actor: "sdf", from: "isis", place: "2", share: nil)])
    }

    @Test func arabicSubjectVerbOrderAndRecapture() {
        #expect(read("الجيش العربي السوري استعاد السيطرة على مدينة تدمر من تنظيم الدولة.")
                == [Seen(kind: "recaptured", actor: "syrian-government", from: "isis", place: "13", share: nil)])
    }

    @Test func regainedControlAndTookControlOf() {
        #expect(read("Iraqi forces regained control of Bashiqa.").map(\.kind) == ["recaptured"])
        #expect(read("The Peshmerga took control of Bashiqa.").first?.actor == "peshmerga")
    }

    @Test func passiveFellTo() {
        #expect(read("Palmyra fell to Islamic State fighters overnight.")
                == [Seen(kind: "captured", actor: "isis", from: nil, place: "13", share: nil)])
    }

    @Test func percentagesMakeContestedWithShares() {
        let seen = read("أصبحت القوات السورية تسيطر على 60 في المائة من دير الزور، في حين يسيطر داعش على 40 في المائة من المدينة.")
        #expect(seen.count == 2)
        #expect(seen[0] == Seen(kind: "contested", actor: "syrian-government", from: "isis", place: "1", share: 0.6))
        #expect(seen[1] == Seen(kind: "contested", actor: "isis", from: "syrian-government", place: "1", share: 0.4))
        #expect(read("The SDF now controls 45 percent of Raqqa.").first?.share == 0.45)
        #expect(read("The SDF now controls 45% of Raqqa.").first?.share == 0.45)
    }

    @Test func aShareBeforeAPassiveCaptureIsPartOfThePlace() {
        // The share stands before the place when the verb is passive: part of it changed hands.
        #expect(read("Officials said 70 percent of Raqqa was recaptured by the SDF.")
                == [Seen(kind: "contested", actor: "sdf", from: nil, place: "2", share: 0.7)])
        #expect(read("Half of Raqqa was retaken by the SDF on Monday.")
                == [Seen(kind: "contested", actor: "sdf", from: nil, place: "2", share: 0.5)])
        #expect(read("Raqqa was retaken by the SDF on Monday.") == [Seen(kind: "recaptured", actor: "sdf", from: nil, place: "2", share: nil)])
    }

    @Test func aSiegeOnOrAroundAPlace() {
        #expect(read("Islamic State fighters tightened their siege on Palmyra.") == [Seen(kind: "besieged", actor: "isis", from: nil, place: "13", share: nil)])
        #expect(read("Syrian troops broke the siege around Palmyra.") == [Seen(kind: "siege_broken", actor: "syrian-government", from: nil, place: "13", share: nil)])
        // An aim before the breaking verb covers the breaking.
        #expect(read("Syrian troops launched an operation to break the siege around Palmyra.").isEmpty)
    }

    @Test func aReportCalledUnconfirmedMovesNoTown() {
        #expect(read("There were unconfirmed reports that Islamic State fighters took Palmyra.").isEmpty)
        #expect(read("أفادت أنباء غير مؤكدة بسيطرة داعش على مدينة الرقة.").isEmpty)
        #expect(read("ترددت شائعات عن سيطرة داعش على مدينة الرقة.").isEmpty)
        // An attributed claim is a report, only hedged.
        let hedged = Fixtures.analyzer.analyze(Document(title: "", text: "Islamic State fighters reportedly took Palmyra.", published: EventDate("2024-05-16"))).events
        #expect(hedged.map(\.kind) == [.captured])
        let plain = Fixtures.analyzer.analyze(Document(title: "", text: "Islamic State fighters took Palmyra.", published: EventDate("2024-05-16"))).events
        #expect(plain.count == 1 && hedged.allSatisfy { $0.confidence < plain[0].confidence })
    }

    @Test func tensWrittenAsWordsGiveTheShare() {
        #expect(read("سيطرت قسد على تسعين بالمئة من مدينة الرقة.") == [Seen(kind: "contested", actor: "sdf", from: nil, place: "2", share: 0.9)])
        #expect(read("تسيطر قوات النظام على سبعين في المائة من دير الزور.").first?.share == 0.7)
        #expect(read("The SDF now controls ninety percent of Raqqa.").first?.share == 0.9)
    }

    @Test func theOtherArabicVerbOfExpulsionNamesTheLoser() {
        // أخرج (form IV of خرج): the subject took the place, the object was expelled from it.
        #expect(read("أخرجت قسد عناصر داعش من مدينة الرقة.") == [Seen(kind: "captured", actor: "sdf", from: "isis", place: "2", share: nil)])
        #expect(read("تمكنت قوات النظام من إخراج داعش من مدينة تدمر.")
                == [Seen(kind: "captured", actor: "syrian-government", from: "isis", place: "13", share: nil)])
    }

    @Test func aPlaceNounAfterACountNamesNoPlace() {
        // "أربعين بلدة وتجمعا": forty towns and communities; the word after the noun is no name.
        #expect(read("سيطرت قوات النظام على أربعين بلدة وتجمعا سكنيا في ريف إدلب.").isEmpty)
        #expect(read("سيطرت قوات النظام على 40 قرية ومزرعة في ريف إدلب.").isEmpty)
        // A plural noun after a small count still lists the names.
        #expect(read("حررت قوات النظام 3 قرى جديدة \"خربيل\" و\"قليعة\".").map(\.place) == ["5", "6"])
    }

    @Test func largePartsOfIsContestedWithoutShare() {
        let seen = read("The Syrian army took large parts of Deir ez-Zor from ISIS.")
        #expect(seen.first?.kind == "contested")
        #expect(seen.first?.share == nil)
    }

    @Test func siegeBrokenNamesTheBreakerAndTheBesieger() {
        let seen = read("The Syrian army broke the siege of the Deir ez-Zor airbase imposed by Islamic State.")
        #expect(seen == [Seen(kind: "siege_broken", actor: "syrian-government", from: "isis", place: "8", share: nil)])
        let ar = read("تمكن الجيش السوري من فك الحصار عن قاعدة دير الزور الجوية الذي فرضه داعش.")
        #expect(ar.first?.kind == "siege_broken")
        #expect(ar.first?.actor == "syrian-government")
    }

    @Test func subjectCarriedIntoTheNextSentence() {
        let seen = read("Iraqi troops advanced from the south on Monday. On Tuesday they recaptured Bashiqa.")
        #expect(seen.first?.actor == "iraqi-government")
        #expect(seen.first?.kind == "recaptured")
    }

    @Test func listsGiveOneEventPerVillage() {
        let seen = read("سيطرت قسد على قرى خربيل والقليعة وسردة شرق الرقة.")
        #expect(seen.map(\.place) == ["5", "6", "7"])
        #expect(seen.allSatisfy { $0.actor == "sdf" })
    }

    @Test func unresolvedPlacesKeepTheirEvent() {
        let seen = read("كسر الجيش السوري الحصار على اللواء 137 غرب المدينة.")
        #expect(seen.first?.place == "اللواء 137")
    }

    @Test func withdrawalWithoutTaker() {
        #expect(read("Islamic State fighters withdrew from Palmyra on Sunday.")
                == [Seen(kind: "withdrew", actor: nil, from: "isis", place: "13", share: nil)])
    }

    @Test func standingControl() {
        let seen = read("Raqqa, under the control of the SDF, was quiet.")
        #expect(seen == [Seen(kind: "holds", actor: "sdf", from: nil, place: "2", share: nil)])
    }

    @Test func weekdaysResolveAgainstThePublicationDate() {
        let a = Fixtures.analyzer.analyze(Document(title: "", text: "Iraqi forces recaptured Bashiqa on Monday.", published: EventDate("2024-05-16")))
        #expect(a.events.first?.date?.description == "2024-05-13")
        let ar = Fixtures.analyzer.analyze(Document(title: "", text: "استعادت القوات العراقية بعشيقة أمس.", published: EventDate("2024-05-16")))
        #expect(ar.events.first?.date?.description == "2024-05-15")
    }

    @Test func quotedListsWithAsidesAndMultiWordNames() {
        let seen = read("أعلنت الفصائل بسط سيطرتها على قرى \"عين الصخر\" و\"كرم الزيتون\" (شمال) و\"الحمرا\" جنوب الرقة.")
        #expect(seen.map(\.place) == ["عين الصخر", "كرم الزيتون", "الحمرا"])
        #expect(seen.allSatisfy { $0.actor == "rebels" && $0.kind == "captured" })
    }

    @Test func dualCueIntroducesTwoVillages() {
        let seen = read("استعادت هيئة تحرير الشام السيطرة على قريتي الخربة الكبيرة، وأبوعمر بعد اشتباكات مع داعش.")
        #expect(seen.map(\.place) == ["الخربة الكبيرة", "أبوعمر"])
        #expect(seen.allSatisfy { $0.actor == "hts" && $0.from == "isis" })
    }

    @Test func unknownCapitalizedNamesAreKeptAsEventPlaces() {
        let seen = read("The SDF took full control of Jurdi Kabir, a hamlet on the river.")
        #expect(seen == [Seen(kind: "captured", actor: "sdf", from: nil, place: "Jurdi Kabir", share: nil)])
    }

    @Test func passiveWithFromNamesTheLoser() {
        let seen = read("Two villages were recaptured from IS fighters, including Khirbil and Sarda.")
        #expect(seen.map(\.place) == ["5", "7"])
        #expect(seen.allSatisfy { $0.actor == nil && $0.from == "isis" })
    }

    @Test func partOfThePlaceJustNamedIsContested() {
        let seen = read("Islamic State attacked Palmyra on Friday, quickly overrunning several of its neighbourhoods.")
        #expect(seen.last == Seen(kind: "contested", actor: "isis", from: nil, place: "13", share: nil))
    }

    @Test func spellingVariantsInOneDocumentAreOnePlace() {
        // "خربل" and "خربيل" name one village: the second spelling is resolved through the first.
        let seen = read("سيطرت قسد على قرية خربيل. وقال المرصد إن قسد دخلت قرية خربل أمس.")
        #expect(seen.map(\.place) == ["5", "5"])
    }

    @Test func reporterIsTheActorOfItsOwnFightersGains() {
        let seen = read("أعلنت قسد أن مقاتليها سيطروا على قرية خربيل.")
        #expect(seen.first?.actor == "sdf")
    }

    @Test func halvesAndArabicStandingControl() {
        #expect(read("The Syrian army now controls half of Deir ez-Zor.").first?.share == 0.5)
        #expect(read("قالت مصادر إن مدينة الرقة الخاضعة لسيطرة قسد شهدت هدوءا.")
                == [Seen(kind: "holds", actor: "sdf", from: nil, place: "2", share: nil)])
    }

    @Test func withdrawalWithTheTakerNamed() {
        let seen = read("Kurdish forces withdrew from Bashiqa, with the Iraqi Federal Police now controlling the area.")
        #expect(seen.first == Seen(kind: "withdrew", actor: "iraqi-government", from: "peshmerga", place: "15", share: nil))
    }

    @Test func aWithdrawalFromAPlaceAnotherSideTookIsTheCapturesOtherHalf() {
        let seen = read("Iraqi forces took Bashiqa on Monday. Islamic State fighters withdrew from Bashiqa after the battle.")
        #expect(seen == [Seen(kind: "captured", actor: "iraqi-government", from: "isis", place: "15", share: nil)])
        // A pull-out from a place no side is said to have taken stays a withdrawal.
        #expect(read("Islamic State fighters withdrew from Bashiqa after the battle.").map(\.kind) == ["withdrew"])
    }

    @Test func aYearAfterInDatesTheEvent() {
        let a = Fixtures.analyzer.analyze(Document(title: "", text: "Rebel fighters took Khirbil in 2014 before losing it.", published: EventDate("2017-03-01")))
        #expect(a.events.first?.date?.description == "2014")
        #expect(a.events.first?.background == true)
    }

    @Test func aClaimDeniedLaterInTheSentenceIsNoEvent() {
        #expect(read("Islamic State said it had seized Mosul, which the Iraqi army denied.").isEmpty)
        #expect(read("قال تنظيم داعش إنه سيطر على الموصل، وهو ما نفاه الجيش العراقي.").isEmpty)
    }

    @Test func anArabicSubjunctiveIsNoReport() {
        #expect(read("من المتوقع أن تسيطر قوات النظام على خربيل قريبا.").isEmpty)
        #expect(read("تريد قوات النظام أن تستعيد خربيل قبل الشتاء.").isEmpty)
        // After أن and a subject, the imperfect reports.
        #expect(read("أكدت المصادر أن قوات النظام تسيطر على خربيل.").map(\.kind) == ["holds"])
    }

    @Test func whatOverlooksAPlaceIsNotThePlace() {
        #expect(read("Government forces retook the hills overlooking Khirbil.").isEmpty)
        #expect(read("سيطرت قوات النظام على التلال المطلة على خربيل.").isEmpty)
        #expect(read("سيطرت قوات النظام على تل خربيل المطل على الطريق.").map(\.kind) == ["captured"])
    }

    @Test func aModifierBeforeControlNamesTheHolder() {
        #expect(read("Khirbil is now under rebel control.").map { "\($0.kind) \($0.actor ?? "-")" } == ["holds rebels"])
        #expect(read("Mosul remains under Kurdish control.").map(\.kind) == ["holds"])
        // A modifier without "control" names nobody.
        #expect(read("Khirbil is now under rebel fire.").isEmpty)
    }

    @Test func anArabicHeadlineInThePresentReportsACapture() {
        let a = Fixtures.analyzer.analyze(Document(title: "قوات النظام تسيطر على قرية خربيل",
                                                   text: "وتسيطر قوات النظام على قرية سردة منذ عامين.", published: EventDate("2024-05-16")))
        #expect(a.events.map(\.kind) == [.captured, .holds])
    }

    @Test func theSubjectBetweenAVerbAndItsNounOrAPassiveAgent() {
        #expect(read("فرضت قوات النظام حصارا خانقا على خربيل.").map { "\($0.kind) \($0.actor ?? "-")" } == ["besieged syrian-government"])
        #expect(read("تم تحرير خربيل من قبل قوات النظام.").map { "\($0.kind) \($0.actor ?? "-")" } == ["captured syrian-government"])
    }

    @Test func aPronounObjectRefersToThePlacesTheSentenceJustNamed() {
        #expect(read("استعادت فصائل المعارضة بلدتي خربيل وسردة بعد ساعات من دخول قوات النظام إليها.")
                    .map { "\($0.kind) \($0.actor ?? "-") \($0.place)" }
                == ["recaptured rebels 5", "recaptured rebels 7", "captured syrian-government 5", "captured syrian-government 7"])
        #expect(read("قصفت الطائرات قرية خربيل ثم سيطرت قوات النظام عليها.").map(\.place) == ["5"])
        // Nothing named before the verb: the pronoun refers outside the sentence.
        #expect(read("سيطرت قوات النظام عليها بعد معارك.").isEmpty)
    }

    @Test func notYetTakenAndAReportingVerbAfterTheVerb() {
        #expect(read("Islamic State fighters are getting close to capturing Khirbil.").isEmpty)
        #expect(read("Government forces are on the verge of taking Khirbil.").isEmpty)
        #expect(read("باتت قوات النظام على وشك السيطرة على خربيل.").isEmpty)
        // "we feel relieved,” said X": a feeling, and the speaker is no place.
        #expect(read("“Finally we feel relieved,” said Abu Khirbil Sarda, a resident.").isEmpty)
    }

    @Test func aCityNamesWhereItsNeighbourhoodLies() {
        #expect(read("Government forces took the Deir ez-Zor neighbourhood of Khirbil on Monday.").map(\.place) == ["5"])
        #expect(read("Government forces took the Deir ez-Zor district of Sheikh Maqsoud on Monday.").isEmpty)
        #expect(read("Government forces took Deir ez-Zor on Monday.").map(\.place) == ["1"])
    }

    @Test func fightingInAPlaceBetweenNamedSidesContestsIt() {
        #expect(read("Clashes between Islamic State fighters and Iraqi troops in Bashiqa continued on Monday.")
                == [Seen(kind: "contested", actor: "isis", from: "iraqi-government", place: "15", share: nil)])
        #expect(read("وتدور اشتباكات بين قوات النظام وتنظيم داعش في قرية خربيل.").map { "\($0.kind) \($0.actor ?? "-")" }
                == ["contested syrian-government"])
        // Without a side named, or with the fighting only near the place, nothing.
        #expect(read("Clashes in Bashiqa continued on Monday.").isEmpty)
        #expect(read("Rebel fighters repelled an attack near Khirbil after fierce clashes in the area.").isEmpty)
    }

    @Test func aStateIsSaidOfTheNounARelativeClauseDescribes() {
        #expect(read("وكانت خربيل، التي تعد أكبر قرى دير الزور، تخضع لسيطرة فصائل المعارضة.")
                == [Seen(kind: "holds", actor: "rebels", from: nil, place: "5", share: nil)])
        #expect(read("Khirbil, which is the largest village of Deir ez-Zor, is under the control of rebel fighters.").map(\.place) == ["5"])
        // A share in digits before the place makes the state partial.
        #expect(read("أكثر من 60% من دير الزور يخضع لسيطرة تنظيم الدولة.")
                == [Seen(kind: "contested", actor: "isis", from: nil, place: "1", share: 0.6)])
    }

    @Test func partialControlTakenContestsThePlace() {
        #expect(read("Islamic State fighters gained partial control of Mosul in recent days.").map(\.kind) == ["contested"])
    }

    @Test func anAdjectiveAfterAListItemDoesNotEndTheList() {
        #expect(read("سيطرت قوات النظام على خربيل الاستراتيجية وسردة بعد معارك.").map(\.place) == ["5", "7"])
    }

    @Test func explicitDatesAndBackground() {
        let a = Fixtures.analyzer.analyze(Document(title: "", text: "Islamic State had seized Palmyra on 20/5/2015.", published: EventDate("2016-03-27")))
        #expect(a.events.first?.date?.description == "2015-05-20")
        #expect(a.events.first?.background == true)
        let ar = Fixtures.analyzer.analyze(Document(title: "", text: "وكان تنظيم داعش قد سيطر على مدينة تدمر في أيار 2015.", published: EventDate("2016-03-27")))
        #expect(ar.events.first?.date?.description == "2015-05")
        #expect(ar.events.first?.background == true)
    }

    // MARK: what must not become an event

    @Test func questionsAreNotEvents() {
        #expect(read("Has the Syrian army captured Palmyra?").isEmpty)
        #expect(read("هل سيطر الجيش السوري على مدينة تدمر؟").isEmpty)
    }

    @Test func reassurancesWithADenialAreNotEvents() {
        #expect(read("أكد الجيش السوري أنه يحكم سيطرته على مدينة تدمر، نافيا شائعات عن سقوطها.").isEmpty)
    }

    @Test func standingControlNeedsItsHolderNamed() {
        #expect(read("Barzani spoke at a conference held on Palmyra's outskirts.").isEmpty)
    }

    @Test func attemptsAreNotEvents() {
        #expect(read("Syrian forces are trying to besiege Raqqa.").isEmpty)
        #expect(read("تحاول قوات النظام فرض حصار على مدينة الرقة.").isEmpty)
    }

    @Test func negationsAreNotEvents() {
        #expect(read("Government troops have not entered Palmyra.").isEmpty)
        #expect(read("لم تدخل قوات النظام مدينة تدمر.").isEmpty)
    }

    @Test func deniedClaimsAreNotEvents() {
        #expect(read("The SDF denied that Islamic State had recaptured Raqqa.").isEmpty)
        #expect(read("نفت قسد أن يكون داعش قد سيطر على الرقة.").isEmpty)
    }

    @Test func repelledAttacksAreNotEvents() {
        #expect(read("Iraqi troops repelled an attack by Islamic State on Bashiqa.").isEmpty)
        #expect(read("صدت القوات العراقية هجوما لداعش على بعشيقة.").isEmpty)
    }

    @Test func threatsPlansAndConditionalsAreNotEvents() {
        #expect(read("Turkey threatened to capture al-Bab.").isEmpty)
        #expect(read("Rebels will take al-Bab within days.").isEmpty)
        #expect(read("If the army takes Palmyra, the road opens.").isEmpty)
    }

    @Test func datelinesAndAttributionsAreNotEventPlaces() {
        let seen = read("DAMASCUS (Reuters) - Syrian troops captured Palmyra, the London-based monitor said.")
        #expect(seen.map(\.place) == ["13"])
        #expect(read("دمشق - سيطر الجيش السوري على تدمر بحسب المرصد ومقره لندن.").map(\.place) == ["13"])
    }

    @Test func originsOfAMovementAreNotTaken() {
        #expect(read("Syrian troops advanced from Palmyra toward Deir ez-Zor.").isEmpty)
    }

    @Test func pronounObjectsAreNotResolvedToTheNextPlace() {
        #expect(read("المناطق التي يسيطر عليها داعش في مدينة الرقة").isEmpty)
    }

    @Test func commonWordsInArabicAreNotPlacesEvenNearPredicates() {
        // "على الأرض" (on the ground) must not become a village called "Ard".
        #expect(read("قال المرصد الذي يعتمد على شبكة ناشطين على الأرض").isEmpty)
    }
}
