import GRDB

/// The tables of an index file.
///
/// - `document`: one row per knowledge file, with its fingerprint (size, mtime, content hash).
/// - `passage`: the passages, verbatim, with their place in the file.
/// - `passage_fts`: FTS5 over each passage's heading (document title and section) and body,
///   tokenized by ``DutchFTS5Tokenizer``, its content read from `passage`. ``IndexUpdater``
///   inserts each passage's row itself; triggers take care of deletes (and updates).
/// - `passage_vocab`: FTS5's own view of the terms, with the number of passages holding each.
/// - `term`: the same counts, stored (``TermTable``): `passage_vocab` counts by walking each
///   term's doclist, far too slow for query planning on a large index.
/// - `meta`: the analyzer fingerprint, and the number of passages (`passages`, kept by ``TermTable``).
///
/// ``version`` changes whenever the tables or the analysis chain change in a way that makes an
/// older index wrong; such an index is rebuilt on open.
enum IndexSchema {
    /// Bump on any change to the tables or to how files become passages (6: forum threads pasted
    /// as text are read as posts; 7: `isOpeningPost`; 8: an overlong paragraph is cut at
    /// ``SentenceSplitter``'s sentences); changes to the analysis chain are caught by
    /// ``analyzerFingerprint``.
    static let version = 8

    /// Makes the tables in a new file, in WAL mode (so questions read while a refresh writes).
    static func create(in database: DatabaseQueue) throws {
        try database.writeWithoutTransaction { db in
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                throw DatabaseError(message: "WAL-modus niet beschikbaar")
            }
        }
        try database.write(create)
    }

    private static func create(_ db: Database) throws {
        try db.create(table: "document") { t in
            t.primaryKey("id", .integer)
            t.column("source", .text).notNull().unique()
            t.column("title", .text).notNull()
            t.column("kind", .text).notNull()
            t.column("date", .text)
            t.column("size", .integer).notNull()
            t.column("mtime", .integer).notNull()
            t.column("hash", .text).notNull()
        }
        try db.create(table: "passage") { t in
            t.primaryKey("id", .integer)
            t.belongsTo("document", onDelete: .cascade).notNull()
            t.column("ordinal", .integer).notNull()
            t.column("section", .text)
            t.column("heading", .text).notNull()
            t.column("body", .text).notNull()
            t.column("firstLine", .integer).notNull()
            t.column("lastLine", .integer).notNull()
            // What a passage ending in ":" announces (``Passage/Continuation``), for quoting; not searched.
            t.column("continuation", .text)
            t.column("continuationLastLine", .integer)
            t.column("isOpeningPost", .boolean).notNull().defaults(to: false)
        }
        try db.create(virtualTable: "passage_fts", using: FTS5()) { t in
            t.content = "passage"
            t.contentRowID = "id"
            t.tokenizer = DutchFTS5Tokenizer.tokenizerDescriptor()
            t.column("heading")
            t.column("body")
        }
        // No insert trigger: a trigger makes every INSERT INTO passage a statement with a savepoint,
        // and SQLite's FTS5 (3.40) writes its pending terms to disk at each savepoint, so each
        // passage became a tiny segment to merge (indexing took 3-4× longer in SQLite).
        try db.execute(sql: """
            CREATE TRIGGER passage_fts_ad AFTER DELETE ON passage BEGIN
                INSERT INTO passage_fts (passage_fts, rowid, heading, body) VALUES ('delete', old.id, old.heading, old.body);
            END;
            CREATE TRIGGER passage_fts_au AFTER UPDATE ON passage BEGIN
                INSERT INTO passage_fts (passage_fts, rowid, heading, body) VALUES ('delete', old.id, old.heading, old.body);
                INSERT INTO passage_fts (rowid, heading, body) VALUES (new.id, new.heading, new.body);
            END;
            """)
        // Per term, the number of passages it occurs in: idf, typo candidates and compound parts.
        try db.execute(sql: "CREATE VIRTUAL TABLE passage_vocab USING fts5vocab(passage_fts, 'row')")
        try db.create(table: "meta") { t in
            t.primaryKey("key", .text)
            t.column("value", .text).notNull()
        }
        try db.execute(sql: "CREATE TABLE term (term TEXT PRIMARY KEY, passages INTEGER NOT NULL) WITHOUT ROWID")
        try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('analyzer', ?)", arguments: [analyzerFingerprint])
        try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('passages', 0)")
        try db.execute(sql: "PRAGMA user_version = \(version)")
    }

    /// Whether the file was written by this version of Vraagbaak, with this analysis chain.
    static func isCurrent(_ db: Database) throws -> Bool {
        guard try Int.fetchOne(db, sql: "PRAGMA user_version") == version,
              try db.tableExists("document"), try db.tableExists("passage"), try db.tableExists("passage_fts"),
              try db.tableExists("passage_vocab"), try db.tableExists("meta"), try db.tableExists("term"),
              try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM meta WHERE key = 'passages')") == true
        else { return false }
        return try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'analyzer'") == analyzerFingerprint
    }

    /// What the analysis chain makes of a probe text that exercises each of its steps. Any change
    /// to the chain (stemmer, folding, word scanning) changes it, and so rebuilds older indexes
    /// without anyone having to remember to bump ``version``.
    static let analyzerFingerprint: String = {
        let probe = """
            Benzo's en MDMA-sessies: geïnteresseerd in ademhalingsdepressie, paniekaanvallen, \
            vóór géén financiële ideeën, cafés, coöperatie, gevallen, ingewikkeld, 's nachts, 0,5 mg CYP3A4!
            """
        let terms = DutchAnalyzer().analyze(probe).map(\.term).joined(separator: " ")
        return ContentHash.of(terms)
    }()

    /// Whether the file holds no tables yet (a new index).
    static func isEmpty(_ db: Database) throws -> Bool {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") == 0
    }
}
