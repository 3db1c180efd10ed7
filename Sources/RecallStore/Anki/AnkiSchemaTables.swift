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
            let field = AnkiRow(row, file: file, table: "fields", place: "a field of a note type")
            fields[try field.int64("ntid"), default: []].append(try field.text("name"))
        }
        var templates: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT t.ntid, t.name FROM templates t JOIN notetypes n ON n.id = t.ntid ORDER BY t.ntid, t.ord
            """) {
            let template = AnkiRow(row, file: file, table: "templates", place: "a card template of a note type")
            templates[try template.int64("ntid"), default: []].append(try template.text("name"))
        }
        return try Row.fetchAll(db, sql: "SELECT id, name, config FROM notetypes").map { row in
            var notetype = AnkiRow(row, file: file, table: "notetypes", place: "a note type")
            let id = try notetype.int64("id")
            notetype.place = "note type \(id)"
            let config = try notetype.optionalBlob("config") ?? Data()
            let kind: UInt64?
            do throws(ProtobufReader.Malformed) {
                kind = try ProtobufReader.integer(field: 1, in: config)
            } catch {
                throw AnkiPackageError.malformedData(
                    file: file, reason: "the settings of note type \(id) are not a valid protobuf (\(error.reason))")
            }
            return AnkiNotetype(
                id: id, name: try notetype.text("name"), kind: kind == 1 ? .cloze : .normal,
                fields: fields[id] ?? [], templates: templates[id] ?? [])
        }
        .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    func decks(_ db: Database) throws -> [AnkiDeck] {
        // Deck-options presets by id; a collection without the table names none.
        let presets = try db.tableExists("deck_config")
            ? Dictionary(try Row.fetchAll(db, sql: "SELECT id, name FROM deck_config").compactMap { row -> (Int64, String)? in
                // Read without GRDB's conversions, which trap on a hostile value.
                guard let id = Int64.fromDatabaseValue(row[0]), let name = String.fromDatabaseValue(row[1]) else { return nil }
                return (id, name)
            }, uniquingKeysWith: { first, _ in first })
            : [:]
        let hasKind = try db.columns(in: "decks").contains { $0.name == "kind" }
        return try Row.fetchAll(db, sql: "SELECT id, name\(hasKind ? ", kind" : "") FROM decks").map { row in
            var deck = AnkiRow(row, file: file, table: "decks", place: "a deck")
            let id = try deck.int64("id")
            deck.place = "deck \(id)"
            let name = try deck.text("name")
            // `kind` is a Deck.KindContainer: field 1 a normal deck, whose field 1 is its
            // preset's id (a filtered deck, field 2, has none). Unreadable: no preset.
            let kind = hasKind ? (try? deck.optionalBlob("kind")).flatMap { $0 } : nil
            let normal = kind.flatMap { try? ProtobufReader.fields(of: [UInt8]($0)).last { $0.field == 1 }?.value.data }
            let presetID = normal.flatMap { try? ProtobufReader.integer(field: 1, in: $0) }
            // Schema 18 separates deck levels with U+001F where the UI shows "::".
            return AnkiDeck(id: id, name: name.replacingOccurrences(of: "\u{1f}", with: "::"),
                            preset: presetID.flatMap { presets[Int64(truncatingIfNeeded: $0)] })
        }
        .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }
}
