import Foundation
import GRDB
import RecallCore

/// Reads the objects of an Anki collection recall keeps as they came (`AnkiKeptObject`): the
/// rows of Anki's tables for note types, decks, deck options, settings and tags (schema 15 and
/// later), or the objects of the `col` row's JSON (schema 11). A table whose columns are not
/// the ones expected is not kept; nothing here stops an import.
enum AnkiKeptReader {
    /// The most text kept of one collection's objects. Anki's own are a few megabytes even in a
    /// large collection (CSS and templates, tags); a package holding more is not kept whole.
    static let limit = 64 << 20

    /// The objects, or nil when they pass `limit`.
    static func objects(_ db: Database, col: Row) throws -> [AnkiKeptObject]? {
        var objects: [AnkiKeptObject] = []
        var size = 0
        func keep(_ object: AnkiKeptObject) -> Bool {
            size += object.key.utf8.count + object.value.utf8.count
            objects.append(object)
            return size <= limit
        }
        guard try db.tableExists("notetypes") else {
            return jsonObjects(col).allSatisfy(keep) ? objects : nil
        }
        for (table, columns, keyCount) in AnkiKeptObject.tableColumns where try db.tableExists(table) {
            let sql = "SELECT \(columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")) FROM \(table)"
            // A table whose columns are not Anki's is not kept.
            guard let rows = try? Row.fetchCursor(db, sql: sql) else { continue }
            while let row = try? rows.next() {
                let values = (0..<columns.count).map { json(row[$0] as DatabaseValue) }
                guard let value = try? AnkiJSON.text(values) else { continue }
                let key = (0..<keyCount).map { keyText(row[$0] as DatabaseValue) }.joined(separator: " ")
                guard keep(AnkiKeptObject(table: table, key: key, value: value)) else { return nil }
            }
        }
        return objects
    }

    /// The objects of schema 11's `col.models`, `col.decks`, `col.dconf` (by id) and `col.conf`
    /// (by setting).
    private static func jsonObjects(_ col: Row) -> [AnkiKeptObject] {
        var objects: [AnkiKeptObject] = []
        for column in AnkiKeptObject.jsonColumns {
            guard let text = String.fromDatabaseValue(col[column] as DatabaseValue ?? .null),
                  let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
            else { continue }
            for (key, value) in parsed.sorted(by: { $0.key < $1.key }) {
                guard let value = try? AnkiJSON.text(value) else { continue }
                objects.append(AnkiKeptObject(table: "col." + column, key: key, value: value))
            }
        }
        return objects
    }

    /// A column's value as JSON: a blob as `{"blob": base64}`.
    private static func json(_ value: DatabaseValue) -> Any {
        switch value.storage {
        case .null: NSNull()
        case .int64(let number): number
        case .double(let number): number.isFinite ? number : NSNull()
        case .string(let text): text
        case .blob(let data): ["blob": data.base64EncodedString()]
        }
    }

    private static func keyText(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: ""
        case .int64(let number): String(number)
        case .double(let number): String(number)
        case .string(let text): text
        case .blob(let data): data.base64EncodedString()
        }
    }
}
