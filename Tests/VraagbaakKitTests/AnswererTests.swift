import XCTest
@testable import VraagbaakKit

/// End to end over the repository's own Knowledge folder: the seed documents.
final class AnswererTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private var folder: TemporaryFolder!
    private var answerer: Answerer!

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder()
        let base = try KnowledgeBase(knowledge: Self.repository.appendingPathComponent("Knowledge"),
                                     indexURL: folder.url.appendingPathComponent("index.sqlite"))
        _ = try base.refresh()
        answerer = Answerer(index: base.index, prompts: .builtIn)
    }

    func testSeedQuestionIsAnsweredFromBothDocumentsWithVerbatimQuotes() throws {
        let answer = try answerer.answer("kan je clonazepam combineren met MDMA?")
        XCTAssertTrue(answer.answered)
        XCTAssertEqual(answer.disclaimer, BuiltInPrompts.disclaimer)
        XCTAssertNil(answer.emergency)
        for quote in answer.quotes + answer.moreQuotes {
            let file = try String(contentsOf: Self.repository.appendingPathComponent("Knowledge").appendingPathComponent(quote.source), encoding: .utf8)
            XCTAssertTrue(file.contains(quote.text), "not verbatim: \(quote.text)")
            let lines = file.components(separatedBy: "\n")
            XCTAssertTrue(lines[quote.lines.lowerBound - 1].contains(quote.text.components(separatedBy: "\n")[0]),
                          "line \(quote.lowerBoundDescription) does not hold the quote's first line")
        }
        let sources = Set((answer.quotes + answer.moreQuotes).map(\.source))
        XCTAssertEqual(sources.count, 2, "quotes from both seed documents: \(sources)")
    }

    /// The verdict weighs the passages that are quoted: one of the first three that says enough of
    /// the question answers it, though a passage from a better document ranks above it; one
    /// further down does not.
    func testAnyOfTheQuotedPassagesThatSaysEnoughAnswers() throws {
        let (plan, ranked) = try answerer.rank(answerer.understand("kan je clonazepam combineren met MDMA?"))
        XCTAssertGreaterThanOrEqual(ranked.count, 4)
        func ranking(coverages: [Double]) -> [RankedPassage] {
            zip(ranked, coverages).map { passage, coverage in
                var passage = passage
                passage.features.coverage = coverage
                return passage
            }
        }
        guard case let .covered(coverage, _) = answerer.verdict(on: ranking(coverages: [0.1, 0.5, 0.1, 0.1]), plan: plan) else {
            return XCTFail("the second passage says enough")
        }
        XCTAssertEqual(coverage, 0.5)
        guard case let .weak(best, _) = answerer.verdict(on: ranking(coverages: [0.1, 0.1, 0.1, 0.9]), plan: plan) else {
            return XCTFail("the fourth passage is not quoted")
        }
        XCTAssertEqual(best, 0.1)
    }

    /// A passage that says a quarter of the question answers it when its document as a whole says
    /// enough more of it: the document is about what is asked. Its document saying little does not.
    func testAPassageWhoseDocumentSaysMuchOfTheQuestionAnswers() throws {
        let (plan, ranked) = try answerer.rank(answerer.understand("hoe lang duurt een bad trip als je te veel hebt genomen?"))
        XCTAssertTrue(plan.entities.isEmpty, "no substance: the focused verdict cannot apply")
        XCTAssertFalse(ranked.isEmpty)
        func ranking(coverage: Double, documentCoverage: Double) -> [RankedPassage] {
            ranked.map { passage in
                var passage = passage
                passage.features.coverage = coverage
                passage.features.documentCoverage = documentCoverage
                return passage
            }
        }
        guard case .supported = answerer.verdict(on: ranking(coverage: 0.3, documentCoverage: 0.5), plan: plan) else {
            return XCTFail("the document says half of the question")
        }
        guard case .weak = answerer.verdict(on: ranking(coverage: 0.3, documentCoverage: 0.35), plan: plan) else {
            return XCTFail("the document says little more than the passage")
        }
        guard case .weak = answerer.verdict(on: ranking(coverage: 0.2, documentCoverage: 0.9), plan: plan) else {
            return XCTFail("the passage itself says too little")
        }
    }

    func testOffTopicQuestionGetsNoAnswer() throws {
        let answer = try answerer.answer("wat is de hoofdstad van Frankrijk?")
        XCTAssertFalse(answer.answered)
        XCTAssertTrue(answer.quotes.isEmpty)
    }

    func testEveryQuoteNamesTheSubstanceAsked() throws {
        // The seeds say much of clonazepam, a benzodiazepine, and little of diazepam: only sentences
        // that name diazepam may be quoted.
        let answer = try answerer.answer("helpt diazepam bij een bad trip")
        XCTAssertFalse(answer.quotes.isEmpty)
        for quote in answer.quotes + answer.moreQuotes {
            XCTAssertTrue(quote.text.localizedCaseInsensitiveContains("diazepam"), quote.text)
        }
        // The forum thread "Clonazepam met MDMA" names clonazepam in every heading; its sentence
        // on how MDMA enters the neuron still does not speak of clonazepam.
        let neurons = try answerer.answer("hoe remt clonazepam je zenuwcellen precies")
        XCTAssertFalse(neurons.quotes.contains { $0.text.contains("MDMA komt de neuron in") }, "\(neurons.quotes.map(\.text))")
        let xanax = try answerer.answer("wat is het verschil tussen clonazepam en xanax")
        XCTAssertFalse(xanax.answered, "the seeds never name alprazolam: \(xanax.quotes.map(\.text))")
    }

    func testAMedicalTermTheQuestionNamesMustBeInThePassagesQuoted() throws {
        // The seeds give the half-lives of clonazepam and MDMA; they name diazepam, but not its half-life.
        XCTAssertFalse(try answerer.answer("wat is de halfwaardetijd van diazepam?").answered)
        XCTAssertTrue(try answerer.answer("wat is de halfwaardetijd van MDMA?").answered)
        // A term the knowledge base never uses is an aspect it cannot answer: the seeds name no drug test.
        XCTAssertFalse(try answerer.answer("is rivotril te zien in een drugstest?").answered)
        // A follow-up's terms may be the earlier question's: "en met alcohol?" after a bad-trip question.
        let first = answerer.understand("kan ik rivotril nemen bij een bad trip")
        let followUp = answerer.understand("en met alcohol?", following: first.context)
        XCTAssertTrue(try answerer.answer(followUp).answered)
    }

    /// The seeds give milligrams of diazepam and clonazepam, not of MDMA in a pill.
    func testMilligramsAskedAreMilligramsOfWhatIsAsked() throws {
        XCTAssertFalse(try answerer.answer("hoeveel mg mdma zit er gemiddeld in een xtc pil?").answered)
        let benzo = try answerer.answer("hoeveel mg van een benzo heb je nodig om een bad trip te stoppen?")
        XCTAssertTrue(benzo.quotes.contains { $0.text.contains("mg") }, "\(benzo.quotes.map(\.text))")
    }

    func testAQuestionOnTheLawIsAnsweredOnlyByWhatTheTextsSayOfIt() throws {
        let folder = try makeTemporaryFolder()
        let story = "# Ketamine\n\nKetamine is een verdovingsmiddel. Veel gebruikers nemen ketamine in het weekend, "
            + "en de politie ziet dat vaak op festivals.\n"
        try folder.write(story, to: "kennis/ketamine.md")
        XCTAssertFalse(try folder.indexedAnswerer().answer("welke straf krijg je als de politie je met ketamine betrapt?").answered,
                       "the text names the police, not the law")
        try folder.write(story + "\nKetamine valt onder de Opiumwet: bezit is strafbaar.\n", to: "kennis/ketamine.md")
        let answer = try folder.indexedAnswerer().answer("is ketamine legaal?")
        XCTAssertEqual(answer.quotes.first?.text, "Ketamine valt onder de Opiumwet: bezit is strafbaar.", "\(answer.quotes.map(\.text))")
    }

    func testEverydayWordsTheSeedsLackDoNotSilenceAnAnswer() throws {
        // "helpt", "bed" and "onrustige" are not in the seeds; "benen" and clonazepam are (rusteloze benen syndroom).
        let answer = try answerer.answer("helpt clonazepam ook tegen onrustige benen in bed")
        XCTAssertTrue(answer.quotes.contains { $0.text.contains("rusteloze benen") }, "\(answer.quotes.map(\.text))")
        XCTAssertFalse(try answerer.answer("hoe lang moet een ei koken").answered, "'lang' asks for a time, it is no subject")
    }

    func testASubstanceQuestionWrappedInAStoryIsAnsweredWhereASentenceAddressesIt() throws {
        // Most of these words are the asker's story; the article warns of clonazepam with alcohol.
        let wedding = "morgen bruiloft van mn broer en ik slik al een maand rivotril, kan ik daar een paar wijntjes bij drinken?"
        let top = try XCTUnwrap(try answerer.rank(answerer.understand(wedding)).ranked.first)
        XCTAssertLessThan(top.features.coverage, answerer.minimumCoverage, "the story keeps the coverage low")
        let answer = try answerer.answer(wedding)
        XCTAssertTrue(answer.quotes.contains { $0.text.contains("alcohol") }, "\(answer.quotes.map(\.text))")
        guard case .focused = answer.verdict else { return XCTFail("\(String(describing: answer.verdict))") }
        // One substance needs a sentence that also says what is asked: "rijden" is "in het verkeer".
        let driving = try answerer.answer("moet elke ochtend met de auto naar mn werk, kan ik wel rijden als ik clonazepam slik?")
        XCTAssertTrue(driving.quotes.contains { $0.text.contains("verkeer") }, "\(driving.quotes.map(\.text))")
        // The seeds name clonazepam often, but never what it costs or who pays for it.
        XCTAssertFalse(try answerer.answer("mijn baas wil weten of clonazepam vergoed wordt door de verzekering, iemand een idee?").answered)
    }

    func testASentenceThatLeansOnTheOneBeforeSpeaksOfWhatThatOneNames() throws {
        // "Het heeft een lange halfwaardetijd (ongeveer 30–40 uur)": "Het" is the clonazepam of the
        // sentence before. A later sentence names "7-amino-clonazepam" itself, and once won for that.
        let answer = try answerer.answer("Wat is de halfwaardetijd van clonazepam ongeveer?")
        XCTAssertTrue(answer.quotes.first?.text.contains("Het heeft een lange halfwaardetijd (ongeveer 30–40 uur)") == true,
                      "\(answer.quotes.map(\.text))")
    }

    func testALeaningSentenceSpeaksOfWhatTheSentenceItsAntecedentLeansOnNames() throws {
        // "Maar … heeft het ook andere off-label toepassingen, zoals … rusteloze benen syndroom"
        // leans on "Het is ook door de FDA goedgekeurd …", which leans on "Dit omvat epilepsie …",
        // which leans on "Clonazepam wordt … gebruikt": all of them speak of clonazepam.
        let answer = try answerer.answer("mn moeder krijgt clonazepam voor haar onrustige kriebelbenen in bed. is dat normaal?")
        XCTAssertTrue(answer.quotes.first?.text.contains("rusteloze benen syndroom") == true, "\(answer.quotes.map(\.text))")
    }

    func testAPostThatAsksWhatASubstanceIsIsAnsweredByWhatDefinesIt() throws {
        for post in ["wat is clonazepam eigenlijk? vond een doosje in het keukenkastje van mijn schoonmoeder",
                     "vond een doosje rivotril in het keukenkastje van mijn schoonmoeder. wat is dat voor spul?"] {
            let answer = try answerer.answer(post)
            guard case .defined("clonazepam") = answer.verdict else { return XCTFail("\(post): \(String(describing: answer.verdict))") }
            XCTAssertTrue(answer.quotes.allSatisfy { $0.text.hasPrefix("Clonazepam is een") }, "\(answer.quotes.map(\.text))")
        }
        // Of the sentences that define it, those that say its class come first; a medical term of
        // the story ("voorgeschreven") need not be in them.
        let prescribed = try answerer.answer("wat is clonazepam precies? krijg het voorgeschreven door de neuroloog")
        XCTAssertTrue(prescribed.quotes.first.map { $0.text.hasPrefix("Clonazepam is een") && $0.text.contains("benzodiazepine") } == true,
                      "\(prescribed.quotes.map(\.text))")
        // The story alone, without asking what it is, says too little of anything.
        XCTAssertFalse(try answerer.answer("vond een doosje rivotril in het keukenkastje van mijn schoonmoeder, is die van haar buurvrouw?").answered)
    }

    func testAListItemDoesNotLeanOnTheItemAboveIt() throws {
        // "• Het innemen van dit medicijn … kan leiden tot verslaving" follows an item on alcohol and
        // drugs; read as leaning on it, it seemed to speak of those and not of clonazepam.
        let answer = try answerer.answer("raak je verslaafd aan rivotril?")
        XCTAssertTrue(answer.quotes.first?.text.contains("kan leiden tot verslaving") == true, "\(answer.quotes.map(\.text))")
        let text = "Clonazepam helpt.\n • Het werkt snel. Dit duurt uren.\n - Het is sterk.\n 2) Het is snel.\n\nMaar het is ook verslavend."
        let sentences = SentenceSplitter.sentences(in: text)
        let analyzer = DutchAnalyzer()
        let leans = sentences.indices.map { SentenceLink.leansOnPrevious($0, of: sentences, in: text, opening: analyzer.analyze(String(text[sentences[$0]]))) }
        XCTAssertEqual(leans, [false, false, true, false, false, true], "\(sentences.map { text[$0] })")
    }

    func testAQuestionOfLightVerbsAloneGetsNoAnswer() throws {
        let answer = try answerer.answer("hoe laat is het?")
        XCTAssertTrue(answer.plan?.concepts.allSatisfy(\.isLightVerb) == true, "\(answer.plan?.concepts.map(\.concept.label) ?? [])")
        XCTAssertFalse(answer.answered, "\(answer.quotes.map(\.text))")
    }

    func testDangerPutsTheEmergencyBlockFirst() throws {
        let answer = try answerer.answer("ik heb te veel pillen genomen en voel me heel slecht")
        XCTAssertEqual(answer.emergency, BuiltInPrompts.emergency)
        let text = AnswerTextRenderer(noAnswer: BuiltInPrompts.noAnswer).render(answer)
        XCTAssertTrue(text.hasPrefix("!! "))
        XCTAssertTrue(text.contains("112"))
    }
}

private extension Quote {
    var lowerBoundDescription: String { "\(source):\(lines.lowerBound)" }
}
