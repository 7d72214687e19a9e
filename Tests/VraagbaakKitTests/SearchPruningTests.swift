import GRDB
import XCTest
@testable import VraagbaakKit

/// The search must give exactly what scoring every matching passage with FTS5's `bm25()` gives:
/// the same passages, scores (to the bit) and order, ties included; only faster.
final class SearchPruningTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var base: KnowledgeBase!

    /// Words from very common (most passages: idf at FTS5's floor) to rare (a few passages).
    private static let words = [
        "venster", "tabel", "kleur", "afbeelding", "laag", "pagina", "rand", "filter", "masker",
        "script", "pakket", "kolom", "formule", "stijl", "penseel", "verloop", "palet", "grafiek",
        "sjabloon", "macro", "python", "debian", "kalibratie", "spellingcontrole",
    ]

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder()
        var random = SeededRandom(seed: 7)
        for file in 0..<120 {
            var text = "# \(Self.pick(&random, skew: 3)) \(file)\n\n"
            for section in 0..<3 {
                text += "## \(Self.pick(&random, skew: 2)) \(section)\n\n"
                let sentences = (0..<(1 + random.next(below: 4))).map { _ in
                    (0..<(3 + random.next(below: 9))).map { _ in Self.pick(&random, skew: 4) }.joined(separator: " ") + "."
                }
                text += sentences.joined(separator: " ") + "\n\n"
            }
            try folder.write(text, to: "kennis/bestand\(file).md")
            // Copies: equal scores, so ties decide places (as in the scale benchmark's corpus).
            if file % 10 == 0 { try folder.write(text, to: "kennis/kopie\(file).md") }
        }
        base = try folder.openKnowledgeBase()
        _ = try base.refresh()
    }

    /// A word, the common ones far more often: index `count × u^skew` for a uniform u.
    private static func pick(_ random: inout SeededRandom, skew: Double) -> String {
        let u = Double(random.next(below: 1_000_000)) / 1_000_000
        return words[min(words.count - 1, Int(Double(words.count) * pow(u, skew)))]
    }

    private static func term(_ word: String) -> String {
        DutchAnalyzer().analyze(word).map(\.term).joined()
    }

    /// A query like the planner's: groups of alternatives, some a phrase or the parts of a compound.
    private static func randomQuery(_ random: inout SeededRandom) -> FTSQuery {
        let groups = (0..<(1 + random.next(below: 5))).map { _ -> [FTSQuery.Alternative] in
            (0..<(1 + random.next(below: 2))).map { _ -> FTSQuery.Alternative in
                let first = term(pick(&random, skew: 1)), second = term(pick(&random, skew: 1))
                switch random.next(below: 6) {
                case 0: return .phrase([first, second])
                case 1: return .allOf([first, second])
                default: return .phrase([first])
                }
            }
        }
        return FTSQuery(groups: groups)
    }

    /// The search as it was: every matching passage scored by FTS5's `bm25()`.
    private func unprunedSearch(_ query: FTSQuery, limit: Int) throws -> [SearchHit] {
        try base.index.database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.id, p.ordinal, p.section, p.body, p.firstLine, p.lastLine,
                       d.source, d.title, d.kind, best.rank
                FROM (SELECT rowid, bm25(passage_fts, 2.0, 1.0) AS rank
                      FROM passage_fts WHERE passage_fts MATCH ? ORDER BY rank LIMIT ?) AS best
                JOIN passage p ON p.id = best.rowid
                JOIN document d ON d.id = p.documentId
                ORDER BY best.rank
                """, arguments: [query.matchExpression!, limit])
            .map { SearchHit(passage: StoredPassage(row: $0), score: -($0["rank"] as Double)) }
        }
    }

    private func pruning(for query: FTSQuery) throws -> MaxScorePruning {
        MaxScorePruning(query: query, frequencies: try base.index.documentFrequencies(query.alternatives.flatMap(\.terms)),
                        passages: try base.index.passageCount())
    }

    func testRankFunctionGivesBM25ToTheBit() throws {
        var random = SeededRandom(seed: 11)
        for _ in 0..<40 {
            let query = Self.randomQuery(&random)
            let idfs = BM25RankFunction.encode(idfs: try pruning(for: query).idfs)
            let rows = try base.index.database.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT bm25(passage_fts, 2.0, 1.0) AS expected, \(BM25RankFunction.name)(passage_fts, 0, ?, 1000000, 0) AS actual
                    FROM passage_fts WHERE passage_fts MATCH ?
                    """, arguments: [idfs, query.matchExpression!])
            }
            for row in rows {
                XCTAssertEqual((row["actual"] as Double).bitPattern, (row["expected"] as Double).bitPattern,
                               "\(query.matchExpression!): \(row["actual"] as Double) for \(row["expected"] as Double)")
            }
        }
    }

    func testSearchEqualsScoringEveryPassage() throws {
        var random = SeededRandom(seed: 5)
        var pruned = 0
        for _ in 0..<150 {
            let query = Self.randomQuery(&random)
            for limit in [1, 7, 30, 100] {
                let expected = try unprunedSearch(query, limit: limit)
                let actual = try base.index.search(query, limit: limit)
                XCTAssertTrue(actual == expected, """
                    \(query.matchExpression!), limit \(limit): \(actual.map { "\($0.passage.id) \($0.score)" }) \
                    for \(expected.map { "\($0.passage.id) \($0.score)" })
                    """)
                if expected.count == limit, try pruning(for: query).essentialCount(threshold: expected[limit - 1].score)
                    < query.alternatives.count {
                    pruned += 1
                }
            }
        }
        XCTAssertGreaterThan(pruned, 50, "the queries must exercise the pruning, not only the plain search")
    }

    func testAlternativesThatCannotReachTheThresholdAreNotEssential() {
        let query = FTSQuery(terms: ["a", "b", "c", "d"])
        let pruning = MaxScorePruning(query: query, frequencies: ["a": 1, "b": 10, "c": 400, "d": 900], passages: 1000)
        XCTAssertEqual(pruning.units.map(\.alternative), [.phrase(["a"]), .phrase(["b"]), .phrase(["c"]), .phrase(["d"])])
        let maxima = pruning.units.map(\.maximumScore)
        XCTAssertEqual(pruning.essentialCount(threshold: 0), 4)
        XCTAssertEqual(pruning.essentialCount(threshold: maxima[3] + maxima[2]), 3,
                       "a row with c and d reaches at most their sum, not more")
        XCTAssertEqual(pruning.essentialCount(threshold: (maxima[3] + maxima[2]) * 1.01), 2)
        XCTAssertEqual(pruning.probeCount(rows: 5), 2)
        XCTAssertEqual(pruning.probeCount(rows: 100, after: 2), 3)
    }

    func testAPhraseOfSeveralTermsIsAlwaysEssential() {
        let query = FTSQuery(groups: [[.phrase(["a", "b"])], [.phrase(["c"])]])
        let pruning = MaxScorePruning(query: query, frequencies: ["a": 900, "b": 900, "c": 1], passages: 1000)
        XCTAssertTrue(pruning.idfs[0].isNaN, "FTS5 counts the phrase's rows itself")
        XCTAssertEqual(pruning.units.first?.alternative, .phrase(["a", "b"]))
        XCTAssertEqual(pruning.essentialCount(threshold: 1000), 1)
    }

    func testBestScoresKeepsTheHighest() {
        var best = BestScores(capacity: 3)
        var random = SeededRandom(seed: 3)
        var all: [Double] = []
        for _ in 0..<200 {
            let score = Double(random.next(below: 1000))
            all.append(score)
            best.insert(score)
            XCTAssertEqual(best.lowest, all.count < 3 ? nil : all.sorted(by: >)[2])
        }
    }
}

/// A small deterministic generator (an LCG), so that failures can be replayed.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
}
