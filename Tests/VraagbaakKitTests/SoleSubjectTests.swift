import XCTest
@testable import VraagbaakKit

/// Questions about one thing only ("Wat is valeriaan?") over a forum thread on a combination and
/// an article that defines the thing.
final class SoleSubjectTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var answerer: Answerer!

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder()
        try folder.writeValerianThread(replies: [
            "Valeriaan en melatonine samen geeft bij sommigen een zware slaap. Over valeriaan met melatonine "
                + "is weinig onderzoek; valeriaan alleen is beter bekeken. Neem valeriaan niet met melatonine als je moet rijden.",
        ])
        try folder.write("""
            Kruiden in de apotheek

            Valeriaan groeit in heel Europa langs sloten. Valeriaan is een plant waarvan de wortel als slaapmiddel wordt gebruikt.
            """, to: "kennis/kruiden.txt")
        answerer = try folder.indexedAnswerer()
    }

    func testAQuestionAboutOneThingHasItAsSoleSubject() throws {
        let plan = try answerer.rank(answerer.understand("Wat is valeriaan?")).plan
        XCTAssertEqual(plan.soleSubject?.concept.label, "valeriaan")
        XCTAssertTrue(plan.definesSubject(opening: ["valeriaan", "is", "een"]))
        XCTAssertFalse(plan.definesSubject(opening: ["lindebloesem", "is", "een"]))
        XCTAssertFalse(plan.definesSubject(opening: ["valeriaan", "en", "melatonin"]))
        XCTAssertNil(try answerer.rank(answerer.understand("kan je valeriaan combineren met melatonine?")).plan.soleSubject)
    }

    func testTheDefiningSentenceIsQuotedAndItsPassageMarked() throws {
        let answer = try answerer.answer("Wat is valeriaan?")
        XCTAssertTrue(answer.quotes.contains { $0.text.hasPrefix("Valeriaan is een plant") },
                      "the quote opens with the sentence that defines, not the one before it: \(answer.quotes.map(\.text))")
        let definitions = answer.ranking.filter { $0.features.definition == 1 }.map(\.passage.source)
        XCTAssertEqual(definitions, ["kruiden.txt"])
    }

    func testWhatStandsInBracketsAfterTheNameStillDefines() throws {
        let folder = try makeTemporaryFolder()
        try folder.write("Kruiden\n\nValeriaan (Valeriana officinalis, echte valeriaan) is een plant uit Europa.\n", to: "kennis/kruiden.txt")
        let answer = try folder.indexedAnswerer().answer("Wat is valeriaan?")
        XCTAssertEqual(answer.ranking.first?.features.definition, 1, "as 'Valeriaan is een plant …' does")
    }

    func testWhatSomethingIsIsAnsweredByItsDefinitionFirst() throws {
        // The thread names valeriaan more often and in its title; the article defines it.
        let answer = try answerer.answer("Wat is valeriaan?")
        XCTAssertEqual(answer.quotes.first?.source, "kruiden.txt", "\(answer.quotes.map(\.text))")
        XCTAssertTrue(answer.quotes.first?.text.hasPrefix("Valeriaan is een plant") == true)
        // A question on the same thing that does not ask what it is keeps the ranking's order.
        let plain = try answerer.answer("valeriaan?")
        let quoted = plain.ranking.filter { !$0.passage.isOpeningPost }.prefix(plain.quotes.count).map(\.passage.source)
        XCTAssertEqual(plain.quotes.map(\.source), quoted)
    }

    func testForAQuestionOnOneThingAHeadingOnThatThingAloneFitsBest() throws {
        let ranked = try answerer.rank(answerer.understand("Wat is valeriaan?")).ranked
        let heading = { (source: String) in ranked.first { $0.passage.source == source }!.features.headingCoverage }
        XCTAssertEqual(heading("kruiden.txt"), 0, "'Kruiden in de apotheek' does not name it")
        XCTAssertEqual(heading("forum/valeriaan.md"), 0.4, accuracy: 0.001,
                       "'Valeriaan met melatonine — Antwoord 1' says all of the question, but the question asks one of its four words: F1(1, 1/4)")
        let both = try answerer.rank(answerer.understand("kan je valeriaan combineren met melatonine?"))
        let named = Set(["valeriaan", "melatonine"].map { DutchAnalyzer().term(ofNormalized: $0) })
        XCTAssertEqual(both.ranked.first { $0.passage.source == "forum/valeriaan.md" }!.features.headingCoverage,
                       both.plan.coverage(of: named), accuracy: 0.001, "questions on more than one thing keep plain coverage")
    }

    func testAThreadOnACombinationHalfAnswersAQuestionOnOneOfItsParts() throws {
        let one = try answerer.rank(answerer.understand("Wat is valeriaan?")).ranked
        let both = try answerer.rank(answerer.understand("Kan je valeriaan combineren met melatonine?")).ranked
        let reply = { (ranked: [RankedPassage]) in ranked.first { $0.passage.section == "Antwoord 1" }!.features.threadQuestion }
        XCTAssertEqual(reply(both), 1, accuracy: 0.001)
        XCTAssertLessThan(reply(one), 0.7, "the thread asks about valeriaan and melatonine together")
    }
}
