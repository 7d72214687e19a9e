import GRDB
import XCTest
@testable import VraagbaakKit

final class DirectInsertTests: XCTestCase {
    /// Rows inserted through DirectInsert are the rows GRDB's `execute(arguments:)` inserts,
    /// NULLs, non-ASCII text and a NUL inside a string included (both store the text up to the NUL).
    func testStoresWhatGRDBStores() throws {
        let database = try DatabaseQueue()
        let texts: [String?] = ["Paniekaanval", "vóór géén ideeën — 😀", "", nil, "voor\u{0}na"]
        let stored: [[Row]] = try ["grdb", "direct"].map { table in
            try database.write { db in
                try db.execute(sql: "CREATE TABLE \(table) (id INTEGER PRIMARY KEY, number INTEGER, text TEXT)")
                let statement = try db.cachedStatement(sql: "INSERT INTO \(table) (number, text) VALUES (?, ?)")
                for (number, text) in texts.enumerated() {
                    if table == "grdb" {
                        try statement.execute(arguments: [number, text])
                    } else {
                        try DirectInsert(statement).run { $0.bind(number, at: 1); $0.bind(text, at: 2) }
                    }
                }
                return try Row.fetchAll(db, sql: "SELECT id, number, text, typeof(text) AS type FROM \(table) ORDER BY id")
            }
        }
        XCTAssertEqual(stored[0].count, texts.count)
        XCTAssertEqual(stored[1], stored[0])
    }

    func testAFailedInsertThrows() throws {
        let database = try DatabaseQueue()
        try database.write { db in
            try db.execute(sql: "CREATE TABLE t (text TEXT NOT NULL)")
            let insert = try DirectInsert(db.cachedStatement(sql: "INSERT INTO t (text) VALUES (?)"))
            XCTAssertThrowsError(try insert.run { $0.bind(nil as String?, at: 1) })
            // The statement is usable again after the failure.
            try insert.run { $0.bind("tekst", at: 1) }
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT text FROM t"), ["tekst"])
        }
    }
}
