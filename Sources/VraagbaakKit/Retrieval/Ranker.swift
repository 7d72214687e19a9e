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
    /// The weighted share of the question said by the passage's document as a whole
    /// (its title and all of its candidate passages).
    public var documentCoverage: Double
    /// The document's two best bm25 scores, relative to the best candidate.
    public var documentBM25: Double
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
    static let weights: (bm25: Double, coverage: Double, heading: Double, entities: Double, proximity: Double, documentCoverage: Double, documentBM25: Double) = {
        if let env = ProcessInfo.processInfo.environment["VB_W"] {
            let v = env.split(separator: ",").map { Double($0)! }
            return (v[0], v[1], v[2], v[3], v[4], v[5], v[6])
        }
        return (bm25: 0.30, coverage: 0.40, heading: 0.10, entities: 0.10, proximity: 0.10, documentCoverage: 0, documentBM25: 0)
    }()
    /// Words apart within which concepts count as close.
    static let closeWindow = 12

    public init(analyzer: DutchAnalyzer) {
        self.analyzer = analyzer
    }

    public func rank(_ hits: [SearchHit], for plan: QueryPlan) -> [RankedPassage] {
        let best = hits.map(\.score).max() ?? 1
        let evidence = hits.map { PassageEvidence(hit: $0, analyzer: analyzer) }
        var documentTerms: [String: Set<String>] = [:]
        var documentScores: [String: [Double]] = [:]
        for item in evidence {
            documentTerms[item.hit.passage.source, default: item.headingTerms].formUnion(item.bodyTerms)
            documentScores[item.hit.passage.source, default: []].append(item.hit.score)
        }
        var documentFeatures: [String: (coverage: Double, bm25: Double)] = [:]
        for (source, terms) in documentTerms {
            let scores = documentScores[source, default: []].sorted(by: >)
            let combined = (scores.first ?? 0) + 0.5 * (scores.dropFirst().first ?? 0)
            documentFeatures[source] = (plan.coverage(of: terms), best > 0 ? combined / (1.5 * best) : 0)
        }
        let ranked = evidence.map { item in
            RankedPassage(passage: item.hit.passage,
                          features: features(of: item, best: best, plan: plan, document: documentFeatures[item.hit.passage.source]!))
        }
        return ranked.sorted { $0.score > $1.score }
    }

    /// A candidate's text, analyzed once.
    struct PassageEvidence {
        var hit: SearchHit
        var terms: [String]
        var bodyTerms: Set<String>
        var headingTerms: Set<String>

        init(hit: SearchHit, analyzer: DutchAnalyzer) {
            self.hit = hit
            terms = analyzer.analyze(hit.passage.text).map(\.term)
            bodyTerms = Set(terms)
            headingTerms = Set(analyzer.analyze([hit.passage.title, hit.passage.section ?? ""].joined(separator: " ")).map(\.term))
        }
    }

    func features(of item: PassageEvidence, best: Double, plan: QueryPlan, document: (coverage: Double, bm25: Double)) -> RankingFeatures {
        let said = item.bodyTerms.union(item.headingTerms)
        let coverage = plan.coverage(of: said)
        let headingCoverage = plan.coverage(of: item.headingTerms)
        let entities = plan.concepts.filter { $0.concept.role == .entity }
        let entityCoverage = entities.count < 2 ? coverage
            : entities.reduce(0) { $0 + $1.match(said) } / Double(entities.count)
        let proximity = Self.proximity(item.terms, plan: plan)
        let form = Self.form(of: item.hit.passage.text, wordCount: item.terms.count)
        let bm25 = best > 0 ? item.hit.score / best : 0
        let w = Self.weights
        let score = form * (w.bm25 * bm25 + w.coverage * coverage + w.heading * headingCoverage
            + w.entities * entityCoverage + w.proximity * proximity)
            + w.documentCoverage * document.coverage + w.documentBM25 * document.bm25
        return RankingFeatures(bm25: bm25, coverage: coverage, headingCoverage: headingCoverage,
                               entityCoverage: entityCoverage, proximity: proximity, form: form,
                               documentCoverage: document.coverage, documentBM25: document.bm25, score: score)
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
