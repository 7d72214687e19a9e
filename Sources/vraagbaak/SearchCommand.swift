import ArgumentParser
import VraagbaakKit

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Toont de best passende passages voor een zoekvraag, gerangschikt.")

    @OptionGroup var knowledge: KnowledgeOptions

    @Option(name: .long, help: "Hoeveel passages (1–1000).")
    var limit = 10

    @Flag(name: .long, help: "Eén JSON-object op stdout, voor scripts.")
    var json = false

    @Argument(help: ArgumentHelp("Wat je zoekt; '-' leest van stdin.", valueName: "zoekvraag"))
    var query: [String] = []

    func validate() throws {
        guard (1...1000).contains(limit) else {
            throw ValidationError("--limit moet tussen 1 en 1000 liggen.")
        }
    }

    func run() throws {
        try ExitStatus.run {
            let query = try QuestionInput.read(query)
            let base = try knowledge.openUpToDate()
            let analysis = QuestionAnalysis(query, analyzer: DutchAnalyzer())
            let hits = try base.index.search(analysis.ftsQuery, limit: limit)
            if json {
                print(try JSONLine.encode(SearchJSON(query: query, hits: hits)))
            } else if hits.isEmpty {
                print("Niets gevonden voor “\(Terminal.escaped(Terminal.shortened(query)))”.")
            } else {
                for (rank, hit) in hits.enumerated() {
                    let passage = hit.passage
                    // Knowledge files may hold escape sequences: never pass them to the terminal raw.
                    print(Terminal.escaped("\(rank + 1). \(passage.place) (\(passage.source), \(Citation.lineText(passage.lines))) score \(String(format: "%.2f", hit.score))"))
                    print(Terminal.escaped(passage.text.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { "   \($0)" }.joined(separator: "\n"), keepingNewlines: true))
                    print()
                }
            }
            if hits.isEmpty { throw ExitStatus.nothingFound }
        }
    }
}
