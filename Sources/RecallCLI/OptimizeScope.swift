import Foundation
import RecallCore
import RecallStore

/// What one `recall optimize` fits, reverts or simulates: a preset and the decks whose history
/// it is fitted on. With `--preset`, that preset's decks; with `--deck`, the decks at or under
/// it (which must share one preset); otherwise every preset a deck uses, each on its own decks,
/// as Anki's "Optimize all presets" does.
struct OptimizeScope {
    var preset: Preset
    /// The decks fitted on, by name, sorted.
    var decks: [String]
    /// How the summary names the history: "all decks", "deck “X”", "preset “P”".
    var label: String
    /// Whether the preset's decks are every deck of the collection.
    var coversEveryDeck: Bool

    static func scopes(deck: String?, preset: String?, settings: Settings, database: AppDatabase) throws -> [OptimizeScope] {
        let allDecks = Set(try database.deckNamesByID().values)
        func decksOf(_ name: String) -> [String] {
            allDecks.filter { (settings.deckPresets[$0] ?? Preset.defaultName) == name }.sorted()
        }
        func scope(_ name: String, decks: [String], label: String) -> OptimizeScope {
            OptimizeScope(preset: settings.preset(named: name), decks: decks, label: label,
                          coversEveryDeck: decksOf(name).count == allDecks.count)
        }
        if let deck {
            let path = try DeckLookup.path(deck, in: database)
            let chosen = allDecks.filter { DeckNames.deck($0, isIn: path) }.sorted()
            let presets = Set(chosen.map { settings.deckPresets[$0] ?? Preset.defaultName })
            guard presets.count == 1, let name = presets.first else {
                throw OptimizeScopeError.severalPresets(deck: path, presets: presets.sorted())
            }
            return [scope(name, decks: chosen, label: "deck “\(TerminalText.sanitize(path, keepNewlines: false))”")]
        }
        let inUse = Set(allDecks.map { settings.deckPresets[$0] ?? Preset.defaultName })
        if let preset {
            guard inUse.contains(preset) else { throw OptimizeScopeError.unusedPreset(preset, inUse: inUse.sorted()) }
            return [scope(preset, decks: decksOf(preset), label: "preset “\(TerminalText.sanitize(preset, keepNewlines: false))”")]
        }
        guard inUse.count > 1 else {
            return [scope(inUse.first ?? Preset.defaultName, decks: allDecks.sorted(), label: "all decks")]
        }
        return inUse.sorted().map { name in
            scope(name, decks: decksOf(name), label: "preset “\(TerminalText.sanitize(name, keepNewlines: false))”")
        }
    }

    /// `input` cut down to the scope's decks, their cards and their reviews.
    func restrict(_ input: ReportInput) -> ReportInput {
        var input = input
        let kept = Set(decks)
        input.cards = input.cards.filter { kept.contains($0.deck) }
        let cards = Set(input.cards.map(\.id))
        input.reviews = input.reviews.filter { cards.contains($0.cardID) }
        return input
    }

    /// "every deck" or "the decks A, B" — the cards the preset schedules.
    var scheduled: String {
        coversEveryDeck ? "every deck" : "the deck\(decks.count == 1 ? "" : "s") "
            + decks.map { "“\(TerminalText.sanitize($0, keepNewlines: false))”" }.joined(separator: ", ")
    }
}

enum OptimizeScopeError: LocalizedError, Equatable {
    case severalPresets(deck: String, presets: [String])
    case unusedPreset(String, inUse: [String])

    var errorDescription: String? {
        switch self {
        case let .severalPresets(deck, presets):
            "the decks under “\(deck)” use several presets (\(presets.joined(separator: ", "))); fit one of them with --preset"
        case let .unusedPreset(preset, inUse):
            "no deck uses the preset “\(preset)”; the presets in use are \(inUse.joined(separator: ", ")) (`recall preset` lists them)"
        }
    }
}
