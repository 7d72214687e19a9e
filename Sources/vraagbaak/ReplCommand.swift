import ArgumentParser
import Foundation
import VraagbaakKit
import VraagbaakREPL

struct Chat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Een gesprek: stel vragen na elkaar, met vervolgvragen (ook: vraagbaak zonder argumenten).",
        discussion: """
            Een vervolgvraag gaat verder over het onderwerp van de vorige: na "kan je clonazepam \
            combineren met MDMA?" gaat "en met alcohol?" over clonazepam en alcohol.

            Commando's: :help, :bronnen (:sources), :meer (:more), :toon N (:show N), :nieuw (:new), \
            :exit (:quit). Ctrl-D stopt, Ctrl-C wist de huidige regel. Pijltjes en Ctrl-R zoeken in \
            eerdere vragen; die staan in ~/.vraagbaak_history (of $VRAAGBAAK_HISTORY).

            Komt stdin niet van een terminal, dan is elke regel een vraag en volgen de antwoorden \
            elkaar op: vraagbaak repl < vragen.txt
            """)

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var prompts: PromptOptions

    func run() throws {
        try ExitStatus.run {
            let base = try knowledge.openUpToDate()
            let prompts = prompts.loadChecked()
            let answerer = Answerer(index: base.index, prompts: prompts, lexicon: try LexiconFile.load(for: base))
            let session = ReplSession(
                conversation: Conversation(answerer: answerer), prompts: prompts,
                style: TextStyle.standardOutput(), knowledgeFolder: base.knowledgeURL
            ) { text in
                FileHandle.standardOutput.write(Data((text + "\n").utf8))
            }
            let reader: LineReader
            if Terminal.stdinIsTerminal {
                reader = LibeditLineReader(historyFile: LibeditLineReader.defaultHistoryFile) ?? PlainLineReader()
            } else {
                reader = PipedLineReader()
            }
            session.run(reader: reader)
        }
    }
}
