import Foundation
import Mustache

/// Renders the Mustache templates of ``Prompts``, escaping `{{value}}` for the output's markup.
///
///     let text = Markup.render(prompts.template(.replyBBCode), as: .bbcode, context: ["disclaimer": "…"])
///
/// In a template `{{name}}` is escaped for its format (Markdown: `*`, `_`, `[`…; BBCode and text:
/// line breaks only) and `{{{name}}}` is written as is. Blank lines are folded to one.
enum Markup {
    private static let contentTypesRegistered: Void = {
        MustacheContentTypes.register(MarkdownContent(), named: "VRAAGBAAK_MARKDOWN")
        MustacheContentTypes.register(BBCodeContent(), named: "VRAAGBAAK_BBCODE")
        MustacheContentTypes.register(PlainContent(), named: "VRAAGBAAK_TEXT")
    }()

    /// Renders `template`; when it does not parse, the built-in `fallback` is used.
    static func render(_ template: String, fallback: String, as format: OutputFormat, context: [String: Any]) -> String {
        _ = contentTypesRegistered
        let pragma: String
        switch format {
        case .markdown: pragma = "{{% CONTENT_TYPE: VRAAGBAAK_MARKDOWN}}\n"
        case .bbcode: pragma = "{{% CONTENT_TYPE: VRAAGBAAK_BBCODE}}\n"
        case .text, .json: pragma = "{{% CONTENT_TYPE: VRAAGBAAK_TEXT}}\n"
        }
        let parsed = (try? MustacheTemplate(string: pragma + template)) ?? (try? MustacheTemplate(string: pragma + fallback))
        guard let parsed else { return "" }
        return tidy(parsed.render(context))
    }

    /// Whether `template` is a valid Mustache template (nil), or what is wrong with it.
    static func problem(in template: String) -> String? {
        do {
            _ = try MustacheTemplate(string: template)
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// No trailing spaces, at most one blank line in a row, no blank lines at either end.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = line
            while line.last == " " || line.last == "\t" || line.last == "\r" { line = line.dropLast() }
            if line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// A quote's line breaks (hard wraps of the source) as single spaces: the words stay verbatim.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Escapes what Markdown would read as markup, so the text renders exactly as written.
    static func escapeMarkdown(_ text: String) -> String {
        var out = ""
        for character in oneLine(text) {
            if "\\`*_[]<>#|~".contains(character) { out.append("\\") }
            out.append(character)
        }
        // A leading "1. ", "- " or "+ " would start a list.
        if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex, out[dot] == ".",
           out.index(after: dot) == out.endIndex || out[out.index(after: dot)] == " " {
            out.insert("\\", at: dot)
        } else if out.hasPrefix("- ") || out.hasPrefix("+ ") {
            out.insert("\\", at: out.startIndex)
        }
        return out
    }

    /// BBCode has no escape; a "[" that would open a tag is followed by a zero-width space.
    static func escapeBBCode(_ text: String) -> String {
        var out = ""
        let characters = Array(oneLine(text))
        for (offset, character) in characters.enumerated() {
            out.append(character)
            if character == "[", offset + 1 < characters.count,
               characters[offset + 1].isLetter || characters[offset + 1] == "/" || characters[offset + 1] == "*" {
                out.append("\u{200B}")
            }
        }
        return out
    }
}

private struct MarkdownContent: MustacheContentType {
    func escapeText(_ text: String) -> String { Markup.escapeMarkdown(text) }
}

private struct BBCodeContent: MustacheContentType {
    func escapeText(_ text: String) -> String { Markup.escapeBBCode(text) }
}

private struct PlainContent: MustacheContentType {
    func escapeText(_ text: String) -> String { text }
}
