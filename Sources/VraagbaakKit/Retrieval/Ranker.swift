import Foundation

/// Why a passage ranks where it does: each feature in 0…1, and the score they make.
public struct RankingFeatures: Sendable, Equatable {
    /// FTS5's bm25, relative to the best candidate.
    public var bm25: Double
    /// The weighted share of the question's concepts the passage says.
    public var coverage: Double
    /// The weighted share said in the document title or section heading.
    public var headingCoverage: Double
    /// For questions naming several substances: the share of them the passage names.
    public var entityCoverage: Double
    /// How close together the question's concepts stand (1: within a few words).
    public var proximity: Double
    /// Less than 1 for passages that only ask a question, or hardly say anything.
    public var form: Double
    public var score: Double
}

/// A candidate passage with its ranking.
public struct RankedPassage: Sendable, Equatable {
    public var passage: StoredPassage
    public var features: RankingFeatures
    public var score: Double { features.score }
}

/// Re-ranks FTS5's candidates with features a person can check (see ``RankingFeatures``).
///
///     let ranked = Ranker(analyzer: analyzer).rank(hits, for: plan)
///
/// bm25 finds passages that share rare words with the question; the re-ranker prefers those that
/// say *all* of what is asked (coverage), name every substance of a combination question,
/// say it close together, and are statements rather than questions.
public struct Ranker {
    public let analyzer: DutchAnalyzer

    /// How the features add up: coverage decides most, bm25 orders among equals.
    static let weights = (bm25: 0.30, coverage: 0.40, heading: 0.10, entities: 0.10, proximity: 0.10)
    /// Words apart within which concepts count as close.
    static let closeWindow = 12

    public init(analyzer: DutchAnalyzer) {
        self.analyzer = analyzer
    }

    public func rank(_ hits: [SearchHit], for plan: QueryPlan) -> [RankedPassage] {
        let best = hits.map(\.score).max() ?? 1
        let ranked = hits.map { hit in
            RankedPassage(passage: hit.passage, features: features(of: hit, best: best, plan: plan))
        }
        return ranked.sorted { $0.score > $1.score }
    }

    func features(of hit: SearchHit, best: Double, plan: QueryPlan) -> RankingFeatures {
        let tokens = analyzer.analyze(hit.passage.text)
        let bodyTerms = Set(tokens.map(\.term))
        let headingTerms = Set(analyzer.analyze([hit.passage.title, hit.passage.section ?? ""].joined(separator: " ")).map(\.term))
        let coverage = plan.coverage(of: bodyTerms.union(headingTerms))
        let headingCoverage = plan.coverage(of: headingTerms)
        let entities = plan.concepts.filter { $0.concept.role == .entity }
        let entityCoverage = entities.count < 2 ? coverage
            : entities.reduce(0) { $0 + $1.match(bodyTerms.union(headingTerms)) } / Double(entities.count)
        let proximity = Self.proximity(tokens.map(\.term), plan: plan)
        let form = Self.form(of: hit.passage.text, wordCount: tokens.count)
        let w = Self.weights
        let score = form * (w.bm25 * (best > 0 ? hit.score / best : 0) + w.coverage * coverage
            + w.heading * headingCoverage + w.entities * entityCoverage + w.proximity * proximity)
        return RankingFeatures(bm25: best > 0 ? hit.score / best : 0, coverage: coverage, headingCoverage: headingCoverage,
                               entityCoverage: entityCoverage, proximity: proximity, form: form, score: score)
    }

    /// The share of the question's matched concepts found together within ``closeWindow`` words,
    /// at the best place in the passage.
    static func proximity(_ terms: [String], plan: QueryPlan) -> Double {
        let conceptTerms = plan.concepts.map { Set(($0.exact + $0.broader).flatMap(\.terms)) }
        let conceptCount = conceptTerms.count
        guard conceptCount > 1 else { return 1 }
        var positions: [(position: Int, concept: Int)] = []
        for (position, term) in terms.enumerated() {
            for (concept, set) in conceptTerms.enumerated() where set.contains(term) {
                positions.append((position, concept))
            }
        }
        var bestTogether = positions.isEmpty ? 0 : 1
        var start = 0
        var counts = [Int](repeating: 0, count: conceptCount)
        var distinct = 0
        for end in positions.indices {
            if counts[positions[end].concept] == 0 { distinct += 1 }
            counts[positions[end].concept] += 1
            while positions[end].position - positions[start].position >= closeWindow {
                counts[positions[start].concept] -= 1
                if counts[positions[start].concept] == 0 { distinct -= 1 }
                start += 1
            }
            bestTogether = max(bestTogether, distinct)
        }
        return Double(bestTogether) / Double(conceptCount)
    }

    /// A passage that is only a question, or a handful of words, answers little.
    static func form(of text: String, wordCount: Int) -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasSuffix("?"), !trimmed.dropLast().contains(where: { ".!?".contains($0) }) { return 0.5 }
        if wordCount < 6 { return 0.7 }
        return 1
    }
}
