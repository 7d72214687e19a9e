import GRDB
import GRDBSQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Compares the scanned files with the fingerprints in the index, for ``IndexUpdater``.
///
/// Runs before every question, so the common case (nothing changed) allocates nothing per row:
/// `id, source, size, mtime` are read in rowid order straight from SQLite, and each source is
/// first compared byte for byte with the file after the previous match. Rows come in the order
/// the files were indexed (sorted), so that guess nearly always holds; a row it misses (a file
/// re-indexed later, so at the end) is found by binary search and the guess continues from there.
/// Full fingerprints (with the hash) are read only for the files that changed or went.
enum FingerprintComparison {
    typealias Fingerprint = IndexUpdater.Fingerprint

    /// `files` must be sorted by `relativePath` (as `KnowledgeFolder.scan()` returns them).
    static func compare(_ files: [KnowledgeFile], db: Database) throws
        -> (candidates: [KnowledgeFile], known: [String: Fingerprint], gone: [String: Fingerprint]) {
        var matched = [Bool](repeating: false, count: files.count)
        var changedIDs: [Int64] = []
        var goneIDs: [Int64] = []
        var next = 0
        let statement = try db.cachedStatement(sql: "SELECT id, source, size, mtime FROM document")
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let step = sqlite3_step(handle)
            if step == SQLITE_DONE { break }
            guard step == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: step)) }
            let id = sqlite3_column_int64(handle, 0)
            let source = UnsafeRawBufferPointer(start: sqlite3_column_text(handle, 1),
                                                count: Int(sqlite3_column_bytes(handle, 1)))
            let position: Int
            if next < files.count, equal(files[next].relativePath, source) {
                position = next
            } else if let found = search(files, for: String(decoding: source, as: UTF8.self)) {
                position = found
            } else {
                goneIDs.append(id)
                continue
            }
            next = position + 1
            matched[position] = true
            let file = files[position]
            if sqlite3_column_int64(handle, 2) != file.size || sqlite3_column_int64(handle, 3) != file.modificationTime {
                changedIDs.append(id)
            }
        }
        let candidateFingerprints = try fingerprints(changedIDs, db: db)
        let candidates = files.indices.filter { !matched[$0] || candidateFingerprints[files[$0].relativePath] != nil }
            .map { files[$0] }
        return (candidates, candidateFingerprints, try fingerprints(goneIDs, db: db))
    }

    private static func equal(_ path: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var path = path
        return path.withUTF8 { utf8 in
            utf8.count == bytes.count && (utf8.isEmpty || memcmp(utf8.baseAddress!, bytes.baseAddress!, utf8.count) == 0)
        }
    }

    /// The position of `source` in `files` (sorted by relative path), if there.
    private static func search(_ files: [KnowledgeFile], for source: String) -> Int? {
        var low = 0
        var high = files.count
        while low < high {
            let middle = (low + high) / 2
            if files[middle].relativePath < source { low = middle + 1 } else { high = middle }
        }
        return low < files.count && files[low].relativePath == source ? low : nil
    }

    private static func fingerprints(_ ids: [Int64], db: Database) throws -> [String: Fingerprint] {
        var result: [String: Fingerprint] = [:]
        let statement = try db.cachedStatement(sql: "SELECT id, source, size, mtime, hash FROM document WHERE id = ?")
        for id in ids {
            guard let row = try Row.fetchOne(statement, arguments: [id]) else { continue }
            result[row["source"]] = Fingerprint(id: row["id"], size: row["size"], mtime: row["mtime"], hash: row["hash"])
        }
        return result
    }
}
