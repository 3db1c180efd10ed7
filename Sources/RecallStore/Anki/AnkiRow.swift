import Foundation
import GRDB
import GRDBSQLite

/// One row of an untrusted collection, read column by column with a check. GRDB's typed
/// subscripts trap on a NULL, a text where a number belongs or a column the row lacks; these
/// throw an error naming the package, the row and the column instead, and numbers outside the range recall can
/// compute with are refused where they enter.
struct AnkiRow {
    /// Where the values are: a GRDB row, or the current row of a raw statement (the notes,
    /// cards and reviews, a million rows read without a GRDB row each), its columns `names`
    /// from column `offset` on.
    enum Values {
        case row(Row)
        case statement(SQLiteStatement, names: [String], offset: Int32)
    }

    /// The row as a message names it, put into words only for a message.
    enum Place {
        case described(String)
        /// “note in row 12”: before its id is read.
        case numbered(kind: String, number: Int)
        /// “note 1234”.
        case identified(kind: String, id: Int64)

        var description: String {
            switch self {
            case .described(let text): text
            case .numbered(let kind, let number): "\(kind) in row \(number)"
            case .identified(let kind, let id): "\(kind) \(id)"
            }
        }
    }

    let values: Values
    let file: String
    let table: String
    var location: Place

    /// The row as a message names it: “note 1234”, “the col row”.
    var place: String {
        get { location.description }
        set { location = .described(newValue) }
    }

    init(_ row: Row, file: String, table: String, place: String) {
        values = .row(row)
        self.file = file
        self.table = table
        location = .described(place)
    }

    init(_ statement: SQLiteStatement, names: [String], from offset: Int32 = 0, file: String, table: String, place: Place) {
        values = .statement(statement, names: names, offset: offset)
        self.file = file
        self.table = table
        location = place
    }

    /// The row's `column` as a whole number within `range`.
    func int64(_ column: String, in range: ClosedRange<Int64> = .min ... .max) throws(AnkiPackageError) -> Int64 {
        let number: Int64
        if case .statement(let statement, let names, let offset) = values, let index = names.firstIndex(of: column),
           sqlite3_column_type(statement, offset + Int32(index)) == SQLITE_INTEGER {
            // Most values of a million rows: read as they are, without a `DatabaseValue`.
            number = sqlite3_column_int64(statement, offset + Int32(index))
        } else {
            let value = try value(column)
            // GRDB would truncate 2.5 to 2; only whole numbers are taken.
            let whole: Int64? = switch value.storage {
            case .int64(let number): number
            case .double(let number): Int64(exactly: number)
            default: nil
            }
            guard let whole else { throw wrong(column, value, expected: "a whole number") }
            number = whole
        }
        guard range.contains(number) else {
            throw bad(column, "is \(number), outside the \(range.lowerBound)…\(range.upperBound) recall accepts")
        }
        return number
    }

    /// The row's `column` as a whole number within `range`.
    func int(_ column: String, in range: ClosedRange<Int>) throws(AnkiPackageError) -> Int {
        Int(truncatingIfNeeded: try int64(column, in: Int64(range.lowerBound)...Int64(range.upperBound)))
    }

    /// The row's `column` as text.
    func text(_ column: String) throws(AnkiPackageError) -> String {
        let value = try value(column)
        guard let text = String.fromDatabaseValue(value) else { throw wrong(column, value, expected: "text") }
        return text
    }

    /// The row's `column` as text, or nil when it is NULL.
    func optionalText(_ column: String) throws(AnkiPackageError) -> String? {
        try value(column).isNull ? nil : try text(column)
    }

    /// The row's `column` as bytes (text is taken as its UTF-8), or nil when it is NULL.
    func optionalBlob(_ column: String) throws(AnkiPackageError) -> Data? {
        let value = try value(column)
        if value.isNull { return nil }
        guard let data = Data.fromDatabaseValue(value) else { throw wrong(column, value, expected: "bytes") }
        return data
    }

    /// The row's `column`; a collection whose table lacks it (`SELECT *` of a damaged `col`
    /// table) is refused rather than trapping in GRDB.
    private func value(_ column: String) throws(AnkiPackageError) -> DatabaseValue {
        switch values {
        case .row(let row):
            guard row.hasColumn(column) else { break }
            return row[column]
        case .statement(let statement, let names, let offset):
            guard let index = names.firstIndex(of: column) else { break }
            return DatabaseValue(sqliteStatement: statement, index: offset + Int32(index))
        }
        throw bad(column, "is missing: the table has no such column")
    }

    private func wrong(_ column: String, _ value: DatabaseValue, expected: String) -> AnkiPackageError {
        switch value.storage {
        case .null: bad(column, "is missing (NULL)")
        case .int64(let number): bad(column, "holds the number \(number) where \(expected) belongs")
        case .double(let number): bad(column, "holds the number \(number) where \(expected) belongs")
        case .string(let text): bad(column, "holds the text “\(text.prefix(40))” where \(expected) belongs")
        case .blob(let data):
            bad(column, "holds \(data.count) byte\(data.count == 1 ? "" : "s") of binary data where \(expected) belongs")
        }
    }

    private func bad(_ column: String, _ problem: String) -> AnkiPackageError {
        .badValue(file: file, place: place, column: "\(table).\(column)", problem: problem)
    }
}
