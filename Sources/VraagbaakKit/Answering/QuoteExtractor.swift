/// Picks the sentences of a passage that answer a question, and cuts them out verbatim.
///
///     let quote = QuoteExtractor(analyzer: analyzer).quote(from: passage, answering: question)
///
/// The sentence that holds most of the question's terms is the core; a following sentence that
/// also holds some joins it, and so does the sentence before when the core leans on it
/// ("Dit …", "Daarom …"). The quote is the source text from the first to the last chosen sentence,
/// so it is always an exact substring of the passage.
public struct QuoteExtractor {
    public var analyzer: DutchAnalyzer
    public var maximumLength = 600

    public init(analyzer: DutchAnalyzer) {
        self.analyzer = analyzer
    }

    /// A quote and how many of the question's terms it holds; nil when no sentence holds any.
    public func quote(from passage: StoredPassage, answering question: QuestionAnalysis) -> (quote: Quote, matched: Int)? {
        let text = passage.text
        let sentences = SentenceSplitter.sentences(in: text)
        let matches = sentences.map { range in
            Set(analyzer.analyze(String(text[range])).map(\.term)).intersection(question.terms)
        }
        guard let best = matches.indices.max(by: { matches[$0].count < matches[$1].count }),
              !matches[best].isEmpty
        else { return nil }

        var first = best
        var last = best
        var matched = matches[best]
        func length(_ from: Int, _ to: Int) -> Int {
            text.distance(from: sentences[from].lowerBound, to: sentences[to].upperBound)
        }
        if first > 0, leansOnPrevious(String(text[sentences[first]])), length(first - 1, last) <= maximumLength {
            first -= 1
            matched.formUnion(matches[first])
        }
        if last + 1 < sentences.count, !matches[last + 1].isEmpty, length(first, last + 1) <= maximumLength {
            last += 1
            matched.formUnion(matches[last])
        }
        let range = sentences[first].lowerBound..<sentences[last].upperBound
        let startLine = passage.lines.lowerBound + text[text.startIndex..<range.lowerBound].count(where: \.isNewline)
        let endLine = startLine + text[range].count(where: \.isNewline)
        let quote = Quote(
            text: String(text[range]), source: passage.source, title: passage.title, section: passage.section,
            lines: startLine...min(endLine, passage.lines.upperBound),
            passageID: passage.id, passageOrdinal: passage.ordinal)
        return (quote, matched.count)
    }

    /// Words that open a sentence which cannot stand without the one before it.
    private static let leaningOpeners: Set<String> = [
        "dit", "deze", "dat", "die", "daarom", "daardoor", "daarnaast", "hierdoor", "hiermee", "ook", "wel",
        "maar", "dan", "zo", "bovendien", "verder", "echter", "het", "hij", "zij", "ze", "kortom",
    ]

    private func leansOnPrevious(_ sentence: String) -> Bool {
        guard let firstWord = analyzer.analyze(sentence).first else { return false }
        return Self.leaningOpeners.contains(firstWord.normalized)
    }
}
