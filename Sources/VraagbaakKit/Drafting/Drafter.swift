import Foundation

/// Answers every question of a forum post, for a moderator's reply.
///
///     let draft = try Drafter(answerer: answerer).draft(post)
///     print(ReplyRenderer(prompts: prompts).render(draft, as: .bbcode))
///
/// A question that leans on the post for its subject ("… twijfel ik of dat wel samen kan") is
/// searched with the substances named before it in the post; the reply shows it as written.
public struct Drafter {
    public let answerer: Answerer

    public init(answerer: Answerer) {
        self.answerer = answerer
    }

    public func draft(_ post: String) throws -> Draft {
        let questions = PostSplitter.questions(in: post)
        var items: [Draft.Item] = []
        for question in questions {
            var searched = searchText(for: question)
            var answer = try answerer.answer(searched)
            // Members write long sentences; when the whole one finds nothing, ask its core.
            for fallback in fallbacks(for: question, first: searched) where !answer.answered {
                let retry = try answerer.answer(fallback)
                if retry.answered {
                    searched = fallback
                    answer = retry
                }
            }
            answer.question = question.text
            items.append(Draft.Item(question: question.text, searched: searched, answer: answer))
        }
        return Draft(post: post, items: items)
    }

    /// Shorter ways to ask the same: the asking clause with the sentence's substances, then only
    /// the substances and lexicon terms (when there are two substances, or a term, to ask about).
    func fallbacks(for question: PostQuestion, first: String) -> [String] {
        let understood = answerer.understand(first)
        let entities = understood.entities.map(\.label)
        let terms = understood.concepts.filter { $0.role == .term }.map(\.label)
        var result: [String] = []
        let clause = Self.askingClause(question.text)
        if clause != question.text {
            let clauseEntities = Set(answerer.understand(clause).entities.map(\.label))
            let missing = entities.filter { !clauseEntities.contains($0) }
            result.append(missing.isEmpty ? clause : clause + " (" + missing.joined(separator: ", ") + ")")
        }
        if entities.count >= 2 || (!entities.isEmpty && !terms.isEmpty) {
            result.append((entities + terms).joined(separator: " "))
        }
        return result
    }

    /// The part of a sentence that asks: after an indirect marker ("twijfel ik of …"), else the last
    /// clause after a comma.
    static func askingClause(_ sentence: String) -> String {
        let lower = sentence.lowercased()
        for marker in PostSplitter.indirectMarkers {
            if let range = lower.range(of: marker) {
                let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
                let rest = sentence[sentence.index(sentence.startIndex, offsetBy: offset)...]
                let clause = rest.trimmingCharacters(in: .whitespaces)
                if clause.split(separator: " ").count >= 2 { return clause }
            }
        }
        if let comma = sentence.lastIndex(of: ",") {
            let clause = sentence[sentence.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            if clause.split(separator: " ").count >= 3 { return clause }
        }
        return sentence
    }

    /// The question, with the substances from earlier in the post it needs for a subject.
    ///
    /// A question naming no substance takes those of its paragraph (else of the post so far); one
    /// naming a single substance and asking about a combination ("samen", "combineren", "tegelijk",
    /// or "met", "naast", "bij", "op" before the substance: "is dat link met de rivo?") takes the
    /// other substances of its paragraph.
    func searchText(for question: PostQuestion) -> String {
        let own = Set(answerer.understand(question.text).entities.map(\.label))
        let lower = question.text.lowercased()
        let combination = ["samen", "combin", "tegelijk", "mengen", "erbij"].contains { lower.contains($0) }
            || asksWithSubstance(question.text, own: own)
        var borrowed: [String] = []
        func borrow(from context: String) {
            guard !context.isEmpty else { return }
            for entity in answerer.understand(context).entities where !own.contains(entity.label) && !borrowed.contains(entity.label) {
                borrowed.append(entity.label)
            }
        }
        if own.isEmpty {
            borrow(from: question.paragraphContext)
            if borrowed.isEmpty { borrow(from: question.postContext) }
        } else if own.count == 1, combination {
            borrow(from: question.paragraphContext)
        }
        guard !borrowed.isEmpty else { return question.text }
        return question.text + " (" + borrowed.joined(separator: ", ") + ")"
    }

    /// Words that put a substance beside something else: "met de rivo", "naast mijn clonazepam",
    /// "op rivotril".
    private static let besideWords: Set<String> = ["met", "naast", "bij", "op"]

    /// Whether the question has one of ``besideWords`` before its substance, at most two words
    /// ("de", "mn") in between.
    private func asksWithSubstance(_ text: String, own: Set<String>) -> Bool {
        guard !own.isEmpty else { return false }
        let tokens = QuestionAnalysis(text, analyzer: DutchAnalyzer()).tokens
        return tokens.indices.contains { index in
            guard Self.besideWords.contains(tokens[index].normalized) else { return false }
            let following = tokens[(index + 1)..<min(index + 4, tokens.count)].map(\.token).joined(separator: " ")
            return !own.isDisjoint(with: answerer.understand(following).entities.map(\.label))
        }
    }
}

/// A reply to a forum post: each question of the post with its answer.
public struct Draft: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        /// As the member wrote it.
        public var question: String
        /// What was searched (the question with the subject it borrowed from the post).
        public var searched: String
        public var answer: Answer
    }

    public var post: String
    public var items: [Item]

    /// Whether at least one question has an answer.
    public var answered: Bool { items.contains { $0.answer.answered } }
}
