import Foundation

/// Turns a question into an ``Answer``: understand, retrieve, rank, quote.
///
///     let answerer = Answerer(index: index, prompts: .builtIn)
///     let answer = try answerer.answer("Kan je clonazepam combineren met MDMA?")
///
/// It never writes text of its own into an answer: quotes come from the index verbatim, and the
/// disclaimer, emergency and no-answer texts come from ``Prompts``.
public final class Answerer {
    public let index: KnowledgeIndex
    public let prompts: Prompts
    public var quoteCount = 3
    public var candidateCount = 30
    private let analyzer = DutchAnalyzer()
    private let emergencyDetector = EmergencyDetector()

    public init(index: KnowledgeIndex, prompts: Prompts) {
        self.index = index
        self.prompts = prompts
    }

    public func answer(_ question: String) throws -> Answer {
        let analysis = QuestionAnalysis(question, analyzer: analyzer)
        let emergency = emergencyDetector.signal(in: analysis).map { _ in prompts.emergency }
        let hits = try index.search(analysis.ftsQuery, limit: candidateCount)
        let extractor = QuoteExtractor(analyzer: analyzer)
        let quotes = hits.compactMap { extractor.quote(from: $0.passage, answering: analysis)?.quote }
        return Answer(
            question: question,
            quotes: Array(quotes.prefix(quoteCount)),
            moreQuotes: Array(quotes.dropFirst(quoteCount)),
            emergency: emergency,
            disclaimer: prompts.disclaimer)
    }
}
