import XCTest
@testable import VraagbaakKit

final class WordScannerTests: XCTestCase {
    private func words(_ text: String) -> [String] {
        var text = text
        var result: [String] = []
        text.withUTF8 { bytes in
            WordScanner.forEachWord(in: bytes) { range in
                result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
                return true
            }
        }
        return result
    }

    func testSplitsOnPunctuationAndHyphens() {
        XCTAssertEqual(words("MDMA-sessie, (3,4-methyleen) GABA_A!"), ["MDMA", "sessie", "3", "4", "methyleen", "GABA", "A"])
    }

    func testApostropheSIsDroppedAfterAWord() {
        XCTAssertEqual(words("benzo's en MDMA’s"), ["benzo", "en", "MDMA"])
        XCTAssertEqual(words("'s avonds"), ["s", "avonds"])
        XCTAssertEqual(words("auto'sje"), ["auto", "sje"])
    }

    func testKeepsAccentedLettersAndCombiningMarks() {
        XCTAssertEqual(words("géén geïnteresseerd vóór"), ["géén", "geïnteresseerd", "vóór"])
        XCTAssertEqual(words("cafe\u{301} 😀 ok"), ["cafe\u{301}", "ok"])
    }

    func testOffsetsPointIntoTheOriginalBytes() {
        let text = "Één pil"
        var ranges: [Range<Int>] = []
        var copy = text
        copy.withUTF8 { bytes in
            WordScanner.forEachWord(in: bytes) { ranges.append($0); return true }
        }
        XCTAssertEqual(ranges, [0..<5, 6..<9])
    }

    func testSkipsOverlongWordsAndSurvivesMalformedUTF8() {
        XCTAssertEqual(words(String(repeating: "a", count: 100) + " kort"), ["kort"])
        let bytes: [UInt8] = [0x61, 0xFF, 0xC3, 0x62, 0xE2, 0x80]
        var result: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { WordScanner.forEachWord(in: $0) { result.append($0); return true } }
        XCTAssertEqual(result, [0..<1, 3..<4])
    }

    func testEmptyAndSeparatorOnlyText() {
        XCTAssertEqual(words(""), [])
        XCTAssertEqual(words(" \n\t!?…"), [])
    }
}

final class TermNormalizerTests: XCTestCase {
    func testLowercasesAndComposes() {
        XCTAssertEqual(TermNormalizer.normalize("CLONAZEPAM"), "clonazepam")
        XCTAssertEqual(TermNormalizer.normalize("GE\u{0308}E\u{0301}N"), "gëén")
    }

    func testFoldsDiacritics() {
        XCTAssertEqual(TermNormalizer.foldDiacritics("geïnteresseerd"), "geinteresseerd")
        XCTAssertEqual(TermNormalizer.foldDiacritics("vóór"), "voor")
        XCTAssertEqual(TermNormalizer.foldDiacritics("plain"), "plain")
    }
}

final class DutchAnalyzerTests: XCTestCase {
    func testTermsAreFoldedStems() {
        let analyzer = DutchAnalyzer()
        let stemmer = DutchStemmer()
        let tokens = analyzer.analyze("Paniekaanvallen en Géén benzo's")
        XCTAssertEqual(tokens.map(\.token), ["Paniekaanvallen", "en", "Géén", "benzo"])
        XCTAssertEqual(tokens.map(\.normalized), ["paniekaanvallen", "en", "géén", "benzo"])
        XCTAssertEqual(tokens[0].term, stemmer.stem("paniekaanvallen"))
        XCTAssertEqual(tokens[2].term, TermNormalizer.foldDiacritics(stemmer.stem("géén")))
        XCTAssertEqual(tokens.map(\.position), [0, 1, 2, 3])
    }

    func testInflectionsShareATerm() {
        let analyzer = DutchAnalyzer()
        let terms = ["aanval", "aanvallen"].map { analyzer.analyze($0)[0].term }
        XCTAssertEqual(terms[0], terms[1])
    }

    /// "'s nachts" (or "snachts") speaks of the night, "'s ochtends" of the morning.
    func testTimesOfDayInTheGenitiveShareTheirNounsTerm() {
        let analyzer = DutchAnalyzer()
        func term(_ word: String) -> String { analyzer.analyze(word).last!.term }
        XCTAssertEqual(term("'s nachts"), term("nacht"))
        XCTAssertEqual(term("snachts"), term("nacht"))
        XCTAssertEqual(term("'s Ochtends"), term("ochtend"))
        XCTAssertEqual(term("avonds"), term("avond"))
    }

    func testALoneCombiningMarkIsNoWord() {
        XCTAssertEqual(DutchAnalyzer().analyze("\u{07EC} clonazepam").map(\.normalized), ["clonazepam"])
    }

    func testNumbersAreNotStemmed() {
        XCTAssertEqual(DutchAnalyzer().analyze("112 en 0800")[0].term, "112")
    }

    func testCacheLimitDoesNotChangeResults() {
        let small = DutchAnalyzer(cacheLimit: 2)
        let large = DutchAnalyzer()
        let text = "de kans op bijwerkingen of verwarring vergroten bijwerkingen kans"
        XCTAssertEqual(small.analyze(text), large.analyze(text))
    }
}

final class QuestionAnalysisTests: XCTestCase {
    func testDropsStopWordsAndRepeats() {
        let question = QuestionAnalysis("Kan je Clonazepam combineren met MDMA? En clonazepam?", analyzer: DutchAnalyzer())
        XCTAssertEqual(question.contentWords, ["clonazepam", "combineren", "mdma"])
        XCTAssertEqual(question.terms.count, 3)
    }

    func testQueryOfOnlyStopWordsIsEmpty() {
        XCTAssertNil(QuestionAnalysis("wat is het?", analyzer: DutchAnalyzer()).ftsQuery.matchExpression)
    }
}

final class FTSQueryTests: XCTestCase {
    func testMarksEachTermRawAndGroupsAlternatives() {
        XCTAssertEqual(FTSQuery(terms: ["clonazepam", "mdma"]).matchExpression, "\"\u{1}clonazepam\" OR \"\u{1}mdma\"")
        XCTAssertEqual(FTSQuery(groups: [[.phrase(["rivotril"]), .phrase(["clonazepam"])], [.allOf(["ademhal", "depressie"])]]).matchExpression,
                       "(\"\u{1}rivotril\" OR \"\u{1}clonazepam\") OR (\"\u{1}ademhal\" AND \"\u{1}depressie\")")
        XCTAssertEqual(FTSQuery(groups: [[.phrase(["bad", "trip"])]]).matchExpression, "\"\u{1}bad trip\"")
    }

    func testRejectsAnythingThatIsNotATerm() {
        let query = FTSQuery(terms: ["a\"b", "NEAR(", "body:x", "*", "", "ok"])
        XCTAssertEqual(query.matchExpression, "\"\u{1}ok\"")
        XCTAssertNil(FTSQuery(terms: ["\"", "^"]).matchExpression)
    }

    func testDropsRepeatedAlternatives() {
        XCTAssertEqual(FTSQuery(groups: [[.phrase(["a"]), .phrase(["a"])]]).groups, [[.phrase(["a"])]])
    }
}

final class GeneralDutchTests: XCTestCase {
    func testFindsEveryWordOfTheTableWithItsFrequency() {
        let lines = GeneralDutch.table.split(separator: "\n")
        XCTAssertGreaterThan(lines.count, 20_000)
        for line in lines {
            let columns = line.split(separator: "\t")
            XCTAssertEqual(GeneralDutch.zipf(of: String(columns[0])), Double(columns[1])! / 10, String(line))
        }
    }

    func testCommonWordsRankAboveRareOnesAndUnlistedWordsHaveNone() throws {
        let helpt = try XCTUnwrap(GeneralDutch.zipf(of: "helpt"))
        let router = try XCTUnwrap(GeneralDutch.zipf(of: "router"))
        XCTAssertGreaterThan(helpt, router)
        XCTAssertGreaterThan(try XCTUnwrap(GeneralDutch.zipf(of: "de")), helpt)
        for word in ["", "smelttabletjes", "zzzzzz", "aaa\t", "Helpt"] {
            XCTAssertNil(GeneralDutch.zipf(of: word), word)
        }
    }
}
