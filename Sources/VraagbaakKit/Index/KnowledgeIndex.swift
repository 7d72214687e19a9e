import Foundation
import GRDB

/// An index file: SQLite with FTS5 and the Dutch tokenizer, opened in WAL mode so that questions
/// can be answered while another process refreshes it.
///
///     let index = try KnowledgeIndex(url: IndexLocation.defaultURL(forKnowledge: knowledge))
///     let summary = try IndexUpdater(index: index, folder: KnowledgeFolder(root: knowledge)).refresh()
///     let hits = try index.search(FTSQuery(words: ["clonazepam", "mdma"]), limit: 10)
public final class KnowledgeIndex: Sendable {
    public let url: URL
    /// Why an existing file was thrown away and rebuilt on open, if it was.
    public let rebuildReason: String?
    let pool: DatabasePool

    public init(url: URL) throws {
        self.url = url
        try Self.createFolder(for: url)
        (pool, rebuildReason) = try Self.openOrRebuild(at: url)
    }

    /// The number of documents and passages in the index.
    public func counts() throws -> (documents: Int, passages: Int) {
        try pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM passage") ?? 0)
        }
    }

    /// The best passages for `query`, best first, by FTS5's bm25 (the heading counts double).
    public func search(_ query: FTSQuery, limit: Int) throws -> [SearchHit] {
        guard let match = query.matchExpression, limit > 0 else { return [] }
        return try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT p.id, p.ordinal, p.section, p.body, p.firstLine, p.lastLine,
                       d.source, d.title, d.kind, bm25(passage_fts, 2.0, 1.0) AS rank
                FROM passage_fts
                JOIN passage p ON p.id = passage_fts.rowid
                JOIN document d ON d.id = p.documentId
                WHERE passage_fts MATCH ?
                ORDER BY rank
                LIMIT ?
                """, arguments: [match, limit])
            return rows.map { row in
                SearchHit(passage: StoredPassage(row: row), score: -(row["rank"] as Double))
            }
        }
    }

    /// The passages of one document around `ordinal`, in order (for showing a quote in context).
    public func passages(source: String, ordinals: ClosedRange<Int>) throws -> [StoredPassage] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.id, p.ordinal, p.section, p.body, p.firstLine, p.lastLine, d.source, d.title, d.kind
                FROM passage p JOIN document d ON d.id = p.documentId
                WHERE d.source = ? AND p.ordinal BETWEEN ? AND ?
                ORDER BY p.ordinal
                """, arguments: [source, ordinals.lowerBound, ordinals.upperBound])
            .map(StoredPassage.init(row:))
        }
    }

    // MARK: - Opening

    private struct StaleIndex: Error, CustomStringConvertible {
        var description: String
    }

    /// Opens the file; one that is corrupt or of another version is removed and created anew.
    private static func openOrRebuild(at url: URL) throws -> (DatabasePool, String?) {
        let reason: String
        do {
            let pool = try openPool(at: url)
            try prepareSchema(pool)
            return (pool, nil)
        } catch let stale as StaleIndex {
            reason = stale.description
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            reason = "het indexbestand was beschadigd"
        }
        try removeFiles(at: url)
        let pool = try openPool(at: url)
        try prepareSchema(pool)
        return (pool, reason)
    }

    private static func openPool(at url: URL) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            db.add(tokenizer: DutchFTS5Tokenizer.self)
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        return try DatabasePool(path: url.path, configuration: configuration)
    }

    /// Creates the tables in a new file; throws ``StaleIndex`` for a file of another version.
    private static func prepareSchema(_ pool: DatabasePool) throws {
        try pool.write { db in
            if try IndexSchema.isEmpty(db) {
                try IndexSchema.create(db)
            } else if try !IndexSchema.isCurrent(db) {
                throw StaleIndex(description: "het indexbestand kwam van een andere versie van Vraagbaak")
            }
        }
    }

    private static func createFolder(for url: URL) throws {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw VraagbaakError.indexNotWritable(folder.path)
        }
    }

    private static func removeFiles(at url: URL) throws {
        for suffix in ["", "-wal", "-shm"] {
            let path = url.path + suffix
            if FileManager.default.fileExists(atPath: path) {
                try FileManager.default.removeItem(atPath: path)
            }
        }
    }
}

/// A passage as stored in the index.
public struct StoredPassage: Sendable, Equatable, Codable {
    public var id: Int64
    public var source: String
    public var title: String
    public var kind: DocumentKind
    public var section: String?
    public var ordinal: Int
    public var lines: ClosedRange<Int>
    public var text: String

    init(row: Row) {
        id = row["id"]
        source = row["source"]
        title = row["title"]
        kind = DocumentKind(rawValue: row["kind"]) ?? .article
        section = row["section"]
        ordinal = row["ordinal"]
        lines = (row["firstLine"] as Int)...(row["lastLine"] as Int)
        text = row["body"]
    }
}

/// A passage found by a search, with its bm25 score (higher is better).
public struct SearchHit: Sendable, Equatable {
    public var passage: StoredPassage
    public var score: Double
}
