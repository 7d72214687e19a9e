import Foundation

/// Renders a ``Draft`` as a ready forum reply: a short friendly opening, the quotes per question
/// with their sources, a numbered source list and the disclaimer.
///
///     print(try ReplyRenderer(prompts: prompts).render(draft, as: .markdown))
///
/// The layout is `prompts/reply.<format>.mustache`. Sources are numbered once per document section
/// or forum post; every quote points to its number ("bron 2").
public struct ReplyRenderer: Sendable {
    public var prompts: Prompts
    public var style: TextStyle

    public init(prompts: Prompts, style: TextStyle = .plain) {
        self.prompts = prompts
        self.style = style
    }

    public func render(_ draft: Draft, as format: OutputFormat) throws -> String {
        let template: PromptTemplate
        switch format {
        case .json: return try JSONLine.encode(DraftJSON(draft))
        case .text: template = .replyText
        case .markdown: template = .replyMarkdown
        case .bbcode: template = .replyBBCode
        }
        let text = Markup.render(prompts.template(template), fallback: BuiltInPrompts.template(template),
                                 as: format, context: context(draft))
        return format == .text ? style.wrap(text) : text
    }

    func context(_ draft: Draft) -> [String: Any] {
        var sources: [(key: String, fields: [String: Any], lines: ClosedRange<Int>)] = []
        var questions: [[String: Any]] = []
        for item in draft.items {
            var quotes: [[String: Any]] = []
            for quote in item.answer.quotes {
                let key = quote.source + "\u{0}" + (quote.section ?? "")
                let number: Int
                if let index = sources.firstIndex(where: { $0.key == key }) {
                    let lines = sources[index].lines
                    sources[index].lines = min(lines.lowerBound, quote.lines.lowerBound)...max(lines.upperBound, quote.lines.upperBound)
                    number = index + 1
                } else {
                    var fields: [String: Any] = ["title": quote.title, "source": quote.source]
                    if let section = quote.section, !section.isEmpty { fields["section"] = section }
                    sources.append((key, fields, quote.lines))
                    number = sources.count
                }
                var fields = QuoteFields.fields(quote, number: quotes.count + 1, style: .plain)
                fields["ref"] = number
                quotes.append(fields)
            }
            questions.append([
                "question": item.question,
                "answered": item.answer.answered,
                "quotes": quotes,
            ])
        }
        var context: [String: Any] = [
            "several": draft.items.count > 1,
            "questions": questions,
            "hasSources": !sources.isEmpty,
            "sources": sources.enumerated().map { offset, source -> [String: Any] in
                var fields = source.fields
                fields["number"] = offset + 1
                fields["lines"] = Citation.lineText(source.lines)
                return fields
            },
            "noAnswer": prompts.noAnswer,
            "disclaimer": draft.items.first?.answer.disclaimer ?? prompts.disclaimer,
        ]
        if let emergency = draft.items.lazy.compactMap(\.answer.emergency).first {
            context["emergency"] = emergency
        }
        return context
    }
}

/// `draft --format json`: `{"answered": true, "questions": [<ask --json object>, …]}`.
public struct DraftJSON: Encodable {
    public var draft: Draft

    public init(_ draft: Draft) {
        self.draft = draft
    }

    private enum Keys: String, CodingKey {
        case answered, questions
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(draft.answered, forKey: .answered)
        try container.encode(draft.items.map { AnswerJSON($0.answer) }, forKey: .questions)
    }
}
