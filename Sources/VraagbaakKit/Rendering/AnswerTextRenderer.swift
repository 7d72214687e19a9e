import Foundation

/// Renders an ``Answer`` in any ``OutputFormat`` through the templates of ``Prompts``.
///
///     let renderer = AnswerRenderer(prompts: prompts, style: .standardOutput())
///     print(try renderer.render(answer, as: .markdown))
///
/// The emergency block comes first, then the numbered quotes with their citations, then the
/// disclaimer; without quotes, the no-answer text. Plain text is wrapped and coloured by ``style``.
public struct AnswerRenderer: Sendable {
    public var prompts: Prompts
    public var style: TextStyle

    public init(prompts: Prompts, style: TextStyle = .plain) {
        self.prompts = prompts
        self.style = style
    }

    /// - Parameter firstNumber: the number of the first quote (for "more" in a conversation).
    public func render(_ answer: Answer, as format: OutputFormat, firstNumber: Int = 1) throws -> String {
        switch format {
        case .json:
            return try JSONLine.encode(AnswerJSON(answer))
        case .text:
            let text = Markup.render(prompts.template(.answerText), fallback: BuiltInPrompts.template(.answerText),
                                     as: .text, context: context(answer, firstNumber: firstNumber, style: style))
            return style.wrap(text)
        case .markdown:
            return Markup.render(prompts.template(.answerMarkdown), fallback: BuiltInPrompts.template(.answerMarkdown),
                                 as: .markdown, context: context(answer, firstNumber: firstNumber, style: .plain))
        case .bbcode:
            return Markup.render(prompts.template(.answerBBCode), fallback: BuiltInPrompts.template(.answerBBCode),
                                 as: .bbcode, context: context(answer, firstNumber: firstNumber, style: .plain))
        }
    }

    /// The fields a template sees (docs/templates.md lists them).
    func context(_ answer: Answer, firstNumber: Int, style: TextStyle) -> [String: Any] {
        var context: [String: Any] = [
            "question": ControlCharacters.escaped(answer.question),
            "answered": answer.answered,
            "quotes": answer.quotes.enumerated().map { offset, quote in
                QuoteFields.fields(quote, number: firstNumber + offset, style: style)
            },
            "noAnswer": style.paint(prompts.noAnswer, .yellow),
            "disclaimer": style.paint(answer.disclaimer, .dim),
        ]
        if let emergency = answer.emergency {
            context["emergency"] = style.paint(emergency, .red)
        }
        return context
    }
}

enum QuoteFields {
    static func fields(_ quote: Quote, number: Int, style: TextStyle) -> [String: Any] {
        var fields: [String: Any] = [
            "number": number,
            // Verbatim, but never raw control characters from a file on someone's terminal.
            "text": ControlCharacters.escaped(quote.text, keepingNewlines: true),
            "title": ControlCharacters.escaped(quote.title),
            "source": ControlCharacters.escaped(quote.source),
            "lines": Citation.lineText(quote.lines),
            "firstLine": quote.lines.lowerBound,
            "lastLine": quote.lines.upperBound,
            "citation": style.paint(Citation.text(for: quote), .cyan),
        ]
        if let section = quote.section, !section.isEmpty { fields["section"] = ControlCharacters.escaped(section) }
        return fields
    }
}

/// Renders an ``Answer`` as plain text for a terminal or a pipe, with the built-in layout.
///
///     print(AnswerTextRenderer(noAnswer: prompts.noAnswer).render(answer))
public struct AnswerTextRenderer: Sendable {
    public var renderer: AnswerRenderer

    public init(noAnswer: String) {
        var prompts = Prompts.builtIn
        prompts.noAnswer = noAnswer
        renderer = AnswerRenderer(prompts: prompts)
    }

    public init(prompts: Prompts, style: TextStyle = .plain) {
        renderer = AnswerRenderer(prompts: prompts, style: style)
    }

    public func render(_ answer: Answer) -> String {
        (try? renderer.render(answer, as: .text)) ?? ""
    }
}

/// How a quote is cited: title, section or post, file and lines.
public enum Citation {
    public static func text(for quote: Quote) -> String {
        quote.place + " (\(quote.source), \(lineText(quote.lines)))"
    }

    public static func lineText(_ lines: ClosedRange<Int>) -> String {
        lines.count == 1 ? "regel \(lines.lowerBound)" : "regels \(lines.lowerBound)–\(lines.upperBound)"
    }
}
