import ArgumentParser
import Foundation
import VraagbaakKit

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Meet de kwaliteit op een vragenbestand: MRR@10, recall@1/@5, hit@3, onthouding, noodhulp.",
        discussion: """
            Het bestand heeft per regel: soort<TAB>vraag<TAB>verwachte zinnen (|)<TAB>relevante bestanden (|), \
            met soort answer, followup, abstain of emergency. Regels met # zijn commentaar. \
            Zie benchmarks/README.md voor de vragensets van het project.
            """)

    @OptionGroup var knowledge: KnowledgeOptions

    @Flag(name: .long, help: "Eén JSON-object op stdout.")
    var json = false

    @Flag(name: .long, help: "Toon ook elke gemiste vraag.")
    var verbose = false

    @Option(name: .long, help: ArgumentHelp(
        "Schrijf per vraag de kenmerken van elke kandidaat naar BESTAND (JSON-regels), om de rangschikking te onderzoeken.",
        valueName: "BESTAND"))
    var features: String?

    @Argument(help: ArgumentHelp("Het vragenbestand (.tsv).", valueName: "vragen"))
    var questions: String

    func run() throws {
        try ExitStatus.run {
            // An unwritable --features file fails now, not after the whole evaluation.
            if let features { try Data().write(to: URL(fileURLWithPath: features)) }
            let data = try Data(contentsOf: URL(fileURLWithPath: questions))
            let set = try EvaluationSet(text: String(decoding: data, as: UTF8.self))
            let base = try knowledge.openUpToDate()
            let answerer = Answerer(index: base.index, prompts: .builtIn, lexicon: try LexiconFile.load(for: base))
            var records = ""
            let report = try Evaluator(answerer: answerer, knowledge: base.knowledgeURL).run(set) { record in
                if features != nil { records += try JSONLine.encode(record) + "\n" }
            }
            if let features {
                try Data(records.utf8).write(to: URL(fileURLWithPath: features))
            }
            if json {
                print(try JSONLine.encode(report))
                return
            }
            func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
            if report.questions > 0 {
                print(String(format: "MRR@10 %.3f   recall@1 %@   recall@5 %@   (%d vragen met relevante bestanden)",
                             report.mrr10, percent(report.recall1), percent(report.recall5), report.questions))
            }
            if report.hitQuestions > 0 { print("hit@3 \(percent(report.hit3)) (\(report.hitQuestions) vragen met verwachte zinnen)") }
            if report.answerQuestions > 0 { print("beantwoord \(percent(report.answered)) van \(report.answerQuestions) te beantwoorden vragen") }
            if report.abstainQuestions > 0 { print("onthouding \(percent(report.abstention)) (\(report.abstainQuestions) vragen zonder antwoord)") }
            if report.emergencyQuestions > 0 { print("noodhulp \(percent(report.emergency)) (\(report.emergencyQuestions) noodvragen), \(report.falseAlarms) vals alarm") }
            print("niet-letterlijke citaten: \(report.unfaithfulQuotes)")
            if verbose {
                for miss in report.misses { print("  - \(miss)") }
            }
        }
    }
}
