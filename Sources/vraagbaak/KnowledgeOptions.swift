import ArgumentParser
import Foundation
import VraagbaakKit

/// `--knowledge` and `--index`, shared by every command that reads the knowledge base.
struct KnowledgeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("De kennismap met documenten.", valueName: "MAP"))
    var knowledge = "Knowledge"

    @Option(name: .long, help: ArgumentHelp(
        "Het indexbestand (standaard .vraagbaak/<map>.sqlite naast de kennismap).", valueName: "BESTAND"))
    var index: String?

    var knowledgeURL: URL { URL(fileURLWithPath: (knowledge as NSString).expandingTildeInPath) }
    var indexURL: URL? { index.map { URL(fileURLWithPath: ($0 as NSString).expandingTildeInPath) } }

    /// Opens the knowledge base and brings its index up to date, reporting on stderr.
    func openUpToDate(verbose: Bool = false) throws -> KnowledgeBase {
        let base = try KnowledgeBase(knowledge: knowledgeURL, indexURL: indexURL)
        if let reason = base.index.rebuildReason {
            Terminal.note("Index wordt opnieuw opgebouwd: \(reason).")
        }
        let progress = ProgressReporter(title: "Indexeren")
        let summary = try base.refresh(progress: progress.report)
        progress.finish()
        for warning in summary.warnings {
            Terminal.note("waarschuwing: \(warning)")
        }
        if verbose || summary.didChange {
            Terminal.note(SummaryText.describe(summary, index: base.index))
        }
        return base
    }
}

/// `--prompts`, for commands that answer.
struct PromptOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Map met teksten (disclaimer, noodhulp, geen antwoord); standaard ./prompts, anders de ingebouwde teksten.",
        valueName: "MAP"))
    var prompts: String?

    func load() -> Prompts {
        let folder = URL(fileURLWithPath: prompts ?? "prompts")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            if prompts != nil { Terminal.note("waarschuwing: map '\(folder.path)' niet gevonden; ingebouwde teksten gebruikt.") }
            return .builtIn
        }
        return Prompts.load(from: folder)
    }
}

enum SummaryText {
    static func describe(_ summary: RefreshSummary, index: KnowledgeIndex) -> String {
        let counts = (try? index.counts()) ?? (documents: 0, passages: 0)
        var changes: [String] = []
        if summary.added > 0 { changes.append("\(summary.added) nieuw") }
        if summary.changed > 0 { changes.append("\(summary.changed) gewijzigd") }
        if summary.removed > 0 { changes.append("\(summary.removed) verwijderd") }
        if summary.skipped > 0 { changes.append("\(summary.skipped) overgeslagen") }
        let what = changes.isEmpty ? "niets gewijzigd" : changes.joined(separator: ", ")
        return "Index bijgewerkt (\(what)): \(counts.documents) documenten, \(counts.passages) passages in \(index.url.path)."
    }
}
