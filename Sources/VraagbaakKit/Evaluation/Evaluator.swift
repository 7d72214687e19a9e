import Foundation

/// The figures of one evaluation run.
public struct EvaluationReport: Sendable, Equatable, Encodable {
    /// Mean reciprocal rank of the first relevant document in the top 10 (rows with relevant files).
    public var mrr10 = 0.0
    public var recall1 = 0.0
    public var recall5 = 0.0
    /// Rows with relevant files.
    public var questions = 0
    /// Share of rows with expected phrases that have one in the top three quotes.
    public var hit3 = 0.0
    public var hitQuestions = 0
    /// Share of `abstain` rows that got no answer.
    public var abstention = 0.0
    public var abstainQuestions = 0
    /// Share of `answer`/`followup` rows that did get an answer.
    public var answered = 0.0
    public var answerQuestions = 0
    /// Share of `emergency` rows whose answer opens with the emergency block.
    public var emergency = 0.0
    public var emergencyQuestions = 0
    /// Non-emergency rows that got an emergency block anyway.
    public var falseAlarms = 0
    /// Quotes that are not verbatim in their cited file (must be 0).
    public var unfaithfulQuotes = 0
    /// One line per row that missed, for reading.
    public var misses: [String] = []
}

/// Runs a question set through the real pipeline and scores it.
///
///     let report = try Evaluator(answerer: answerer, knowledge: folder).run(set)
///
/// Retrieval is scored per document: a document ranks where its best passage ranks.
/// `followup` rows are asked in the conversation of the row above, as in the REPL.
public struct Evaluator {
    public let answerer: Answerer
    public let knowledge: URL

    public init(answerer: Answerer, knowledge: URL) {
        self.answerer = answerer
        self.knowledge = knowledge
    }

    /// `record` receives, for each row with relevant files, the ranking it was scored on.
    public func run(_ set: EvaluationSet, record: (RankingRecord) throws -> Void = { _ in }) throws -> EvaluationReport {
        var report = EvaluationReport()
        var reciprocalRanks = 0.0, recalled1 = 0, recalled5 = 0, hits = 0, abstained = 0, answered = 0, alarms = 0
        var sourceTexts: [String: String] = [:]
        let conversation = Conversation(answerer: answerer)
        for question in set.questions {
            if question.kind != .followup { conversation.reset() }
            let answer = try conversation.ask(question.text)
            let expansions = answer.plan?.concepts.flatMap(\.expansions) ?? []
            let label = "regel \(question.line) [\(question.kind.rawValue)] \(question.text)"
                + (expansions.isEmpty ? "" : " {\(expansions.joined(separator: "; "))}")

            if !question.relevant.isEmpty {
                report.questions += 1
                try record(RankingRecord(question, ranking: answer.ranking))
                let documents = Self.rankedDocuments(answer.ranking)
                if let rank = documents.prefix(10).firstIndex(where: question.relevant.contains) {
                    reciprocalRanks += 1 / Double(rank + 1)
                    if rank == 0 { recalled1 += 1 }
                    if rank < 5 { recalled5 += 1 }
                    if rank > 0 { report.misses.append("\(label): relevant op plaats \(rank + 1)") }
                } else {
                    report.misses.append("\(label): relevant niet in top 10 (1e: \(documents.first ?? "-"))")
                }
            }
            switch question.kind {
            case .answer, .followup:
                report.answerQuestions += 1
                if answer.answered { answered += 1 }
                if !question.expected.isEmpty {
                    report.hitQuestions += 1
                    let top = answer.quotes.prefix(3).map { Self.folded($0.text) }
                    if question.expected.contains(where: { phrase in top.contains { $0.contains(Self.folded(phrase)) } }) {
                        hits += 1
                    } else {
                        report.misses.append("\(label): geen verwachte zin in de top 3")
                    }
                }
            case .abstain:
                report.abstainQuestions += 1
                if !answer.answered { abstained += 1 } else { report.misses.append("\(label): gaf toch antwoord") }
            case .emergency:
                report.emergencyQuestions += 1
                if answer.emergency != nil { alarms += 1 } else { report.misses.append("\(label): geen noodhulp") }
            }
            if question.kind != .emergency, answer.emergency != nil {
                report.falseAlarms += 1
                report.misses.append("\(label): onterecht noodhulp")
            }
            for quote in answer.quotes {
                if sourceTexts[quote.source] == nil { sourceTexts[quote.source] = sourceText(quote.source) }
                if !(sourceTexts[quote.source] ?? "").contains(quote.text) { report.unfaithfulQuotes += 1 }
            }
        }
        func share(_ count: Int, _ total: Int) -> Double { total == 0 ? 0 : Double(count) / Double(total) }
        report.mrr10 = report.questions == 0 ? 0 : reciprocalRanks / Double(report.questions)
        report.recall1 = share(recalled1, report.questions)
        report.recall5 = share(recalled5, report.questions)
        report.hit3 = share(hits, report.hitQuestions)
        report.abstention = share(abstained, report.abstainQuestions)
        report.answered = share(answered, report.answerQuestions)
        report.emergency = share(alarms, report.emergencyQuestions)
        return report
    }

    /// The text quotes must come from: the file itself, or for HTML the text extracted from it.
    private func sourceText(_ source: String) -> String {
        let path = knowledge.appendingPathComponent(source).path
        guard let bytes = try? KnowledgeFolder.readFile(atPath: path) else { return "" }
        return KnowledgeFolder.parse(bytes: bytes, source: source).document?.body ?? ""
    }

    /// Documents in the order of their best passage.
    static func rankedDocuments(_ ranking: [RankedPassage]) -> [String] {
        rankedDocuments(ranking.map(\.passage.source))
    }

    /// The sources of passages best first, each document once, where it first appears.
    static func rankedDocuments(_ sources: [String]) -> [String] {
        var seen = Set<String>()
        return sources.filter { seen.insert($0).inserted }
    }

    /// Lowercased, with every kind of dash folded to '-', for comparing expected phrases.
    static func folded(_ text: String) -> String {
        String(text.lowercased().map { "‐‑‒–—―−".contains($0) ? "-" : $0 })
    }
}
