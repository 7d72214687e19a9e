import ArgumentParser
import Foundation
import VraagbaakKit

struct DraftReply: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Maakt van een vraag of forumbericht een kant-en-klaar antwoord voor moderatoren.",
        discussion: """
            Het antwoord heeft een korte, vriendelijke opening, per vraag de citaten in forumopmaak \
            met hun bron, een genummerde bronnenlijst en de disclaimer. Een lang bericht met \
            meerdere vragen krijgt op elke vraag een antwoord, in volgorde.

            Het bericht komt uit het argument, uit --file, of van stdin ('-' of geen argument). \
            De opmaak komt uit prompts/reply.<vorm>.mustache.

            Voorbeelden:
              vraagbaak draft "kan ik clonazepam met mdma combineren?"
              vraagbaak draft --format markdown --file bericht.txt
              pbpaste | vraagbaak draft --format bbcode

            Afsluitcode: 0 als minstens één vraag een antwoord heeft, 1 als geen enkele, 2 bij een fout.
            """)

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var prompts: PromptOptions

    @Option(name: .long, help: ArgumentHelp("Uitvoer: bbcode, markdown, text of json.", valueName: "vorm"))
    var format: OutputFormat = .bbcode

    @Flag(name: .long, help: "Eén JSON-object op stdout (hetzelfde als --format json).")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Lees het bericht uit dit bestand.", valueName: "BESTAND"))
    var file: String?

    @Argument(help: ArgumentHelp("Het bericht of de vraag; '-' of niets leest van stdin.", valueName: "bericht"))
    var post: [String] = []

    func validate() throws {
        if file != nil && !post.isEmpty {
            throw ValidationError("Geef het bericht als argument óf met --file, niet allebei.")
        }
        if json && format != .json && format != .bbcode {
            throw ValidationError("--json en --format \(format.rawValue) spreken elkaar tegen; kies er één.")
        }
        // "vraagbaak draft bericht.txt" would answer the file's name.
        var isFolder: ObjCBool = false
        if post.count == 1, !post[0].contains(where: \.isWhitespace),
           FileManager.default.fileExists(atPath: post[0], isDirectory: &isFolder), !isFolder.boolValue {
            throw ValidationError("'\(post[0])' is een bestand; lees het met --file \(post[0]).")
        }
    }

    func run() throws {
        try ExitStatus.run {
            let text = try readPost()
            let base = try knowledge.openUpToDate()
            let prompts = prompts.loadChecked()
            let answerer = Answerer(index: base.index, prompts: prompts, lexicon: try LexiconFile.load(for: base))
            let draft = try Drafter(answerer: answerer).draft(text)
            let renderer = ReplyRenderer(prompts: prompts, style: TextStyle.standardOutput())
            print(try renderer.render(draft, as: json ? .json : format))
            if !draft.answered { throw ExitStatus.nothingFound }
        }
    }

    private func readPost() throws -> String {
        if let file {
            let url = URL(fileURLWithPath: (file as NSString).expandingTildeInPath)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw DraftInputError(description: "Kan het bestand '\(file)' niet lezen.")
            }
            let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw VraagbaakError.emptyQuestion }
            return text
        }
        if post.isEmpty {
            if Terminal.stdinIsTerminal {
                throw DraftInputError(description: "Geen bericht. Geef het als argument, met --file BESTAND, of via stdin.")
            }
            return try QuestionInput.read(["-"])
        }
        return try QuestionInput.read(post)
    }
}

struct DraftInputError: Error, CustomStringConvertible {
    var description: String
}
