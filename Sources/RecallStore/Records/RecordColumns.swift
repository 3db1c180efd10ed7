import GRDB
import GRDBSQLite

/// Where a record writes its column values, one after another in the order of its column
/// names. A record has one `write(to:)` listing its values, which serves every way a row is
/// written: GRDB's persistence container (`insert`, `update`) and the bindings of a prepared
/// statement run in bulk (`BoundStatement`), which make no `DatabaseValue` or array per row.
protocol ColumnWriter {
    mutating func put(_ value: Int64?)
    mutating func put(_ value: Double?)
    mutating func put(_ value: String?)
}

extension ColumnWriter {
    mutating func put(_ value: Int?) { put(value.map { Int64($0) }) }
    /// As GRDB stores a Bool: 1 or 0.
    mutating func put(_ value: Bool) { put(Int64(value ? 1 : 0)) }
}

/// Where a record reads its column values back, in the order `ColumnWriter` got them: a GRDB
/// row selected in that order (`RowColumns`) or a raw statement stepped with SQLite's own
/// column readers (`StatementColumns`).
protocol ColumnReader {
    mutating func int64() -> Int64?
    mutating func double() -> Double?
    mutating func text() -> String?
}

extension ColumnReader {
    mutating func int() -> Int? { int64().map { Int(truncatingIfNeeded: $0) } }
    mutating func bool() -> Bool { (int64() ?? 0) != 0 }
}

/// GRDB's persistence container, filled column by column under `names`.
struct ContainerColumns: ColumnWriter {
    var container: PersistenceContainer
    let names: [String]
    private var index = 0

    init(_ container: PersistenceContainer, names: [String]) {
        self.container = container
        self.names = names
    }

    private mutating func next(_ value: (any DatabaseValueConvertible)?) {
        container[names[index]] = value
        index += 1
    }

    mutating func put(_ value: Int64?) { next(value) }
    mutating func put(_ value: Double?) { next(value) }
    mutating func put(_ value: String?) { next(value) }
}

/// A GRDB row read column by column from `first` on.
struct RowColumns: ColumnReader {
    let row: Row
    private var index: Int

    init(_ row: Row, from first: Int = 0) {
        self.row = row
        index = first
    }

    private mutating func next() -> DatabaseValue.Storage {
        defer { index += 1 }
        guard index < row.count else { return .null }
        let value: DatabaseValue = row[index]
        return value.storage
    }

    mutating func int64() -> Int64? {
        switch next() {
        case .int64(let number): number
        case .double(let number): Int64(exactly: number.rounded(.towardZero))
        default: nil
        }
    }

    mutating func double() -> Double? {
        switch next() {
        case .int64(let number): Double(number)
        case .double(let number): number
        default: nil
        }
    }

    mutating func text() -> String? {
        if case .string(let text) = next() { text } else { nil }
    }
}

/// The current row of a raw statement, read column by column from `first` on.
struct StatementColumns: ColumnReader {
    let statement: SQLiteStatement
    private var index: Int32

    init(_ statement: SQLiteStatement, from first: Int32 = 0) {
        self.statement = statement
        index = first
    }

    /// The next column's index, or nil when it is NULL.
    private mutating func next() -> Int32? {
        defer { index += 1 }
        return sqlite3_column_type(statement, index) == SQLITE_NULL ? nil : index
    }

    mutating func int64() -> Int64? { next().map { sqlite3_column_int64(statement, $0) } }
    mutating func double() -> Double? { next().map { sqlite3_column_double(statement, $0) } }
    mutating func text() -> String? {
        guard let column = next(), let bytes = sqlite3_column_text(statement, column) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, column))),
                      as: UTF8.self)
    }
}

/// A prepared statement whose parameters a record binds in place (`ColumnWriter`) and which
/// runs with SQLite's own functions: the way rows are written in bulk, a million reviews
/// without a `StatementArguments` each. Used inside a transaction the caller holds.
struct BoundStatement: ColumnWriter {
    private let statement: Statement
    private let db: Database
    private var index: Int32 = 1

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
    }

    /// An INSERT of `rows` rows of `columns` into `table`, followed by `suffix` (an ON
    /// CONFLICT clause); the values of the rows are put one row after the other.
    init(_ db: Database, insertInto table: String, columns: [String], rows: Int = 1, suffix: String = "") throws {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        try self.init(db, sql: """
            INSERT INTO \(table.quotedDatabaseIdentifier) (\(columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")))
            VALUES \(Array(repeating: row, count: rows).joined(separator: ", ")) \(suffix)
            """)
    }

    private var raw: SQLiteStatement { statement.sqliteStatement }

    mutating func put(_ value: Int64?) {
        if let value { sqlite3_bind_int64(raw, index, value) } else { sqlite3_bind_null(raw, index) }
        index += 1
    }

    mutating func put(_ value: Double?) {
        if let value { sqlite3_bind_double(raw, index, value) } else { sqlite3_bind_null(raw, index) }
        index += 1
    }

    mutating func put(_ value: String?) {
        if var value {
            value.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { text in
                    if let address = text.baseAddress {
                        _ = sqlite3_bind_text(raw, index, address, Int32(text.count), Self.transient)
                    } else {
                        // An empty buffer may have no address, which SQLite would bind as NULL.
                        _ = sqlite3_bind_text(raw, index, "", 0, Self.transient)
                    }
                }
            }
        } else {
            sqlite3_bind_null(raw, index)
        }
        index += 1
    }

    /// Runs the statement with the values put since the last run.
    mutating func execute() throws {
        index = 1
        defer { sqlite3_reset(raw) }
        while try db.step(raw) {}
    }

    /// SQLite copies the bytes before the call returns.
    private static var transient: sqlite3_destructor_type {
        unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
    }
}

extension Database {
    /// Steps a raw statement: true for a row, false at the end, an error otherwise.
    func step(_ statement: SQLiteStatement) throws -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqliteConnection)),
                sql: sqlite3_sql(statement).map { String(cString: $0) })
        }
    }
}
