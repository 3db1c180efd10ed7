import Foundation
import RecallCore
import RecallStore

/// Deck names as people type them, for every command that takes one: the collection's decks
/// matched by `DeckNames`, a parent standing for the decks under it.
enum DeckLookup {
    /// The deck or parent path `typed` means.
    static func path(_ typed: String, in database: AppDatabase) throws -> String {
        try DeckNames(try database.deckNamesByID().values).resolve(typed)
    }

    /// The paths `typed` mean, in order.
    static func paths(_ typed: [String], in database: AppDatabase) throws -> [String] {
        let names = DeckNames(try database.deckNamesByID().values)
        return try typed.map { try names.resolve($0) }
    }

    /// The ids of every deck at or under `paths`.
    static func ids(under paths: [String], in database: AppDatabase) throws -> [Int64] {
        try database.deckNamesByID()
            .filter { _, name in paths.contains { DeckNames.deck(name, isIn: $0) } }
            .keys.sorted()
    }
}
