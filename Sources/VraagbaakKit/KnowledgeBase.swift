import Foundation

/// A knowledge folder with its index: what every command opens first.
///
///     let base = try KnowledgeBase(knowledge: URL(fileURLWithPath: "Knowledge"))
///     let summary = try base.refresh()
///     let answer = try Answerer(index: base.index, prompts: .builtIn).answer("Is clonazepam een benzo?")
public struct KnowledgeBase: Sendable {
    public let folder: KnowledgeFolder
    public let knowledgeURL: URL
    public let index: KnowledgeIndex

    /// Opens (or creates) the index for `knowledge`; `indexURL` nil means ``IndexLocation/defaultURL(forKnowledge:)``.
    public init(knowledge: URL, indexURL: URL? = nil) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: knowledge.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw VraagbaakError.knowledgeFolderMissing(knowledge.path)
        }
        knowledgeURL = knowledge
        folder = KnowledgeFolder(root: knowledge)
        index = try KnowledgeIndex(url: indexURL ?? IndexLocation.defaultURL(forKnowledge: knowledge))
    }

    /// Brings the index up to date with the folder; only changed files are read. With
    /// `waitIfBusy` false, an index that another process is refreshing is left as it is
    /// (``RefreshSummary/notRefreshed``), so a question never waits on a long refresh.
    public func refresh(waitIfBusy: Bool = true, progress: ((RefreshProgress) -> Void)? = nil) throws -> RefreshSummary {
        try IndexUpdater(index: index, folder: folder).refresh(waitIfBusy: waitIfBusy, progress: progress)
    }
}
