import XCTest
@testable import VraagbaakKit

/// The evaluator over the repository's own Knowledge folder (the two seed documents).
final class EvaluatorTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let knowledge = repository.appendingPathComponent("Knowledge")

    private let questions = """
        answer\twat is clonazepam eigenlijk\tbenzodiazepine\tforum/clonazepam-met-mdma.txt
        abstain\twie is de koning van nederland
        answer\tkan je clonazepam combineren met mdma\t\tartikelen/clonazepam.txt|forum/clonazepam-met-mdma.txt

        """

    /// benchmarks/tune_weights.py recomputes scores from these records with this formula: when the
    /// ranker's formula changes, this test fails until both follow.
    func testFeatureRecordsHoldEveryCandidateWithAScoreTheWeightsExplain() throws {
        let folder = try makeTemporaryFolder()
        let base = try KnowledgeBase(knowledge: Self.knowledge, indexURL: folder.url.appendingPathComponent("index.sqlite"))
        _ = try base.refresh()
        let answerer = Answerer(index: base.index, prompts: .builtIn)
        var lines: [String] = []
        let report = try Evaluator(answerer: answerer, knowledge: Self.knowledge)
            .run(try EvaluationSet(text: questions)) { lines.append(try JSONLine.encode($0)) }

        let records = try lines.map { try JSONDecoder().decode(RankingRecord.self, from: Data($0.utf8)) }
        XCTAssertEqual(records.map(\.line), [1, 3], "one record per row with relevant files")
        XCTAssertEqual(records[1].relevant, ["artikelen/clonazepam.txt", "forum/clonazepam-met-mdma.txt"])
        XCTAssertEqual(records[0].candidates.count, try answerer.answer("wat is clonazepam eigenlijk").ranking.count)
        let w = Ranker.weights
        for record in records {
            XCTAssertFalse(record.candidates.isEmpty)
            let scores = record.candidates.map(\.features.score)
            XCTAssertEqual(scores, scores.sorted(by: >), "best first")
            for f in record.candidates.map(\.features) {
                let passage = w.bm25 * f.bm25 + w.coverage * f.coverage + w.heading * f.headingCoverage
                    + w.entities * f.entityCoverage + w.sentence * f.sentenceCoverage
                    + w.thread * f.threadQuestion + w.definition * f.definition + w.answerType * f.answerType
                    + w.firstReply * f.firstReply
                XCTAssertEqual(f.form * passage + w.documentCoverage * f.documentCoverage + w.documentBM25 * f.documentBM25,
                               f.score, "exactly, after the round trip through JSON")
            }
        }
        // The records are the rankings the report scored: their document-level MRR@10 is the report's.
        let reciprocalRanks = records.map { record in
            let documents = Evaluator.rankedDocuments(record.candidates.map(\.source))
            return documents.prefix(10).firstIndex(where: record.relevant.contains).map { 1 / Double($0 + 1) } ?? 0
        }
        XCTAssertEqual(reciprocalRanks.reduce(0, +) / Double(records.count), report.mrr10, accuracy: 1e-12)
    }
}
