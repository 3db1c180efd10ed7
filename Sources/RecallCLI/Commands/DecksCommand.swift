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
            // The name column takes what the four count columns (27) leave of the terminal.
            let names = decks.map { TerminalText.sanitize($0.name, keepNewlines: false) }
            let room = TerminalSize.columns().map { max(8, $0 - 27) } ?? 48
            let width = max(4, min(48, room, names.map(TerminalText.width).max() ?? 4))
            print("Deck".padding(toLength: width, withPad: " ", startingAt: 0) + "   New  Learn    Due  Cards")
            for (deck, name) in zip(decks, names) {
                let shown = TerminalText.truncated(name, toWidth: width)
                print(shown + String(repeating: " ", count: max(0, width - TerminalText.width(shown)))
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
