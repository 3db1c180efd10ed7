import ArgumentParser
import Foundation
import RecallCore
import RecallStore

struct ExportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case apkg, csv, yaml, json
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export cards with their state and review history.",
        discussion: """
        apkg: an Anki package that Anki imports with cards, tags, scheduling and review history. \
        csv: Anki's “Notes in Plain Text” (tab-separated), which Anki and `recall import` read. \
        yaml: an editable deck file (one deck). json: every card with its state and history.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("apkg, csv, yaml or json.", valueName: "format"))
    var format: Format

    @Option(name: .customLong("deck"), help: ArgumentHelp("Export only this deck and its sub-decks (repeatable).", valueName: "name"))
    var decks: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write.", valueName: "file"))
    var output: String

    func run() throws {
        try Console.run {
            let url = URL(fileURLWithPath: (output as NSString).expandingTildeInPath)
            let database = try global.openDatabase()
            let settings = try Settings.load(from: database)
            let now = try global.makeClock().now()
            let cards = try database.exportCards(decks: decks)
            guard !cards.isEmpty else {
                throw ValidationError(decks.isEmpty ? "there are no cards to export" : "no cards in deck \(decks.joined(separator: ", "))")
            }
            switch format {
            case .apkg:
                let names = cards.flatMap { MediaDirectory.referencedNames(in: $0.content.prompt + " " + $0.content.answer) }
                let media = MediaDirectory(url: global.dataDirectoryURL().appendingPathComponent("media")).load(named: names)
                let collection = AnkiCollection(exporting: cards, media: media, now: now, calendar: settings.calendar())
                try AnkiPackageWriter().write(collection, to: url, now: now)
            case .csv:
                try Console.writeOutput(DelimitedTextWriter.notesInPlainText(cards), to: url.path)
            case .yaml:
                let deckNames = Set(cards.map(\.deck))
                guard deckNames.count == 1, let name = deckNames.first else {
                    throw ValidationError("a deck file holds one deck; choose one with --deck (found \(deckNames.count))")
                }
                let deck = Deck(name: name, cards: cards.map { DeckCard(key: $0.key, content: $0.content) })
                try Console.writeOutput(DeckWriter.render(deck), to: url.path)
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                encoder.dateEncodingStrategy = .iso8601
                try Console.writeOutput(String(decoding: try encoder.encode(cards), as: UTF8.self) + "\n", to: url.path)
            }
            let reviews = cards.reduce(0) { $0 + $1.reviews.count }
            print("Exported \(cards.count) card\(cards.count == 1 ? "" : "s") and \(reviews) review\(reviews == 1 ? "" : "s") to \(TerminalText.sanitize(output)).")
        }
    }
}
