import Foundation

/// Why the knowledge folder as a whole cannot be read. One bad file never throws; it becomes
/// a `LoadWarning`.
public enum KnowledgeError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The root does not exist.
    case rootMissing(path: String)
    /// The root exists but is not a folder.
    case rootNotAFolder(path: String)
    /// The root exists but cannot be opened.
    case rootUnreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .rootMissing(let path):
            return "Kennismap niet gevonden: \(path)"
        case .rootNotAFolder(let path):
            return "Kennismap is geen map: \(path)"
        case .rootUnreadable(let path, let reason):
            return "Kennismap kan niet gelezen worden: \(path) (\(reason))"
        }
    }

    public var errorDescription: String? { description }
}
