import Foundation

/// Picks the sentences of a passage that answer a question, and cuts them out verbatim.
///
///     let quote = QuoteExtractor().quote(from: rankedPassage, for: plan)
///
/// Each sentence scores the weight of the question's concepts it says (one that leans on the
/// sentence before, "Het heeft …", also says the substances that one names); a question sentence
/// scores less (it asks, it does not answer), and one that does not speak of the substances asked
/// (``AnalyzedPassage/speaksOfEntities(_:for:)``) nothing. The best sentence is the core; a following sentence
/// that also says something joins it, and those after it that say more of what is asked than the
/// substances' names (up to ``maximumLength``), and so does the sentence before when the core leans on it
/// ("Dit …", "Daarom …", "Clonazepam daarentegen …"). When the core's whole paragraph fits in ``maximumLength``,
/// the quote is that paragraph. The quote is the source text from the first to the last chosen sentence,
/// so it is always an exact substring of the passage (or, when its last sentence announces what opens the next
/// passage, of the passage and its ``StoredPassage/continuation``).
public struct QuoteExtractor {
    public var maximumLength = 600
    /// How much of a section's opening is quoted when its heading is what answers.
    public var headingQuoteLength = 450

    public init() {}

    /// A quote, the weighted share of the question it says and its terms; nil when no sentence
    /// says any of it. The sentences and their terms are the ranker's (``AnalyzedPassage``).
    public func quote(from ranked: RankedPassage, for plan: QueryPlan) -> (quote: Quote, coverage: Double, terms: Set<String>)? {
        let passage = ranked.passage
        let text = passage.text
        let sentences = ranked.analysis.sentences
        let sentenceTerms = ranked.analysis.sentenceTerms
        // "Het heeft een lange halfwaardetijd" speaks of the clonazepam the sentence before names.
        let entityTerms = plan.entityTerms
        let headingTerms = ranked.analysis.headingTerms
        let headingSpeaksOf = headingTerms.intersection(entityTerms.union(plan.termTerms))
        // Per sentence, how well it answers (``SentenceJudgement``).
        let judged = sentences.indices.map { index -> SentenceJudgement in
            let sentence = text[sentences[index]]
            // The whole line: a reference's first "sentence" ("Kacirova I, Grundmann M. A Case Report …")
            // shows too few of its signals (the year, the doi come later).
            let line = text[text.lineRange(for: sentences[index])]
            if ranked.analysis.mayHoldReferences, ReferenceLine.matches(line) { return .silent }
            // A reply's "> …" repeats another post: it is quoted where that post is, not as this one's words.
            if line.first(where: { !$0.isWhitespace }) == ">" { return .silent }
            // Diazepam's half-life is not answered by a sentence on clonazepam's.
            guard ranked.analysis.speaksOfEntities(index, for: plan), Self.isProse(sentence) else { return .silent }
            let defines = plan.definesSubject(opening: ranked.analysis.sentenceOpenings[index].lazy.map(\.term))
            let said = sentenceTerms[index].union(ranked.analysis.antecedentTerms(index).intersection(entityTerms))
            let coverage = plan.coverage(of: said)
            // Under a heading that names the substance or the medical term asked about, every sentence
            // speaks of it: what else a sentence says decides ("… niet langer dan twee tot vier weken"
            // before "Lorazepam neemt …"; under "Eetlust en gewichtstoename", "Mirtazapine geeft vaak
            // meer trek" before "Wil je niet aankomen, …").
            let withHeading = plan.coverage(of: said.union(headingSpeaksOf))
            // "hoe lang …": of the sentences that say something of the question, one that gives a time
            // (``AnalyzedPassage/givesAnswer(_:for:)``; that it speaks of the substances is checked above).
            let givesAnswer = coverage > 0 && ranked.analysis.sentenceGivesAnswer[index]
            let score = withHeading * (sentence.hasSuffix("?") ? 0.3 : 1) + (defines ? 1 : 0) + (givesAnswer ? 0.5 : 0)
            let saysWhatIsAsked = plan.subjects.contains { $0.concept.role != .entity && $0.match(said) > 0 }
            return SentenceJudgement(score: score, ownCoverage: plan.eachCoverage(of: said), says: coverage > 0 || defines,
                                     saysWhatIsAsked: saysWhatIsAsked, defines: defines)
        }
        // Of sentences that score alike, the one that says more of the question itself, not one that
        // only borrows the substance from its heading; two substances compared count each on its own.
        guard let best = judged.indices.max(by: { (judged[$0].score, judged[$0].ownCoverage) < (judged[$1].score, judged[$1].ownCoverage) }),
              judged[best].score > 0 else { return nil }

        var first = best
        var last = best
        func length(_ from: Int, _ to: Int) -> Int {
            text.distance(from: sentences[from].lowerBound, to: sentences[to].upperBound)
        }
        func opensParagraph(_ index: Int) -> Bool { Self.opensParagraph(index, in: text, sentences: sentences) }
        if ranked.analysis.sentenceLeansOnPrevious[first], length(first - 1, last) <= maximumLength {
            first -= 1
        } else if first > 0, opensParagraph(first - 1), !opensParagraph(first), length(first - 1, last) <= maximumLength,
                  Self.isYesOrNo(text[sentences[first - 1]]) {
            // A reply's short yes or no is the verdict the core explains ("Nee helaas, dat is een
            // fabeltje. Koffie en een koude douche maken je misschien wat wakkerder, …").
            first -= 1
        }
        // The next sentence joins when it says something too, and the ones after it while they say
        // more of what is asked than the substances' names ("Het is ook goedgekeurd voor
        // paniekstoornissen"); or when the last one announces the next ("… moet u de volgende
        // opdracht geven:" is no answer without the command).
        // A list so announced ("… de klassieke verschijnselen van een opioïdvergiftiging:") comes
        // whole, item by item, while it fits.
        func isListItem(_ index: Int) -> Bool {
            PlainTextParser.isListItem(text[text.lineRange(for: sentences[index])].trimmingCharacters(in: .whitespaces))
        }
        var inAnnouncedList = false
        while last + 1 < sentences.count, length(first, last + 1) <= maximumLength {
            let announces = text[sentences[last]].hasSuffix(":")
            let next = last + 1
            guard (last == best ? judged[next].says : judged[next].saysWhatIsAsked) || announces
                    || (inAnnouncedList && isListItem(next)) else { break }
            inAnnouncedList = (announces || inAnnouncedList) && isListItem(next)
            last = next
        }
        // A paragraph is its writer's unit of thought: a core torn from it loses the sentences
        // that qualify or complete it ("Stop niet plotseling. … Je arts bouwt de dosis … geleidelijk
        // af …" around "Krijg je tijdens het afbouwen …"). One that fits is quoted whole, but a
        // definition opens its quote ("Valeriaan is een plant …", not what comes before it).
        let paragraph = Self.paragraph(around: best, in: text, sentences: sentences)
        let start = judged[best].defines ? first : min(first, paragraph.lowerBound)
        if length(start, max(last, paragraph.upperBound)) <= maximumLength {
            first = start
            last = max(last, paragraph.upperBound)
        }
        // When the section heading says what the sentences do not ("Werkingsmechanisme"), the
        // section as a whole is the answer: quote its opening at some length.
        let saidSoFar = sentenceTerms[first...last].reduce(into: Set<String>()) { $0.formUnion($1) }
        if plan.coverage(of: saidSoFar.union(headingTerms)) > plan.coverage(of: saidSoFar) {
            while last + 1 < sentences.count, length(first, last + 1) <= headingQuoteLength { last += 1 }
        }
        let range = sentences[first].lowerBound..<sentences[last].upperBound
        var quoted = String(text[range])
        var lines = Self.lines(of: range, in: passage)
        // What the last sentence announces may open the next passage ("… geeft u de opdracht:" and
        // the command on its own line): the passage brings it along, verbatim.
        if last == sentences.count - 1, let continuation = passage.continuation, quoted.hasSuffix(":"),
           text[range.upperBound...].allSatisfy(\.isWhitespace) {
            quoted = String(text[range.lowerBound...]) + continuation.text
            lines = lines.lowerBound...max(lines.upperBound, continuation.lastLine)
        }
        let quote = Quote(
            text: quoted, source: passage.source, title: passage.title, section: passage.citedSection,
            lines: lines, passageID: passage.id, passageOrdinal: passage.ordinal)
        let said = sentenceTerms[first...last].reduce(into: Set<String>()) { $0.formUnion($1) }
        return (quote, plan.coverage(of: said), said)
    }

    /// How well one sentence answers: its score (to choose the core; ``ownCoverage``, what it says
    /// without its heading, breaks ties), whether it says anything of the question itself (to join a
    /// neighbour), whether that is more than the substances' names, and whether it defines the subject.
    private struct SentenceJudgement {
        var score: Double
        var ownCoverage: Double
        var says: Bool
        var saysWhatIsAsked: Bool
        var defines: Bool

        /// A sentence that cannot answer: a reference, furniture, or one on another substance.
        static let silent = SentenceJudgement(score: 0, ownCoverage: 0, says: false, saysWhatIsAsked: false, defines: false)
    }

    /// The sentences of the paragraph that holds sentence `index`.
    private static func paragraph(around index: Int, in text: String, sentences: [Range<String.Index>]) -> ClosedRange<Int> {
        var start = index
        while !opensParagraph(start, in: text, sentences: sentences) { start -= 1 }
        var end = index
        while end + 1 < sentences.count, !opensParagraph(end + 1, in: text, sentences: sentences) { end += 1 }
        return start...end
    }

    /// Whether a sentence opens its paragraph: the passage's first, or one after a blank line.
    private static func opensParagraph(_ index: Int, in text: String, sentences: [Range<String.Index>]) -> Bool {
        guard index > 0 else { return true }
        return text[sentences[index - 1].upperBound..<sentences[index].lowerBound].filter(\.isNewline).count >= 2
    }

    /// A sentence of a few words that answers yes or no ("Nee helaas, dat is een fabeltje.", "Klopt.").
    private static func isYesOrNo(_ sentence: Substring) -> Bool {
        let words = sentence.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation })
        guard let opening = words.first, words.count <= 12, !sentence.hasSuffix("?") else { return false }
        return answerParticles.contains(opening.lowercased())
    }

    private static let answerParticles: Set<String> = [
        "ja", "jazeker", "jawel", "nee", "neen", "welnee", "klopt", "helaas", "zeker", "inderdaad", "precies",
        "absoluut", "correct",
    ]

    /// Whether a sentence reads as prose, not as a page's furniture ("Onderwerp trefwoorden" over
    /// "zolpidem alcohol slaapmiddel", "11 antwoorden", "Laatste update: 4 maart, 2024"): it closes
    /// like a sentence, or has a line of four words or more that is no date line.
    static func isProse(_ sentence: Substring) -> Bool {
        if let last = sentence.last(where: { !"\"'”’»)]".contains($0) }), ".!?:;".contains(last) { return true }
        return sentence.split(whereSeparator: \.isNewline).contains { line in
            let words = line.split(whereSeparator: \.isWhitespace)
            return words.count >= 4 && !isDateLine(words)
        }
    }

    /// A short line that dates the page: a month's name and a year among at most eight words
    /// ("Laatst bijgewerkt: 19 september 2024").
    private static func isDateLine(_ words: [Substring]) -> Bool {
        guard words.count <= 8 else { return false }
        let bare = words.map { $0.trimmingCharacters(in: .punctuationCharacters).lowercased() }
        return bare.contains(where: months.contains)
            && bare.contains { $0.count == 4 && ($0.hasPrefix("19") || $0.hasPrefix("20")) && $0.allSatisfy(\.isNumber) }
    }

    private static let months: Set<String> = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
    ]

    /// The file lines of a range of the passage: counted from the passage's first line, and kept
    /// within the passage's lines (for HTML, whose extracted text has lines of its own).
    static func lines(of range: Range<String.Index>, in passage: StoredPassage) -> ClosedRange<Int> {
        let text = passage.text
        let first = passage.lines.lowerBound + text[text.startIndex..<range.lowerBound].count(where: \.isNewline)
        let last = first + text[range].count(where: \.isNewline)
        let upper = passage.lines.upperBound
        return min(first, upper)...min(max(last, first), upper)
    }
}
