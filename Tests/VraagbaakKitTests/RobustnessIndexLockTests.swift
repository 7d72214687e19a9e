import Foundation
import XCTest
@testable import VraagbaakKit

/// The library side of robustness: the one-writer lock, the size limit, hostile query text.
final class RobustnessIndexLockTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder()
        try folder.write("Paracetamol\n\nParacetamol helpt tegen pijn en koorts.\n", to: "kennis/paracetamol.txt")
    }

    func testARefreshThatFindsTheLockTakenAnswersFromTheIndexAsItIs() throws {
        let base = try folder.openKnowledgeBase()
        XCTAssertEqual(try base.refresh().added, 1)
        try folder.write("Ibuprofen\n\nIbuprofen remt ontstekingen.\n", to: "kennis/ibuprofen.txt")
        // Another process's lock: a second descriptor's flock conflicts like another process's would.
        let other = IndexLock(for: folder.indexURL)
        let summary = try other.exclusively(wait: false) { try base.refresh(waitIfBusy: false) }
        XCTAssertEqual(summary?.notRefreshed, .busy)
        XCTAssertEqual(try base.index.counts().documents, 1, "left as it was")
        XCTAssertEqual(try base.refresh(waitIfBusy: false).added, 1, "refreshed once the lock is free")
    }

    func testAnEmptyIndexWaitsForTheOtherWriterInsteadOfAnsweringFromNothing() throws {
        let base = try folder.openKnowledgeBase()
        let lock = IndexLock(for: folder.indexURL)
        let released = expectation(description: "lock released")
        let holder = Thread {
            _ = try? lock.exclusively(wait: true) { usleep(300_000) }
            released.fulfill()
        }
        holder.start()
        usleep(50_000)
        let summary = try base.refresh(waitIfBusy: false)
        XCTAssertNil(summary.notRefreshed)
        XCTAssertEqual(summary.added, 1)
        wait(for: [released], timeout: 5)
    }

    func testFilesOverTheSizeLimitAreSkippedBeforeTheyAreRead() throws {
        let big = folder.url.appendingPathComponent("kennis/groot.txt")
        _ = FileManager.default.createFile(atPath: big.path, contents: nil)
        XCTAssertEqual(truncate(big.path, off_t(KnowledgeFolder.maximumFileSize + 1)), 0)
        let summary = try folder.openKnowledgeBase().refresh()
        XCTAssertEqual(summary.added, 1)
        XCTAssertEqual(summary.skipped, 1)
        XCTAssertTrue(summary.warnings.contains { $0.source == "groot.txt" && $0.message.hasPrefix("te groot") }, "\(summary.warnings)")
    }

    func testHostileQuestionsNeverThrowFromTheLibrary() throws {
        let base = try folder.openKnowledgeBase()
        _ = try base.refresh()
        let answerer = Answerer(index: base.index, prompts: .builtIn)
        let questions = ["\"", "NEAR(pijn", "AND OR NOT", "body:pijn", "pijn*", "^koorts", "{heading body}: pijn",
                         "((pijn", "'; DROP TABLE passage; --", "\u{1}pijn", "\u{1B}[2J", "💊", "\u{202E}koorts", ""]
        for question in questions {
            XCTAssertNoThrow(try answerer.answer(question), question.debugDescription)
            let words = question.split(separator: " ").map(String.init)
            XCTAssertNoThrow(try base.index.search(FTSQuery(groups: [words.map { .phrase([$0]) }, [.allOf(words)]]), limit: 5))
        }
        let query = QuestionAnalysis("NEAR(koorts*", analyzer: DutchAnalyzer()).ftsQuery
        XCTAssertEqual(try base.index.search(query, limit: 5).map(\.passage.source), ["paracetamol.txt"], "the word inside the syntax is found")
    }

    func testIntegrityCheckPassesOnAFreshIndex() throws {
        let base = try folder.openKnowledgeBase()
        _ = try base.refresh()
        XCTAssertEqual(try base.index.integrityProblems(), [])
    }
}
