import Foundation
@testable import RecallCore

/// Small hand-built collections whose figures can be worked out by hand.
enum ReportSamples {
    static let utc = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)

    /// `2026-11-27 10:00` (UTC) as a Date.
    static func at(_ date: String, _ hour: Int, _ minute: Int = 0, zone: String = "UTC") -> Date {
        let parts = date.split(separator: "-").map { Int($0)! }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone)!
        return calendar.date(from: DateComponents(
            year: parts[0], month: parts[1], day: parts[2], hour: hour, minute: minute))!
    }

    static let now = at("2026-11-27", 10)

    static func card(
        _ id: Int64, deck: String = "Capitals", prompt: String? = nil, category: FactCategory? = nil,
        phase: CardPhase = .review, due: Date = now, scheduledDays: Int? = nil, stability: Double? = nil,
        difficulty: Double = 5, lapses: Int = 0, reps: Int = 0, suspended: Bool = false
    ) -> ReportCard {
        let memory = phase == .new ? nil : MemoryState(stability: stability ?? 3, difficulty: difficulty)
        return ReportCard(
            id: id, key: "card-\(id)", deck: deck, prompt: prompt ?? "Question \(id)?", category: category,
            state: CardState(
                phase: phase, step: phase == .review ? nil : 0, memory: memory, due: due,
                lastReview: phase == .new ? nil : at("2026-11-20", 9),
                scheduledDays: phase == .review ? (scheduledDays ?? 3) : nil, reps: reps, lapses: lapses),
            suspended: suspended)
    }

    static func review(
        _ cardID: Int64, _ date: Date, _ rating: Rating = .good, phase: CardPhase = .review,
        interval: Int? = 3, milliseconds: Int? = nil
    ) -> ReportReview {
        ReportReview(
            cardID: cardID, reviewedAt: date, rating: rating, phaseBefore: phase,
            intervalDaysBefore: phase == .review ? interval : nil,
            elapsedDays: phase == .new ? nil : interval, responseMilliseconds: milliseconds)
    }

    /// A mixed collection for the renderers' golden files: two decks (one with a name that
    /// needs escaping), every phase, leeches, six weeks of reviews, and a hostile prompt.
    static func collection() -> ReportInput {
        let calendar = StudyCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!, rolloverHour: 4)
        let now = at("2026-11-27", 18, 30, zone: "Europe/Berlin")
        let day: TimeInterval = 86_400
        let decks = ["Capitals", "Baku's \"Tightrope\" <1> & co | =cmd"]
        let prompts = [
            "What is the capital of Azerbaijan?",
            "<script>alert(1)</script>",
            "\u{1b}[31mred\u{1b}[0m alert, with \"quotes\", commas, and a | pipe",
            "=HYPERLINK(\"http://example.invalid\")",
            "In which year was the Treaty of Gulistan signed?",
            "-2+3",
            "@SUM(A1)",
            "Who said \"a tightrope, not a bridge\"?",
        ]
        var cards: [ReportCard] = []
        for index in 0..<24 {
            let id = Int64(index + 1)
            let phase: CardPhase = [.new, .learning, .review, .review, .review, .relearning][index % 6]
            let stability = [0.4, 1.5, 3.2, 8, 15, 22, 45, 95, 200, 400][index % 10]
            cards.append(card(
                id, deck: decks[index % 2], prompt: index < prompts.count ? prompts[index] : nil,
                category: index % 4 == 3 ? nil : FactCategory.allCases[index % 5], phase: phase,
                due: now.addingTimeInterval(Double(index % 9 - 3) * day),
                scheduledDays: phase == .review ? Int(stability) : nil, stability: stability,
                difficulty: 1 + Double(index % 10) * 0.95, lapses: phase == .new ? 0 : [0, 1, 9, 3, 8, 0, 2][index % 7],
                reps: 3 + index % 7, suspended: index == 10))
        }
        var reviews: [ReportReview] = []
        for offset in stride(from: 41, through: 0, by: -1) where offset % 5 != 2 {
            let base = calendar.start(ofDay: calendar.dayNumber(of: now) - offset).addingTimeInterval(3 * 3600)
            for slot in 0..<(1 + (41 - offset) % 4) {
                let cardID = Int64((offset * 7 + slot * 3) % 24 + 1)
                let rating = Rating(rawValue: [3, 1, 3, 2, 4, 3, 3][(offset + slot) % 7])!
                let phase: CardPhase = slot == 0 && offset % 6 == 0 ? .new : (offset + slot) % 5 == 0 ? .learning : .review
                reviews.append(review(
                    cardID, base.addingTimeInterval(Double(slot) * 600), rating, phase: phase,
                    interval: [2, 9, 25, 40][(offset + slot) % 4], milliseconds: 3_000 + slot * 1_500))
            }
        }
        return ReportInput(cards: cards, reviews: reviews, now: now, calendar: calendar)
    }
}
