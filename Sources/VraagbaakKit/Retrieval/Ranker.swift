import Foundation

/// Why a passage ranks where it does: each feature in 0…1, and the score they make.
public struct RankingFeatures: Sendable, Equatable, Codable {
    /// FTS5's bm25, relative to the best candidate.
    public var bm25: Double
    /// The weighted share of the question's concepts the passage says.
    public var coverage: Double
    /// The weighted share said in the document title or section heading (for a question about
    /// one thing only, weighed against the share of the heading's words it asks about).
    public var headingCoverage: Double
    /// For questions naming several substances: the share of them the passage names.
    public var entityCoverage: Double
    /// The weighted share of the question said by the passage's best single sentence.
    public var sentenceCoverage: Double
    /// In a forum thread whose opening question asks what the user asks: how well it does
    /// (the replies in that thread answer the user).
    public var threadQuestion: Double
    /// Less than 1 for passages that only ask a question, or hardly say anything.
    public var form: Double
    /// 1 when the question asks about one thing only and a sentence of the passage defines it
    /// ("Clonazepam is een …" for "Wat is clonazepam?").
    public var definition: Double
    /// The weighted share of the question said by the passage's document as a whole
    /// (its title and all of its candidate passages).
    public var documentCoverage: Double
    /// The document's two best bm25 scores, relative to the best candidate.
    public var documentBM25: Double
    /// 1 when the question asks for a time or an amount (``AnswerType``) and a sentence that says
    /// some of the question gives one.
    public var answerType: Double = 0
    /// For the first passage of the reply that follows a forum thread's opening question: how
    /// well that question asks what the user asks (``threadQuestion``); else 0.
    public var firstReply: Double = 0
    /// Of the substances the question names that the knowledge base knows, the share the
    /// passage's document names (1 when it names none such); the share the passage names by name
    /// when its document's title names only another substance. See ``Ranker/foreignDocumentShare``.
    public var documentSubjects: Double = 1
    public var score: Double
}

/// A candidate passage with its ranking.
public struct RankedPassage: Sendable, Equatable {
    public var passage: StoredPassage
    public var features: RankingFeatures
    /// Its text as the ranker analyzed it, for quoting without analyzing it again.
    var analysis: AnalyzedPassage
    public var score: Double { features.score }
}

/// A passage's text analyzed once, for ranking and then for quoting: its sentences (ranges of
/// the text, by ``SentenceSplitter``) with the terms of each, and the terms of its heading.
struct AnalyzedPassage: Sendable, Equatable {
    var sentences: [Range<String.Index>]
    var sentenceTerms: [Set<String>]
    /// The first few words of each sentence, in order ("Clonazepam", "is", "een", …).
    var sentenceOpenings: [[AnalyzedToken]]
    /// Per sentence, whether it leans on the one before (``SentenceLink``): "Het heeft een lange
    /// halfwaardetijd" after "Clonazepam wordt snel opgenomen".
    var sentenceLeansOnPrevious: [Bool]
    /// Per sentence, whether it gives the kind of answer the question asks for (``AnswerType``);
    /// all false when it asks for none.
    var sentenceGivesAnswer: [Bool]
    var headingTerms: Set<String>

    /// Whether sentence `index` gives the kind of answer the plan asks for about the substances
    /// it asks about: named in the sentence, in the one before when it leans on that one
    /// ("Clonazepam wordt … Het heeft een halfwaardetijd van 30–40 uur."), or in the heading
    /// ("Clonazepam werkingsmechanisme"). A time said of another drug does not answer "hoe lang
    /// blijft xtc in je bloed".
    func givesAnswer(_ index: Int, for plan: QueryPlan) -> Bool {
        sentenceGivesAnswer[index] && speaksOfEntities(index, for: plan)
    }

    /// Whether sentence `index` speaks of the substances the question asks about: it names them,
    /// or the sentence before does when it leans on that one, or the heading does. But a sentence
    /// that names another substance and none of those asked speaks of that one: "MDMA komt de
    /// neuron in …" is not about clonazepam in a thread called "Clonazepam met MDMA".
    func speaksOfEntities(_ index: Int, for plan: QueryPlan) -> Bool {
        guard !plan.entities.isEmpty else { return true }
        let named = termsWithAntecedent(index)
        if plan.namesAnotherSubstance(named), !plan.namesAnyOfItsEntities(named) { return false }
        return plan.namesItsEntities(named.union(headingTerms))
    }

    /// Whether sentence `index` addresses what the plan asks of its substances: it names every
    /// one of them by name (it, the sentence it leans on, or the heading does), and for a single
    /// substance says one of the plan's other subjects itself ("… clonazepam zelf sedatie en
    /// slaperigheid veroorzaakt, wat … in het verkeer gevaarlijk kan zijn" for "kan ik rijden als
    /// ik clonazepam slik?"); several substances asked together are asked about together.
    func addressesEntities(_ index: Int, for plan: QueryPlan) -> Bool {
        let named = termsWithAntecedent(index).union(headingTerms)
        // Of two substances compared, either will do, and like one alone it must say what is asked.
        let compares = plan.comparesKnownEntities
        let byName = { (entity: PlannedConcept) in entity.match(named) == 1 }
        guard compares ? plan.entities.contains(where: byName) : plan.entities.allSatisfy(byName) else { return false }
        let togetherAsked = plan.entities.count > 1 && !compares
        return togetherAsked || plan.subjects.contains { $0.concept.role != .entity && $0.match(sentenceTerms[index]) > 0 }
    }

    /// The terms of sentence `index` and of its ``antecedentTerms(_:)``.
    private func termsWithAntecedent(_ index: Int) -> Set<String> {
        sentenceTerms[index].union(antecedentTerms(index))
    }

    /// The terms of the sentences that sentence `index` leans on ("Het heeft …"): the one before,
    /// and the one that one leans on, back to a sentence that stands on its own ("Clonazepam wordt
    /// … Dit omvat epilepsie … Het is ook goedgekeurd voor …"). Empty when it leans on none.
    func antecedentTerms(_ index: Int) -> Set<String> {
        var terms = Set<String>()
        var sentence = index
        while sentence > 0, sentenceLeansOnPrevious[sentence] {
            sentence -= 1
            terms.formUnion(sentenceTerms[sentence])
        }
        return terms
    }

    /// Every term of the passage, its heading's included.
    var terms: Set<String> {
        sentenceTerms.reduce(into: headingTerms) { $0.formUnion($1) }
    }

    /// Whether the text as a whole has the signals of a reference line (``ReferenceLine``):
    /// when it has not, none of its lines or sentences can be one.
    var mayHoldReferences: Bool
}

/// Re-ranks FTS5's candidates with features a person can check (see ``RankingFeatures``).
///
///     let ranked = Ranker(analyzer: analyzer).rank(hits, for: plan)
///
/// bm25 finds passages that share rare words with the question; the re-ranker prefers those that
/// say *all* of what is asked (coverage), say it in one sentence, name every substance of a
/// combination question, sit in a document (or a forum thread) about the question, and are
/// statements rather than questions or reference lists.
public struct Ranker {
    public let analyzer: DutchAnalyzer

    /// How the features add up. One setting for every knowledge base, learned by coordinate ascent
    /// on the project's document benchmarks and, per passage, its forum-style question sets
    /// together (benchmarks/tune_weights.py; see benchmarks/README.md). Entity coverage and the
    /// thread's question learned no weight of their own: coverage already weighs the substances,
    /// and the reply that follows a matching question (firstReply) is what the thread adds.
    static let weights = (
        bm25: 0.3, coverage: 0.85, heading: 0.75, entities: 0.0, sentence: 0.3, thread: 0.0, definition: 0.9,
        answerType: 0.55, firstReply: 0.2, documentCoverage: 0.2, documentBM25: 0.45)

    public init(analyzer: DutchAnalyzer) {
        self.analyzer = analyzer
    }

    public func rank(_ hits: [SearchHit], for plan: QueryPlan) -> [RankedPassage] {
        let best = hits.map(\.score).max() ?? 1
        let evidence = hits.map { PassageEvidence(hit: $0, analyzer: analyzer, answerType: plan.answerType) }
        var documentTerms: [String: Set<String>] = [:]
        var isAboutAnotherSubstance: [String: Bool] = [:]
        var documentScores: [String: [Double]] = [:]
        var threadQuestions: [String: Double] = [:]
        var threadOpenings: [String: StoredPassage] = [:]
        for item in evidence {
            let source = item.hit.passage.source
            documentTerms[source, default: item.headingTerms].formUnion(item.bodyTerms)
            if isAboutAnotherSubstance[source] == nil {
                isAboutAnotherSubstance[source] = !plan.entities.isEmpty && Self.isAboutAnotherSubstance(item.hit.passage.title, plan: plan, analyzer: analyzer)
            }
            documentScores[source, default: []].append(item.hit.score)
            if let ownWords = item.threadQuestionWords {
                // Both ways: a thread on "clonazepam combineren met MDMA" only half answers "Wat is clonazepam?".
                let match = Self.matchBothWays(plan, said: item.bodyTerms, ownWords: ownWords)
                if match > threadQuestions[source] ?? 0 { threadOpenings[source] = item.hit.passage }
                threadQuestions[source] = max(threadQuestions[source] ?? 0, match)
            }
        }
        var documentFeatures: [String: DocumentFeatures] = [:]
        for (source, terms) in documentTerms {
            let scores = documentScores[source, default: []].sorted(by: >)
            let combined = (scores.first ?? 0) + 0.5 * (scores.dropFirst().first ?? 0)
            documentFeatures[source] = DocumentFeatures(
                coverage: plan.coverage(of: terms), bm25: best > 0 ? combined / (1.5 * best) : 0,
                subjects: Self.subjectShare(plan, in: terms),
                isAboutAnotherSubstance: isAboutAnotherSubstance[source] ?? false,
                threadQuestion: threadQuestions[source] ?? 0, threadOpening: threadOpenings[source])
        }
        let ranked = evidence.map { item in
            RankedPassage(passage: item.hit.passage,
                          features: features(of: item, best: best, plan: plan, document: documentFeatures[item.hit.passage.source]!),
                          analysis: item.analysis)
        }
        return ranked.sorted { $0.score > $1.score }
    }

    /// A candidate's text, analyzed once.
    struct PassageEvidence {
        var hit: SearchHit
        var bodyTerms: Set<String>
        /// The terms of the heading's words that are no stop words.
        var headingContentTerms: Set<String>
        /// For the question that opens a forum thread (and only there): the terms of its words
        /// that are no stop words.
        var threadQuestionWords: Set<String>?
        var analysis: AnalyzedPassage
        var form: Double

        var headingTerms: Set<String> { analysis.headingTerms }
        /// The terms of each sentence.
        var sentences: [Set<String>] { analysis.sentenceTerms }

        init(hit: SearchHit, analyzer: DutchAnalyzer, answerType: AnswerType?) {
            self.hit = hit
            let text = hit.passage.text
            let tokens = analyzer.analyze(text)
            bodyTerms = Set(tokens.map(\.term))
            let headingTokens = analyzer.analyze([hit.passage.title, hit.passage.section ?? ""].joined(separator: " "))
            let headingTerms = Set(headingTokens.map(\.term))
            headingContentTerms = Set(headingTokens.filter { !DutchStopWords.contains($0.normalized) }.map(\.term))
            // Sentences as token runs: the tokens' byte offsets fall inside the sentence ranges.
            let ranges = SentenceSplitter.sentences(in: text)
            let utf8 = text.utf8
            let bounds = ranges.map {
                utf8.distance(from: utf8.startIndex, to: $0.lowerBound)..<utf8.distance(from: utf8.startIndex, to: $0.upperBound)
            }
            var sentences = [Set<String>](repeating: [], count: bounds.count)
            var openings = [[AnalyzedToken]](repeating: [], count: bounds.count)
            var sentenceTokens = [[AnalyzedToken]](repeating: [], count: answerType == nil ? 0 : bounds.count)
            // A sentence's opening skips what stands in brackets: "MDMA (3,4-methyleendioxymethamfetamine)
            // is een …" defines MDMA as "MDMA is een …" does.
            let bracketed = Self.bracketedBytes(of: text)
            var index = 0
            for token in tokens {
                while index < bounds.count, token.start >= bounds[index].upperBound { index += 1 }
                guard index < bounds.count else { break }
                if bounds[index].contains(token.start) {
                    sentences[index].insert(token.term)
                    if openings[index].count < Ranker.openingLength, !bracketed[token.start] { openings[index].append(token) }
                    if answerType != nil { sentenceTokens[index].append(token) }
                }
            }
            let givesAnswer = answerType.map { asked in
                sentenceTokens.indices.map { AnswerType.given(by: sentenceTokens[$0], in: text[ranges[$0]]).contains(asked) }
            }
                ?? Array(repeating: false, count: bounds.count)
            let mayHoldReferences = ReferenceLine.matches(Substring(text))
            let leans = ranges.indices.map { SentenceLink.leansOnPrevious($0, of: ranges, in: text, opening: openings[$0]) }
            analysis = AnalyzedPassage(sentences: ranges, sentenceTerms: sentences, sentenceOpenings: openings,
                                       sentenceLeansOnPrevious: leans, sentenceGivesAnswer: givesAnswer, headingTerms: headingTerms,
                                       mayHoldReferences: mayHoldReferences)
            form = Ranker.form(of: text, wordCount: tokens.count, mayHoldReferences: mayHoldReferences)
            if hit.passage.kind == .forum, isQuestion {
                threadQuestionWords = Set(tokens.filter { !DutchStopWords.contains($0.normalized) }.map(\.term))
            }
        }

        /// A passage that only asks a question.
        var isQuestion: Bool { form == Ranker.questionForm }

        /// Per byte of `text`, whether it stands between round brackets (one left open closes at
        /// the end of its line).
        static func bracketedBytes(of text: String) -> [Bool] {
            var depth = 0
            return text.utf8.map { byte in
                if byte == UInt8(ascii: "\n") { depth = 0 }
                if byte == UInt8(ascii: "(") { depth += 1; return true }
                if byte == UInt8(ascii: ")") { depth = max(0, depth - 1); return true }
                return depth > 0
            }
        }
    }

    /// The F1 of two shares: of the question, what a text with terms `said` says (coverage), and of
    /// the text's own words (`ownWords`: the terms of its words that are no stop words), those the
    /// question asks about.
    static func matchBothWays(_ plan: QueryPlan, said: Set<String>, ownWords: Set<String>) -> Double {
        let recall = plan.coverage(of: said)
        guard !ownWords.isEmpty, recall > 0 else { return 0 }
        let asked = plan.allTerms
        let precision = Double(ownWords.filter(asked.contains).count) / Double(ownWords.count)
        return 2 * recall * precision / (recall + precision)
    }

    struct DocumentFeatures {
        var coverage: Double
        var bm25: Double
        /// ``Ranker/subjectShare(_:in:byName:)`` of the whole document.
        var subjects: Double
        /// ``Ranker/isAboutAnotherSubstance(_:plan:analyzer:)``
        var isAboutAnotherSubstance: Bool
        var threadQuestion: Double
        /// The passage that opens the thread with the question that matches best.
        var threadOpening: StoredPassage?
    }

    func features(of item: PassageEvidence, best: Double, plan: QueryPlan, document: DocumentFeatures) -> RankingFeatures {
        let said = item.bodyTerms.union(item.headingTerms)
        let coverage = plan.coverage(of: said)
        // For a question about one thing only, a heading about that thing and nothing else fits
        // best ("Paletten" before "Het dialoogvenster Paletten" for "paletten").
        let headingCoverage = plan.soleSubject == nil ? plan.coverage(of: item.headingTerms)
            : Self.matchBothWays(plan, said: item.headingTerms, ownWords: item.headingContentTerms)
        let entities = plan.entities
        let entityCoverage = entities.count < 2 ? coverage
            : entities.reduce(0) { $0 + $1.match(said) } / Double(entities.count)
        let sentenceCoverages = item.sentences.map(plan.coverage(of:))
        let sentenceCoverage = sentenceCoverages.max() ?? 0
        let threadQuestion = item.isQuestion ? 0 : document.threadQuestion
        // The reply that follows the thread's opening question answers it first.
        let opening = document.threadOpening
        let isFirstReply = opening.map { item.hit.passage.ordinal == $0.ordinal + 1 && item.hit.passage.section != $0.section } ?? false
        let firstReply = isFirstReply ? threadQuestion : 0
        let form = item.form
        let bm25 = best > 0 ? item.hit.score / best : 0
        let definition: Double = item.analysis.sentenceOpenings.contains { plan.definesSubject(opening: $0.lazy.map(\.term)) } ? 1 : 0
        let answerType: Double = sentenceCoverages.indices.contains {
            sentenceCoverages[$0] > 0 && item.analysis.givesAnswer($0, for: plan)
        } ? 1 : 0
        let w = Self.weights
        let relevance = form * (w.bm25 * bm25 + w.coverage * coverage + w.heading * headingCoverage
            + w.entities * entityCoverage + w.sentence * sentenceCoverage
            + w.thread * threadQuestion + w.definition * definition + w.answerType * answerType
            + w.firstReply * firstReply)
            + w.documentCoverage * document.coverage + w.documentBM25 * document.bm25
        // A document that names none of the substances asked about speaks of others; so does a
        // passage of a document about another one that does not name them itself.
        let subjects = document.isAboutAnotherSubstance ? Self.subjectShare(plan, in: said, byName: true) : document.subjects
        let score = (Self.foreignDocumentShare + (1 - Self.foreignDocumentShare) * subjects) * relevance
        return RankingFeatures(bm25: bm25, coverage: coverage, headingCoverage: headingCoverage,
                               entityCoverage: entityCoverage,
                               sentenceCoverage: sentenceCoverage, threadQuestion: threadQuestion, form: form,
                               definition: definition,
                               documentCoverage: document.coverage, documentBM25: document.bm25,
                               answerType: answerType, firstReply: firstReply, documentSubjects: subjects, score: score)
    }

    static let questionForm = 0.5
    /// How much of its score a passage keeps from a document that names none of the question's
    /// substances: half. A page on sertraline that happens to say "voorgeschreven" and
    /// "precies" does not answer "wat is clonazepam precies?", whatever its words.
    static let foreignDocumentShare = 0.5

    /// Of the substances the question names that the knowledge base knows, the share a text with
    /// these terms names; 1 when there are none. `byName`: only a substance's own names count,
    /// not its class.
    static func subjectShare(_ plan: QueryPlan, in terms: Set<String>, byName: Bool = false) -> Double {
        let known = plan.entities.filter(\.isInKnowledgeBase)
        guard !known.isEmpty else { return 1 }
        let named = known.count { byName ? $0.match(terms) == 1 : $0.match(terms) > 0 }
        // Of two substances compared, a text on either speaks of what is asked.
        if plan.comparesKnownEntities { return named > 0 ? 1 : 0 }
        return Double(named) / Double(known.count)
    }

    /// Whether a document's title names another substance and none asked: a page on pregabaline
    /// that mentions benzodiazepines does not speak of clonazepam, nor does its section on pregnancy.
    static func isAboutAnotherSubstance(_ title: String, plan: QueryPlan, analyzer: DutchAnalyzer) -> Bool {
        let terms = Set(analyzer.analyze(title).map(\.term))
        return plan.namesAnotherSubstance(terms) && !plan.namesAnyOfItsEntities(terms)
    }

    /// How many words of a sentence's opening are kept: enough for a name of a few words and
    /// "is", and for a connective after the subject ("Clonazepam daarentegen …", ``QuoteExtractor``).
    static let openingLength = 5

    /// A passage that is a short question (a forum's opening post, a heading that asks), a
    /// handful of words, or a list of literature references answers little.
    /// `mayHoldReferences`: whether `text` as a whole matches ``ReferenceLine`` (else no line does).
    static func form(of text: String, wordCount: Int, mayHoldReferences: Bool) -> Double {
        if wordCount <= 40, text.utf8.contains(UInt8(ascii: "?")) { return questionForm }
        if wordCount < 6 { return 0.7 }
        guard mayHoldReferences else { return 1 }
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
        let references = lines.filter { ReferenceLine.matches($0) }.count
        if !lines.isEmpty, Double(references) >= 0.4 * Double(lines.count) { return 0.3 }
        return 1
    }
}

/// Recognises a line of a bibliography: "Welch TR, Rumack BH. Clonazepam overdose … 1977;10(4):433-6. doi: …".
///
/// Every candidate's lines and sentences pass through here on every question, so the cheap
/// signals come first and on bytes; the one regular expression is compiled once and only run
/// while it can still decide (compiling it per line once took a fifth of all answering time).
///
/// No signal spans a line break, so a text that does not match as a whole has no line that does.
enum ReferenceLine {
    private static let markers = ["doi:", "doi.org", "pmid", "et al.", "[internet]", "isbn", "http://", "https://", "retrieved ", "available from"]
        .map { Array($0.utf8) }

    static func matches(_ line: Substring) -> Bool {
        // Every marker is ASCII: lowercasing the ASCII bytes is enough, and spares Foundation's
        // Substring.lowercased(), which cost a one-shot question several milliseconds.
        let lower = line.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var signals = markers.count { lower.contains(bytes: $0) }
        if signals < 2, hasYearCitation(lower) { signals += 1 }
        if signals == 1, lower.contains(bytes: Array(", ".utf8)) {
            if hasTwoAuthors(line) { signals += 1 }
        }
        return signals >= 2
    }

    /// Two authors as "Surname INITIALS, Surname INITIALS," ("Welch TR, Rumack BH."): the
    /// pattern `\p{Lu}\p{Ll}+ \p{Lu}{1,3}, \p{Lu}\p{Ll}+ \p{Lu}{1,3}[,.]`, scanned by hand (an
    /// NSRegularExpression cost a one-shot question milliseconds just to set up).
    static func hasTwoAuthors(_ line: Substring) -> Bool {
        let scalars = Array(line.unicodeScalars)
        func isUpper(_ index: Int) -> Bool { index < scalars.count && scalars[index].properties.generalCategory == .uppercaseLetter }
        func isLower(_ index: Int) -> Bool { index < scalars.count && scalars[index].properties.generalCategory == .lowercaseLetter }
        func isScalar(_ index: Int, _ scalar: Unicode.Scalar) -> Bool { index < scalars.count && scalars[index] == scalar }
        /// The end of "Surname INITIALS" starting at `index`, or nil.
        func author(at index: Int) -> Int? {
            guard isUpper(index), isLower(index + 1) else { return nil }
            var end = index + 2
            while isLower(end) { end += 1 }
            guard isScalar(end, " ") else { return nil }
            end += 1
            let initials = end
            while isUpper(end), end - initials < 3 { end += 1 }
            return end > initials ? end : nil
        }
        for start in scalars.indices {
            guard let first = author(at: start), isScalar(first, ","), isScalar(first + 1, " "),
                  let second = author(at: first + 2), isScalar(second, ",") || isScalar(second, ".") else { continue }
            return true
        }
        return false
    }

    /// A year as citations write it: 19xx or 20xx, then (after at most a space) ";", ":" or "(".
    private static func hasYearCitation(_ bytes: [UInt8]) -> Bool {
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        var index = 0
        while index + 4 < bytes.count {
            defer { index += 1 }
            let century = (bytes[index], bytes[index + 1])
            guard century == (UInt8(ascii: "1"), UInt8(ascii: "9")) || century == (UInt8(ascii: "2"), UInt8(ascii: "0")),
                  digits.contains(bytes[index + 2]), digits.contains(bytes[index + 3]) else { continue }
            var next = index + 4
            if bytes[next] == UInt8(ascii: " "), next + 1 < bytes.count { next += 1 }
            if [UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "(")].contains(bytes[next]) { return true }
        }
        return false
    }
}
