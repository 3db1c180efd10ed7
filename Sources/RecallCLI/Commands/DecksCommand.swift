import ArgumentParser
import Foundation
import RecallCore
import RecallStore

struct DecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decks",
        abstract: "List the decks in the collection with their new, learning and due counts.",
        discussion: "Anki's `Parent::Child` names show as a tree; a parent counts the cards of the decks under it.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Console.run {
            let database = try global.openDatabase(access: .readOnlyWhenNotWritable)
            let settings = try Settings.load(from: database)
            let decks = try database.deckSummaries(now: try global.makeClock().now(), calendar: settings.calendar())
            guard !decks.isEmpty else {
                return print(FirstRun.message(decksFolder: global.decksFolder()))
            }
            let rows = DeckTree.rows(decks.map {
                ($0.name, DeckTree.Counts(new: $0.new, learning: $0.learning, due: $0.due, total: $0.total))
            })
            let names = rows.map { String(repeating: "  ", count: $0.depth) + TerminalText.sanitize($0.name, keepNewlines: false) }
            // Names are never cut: one wider than the room the counts (27 columns) leave on a
            // terminal has its counts on the line below; elsewhere every row is one line.
            let room = TerminalSize.columns().map { max(8, $0 - 27) } ?? .max
            let width = max(4, min(room, names.map(TerminalText.width).max() ?? 4))
            print("Deck".padding(toLength: width, withPad: " ", startingAt: 0) + "   New  Learn    Due  Cards")
            for (row, name) in zip(rows, names) {
                let counts = [row.counts.new, row.counts.learning, row.counts.due, row.counts.total]
                    .map { String($0).leftPadded(to: 6) }.joined(separator: " ")
                let nameWidth = TerminalText.width(name)
                if nameWidth > width {
                    print(name)
                    print(String(repeating: " ", count: width) + counts)
                } else {
                    print(name + String(repeating: " ", count: width - nameWidth) + counts)
                }
            }
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
