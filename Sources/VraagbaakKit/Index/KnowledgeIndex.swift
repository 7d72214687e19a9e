import Foundation
import GRDB

/// An index file: SQLite with FTS5 and the Dutch tokenizer, opened in WAL mode so that questions
/// can be answered while another process refreshes it.
///
///     let index = try KnowledgeIndex(url: IndexLocation.defaultURL(forKnowledge: knowledge))
///     let summary = try IndexUpdater(index: index, folder: KnowledgeFolder(root: knowledge)).refresh()
///     let hits = try index.search(FTSQuery(words: ["clonazepam", "mdma"]), limit: 10)
///
/// Opening never leaves a half-made index behind and never waits on a busy timeout:
/// - a file that is damaged (not SQLite, truncated) or of another version is rebuilt, holding
///   the ``IndexLock`` so that two processes never rebuild at once;
/// - a file whose location cannot be written is opened read-only (``isReadOnly``): answers come
///   from it as it is, and refreshing is skipped.
public final class KnowledgeIndex: Sendable {
    public let url: URL
    /// Why an existing file was thrown away and rebuilt on open, if it was.
    public let rebuildReason: String?
    /// The index could not be written where it is: it is used as it is, without refreshing.
    public let isReadOnly: Bool
    let database: DatabaseQueue
    let lock: IndexLock
    /// The private copy a read-only index is read from, removed with the index.
    private let temporaryCopy: URL?

    public init(url: URL) throws {
        self.url = url
        lock = IndexLock(for: url)
        if Self.locationIsWritable(url) {
            isReadOnly = false
            temporaryCopy = nil
            (database, rebuildReason) = try Self.openOrRebuild(at: url, lock: lock)
        } else {
            isReadOnly = true
            rebuildReason = nil
            let (database, copy) = try Self.openReadOnly(at: url)
            self.database = database
            temporaryCopy = copy
        }
    }

    deinit {
        if let temporaryCopy {
            try? database.close()
            try? FileManager.default.removeItem(at: temporaryCopy)
        }
    }

    /// The number of documents and passages in the index.
    public func counts() throws -> (documents: Int, passages: Int) {
        try database.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM passage") ?? 0)
        }
    }

    /// The best passages for `query`, best first, by FTS5's bm25 (the heading counts double).
    ///
    /// Exactly the passages, scores and order of `bm25(passage_fts, 2.0, 1.0)` over the whole
    /// query, found without scoring every passage that holds a common word (``MaxScorePruning``)
    /// and without FTS5's count of each term's passages (``BM25RankFunction``).
    public func search(_ query: FTSQuery, limit: Int) throws -> [SearchHit] {
        guard let match = query.matchExpression, limit > 0 else { return [] }
        return try database.read { db in
            let frequencies = try Self.frequencies(of: query.alternatives.flatMap(\.terms), in: db)
            let passages = try Self.storedPassageCount(in: db) ?? 0
            let pruning = MaxScorePruning(query: query, frequencies: frequencies, passages: passages)
            let idfs = BM25RankFunction.encode(idfs: pruning.idfs)
            var searched = pruning.probeCount(rows: limit)
            var threshold = 0.0
            while searched < pruning.units.count {
                let filter = FTSQuery.anyOf(pruning.units.prefix(searched).map(\.alternative))
                let hits = try Self.best(matching: "(\(filter.expression)) AND (\(match))", firstPhrase: filter.phraseCount,
                                         idfs: idfs, limit: limit, threshold: threshold, in: db)
                guard hits.count == limit else {
                    // Too few rows for a threshold: search more of the rarest alternatives.
                    searched = pruning.probeCount(rows: limit - hits.count, after: searched)
                    continue
                }
                threshold = hits[limit - 1].score
                let essential = pruning.essentialCount(threshold: threshold)
                if essential <= searched { return hits }
                searched = essential
            }
            return try Self.best(matching: match, firstPhrase: 0, idfs: idfs, limit: limit, threshold: threshold, in: db)
        }
    }

    /// The `limit` best passages matching `match`, scored on its phrases from `firstPhrase` on;
    /// `threshold` is a score that `limit` of them are known to reach (or 0).
    private static func best(matching match: String, firstPhrase: Int, idfs: Data, limit: Int, threshold: Double,
                             in db: Database) throws -> [SearchHit] {
        // Rank in FTS5 alone, then read the few best passages: joining first would read
        // every matching passage's text before the sort.
        let statement = try db.cachedStatement(sql: """
            SELECT p.id, p.ordinal, p.section, p.body, p.firstLine, p.lastLine, p.continuation, p.continuationLastLine, p.isOpeningPost,
                   d.source, d.title, d.kind, best.rank
            FROM (SELECT rowid, \(BM25RankFunction.name)(passage_fts, ?, ?, ?, ?) AS rank
                  FROM passage_fts WHERE passage_fts MATCH ? ORDER BY rank LIMIT ?) AS best
            JOIN passage p ON p.id = best.rowid
            JOIN document d ON d.id = p.documentId
            ORDER BY best.rank
            """)
        return try Row.fetchAll(statement, arguments: [firstPhrase, idfs, limit, threshold, match, limit]).map { row in
            SearchHit(passage: StoredPassage(row: row), score: -(row["rank"] as Double))
        }
    }

    /// The passages of one document around `ordinal`, in order (for showing a quote in context).
    public func passages(source: String, ordinals: ClosedRange<Int>) throws -> [StoredPassage] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.id, p.ordinal, p.section, p.body, p.firstLine, p.lastLine, p.continuation, p.continuationLastLine, p.isOpeningPost,
                       d.source, d.title, d.kind
                FROM passage p JOIN document d ON d.id = p.documentId
                WHERE d.source = ? AND p.ordinal BETWEEN ? AND ?
                ORDER BY p.ordinal
                """, arguments: [source, ordinals.lowerBound, ordinals.upperBound])
            .map(StoredPassage.init(row:))
        }
    }

    /// A full check of the file: SQLite's `integrity_check`, the stored vocabulary against FTS5's
    /// (``TermTable``), and FTS5's own check of the full-text index against the passages (skipped
    /// when the index is read-only). Changes nothing. Returns the problems found (empty when the
    /// index is sound).
    public func integrityProblems() throws -> [String] {
        let problems = try database.read { db in
            let problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            return problems.isEmpty ? try TermTable.problems(in: db) : problems
        }
        guard problems.isEmpty, !isReadOnly else { return problems }
        do {
            try database.writeWithoutTransaction { db in
                try db.execute(sql: "INSERT INTO passage_fts(passage_fts, rank) VALUES('integrity-check', 1)")
            }
        } catch let error as DatabaseError {
            return ["volledige-tekstindex: \(error.message ?? error.description)"]
        }
        return []
    }

    // MARK: - Damage

    /// Whether `error` says the index file is damaged (so rebuilding it is the cure).
    public static func isDamage(_ error: Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
    }

    /// Whether `error` says another program held the index locked past the busy timeout.
    public static func isBusy(_ error: Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }

    /// Marks the index at `url` for a rebuild on its next open (after damage showed up in use).
    public static func markDamaged(at url: URL) {
        _ = FileManager.default.createFile(atPath: damageMarkerPath(url), contents: Data())
    }

    private static func damageMarkerPath(_ url: URL) -> String { url.path + ".damaged" }

    // MARK: - Opening

    private struct StaleIndex: Error, CustomStringConvertible {
        var description: String
    }

    /// Opens the file; one that is damaged or of another version is removed and created anew,
    /// holding the lock (and checking again once it holds it: another process may just have
    /// rebuilt it).
    private static func openOrRebuild(at url: URL, lock: IndexLock) throws -> (DatabaseQueue, String?) {
        if let database = try? openChecked(at: url) { return (database, nil) }
        let result = try lock.exclusively(wait: true) { () throws -> (DatabaseQueue, String?) in
            let reason: String
            do {
                return (try openChecked(at: url, creatingSchema: true), nil)
            } catch let stale as StaleIndex {
                reason = stale.description
            } catch where isDamage(error) {
                reason = "het indexbestand was beschadigd"
            }
            try removeFiles(at: url)
            let database = try openDatabase(at: url)
            try IndexSchema.create(in: database)
            return (database, reason)
        }
        return result!
    }

    /// Opens a sound, current file; throws ``StaleIndex`` or a damage error otherwise. A new
    /// (empty) file gets its tables only when `creatingSchema` (that is, under the lock).
    private static func openChecked(at url: URL, creatingSchema: Bool = false) throws -> DatabaseQueue {
        if FileManager.default.fileExists(atPath: damageMarkerPath(url)) {
            guard creatingSchema else { throw StaleIndex(description: "het indexbestand bleek beschadigd") }
            try? FileManager.default.removeItem(atPath: damageMarkerPath(url))
            throw StaleIndex(description: "het indexbestand bleek beschadigd")
        }
        if let problem = truncation(at: url) { throw StaleIndex(description: problem) }
        let database = try openDatabase(at: url)
        do {
            let (empty, current) = try database.read { db in (try IndexSchema.isEmpty(db), try IndexSchema.isCurrent(db)) }
            if empty {
                guard creatingSchema else { throw StaleIndex(description: "nieuw") }
                try IndexSchema.create(in: database)
            } else if !current {
                throw StaleIndex(description: "het indexbestand kwam van een andere versie van Vraagbaak")
            }
            return database
        } catch {
            try? database.close()
            throw error
        }
    }

    /// A Dutch reason when the file is shorter than its own header says: it was cut off.
    /// (SQLite would only notice when it reads a missing page, in the middle of a question.)
    private static func truncation(at url: URL) -> String? {
        // With a write-ahead log in use, another process may be writing or checkpointing: the
        // header and the file size are then read at different moments and need not agree.
        // SQLite itself reports real damage on the first read (see ``isDamage(_:)``).
        let logSize = (try? FileManager.default.attributesOfItem(atPath: url.path + "-wal")[.size] as? Int) ?? 0
        guard logSize == 0 else { return nil }
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return nil }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 100), header.count == 100 else {
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            return size == 0 ? nil : "het indexbestand was afgekapt"
        }
        let bytes = [UInt8](header)
        guard bytes.starts(with: Array("SQLite format 3\0".utf8)) else { return "het indexbestand was beschadigd" }
        var pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        if pageSize == 1 { pageSize = 65536 }
        let pageCount = bytes[28..<32].reduce(0) { $0 << 8 | Int($1) }
        // The header's page count is valid only when its change counter matches (bytes 24 and 92).
        guard bytes[24..<28] == bytes[92..<96], pageCount > 0 else { return nil }
        guard let size = try? handle.seekToEnd() else { return nil }
        return Int(size) < pageCount * pageSize ? "het indexbestand was afgekapt" : nil
    }

    /// One connection per process. Not a `DatabasePool`: opening a pool on a file whose
    /// write-ahead log is empty creates and drops a table (GRDB's guard against its issue 102),
    /// a write outside the ``IndexLock`` that broke another process's refresh mid-transaction
    /// ("no such table: document"). The file is put in WAL mode once, when its tables are made.
    private static func openDatabase(at url: URL) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            db.add(tokenizer: DutchFTS5Tokenizer.self)
            BM25RankFunction.register(in: db)
            try db.execute(sql: "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL")
        }
        return try DatabaseQueue(path: url.path, configuration: configuration)
    }

    /// An index in a place that cannot be written: used as it is, or a clear error.
    ///
    /// SQLite cannot open a WAL-mode file read-only where it may not create the `-shm` file, so
    /// the file (and its `-wal`, if any) is copied to a private temporary folder and read there.
    private static func openReadOnly(at url: URL) throws -> (DatabaseQueue, URL) {
        let folder = url.deletingLastPathComponent().path
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw VraagbaakError.indexNotWritable(folder)
        }
        if let problem = truncation(at: url) { throw VraagbaakError.indexUnusable(url.path, problem) }
        let database: DatabaseQueue
        do {
            let copy = FileManager.default.temporaryDirectory
                .appendingPathComponent("vraagbaak-alleen-lezen-\(getpid())-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
            let copiedIndex = copy.appendingPathComponent(url.lastPathComponent)
            try FileManager.default.copyItem(at: url, to: copiedIndex)
            if FileManager.default.isReadableFile(atPath: url.path + "-wal") {
                try FileManager.default.copyItem(atPath: url.path + "-wal", toPath: copiedIndex.path + "-wal")
            }
            for suffix in ["", "-wal"] { chmod(copiedIndex.path + suffix, 0o600) } // copies keep a read-only mode
            database = try openDatabase(at: copiedIndex)
            guard try database.read(IndexSchema.isCurrent) else {
                try? FileManager.default.removeItem(at: copy)
                throw VraagbaakError.indexUnusable(url.path, "het komt van een andere versie van Vraagbaak")
            }
            return (database, copy)
        } catch let error as VraagbaakError {
            throw error
        } catch {
            throw VraagbaakError.indexUnusable(url.path, isDamage(error) ? "het is beschadigd" : "\(error)")
        }
    }

    /// Whether the index file (and its `-wal`, `-shm` and lock files) can be made or written.
    private static func locationIsWritable(_ url: URL) -> Bool {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            return false
        }
        guard access(folder.path, W_OK) == 0 else { return false }
        for suffix in ["", "-wal", "-shm", ".lock"] where access(url.path + suffix, F_OK) == 0 {
            guard access(url.path + suffix, W_OK) == 0 else { return false }
        }
        return true
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
    /// What the passage announces with its closing ":", from the next passage (``Passage/Continuation``).
    public var continuation: Passage.Continuation?
    /// ``Passage/isOpeningPost``
    public var isOpeningPost: Bool

    init(row: Row) {
        id = row["id"]
        source = row["source"]
        title = row["title"]
        kind = DocumentKind(rawValue: row["kind"]) ?? .article
        section = row["section"]
        ordinal = row["ordinal"]
        lines = (row["firstLine"] as Int)...(row["lastLine"] as Int)
        text = row["body"]
        isOpeningPost = row["isOpeningPost"] ?? false
        if let continuationText: String = row["continuation"], let lastLine: Int = row["continuationLastLine"] {
            continuation = Passage.Continuation(text: continuationText, lastLine: lastLine)
        }
    }

    /// The section heading as a citation shows it: none when it is empty or only repeats the
    /// title (a document's opening section, under a Markdown "# Title" or an HTML page's h1).
    public var citedSection: String? {
        guard let section, !section.isEmpty, section != title else { return nil }
        return section
    }

    /// Where in its document the passage stands, for a reader: "Title › Section".
    public var place: String {
        [title, citedSection].compactMap { $0 }.joined(separator: " › ")
    }
}

/// A passage found by a search, with its bm25 score (higher is better).
public struct SearchHit: Sendable, Equatable {
    public var passage: StoredPassage
    public var score: Double
}
