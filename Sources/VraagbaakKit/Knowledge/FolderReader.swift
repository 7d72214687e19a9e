import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads folders for ``FolderScanner``: what one folder holds, without deciding anything that
/// depends on the rest of the walk (which folders were seen, which path wins), so that the
/// folders of one level can be read on several threads at once.
struct FolderReader: Sendable {
    /// The real path of the knowledge root: links resolving outside it are not followed.
    let realRoot: String

    struct FoundFile: Sendable {
        var name: String
        var size: Int64
        var modificationTime: Int64
        var id: FolderScanner.FileID
        /// More than one hard link: the same file may be listed under another name too.
        var isShared: Bool
        /// A symbolic link to a file (size and time are the target's).
        var isLink: Bool
    }

    struct FoundFolder: Sendable {
        var name: String
        var id: FolderScanner.FileID
        /// The target's real path, for a symbolic link to a folder.
        var realPath: String?
    }

    struct Warning: Sendable {
        /// The entry's name; nil for the folder itself.
        var name: String?
        var message: String
    }

    /// One folder's entries, each list in `readdir` order.
    struct Listing: Sendable {
        var files: [FoundFile] = []
        var folders: [FoundFolder] = []
        /// Symbolic links to folders inside the root, read (if at all) after all other folders.
        var linkedFolders: [FoundFolder] = []
        var warnings: [Warning] = []
    }

    /// The listings of `folders`, in their order; read in parallel when there are several.
    func read(_ folders: [FolderScanner.Folder]) -> [Listing] {
        guard folders.count > 1 else { return folders.map(read) }
        var listings = [Listing](repeating: Listing(), count: folders.count)
        listings.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: folders.count) { slots[$0] = read(folders[$0]) }
        }
        return listings
    }

    func read(_ folder: FolderScanner.Folder) -> Listing {
        var listing = Listing()
        guard let directory = opendir(folder.path) else {
            listing.warnings.append(Warning(message: "map kan niet gelezen worden (\(KnowledgeSystemError(code: errno))); overgeslagen"))
            return listing
        }
        defer { closedir(directory) }
        let fd = dirfd(directory)
        while let entry = readdir(directory) {
            let cName = Self.entryName(entry)
            if cName.pointee == 0 || cName.pointee == 0x2E { continue } // ".", ".." and hidden names
            // A regular file with an extension we do not read needs no stat, nor even a String.
            if entry.pointee.d_type == UInt8(DT_REG), !Self.hasReadableExtension(cName) { continue }
            guard let name = String(validatingCString: cName) else {
                listing.warnings.append(Warning(name: String(cString: cName), message: "naam is geen geldige UTF-8; overgeslagen"))
                continue
            }
            var info = stat()
            guard fstatat(fd, cName, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                listing.warnings.append(Warning(name: name, message: "kan niet gelezen worden (\(KnowledgeSystemError(code: errno))); overgeslagen"))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                listing.folders.append(FoundFolder(name: name, id: FolderScanner.id(info)))
            case S_IFREG:
                guard Self.hasReadableExtension(cName) else { continue }
                listing.files.append(Self.found(name, info, isLink: false))
            case S_IFLNK:
                followLink(folder.path == "/" ? "/" + name : folder.path + "/" + name, name: name, into: &listing)
            default:
                continue // sockets, pipes, devices
            }
        }
        return listing
    }

    private func followLink(_ path: String, name: String, into listing: inout Listing) {
        func warn(_ message: String) { listing.warnings.append(Warning(name: name, message: message)) }
        guard let target = FolderScanner.realPath(path) else {
            return warn("symbolische link wijst naar iets dat niet bestaat (of een lus); overgeslagen")
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            return warn("symbolische link kan niet gevolgd worden (\(KnowledgeSystemError(code: errno))); overgeslagen")
        }
        let isFolder = info.st_mode & S_IFMT == S_IFDIR
        let isFile = info.st_mode & S_IFMT == S_IFREG
        if isFile, !KnowledgeFile.readableExtensions.contains(KnowledgeFile.fileExtension(of: name)) { return }
        guard isFolder || isFile else { return }
        let rootPrefix = realRoot == "/" ? "/" : realRoot + "/"
        guard target == realRoot || target.hasPrefix(rootPrefix) else {
            return warn("symbolische link wijst buiten de kennismap (\(target)); niet gevolgd")
        }
        if isFolder {
            listing.linkedFolders.append(FoundFolder(name: name, id: FolderScanner.id(info), realPath: target))
        } else {
            listing.files.append(Self.found(name, info, isLink: true))
        }
    }

    private static func found(_ name: String, _ info: stat, isLink: Bool) -> FoundFile {
        FoundFile(name: name, size: Int64(info.st_size), modificationTime: FolderScanner.modificationTime(info),
                  id: FolderScanner.id(info), isShared: info.st_nlink > 1, isLink: isLink)
    }

    private static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> UnsafePointer<CChar> {
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

    /// `KnowledgeFile.readableExtensions` packed as big-endian integers of their ASCII bytes
    /// (an array: five comparisons cost less than hashing).
    static let readableExtensionCodes: [UInt64] = KnowledgeFile.readableExtensions.map { ext in
        ext.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }
}
