import Foundation
import RecallCore
import RecallStore

/// What `recall card info` shows, as text or JSON.
struct CardReport: Encodable {
    struct Entry: Encodable {
        var reviewedAt: Date
        var rating: String
        var phaseBefore: String
        var phaseAfter: String
        var elapsedDays: Int?
        var scheduledDays: Int?
        var intervalSeconds: Double
        var stability: Double?
        var difficulty: Double?
        var typedAnswer: String?
        var responseMilliseconds: Int?
    }

    var id: Int64
    var key: String
    var deck: String
    var kind: String
    var prompt: String
    var answer: String
    var category: String?
    var phase: String
    var step: Int?
    var stability: Double?
    var difficulty: Double?
    var retrievability: Double?
    var due: Date
    var lastReview: Date?
    var reps: Int
    var lapses: Int
    var suspended: Bool
    var removed: Bool
    /// The start of the study day a buried card comes back.
    var buriedUntil: Date?
    /// The latest `recall card` change of this card not taken back.
    var lastChange: Change?
    /// The commands that take back what the card shows (suspended, buried, the last change).
    var undo: [String]
    var history: [Entry]

    struct Change: Encodable {
        var id: Int64
        var action: String
        var madeAt: Date
        var cards: Int
    }

    init(card: StoredCard, history: [StoredReview], retrievability: Double?, lastChange: CardChange? = nil,
         now: Date, calendar: StudyCalendar) {
        id = card.id
        key = card.key
        deck = card.deckName
        kind = card.content.kind.rawValue
        prompt = card.content.prompt
        answer = card.content.answer
        category = card.content.category?.rawValue
        phase = card.state.phase.rawValue
        step = card.state.step
        stability = card.state.memory?.stability
        difficulty = card.state.memory?.difficulty
        self.retrievability = retrievability
        due = card.state.due
        lastReview = card.state.lastReview
        reps = card.state.reps
        lapses = card.state.lapses
        suspended = card.suspended
        removed = card.removed
        let today = calendar.dayNumber(of: now)
        buriedUntil = card.buriedUntilDay.flatMap { $0 > today ? calendar.start(ofDay: $0) : nil }
        self.lastChange = lastChange.map { Change(id: $0.id, action: $0.action, madeAt: $0.madeAt, cards: $0.cardIDs.count) }
        undo = (card.suspended ? ["recall card unsuspend \(card.id)"] : [])
            + (buriedUntil != nil ? ["recall card unbury \(card.id)"] : [])
            + (lastChange.map { ["recall card undo \($0.id)"] } ?? [])
        self.history = history.map { review in
            let log = review.log
            return Entry(reviewedAt: log.reviewedAt, rating: log.rating.name, phaseBefore: log.before.phase.rawValue,
                         phaseAfter: log.after.phase.rawValue, elapsedDays: log.elapsedDays,
                         scheduledDays: log.scheduledDays, intervalSeconds: log.intervalSeconds,
                         stability: log.after.memory?.stability, difficulty: log.after.memory?.difficulty,
                         typedAnswer: log.typedAnswer, responseMilliseconds: log.responseMilliseconds)
        }
    }

    func text(now: Date) -> String {
        let safe = { (text: String) in TerminalText.sanitize(text, keepNewlines: false) }
        let date = DateFormatter()
        date.dateFormat = "yyyy-MM-dd HH:mm"
        var lines = [
            "Card \(id) · \(safe(deck)) · \(safe(key))" + (suspended ? " · suspended" : "") + (removed ? " · removed from its deck" : ""),
            "Prompt: \(safe(prompt))",
            "Answer: \(safe(answer))",
            "State: \(phase)" + (step.map { " (step \($0 + 1))" } ?? "") + "   Reviews: \(reps)   Lapses: \(lapses)",
        ]
        if let stability, let difficulty {
            lines.append(String(format: "Stability: %.2f days   Difficulty: %.2f / 10", stability, difficulty)
                         + (retrievability.map { String(format: "   Retrievability now: %.1f%%", $0 * 100) } ?? ""))
        }
        lines.append("Due: \(date.string(from: due))" + (due > now ? " (in \(IntervalFormat.short(seconds: due.timeIntervalSince(now))))" : " (due now)"))
        if suspended { lines.append("Suspended: `recall card unsuspend \(id)` brings it back.") }
        if let buriedUntil {
            lines.append("Buried until \(date.string(from: buriedUntil)): `recall card unbury \(id)` brings it back now.")
        }
        if let change = lastChange {
            let others = change.cards > 1 ? " with \(ReportFormat.plural(change.cards - 1, "other card"))" : ""
            lines.append("Last change: \(change.action)\(others) on \(date.string(from: change.madeAt)) (change \(change.id));"
                         + " `recall card undo \(change.id)` takes it back.")
        }
        if history.isEmpty {
            lines.append("History: never reviewed")
        } else {
            lines.append("History:")
            for entry in history {
                var line = "  \(date.string(from: entry.reviewedAt))  \(entry.rating.padding(toLength: 5, withPad: " ", startingAt: 0))"
                    + "  \(entry.phaseBefore) → \(entry.phaseAfter)  next in \(IntervalFormat.short(scheduledDays: entry.scheduledDays, intervalSeconds: entry.intervalSeconds))"
                if let typed = entry.typedAnswer { line += "  typed “\(safe(typed))”" }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }
}
