import GRDB
import XCTest
@testable import VraagbaakKit

final class KnowledgeIndexTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder()
        try folder.write("Paracetamol\n\nParacetamol helpt tegen pijn en koorts.\n", to: "kennis/paracetamol.txt")
        try folder.write("Ibuprofen\n\nIbuprofen remt ontstekingen. Neem het met voedsel.\n", to: "kennis/ibuprofen.txt")
    }

    private func sources(for question: String, in base: KnowledgeBase) throws -> [String] {
        let query = QuestionAnalysis(question, analyzer: DutchAnalyzer()).ftsQuery
        return try base.index.search(query, limit: 10).map(\.passage.source)
    }

    func testFirstRefreshIndexesEverythingAndSecondNothing() throws {
        let base = try folder.openKnowledgeBase()
        let first = try base.refresh()
        XCTAssertEqual(first.added, 2)
        XCTAssertTrue(first.didChange)
        let second = try base.refresh()
        XCTAssertEqual(second, RefreshSummary(unchanged: 2))
        XCTAssertEqual(try sources(for: "helpt het tegen koorts?", in: base), ["paracetamol.txt"])
    }

    func testStemmedWordsMatchOtherInflections() throws {
        let base = try folder.openKnowledgeBase()
        _ = try base.refresh()
        XCTAssertEqual(try sources(for: "ontsteking", in: base), ["ibuprofen.txt"])
    }

    func testAddedChangedAndDeletedFilesAreNoticed() throws {
        let base = try folder.openKnowledgeBase()
        _ = try base.refresh()

        try folder.write("Cafeïne\n\nCafeïne houdt je wakker.\n", to: "kennis/sub/cafeine.txt")
        try folder.write("Ibuprofen\n\nIbuprofen verlaagt koorts.\n", to: "kennis/ibuprofen.txt")
        try folder.remove("kennis/paracetamol.txt")
        let summary = try base.refresh()

        XCTAssertEqual(summary.added, 1)
        XCTAssertEqual(summary.changed, 1)
        XCTAssertEqual(summary.removed, 1)
        XCTAssertEqual(try sources(for: "wakker", in: base), ["sub/cafeine.txt"])
        XCTAssertEqual(try sources(for: "koorts", in: base), ["ibuprofen.txt"])
        XCTAssertEqual(try sources(for: "ontsteking", in: base), [], "the old text of a changed file is gone")
        XCTAssertEqual(try base.index.counts().documents, 2)
    }

    func testRefreshFindsChangesWhenTheIndexIsNotInPathOrder() throws {
        let base = try folder.openKnowledgeBase()
        _ = try base.refresh()
        // Re-indexed files go to the end of the table: its order is no longer the folder's.
        for name in ["a", "m", "z"] {
            try folder.write("\(name)\n\nTekst over \(name).\n", to: "kennis/\(name).txt")
        }
        XCTAssertEqual(try base.refresh().added, 3)
        try folder.write("Ibuprofen\n\nIbuprofen verlaagt koorts.\n", to: "kennis/ibuprofen.txt")
        XCTAssertEqual(try base.refresh().changed, 1)
        XCTAssertEqual(try base.refresh(), RefreshSummary(unchanged: 5))
        try folder.write("a\n\nAndere tekst.\n", to: "kennis/a.txt")
        try folder.remove("kennis/m.txt")
        try folder.write("Paracetamol\n\nParacetamol helpt tegen hoofdpijn.\n", to: "kennis/paracetamol.txt")
        let summary = try base.refresh()
        XCTAssertEqual(summary.changed, 2)
        XCTAssertEqual(summary.removed, 1)
        XCTAssertEqual(summary.unchanged, 2)
        XCTAssertEqual(try sources(for: "hoofdpijn", in: base), ["paracetamol.txt"])
        XCTAssertEqual(try base.refresh(), RefreshSummary(unchanged: 4))
    }

    func testTouchedButUnchangedFileIsNotReindexed() throws {
        let base = try folder.openKnowledgeBase()
        _ = try base.refresh()
        let file = folder.knowledge.appendingPathComponent("paracetamol.txt")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 100)], ofItemAtPath: file.path)
        let summary = try base.refresh()
        XCTAssertFalse(summary.didChange)
        XCTAssertEqual(summary.unchanged, 2)
        XCTAssertEqual(try base.refresh(), RefreshSummary(unchanged: 2), "the new mtime was remembered")
    }

    func testIndexSurvivesReopening() throws {
        _ = try folder.openKnowledgeBase().refresh()
        let reopened = try folder.openKnowledgeBase()
        XCTAssertNil(reopened.index.rebuildReason)
        XCTAssertEqual(try reopened.refresh(), RefreshSummary(unchanged: 2))
    }

    /// Opening is for reading: it may run beside another process's refresh, outside the index
    /// lock, so it must not write (a schema change would break that refresh mid-transaction).
    func testOpeningAnExistingIndexWritesNothingEvenWithItsLogGone() throws {
        _ = try folder.openKnowledgeBase().refresh()
        // The last connection closed: SQLite folded the write-ahead log back into the file.
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.indexURL.path + "-wal"))
        let before = try Data(contentsOf: folder.indexURL)
        let base = try folder.openKnowledgeBase()
        XCTAssertEqual(try base.index.counts().documents, 2)
        let logSize = try FileManager.default.attributesOfItem(atPath: folder.indexURL.path + "-wal")[.size] as? Int
        XCTAssertEqual(logSize, 0, "nothing was written to the log")
        XCTAssertEqual(try Data(contentsOf: folder.indexURL), before, "nothing was written to the file")
    }

    func testIndexOfAnotherVersionIsRebuilt() throws {
        _ = try folder.openKnowledgeBase().refresh()
        try folder.alterIndex("PRAGMA user_version = 999")
        let reopened = try folder.openKnowledgeBase()
        XCTAssertNotNil(reopened.index.rebuildReason)
        XCTAssertEqual(try reopened.refresh().added, 2)
    }

    func testCorruptIndexFileIsRebuilt() throws {
        try FileManager.default.createDirectory(at: folder.indexURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(repeating: 0x42, count: 8192).write(to: folder.indexURL)
        let base = try folder.openKnowledgeBase()
        XCTAssertNotNil(base.index.rebuildReason)
        XCTAssertEqual(try base.refresh().added, 2)
    }

    func testMissingKnowledgeFolderIsAClearError() {
        XCTAssertThrowsError(try KnowledgeBase(knowledge: folder.url.appendingPathComponent("nergens"), indexURL: folder.indexURL)) {
            XCTAssertEqual($0 as? VraagbaakError, .knowledgeFolderMissing(folder.url.appendingPathComponent("nergens").path))
        }
    }

    func testTokenizerOffsetsPointAtTheWordsAsWritten() throws {
        let base = try folder.openKnowledgeBase()
        _ = try base.refresh()
        let highlighted = try base.index.database.read { db in
            try String.fetchOne(db, sql: """
                SELECT highlight(passage_fts, 1, '[', ']') FROM passage_fts WHERE passage_fts MATCH '"ontsteking"'
                """)
        }
        XCTAssertEqual(highlighted, "Ibuprofen remt [ontstekingen]. Neem het met voedsel.")
    }
}
