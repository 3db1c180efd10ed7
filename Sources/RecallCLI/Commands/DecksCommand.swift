import ArgumentParser
import Foundation
import RecallCore
import RecallStore

struct DecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decks", abstract: "List the decks in the collection with their new, learning and due counts.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Console.run {
            let database = try global.openDatabase()
            let settings = try Settings.load(from: database)
            let decks = try database.deckSummaries(now: try global.makeClock().now(), calendar: settings.calendar())
            guard !decks.isEmpty else {
                print("No decks yet. `recall study` loads the decks folder; `recall import FILE` brings in Anki or CSV decks.")
                return
            }
            let width = min(48, decks.map { $0.name.count }.max() ?? 4)
            print("Deck".padding(toLength: width, withPad: " ", startingAt: 0) + "   New  Learn    Due  Cards")
            for deck in decks {
                let name = TerminalText.sanitize(deck.name, keepNewlines: false)
                let shown = name.count > width ? String(name.prefix(width - 1)) + "…" : name
                print(shown.padding(toLength: width, withPad: " ", startingAt: 0)
                      + [deck.new, deck.learning, deck.due, deck.total].map { String($0).leftPadded(to: 6) }.joined(separator: " "))
            }
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
