import ArgumentParser
import Foundation
import RecallCore
import RecallStore

struct PresetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preset",
        abstract: "List the FSRS presets, put decks in one, or give one its own desired retention.",
        discussion: """
        Decks in one preset share its FSRS parameters (fitted by `recall optimize --preset NAME`) \
        and desired retention, as in Anki's deck options. Every deck starts in “Default”; a deck \
        file can name its preset with `preset:`.
        """,
        subcommands: [List.self, Use.self, Retention.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show each preset: its decks, parameters and desired retention.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try Console.run {
                let database = try global.openDatabase(access: .readOnlyWhenNotWritable)
                let settings = try Settings.load(from: database)
                let decks = Dictionary(grouping: try database.deckNamesByID().values) { settings.preset(ofDeck: $0).name }
                for preset in settings.presets.values.sorted(by: { $0.name < $1.name }) {
                    let names = (decks[preset.name] ?? []).sorted().map { TerminalText.sanitize($0, keepNewlines: false) }
                    let retention = preset.desiredRetention.map { String($0) } ?? "\(settings.desiredRetention) (the collection's)"
                    let weights = preset.fittedAt.map { "fitted \(OptimizeText.date($0))" } ?? "FSRS-6 defaults"
                    print(TerminalText.wrap(
                        "\(TerminalText.sanitize(preset.name, keepNewlines: false)): parameters \(weights), desired retention \(retention); "
                            + (names.isEmpty ? "no deck" : "decks " + names.joined(separator: ", ")),
                        width: TerminalSize.columns(), hangingIndent: 2))
                }
            }
        }
    }

    struct Use: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Put decks in a preset (a new name makes a preset); their memory states follow its parameters.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The preset.") var preset: String
        @Argument(help: ArgumentHelp("The decks (a parent stands for the decks under it).", valueName: "deck")) var decks: [String]

        func validate() throws {
            guard Preset.validName(preset) != nil else { throw ValidationError("a preset name is one line of 1 to 100 characters") }
            guard !decks.isEmpty else { throw ValidationError("name the decks to put in “\(preset)”") }
        }

        func run() throws {
            try Console.run {
                let database = try global.openDatabase()
                let name = Preset.validName(preset)!
                let paths = try DeckLookup.paths(decks, in: database)
                let names = try database.deckNamesByID().values.filter { deck in paths.contains { DeckNames.deck(deck, isIn: $0) } }.sorted()
                let settings = try Settings.load(from: database)
                let parameters = settings.preset(named: name).parameters
                try database.setPreset(name, ofDecks: names)
                // The cards now schedule with the preset's weights: their memory states follow.
                let cards = try database.cardIDs(inPreset: name)
                let histories = try database.cardHistories(calendar: settings.calendar()).filter { cards.contains($0.cardID) }
                try database.setMemoryStates(FSRS(parameters: parameters).memoryStates(after: histories))
                print("\(names.map { "“\(TerminalText.sanitize($0, keepNewlines: false))”" }.joined(separator: ", "))"
                    + (names.count == 1 ? " now uses" : " now use")
                    + " the preset “\(TerminalText.sanitize(name, keepNewlines: false))”.")
            }
        }
    }

    struct Retention: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give a preset its own desired retention (0.70…0.99), or `default` for the collection's.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The preset.") var preset: String
        @Argument(help: ArgumentHelp("The desired retention, or default.", valueName: "value")) var value: String

        func run() throws {
            try Console.run {
                let database = try global.openDatabase()
                var retention: Double?
                if value.lowercased() != "default" {
                    var check = Settings()
                    try check.set("desired-retention", to: value)
                    retention = check.desiredRetention
                }
                guard let name = Preset.validName(preset) else { throw ValidationError("a preset name is one line of 1 to 100 characters") }
                try database.setDesiredRetention(retention, ofPreset: name)
                print("desired retention of “\(TerminalText.sanitize(name, keepNewlines: false))” = "
                    + (retention.map { String($0) } ?? "the collection's"))
            }
        }
    }
}
