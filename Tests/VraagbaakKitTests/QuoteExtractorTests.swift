import XCTest
@testable import VraagbaakKit

/// Which sentences a quote takes, over a small knowledge folder.
final class QuoteExtractorTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var answerer: Answerer!

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder()
        try folder.write("""
            Hartslag

            Koffie is een dagelijkse gewoonte voor velen.

            Theobromine verhoogt de bloeddruk licht.

            Valeriaan daarentegen verlaagt de hartslag bij sommige gebruikers.

            Cacao smaakt bitter.

            Lavendel ruikt aangenaam en groeit in zonnige tuinen.

            Rozemarijn verlaagt de hartslag niet. Rozemarijn groeit snel.

            Kernel

            Het kernelpakket verschijnt in de bovenliggende map. Nadat u de kernel geconfigureerd heeft, \
            moet u de volgende opdracht geven:

            make deb-pkg

            Pakketlijst

            Een lijst van uw eigen pakketten maakt u met één opdracht:

            dpkg-scanpackages BIN_DIR > mijn_pakketten

            Daarna staat de lijst klaar.

            Bronnen

             • Jansen P, Visser K. Valerian and Heart Rate: A Case Report. Cardiol J. 2019;12(3):45-9. doi:10.1000/cj.2019.45
            """, to: "kennis/hartslag.txt")
        answerer = try folder.indexedAnswerer()
    }

    private func quote(_ question: String, containing sentence: String) throws -> String {
        let answer = try answerer.answer(question)
        return try XCTUnwrap(answer.quotes.first { $0.text.contains(sentence) }?.text, "\(answer.quotes.map(\.text))")
    }

    /// The answer to `question` over a knowledge folder of one file.
    private func answer(_ question: String, over text: String, in file: String) throws -> Answer {
        let other = try makeTemporaryFolder()
        try other.write(text, to: file)
        return try other.indexedAnswerer().answer(question)
    }

    func testASentenceThatLeansOnTheOneBeforeBringsIt() throws {
        let text = try quote("verlaagt valeriaan de hartslag?", containing: "Valeriaan daarentegen")
        XCTAssertTrue(text.hasPrefix("Theobromine verhoogt de bloeddruk licht.\n\nValeriaan daarentegen"),
                      "'daarentegen' after the subject ties the sentence to the one before: \(text)")
    }

    func testASentenceUnderAHeadingThatNamesTheSubstanceSpeaksOfItAsASentenceNamingItDoes() throws {
        // Both sentences speak of lorazepam (the heading names it); the one that says what is
        // asked answers, not the one that only names the substance.
        let answer = try answer("hoeveel weken mag je lorazepam slikken?", over: """
            Lorazepam

            Waarvoor wordt lorazepam gebruikt?

            Bij angst duurt de behandeling liefst niet langer dan twee tot vier weken. Lorazepam neemt de oorzaak van de angst niet weg.
            """, in: "kennis/lorazepam.txt")
        XCTAssertTrue(answer.quotes.first?.text.hasPrefix("Bij angst duurt de behandeling") == true, "\(answer.quotes.map(\.text))")
    }

    func testASentenceUnderAHeadingThatNamesTheTermSpeaksOfIt() throws {
        let answer = try answer("word je dik van valeriaan?", over: """
            Valeriaan

            Eetlust en gewichtstoename

            Valeriaan geeft vaak meer trek in zoetigheid. Wil je niet aankomen, let dan op wat je eet.
            """, in: "kennis/valeriaan.txt")
        XCTAssertTrue(answer.quotes.first?.text.hasPrefix("Valeriaan geeft vaak meer trek") == true, "\(answer.quotes.map(\.text))")
    }

    func testAReferenceIsNotQuotedThoughItsFirstSentenceLooksLikeProse() throws {
        // "Jansen P, Visser K. Valerian and Heart Rate: A Case Report." shows one signal of a
        // reference (two authors); its line shows three (the year, the doi).
        let answer = try answerer.answer("valerian heart rate case report")
        XCTAssertFalse((answer.quotes + answer.moreQuotes).contains { $0.text.contains("Jansen P") }, "\(answer.quotes.map(\.text))")
    }

    func testASentenceThatAnnouncesWhatFollowsBringsIt() throws {
        let text = try quote("welke opdracht geef ik voor een kernelpakket?", containing: "volgende opdracht")
        XCTAssertTrue(text.hasSuffix("de volgende opdracht geven:\n\nmake deb-pkg"), "a colon announces the command: \(text)")
    }

    /// Its items are sentences of their own that say nothing of the question; the list is the answer.
    func testAListASentenceAnnouncesComesWhole() throws {
        let answer = try answer("hoe herken je een overdosis valeriaan?", over: """
            Valeriaan

            Bij een overdosis valeriaan ontstaan de volgende verschijnselen:

             • extreme sufheid;
             • zeer kleine pupillen;
             • een trage ademhaling.

            Lavendel groeit in zonnige tuinen.
            """, in: "kennis/valeriaan.txt")
        XCTAssertEqual(answer.quotes.first?.text, "Bij een overdosis valeriaan ontstaan de volgende verschijnselen:\n\n"
                       + " • extreme sufheid;\n • zeer kleine pupillen;\n • een trage ademhaling.", "\(answer.quotes.map(\.text))")
    }

    /// A forum page's furniture names the thread's subjects in short lines without a sentence's end.
    func testAPagesFurnitureIsNoQuote() throws {
        let answer = try answer("helpt valeriaan of kamille bij onrust?", over: """
            Valeriaan en kamille

            Onderwerp trefwoorden
            valeriaan kamille onrust
            3 antwoorden
            0

            Valeriaan helpt niet iedereen.
            """, in: "kennis/valeriaan.md")
        XCTAssertEqual(answer.quotes.first?.text, "Valeriaan helpt niet iedereen.")
        XCTAssertFalse((answer.quotes + answer.moreQuotes).contains { $0.text.contains("trefwoorden") }, "\(answer.quotes.map(\.text))")
    }

    func testWhatAPassageAnnouncesIsQuotedFromTheNextPassage() throws {
        let answer = try answerer.answer("hoe maak ik een lijst van mijn pakketten?")
        let quote = try XCTUnwrap(answer.quotes.first, "no answer")
        XCTAssertEqual(quote.text, "Een lijst van uw eigen pakketten maakt u met één opdracht:\n\ndpkg-scanpackages BIN_DIR > mijn_pakketten")
        XCTAssertEqual(quote.lines, 23...25)
        let file = try String(contentsOf: folder.url.appendingPathComponent("kennis/hartslag.txt"), encoding: .utf8)
        XCTAssertTrue(file.contains(quote.text), "verbatim from the file")
        let passages = try answerer.index.passages(source: quote.source, ordinals: quote.passageOrdinal...(quote.passageOrdinal + 1))
        XCTAssertEqual(passages.map(\.text), ["Een lijst van uw eigen pakketten maakt u met één opdracht:",
                                               "dpkg-scanpackages BIN_DIR > mijn_pakketten\n\nDaarna staat de lijst klaar."],
                       "the command is a passage of its own")
    }

    /// After the first, a sentence that only names the substance again ("Clonazepam is een wit
    /// tablet") adds nothing of what is asked.
    func testTheSentencesAfterTheCoreJoinWhileTheySaySomethingOfTheQuestion() throws {
        let answer = try answer("helpt clonazepam bij paniek, epilepsie, slapeloosheid of angst?", over: """
            Clonazepam

            Clonazepam helpt bij paniek en epilepsie.

            Clonazepam helpt ook bij slapeloosheid.

            Clonazepam helpt soms bij angst.

            Clonazepam is een wit tablet.
            """, in: "kennis/clonazepam.txt")
        XCTAssertEqual(answer.quotes.first?.text, "Clonazepam helpt bij paniek en epilepsie.\n\nClonazepam helpt ook bij slapeloosheid.\n\n"
                       + "Clonazepam helpt soms bij angst.", "\(answer.quotes.map(\.text))")
    }

    func testAShortYesOrNoBeforeTheCoreComesWithIt() throws {
        let texts = try answer("werkt valeriaan sneller uit met koffie in je bloed?", over: """
            Valeriaan

            Nee helaas, dat is een fabeltje. Koffie maakt valeriaan niet sneller uitgewerkt in je bloed. Alleen tijd helpt.
            """, in: "kennis/valeriaan.txt").quotes.map(\.text)
        XCTAssertTrue(texts.contains { $0.hasPrefix("Nee helaas, dat is een fabeltje. Koffie maakt valeriaan niet sneller") }, "\(texts)")
    }

    func testASentenceThatStandsAloneIsQuotedAlone() throws {
        let text = try quote("verlaagt rozemarijn de hartslag?", containing: "Rozemarijn verlaagt")
        XCTAssertTrue(text.hasPrefix("Rozemarijn verlaagt de hartslag niet."), text)
    }

    /// Under a title that names the substance every sentence speaks of it; of those that say
    /// nothing more, the one that names it itself is the core, not the page's date line.
    func testOfSentencesThatScoreAlikeTheOneThatSaysMoreItselfIsTheCore() throws {
        let answer = try answer("clonazepam hitte", over: """
            Clonazepam: wat je moet weten over dit middel

            Laatst bijgewerkt: 19 september 2024

            Clonazepam wordt al sinds de jaren zeventig gebruikt in de psychiatrie.

            Waarvoor wordt het gebruikt?

            Het wordt vooral voorgeschreven bij paniekstoornissen.
            """, in: "kennis/clonazepam.txt")
        XCTAssertEqual(answer.quotes.first?.text, "Clonazepam wordt al sinds de jaren zeventig gebruikt in de psychiatrie.",
                       "\(answer.quotes.map(\.text))")
    }

    func testAQuestionOnBreastfeedingQuotesTheSentenceOnBreastfeedingNotOnPregnancy() throws {
        let answer = try answer("temazepam borstvoeding", over: """
            Temazepam

            Zwangerschap en borstvoeding

            Gebruik temazepam liever niet tijdens de zwangerschap, want de baby kan na de geboorte slap zijn.

            Temazepam gaat in kleine hoeveelheden over in de moedermelk.
            """, in: "kennis/temazepam.txt")
        XCTAssertEqual(answer.quotes.first?.text, "Temazepam gaat in kleine hoeveelheden over in de moedermelk.", "\(answer.quotes.map(\.text))")
    }

    func testAReplyIsQuotedForItsOwnWordsNotForThePostItRepeats() throws {
        let answer = try answer("is dxm gewoon legale ketamine?", over: """
            # DXM uit hoestsiroop

            ## Reactie #1 door **henkie** op 2 augustus 2023

            dxm is gewoon legale ketamine, neem dezelfde hoeveelheid.

            ---

            ## Reactie #2 door **Tripkip** op 2 augustus 2023

            > **henkie schreef:**
            > dxm is gewoon legale ketamine, neem dezelfde hoeveelheid.

            Nee, dat klopt niet. DXM is een dissociatief net als ketamine, maar verder een heel ander middel.
            """, in: "kennis/dxm.md")
        let texts = answer.quotes.map(\.text)
        XCTAssertTrue(texts.contains { $0.hasPrefix("Nee, dat klopt niet.") }, "\(texts)")
        XCTAssertFalse(texts.contains { $0.hasPrefix(">") }, "\(texts)")
    }

    func testOfTwoSubstancesComparedTheSentenceThatNamesBothIsTheCore() throws {
        let answer = try answer("valium of rivotril bij angst?", over: """
            Kalmeringsmiddelen

            Diazepam helpt bij angst.

            Clonazepam helpt bij angst.

            Diazepam en clonazepam helpen allebei bij angst.
            """, in: "kennis/angst.txt")
        XCTAssertEqual(answer.quotes.first?.text, "Diazepam en clonazepam helpen allebei bij angst.", "\(answer.quotes.map(\.text))")
    }

    func testAPagesDateLineIsNoSentenceToQuote() throws {
        XCTAssertFalse(QuoteExtractor.isProse("Laatste update: 4 maart, 2024"))
        XCTAssertFalse(QuoteExtractor.isProse("Laatst bijgewerkt: 19 september 2024"))
        XCTAssertTrue(QuoteExtractor.isProse("Op 4 maart 2024 werd het middel voor het eerst goedgekeurd"))
        // Even where the question has its number: "4 dagen" is no "4 maart".
        let answer = try answer("slik nu 4 dagen clonazepam en merk nog niks", over: """
            Clonazepam: wat je moet weten over dit middel

            Laatste update: 4 maart, 2024

            Clonazepam wordt al sinds de jaren zeventig gebruikt in de psychiatrie.
            """, in: "kennis/clonazepam.txt")
        XCTAssertFalse((answer.quotes + answer.moreQuotes).contains { $0.text.contains("Laatste update") }, "\(answer.quotes.map(\.text))")
    }

    /// The sentences around the core that say nothing of the question come along when they share
    /// its paragraph, and the paragraph fits in a quote.
    func testAShortParagraphIsQuotedWhole() throws {
        let paragraph = "Stop niet plotseling met valeriaan. Je arts bouwt de dosis geleidelijk af, meestal in enkele weken. "
            + "Krijg je tijdens het afbouwen weer klachten, neem dan contact op."
        let answer = try answer("kan ik valeriaan afbouwen?", over: """
            Valeriaan

            Valeriaan is een plant.

            \(paragraph)

            Bewaar het op kamertemperatuur.
            """, in: "kennis/valeriaan.txt")
        XCTAssertEqual(answer.quotes.first?.text, paragraph, "\(answer.quotes.map(\.text))")
    }

    func testAParagraphLongerThanAQuoteIsNotQuotedWhole() throws {
        let filler = Array(repeating: "Lavendel groeit in zonnige tuinen en ruikt aangenaam in de zomer.", count: 10).joined(separator: " ")
        let answer = try answer("kan ik valeriaan afbouwen?", over: """
            Valeriaan

            \(filler) Krijg je tijdens het afbouwen van valeriaan klachten, neem dan contact op.
            """, in: "kennis/valeriaan.txt")
        XCTAssertEqual(answer.quotes.first?.text, "Krijg je tijdens het afbouwen van valeriaan klachten, neem dan contact op.",
                       "\(answer.quotes.map(\.text))")
    }
}
