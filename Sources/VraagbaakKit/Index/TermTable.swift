import GRDB

/// Keeps the `term` table and the passage count in `meta` in step with the passages, inside a
/// refresh's write transaction (so a killed refresh leaves both as they were).
///
/// Query planning reads them instead of `passage_vocab`, which walks a term's whole doclist to
/// count its passages. Two ways to keep them exact:
/// - small refreshes count the changes: each passage deleted or inserted is analyzed with the
///   tokenizer's own chain, and each of its distinct terms (heading and body together, as FTS5's
///   'row' vocabulary counts) moves its term's count by one;
/// - large refreshes (``rebuildsEverything``) skip that analysis and copy `passage_vocab` whole
///   at the end, which costs one pass over the full-text index.
///
///     var terms = TermTable(rebuildsEverything: false)
///     try terms.removePassages(ofDocument: id, in: db)   // before the DELETE
///     terms.addPassage(heading: heading, body: body)
///     try terms.save(in: db)
struct TermTable {
    let rebuildsEverything: Bool
    private var changes: [String: Int] = [:]
    private var passageChange = 0
    private let analyzer = DutchAnalyzer()

    init(rebuildsEverything: Bool) {
        self.rebuildsEverything = rebuildsEverything
    }

    /// Whether a refresh that re-indexes `touched` of `known` files should copy `passage_vocab`
    /// rather than count changes. Counting analyzes each touched passage a second time (cost
    /// grows with the change); copying reads the whole full-text index once (cost grows with the
    /// index). A first index always copies; beyond a quarter of the files copying is taken to be
    /// cheaper (an estimate, not a tuned figure: both ways give the same counts).
    static func rebuildIsCheaper(touched: Int, known: Int) -> Bool {
        touched * 4 >= known
    }

    /// Counts out the passages of a document about to be deleted.
    mutating func removePassages(ofDocument id: Int64, in db: Database) throws {
        guard !rebuildsEverything else { return }
        let rows = try Row.fetchCursor(db, sql: "SELECT heading, body FROM passage WHERE documentId = ?",
                                       arguments: [id])
        while let row = try rows.next() {
            count(heading: row["heading"], body: row["body"], by: -1)
        }
    }

    /// Counts in a passage just inserted.
    mutating func addPassage(heading: String, body: String) {
        guard !rebuildsEverything else { return }
        count(heading: heading, body: body, by: 1)
    }

    private mutating func count(heading: String, body: String, by step: Int) {
        var terms = Set<String>()
        for var text in [heading, body] {
            text.withUTF8 { bytes in
                analyzer.forEachTerm(in: bytes) { term, _ in
                    terms.insert(term)
                    return true
                }
            }
        }
        for term in terms { changes[term, default: 0] += step }
        passageChange += step
    }

    /// Writes the counts: the changes, or a fresh copy of `passage_vocab`.
    func save(in db: Database) throws {
        if rebuildsEverything {
            try db.execute(sql: """
                DELETE FROM term;
                INSERT INTO term (term, passages) SELECT term, doc FROM passage_vocab;
                UPDATE meta SET value = (SELECT count(*) FROM passage) WHERE key = 'passages';
                """)
            return
        }
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO term (term, passages) VALUES (?, ?)
            ON CONFLICT (term) DO UPDATE SET passages = passages + excluded.passages
            """)
        var emptied: [String] = []
        for (term, change) in changes where change != 0 {
            try upsert.execute(arguments: [term, change])
            if change < 0 { emptied.append(term) }
        }
        // A term that lost passages may have none left: its row goes, as it does in `passage_vocab`.
        let prune = try db.cachedStatement(sql: "DELETE FROM term WHERE term = ? AND passages <= 0")
        for term in emptied { try prune.execute(arguments: [term]) }
        if passageChange != 0 {
            try db.execute(sql: "UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'passages'",
                           arguments: [passageChange])
        }
    }

    /// Where the table disagrees with `passage_vocab` or the passage count, in Dutch; empty when sound.
    static func problems(in db: Database) throws -> [String] {
        var problems: [String] = []
        let differing = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM (
                SELECT * FROM (SELECT term, doc FROM passage_vocab EXCEPT SELECT term, passages FROM term)
                UNION ALL
                SELECT * FROM (SELECT term, passages FROM term EXCEPT SELECT term, doc FROM passage_vocab))
            """) ?? 0
        if differing > 0 {
            problems.append("woordenlijst: \(differing) termen wijken af van de volledige-tekstindex")
        }
        let stored = try KnowledgeIndex.storedPassageCount(in: db)
        let actual = try Int.fetchOne(db, sql: "SELECT count(*) FROM passage") ?? 0
        if stored != actual {
            problems.append("woordenlijst: \(stored.map(String.init) ?? "geen") passages geteld, \(actual) opgeslagen")
        }
        return problems
    }
}
