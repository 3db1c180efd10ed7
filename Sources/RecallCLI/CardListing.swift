import Foundation
import RecallCore
import RecallStore

/// Cards as `recall cards` shows them: a table on a terminal, one tab-separated line a card
/// elsewhere, or JSON (fields in docs/card-search.md). Card text is made safe to print.
struct CardListing {
    var cards: [StoredCard]
    var now: Date
    var calendar: StudyCalendar

    /// One card in JSON.
    struct Entry: Encodable {
        var id: Int64
        var key: String
        var deck: String
        var front: String
        var back: String
        var tags: [String]
        var phase: String
        var suspended: Bool
        var buried: Bool
        var removed: Bool
        var due: Date?
        var intervalDays: Int?
        var reps: Int
        var lapses: Int

        enum CodingKeys: String, CodingKey {
            case id, key, deck, front, back, tags, phase, suspended, buried, removed, due, intervalDays, reps, lapses
        }

        /// Every field is always there: `due` and `intervalDays` are null rather than missing.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(key, forKey: .key)
            try container.encode(deck, forKey: .deck)
            try container.encode(front, forKey: .front)
            try container.encode(back, forKey: .back)
            try container.encode(tags, forKey: .tags)
            try container.encode(phase, forKey: .phase)
            try container.encode(suspended, forKey: .suspended)
            try container.encode(buried, forKey: .buried)
            try container.encode(removed, forKey: .removed)
            try container.encode(due, forKey: .due)
            try container.encode(intervalDays, forKey: .intervalDays)
            try container.encode(reps, forKey: .reps)
            try container.encode(lapses, forKey: .lapses)
        }
    }

    func json() throws -> String {
        let today = calendar.dayNumber(of: now)
        let entries = cards.map { card in
            Entry(id: card.id, key: card.key, deck: card.deckName, front: card.content.prompt, back: card.content.answer,
                  tags: card.content.tags, phase: card.state.phase.rawValue, suspended: card.suspended,
                  buried: (card.buriedUntilDay ?? .min) > today, removed: card.removed,
                  due: card.state.phase == .new ? nil : card.state.due, intervalDays: card.state.scheduledDays,
                  reps: card.state.reps, lapses: card.state.lapses)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(entries), as: UTF8.self)
    }

    /// The cells of a card: id, deck, front, state, due, interval.
    func cells(_ card: StoredCard) -> [String] {
        let safe = { (text: String) in
            TerminalText.sanitize(text, keepNewlines: false).replacingOccurrences(of: "\t", with: " ")
        }
        return [String(card.id), safe(card.deckName), safe(card.content.prompt), state(card), due(card),
                card.state.scheduledDays.map { "\($0)d" } ?? "-"]
    }

    func state(_ card: StoredCard) -> String {
        var words = [card.state.phase == .learning ? "learn" : card.state.phase == .relearning ? "relearn" : card.state.phase.rawValue]
        if card.suspended { words.append("suspended") }
        if let until = card.buriedUntilDay, until > calendar.dayNumber(of: now) { words.append("buried") }
        if card.removed { words.append("removed") }
        return words.joined(separator: ",")
    }

    /// The study day a card is due, as a date; "-" for a new card (nothing is due yet).
    func due(_ card: StoredCard) -> String {
        guard card.state.phase != .new else { return "-" }
        if card.state.due <= now { return "now" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = calendar.timeZone
        formatter.dateFormat = calendar.dayNumber(of: card.state.due) == calendar.dayNumber(of: now) ? "HH:mm" : "yyyy-MM-dd"
        return formatter.string(from: card.state.due)
    }

    func table(width: Int?, style: (String) -> String = { $0 }) -> [String] {
        guard !cards.isEmpty else { return ["No card matches."] }
        var table = TextTable([("id", .right), ("deck", .left), ("front", .left), ("state", .left), ("due", .left),
                               ("ivl", .right)], flexible: [1, 2])
        for card in cards { table.add(cells(card)) }
        return table.lines(indent: "", style: style, width: width)
            + ["\(ReportFormat.plural(cards.count, "card"))"]
    }

    func lines() -> [String] {
        cards.map { cells($0).joined(separator: "\t") }
    }
}
