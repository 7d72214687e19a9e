import ArgumentParser
import VraagbaakKit

struct Ask: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Beantwoordt een vraag met letterlijke citaten uit de kennisbank.",
        discussion: """
            Het antwoord bestaat uit citaten met bronvermelding (document, sectie of forumbericht, \
            bestand en regels) en een disclaimer. Staat het antwoord niet in de kennisbank, dan zegt \
            Vraagbaak dat (afsluitcode 1). Bij tekenen van gevaar staat noodhulp (112) bovenaan.
            """)

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var prompts: PromptOptions

    @Flag(name: .long, help: "Eén JSON-object op stdout, voor scripts.")
    var json = false

    @Argument(help: ArgumentHelp("De vraag; '-' leest de vraag van stdin.", valueName: "vraag"))
    var question: [String] = []

    func run() throws {
        try ExitStatus.run {
            let question = try QuestionInput.read(question)
            let base = try knowledge.openUpToDate()
            let prompts = prompts.load()
            let answer = try Answerer(index: base.index, prompts: prompts).answer(question)
            if json {
                print(try JSONLine.encode(AnswerJSON(answer)))
            } else {
                print(AnswerTextRenderer(noAnswer: prompts.noAnswer).render(answer))
            }
            if !answer.answered { throw ExitStatus.nothingFound }
        }
    }
}
