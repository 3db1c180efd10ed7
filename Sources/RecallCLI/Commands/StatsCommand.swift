import ArgumentParser
import Foundation
import RecallCore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show today's counts, streak, recent reviews, retention, the forecast and the hardest cards.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only this deck and the decks under it (any case, or the start of its name).", valueName: "name"))
    var deck: String?

    func run() throws {
        try Console.run {
            let database = try global.openDatabase(access: .readOnlyWhenNotWritable)
            let settings = try Settings.load(from: database)
            let path = try deck.map { try DeckLookup.path($0, in: database) }
            let model = try database.report(settings.withPresets(
                ReportScope(now: try global.makeClock().now(), calendar: settings.calendar(), deck: path)))
            let colour = global.style().enabled
            print(TextReportRenderer(colour: colour, width: TerminalSize.columns()).render(model), terminator: "")
        }
    }
}
