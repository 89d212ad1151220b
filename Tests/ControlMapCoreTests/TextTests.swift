import Foundation
@testable import ControlMapCore
import Testing

@Suite struct MatchKeyTests {
    @Test func foldsArabicLetterForms() {
        #expect(MatchKey.fold("أإآٱ") == "اااا")
        #expect(MatchKey.fold("مدينة") == "مدينه")
        #expect(MatchKey.fold("مستشفى") == "مستشفي")
        #expect(MatchKey.fold("مؤتة") == "موته")
        #expect(MatchKey.fold("رئيس") == "رييس")
    }

    @Test func stripsHarakatTatweelAndBidiMarks() {
        #expect(MatchKey.fold("دَيْرُ") == "دير")
        #expect(MatchKey.fold("الرقـــة") == "الرقه")
        #expect(MatchKey.fold("\u{200F}حلب\u{200E}") == "حلب")
    }

    @Test func mapsArabicIndicAndPersianDigits() {
        #expect(MatchKey.fold("٦٤") == "64")
        #expect(MatchKey.fold("۱۳۷") == "137")
    }

    @Test func foldsLatinCaseAndDiacritics() {
        #expect(MatchKey.fold("Ma‘arrat") == "maarrat")
        #expect(MatchKey.fold("Bughaylīyah") == "bughayliyah")
        #expect(MatchKey.fold("ŞĒXMEQSÛD") == "sexmeqsud")
    }
}

@Suite struct ArabicCliticTests {
    @Test func peelsConjunctionsPrepositionsAndArticle() {
        #expect(ArabicClitics.readings(MatchKey.fold("والرقة")).contains("رقه"))
        #expect(ArabicClitics.readings(MatchKey.fold("بالرقة")).contains("رقه"))
        #expect(ArabicClitics.readings(MatchKey.fold("للرقة")).contains("رقه"))
        #expect(ArabicClitics.readings(MatchKey.fold("وبالرقة")).contains("رقه"))
    }

    @Test func tellsAWordWrittenWithTheArticleAfterItsClitics() {
        for word in ["الهيئة", "والهيئة", "بالهيئة", "للهيئة", "وبالهيئة", "فالهيئة"] {
            #expect(ArabicClitics.isDefinite(MatchKey.fold(word)), "\(word)")
        }
        for word in ["هيئة", "وهيئة", "بهيئة", "لهيئة"] {
            #expect(!ArabicClitics.isDefinite(MatchKey.fold(word)), "\(word)")
        }
    }

    @Test func keepsTheWordItselfFirst() {
        // "بغيلية" begins with ب but is a name: the unpeeled reading comes first.
        #expect(ArabicClitics.readings("بغيليه").first == "بغيليه")
        #expect(ArabicClitics.dropArticle("الرقه") == "رقه")
        #expect(ArabicClitics.dropArticle("ال") == "ال")
    }
}

@Suite struct TokenizerTests {
    @Test func splitsHyphensKeepsApostrophesAndDecimals() {
        let t = AnalyzedText("al-Bab's 64.5% and Ma'arrat 1,000")
        let keys = t.tokens.map(\.key)
        #expect(keys == ["al", "-", "bab", "64.5", "%", "and", "maarrat", "1000"])
        #expect(t.tokens[3].kind == .number)
    }

    @Test func anInitialismWithPeriodsIsOneWord() {
        let t = AnalyzedText("U.S.-backed fighters and U.N. staff, not A. Smith or U.Sa")
        #expect(t.tokens.map(\.key) == ["us", "-", "backed", "fighters", "and", "un", "staff", ",", "not", "a", ".", "smith", "or", "u", ".", "sa"])
        #expect(t.text(t.tokens[0].start, t.tokens[0].end) == "U.S." && t.tokens[0].isCapitalized)
    }

    @Test func offsetsAreUnicodeScalarsOfTheNFCText() {
        let t = AnalyzedText("في الرقة")
        #expect(t.tokens.count == 2)
        #expect(t.text(t.tokens[1].start, t.tokens[1].end) == "الرقة")
        #expect(t.tokens[1].isArabic)
    }
}

@Suite struct SentenceSplitterTests {
    @Test func splitsOnStopsQuestionMarksAndLineBreaks() {
        let t = AnalyzedText("The army advanced. Did it win? نعم؟ لا\nNew line")
        #expect(t.sentences.count == 5)
    }

    @Test func doesNotSplitInitialsAbbreviationsOrLowerCaseContinuations() {
        let t = AnalyzedText("U.S.-backed forces under Gen. Smith took the town. It held.")
        #expect(t.sentences.count == 2)
        #expect(t.sentenceText(0) == "U.S.-backed forces under Gen. Smith took the town.")
    }
}

@Suite struct EventDateTests {
    @Test func parsesEachPrecision() {
        #expect(EventDate("2017-09-14")?.precision == .day)
        #expect(EventDate("2017-09")?.precision == .month)
        #expect(EventDate("2017")?.precision == .year)
        #expect(EventDate("2017-13-01") == nil)
        #expect(EventDate("yesterday") == nil)
        #expect(EventDate("2017-09-14T10:00:00Z")?.description == "2017-09-14")
        // A day the calendar lacks, a year 0, and the short forms that the split reads.
        #expect(EventDate("2017-02-30") == nil)
        #expect(EventDate("2016-02-29")?.description == "2016-02-29")
        #expect(EventDate("0000-01-01") == nil)
        #expect(EventDate("2017-9-14")?.description == "2017-09-14")
        #expect(EventDate("2017-09-1")?.description == "2017-09-01")
    }

    @Test func computesWeekdaysAndOffsets() {
        let d = EventDate("2017-09-14")!
        #expect(d.weekday == 4)  // a Thursday
        #expect(d.adding(days: -14).description == "2017-08-31")
        #expect(EventDate("2024-03-01")!.adding(days: -1).description == "2024-02-29")
    }

    @Test func ordersByFirstDayThenPrecision() {
        #expect(EventDate("2017-09")! < EventDate("2017-09-02")!)
        #expect(EventDate("2017")! < EventDate("2017-01-01")!)
        #expect(EventDate("2016-12-31")! < EventDate("2017")!)
    }
}

@Suite struct SHA256Tests {
    @Test func matchesStandardVectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}

@Suite struct JSONValueTests {
    @Test func serializesDeterministicallyWithSixDecimals() {
        let v = JSONValue.object([("b", .number(40.1408412345)), ("a", .array([.null, .bool(true), .number(3)])), ("s", .string("قال \"x\"\n"))])
        #expect(v.serialized() == #"{"b":40.140841,"a":[null,true,3],"s":"قال \"x\"\n"}"#)
        #expect(JSONValue.format(0.36) == "0.36")
        #expect(JSONValue.format(-0.000_000_1) == "0")
    }

    @Test func hugeNumbersSerializeAsValidJSON() {
        for d in [1e20, -1e20, 9.3e18, 1.5e15, 123_456_789_012.5, Double.greatestFiniteMagnitude] {
            let text = JSONValue.array([.number(d)]).serialized()
            guard let back = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [Any], let n = back.first as? Double else {
                Issue.record("\(d) gave \(text)")
                continue
            }
            #expect(abs(n - d) <= abs(d) * 1e-12, "\(d) gave \(text)")
        }
        #expect(JSONValue.format(.infinity) == "null")
    }
}

@Suite struct LongTextTests {
    @Test func textsWithoutStopsAreCutIntoBoundedSentences() {
        let t = AnalyzedText(String(repeating: "The SDF captured Raqqa and ", count: 2_000))
        #expect(t.sentences.allSatisfy { $0.count <= SentenceSplitter.maxTokens })
        #expect(t.sentences.count >= 25)
    }
}

@Suite struct PhraseIndexTests {
    @Test func theLongestPhraseMatchesWhateverTheOrderOfAdding() {
        var index = PhraseIndex<Int>()
        index.add("fighting", value: 1)
        index.add("fighting raged between", value: 3)
        index.add("fighting raged", value: 2)
        index.add("fighting in", value: 4)
        for (phrase, value) in [("fighting", 1), ("fighting raged", 2), ("fighting raged between", 3), ("fighting in", 4)] {
            #expect(index.exactValue(phrase) == value)
        }
        #expect(index.exactValue("fighting between") == nil)
        let stream = TokenStream(AnalyzedText("heavy fighting raged between them"))
        #expect(index.match(in: stream, at: 1)?.value == 3)
        #expect(index.match(in: stream, at: 1).map { $0.end - $0.start } == 3)
        #expect(index.keySequences.count == 4)
    }
}
