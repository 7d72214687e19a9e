import Foundation
import VraagbaakKit

/// The knowledge folder's own `lexicon.tsv`, added to the built-in lexicon.
enum LexiconFile {
    static let name = "lexicon.tsv"

    static func load(for base: KnowledgeBase) throws -> Lexicon {
        let file = base.knowledgeURL.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: file.path) else { return .builtIn }
        return Lexicon.builtIn.merged(with: try Lexicon(contentsOf: file))
    }
}
