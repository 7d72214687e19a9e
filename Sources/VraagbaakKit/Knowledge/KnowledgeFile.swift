import Foundation

/// A file found in the knowledge folder, before it is read.
///
/// Size and modification time come from the scan, so an index can tell which files changed
/// without reading them.
public struct KnowledgeFile: Sendable, Hashable {
    /// "/"-separated, relative to the knowledge root.
    public var relativePath: String
    /// The file's path on disk (as reached from the root, through any followed link).
    public var path: String
    public var size: Int64
    /// Nanoseconds since 1970 (st_mtim).
    public var modificationTime: Int64

    /// The file's URL. Made on demand from `path`: building tens of thousands of `URL`s
    /// would cost a scan more than all its system calls.
    public var url: URL {
        get { URL(fileURLWithPath: path, isDirectory: false) }
        set { path = newValue.path }
    }

    public init(relativePath: String, url: URL, size: Int64, modificationTime: Int64) {
        self.init(relativePath: relativePath, path: url.path, size: size, modificationTime: modificationTime)
    }

    public init(relativePath: String, path: String, size: Int64, modificationTime: Int64) {
        self.relativePath = relativePath
        self.path = path
        self.size = size
        self.modificationTime = modificationTime
    }

    /// The lowercased file extension, without the dot ("txt", "md", …).
    public var fileExtension: String {
        guard let dot = relativePath.lastIndex(of: "."),
              !relativePath[dot...].contains("/") else { return "" }
        return relativePath[relativePath.index(after: dot)...].lowercased()
    }

    /// The file extensions the knowledge folder reads.
    public static let readableExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]
}
