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
}
