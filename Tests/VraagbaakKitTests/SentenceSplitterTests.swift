import XCTest
@testable import VraagbaakKit

final class SentenceSplitterTests: XCTestCase {
    private func sentences(_ text: String) -> [String] {
        SentenceSplitter.sentences(in: text).map { String(text[$0]) }
    }

    func testSplitsAtSentenceEnds() {
        XCTAssertEqual(sentences("Het werkt snel. Na inname begint het! Hoe lang? 20 minuten."),
                       ["Het werkt snel.", "Na inname begint het!", "Hoe lang?", "20 minuten."])
    }

    func testKeepsAbbreviationsInitialsAndDecimals() {
        XCTAssertEqual(sentences("Zie bijv. de bijsluiter. Volgens J. Smith et al. werkt het. Neem 0.5 mg."),
                       ["Zie bijv. de bijsluiter.", "Volgens J. Smith et al. werkt het.", "Neem 0.5 mg."])
    }

    func testLineBreaksEndSentencesUnlessHardWrapped() {
        XCTAssertEqual(sentences(" • Eerste punt\n • Tweede punt.\nDit is een zin die\ndoorloopt."),
                       ["• Eerste punt", "• Tweede punt.", "Dit is een zin die\ndoorloopt."])
    }

    func testANumberedItemsNumberOpensItsSentence() {
        XCTAssertEqual(sentences("Waar vind je hulp?\n\n  1. Je huisarts.\n  2. De Drugs Infolijn. Ook via chat.\nOp 3. Mei open."),
                       ["Waar vind je hulp?", "1. Je huisarts.", "2. De Drugs Infolijn.", "Ook via chat.", "Op 3.", "Mei open."])
    }

    /// The rules the chunker cut long paragraphs by, before it used this splitter, on UTF-8 bytes.
    func testEllipsisQuotesAbbreviationsAndListNumbersOnBytes() {
        func split(_ text: String) -> [String] {
            let bytes = Array(text.utf8)
            return SentenceSplitter.sentences(in: bytes, 0..<bytes.count).map { String(decoding: bytes[$0], as: UTF8.self) }
        }
        XCTAssertEqual(split("Eén. Twee! Drie? “Vier.” Vijf… Zes"), ["Eén.", "Twee!", "Drie?", "“Vier.”", "Vijf…", "Zes"])
        XCTAssertEqual(split("Zie o.a. de bijsluiter. Neem bijv. water. Johnson et al. pleit ervoor."),
                       ["Zie o.a. de bijsluiter.", "Neem bijv. water.", "Johnson et al. pleit ervoor."])
        XCTAssertEqual(split("Het is 3.5 mg. kleine letter volgt. Dan 12. Daarna."), ["Het is 3.5 mg. kleine letter volgt.", "Dan 12.", "Daarna."])
        XCTAssertEqual(split("Lijst:\n1. Een\n2. Twee"), ["Lijst:", "1. Een", "2. Twee"])
        XCTAssertEqual(split("Echt?! Ja.\r\nEen regel die\r\ndoorloopt."), ["Echt?!", "Ja.", "Een regel die\r\ndoorloopt."])
    }

    func testRangesAreVerbatimAndTrimmed() {
        let text = "  Eén.  Twee.\n\n"
        for range in SentenceSplitter.sentences(in: text) {
            XCTAssertFalse(text[range].first!.isWhitespace)
            XCTAssertFalse(text[range].last!.isWhitespace)
        }
        XCTAssertEqual(sentences(""), [])
        XCTAssertEqual(sentences("   \n "), [])
    }
}
