import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder of documents Vraagbaak answers from.
///
/// ```swift
/// let folder = KnowledgeFolder(root: URL(filePath: "Knowledge"))
/// let (files, scanWarnings) = try folder.scan()
/// for file in files {
///     let (document, warnings) = folder.load(file)
///     // index `document`, show `warnings`
/// }
/// ```
///
/// `scan()` lists the files (`.txt`, `.md`, `.markdown`, `.html`, `.htm`, any case) with size
/// and modification time, using POSIX calls so that tens of thousands of files take
/// milliseconds. Hidden files and folders (name starting with ".") are skipped. Symbolic links
/// are followed only when they resolve inside the root, and a folder or file reached twice
/// (a loop, an alias, a hard link) is listed once, under the path that needs no link.
/// One bad entry gives a `LoadWarning`; only a missing or unusable root throws.
public struct KnowledgeFolder: Sendable {
    public var root: URL

    public init(root: URL) {
        self.root = root
    }

    // MARK: Scanning

    public func scan() throws -> (files: [KnowledgeFile], warnings: [LoadWarning]) {
        var scanner = try FolderScanner(rootPath: root.path)
        scanner.run()
        return (scanner.files(), scanner.warnings)
    }

    // MARK: Loading

    /// Files larger than this are skipped with a warning: no help text is this long, and reading
    /// a dump or log of that size would hold up the whole refresh.
    public static let maximumFileSize: Int64 = 32 << 20

    /// Reads and parses one file. Returns nil (and a warning) when the file is skipped.
    public func load(_ file: KnowledgeFile) -> (document: Document?, warnings: [LoadWarning]) {
        guard file.size <= Self.maximumFileSize else {
            return (nil, [LoadWarning(source: file.relativePath, message:
                "te groot (\(file.size / 1_000_000) MB; hoogstens \(Self.maximumFileSize / 1_000_000) MB); overgeslagen")])
        }
        let bytes: [UInt8]
        do {
            bytes = try Self.readFile(atPath: file.path, limit: Self.maximumFileSize)
        } catch {
            return (nil, [LoadWarning(source: file.relativePath, message: "kan niet gelezen worden (\(error)); overgeslagen")])
        }
        return Self.parse(bytes: bytes, source: file.relativePath)
    }

    /// Scans and loads every file, in `relativePath` order.
    public func loadAll() throws -> (documents: [Document], warnings: [LoadWarning]) {
        let (files, scanWarnings) = try scan()
        var documents: [Document] = []
        var warnings = scanWarnings
        for file in files {
            let (document, fileWarnings) = load(file)
            if let document { documents.append(document) }
            warnings += fileWarnings
        }
        return (documents, warnings)
    }

    /// Parses the bytes of a file; the extension of `source` picks the format (`.md` and
    /// `.markdown` Markdown, `.html` and `.htm` HTML, anything else plain text).
    ///
    /// ```swift
    /// let (document, _) = KnowledgeFolder.parse(bytes: Array("# Kop\n\nTekst.".utf8), source: "a.md")
    /// ```
    public static func parse(bytes: [UInt8], source: String) -> (document: Document?, warnings: [LoadWarning]) {
        var warnings: [LoadWarning] = []
        let decoded: TextDecoding.Decoded
        switch TextDecoding.decode(bytes) {
        case .skipped(let reason):
            return (nil, [LoadWarning(source: source, message: reason)])
        case .decoded(let result):
            decoded = result
            if let note = result.note { warnings.append(LoadWarning(source: source, message: note)) }
        }
        let parsed: ParsedText
        switch KnowledgeFile.fileExtension(of: source) {
        case "md", "markdown": parsed = MarkdownParser.parse(bytes: decoded.utf8, string: decoded.string)
        case "html", "htm": parsed = HTMLParser.parse(bytes: decoded.utf8)
        default: parsed = PlainTextParser.parse(bytes: decoded.utf8, string: decoded.string)
        }
        warnings += parsed.notes.map { LoadWarning(source: source, message: $0) }
        guard parsed.sections.contains(where: { !$0.paragraphs.isEmpty }) else {
            warnings.append(LoadWarning(source: source, message: "geen tekst gevonden; overgeslagen"))
            return (nil, warnings)
        }
        let title = parsed.title.flatMap { $0.isEmpty ? nil : $0 } ?? TextOutline.fileTitle(source)
        let document = Document(source: source, title: title, kind: parsed.kind, date: parsed.date,
                                body: parsed.body, sections: parsed.sections)
        return (document, warnings)
    }

    /// The whole file, read with POSIX calls (no intermediate `Data`), straight into an array of
    /// the size `fstat` gives (no zeroed buffer per file: that showed in profiles).
    static func readFile(atPath path: String, limit: Int64 = .max) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw KnowledgeSystemError(code: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw KnowledgeSystemError(code: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw KnowledgeSystemError(code: EISDIR) }
        guard Int64(info.st_size) <= limit else { throw KnowledgeSystemError(code: EFBIG) }
        // One byte more than expected, so that a file that grew since `fstat` fills the array.
        let expected = Int(info.st_size)
        var bytes = try [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
            count = try readAll(fd, into: UnsafeMutableRawBufferPointer(buffer))
        }
        guard bytes.count > expected else { return bytes }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while Int64(bytes.count) <= limit {
            let count = try chunk.withUnsafeMutableBytes { try readAll(fd, into: $0) }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
        // A file that grew past the limit while being read.
        throw KnowledgeSystemError(code: EFBIG)
    }

    /// Reads until `buffer` is full or the file ends; returns the number of bytes read.
    private static func readAll(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        var total = 0
        while total < buffer.count {
            let count = read(fd, buffer.baseAddress! + total, buffer.count - total)
            if count < 0 {
                if errno == EINTR { continue }
                throw KnowledgeSystemError(code: errno)
            }
            if count == 0 { break }
            total += count
        }
        return total
    }
}

/// A failed POSIX call, described in Dutch where we know the error.
struct KnowledgeSystemError: Error, CustomStringConvertible {
    var code: Int32

    var description: String {
        switch code {
        case EACCES, EPERM: return "geen toegang"
        case ENOENT: return "bestaat niet"
        case ELOOP: return "te veel symbolische links"
        case EISDIR: return "is geen gewoon bestand"
        case ENOTDIR: return "is geen map"
        case EIO: return "leesfout"
        case EFBIG: return "te groot"
        default: return String(cString: strerror(code))
        }
    }
}

extension KnowledgeFile {
    /// The lowercased extension of a path, without the dot.
    static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
