import Foundation
import GRDB
import RecallCore

extension AppDatabase {
    /// Every preset a deck uses or that has a fit or a setting of its own, by name (Default
    /// always), each with the weights it schedules with and its desired retention.
    public func presets() throws -> [String: Preset] {
        try read { db in
            let names = Set(try String.fetchAll(db, sql: """
                SELECT preset FROM deck UNION SELECT name FROM preset UNION SELECT preset FROM fsrsParameters
                """)).union([Preset.defaultName])
            let retention = Dictionary(uniqueKeysWithValues: try Row.fetchAll(
                db, sql: "SELECT name, desiredRetention FROM preset WHERE desiredRetention IS NOT NULL"
            ).map { ($0[0] as String, $0[1] as Double) })
            return try Dictionary(uniqueKeysWithValues: names.map { name in
                let fit = try Self.parameterHistory(db, preset: name).last
                return (name, Preset(name: name, parameters: fit?.parameters ?? .default, fittedAt: fit?.fittedAt,
                                     desiredRetention: retention[name]))
            })
        }
    }

    /// Each deck's preset, by deck name.
    public func deckPresets() throws -> [String: String] {
        try read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT name, preset FROM deck")
                .map { ($0[0] as String, $0[1] as String) })
        }
    }

    /// Puts the decks named in `preset` (created by naming it); an unknown deck is an error
    /// naming it, and then no deck changes.
    public func setPreset(_ preset: String, ofDecks names: [String]) throws {
        try write { db in
            for name in names {
                try db.execute(sql: "UPDATE deck SET preset = ? WHERE name = ?", arguments: [preset, name])
                guard db.changesCount == 1 else { throw StoreError.noSuchDeck(name) }
            }
        }
    }

    /// Gives `preset` a desired retention of its own, or (nil) makes it use the collection's.
    public func setDesiredRetention(_ retention: Double?, ofPreset preset: String) throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO preset(name, desiredRetention) VALUES (?, ?)
                ON CONFLICT(name) DO UPDATE SET desiredRetention = excluded.desiredRetention
                """, arguments: [preset, retention])
        }
    }

    /// Ids of the cards (removed ones too, for their history) in decks that use `preset`.
    public func cardIDs(inPreset preset: String) throws -> Set<Int64> {
        try read { db in
            Set(try Int64.fetchAll(db, sql: """
                SELECT card.id FROM card JOIN deck ON deck.id = card.deckId WHERE deck.preset = ?
                """, arguments: [preset]))
        }
    }
}
