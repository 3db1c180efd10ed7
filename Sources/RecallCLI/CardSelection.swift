import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// The cards a `recall card` change applies to: ids or keys, or a search.
struct CardSelection: ParsableArguments {
    @Argument(help: ArgumentHelp("Cards by number, or key (DECK/KEY or a unique KEY).", valueName: "id"))
    var cards: [String] = []

    @Option(help: ArgumentHelp("The cards a search finds instead, in the syntax of `recall cards`.", valueName: "query"))
    var query: String?

    func validate() throws {
        if query != nil, !cards.isEmpty {
            throw ValidationError("name the cards either by id or with --query, not both")
        }
        if query == nil, cards.isEmpty {
            throw ValidationError("name the cards: one or more ids, or --query QUERY (such as --query 'deck:Capitals is:suspended')")
        }
    }

    func ids(in database: AppDatabase, now: Date, calendar: StudyCalendar, command: String) throws -> [Int64] {
        guard let query else { return try cards.map { try database.card($0).id } }
        let found = try CardSearch(arguments: [query], speaker: "recall card \(command) --query")
            .cards(in: database, now: now, calendar: calendar)
        guard !found.isEmpty else { throw CardChangeError.noMatch(query) }
        return found.map(\.id)
    }
}

enum CardChangeError: LocalizedError {
    case noMatch(String)

    var errorDescription: String? {
        switch self {
        case let .noMatch(query): "no card matches “\(query)”; nothing was changed"
        }
    }
}

/// Runs one `recall card` change and says what it did and how to take it back.
struct CardChanger {
    var global: GlobalOptions
    var selection: CardSelection

    func run(_ edit: CardEdit) throws {
        try Console.run {
            let database = try global.openDatabase()
            let settings = try Settings.load(from: database)
            let now = try global.makeClock().now()
            let calendar = settings.calendar()
            let ids = try selection.ids(in: database, now: now, calendar: calendar, command: edit.name.split(separator: " ")[0].description)
            let report = try database.apply(edit, to: ids, now: now, calendar: calendar)
            for line in Self.summary(of: report, edit: edit) { print(line) }
        }
    }

    static func summary(of report: CardChangeReport, edit: CardEdit) -> [String] {
        func list(_ ids: [Int64]) -> String {
            let shown = ids.prefix(20).map(String.init).joined(separator: ", ")
            return ids.count > 20 ? shown + " and \(ids.count - 20) more" : shown
        }
        var lines: [String] = []
        if let change = report.changeID {
            let (verb, rest) = words(edit)
            lines.append("\(verb) \(ReportFormat.plural(report.changed.count, "card"))\(rest): \(list(report.changed)).")
            lines.append("`recall card undo` takes it back (change \(change)).")
        } else {
            lines.append("Nothing changed.")
        }
        if !report.unchanged.isEmpty {
            lines.append("Already as asked: \(list(report.unchanged)).")
        }
        var reasons: [String] = []
        var byReason: [String: [Int64]] = [:]
        for (id, reason) in report.refused {
            if byReason[reason] == nil { reasons.append(reason) }
            byReason[reason, default: []].append(id)
        }
        for reason in reasons {
            lines.append("Left as they were (\(reason)): \(list(byReason[reason] ?? [])).")
        }
        return lines
    }

    /// "Suspended" … "2 cards" … " until the next study day".
    static func words(_ edit: CardEdit) -> (verb: String, rest: String) {
        switch edit {
        case .suspend: ("Suspended", "")
        case .unsuspend: ("Unsuspended", "")
        case .bury: ("Buried", " until the next study day")
        case .unbury: ("Unburied", "")
        case .forget: ("Reset", " to new")
        case let .reschedule(days): ("Made", days == 0 ? " due today" : " due in \(ReportFormat.plural(days, "study day"))")
        }
    }
}
