import ArgumentParser
import Foundation
import RecallCore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show today's counts, streak, recent reviews, retention, the forecast and the hardest cards.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only this deck.", valueName: "name"))
    var deck: String?

    func run() throws {
        try Console.run {
            let database = try global.openDatabase()
            let settings = try Settings.load(from: database)
            if let deck { _ = try database.deckIDs(named: [deck]) }
            let input = settings.withParameters(try database.reportInput(
                now: try global.makeClock().now(), calendar: settings.calendar(), deck: deck))
            let colour = Style.detect().enabled
            print(TextReportRenderer(colour: colour, width: TerminalSize.columns()).render(ReportModel(input: input)), terminator: "")
        }
    }
}
