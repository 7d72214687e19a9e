import Foundation
import VraagbaakKit

/// A chat session: questions answered in a conversation, and the `:` commands around it.
///
///     let session = ReplSession(conversation: Conversation(answerer: answerer), prompts: prompts,
///                               style: .standardOutput()) { print($0) }
///     session.run(reader: LibeditLineReader(historyFile: LibeditLineReader.defaultHistoryFile) ?? PlainLineReader())
///
/// Each answer shows its first quotes numbered; `:meer` adds the next ones, `:toon N` shows quote
/// N's passage with the text around it, `:bronnen` lists the sources in full, `:nieuw` forgets the
/// conversation. The session writes through `write` only, so it can be tested without a terminal.
public final class ReplSession {
    public let conversation: Conversation
    public let prompts: Prompts
    public let style: TextStyle
    /// The knowledge folder, to show a source's full path.
    public var knowledgeFolder: URL?
    public var quotesPerPage = 3
    public let prompt = "vraag> "

    /// The quotes of the last answer shown so far, numbered from 1.
    public private(set) var shown: [Quote] = []
    private var waiting: [Quote] = []
    private let write: (String) -> Void

    public init(conversation: Conversation, prompts: Prompts, style: TextStyle = .plain,
                knowledgeFolder: URL? = nil, write: @escaping (String) -> Void) {
        self.conversation = conversation
        self.prompts = prompts
        self.style = style
        self.knowledgeFolder = knowledgeFolder
        self.write = write
    }

    public var welcome: String {
        style.wrap(style.paint("Vraagbaak", .bold) + " — stel je vraag in gewone taal. "
            + "Typ :help voor de commando's, :exit of Ctrl-D om te stoppen.")
    }

    /// Reads and answers lines until `:exit` or the end of the input.
    public func run(reader: LineReader) {
        if reader.isInteractive { write(welcome + "\n") }
        while true {
            switch reader.readLine(prompt: reader.isInteractive ? prompt : "") {
            case .end:
                return
            case .interrupted:
                continue
            case .line(let line):
                let input = ReplInput(line)
                if input != .empty { reader.remember(line.trimmingCharacters(in: .whitespacesAndNewlines)) }
                if !reader.isInteractive, case .question(let question) = input {
                    write(style.paint("» " + question, .bold))
                }
                guard handle(input) else { return }
                if !reader.isInteractive, input != .empty { write("") }
            }
        }
    }

    /// Handles one line; false when the session should end.
    @discardableResult
    public func handle(_ line: String) -> Bool {
        handle(ReplInput(line))
    }

    @discardableResult
    public func handle(_ input: ReplInput) -> Bool {
        switch input {
        case .empty:
            break
        case .invalid(let message):
            write(style.paint(message, .yellow))
        case .question(let question):
            ask(question)
        case .command(.help):
            write(style.wrap(ReplCommand.helpText))
        case .command(.sources):
            showSources()
        case .command(.more):
            showMore()
        case .command(.show(let number)):
            showPassage(number)
        case .command(.new):
            conversation.reset()
            shown = []
            waiting = []
            write("Nieuw gesprek: de volgende vraag begint opnieuw.")
        case .command(.exit):
            return false
        }
        return true
    }

    private var renderer: AnswerRenderer { AnswerRenderer(prompts: prompts, style: style) }

    private func ask(_ question: String) {
        do {
            let answer = try conversation.ask(question)
            shown = answer.quotes
            waiting = answer.moreQuotes
            write(try renderer.render(answer, as: .text))
            if !waiting.isEmpty {
                write(style.paint("(:meer voor nog \(waiting.count) citaten, :toon N voor de tekst rond citaat N)", .dim))
            }
        } catch {
            write(style.paint("Fout: \(error)", .red))
        }
    }

    private func showMore() {
        guard conversation.lastAnswer != nil else {
            write("Er is nog geen antwoord; stel eerst een vraag.")
            return
        }
        guard !waiting.isEmpty, var answer = conversation.lastAnswer else {
            write("Geen verdere citaten bij deze vraag.")
            return
        }
        let page = Array(waiting.prefix(quotesPerPage))
        answer.quotes = page
        answer.moreQuotes = []
        answer.emergency = nil
        let first = shown.count + 1
        shown += page
        waiting.removeFirst(page.count)
        if let text = try? renderer.render(answer, as: .text, firstNumber: first) { write(text) }
        if !waiting.isEmpty { write(style.paint("(:meer voor nog \(waiting.count) citaten)", .dim)) }
    }

    private func showSources() {
        guard conversation.lastAnswer != nil else {
            write("Er is nog geen antwoord; stel eerst een vraag.")
            return
        }
        guard !shown.isEmpty else {
            write("Het laatste antwoord had geen bronnen: de kennisbank zei er niets over.")
            return
        }
        var lines = [style.paint("Bronnen van het laatste antwoord:", .bold)]
        for (offset, quote) in shown.enumerated() {
            lines.append("[\(offset + 1)] " + quote.place)
            var file = quote.source
            if let knowledgeFolder { file = knowledgeFolder.appendingPathComponent(quote.source).path }
            lines.append("    bestand: " + style.paint(file, .cyan))
            lines.append("    \(Citation.lineText(quote.lines)), passage \(quote.passageOrdinal)")
        }
        write(style.wrap(lines.joined(separator: "\n")))
    }

    private func showPassage(_ number: Int) {
        guard number >= 1, number <= shown.count else {
            write(style.paint(shown.isEmpty ? "Er zijn nog geen citaten om te tonen; stel eerst een vraag."
                : "Kies een citaat van 1 tot \(shown.count).", .yellow))
            return
        }
        let quote = shown[number - 1]
        let passages: [StoredPassage]
        do {
            passages = try conversation.answerer.index.passages(
                source: quote.source, ordinals: max(0, quote.passageOrdinal - 1)...(quote.passageOrdinal + 1))
        } catch {
            write(style.paint("Fout: \(error)", .red))
            return
        }
        var blocks = [style.paint("[\(number)] " + Citation.text(for: quote), .bold)]
        for passage in passages {
            let isQuoted = passage.ordinal == quote.passageOrdinal
            var text = passage.text
            if isQuoted, style.colour, let range = text.range(of: quote.text) {
                text.replaceSubrange(range, with: style.paint(quote.text, .boldCyan))
            }
            let heading = [passage.section, Citation.lineText(passage.lines)].compactMap { $0 }.joined(separator: ", ")
            let body = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { "  " + ($0.isEmpty ? "" : (isQuoted ? String($0) : style.paint(String($0), .dim))) }
                .joined(separator: "\n")
            blocks.append(style.paint((isQuoted ? "▶ " : "  ") + heading, isQuoted ? .bold : .dim) + "\n" + body)
        }
        write(style.wrap(blocks.joined(separator: "\n\n")))
    }
}
