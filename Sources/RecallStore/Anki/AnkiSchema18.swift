import Foundation
import GRDB
import RecallCore

/// The schema-18 collection layout an export writes when it gives Anki back objects that came
/// in Anki's own tables (`AnkiKept.hasTables`): the tables of schema 11 for notes, cards and the
/// review log, and tables for note types, their fields and templates, decks, deck options,
/// settings and tags, their settings as protobuf blobs. Names are compared with Anki's
/// `unicase` collation, which the connection writing the file must have.
enum AnkiSchema18 {
    static let tables = AnkiSchema11.coreTables + """

        CREATE TABLE graves (
          oid integer NOT NULL, type integer NOT NULL, usn integer NOT NULL, PRIMARY KEY (oid, type)
        ) WITHOUT ROWID;
        CREATE TABLE deck_config (
          id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE unicase, mtime_secs integer NOT NULL,
          usn integer NOT NULL, config blob NOT NULL);
        CREATE TABLE config (
          KEY text NOT NULL PRIMARY KEY, usn integer NOT NULL, mtime_secs integer NOT NULL, val blob NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE tags (
          tag text NOT NULL PRIMARY KEY COLLATE unicase, usn integer NOT NULL, collapsed boolean NOT NULL,
          config blob NULL
        ) WITHOUT ROWID;
        CREATE TABLE fields (
          ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase,
          config blob NOT NULL, PRIMARY KEY (ntid, ord)
        ) WITHOUT ROWID;
        CREATE TABLE templates (
          ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase,
          mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL, PRIMARY KEY (ntid, ord)
        ) WITHOUT ROWID;
        CREATE TABLE notetypes (
          id integer NOT NULL PRIMARY KEY, name text NOT NULL COLLATE unicase, mtime_secs integer NOT NULL,
          usn integer NOT NULL, config blob NOT NULL);
        CREATE TABLE decks (
          id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE unicase, mtime_secs integer NOT NULL,
          usn integer NOT NULL, common blob NOT NULL, kind blob NOT NULL);
        CREATE INDEX idx_notes_mid ON notes (mid);
        CREATE INDEX idx_cards_odid ON cards (odid) WHERE odid != 0;
        CREATE INDEX idx_graves_pending ON graves (usn);
        CREATE UNIQUE INDEX idx_fields_name_ntid ON fields (name, ntid);
        CREATE UNIQUE INDEX idx_templates_name_ntid ON templates (name, ntid);
        CREATE INDEX idx_templates_usn ON templates (usn);
        CREATE UNIQUE INDEX idx_notetypes_name ON notetypes (name);
        CREATE INDEX idx_notetypes_usn ON notetypes (usn);
        CREATE UNIQUE INDEX idx_decks_name ON decks (name);
        """

    /// Writes the kept rows of `collection` as they came (their `usn` set to `usn`), then what
    /// recall adds: its note type, its decks, the tags of its notes, and with `fsrs` the
    /// setting that turns FSRS on.
    static func writeObjects(_ collection: AnkiCollection, _ db: Database, modified: Int64, usn: Int, fsrs: Bool) throws {
        for object in collection.kept {
            guard let columns = AnkiKeptObject.columns(of: object.table),
                  let row = try? AnkiJSON.value(object.value) as? [Any], row.count == columns.count
            else { continue }
            var values = row.map(databaseValue)
            if let index = columns.firstIndex(of: "usn") { values[index] = usn.databaseValue }
            if object.table == "config", fsrs, values[0] == "fsrs".databaseValue { continue }
            try insert(into: object.table, values, db)
        }
        let names = try Set(String.fetchAll(db, sql: "SELECT name FROM notetypes").map { $0.lowercased() })
        for notetype in collection.notetypes {
            var name = notetype.name
            var number = 1
            while names.contains(name.lowercased()) {
                number += 1
                name = "\(notetype.name) (\(number))"
            }
            try insert(into: "notetypes", [
                notetype.id.databaseValue, name.databaseValue, modified.databaseValue, usn.databaseValue,
                Data(notetypeConfig(notetype)).databaseValue,
            ], db)
            for (ord, field) in notetype.fields.enumerated() {
                var config = ProtobufWriter()
                config.string(3, "Arial")
                config.varint(4, 20)
                try insert(into: "fields", [
                    notetype.id.databaseValue, ord.databaseValue, field.databaseValue, Data(config.bytes).databaseValue,
                ], db)
            }
            for (ord, template) in notetype.templates.enumerated() {
                let (question, answer) = AnkiSchema11.formats(notetype)
                var config = ProtobufWriter()
                config.string(1, question)
                config.string(2, answer)
                try insert(into: "templates", [
                    notetype.id.databaseValue, ord.databaseValue, template.databaseValue, modified.databaseValue,
                    usn.databaseValue, Data(config.bytes).databaseValue,
                ], db)
            }
        }
        for deck in collection.decks {
            // A normal deck (`kind` field 1) in the Default deck options (its field 1).
            var kind = ProtobufWriter()
            kind.message(1) { $0.varint(1, 1) }
            try insert(into: "decks", [
                deck.id.databaseValue, deck.name.replacingOccurrences(of: "::", with: "\u{1f}").databaseValue,
                modified.databaseValue, usn.databaseValue, Data().databaseValue, Data(kind.bytes).databaseValue,
            ], db)
        }
        let insertTag = try db.makeStatement(sql: "INSERT INTO tags VALUES (?, ?, 0, NULL) ON CONFLICT DO NOTHING")
        for tag in Set(collection.notes.flatMap(\.tags)).sorted() { try insertTag.execute(arguments: [tag, usn]) }
        if fsrs {
            try insert(into: "config", [
                "fsrs".databaseValue, usn.databaseValue, modified.databaseValue, Data("true".utf8).databaseValue,
            ], db)
        }
    }

    /// recall's note type's settings: a normal note type sorted by its first field, a card
    /// for any note whose first field is filled, Anki's usual CSS and LaTeX wrapping.
    private static func notetypeConfig(_ notetype: AnkiNotetype) -> [UInt8] {
        var config = ProtobufWriter()
        config.string(3, ".card {\n font-family: arial;\n font-size: 20px;\n text-align: center;\n}\n")
        config.string(5, "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
            + "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n"
            + "\\setlength{\\parindent}{0in}\n\\begin{document}\n")
        config.string(6, "\\end{document}")
        // One requirement: card 0 needs any of field 0.
        config.message(8) { requirement in
            requirement.varint(2, 1)
            requirement.packed(3, [0])
        }
        return config.bytes
    }

    /// A kept value (see `AnkiKeptObject`) as SQLite takes it.
    private static func databaseValue(_ value: Any) -> DatabaseValue {
        switch value {
        case let text as String: return text.databaseValue
        case let blob as [String: Any]:
            return (blob["blob"] as? String).flatMap { Data(base64Encoded: $0) }?.databaseValue ?? .null
        case let number as NSNumber:
            let whole = number.int64Value
            return Double(whole) == number.doubleValue ? whole.databaseValue : number.doubleValue.databaseValue
        default: return .null
        }
    }

    /// Inserts one row; an empty blob is written as one (SQLite would take an empty buffer
    /// without an address for NULL).
    private static func insert(into table: String, _ values: [DatabaseValue], _ db: Database) throws {
        var arguments: [DatabaseValue] = []
        let places = values.map { value -> String in
            if case .blob(let data) = value.storage, data.isEmpty { return "x''" }
            arguments.append(value)
            return "?"
        }
        try db.execute(
            sql: "INSERT INTO \(table.quotedDatabaseIdentifier) VALUES (\(places.joined(separator: ", ")))",
            arguments: StatementArguments(arguments))
    }
}
