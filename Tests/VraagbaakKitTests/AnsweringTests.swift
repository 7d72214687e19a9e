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

final class EmergencyDetectorTests: XCTestCase {
    private func signal(_ question: String) -> EmergencyDetector.Signal? {
        EmergencyDetector().signal(in: QuestionAnalysis(question, analyzer: DutchAnalyzer()))
    }

    func testRecognisesDanger() {
        XCTAssertEqual(signal("ik heb te veel pillen genomen en voel me heel slecht"), .overdose)
        XCTAssertEqual(signal("mijn vriendin is flauwgevallen na een pil en ademt raar"), .unresponsive)
        XCTAssertEqual(signal("Hij ademt nauwelijks nog"), .breathing)
        XCTAssertEqual(signal("ik denk aan zelfmoord"), .suicidal)
        XCTAssertEqual(signal("Ik wil niet meer leven"), .suicidal)
        XCTAssertEqual(signal("ze reageert nergens meer op"), .unresponsive)
        XCTAssertEqual(signal("hij heeft een epileptische aanval na xtc"), .unresponsive)
        XCTAssertEqual(signal("vriend is blauw aangelopen"), .breathing)
        XCTAssertEqual(signal("ik heb 10 pillen clonazepam geslikt"), .overdose)
        XCTAssertEqual(signal("ze heeft de hele strip genomen"), .overdose)
    }

    func testOrdinaryQuestionsAreNoEmergency() {
        XCTAssertNil(signal("kan je clonazepam combineren met MDMA?"))
        XCTAssertNil(signal("wat is de halfwaardetijd van mdma"))
        XCTAssertNil(signal("is ademhalingsdepressie een risico van benzo's"))
        XCTAssertNil(signal("ik heb 2 pillen clonazepam genomen, mag ik nu autorijden?"))
        XCTAssertNil(signal("ik heb 10 pillen in huis"))
    }

    func testTheWordsOfASuicidalThoughtAreNoSubjectToQuoteOn() throws {
        let understanding = QuestionUnderstanding(lexicon: .builtIn)
        let alone = understanding.understand("ik wil dood")
        XCTAssertEqual(alone.emergency, .suicidal)
        XCTAssertTrue(alone.concepts.isEmpty, "\(alone.concepts.map(\.label))")
        let asking = understanding.understand("ik denk aan zelfmoord, kan ik beter stoppen met clonazepam?")
        XCTAssertEqual(asking.emergency, .suicidal)
        XCTAssertTrue(asking.concepts.contains { $0.label == "clonazepam" })
        XCTAssertFalse(asking.concepts.contains { $0.label.hasPrefix("zelfmoord") }, "\(asking.concepts.map(\.label))")
    }
}
