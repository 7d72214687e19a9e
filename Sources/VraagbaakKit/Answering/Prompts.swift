import Foundation

/// The fixed texts and the layouts of everything Vraagbaak shows, editable in `prompts/` without rebuilding.
///
///     let prompts = Prompts.load(from: URL(fileURLWithPath: "prompts"))  // built-ins where a file is missing
///     let layout = prompts.template(.replyMarkdown)                       // a Mustache template
///
/// Every text and template has a built-in default (``BuiltInPrompts``), identical to the file shipped
/// in `prompts/`, so the binary works anywhere (a test keeps them equal).
public struct Prompts: Sendable, Equatable {
    public var disclaimer: String
    public var emergency: String
    public var noAnswer: String
    /// The Mustache layouts, by kind; a kind without an entry uses its built-in template.
    public var templates: [PromptTemplate: String] = [:]

    public static let builtIn = Prompts(
        disclaimer: BuiltInPrompts.disclaimer,
        emergency: BuiltInPrompts.emergency,
        noAnswer: BuiltInPrompts.noAnswer,
        templates: Dictionary(uniqueKeysWithValues: PromptTemplate.allCases.map { ($0, BuiltInPrompts.template($0)) }))

    /// The file name of each text in a prompts folder.
    public static let fileNames = (disclaimer: "disclaimer.txt", emergency: "emergency.txt", noAnswer: "no-answer.txt")

    /// The layout for `kind`: the loaded one, else the built-in one.
    public func template(_ kind: PromptTemplate) -> String {
        templates[kind] ?? BuiltInPrompts.template(kind)
    }

    /// The templates that are not valid Mustache, each with what is wrong: they are replaced by
    /// their built-in layout when rendering.
    public func templateProblems() -> [String] {
        PromptTemplate.allCases.compactMap { kind in
            Markup.problem(in: template(kind)).map { "\(kind.fileName): \($0)" }
        }
    }

    /// Reads the texts and templates from `folder`; a missing, empty or unreadable file falls back
    /// to its built-in text.
    public static func load(from folder: URL?) -> Prompts {
        guard let folder else { return .builtIn }
        func contents(_ name: String) -> String? {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                  let text = String(data: data, encoding: .utf8),
                  !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            else { return nil }
            return text
        }
        func text(_ name: String, _ fallback: String) -> String {
            contents(name)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? fallback
        }
        var templates: [PromptTemplate: String] = [:]
        for kind in PromptTemplate.allCases {
            var template = contents(kind.fileName) ?? BuiltInPrompts.template(kind)
            while template.hasSuffix("\n") || template.hasSuffix("\r\n") { template.removeLast() }
            templates[kind] = template
        }
        return Prompts(
            disclaimer: text(fileNames.disclaimer, BuiltInPrompts.disclaimer),
            emergency: text(fileNames.emergency, BuiltInPrompts.emergency),
            noAnswer: text(fileNames.noAnswer, BuiltInPrompts.noAnswer),
            templates: templates)
    }
}

/// The layouts in `prompts/`, each a Mustache template (see docs/templates.md for their fields).
public enum PromptTemplate: String, Sendable, CaseIterable, Hashable {
    /// An answer in the terminal or a pipe (`ask`, the REPL).
    case answerText
    /// An answer as Markdown (`ask --format markdown`).
    case answerMarkdown
    /// An answer as BBCode (`ask --format bbcode`).
    case answerBBCode
    /// A forum reply as plain text (`draft --format text`).
    case replyText
    /// A forum reply as Markdown (`draft --format markdown`).
    case replyMarkdown
    /// A forum reply as BBCode (`draft --format bbcode`).
    case replyBBCode

    public var fileName: String {
        switch self {
        case .answerText: "answer.text.mustache"
        case .answerMarkdown: "answer.markdown.mustache"
        case .answerBBCode: "answer.bbcode.mustache"
        case .replyText: "reply.text.mustache"
        case .replyMarkdown: "reply.markdown.mustache"
        case .replyBBCode: "reply.bbcode.mustache"
        }
    }
}

/// The built-in texts; `prompts/` in the repository holds the same words (a test keeps them equal).
public enum BuiltInPrompts {
    public static let disclaimer = """
        Let op: dit zijn letterlijke citaten uit de kennisbank, geen persoonlijk medisch advies. \
        Vraag een arts of apotheker om advies dat bij jou past, en stop of wijzig medicatie nooit \
        zonder overleg.
        """

    public static let emergency = """
        Is er direct gevaar? Bel 112 bij een (mogelijke) overdosis, bij pijn op de borst, als iemand niet reageert of \
        bewusteloos is, of als iemand vreemd of moeilijk ademt. Blijf bij de persoon tot er hulp is. \
        Denk je aan zelfmoord? Bel 113 Zelfmoordpreventie op 113 of gratis op 0800-0113, of chat via 113.nl.
        """

    public static let noAnswer = """
        Hierover staat niets in de kennisbank. Ik geef liever geen antwoord dan een verkeerd antwoord; \
        vraag het een arts, apotheker of een deskundige.
        """

    /// The built-in layout of `kind`, as in `prompts/<kind.fileName>` without its final newline.
    public static func template(_ kind: PromptTemplate) -> String {
        switch kind {
        case .answerText:
            #"""
            {{#emergency}}
            !! {{emergency}}

            {{/emergency}}
            {{#answered}}
            Uit de kennisbank:
            {{#quotes}}

            [{{number}}] “{{text}}”
                — {{citation}}
            {{/quotes}}
            {{/answered}}
            {{^answered}}
            {{noAnswer}}
            {{/answered}}

            {{disclaimer}}
            """#
        case .answerMarkdown:
            #"""
            {{#emergency}}
            > **{{emergency}}**

            {{/emergency}}
            {{#answered}}
            {{#quotes}}
            > **{{number}}.** {{text}}

            — *{{title}}{{#section}} › {{section}}{{/section}}* (`{{{source}}}`, {{lines}})

            {{/quotes}}
            {{/answered}}
            {{^answered}}
            {{noAnswer}}

            {{/answered}}
            *{{disclaimer}}*
            """#
        case .answerBBCode:
            #"""
            {{#emergency}}
            [b][color=red]{{emergency}}[/color][/b]

            {{/emergency}}
            {{#answered}}
            {{#quotes}}
            [quote][b]{{number}}.[/b] {{text}}
            — [i]{{title}}{{#section}} › {{section}}{{/section}}[/i] ({{source}}, {{lines}})[/quote]

            {{/quotes}}
            {{/answered}}
            {{^answered}}
            {{noAnswer}}

            {{/answered}}
            [i]{{disclaimer}}[/i]
            """#
        case .replyText:
            #"""
            Hoi! Bedankt voor je {{#several}}vragen{{/several}}{{^several}}vraag{{/several}}. Hieronder staat wat onze kennisbank erover zegt, letterlijk geciteerd en met de bron erbij.

            {{#emergency}}
            !! {{emergency}}

            {{/emergency}}
            {{#questions}}
            {{#several}}
            » {{question}}

            {{/several}}
            {{#quotes}}
            “{{text}}” (bron {{ref}})

            {{/quotes}}
            {{^answered}}
            {{noAnswer}}

            {{/answered}}
            {{/questions}}
            {{#hasSources}}
            Bronnen:
            {{#sources}}
            {{number}}. {{title}}{{#section}} › {{section}}{{/section}} — {{source}}, {{lines}}
            {{/sources}}

            {{/hasSources}}
            {{disclaimer}}
            """#
        case .replyMarkdown:
            #"""
            Hoi! Bedankt voor je {{#several}}vragen{{/several}}{{^several}}vraag{{/several}}. Hieronder staat wat onze kennisbank erover zegt, letterlijk geciteerd en met de bron erbij.

            {{#emergency}}
            > **{{emergency}}**

            {{/emergency}}
            {{#questions}}
            {{#several}}
            **{{question}}**

            {{/several}}
            {{#quotes}}
            > {{text}}

            — *{{title}}{{#section}} › {{section}}{{/section}}* (bron {{ref}})

            {{/quotes}}
            {{^answered}}
            {{noAnswer}}

            {{/answered}}
            {{/questions}}
            {{#hasSources}}
            **Bronnen**

            {{#sources}}
            {{number}}. {{title}}{{#section}} › {{section}}{{/section}} — `{{{source}}}`, {{lines}}
            {{/sources}}

            {{/hasSources}}
            *{{disclaimer}}*
            """#
        case .replyBBCode:
            #"""
            Hoi! Bedankt voor je {{#several}}vragen{{/several}}{{^several}}vraag{{/several}}. Hieronder staat wat onze kennisbank erover zegt, letterlijk geciteerd en met de bron erbij.

            {{#emergency}}
            [b][color=red]{{emergency}}[/color][/b]

            {{/emergency}}
            {{#questions}}
            {{#several}}
            [b]{{question}}[/b]

            {{/several}}
            {{#quotes}}
            [quote]{{text}}
            — [i]{{title}}{{#section}} › {{section}}{{/section}}[/i] (bron {{ref}})[/quote]

            {{/quotes}}
            {{^answered}}
            {{noAnswer}}

            {{/answered}}
            {{/questions}}
            {{#hasSources}}
            [b]Bronnen[/b]
            [list=1]
            {{#sources}}
            [*]{{title}}{{#section}} › {{section}}{{/section}} — {{source}}, {{lines}}
            {{/sources}}
            [/list]

            {{/hasSources}}
            [i]{{disclaimer}}[/i]
            """#
        }
    }
}
