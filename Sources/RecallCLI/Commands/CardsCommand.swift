import ArgumentParser
import Foundation
import RecallCore
import RecallStore

struct CardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cards",
        abstract: "List the cards a search finds, in Anki's search syntax.",
        discussion: """
        Words and "quoted phrases" match a card's front or back (any case, any accents); \
        deck:NAME (a parent takes in its children, * is a wildcard), tag:NAME, \
        is:new|learn|review|due|suspended|buried|removed, prop:ivl>=10 (also <, >, <=, =, !=; \
        ivl, due, reps, lapses), rated:7 (answered in the last 7 days), -TERM for not, \
        TERM or TERM, and parentheses. Terms side by side must all hold. \
        Example: recall cards 'deck:Capitals (is:due or is:new) -tag:hard'. \
        Fields of --json: docs/card-search.md.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The search; all cards when none is given.", valueName: "query"))
    var query: [String] = []

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        // Words ArgumentParser did not know are the query; a `--word` is a mistyped option.
        if let option = query.first(where: { $0.hasPrefix("--") }) {
            throw ValidationError("unknown option “\(option)”; `recall cards --help` lists the options")
        }
    }

    func run() throws {
        try Console.run {
            let database = try global.openDatabase(access: .readOnlyWhenNotWritable)
            let settings = try Settings.load(from: database)
            let now = try global.makeClock().now()
            let calendar = settings.calendar()
            let cards = try CardSearch(arguments: query, speaker: "recall cards")
                .cards(in: database, now: now, calendar: calendar)
            let listing = CardListing(cards: cards, now: now, calendar: calendar)
            if json {
                print(try listing.json())
            } else if isatty(STDOUT_FILENO) == 1 {
                let style = global.style()
                print(listing.table(width: TerminalSize.columns(), style: style.dim).joined(separator: "\n"))
            } else {
                for line in listing.lines() { print(line) }
            }
        }
    }
}
