import XCTest
@testable import VraagbaakKit

/// Questions that ask for a time or an amount, and the sentences that give one.
final class AnswerTypeTests: XCTestCase {
    private let analyzer = DutchAnalyzer()

    private func asked(_ question: String) -> AnswerType? {
        AnswerType.asked(by: analyzer.analyze(question))
    }

    private func given(_ sentence: String) -> Set<AnswerType> {
        AnswerType.given(by: analyzer.analyze(sentence), in: Substring(sentence))
    }

    func testQuestionWordsSayWhatKindOfAnswerIsAsked() {
        XCTAssertEqual(asked("hoe lang blijft clonazepam in je lichaam?"), .time)
        XCTAssertEqual(asked("Hoe snel werkt rivotril"), .time)
        XCTAssertEqual(asked("na hoeveel dagen mag ik weer xtc"), .time)
        XCTAssertEqual(asked("wanneer begint het te werken"), .time)
        XCTAssertEqual(asked("hoeveel mg clonazepam is te veel"), .amount)
        XCTAssertEqual(asked("welke dosis is veilig"), .amount)
        XCTAssertNil(asked("kan je clonazepam combineren met MDMA?"))
        XCTAssertNil(asked("wat is clonazepam"))
        XCTAssertNil(asked("wat gebeurt er wanneer je stopt met rivotril"), "inside a question \"wanneer\" is \"if\"")
        XCTAssertEqual(asked("wat kost een strip valium?"), .price)
        XCTAssertEqual(asked("hoeveel kosten die pillen op straat"), .price)
        XCTAssertEqual(asked("wat is de prijs van een gram speed"), .price)
    }

    func testASentenceGivesATimeOrAnAmountByANumberAndItsUnit() {
        XCTAssertEqual(given("Het heeft een lange halfwaardetijd (ongeveer 30–40 uur)."), [.time])
        XCTAssertEqual(given("ongeveer 6 tot 10 dagen na de laatste dosis"), [.time])
        XCTAssertEqual(given("Na inname begint de werking na enkele uren."), [.time])
        XCTAssertEqual(given("Begin met 0,5 mg per dag."), [.amount], "a rate, \"per dag\", is no time")
        XCTAssertEqual(given("Neem twee tabletten."), [.amount])
        XCTAssertEqual(given("Een tablet van 2mg."), [.amount])
        XCTAssertEqual(given("Door de lange halfwaardetijd kan het effect lang aanhouden."), [])
        XCTAssertEqual(given("Het werkt pas na een week of vier tot zes."), [.time], "a time as Dutch rounds one")
        XCTAssertEqual(given("Na een uur of 2 was het over."), [.time])
        XCTAssertEqual(given("Een dag of een week zonder klachten."), [], "'of' between two units is no number")
        XCTAssertEqual(given("In 2022 werd een dag later gemeld dat …"), [], "a year two words before 'dag' is no time")
        XCTAssertEqual(given("Enkele tabletten."), [], "a vague number is no amount")
        XCTAssertEqual(given("Een doosje kost ongeveer 12 euro."), [.price])
        XCTAssertEqual(given("Een doosje kost € 12,50."), [.price], "the euro sign is no token")
        XCTAssertEqual(given("Het kost je je gezondheid."), [])
    }

    func testAQuestionForATimeIsAnsweredByTheSentenceThatGivesIt() throws {
        let folder = try makeTemporaryFolder()
        try folder.write("""
            # Slaapmiddel

            Door de lange halfwaardetijd van zolpidem kan het effect van zolpidem lang aanhouden.

            Zolpidem wordt na inname snel opgenomen.

            Zolpidem heeft een halfwaardetijd van ongeveer 2 uur.
            """, to: "kennis/zolpidem.md")
        let answer = try folder.indexedAnswerer().answer("hoe lang blijft zolpidem in je lichaam?")
        XCTAssertEqual(answer.ranking.first?.features.answerType, 1)
        XCTAssertTrue(answer.quotes.first?.text.hasPrefix("Zolpidem heeft een halfwaardetijd van ongeveer 2 uur") == true,
                      "\(answer.quotes.map(\.text))")
    }

    func testATimeSaidOfAnotherSubstanceDoesNotAnswer() throws {
        let folder = try makeTemporaryFolder()
        try folder.write("# Twee middelen\n\nZolpidem heeft een korte halfwaardetijd en werkt niet zo lang als diazepam. "
                         + "Diazepam blijft ongeveer 40 uur in het lichaam. Zolpidem wordt snel afgebroken.\n", to: "kennis/slaapmiddelen.md")
        let answer = try folder.indexedAnswerer().answer("hoe lang blijft zolpidem in je lichaam?")
        let passage = try XCTUnwrap(answer.ranking.first)
        let plan = try XCTUnwrap(answer.plan)
        XCTAssertEqual(passage.analysis.sentenceGivesAnswer, [false, true, false], "only the diazepam sentence gives a time")
        XCTAssertFalse(passage.analysis.givesAnswer(1, for: plan), "but of diazepam, and the heading does not name zolpidem")
        XCTAssertEqual(passage.features.answerType, 0)
        XCTAssertFalse(answer.quotes.first?.text.hasPrefix("Diazepam blijft") ?? true, "\(answer.quotes.map(\.text))")
    }

    /// `question` is not answered over a page on melatonine whose body says `without` (with
    /// `verdict`), and is over one that says `with`.
    private func assertAnsweredOnlyBy(_ with: String, not without: String, question: String, verdict: Answer.Verdict) throws {
        func answer(over text: String) throws -> Answer {
            let folder = try makeTemporaryFolder()
            try folder.write("# Melatonine\n\n" + text + "\n", to: "kennis/melatonine.md")
            return try folder.indexedAnswerer().answer(question)
        }
        let unanswered = try answer(over: without)
        XCTAssertFalse(unanswered.answered, "\(unanswered.quotes.map(\.text))")
        XCTAssertEqual(unanswered.verdict, verdict)
        let answered = try answer(over: with)
        XCTAssertTrue(answered.quotes.first?.text.contains(with) == true, "\(answered.quotes.map(\.text))")
    }

    /// "hoeveel mg …" is answered by an amount of what it asks about, or not at all.
    func testAQuestionForAnAmountNeedsAQuoteThatGivesOne() throws {
        try assertAnsweredOnlyBy("Een veilige dosis melatonine is 0,5 tot 1 mg.",
                                 not: "Een veilige dosis melatonine hangt af van je leeftijd.",
                                 question: "hoeveel mg melatonine is een veilige dosis?", verdict: .amountMissing)
    }

    /// "hoeveel mg …" names its unit: times, tablets and milligrams of another substance do not answer it.
    func testAnAmountAskedInAUnitNeedsAQuoteThatGivesThatUnitOfWhatIsAsked() throws {
        XCTAssertEqual(AnswerType.askedUnit(by: analyzer.analyze("hoeveel mg mdma zit er in een pil?")), .weight)
        XCTAssertEqual(AnswerType.askedUnit(by: analyzer.analyze("hoeveel druppels rivotril is 0,5 mg?")), .drops)
        XCTAssertNil(AnswerType.askedUnit(by: analyzer.analyze("hoeveel pillen mag ik per dag?")))
        XCTAssertEqual(AnswerType.askedUnit(by: analyzer.analyze("hoeveel glazen wijn mag ik erbij?")), .drinks)
        XCTAssertEqual(AnswerType.units(givenBy: analyzer.analyze("Een tablet bevat 2mg, soms 0,5 milligram.")), [.weight])
        XCTAssertEqual(AnswerType.units(givenBy: analyzer.analyze("Neem vijf keer per dag twee tabletten.")), [])
        try assertAnsweredOnlyBy("Een tablet melatonine bevat meestal 1 mg.",
                                 not: "De dosis melatonine is twee tabletten, een uur voor het slapen.",
                                 question: "hoeveel mg melatonine zit er in een tablet?", verdict: .amountMissing)
    }

    /// "wat kost …" is answered by a price of what it asks about, or not at all.
    func testAQuestionForAPriceNeedsAQuoteThatGivesOne() throws {
        try assertAnsweredOnlyBy("Melatonine is zonder recept te koop bij de drogist: een doosje kost zo'n € 6.",
                                 not: "Melatonine is zonder recept te koop bij de drogist, per doosje van 30 tabletten.",
                                 question: "wat kost een doosje melatonine zonder recept?", verdict: .priceMissing)
    }
}
