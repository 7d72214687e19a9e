import Foundation
import GRDB

/// What a refresh did.
public struct RefreshSummary: Sendable, Equatable {
    public var added = 0
    public var changed = 0
    public var removed = 0
    public var unchanged = 0
    public var skipped = 0
    public var passagesWritten = 0
    public var warnings: [LoadWarning] = []
    /// The term counts were copied whole from FTS5 (a first index, a large refresh) instead of
    /// counted per changed passage.
    public var copiedVocabulary = false
    /// Set when the index was left as it was (and answers come from it as it is).
    public var notRefreshed: NotRefreshed? = nil

    public enum NotRefreshed: Sendable, Equatable {
        /// Another process is refreshing the index right now.
        case busy
        /// The index's location cannot be written.
        case readOnly
    }

    public var didChange: Bool { added + changed + removed > 0 }
}

/// How far a refresh is: files handled out of files to (re)index.
public struct RefreshProgress: Sendable {
    public var done: Int
    public var total: Int
    public var bytes: Int64
}

/// Brings an index up to date with its knowledge folder, re-indexing only what changed.
///
///     let summary = try IndexUpdater(index: index, folder: folder).refresh()
///
/// Each file's fingerprint is its size and modification time; when those differ, the content
/// hash decides whether it really changed (a touched file is not re-indexed). All changes are
/// written in one transaction: a refresh killed halfway leaves the previous index intact.
///
/// One process refreshes at a time (``IndexLock``). When another one is busy, `refresh(waitIfBusy: false)`
/// returns at once with ``RefreshSummary/notRefreshed`` set, so a question is answered from the
/// index as it was (unless that index is still empty: then it waits for the other process).
public struct IndexUpdater {
    public var index: KnowledgeIndex
    public var folder: KnowledgeFolder
    public var chunker = Chunker()

    public init(index: KnowledgeIndex, folder: KnowledgeFolder) {
        self.index = index
        self.folder = folder
    }

    struct Fingerprint {
        var id: Int64
        var size: Int64
        var mtime: Int64
        var hash: String
    }

    public func refresh(waitIfBusy: Bool = true, progress: ((RefreshProgress) -> Void)? = nil) throws -> RefreshSummary {
        if index.isReadOnly { return RefreshSummary(notRefreshed: .readOnly) }
        if let summary = try index.lock.exclusively(wait: waitIfBusy, { try refreshHoldingLock(progress: progress) }) {
            return summary
        }
        if try !index.database.read({ try Bool.fetchOne($0, sql: "SELECT EXISTS (SELECT 1 FROM document)") ?? false }) {
            // Nothing to answer from yet: wait for the other process to finish its first index.
            return try index.lock.exclusively(wait: true) { try refreshHoldingLock(progress: progress) }!
        }
        return RefreshSummary(notRefreshed: .busy)
    }

    private func refreshHoldingLock(progress: ((RefreshProgress) -> Void)?) throws -> RefreshSummary {
        let (files, scanWarnings) = try folder.scan()
        var summary = RefreshSummary(warnings: scanWarnings)
        // Fingerprints only of the files that changed or went: the rest is compared in place.
        let (candidates, known, gone) = try index.database.read { try FingerprintComparison.compare(files, db: $0) }
        summary.unchanged = files.count - candidates.count
        guard !candidates.isEmpty || !gone.isEmpty else { return summary }

        try index.database.write { db in
            // The term counts change in this same transaction: old and new index alike are whole.
            // (`known` holds only the changed files' fingerprints: the indexed documents are the
            // files that are not new, and the gone ones.)
            let indexed = files.count - (candidates.count - known.count) + gone.count
            var terms = TermTable(rebuildsEverything: TermTable.rebuildIsCheaper(
                touched: candidates.count + gone.count, known: indexed))
            for (_, fingerprint) in gone {
                try Self.deleteDocument(fingerprint.id, from: db, terms: &terms)
            }
            summary.removed = gone.count
            var bytes: Int64 = 0
            for (number, file) in candidates.enumerated() {
                try write(file, previous: known[file.relativePath], into: db, terms: &terms, summary: &summary)
                bytes += file.size
                progress?(RefreshProgress(done: number + 1, total: candidates.count, bytes: bytes))
            }
            try terms.save(in: db)
            summary.copiedVocabulary = terms.rebuildsEverything
        }
        return summary
    }

    private func write(
        _ file: KnowledgeFile, previous: Fingerprint?, into db: Database, terms: inout TermTable,
        summary: inout RefreshSummary
    ) throws {
        let (loaded, warnings) = folder.load(file)
        summary.warnings += warnings
        guard let document = loaded else {
            if let previous {
                try Self.deleteDocument(previous.id, from: db, terms: &terms)
                summary.removed += 1
            }
            summary.skipped += 1
            return
        }
        let hash = ContentHash.of(document.body)
        if let previous, previous.hash == hash {
            try db.execute(sql: "UPDATE document SET size = ?, mtime = ? WHERE id = ?",
                           arguments: [file.size, file.modificationTime, previous.id])
            summary.unchanged += 1
            return
        }
        if let previous {
            try Self.deleteDocument(previous.id, from: db, terms: &terms)
            summary.changed += 1
        } else {
            summary.added += 1
        }
        let insertDocument = try DirectInsert(db.cachedStatement(sql: """
            INSERT INTO document (source, title, kind, date, size, mtime, hash) VALUES (?, ?, ?, ?, ?, ?, ?)
            """))
        try insertDocument.run {
            $0.bind(file.relativePath, at: 1); $0.bind(document.title, at: 2); $0.bind(document.kind.rawValue, at: 3)
            $0.bind(document.date, at: 4); $0.bind(file.size, at: 5); $0.bind(file.modificationTime, at: 6)
            $0.bind(hash, at: 7)
        }
        let documentID = db.lastInsertedRowID
        let insert = try DirectInsert(db.cachedStatement(sql: """
            INSERT INTO passage (documentId, ordinal, section, heading, body, firstLine, lastLine,
                                 continuation, continuationLastLine, isOpeningPost)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """))
        // The full-text row is inserted here, not by a trigger (see `IndexSchema`).
        let insertText = try DirectInsert(db.cachedStatement(sql: "INSERT INTO passage_fts (rowid, heading, body) VALUES (?, ?, ?)"))
        for passage in chunker.passages(of: document) {
            let heading = passage.section.map { passage.title + " — " + $0 } ?? passage.title
            try insert.run {
                $0.bind(documentID, at: 1); $0.bind(passage.ordinal, at: 2); $0.bind(passage.section, at: 3)
                $0.bind(heading, at: 4); $0.bind(passage.text, at: 5)
                $0.bind(passage.lines.lowerBound, at: 6); $0.bind(passage.lines.upperBound, at: 7)
                if let continuation = passage.continuation {
                    $0.bind(continuation.text, at: 8); $0.bind(continuation.lastLine, at: 9)
                }
                $0.bind(passage.isOpeningPost ? 1 : 0, at: 10)
            }
            let passageID = db.lastInsertedRowID
            try insertText.run { $0.bind(passageID, at: 1); $0.bind(heading, at: 2); $0.bind(passage.text, at: 3) }
            terms.addPassage(heading: heading, body: passage.text)
            summary.passagesWritten += 1
        }
    }

    /// Deletes a document with its passages (the foreign key cascades, triggers clear FTS5),
    /// counting its passages out of the term table first.
    private static func deleteDocument(_ id: Int64, from db: Database, terms: inout TermTable) throws {
        try terms.removePassages(ofDocument: id, in: db)
        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [id])
    }
}
