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

    /// The index the command opened last, for error messages about it (set by ``open()``).
    nonisolated(unsafe) static var lastOpenedIndex: URL?

    /// Opens the knowledge base and brings its index up to date, reporting on stderr.
    ///
    /// With `waitIfBusy` false (questions), an index that another process is refreshing is used
    /// as it is, with a note; an index whose location cannot be written is used read-only, with a
    /// note. Damage that shows up while refreshing makes it rebuild the index once.
    func openUpToDate(verbose: Bool = false, waitIfBusy: Bool = false) throws -> KnowledgeBase {
        do {
            return try refreshed(open(), verbose: verbose, waitIfBusy: waitIfBusy)
        } catch where KnowledgeIndex.isDamage(error) {
            KnowledgeIndex.markDamaged(at: indexLocation)
            return try refreshed(open(), verbose: verbose, waitIfBusy: waitIfBusy)
        }
    }

    /// The index file: `--index`, or the default beside the knowledge folder.
    var indexLocation: URL { indexURL ?? IndexLocation.defaultURL(forKnowledge: knowledgeURL) }

    /// Opens the knowledge base without refreshing it; says so on stderr when the index is rebuilt.
    func open() throws -> KnowledgeBase {
        Self.lastOpenedIndex = indexLocation
        let base = try KnowledgeBase(knowledge: knowledgeURL, indexURL: indexLocation)
        if let reason = base.index.rebuildReason {
            Terminal.note("Index wordt opnieuw opgebouwd: \(reason).")
        }
        return base
    }

    private func refreshed(_ base: KnowledgeBase, verbose: Bool, waitIfBusy: Bool) throws -> KnowledgeBase {
        let progress = ProgressReporter(title: "Indexeren")
        let summary = try base.refresh(waitIfBusy: waitIfBusy, progress: progress.report)
        progress.finish()
        for warning in summary.warnings {
            Terminal.note("waarschuwing: \(Terminal.escaped(warning.source)): \(warning.message)")
        }
        switch summary.notRefreshed {
        case .readOnly?:
            Terminal.note("waarschuwing: de index '\(base.index.url.path)' kan niet worden bijgewerkt (geen schrijfrechten); "
                + "het antwoord komt uit de index zoals die is.")
        case .busy?:
            Terminal.note("De index wordt op dit moment door een ander proces bijgewerkt; "
                + "het antwoord komt uit de index zoals die was.")
        case nil:
            if verbose || summary.didChange {
                Terminal.note(SummaryText.describe(summary, index: base.index))
            }
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
        return "Index bijgewerkt (\(what)): \(counts.documents) documenten, \(counts.passages) passages in \(Terminal.escaped(index.url.path))."
    }
}
