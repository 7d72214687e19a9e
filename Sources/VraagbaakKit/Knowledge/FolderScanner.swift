import Dispatch
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
///
/// The walk goes one level of folders at a time: the folders of a level are read in parallel
/// (``FolderReader``, nearly all of the time is `fstatat` in the kernel), then their listings
/// are taken in queue order, so the result is the same as that of a one-by-one walk.
struct FolderScanner {
    struct FileID: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64
    }

    /// A folder to read. `path` is the path used to open it (through links, as reached).
    struct Folder: Sendable {
        var path: String
        /// Its real path (links resolved), for the loop check.
        var realPath: String
        /// Reached through a symbolic link.
        var viaLink: Bool
    }

    /// A folder in the tree the files are listed from.
    private struct Node {
        var folder: Folder
        /// Relative path of the folder, "" for the root, else ending in "/".
        var prefix: String
        /// Sorting key of each file (its name) and subfolder (its name + "/"): the sorted
        /// children, walked depth first, give every file in `relativePath` order.
        var children: [(key: String, child: Child)] = []
    }

    private enum Child {
        case file(Int)
        case folder(Int)
    }

    private struct Candidate {
        var file: FolderReader.FoundFile
        var node: Int
        /// 0: no link on the way; 1: inside a linked folder; 2: the file itself is a link.
        var rank: Int
    }

    private struct PendingLink {
        var link: FolderReader.FoundFolder
        var node: Int
        var relativePath: String
        var realTarget: String
    }

    let rootPath: String
    let realRoot: String
    private(set) var warnings: [LoadWarning] = []
    private var nodes: [Node] = []
    private var candidates: [Candidate] = []
    private var visitedFolders: Set<FileID> = []
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
        nodes.append(Node(folder: Folder(path: path, realPath: real, viaLink: false), prefix: ""))
    }

    mutating func run() {
        let reader = FolderReader(realRoot: realRoot)
        var level = [0]
        while true {
            while !level.isEmpty {
                let listings = reader.read(level.map { nodes[$0].folder })
                var next: [Int] = []
                for (node, listing) in zip(level, listings) {
                    take(listing, into: node, next: &next)
                }
                level = next
            }
            // Folders behind links, once every folder without links has been read.
            guard !pendingLinks.isEmpty else { break }
            let links = pendingLinks.sorted { $0.relativePath < $1.relativePath }
            pendingLinks = []
            for pending in links {
                let link = pending.link
                if visitedFolders.contains(link.id) {
                    let parentRealPath = nodes[pending.node].folder.realPath
                    let target = pending.realTarget
                    let isLoop = parentRealPath == target || parentRealPath.hasPrefix(target == "/" ? "/" : target + "/")
                    warn(pending.relativePath, isLoop
                        ? "symbolische link vormt een lus; niet gevolgd"
                        : "symbolische link naar een map die al gelezen wordt; niet nog eens gevolgd")
                    continue
                }
                visitedFolders.insert(link.id)
                level.append(addNode(link, viaLink: true, parent: pending.node))
            }
        }
    }

    /// The files, each listed once, sorted by relative path.
    func files() -> [KnowledgeFile] {
        let dropped = duplicates()
        var result: [KnowledgeFile] = []
        result.reserveCapacity(candidates.count - dropped.count)
        let base = rootPath == "/" ? "/" : rootPath + "/"
        // Depth first over the sorted children, with an explicit stack of (node, next child).
        let sorted = nodes.map { $0.children.sorted { $0.key < $1.key } }
        var stack = [(node: 0, next: 0)]
        while let top = stack.last {
            let children = sorted[top.node]
            guard top.next < children.count else {
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].next += 1
            switch children[top.next].child {
            case .folder(let node):
                stack.append((node, 0))
            case .file(let index):
                guard !dropped.contains(index) else { continue }
                let candidate = candidates[index]
                let relativePath = relativePath(of: index)
                result.append(KnowledgeFile(relativePath: relativePath, path: base + relativePath,
                                            size: candidate.file.size, modificationTime: candidate.file.modificationTime))
            }
        }
        return result
    }

    /// The candidates that are another path to a file listed elsewhere: of each file reached more
    /// than once, all but the one with the lowest (rank, relative path).
    ///
    /// Only a file with more than one hard link, or one reached through a symbolic link, can be
    /// reached twice (folders are read once), so the others are compared only against those.
    private func duplicates() -> Set<Int> {
        let suspects = candidates.indices.filter { candidates[$0].rank > 0 || candidates[$0].file.isShared }
        guard !suspects.isEmpty else { return [] }
        let suspectIDs = Set(suspects.map { candidates[$0].file.id })
        var best: [FileID: Int] = [:]
        var dropped: Set<Int> = []
        for index in candidates.indices where suspectIDs.contains(candidates[index].file.id) {
            let candidate = candidates[index]
            guard let other = best[candidate.file.id] else {
                best[candidate.file.id] = index
                continue
            }
            if (candidate.rank, relativePath(of: index)) < (candidates[other].rank, relativePath(of: other)) {
                best[candidate.file.id] = index
                dropped.insert(other)
            } else {
                dropped.insert(index)
            }
        }
        return dropped
    }

    private func relativePath(of candidate: Int) -> String {
        nodes[candidates[candidate].node].prefix + candidates[candidate].file.name
    }

    private mutating func warn(_ source: String, _ message: String) {
        warnings.append(LoadWarning(source: source, message: message))
    }

    /// Takes what the reader found in `node`'s folder, in the order a one-by-one walk would.
    private mutating func take(_ listing: FolderReader.Listing, into node: Int, next: inout [Int]) {
        let prefix = nodes[node].prefix
        for warning in listing.warnings {
            warn(warning.name.map { prefix + $0 } ?? (prefix.isEmpty ? "." : String(prefix.dropLast())), warning.message)
        }
        for folder in listing.folders where visitedFolders.insert(folder.id).inserted {
            next.append(addNode(folder, viaLink: nodes[node].folder.viaLink, parent: node))
        }
        let rank = nodes[node].folder.viaLink ? 1 : 0
        nodes[node].children.reserveCapacity(nodes[node].children.count + listing.files.count)
        for file in listing.files {
            nodes[node].children.append((file.name, .file(candidates.count)))
            candidates.append(Candidate(file: file, node: node, rank: file.isLink ? 2 : rank))
        }
        for link in listing.linkedFolders {
            guard let target = link.realPath else { continue } // always set for a link
            pendingLinks.append(PendingLink(link: link, node: node, relativePath: prefix + link.name, realTarget: target))
        }
    }

    private mutating func addNode(_ folder: FolderReader.FoundFolder, viaLink: Bool, parent: Int) -> Int {
        let parentFolder = nodes[parent].folder
        func join(_ base: String) -> String { base == "/" ? "/" + folder.name : base + "/" + folder.name }
        let node = Node(folder: Folder(path: join(parentFolder.path),
                                       realPath: folder.realPath ?? join(parentFolder.realPath),
                                       viaLink: viaLink),
                        prefix: nodes[parent].prefix + folder.name + "/")
        nodes.append(node)
        nodes[parent].children.append((folder.name + "/", .folder(nodes.count - 1)))
        return nodes.count - 1
    }

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
