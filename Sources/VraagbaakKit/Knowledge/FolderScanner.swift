import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The walk behind `KnowledgeFolder.scan()`: `opendir`/`readdir`/`fstatat`, no `FileManager`.
///
/// Order of the walk: first every folder reachable without symbolic links, then the folders
/// that links lead to (only when they resolve inside the root and were not read yet), so a
/// file is listed under the path that needs no link. Files are deduplicated by device and
/// inode with the same preference.
struct FolderScanner {
    struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private struct Folder {
        /// Path used to open it (through links, as reached).
        var path: String
        /// Relative path of the folder, "" for the root, else ending in "/".
        var prefix: String
        /// Its real path (links resolved), for the loop check.
        var realPath: String
        /// Reached through a symbolic link.
        var viaLink: Bool
    }

    private struct Candidate {
        var file: KnowledgeFile
        var id: FileID
        /// 0: no link on the way; 1: inside a linked folder; 2: the file itself is a link.
        var rank: Int
    }

    private struct PendingLink {
        var relativePath: String
        var path: String
        var realTarget: String
        var id: FileID
        var linkFolderRealPath: String
    }

    let rootPath: String
    let realRoot: String
    private(set) var warnings: [LoadWarning] = []
    private var candidates: [Candidate] = []
    private var visitedFolders: Set<FileID> = []
    private var queue: [Folder] = []
    private var pendingLinks: [PendingLink] = []

    init(rootPath: String) throws {
        var path = rootPath
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        self.rootPath = path
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw KnowledgeError.rootMissing(path: path) }
            throw KnowledgeError.rootUnreadable(path: path, reason: KnowledgeSystemError(code: errno).description)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw KnowledgeError.rootNotAFolder(path: path) }
        guard let real = Self.realPath(path) else {
            throw KnowledgeError.rootUnreadable(path: path, reason: KnowledgeSystemError(code: errno).description)
        }
        realRoot = real
        visitedFolders.insert(Self.id(info))
        queue.append(Folder(path: path, prefix: "", realPath: real, viaLink: false))
    }

    mutating func run() {
        var next = 0
        while true {
            while next < queue.count {
                let folder = queue[next]
                next += 1
                read(folder)
            }
            // Folders behind links, once every folder without links has been read.
            guard !pendingLinks.isEmpty else { break }
            let links = pendingLinks.sorted { $0.relativePath < $1.relativePath }
            pendingLinks = []
            for link in links {
                if visitedFolders.contains(link.id) {
                    let isLoop = link.linkFolderRealPath == link.realTarget
                        || link.linkFolderRealPath.hasPrefix(link.realTarget == "/" ? "/" : link.realTarget + "/")
                    warn(link.relativePath, isLoop
                        ? "symbolische link vormt een lus; niet gevolgd"
                        : "symbolische link naar een map die al gelezen wordt; niet nog eens gevolgd")
                    continue
                }
                visitedFolders.insert(link.id)
                queue.append(Folder(path: link.path, prefix: link.relativePath + "/", realPath: link.realTarget, viaLink: true))
            }
        }
    }

    /// The files, each listed once, sorted by relative path.
    func files() -> [KnowledgeFile] {
        var best: [FileID: Int] = [:]
        for (position, candidate) in candidates.enumerated() {
            if let other = best[candidate.id] {
                let current = candidates[other]
                if (candidate.rank, candidate.file.relativePath) < (current.rank, current.file.relativePath) {
                    best[candidate.id] = position
                }
            } else {
                best[candidate.id] = position
            }
        }
        return best.values.map { candidates[$0].file }.sorted { $0.relativePath < $1.relativePath }
    }

    private mutating func warn(_ source: String, _ message: String) {
        warnings.append(LoadWarning(source: source, message: message))
    }

    private mutating func read(_ folder: Folder) {
        guard let directory = opendir(folder.path) else {
            warn(folder.prefix.isEmpty ? "." : String(folder.prefix.dropLast()),
                 "map kan niet gelezen worden (\(KnowledgeSystemError(code: errno))); overgeslagen")
            return
        }
        defer { closedir(directory) }
        let fd = dirfd(directory)
        while let entry = readdir(directory) {
            let cName = entryName(entry)
            if cName.pointee == 0 || cName.pointee == 0x2E { continue } // ".", ".." and hidden names
            let type = entry.pointee.d_type
            // A regular file with an extension we do not read needs no stat, nor even a String.
            if type == UInt8(DT_REG), !Self.hasReadableExtension(cName) { continue }
            guard let name = String(validatingCString: cName) else {
                warn(folder.prefix + String(cString: cName), "naam is geen geldige UTF-8; overgeslagen")
                continue
            }
            let relativePath = folder.prefix + name
            var info = stat()
            guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                warn(relativePath, "kan niet gelezen worden (\(KnowledgeSystemError(code: errno))); overgeslagen")
                continue
            }
            let path = folder.path == "/" ? "/" + name : folder.path + "/" + name
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                let id = Self.id(info)
                guard visitedFolders.insert(id).inserted else { continue }
                queue.append(Folder(path: path, prefix: relativePath + "/",
                                    realPath: folder.realPath == "/" ? "/" + name : folder.realPath + "/" + name,
                                    viaLink: folder.viaLink))
            case S_IFREG:
                guard Self.hasReadableExtension(cName) else { continue }
                addCandidate(relativePath: relativePath, path: path, info: info, rank: folder.viaLink ? 1 : 0)
            case S_IFLNK:
                followLink(relativePath: relativePath, path: path, folder: folder, name: name)
            default:
                continue // sockets, pipes, devices
            }
        }
    }

    private mutating func followLink(relativePath: String, path: String, folder: Folder, name: String) {
        guard let target = Self.realPath(path) else {
            warn(relativePath, "symbolische link wijst naar iets dat niet bestaat (of een lus); overgeslagen")
            return
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            warn(relativePath, "symbolische link kan niet gevolgd worden (\(KnowledgeSystemError(code: errno))); overgeslagen")
            return
        }
        let isFolder = info.st_mode & S_IFMT == S_IFDIR
        let isFile = info.st_mode & S_IFMT == S_IFREG
        if isFile, !KnowledgeFile.readableExtensions.contains(KnowledgeFile.fileExtension(of: name)) { return }
        guard isFolder || isFile else { return }
        let rootPrefix = realRoot == "/" ? "/" : realRoot + "/"
        guard target == realRoot || target.hasPrefix(rootPrefix) else {
            warn(relativePath, "symbolische link wijst buiten de kennismap (\(target)); niet gevolgd")
            return
        }
        if isFolder {
            pendingLinks.append(PendingLink(relativePath: relativePath, path: path, realTarget: target,
                                            id: Self.id(info), linkFolderRealPath: folder.realPath))
        } else {
            addCandidate(relativePath: relativePath, path: path, info: info, rank: 2)
        }
    }

    private mutating func addCandidate(relativePath: String, path: String, info: stat, rank: Int) {
        let file = KnowledgeFile(
            relativePath: relativePath,
            path: path,
            size: Int64(info.st_size),
            modificationTime: Self.modificationTime(info))
        candidates.append(Candidate(file: file, id: Self.id(info), rank: rank))
    }

    private func entryName(_ entry: UnsafeMutablePointer<dirent>) -> UnsafePointer<CChar> {
        UnsafeRawPointer(entry).advanced(by: MemoryLayout<dirent>.offset(of: \dirent.d_name)!)
            .assumingMemoryBound(to: CChar.self)
    }

    /// Whether a C file name ends in .txt, .md, .markdown, .html or .htm (any case).
    static func hasReadableExtension(_ name: UnsafePointer<CChar>) -> Bool {
        let length = strlen(name)
        var dot = length
        while dot > 0, name[dot - 1] != 0x2E { dot -= 1 }
        guard dot > 1 else { return false } // no dot, or only a leading one
        let extensionLength = length - dot
        guard extensionLength >= 2, extensionLength <= 8 else { return false }
        var lowered: UInt64 = 0
        for k in 0..<extensionLength {
            lowered = lowered << 8 | UInt64(UInt8(bitPattern: name[dot + k]) | 0x20)
        }
        return readableExtensionCodes.contains(lowered)
    }

    /// `KnowledgeFile.readableExtensions` packed as big-endian integers of their ASCII bytes.
    static let readableExtensionCodes: Set<UInt64> = Set(KnowledgeFile.readableExtensions.map { ext in
        ext.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    })

    static func id(_ info: stat) -> FileID {
        FileID(device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(truncatingIfNeeded: info.st_ino))
    }

    static func modificationTime(_ info: stat) -> Int64 {
        #if canImport(Darwin)
        return Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        return Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
