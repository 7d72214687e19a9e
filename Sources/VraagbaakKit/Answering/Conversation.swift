/// A conversation: questions answered in turn, where a follow-up leans on what came before.
///
///     let conversation = Conversation(answerer: answerer)
///     try conversation.ask("kan je clonazepam combineren met MDMA?")
///     try conversation.ask("en met alcohol?")   // about clonazepam and alcohol
///     conversation.reset()                       // `:nieuw`
///
/// A question is a follow-up when it is short and opens with "en", "maar", "ook", … or points back
/// ("dat", "het", "ervan"); it then takes over the subject of the previous question.
public final class Conversation {
    public let answerer: Answerer
    /// The answers so far, oldest first.
    public private(set) var answers: [Answer] = []
    private var context: QuestionContext?

    public init(answerer: Answerer) {
        self.answerer = answerer
    }

    public var lastAnswer: Answer? { answers.last }

    /// Answers `question`, resolving it against the conversation when it is a follow-up.
    @discardableResult
    public func ask(_ question: String) throws -> Answer {
        let resolved = answerer.understand(question, following: context)
        let answer = try answerer.answer(resolved)
        context = resolved.context
        answers.append(answer)
        return answer
    }

    /// Forgets everything: the next question starts a new conversation.
    public func reset() {
        answers.removeAll()
        context = nil
    }
}
