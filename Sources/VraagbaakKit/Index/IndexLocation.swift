import Foundation

/// Where an index lives when `--index` is not given: beside the knowledge folder, in a hidden
/// `.vraagbaak/` folder, one file per knowledge folder (`Knowledge/` → `.vraagbaak/Knowledge.sqlite`).
/// The knowledge files themselves are never written to.
public enum IndexLocation {
    public static func defaultURL(forKnowledge knowledge: URL) -> URL {
        let folder = knowledge.standardizedFileURL
        let name = folder.lastPathComponent.isEmpty ? "index" : folder.lastPathComponent
        return folder.deletingLastPathComponent()
            .appendingPathComponent(".vraagbaak", isDirectory: true)
            .appendingPathComponent("\(name).sqlite")
    }
}
