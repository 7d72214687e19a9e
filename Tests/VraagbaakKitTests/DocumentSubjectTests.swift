import XCTest
@testable import VraagbaakKit

/// A passage from a document that names none of the substances a question asks about speaks of
/// other substances, however many of the question's other words it shares.
final class DocumentSubjectTests: XCTestCase {
    func testAPassageFromADocumentOnAnotherSubstanceRanksBelowOneOnTheSubstanceAsked() throws {
        let folder = try makeTemporaryFolder()
        try folder.write("""
            Sertraline

            De neuroloog schrijft sertraline soms voor bij hoofdpijn en slapeloosheid.
            """, to: "kennis/sertraline.txt")
        try folder.write("""
            Clonazepam

            Clonazepam is een benzodiazepine tegen epilepsie.
            """, to: "kennis/clonazepam.txt")
        let answerer = try folder.indexedAnswerer()
        let question = "helpt clonazepam als de neuroloog het heeft voorgeschreven voor mijn hoofdpijn en slapeloosheid?"
        let ranked = try answerer.rank(answerer.understand(question)).ranked
        XCTAssertEqual(ranked.first?.passage.source, "clonazepam.txt", "\(ranked.map { ($0.passage.source, $0.score) })")
        let sertraline = try XCTUnwrap(ranked.first { $0.passage.source == "sertraline.txt" })
        XCTAssertEqual(sertraline.features.documentSubjects, 0)
        XCTAssertGreaterThan(sertraline.features.coverage, ranked[0].features.coverage, "it shares more of the question's words")
        // Without a substance in the question, no document is foreign.
        XCTAssertTrue(try answerer.rank(answerer.understand("wie schrijft het voor?")).ranked.allSatisfy { $0.features.documentSubjects == 1 })
    }

    /// A page on pregabaline that mentions benzodiazepines (clonazepam's class) is still about
    /// pregabaline: its section on pregnancy does not answer a question about clonazepam in
    /// pregnancy. A page whose title names no substance keeps the class's credit.
    func testAPassageOfAPageOnAnotherSubstanceDoesNotSpeakOfTheSubstanceAskedThroughItsClass() throws {
        let folder = try makeTemporaryFolder()
        try folder.write("""
            Pregabaline: wat is het?

            Pregabaline werkt niet op dezelfde receptoren als benzodiazepines.

            Zwangerschap

            Gebruik je pregabaline terwijl je zwanger bent, dan kan het kwaad voor de baby. Bespreek een zwangerschap met je arts.
            """, to: "kennis/pregabaline.txt")
        try folder.write("""
            Clonazepam: wat is het?

            Clonazepam kan de placenta passeren; tijdens de zwangerschap is voorzichtigheid nodig.
            """, to: "kennis/clonazepam.txt")
        try folder.write("""
            Slaapmiddelen en kalmeringsmiddelen

            Benzodiazepines maken slaperig en horen niet in het verkeer.
            """, to: "kennis/kalmeringsmiddelen.txt")
        let answerer = try folder.indexedAnswerer()
        let ranked = try answerer.rank(answerer.understand("ik ben zwanger en slik clonazepam, kan dat kwaad voor de baby?")).ranked
        XCTAssertEqual(ranked.first?.passage.source, "clonazepam.txt", "\(ranked.map { ($0.passage.source, $0.score) })")
        let pregnancy = try XCTUnwrap(ranked.first { $0.passage.source == "pregabaline.txt" && $0.passage.text.contains("baby") })
        XCTAssertEqual(pregnancy.features.documentSubjects, 0)
        XCTAssertGreaterThan(pregnancy.features.bm25, ranked[0].features.bm25, "it shares more of the question's words")
        let classPage = try answerer.rank(answerer.understand("maakt clonazepam slaperig in het verkeer?")).ranked
        XCTAssertEqual(try XCTUnwrap(classPage.first { $0.passage.source == "kalmeringsmiddelen.txt" }).features.documentSubjects, 1)
    }

    /// A question that weighs two substances is answered by what each document says of its own
    /// substance; a question on their combination is not.
    func testAComparisonIsAnsweredByEachSubstancesOwnDocument() throws {
        let folder = try makeTemporaryFolder()
        try folder.write("Diazepam\n\nDiazepam wordt traag afgebroken en blijft lang in je lichaam: bij ouderen soms dagen.\n", to: "kennis/diazepam.txt")
        try folder.write("Clonazepam\n\nNa een tablet clonazepam is de helft na 30 tot 40 uur uit het bloed; het lichaam ruimt het langzaam op.\n", to: "kennis/clonazepam.txt")
        let answerer = try folder.indexedAnswerer()
        let comparison = try answerer.answer("wat blijft langer in je lichaam, valium of rivotril?")
        XCTAssertEqual(Set(comparison.quotes.map(\.source)), ["diazepam.txt", "clonazepam.txt"], "\(comparison.quotes.map(\.text))")
        XCTAssertEqual(Set(comparison.ranking.map(\.features.documentSubjects)), [1])
        let combination = try answerer.answer("wat gebeurt er in je lichaam als je valium en rivotril combineert?")
        XCTAssertTrue(combination.quotes.isEmpty, "no text speaks of both: \(combination.quotes.map(\.text))")
    }
}
