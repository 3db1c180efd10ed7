import ArgumentParser
import Foundation
import RecallCore
import RecallStore

struct CardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "card", abstract: "Look at one card.", subcommands: [Info.self])

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
                let scheduler = Scheduler(configuration: settings.schedulerConfiguration())
                let report = CardReport(card: card, history: history,
                                        retrievability: scheduler.retrievability(of: card.state, at: now))
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
    var history: [Entry]

    init(card: StoredCard, history: [StoredReview], retrievability: Double?) {
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
