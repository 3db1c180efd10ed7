import Foundation
import GRDB
import RecallCore

/// Note types and decks of a schema-15+ collection: the `notetypes`, `fields`, `templates`
/// and `decks` tables. `fields` and `templates` may hold orphan rows (left over from an export's
/// scratch collection), so they are joined on `notetypes.id`.
struct AnkiSchemaTables {
    let file: String

    func notetypes(_ db: Database) throws -> [AnkiNotetype] {
        var fields: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT f.ntid, f.name FROM fields f JOIN notetypes n ON n.id = f.ntid ORDER BY f.ntid, f.ord
            """) {
            fields[row[0], default: []].append(row[1])
        }
        var templates: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT t.ntid, t.name FROM templates t JOIN notetypes n ON n.id = t.ntid ORDER BY t.ntid, t.ord
            """) {
            templates[row[0], default: []].append(row[1])
        }
        return try Row.fetchAll(db, sql: "SELECT id, name, config FROM notetypes").map { row in
            let id: Int64 = row[0]
            let config: Data = row[2] ?? Data()
            let kind: UInt64?
            do throws(ProtobufReader.Malformed) {
                kind = try ProtobufReader.integer(field: 1, in: config)
            } catch {
                throw AnkiPackageError.malformedData(
                    file: file, reason: "the settings of note type \(id) are not a valid protobuf (\(error.reason))")
            }
            return AnkiNotetype(
                id: id, name: row[1], kind: kind == 1 ? .cloze : .normal,
                fields: fields[id] ?? [], templates: templates[id] ?? [])
        }
        .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    func decks(_ db: Database) throws -> [AnkiDeck] {
        try Row.fetchAll(db, sql: "SELECT id, name FROM decks").map { row in
            let name: String = row[1]
            // Schema 18 separates deck levels with U+001F where the UI shows "::".
            return AnkiDeck(id: row[0], name: name.replacingOccurrences(of: "\u{1f}", with: "::"))
        }
        .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }
}
