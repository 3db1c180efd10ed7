import ArgumentParser
import Foundation
import RecallCore
import RecallStore

extension CardCommand {
    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a card's state, stability, difficulty, retrievability now, due date and history.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The card's number, or its key (DECK/KEY or a unique KEY).", valueName: "id"))
        var reference: String

        @Flag(help: "Print JSON instead of text.")
        var json = false

        func run() throws {
            try Console.run {
                let database = try global.openDatabase()
                let settings = try Settings.load(from: database)
                let now = try global.makeClock().now()
                let card = try database.card(reference)
                let history = try database.reviews(ofCard: card.id)
                let scheduler = Scheduler(configuration: settings.schedulerConfiguration(deck: card.deckName))
                let report = CardReport(card: card, history: history,
                                        retrievability: scheduler.retrievability(of: card.state, at: now),
                                        lastChange: try database.latestChange(ofCard: card.id),
                                        now: now, calendar: settings.calendar())
                if json {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                    encoder.dateEncodingStrategy = .iso8601
                    print(String(decoding: try encoder.encode(report), as: UTF8.self))
                } else {
                    print(TerminalText.wrap(report.text(now: now), width: TerminalSize.columns()))
                }
            }
        }
    }
}
