import Foundation
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

    /// `presets` is `col.dconf`, the deck-options presets by id; nil or unreadable names none.
    func decks(_ json: String, presets: String?) throws -> [AnkiDeck] {
        let names = presets.flatMap { try? objects($0, column: "col.dconf") }
            .map { Dictionary($0.compactMap { key, value in (value["name"] as? String).map { (key, $0) } },
                              uniquingKeysWith: { first, _ in first }) } ?? [:]
        return try objects(json, column: "col.decks").map { key, deck in
            guard let name = deck["name"] as? String else {
                throw AnkiPackageError.malformedData(file: file, reason: "deck \(key) has no name")
            }
            // A filtered deck (`dyn` 1) has no `conf`.
            let preset = AnkiJSON.int64(deck["conf"]).flatMap { names[String($0)] }
            return AnkiDeck(id: AnkiJSON.int64(deck["id"]) ?? Int64(key) ?? 0, name: name, preset: preset)
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

/// Lenient number reading for Anki's JSON, whose numbers may come back as Int, Double,
/// NSNumber or even strings.
enum AnkiJSON {
    /// JSON text as recall keeps and writes Anki's objects: sorted keys, fragments allowed.
    static func text(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
    }

    static func value(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    static func int64(_ value: Any?) -> Int64? {
        switch value {
        case let number as Int: Int64(number)
        case let number as Int64: number
        case let number as Double: Int64(exactly: number.rounded(.towardZero))
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
