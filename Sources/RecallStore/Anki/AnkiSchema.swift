import Foundation
import GRDB
import RecallCore

/// Note types and decks of a schema-11 collection: JSON objects keyed by id in `col.models` and
/// `col.decks`.
struct AnkiSchemaJSON {
    let file: String

    func notetypes(_ json: String) throws -> [AnkiNotetype] {
        try objects(json, column: "col.models").map { key, model in
            guard let name = model["name"] as? String else {
                throw AnkiPackageError.malformedData(file: file, reason: "note type \(key) has no name")
            }
            let kind: AnkiNotetype.Kind = AnkiJSON.int64(model["type"]) == 1 ? .cloze : .normal
            return AnkiNotetype(
                id: AnkiJSON.int64(model["id"]) ?? Int64(key) ?? 0, name: name, kind: kind,
                fields: names(model["flds"]), templates: names(model["tmpls"]))
        }
        .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    func decks(_ json: String) throws -> [AnkiDeck] {
        try objects(json, column: "col.decks").map { key, deck in
            guard let name = deck["name"] as? String else {
                throw AnkiPackageError.malformedData(file: file, reason: "deck \(key) has no name")
            }
            return AnkiDeck(id: AnkiJSON.int64(deck["id"]) ?? Int64(key) ?? 0, name: name)
        }
        .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    private func objects(_ json: String, column: String) throws -> [(String, [String: Any])] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)),
              let map = object as? [String: Any]
        else { throw AnkiPackageError.malformedData(file: file, reason: "\(column) is not a JSON object") }
        return map.compactMap { key, value in (value as? [String: Any]).map { (key, $0) } }
    }

    /// The `name`s of a `flds` or `tmpls` array, in `ord` order.
    private func names(_ value: Any?) -> [String] {
        let items = (value as? [[String: Any]]) ?? []
        return items.enumerated()
            .map { index, item in (AnkiJSON.int64(item["ord"]).map(Int.init) ?? index, item["name"] as? String ?? "") }
            .sorted { $0.0 < $1.0 }
            .map(\.1)
    }
}

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

/// Lenient number reading for Anki's JSON, whose numbers may come back as Int, Double,
/// NSNumber or even strings.
enum AnkiJSON {
    static func int64(_ value: Any?) -> Int64? {
        switch value {
        case let number as Int: Int64(number)
        case let number as Int64: number
        case let number as Double: number.isFinite ? Int64(number) : nil
        case let number as NSNumber: number.int64Value
        case let text as String: Int64(text)
        default: nil
        }
    }

    static func double(_ value: Any?) -> Double? {
        switch value {
        case let number as Double: number
        case let number as Int: Double(number)
        case let number as NSNumber: number.doubleValue
        case let text as String: Double(text)
        default: nil
        }
    }
}
