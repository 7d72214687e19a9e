/// A verbatim excerpt of a knowledge file, with where it stands.
public struct Quote: Sendable, Equatable, Codable {
    /// Exactly as in the source: whole sentences, never cut, never joined.
    public var text: String
    /// Path relative to the knowledge folder.
    public var source: String
    public var title: String
    /// The section or post, when it says more than the title (``StoredPassage/citedSection``).
    public var section: String?
    public var lines: ClosedRange<Int>
    /// The passage the quote was taken from.
    public var passageID: Int64
    public var passageOrdinal: Int

    /// Where in its document the quote stands, for a reader: "Title › Section".
    public var place: String {
        [title, section].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " › ")
    }
}

/// What Vraagbaak says to a question: data only; renderers decide how it looks.
public struct Answer: Sendable, Equatable {
    public var question: String
    /// Empty when the knowledge base has no answer.
    public var quotes: [Quote]
    /// Quotes that ranked lower, for "more" in a conversation.
    public var moreQuotes: [Quote]
    /// The emergency block, first in every rendering, when the question signals danger.
    public var emergency: String?
    public var disclaimer: String
    /// The candidates as ranked, best first: the evidence behind the quotes (for `--explain`).
    public var ranking: [RankedPassage] = []
    /// How the question was searched.
    public var plan: QueryPlan?
    /// Why there are quotes or none (for `--explain`).
    public var verdict: Verdict?

    public var answered: Bool { !quotes.isEmpty }

    /// Why an answer has quotes or none.
    public enum Verdict: Sendable, Equatable {
        /// The best passage says `coverage` of the question, at least `threshold`.
        case covered(coverage: Double, threshold: Double)
        /// It says less, at least `threshold`, and one of its sentences speaks to the substances
        /// asked about (see ``Answerer``).
        case focused(coverage: Double, threshold: Double)
        /// It says less, at least ``Answerer/minimumSupportedCoverage``, and its document as a
        /// whole says `documentCoverage` of the question, at least ``Answerer/minimumDocumentCoverage``.
        case supported(coverage: Double, documentCoverage: Double)
        /// The question asks what this is, and a passage has a sentence that says it.
        case defined(String)
        /// The best passage says too little of the question.
        case weak(coverage: Double, threshold: Double)
        /// The question names nothing to answer about ("hoe laat is het?").
        case nothingAsked
        /// No passage shares a word with the question.
        case nothingFound
        /// No passage to be quoted names this term the question asks about.
        case termMissing(String)
        /// The question asks how much of a substance, and no passage to be quoted gives an amount of it.
        case amountMissing
        /// The question asks what something costs, and the passages to quote give no price.
        case priceMissing
        /// No candidate has a sentence that says something of the question.
        case nothingToQuote
    }
}
