import Foundation

/// Turns a question into an ``Answer``: understand, plan, retrieve, rank, quote.
///
///     let answerer = Answerer(index: index, prompts: .builtIn)
///     let answer = try answerer.answer("Kan je clonazepam combineren met MDMA?")
///
/// It never writes text of its own into an answer: quotes come from the index verbatim, and the
/// disclaimer, emergency and no-answer texts come from ``Prompts``. When the best evidence says
/// too little of the question, it abstains.
public final class Answerer {
    public let index: KnowledgeIndex
    public let prompts: Prompts
    public var quoteCount = 3
    /// Candidates FTS5 hands to the re-ranker.
    public var candidateCount = 100
    /// The share of the question the best passage must say, or there is no answer.
    public var minimumCoverage = 0.35
    /// The share a passage must say when one of its sentences names every substance the question
    /// names and more of what it asks (see ``verdict(on:plan:)``).
    public var minimumFocusedCoverage = 0.2
    /// The share the best passage must say when its document as a whole says at least
    /// ``minimumDocumentCoverage`` of the question (see ``verdict(on:plan:)``).
    public var minimumSupportedCoverage = 0.25
    /// The share of the question the best passage's document as a whole (its title and candidate
    /// passages) must say for ``minimumSupportedCoverage`` to do.
    public var minimumDocumentCoverage = 0.4
    /// At most this many of the shown quotes come from one document while others have something to say.
    public var quotesPerDocument = 2

    private let analyzer: DutchAnalyzer
    private let understanding: QuestionUnderstanding

    public init(index: KnowledgeIndex, prompts: Prompts, lexicon: Lexicon = .builtIn) {
        self.index = index
        self.prompts = prompts
        analyzer = DutchAnalyzer()
        understanding = QuestionUnderstanding(lexicon: lexicon, analyzer: analyzer) { term in
            (try? index.documentFrequencies([term])[term] ?? 0).map { $0 > 0 } ?? false
        }
    }

    /// The question as understood, resolved against the conversation's context when it is a follow-up.
    public func understand(_ question: String, following context: QuestionContext? = nil) -> UnderstoodQuestion {
        understanding.understand(question, following: context)
    }

    public func answer(_ question: String) throws -> Answer {
        try answer(understand(question))
    }

    public func answer(_ question: UnderstoodQuestion) throws -> Answer {
        let ranking = try rank(question)
        let extractor = QuoteExtractor()
        var quotes: [Quote] = []
        var verdict = verdict(on: ranking.ranked, plan: ranking.plan)
        switch verdict {
        case .covered, .focused, .supported, .defined:
            // A thread's first post asks; what it tells is the asker's story, no answer.
            var candidates = ranking.ranked.compactMap { ranked -> (quote: Quote, coverage: Double, terms: Set<String>, defines: Bool)? in
                guard !ranked.passage.isOpeningPost, let (quote, coverage, terms) = extractor.quote(from: ranked, for: ranking.plan),
                      coverage > 0 else { return nil }
                return (quote, coverage, terms, ranked.features.definition > 0)
            }
            // "Wat is clonazepam?" is answered by what defines it first (the quote's core is that
            // sentence, see QuoteExtractor), by its class before anything else ("Clonazepam is een
            // benzodiazepine …" before "Clonazepam is een receptgeneesmiddel …"), then by what else
            // the ranking found.
            if ranking.plan.asksForDefinition {
                let classes = ranking.plan.definedSubject?.broader ?? []
                func namesClass(_ terms: Set<String>) -> Bool { classes.contains { $0.terms.allSatisfy(terms.contains) } }
                let defining = candidates.filter(\.defines)
                candidates = defining.filter { namesClass($0.terms) } + defining.filter { !namesClass($0.terms) }
                    + candidates.filter { !$0.defines }
            }
            quotes = diversified(candidates.map { ($0.quote, $0.coverage, $0.terms) })
            // A medical term the question names must be in the passages quoted: passages that only
            // name diazepam do not answer "wat is de halfwaardetijd van diazepam?". What a question
            // asks to define is answered by what defines it, whatever else the post names ("wat is
            // clonazepam? krijg het voorgeschreven").
            let terms = ranking.plan.asksForDefinition ? [] : ranking.plan.namedTerms
            let shown = Set(quotes.prefix(quoteCount).map(\.passageID))
            if quotes.isEmpty {
                verdict = .nothingToQuote
            } else if !terms.isEmpty, !ranking.ranked.contains(where: { ranked in
                shown.contains(ranked.passage.id) && terms.contains { $0.match(ranked.analysis.terms) > 0 }
            }) {
                quotes = []
                verdict = .termMissing(terms.map(\.concept.label).joined(separator: ", "))
            } else if let asked = ranking.plan.answerType, asked != .time, !ranking.plan.entities.isEmpty, !ranking.ranked.contains(where: {
                shown.contains($0.passage.id) && $0.features.answerType > 0
            }) || !quotesGiveAskedUnit(quotes.prefix(quoteCount), plan: ranking.plan) {
                // "hoeveel mg ketamine …" is not answered by passages that give no amount of the substance
                // it asks about (how many words a text has is no amount of a substance), "wat kost een
                // strip valium" not by ones that give no price, and "hoeveel mg …" only by a quote that
                // gives milligrams (``quotesGiveAskedUnit(_:plan:)``).
                quotes = []
                verdict = asked == .price ? .priceMissing : .amountMissing
            }
        default:
            break
        }
        return Answer(
            question: question.text,
            quotes: Array(quotes.prefix(quoteCount)),
            moreQuotes: Array(quotes.dropFirst(quoteCount)),
            emergency: question.emergency.map { _ in prompts.emergency },
            disclaimer: prompts.disclaimer,
            ranking: ranking.ranked,
            plan: ranking.plan,
            verdict: verdict)
    }

    /// Whether a quote has a sentence that gives an amount in the unit the question asks it in,
    /// and names no substance the question does not ask about (a member of a class it asks about
    /// is asked), or the question names no unit: "hoeveel mg mdma zit er in een pil?" is not
    /// answered by "10 mg diazepam", "hoeveel mg van een benzo?" is.
    private func quotesGiveAskedUnit(_ quotes: ArraySlice<Quote>, plan: QueryPlan) -> Bool {
        guard let unit = plan.askedUnit else { return true }
        return quotes.contains { quote in
            SentenceSplitter.sentences(in: quote.text).contains { range in
                let tokens = analyzer.analyze(String(quote.text[range]))
                let terms = Set(tokens.map(\.term))
                let namesAMember = plan.entities.contains { $0.members.contains { $0.terms.allSatisfy(terms.contains) } }
                return AnswerType.units(givenBy: tokens).contains(unit) && (namesAMember || !plan.namesAnotherSubstance(terms))
            }
        }
    }

    /// Whether the passages at the top answer at all, and why: one of the first ``quoteCount`` (those
    /// quoted) says at least ``minimumCoverage`` of the question, or, for a question about
    /// substances, the best says at least ``minimumFocusedCoverage`` with a sentence that addresses
    /// what it asks of them (``AnalyzedPassage/addressesEntities(_:for:)``), or the best says at
    /// least ``minimumSupportedCoverage`` and its document at least ``minimumDocumentCoverage``. A
    /// passage that says more of the question may rank below one from a better document.
    /// People wrap such a question in their own story ("zaterdag verjaardag van mn zus … kan ik een
    /// paar biertjes drinken op mn clonazepam"), whose words no passage says. A question that asks
    /// what something is is answered by a sentence that says it ("Clonazepam is een …"), whatever
    /// else the post tells. A document that says much of a long question across its passages is
    /// about it, though no one passage says all of it ("ik gebruik nu een half jaar prednisolon
    /// voor polymyalgie. moet ik nog iets extra's slikken voor mijn botten?").
    func verdict(on ranked: [RankedPassage], plan: QueryPlan) -> Answer.Verdict {
        // A question of light verbs alone ("hoe laat is het?") names nothing to answer about.
        guard !plan.subjects.isEmpty else { return .nothingAsked }
        guard let top = ranked.first else { return .nothingFound }
        let best = ranked.prefix(quoteCount).map(\.features.coverage).max() ?? 0
        if best >= minimumCoverage { return .covered(coverage: best, threshold: minimumCoverage) }
        let coverage = top.features.coverage
        if coverage >= minimumFocusedCoverage, !plan.entities.isEmpty,
           top.analysis.sentences.indices.contains(where: { top.analysis.addressesEntities($0, for: plan) }) {
            return .focused(coverage: coverage, threshold: minimumFocusedCoverage)
        }
        if coverage >= minimumSupportedCoverage, top.features.documentCoverage >= minimumDocumentCoverage {
            return .supported(coverage: coverage, documentCoverage: top.features.documentCoverage)
        }
        if plan.asksForDefinition, ranked.contains(where: { $0.features.definition > 0 }) {
            return .defined(plan.definedSubject?.concept.label ?? plan.definedPhrase.joined(separator: " "))
        }
        return .weak(coverage: best, threshold: minimumCoverage)
    }

    /// The plan and the re-ranked candidates, best first.
    public func rank(_ question: UnderstoodQuestion) throws -> (plan: QueryPlan, ranked: [RankedPassage]) {
        let plan = try QueryPlanner(index: index, analyzer: analyzer).plan(question)
        let hits = try index.search(plan.ftsQuery, limit: candidateCount)
        return (plan, Ranker(analyzer: analyzer).rank(hits, for: plan))
    }

    /// Quotes in rank order, without near-repeats, and with no document taking more than
    /// ``quotesPerDocument`` of the first ``quoteCount`` places while another document has a quote
    /// that says at least ``minimumCoverage`` of the question.
    private func diversified(_ candidates: [(quote: Quote, coverage: Double, terms: Set<String>)]) -> [Quote] {
        var chosen: [Quote] = []
        var chosenTerms: [Set<String>] = []
        var deferred: [Quote] = []
        for (quote, coverage, terms) in candidates {
            if chosenTerms.contains(where: { Self.overlap($0, terms) > 0.6 }) { continue }
            let fromSameDocument = chosen.prefix(quoteCount).filter { $0.source == quote.source }.count
            if chosen.count < quoteCount, fromSameDocument >= quotesPerDocument {
                deferred.append(quote)
                continue
            }
            // Another document's quote takes a deferred one's place only when it says enough of the question itself.
            if chosen.count < quoteCount, !deferred.isEmpty, coverage < minimumCoverage {
                deferred.append(quote)
                continue
            }
            chosen.append(quote)
            chosenTerms.append(terms)
        }
        // Deferred quotes fill the places no other document could, in rank order.
        let shown = Array(chosen.prefix(quoteCount))
        let rest = Array(chosen.dropFirst(quoteCount))
        return shown + deferred + rest
    }

    /// The share of the smaller term set found in the other (1: one says nothing the other does not).
    private static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        let smaller = min(a.count, b.count)
        guard smaller > 0 else { return 0 }
        return Double(a.intersection(b).count) / Double(smaller)
    }
}
