import GRDB
import GRDBSQLite

/// Runs a prepared INSERT with values bound through SQLite's C API.
///
///     try DirectInsert(statement).run { $0.bind(id, at: 1); $0.bind(text, at: 2) }
///
/// Indexing inserts two rows per passage. GRDB's `execute(arguments:)` turned each one's values into
/// `DatabaseValue`s through existentials and dynamic casts, and that cost more than SQLite's own
/// insert of the row. Strings are bound as copies (`SQLITE_TRANSIENT`): a few hundred bytes each.
struct DirectInsert {
    let statement: Statement

    init(_ statement: Statement) {
        self.statement = statement
    }

    /// Binds every parameter (`bind` must set each one: unset ones stay NULL), then steps once.
    func run(_ bind: (Binder) -> Void) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        bind(Binder(handle: handle))
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            let message = sqlite3_db_handle(handle).flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    struct Binder {
        fileprivate let handle: SQLiteStatement

        func bind(_ value: Int64, at index: Int32) {
            sqlite3_bind_int64(handle, index, value)
        }

        func bind(_ value: Int, at index: Int32) {
            sqlite3_bind_int64(handle, index, Int64(value))
        }

        func bind(_ value: String?, at index: Int32) {
            guard let value else {
                sqlite3_bind_null(handle, index)
                return
            }
            // Length -1 (up to the first NUL), as GRDB binds strings: the stored text stays what it was.
            _ = value.withCString { sqlite3_bind_text(handle, index, $0, -1, sqliteTransient) }
        }
    }
}

/// SQLite's `SQLITE_TRANSIENT` (the C macro does not reach Swift): SQLite copies the value.
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
