import Foundation

/// What recall keeps of the Anki collections it receives, so that an export or a full upload
/// gives Anki its own objects back: the notes as they came, and the note types, decks, deck
/// options, settings and tags, which recall has no use for, as rows of Anki's own tables.
public struct AnkiKept: Sendable, Equatable {
    /// By note id, fields and tags as they came.
    public var notes: [Int64: AnkiNote]
    public var objects: [AnkiKeptObject]

    public init(notes: [Int64: AnkiNote] = [:], objects: [AnkiKeptObject] = []) {
        self.notes = notes
        self.objects = objects
    }
}

/// One object of an Anki collection as it came. `table` says what it is: for schema 11 the
/// `col` column holding it (`col.models`, `col.decks`, `col.dconf`, `col.conf`), `key` its key
/// there and `value` its JSON; for later schemas the table (`notetypes`, `fields`,
/// `templates`, `decks`, `deck_config`, `config`, `tags`), `key` its primary key and `value`
/// its row, a JSON array of the columns in `columns(of:)` order (a blob as `{"blob": base64}`).
public struct AnkiKeptObject: Sendable, Equatable, Hashable {
    public var table: String
    public var key: String
    public var value: String

    public init(table: String, key: String, value: String) {
        self.table = table
        self.key = key
        self.value = value
    }

    /// The `col` columns of schema 11 whose objects are kept.
    public static let jsonColumns = ["models", "decks", "dconf", "conf"]

    /// The tables of schema 18 whose rows are kept, with their columns (primary key first).
    public static let tableColumns: [(table: String, columns: [String], keyCount: Int)] = [
        ("notetypes", ["id", "name", "mtime_secs", "usn", "config"], 1),
        ("fields", ["ntid", "ord", "name", "config"], 2),
        ("templates", ["ntid", "ord", "name", "mtime_secs", "usn", "config"], 2),
        ("decks", ["id", "name", "mtime_secs", "usn", "common", "kind"], 1),
        ("deck_config", ["id", "name", "mtime_secs", "usn", "config"], 1),
        ("config", ["KEY", "usn", "mtime_secs", "val"], 1),
        ("tags", ["tag", "usn", "collapsed", "config"], 1),
    ]

    public static func columns(of table: String) -> [String]? {
        tableColumns.first { $0.table == table }?.columns
    }
}

/// Where a card recall holds sits in Anki: its card id, its note's id and its ordinal.
public struct AnkiCardIdentity: Sendable, Equatable, Hashable, Codable {
    public var cardID: Int64
    public var noteID: Int64
    public var ord: Int

    public init(cardID: Int64, noteID: Int64, ord: Int) {
        self.cardID = cardID
        self.noteID = noteID
        self.ord = ord
    }
}

extension AnkiKept {
    /// Whether objects came in Anki's tables (schema 15 and later) rather than as the JSON of a
    /// schema-11 `col` row. An export writes one or the other: the tables when there are any.
    public var hasTables: Bool { objects.contains { AnkiKeptObject.columns(of: $0.table) != nil } }

    /// The objects an export writes, as Anki can take them together: only those of the kind
    /// `hasTables` says (the notes of a note type left out go as recall's own), a note type
    /// whose name an earlier one has renamed `name (2)` …, and a deck whose name an earlier one
    /// has left out (its cards go to the earlier one). Collections imported one after the other
    /// may each have a "Basic" of their own, or a deck of the same name.
    public var written: AnkiKept {
        let tables = hasTables
        var names: [String: Set<String>] = [:]
        var objects: [AnkiKeptObject] = []
        for var object in self.objects where (AnkiKeptObject.columns(of: object.table) != nil) == tables {
            let kind = object.table == "notetypes" || object.table == "col.models" ? "notetype"
                : object.table == "decks" || object.table == "col.decks" ? "deck" : nil
            if let kind, var (_, name) = object.idAndName {
                let seen = names[kind, default: []]
                if seen.contains(name.lowercased()) {
                    guard kind == "notetype" else { continue }
                    var number = 2
                    while seen.contains("\(name) (\(number))".lowercased()) { number += 1 }
                    name = "\(name) (\(number))"
                    object.rename(to: name)
                }
                names[kind, default: []].insert(name.lowercased())
            }
            objects.append(object)
        }
        return AnkiKept(notes: notes, objects: objects)
    }

    /// The kept decks' ids by name (levels joined by `::`), the first of a name.
    public var deckIDs: [String: Int64] {
        var ids: [String: Int64] = [:]
        for object in objects where object.table == "decks" || object.table == "col.decks" {
            guard let (id, name) = object.idAndName else { continue }
            let path = name.replacingOccurrences(of: "\u{1f}", with: "::")
            if ids[path] == nil { ids[path] = id }
        }
        return ids
    }

    /// Leaves out the kept decks other than `names`, their sub-decks and their parents, and
    /// Default (id 1), which every collection has.
    public mutating func keepDecks(_ names: [String]) {
        objects.removeAll { object in
            guard object.table == "decks" || object.table == "col.decks", let (id, name) = object.idAndName else {
                return false
            }
            let deck = name.replacingOccurrences(of: "\u{1f}", with: "::")
            return id != 1 && !names.contains { wanted in
                deck == wanted || deck.hasPrefix(wanted + "::") || wanted.hasPrefix(deck + "::")
            }
        }
    }

    /// The ids of the kept note types.
    public var notetypeIDs: Set<Int64> {
        Set(objects.filter { $0.table == "notetypes" || $0.table == "col.models" }.compactMap { $0.idAndName?.id })
    }
}

extension AnkiKeptObject {
    /// Gives a note type or deck another name: the second column of a row, or `name`.
    mutating func rename(to name: String) {
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(value.utf8), options: [.fragmentsAllowed]) else {
            return
        }
        var renamed: Any
        if var row = parsed as? [Any], row.count >= 2 {
            row[1] = name
            renamed = row
        } else if var object = parsed as? [String: Any] {
            object["name"] = name
            renamed = object
        } else {
            return
        }
        if let data = try? JSONSerialization.data(withJSONObject: renamed, options: [.sortedKeys, .fragmentsAllowed]) {
            value = String(decoding: data, as: UTF8.self)
        }
    }

    /// The id and name of a note type, deck or deck options: the first two columns of a row,
    /// or the key and `name` of a JSON object (genanki writes some ids as text). Nil when the
    /// value has neither.
    public var idAndName: (id: Int64, name: String)? {
        guard let value = try? JSONSerialization.jsonObject(with: Data(value.utf8), options: [.fragmentsAllowed]) else {
            return nil
        }
        if let row = value as? [Any], row.count >= 2, let id = row[0] as? NSNumber, let name = row[1] as? String {
            return (id.int64Value, name)
        }
        if let object = value as? [String: Any], let id = Int64(key), let name = object["name"] as? String {
            return (id, name)
        }
        return nil
    }
}
