import ArgumentParser
import VraagbaakKit

struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bouwt de index of werkt hem bij (alleen gewijzigde bestanden).",
        discussion: "Andere commando's doen dit automatisch; dit commando toont altijd een samenvatting.")

    @OptionGroup var knowledge: KnowledgeOptions

    func run() throws {
        try ExitStatus.run {
            _ = try knowledge.openUpToDate(verbose: true)
        }
    }
}
