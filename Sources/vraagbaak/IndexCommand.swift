import ArgumentParser
import VraagbaakKit

struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bouwt de index of werkt hem bij (alleen gewijzigde bestanden).",
        discussion: """
            Andere commando's doen dit automatisch; dit commando toont altijd een samenvatting. \
            Werkt een ander proces de index al bij, dan wacht het daarop.

            --check controleert de index zonder hem bij te werken (SQLite en de volledige-tekstindex) \
            en toont het aantal documenten en passages; afsluitcode 2 als hij beschadigd is.
            """)

    @OptionGroup var knowledge: KnowledgeOptions

    @Flag(name: .long, help: "Controleer de index zonder hem bij te werken.")
    var check = false

    func run() throws {
        try ExitStatus.run {
            guard check else {
                _ = try knowledge.openUpToDate(verbose: true, waitIfBusy: true)
                return
            }
            let base = try knowledge.open()
            let problems = try base.index.integrityProblems()
            let counts = try base.index.counts()
            print("\(counts.documents) documenten, \(counts.passages) passages in \(Terminal.escaped(base.index.url.path))")
            guard problems.isEmpty else {
                for problem in problems.prefix(20) { Terminal.note("probleem: \(problem)") }
                throw VraagbaakError.indexDamaged(base.index.url.path)
            }
            print("Index in orde.")
        }
    }
}
