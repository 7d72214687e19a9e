import GRDB

/// The index's own vocabulary: how many passages hold a term, and which terms look alike.
/// Query planning uses it for term weights, typo tolerance and compound splitting, so it reads
/// the stored counts (``TermTable``), a B-tree look-up each, not FTS5's `passage_vocab`.
extension KnowledgeIndex {
    /// The number of passages, for idf.
    public func passageCount() throws -> Int {
        try database.read { try Self.storedPassageCount(in: $0) ?? 0 }
    }

    /// For each term, the number of passages that hold it (0 for unknown terms).
    public func documentFrequencies(_ terms: some Sequence<String>) throws -> [String: Int] {
        try database.read { db in try Self.frequencies(of: terms, in: db) }
    }

    /// The passage count kept in `meta` (nil if it is missing), inside a read already open.
    static func storedPassageCount(in db: Database) throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'passages'")
    }

    /// ``documentFrequencies(_:)`` inside a read already open.
    static func frequencies(of terms: some Sequence<String>, in db: Database) throws -> [String: Int] {
        let statement = try db.cachedStatement(sql: "SELECT passages FROM term WHERE term = ?")
        var result: [String: Int] = [:]
        for term in terms where result[term] == nil {
            result[term] = try Int.fetchOne(statement, arguments: [term]) ?? 0
        }
        return result
    }

    /// The terms that start with `prefix`, with their passage counts.
    public func terms(withPrefix prefix: String) throws -> [(term: String, frequency: Int)] {
        guard let upper = Self.successor(of: prefix) else { return [] }
        return try database.read { db in
            try Row.fetchAll(db, sql: "SELECT term, passages FROM term WHERE term >= ? AND term < ?",
                             arguments: [prefix, upper])
                .map { ($0["term"], $0["passages"]) }
        }
    }

    /// The smallest string greater than every string that starts with `prefix`.
    private static func successor(of prefix: String) -> String? {
        guard let last = prefix.unicodeScalars.last, let next = Unicode.Scalar(last.value + 1) else { return nil }
        var scalars = String.UnicodeScalarView(prefix.unicodeScalars.dropLast())
        scalars.append(next)
        return String(scalars)
    }
}
