import Foundation
import GRDB
@testable import VraagbaakKit

/// The layout the index tests share: knowledge files under `kennis/`, the index in `index/`.
extension TemporaryFolder {
    var knowledge: URL { url.appendingPathComponent("kennis") }
    var indexURL: URL { url.appendingPathComponent("index/test.sqlite") }

    /// The forum thread the ranking tests share, "Kan je valeriaan combineren met melatonine?",
    /// with `replies` as its posts "Antwoord 1", "Antwoord 2", …, in `kennis/forum/valeriaan.md`.
    func writeValerianThread(replies: [String]) throws {
        var text = "---\ntitle: Valeriaan met melatonine\nkind: forum\n---\n## Bericht 1\nKan je valeriaan combineren met melatonine?\n"
        for (number, reply) in replies.enumerated() {
            text += "\n## Antwoord \(number + 1)\n\(reply)\n"
        }
        try write(text, to: "kennis/forum/valeriaan.md")
    }

    func openKnowledgeBase() throws -> KnowledgeBase {
        try KnowledgeBase(knowledge: knowledge, indexURL: indexURL)
    }

    /// An answerer over the knowledge written so far, indexed.
    func indexedAnswerer() throws -> Answerer {
        let base = try openKnowledgeBase()
        _ = try base.refresh()
        return Answerer(index: base.index, prompts: .builtIn)
    }

    /// Changes the index file behind Vraagbaak's back (another version, a dropped table).
    func alterIndex(_ sql: String) throws {
        let queue = try DatabaseQueue(path: indexURL.path)
        try queue.write { try $0.execute(sql: sql) }
        try queue.close()
    }
}
