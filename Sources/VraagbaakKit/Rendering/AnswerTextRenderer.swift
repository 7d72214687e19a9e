/// Renders an ``Answer`` as plain text for a terminal or a pipe.
///
///     print(AnswerTextRenderer().render(answer))
///
/// The emergency block comes first, then the numbered quotes with their citations, then the
/// disclaimer; without quotes, the no-answer text.
public struct AnswerTextRenderer: Sendable {
    public var noAnswer: String

    public init(noAnswer: String) {
        self.noAnswer = noAnswer
    }

    public func render(_ answer: Answer) -> String {
        var blocks: [String] = []
        if let emergency = answer.emergency {
            blocks.append("!! \(emergency)")
        }
        if answer.quotes.isEmpty {
            blocks.append(noAnswer)
        } else {
            blocks.append("Uit de kennisbank:")
            for (number, quote) in answer.quotes.enumerated() {
                blocks.append("[\(number + 1)] “\(quote.text)”\n    — \(Citation.text(for: quote))")
            }
        }
        blocks.append(answer.disclaimer)
        return blocks.joined(separator: "\n\n")
    }
}

/// How a quote is cited: title, section or post, file and lines.
public enum Citation {
    public static func text(for quote: Quote) -> String {
        var parts = [quote.title]
        if let section = quote.section, !section.isEmpty { parts.append(section) }
        return parts.joined(separator: " › ") + " (\(quote.source), \(lineText(quote.lines)))"
    }

    public static func lineText(_ lines: ClosedRange<Int>) -> String {
        lines.count == 1 ? "regel \(lines.lowerBound)" : "regels \(lines.lowerBound)–\(lines.upperBound)"
    }
}
