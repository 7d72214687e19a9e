import ArgumentParser
import VraagbaakKit

struct Ask: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Beantwoordt een vraag met letterlijke citaten uit de kennisbank.",
        discussion: """
            Het antwoord bestaat uit citaten met bronvermelding (document, sectie of forumbericht, \
            bestand en regels) en een disclaimer. Staat het antwoord niet in de kennisbank, dan zegt \
            Vraagbaak dat (afsluitcode 1). Bij tekenen van gevaar staat noodhulp (112) bovenaan.

            --format kiest de vorm: text (standaard; op een terminal passend gemaakt en in kleur, \
            behalve met NO_COLOR), markdown, bbcode of json (één object, zoals --json). De opmaak \
            komt uit prompts/answer.<vorm>.mustache.

            --explain toont per gevonden passage waarom die op zijn plaats staat: de begrippen van \
            de vraag met hun gewicht en uitbreidingen, waarom er wel of geen antwoord is, en per \
            passage de score en zijn onderdelen.
            """)

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var prompts: PromptOptions

    @Option(name: .long, help: ArgumentHelp("Uitvoer: text, markdown, bbcode of json.", valueName: "vorm"))
    var format: OutputFormat?

    @Flag(name: .long, help: "Eén JSON-object op stdout, voor scripts (hetzelfde als --format json).")
    var json = false

    @Flag(name: .long, help: "Toon ook waarom elke passage op zijn plaats staat (alleen met tekstuitvoer).")
    var explain = false

    @Argument(help: ArgumentHelp("De vraag; '-' leest de vraag van stdin.", valueName: "vraag"))
    var question: [String] = []

    var outputFormat: OutputFormat { json ? .json : (format ?? .text) }

    func validate() throws {
        if json, let format, format != .json {
            throw ValidationError("--json en --format \(format.rawValue) spreken elkaar tegen; kies er één.")
        }
        if explain, outputFormat != .text {
            throw ValidationError("--explain werkt alleen met tekstuitvoer (--format text).")
        }
    }

    func run() throws {
        try ExitStatus.run {
            let question = try QuestionInput.read(question)
            let base = try knowledge.openUpToDate()
            let prompts = prompts.loadChecked()
            let answerer = Answerer(index: base.index, prompts: prompts, lexicon: try LexiconFile.load(for: base))
            let answer = try answerer.answer(question)
            let style = TextStyle.standardOutput()
            print(try AnswerRenderer(prompts: prompts, style: style).render(answer, as: outputFormat))
            if explain {
                print()
                print(ExplainRenderer(style: style).render(answer))
            }
            if !answer.answered { throw ExitStatus.nothingFound }
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}

extension PromptOptions {
    /// The prompts, with a warning on stderr for each template that does not parse.
    func loadChecked() -> Prompts {
        let prompts = load()
        for problem in prompts.templateProblems() {
            Terminal.note("waarschuwing: sjabloon \(problem); de ingebouwde opmaak wordt gebruikt.")
        }
        return prompts
    }
}
