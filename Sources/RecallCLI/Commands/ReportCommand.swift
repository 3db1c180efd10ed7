import ArgumentParser
import Foundation
import RecallCore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a progress report: HTML with charts, Markdown, CSV or JSON.",
        discussion: """
        Without -o the report goes to a file named by the study day in the current directory, \
        such as recall-report-2026-12-04.html; -o - writes it to standard output (not HTML on a \
        terminal). The JSON schema is in docs/report-schema.md.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, md, csv, json
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: "html, md, csv or json.")
    var format: Format = .html

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write, or - for standard output (default: recall-report-DATE.FORMAT here).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp(
        "Only reviews from this study day on (YYYY-MM-DD; a study day starts at the rollover hour, `recall config get rollover-hour`).",
        valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only this deck and the decks under it (any case, or the start of its name).", valueName: "name"))
    var deck: String?

    @Option(help: ArgumentHelp("For CSV: reviews (the review log) or cards (each card's state).", valueName: "table"))
    var table: CSVReportRenderer.Table = .reviews

    func run() throws {
        try Console.run {
            if format == .html, Console.isStandardOutput(output), isatty(STDOUT_FILENO) == 1 {
                throw ValidationError("an HTML report is a page for a browser: leave out -o to write it to a file, or send standard output to one")
            }
            let database = try global.openDatabase(access: .readOnlyWhenNotWritable)
            let settings = try Settings.load(from: database)
            let calendar = settings.calendar()
            let now = try global.makeClock().now()
            let sinceDate = try since.map { text -> Date in
                guard let date = CalendarDate(text)?.start(atHour: settings.rolloverHour, in: calendar.timeZone) else {
                    throw ValidationError("--since takes a date such as 2025-04-01, not “\(text)”")
                }
                return date
            }
            let path = try deck.map { try DeckLookup.path($0, in: database) }
            // The figures alone: the collection is folded into them as it is read.
            func model() throws -> ReportModel {
                try database.report(settings.withPresets(
                    ReportScope(now: now, calendar: calendar, since: sinceDate, deck: path)))
            }
            let text: String
            switch format {
            case .csv:
                text = CSVReportRenderer().render(table, of: try database.reportInput(
                    now: now, calendar: calendar, since: sinceDate, deck: path))
            case .html: text = HTMLReportRenderer().render(try model())
            case .md: text = MarkdownReportRenderer().render(try model())
            case .json: text = try JSONReportRenderer().render(try model())
            }
            let target = output ?? "recall-report-\(ReportDates.isoDate(ofDay: calendar.dayNumber(of: now))).\(format.rawValue)"
            try Console.writeOutput(text, to: target)
            if !Console.isStandardOutput(target) { Console.note("Wrote \(TerminalText.sanitize(target)).") }
        }
    }
}

extension CSVReportRenderer.Table: ExpressibleByArgument {}
