/// One evaluated question with every candidate the ranker ordered, best first, and its features:
/// what `vraagbaak eval --features` writes, one JSON line a question, so the ranker's weights can
/// be studied outside the program (benchmarks/tune_weights.py).
public struct RankingRecord: Sendable, Equatable, Codable {
    public struct Candidate: Sendable, Equatable, Codable {
        public var source: String
        /// The passage's first and last line in its file, to tell which passage holds an expected phrase.
        public var lines: [Int]
        public var features: RankingFeatures
    }

    public var line: Int
    public var question: String
    public var relevant: [String]
    /// The phrases an answer should quote (empty where the set claims none).
    public var expected: [String]
    public var candidates: [Candidate]

    init(_ question: EvaluationSet.Question, ranking: [RankedPassage]) {
        line = question.line
        self.question = question.text
        relevant = question.relevant
        expected = question.expected
        candidates = ranking.map {
            Candidate(source: $0.passage.source, lines: [$0.passage.lines.lowerBound, $0.passage.lines.upperBound], features: $0.features)
        }
    }
}
