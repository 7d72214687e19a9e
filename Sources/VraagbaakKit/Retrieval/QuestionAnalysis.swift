/// A question taken apart: its words, which of them carry meaning, and their index terms.
///
///     let question = QuestionAnalysis("Kan je clonazepam combineren met MDMA?", analyzer: DutchAnalyzer())
///     question.contentWords  // ["clonazepam", "combineren", "mdma"]
public struct QuestionAnalysis: Sendable, Equatable {
    public var text: String
    public var tokens: [AnalyzedToken]
    /// Normalized words that are not stop words, in order, without repeats.
    public var contentWords: [String]
    /// The index terms of ``contentWords``.
    public var terms: Set<String>

    public init(_ text: String, analyzer: DutchAnalyzer) {
        self.text = text
        tokens = analyzer.analyze(text)
        var seen = Set<String>()
        var words: [String] = []
        var terms = Set<String>()
        for token in tokens where !DutchStopWords.contains(token.normalized) {
            if seen.insert(token.normalized).inserted {
                words.append(token.normalized)
                terms.insert(token.term)
            }
        }
        contentWords = words
        self.terms = terms
    }

    /// One group per content word.
    public var ftsQuery: FTSQuery {
        var seen = Set<String>()
        return FTSQuery(terms: tokens.filter { !DutchStopWords.contains($0.normalized) && seen.insert($0.term).inserted }.map(\.term))
    }
}
