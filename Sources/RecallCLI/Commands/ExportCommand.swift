import ArgumentParser
import Foundation
import RecallCore
import RecallStore

struct ExportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case apkg, csv, yaml, json

        /// Whether the format keeps the review history.
        var holdsHistory: Bool { self == .apkg || self == .json }
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

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write, or - for standard output.", valueName: "file"))
    var output: String

    func run() throws {
        try Console.run {
            if format == .apkg, Console.isStandardOutput(output), isatty(STDOUT_FILENO) == 1 {
                throw ValidationError("an Anki package is binary: give -o a file name, or send standard output to a file")
            }
            let database = try global.openDatabase(access: .readOnlyWhenNotWritable)
            let settings = try Settings.load(from: database)
            let now = try global.makeClock().now()
            let paths = try DeckLookup.paths(decks, in: database)
            let cards = try database.exportCards(decks: paths)
            guard !cards.isEmpty else {
                throw ValidationError(decks.isEmpty ? "there are no cards to export" : "no cards in deck \(decks.joined(separator: ", "))")
            }
            switch format {
            case .apkg:
                let names = cards.flatMap { MediaDirectory.referencedNames(in: $0.content.prompt + " " + $0.content.answer) }
                let media = MediaDirectory(url: global.dataDirectoryURL().appendingPathComponent("media")).load(named: names)
                let collection = AnkiCollection(
                    exporting: cards, kept: try database.ankiKept(decks: paths), media: media, now: now, calendar: settings.calendar())
                try writePackage(collection, now: now)
            case .csv:
                try Console.writeOutput(DelimitedTextWriter.notesInPlainText(cards), to: output)
            case .yaml:
                let deckNames = Array(Set(cards.map(\.deck))).sorted()
                guard deckNames.count == 1, let name = deckNames.first else {
                    throw ValidationError("a deck file holds one deck; choose one with --deck: "
                        + deckNames.map { "“\($0)”" }.joined(separator: ", "))
                }
                let deck = Deck(name: name, cards: cards.map { DeckCard(key: $0.key, content: $0.content) })
                try Console.writeOutput(DeckWriter.render(deck), to: output)
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                encoder.dateEncodingStrategy = .iso8601
                try Console.writeOutput(String(decoding: try encoder.encode(cards), as: UTF8.self) + "\n", to: output)
            }
            // Only what the format holds: deck files and Anki's plain text keep no history.
            var counted = ReportFormat.plural(cards.count, "card")
            if format.holdsHistory { counted += " and " + ReportFormat.plural(cards.reduce(0) { $0 + $1.reviews.count }, "review") }
            let target = Console.isStandardOutput(output) ? "standard output" : output
            Console.note("Exported \(counted) to \(TerminalText.sanitize(target)).")
        }
    }

    /// The package goes to a private temporary file first, since it is written as a zip archive.
    private func writePackage(_ collection: AnkiCollection, now: Date) throws {
        guard Console.isStandardOutput(output) else {
            try AnkiPackageWriter().write(collection, to: URL(fileURLWithPath: (output as NSString).expandingTildeInPath), now: now)
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("recall-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("export.apkg")
        try AnkiPackageWriter().write(collection, to: file, now: now)
        try Console.writeOutput(Data(contentsOf: file), to: nil)
    }
}
