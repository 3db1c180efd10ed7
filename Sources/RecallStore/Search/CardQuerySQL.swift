import Foundation
import GRDB
import RecallCore

/// A `CardQuery` as an SQL condition over `card c`. Only fixed SQL is written into the text;
/// every value that comes from the query (words, names, numbers) is a bound argument.
struct CardQuerySQL {
    var now: Date
    var calendar: StudyCalendar
    /// The decks a `deck:` term stands for (ids), or an error at the term's column.
    var deckIDs: (String, Int) throws -> [Int64]
    private(set) var arguments = StatementArguments()

    init(now: Date, calendar: StudyCalendar, deckIDs: @escaping (String, Int) throws -> [Int64]) {
        self.now = now
        self.calendar = calendar
        self.deckIDs = deckIDs
    }

    private var today: Int { calendar.dayNumber(of: now) }

    private func startOf(day offset: Int) -> Double {
        calendar.start(ofDay: today + offset).timeIntervalSince1970
    }

    /// The condition for the whole query: removed cards are left out unless it asks for them.
    mutating func whereClause(_ query: CardQuery) throws -> String {
        let condition = try self.condition(query)
        return query.contains(.removed) ? condition : "NOT c.removed AND (\(condition))"
    }

    private mutating func bind(_ value: any DatabaseValueConvertible) -> String {
        arguments += [value]
        return "?"
    }

    mutating func condition(_ query: CardQuery) throws -> String {
        switch query {
        case .all:
            return "1"
        case let .text(text):
            let folded = CardQuery.folded(text)
            let front = bind(folded), back = bind(folded)
            return "(instr(recall_fold(c.prompt), \(front)) > 0"
                + " OR instr(recall_fold(json_extract(c.content, '$.answer')), \(back)) > 0)"
        case let .deck(name, column):
            let ids = try deckIDs(name, column)
            guard !ids.isEmpty else { return "0" }
            return "c.deckId IN (" + ids.map { bind($0) }.joined(separator: ", ") + ")"
        case let .tag(name):
            if name.lowercased() == "none" {
                return "COALESCE(json_array_length(c.content, '$.tags'), 0) = 0"
            }
            let pattern = Self.likePattern(CardQuery.folded(name))
            return "EXISTS (SELECT 1 FROM json_each(c.content, '$.tags') t WHERE recall_fold(t.value) LIKE \(bind(pattern)) ESCAPE '\\'"
                + " OR recall_fold(t.value) LIKE \(bind(pattern + "::%")) ESCAPE '\\')"
        case let .state(state):
            return stateCondition(state)
        case let .property(property, comparison, value):
            return propertyCondition(property, comparison, value)
        case let .rated(days, rating):
            var sql = "EXISTS (SELECT 1 FROM review r WHERE r.cardId = c.id AND r.reviewedAt >= \(bind(startOf(day: 1 - days)))"
            if let rating { sql += " AND r.rating = \(bind(rating.rawValue))" }
            return sql + ")"
        case let .not(inner):
            return "NOT (\(try condition(inner)))"
        case let .and(parts):
            return "(" + (try parts.map { try condition($0) }).joined(separator: " AND ") + ")"
        case let .or(parts):
            return "(" + (try parts.map { try condition($0) }).joined(separator: " OR ") + ")"
        }
    }

    private mutating func stateCondition(_ state: CardStateFilter) -> String {
        switch state {
        case .new: return "c.phase = 'new'"
        case .learn: return "c.phase IN ('learning', 'relearning')"
        case .review: return "c.phase IN ('review', 'relearning')"
        case .suspended: return "c.suspended"
        case .buried: return "COALESCE(c.buriedUntilDay > \(bind(today)), 0)"
        case .removed: return "c.removed"
        case .due:
            let buried = bind(today)
            let end = bind(startOf(day: 1))
            let moment = bind(now.timeIntervalSince1970)
            return "(NOT c.suspended AND COALESCE(c.buriedUntilDay <= \(buried), 1)"
                + " AND ((c.phase = 'review' AND c.due < \(end)) OR (c.phase IN ('learning', 'relearning') AND c.due <= \(moment))))"
        }
    }

    private mutating func propertyCondition(_ property: CardProperty, _ comparison: Comparison, _ value: Int) -> String {
        switch property {
        case .ivl: return "COALESCE(c.scheduledDays, 0) \(comparison.rawValue) \(bind(value))"
        case .reps: return "c.reps \(comparison.rawValue) \(bind(value))"
        case .lapses: return "c.lapses \(comparison.rawValue) \(bind(value))"
        case .due:
            // Due on study day today + n is due in [start(n), start(n + 1)).
            let range: String
            switch comparison {
            case .less: range = "c.due < \(bind(startOf(day: value)))"
            case .lessOrEqual: range = "c.due < \(bind(startOf(day: value + 1)))"
            case .greater: range = "c.due >= \(bind(startOf(day: value + 1)))"
            case .greaterOrEqual: range = "c.due >= \(bind(startOf(day: value)))"
            case .equal: range = "(c.due >= \(bind(startOf(day: value))) AND c.due < \(bind(startOf(day: value + 1))))"
            case .notEqual: range = "(c.due < \(bind(startOf(day: value))) OR c.due >= \(bind(startOf(day: value + 1))))"
            }
            return "(c.phase <> 'new' AND \(range))"
        }
    }

    /// A LIKE pattern matching `text` whole, `*` for any run; `%`, `_` and `\` taken literally.
    static func likePattern(_ text: String) -> String {
        var pattern = ""
        for character in text {
            switch character {
            case "%", "_", "\\": pattern += "\\" + String(character)
            case "*": pattern += "%"
            default: pattern.append(character)
            }
        }
        return pattern
    }
}
