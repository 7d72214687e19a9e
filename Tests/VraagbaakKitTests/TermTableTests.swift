import GRDB
import XCTest
@testable import VraagbaakKit

/// The stored vocabulary (`term` and the passage count) must say exactly what FTS5's
/// `passage_vocab` says, however the index got where it is.
final class TermTableTests: XCTestCase {
    private var folder: TemporaryFolder!
    /// Enough files that touching a few of them counts changes rather than rebuilding the table.
    private let fileCount = 24

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder()
        for number in 0..<fileCount {
            // Shared words (in every file, in some) and a word of its own per file; two sections,
            // so a file has several passages and its title stands in each passage's heading.
            try folder.write("""
                # Middel \(number)

                ## Werking

                Middel \(number) helpt tegen pijn\(number % 3 == 0 ? " en koorts" : ""). \(Self.uniqueWord(number)) staat alleen hier.

                ## Bijwerkingen

                Hoofdpijn en misselijkheid komen voor. Neem het middel met voedsel.
                """, to: "kennis/middel\(number).md")
        }
    }

    /// A word only file `number` holds ("uniekawoord", "uniekbwoord", …).
    private static func uniqueWord(_ number: Int) -> String {
        "uniek\(Character(Unicode.Scalar(UInt8(97 + number))))woord"
    }

    private func term(_ word: String) -> String {
        DutchAnalyzer().analyze(word).map(\.term).joined()
    }

    private struct Vocabulary: Equatable {
        var terms: [String: Int]
        var passages: Int
    }

    /// The stored vocabulary and FTS5's, each with its passage count.
    private func vocabularies(_ base: KnowledgeBase) throws -> (stored: Vocabulary, fts: Vocabulary) {
        let passageCount = try base.index.passageCount()
        return try base.index.database.read { db in
            func terms(_ sql: String) throws -> [String: Int] {
                Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: sql).map { ($0[0] as String, $0[1] as Int) })
            }
            let stored = Vocabulary(terms: try terms("SELECT term, passages FROM term"), passages: passageCount)
            let fts = Vocabulary(terms: try terms("SELECT term, doc FROM passage_vocab"),
                                 passages: try Int.fetchOne(db, sql: "SELECT count(*) FROM passage") ?? 0)
            return (stored, fts)
        }
    }

    private func assertInStep(_ base: KnowledgeBase, _ step: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let (stored, fts) = try vocabularies(base)
        XCTAssertGreaterThan(fts.terms.count, 10, step, file: file, line: line)
        XCTAssertEqual(stored, fts, step, file: file, line: line)
        XCTAssertEqual(try base.index.integrityProblems(), [], step, file: file, line: line)
    }

    func testStoredVocabularyFollowsEveryKindOfRefresh() throws {
        XCTAssertFalse(TermTable.rebuildIsCheaper(touched: 1, known: fileCount), "small refreshes below count changes")
        let base = try folder.openKnowledgeBase()
        let first = try base.refresh()
        XCTAssertEqual(first.added, fileCount)
        XCTAssertTrue(first.copiedVocabulary, "a first index copies")
        try assertInStep(base, "first index")

        try folder.write("# Cafeïne\n\nCafeïne houdt je wakker, ook bij koorts.\n", to: "kennis/sub/cafeine.md")
        let added = try base.refresh()
        XCTAssertEqual(added.added, 1)
        XCTAssertFalse(added.copiedVocabulary, "one new file: its passages are counted, the vocabulary is not copied")
        try assertInStep(base, "added")
        XCTAssertEqual(try base.index.documentFrequencies([term("cafeïne")])[term("cafeïne")], 1)

        try folder.write("# Middel 0\n\nMiddel 0 verlaagt koorts. Nieuwwoord hier.\n", to: "kennis/middel0.md")
        let changed = try base.refresh()
        XCTAssertEqual(changed.changed, 1)
        XCTAssertFalse(changed.copiedVocabulary, "one changed file: counted")
        try assertInStep(base, "changed")
        XCTAssertEqual(try base.index.documentFrequencies([term(Self.uniqueWord(0))])[term(Self.uniqueWord(0))], 0,
                       "its old words are gone")

        try folder.remove("kennis/middel1.md")
        XCTAssertEqual(try base.refresh().removed, 1)
        try assertInStep(base, "deleted")

        try folder.write(" \n", to: "kennis/middel2.md")
        XCTAssertEqual(try base.refresh().skipped, 1)
        try assertInStep(base, "emptied (skipped, so its passages go)")

        XCTAssertFalse(TermTable.rebuildIsCheaper(touched: 4, known: fileCount - 1))
        try folder.remove("kennis/sub/cafeine.md")
        try folder.write("# Cafeïne\n\nCafeïne houdt je wakker.\n", to: "kennis/cafeine.md")
        try folder.write("# Middel 3\n\nAnders.\n", to: "kennis/middel3.md")
        let several = try base.refresh()
        XCTAssertEqual([several.added, several.changed, several.removed], [1, 1, 1])
        try assertInStep(base, "several at once")
        let gone = term(Self.uniqueWord(1))
        XCTAssertNil(try base.index.terms(withPrefix: "un").first { $0.term == gone }, "a term with no passages left has no row")
        XCTAssertEqual(try base.index.terms(withPrefix: "un").count, fileCount - 4, "the other files' own words")
    }

    func testLargeRefreshCopiesTheVocabulary() throws {
        let base = try folder.openKnowledgeBase()
        _ = try base.refresh()
        for number in 0..<fileCount / 2 {
            try folder.write("# Middel \(number)\n\nVervangen door iets anders, nummer \(number).\n", to: "kennis/middel\(number).md")
        }
        XCTAssertTrue(TermTable.rebuildIsCheaper(touched: fileCount / 2, known: fileCount))
        let half = try base.refresh()
        XCTAssertEqual(half.changed, fileCount / 2)
        XCTAssertTrue(half.copiedVocabulary)
        try assertInStep(base, "half the files changed")
    }

    func testCheckReportsAVocabularyOutOfStep() throws {
        let base = try folder.openKnowledgeBase()
        _ = try base.refresh()
        try base.index.database.write { db in
            try db.execute(sql: "UPDATE term SET passages = passages + 1 WHERE term = (SELECT min(term) FROM term)")
            try db.execute(sql: "UPDATE meta SET value = 1 WHERE key = 'passages'")
        }
        let problems = try base.index.integrityProblems()
        XCTAssertEqual(problems.count, 2, "\(problems)")
    }

    func testIndexWithoutTheTermTableIsRebuilt() throws {
        _ = try folder.openKnowledgeBase().refresh()
        try folder.alterIndex("DROP TABLE term")
        let reopened = try folder.openKnowledgeBase()
        XCTAssertNotNil(reopened.index.rebuildReason)
        XCTAssertEqual(try reopened.refresh().added, fileCount)
        try assertInStep(reopened, "rebuilt")
    }
}
