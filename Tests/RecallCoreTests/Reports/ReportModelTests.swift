import Foundation
import Testing
@testable import RecallCore

private typealias S = ReportSamples

private func model(cards: [ReportCard] = [], reviews: [ReportReview] = [], now: Date = S.now) -> ReportModel {
    ReportModel(input: ReportInput(cards: cards, reviews: reviews, now: now, calendar: S.utc))
}

struct StreakCase: CustomTestStringConvertible, Sendable {
    var name: String
    var times: [Date]
    var current: Int
    var longest: Int
    var studiedToday: Bool
    var testDescription: String { name }

    static let all: [StreakCase] = [
        // 03:30 and 03:59 belong to the study day before (the day starts at 4 am), so these
        // reviews make the study days 11-24, 11-25 and 11-26: a streak ending yesterday.
        StreakCase(
            name: "reviews before 4 am count for the day before",
            times: [S.at("2026-11-22", 12), S.at("2026-11-24", 23, 30), S.at("2026-11-25", 3, 30),
                    S.at("2026-11-26", 2), S.at("2026-11-27", 3, 59)],
            current: 3, longest: 3, studiedToday: false),
        StreakCase(
            name: "a review at 4 am starts today and extends the streak",
            times: [S.at("2026-11-24", 23, 30), S.at("2026-11-26", 2), S.at("2026-11-27", 3, 59),
                    S.at("2026-11-27", 4)],
            current: 4, longest: 4, studiedToday: true),
        StreakCase(
            name: "a gap of a whole study day ends the streak",
            times: [S.at("2026-11-18", 9), S.at("2026-11-19", 9), S.at("2026-11-20", 9), S.at("2026-11-25", 9)],
            current: 0, longest: 3, studiedToday: false),
        StreakCase(name: "no reviews, no streak", times: [], current: 0, longest: 0, studiedToday: false),
    ]
}

@Test(arguments: StreakCase.all)
func streakCountsStudyDaysEndingTodayOrYesterday(_ example: StreakCase) {
    let report = model(reviews: example.times.map { S.review(1, $0) })
    #expect(report.streak == ReportModel.Streak(
        current: example.current, longest: example.longest, studiedToday: example.studiedToday))
    #expect(report.totals.studyDays == Set(example.times.map(S.utc.dayNumber(of:))).count)
}

@Test func trueRetentionSplitsYoungAndMatureAtTwentyOneDaysAndCountsHardAsPassed() {
    let thisWeek = S.at("2026-11-26", 9)
    let lastWeek = S.at("2026-11-18", 9)
    let reviews = [
        S.review(1, lastWeek, .good, interval: 5),
        S.review(2, lastWeek, .again, interval: 5),
        S.review(3, thisWeek, .hard, interval: 20),
        S.review(4, thisWeek, .again, interval: 21),
        S.review(5, thisWeek, .good, interval: 30),
        S.review(6, thisWeek, .easy, interval: 100),
        // Not in the review phase: no part of true retention.
        S.review(7, thisWeek, .again, phase: .learning),
        S.review(8, thisWeek, .again, phase: .relearning),
        S.review(9, thisWeek, .good, phase: .new),
    ]
    let retention = model(reviews: reviews).retention
    #expect(retention.young == .init(reviews: 3, passed: 2, rate: 2.0 / 3.0))
    #expect(retention.mature == .init(reviews: 3, passed: 2, rate: 2.0 / 3.0))
    #expect(retention.weeks.count == 12)
    let last = retention.weeks[11], previous = retention.weeks[10]
    #expect((last.start, last.end) == ("2026-11-21", "2026-11-27"))
    #expect(last.young == .init(reviews: 1, passed: 1, rate: 1))
    #expect(last.mature == .init(reviews: 3, passed: 2, rate: 2.0 / 3.0))
    #expect((previous.start, previous.end) == ("2026-11-14", "2026-11-20"))
    #expect(previous.young == .init(reviews: 2, passed: 1, rate: 0.5))
    #expect(previous.mature == .init(reviews: 0, passed: 0, rate: nil))
}

@Test func forecastCountsOverdueCardsToday() {
    let cards = [
        S.card(1, due: S.at("2026-11-20", 9)),   // a week overdue
        S.card(2, due: S.at("2026-11-27", 2)),   // 2 am: still yesterday's study day, overdue
        S.card(3, due: S.at("2026-11-27", 12)),  // today
        S.card(4, due: S.at("2026-11-28", 3)),   // before tomorrow's rollover: today
        S.card(5, due: S.at("2026-11-28", 5)),   // tomorrow
        S.card(6, due: S.at("2026-12-26", 5)),   // the 30th and last day shown
        S.card(7, due: S.at("2026-12-27", 5)),   // past the forecast
        S.card(8, due: S.at("2026-11-27", 12), suspended: true),
        S.card(9, phase: .learning, due: S.at("2026-11-27", 12)),
        S.card(10, phase: .new, due: S.at("2026-11-20", 12)),
    ]
    let report = model(cards: cards)
    #expect(report.forecast.overdue == 2)
    #expect(report.forecast.days.count == 30)
    #expect(report.forecast.days.first == .init(date: "2026-11-27", due: 4))
    #expect(report.forecast.days[1] == .init(date: "2026-11-28", due: 1))
    #expect(report.forecast.days[29] == .init(date: "2026-12-26", due: 1))
    #expect(report.forecast.days.map(\.due).reduce(0, +) == 6)
    #expect(report.forecast.later == 1)
    #expect(report.today.due == 4)
}

@Test func hardestCardsAreOrderedByLapsesAndLeechesHaveEightOrMore() {
    let cards = [
        S.card(1, difficulty: 4, lapses: 7),
        S.card(2, difficulty: 6, lapses: 9),
        S.card(3, difficulty: 9, lapses: 8, suspended: true),
        S.card(4, difficulty: 8, lapses: 7),
        S.card(5, lapses: 0),
    ]
    let report = model(cards: cards)
    #expect(report.hardest.map(\.id) == [2, 3, 4, 1])
    #expect(report.hardest.map(\.leech) == [true, true, false, false])
    #expect(report.hardest[1].suspended)
    #expect(report.cards.leeches == 2)
}

@Test func hardestCardsStopAtTheLimit() {
    let cards = (1...30).map { S.card(Int64($0), lapses: $0) }
    let report = ReportModel(
        input: ReportInput(cards: cards, reviews: [], now: S.now, calendar: S.utc),
        options: ReportOptions(hardestLimit: 5))
    #expect(report.hardest.map(\.lapses) == [30, 29, 28, 27, 26])
}

@Test func cardCountsAndMasteryByDeckAndCategory() {
    let cards = [
        S.card(1, deck: "B", category: .date, phase: .new),
        S.card(2, deck: "B", category: .date, phase: .learning),
        S.card(3, deck: "A", category: .figure, phase: .relearning),
        S.card(4, deck: "A", category: .figure, scheduledDays: 5, stability: 10),
        S.card(5, deck: "A", category: .date, scheduledDays: 30, stability: 40),
        S.card(6, deck: "B", scheduledDays: 30, stability: 40, suspended: true),
    ]
    let report = model(cards: cards)
    #expect(report.cards == .init(
        total: 6, new: 1, learning: 2, young: 1, mature: 1, suspended: 1, mastered: 1, leeches: 0,
        mastery: 0.2))
    #expect(report.decks.map(\.name) == ["A", "B"])
    #expect(report.decks[0].counts == .init(
        total: 3, new: 0, learning: 1, young: 1, mature: 1, suspended: 0, mastered: 1, leeches: 0,
        mastery: 1.0 / 3.0))
    #expect(report.decks[1].counts.mastery == 0)
    // In FactCategory order; categories without cards are left out.
    #expect(report.categories.map(\.name) == ["figure", "date"])
    #expect(report.categories.map(\.counts.total) == [2, 3])
    #expect(report.categories[1].counts.mastered == 1)
}

@Test func todayCountsReviewsNewCardsAgainAndTime() {
    let reviews = [
        S.review(1, S.at("2026-11-26", 9), .again, milliseconds: 9_000),
        S.review(2, S.at("2026-11-27", 5), .good, phase: .new, milliseconds: 4_000),
        S.review(3, S.at("2026-11-27", 6), .again, milliseconds: 2_000),
        S.review(3, S.at("2026-11-27", 7), .good, phase: .relearning),
    ]
    let report = model(reviews: reviews)
    #expect(report.today == .init(reviews: 3, newCards: 1, again: 1, timeMilliseconds: 6_000, due: 0))
    #expect(report.totals == .init(reviews: 4, again: 2, studyDays: 2, timeMilliseconds: 15_000))
    #expect(report.dailyReviews.count == 30)
    #expect(report.dailyReviews.last == .init(
        date: "2026-11-27", reviews: 3, again: 1, newCards: 1, timeMilliseconds: 6_000))
    #expect(report.dailyReviews[28] == .init(
        date: "2026-11-26", reviews: 1, again: 1, newCards: 0, timeMilliseconds: 9_000))
    #expect(report.dailyReviews.first?.date == "2026-10-29")
}

@Test func heatmapCoversTheLastYearOfStudyDays() {
    let reviews = [
        S.review(1, S.at("2025-11-27", 12)),  // 365 days ago: just outside
        S.review(1, S.at("2025-11-28", 12)),  // the first day shown
        S.review(1, S.at("2026-11-27", 5)),
        S.review(2, S.at("2026-11-27", 6)),
    ]
    let heatmap = model(reviews: reviews).heatmap
    #expect(heatmap.counts.count == 365)
    #expect((heatmap.start, heatmap.end) == ("2025-11-28", "2026-11-27"))
    #expect(heatmap.startWeekday == 5)  // 2025-11-28 was a Friday
    #expect(heatmap.counts.first == 1)
    #expect(heatmap.counts.last == 2)
    #expect(heatmap.max == 2)
    #expect(heatmap.counts.reduce(0, +) == 3)
}

@Test func stabilityAndDifficultyFallIntoTheirBuckets() {
    let cards = [
        S.card(1, stability: 0.5, difficulty: 1),
        S.card(2, stability: 1, difficulty: 1.99),
        S.card(3, stability: 20.9, difficulty: 5.5),
        S.card(4, stability: 400, difficulty: 10),
        S.card(5, phase: .new),
    ]
    let report = model(cards: cards)
    let stability = Dictionary(uniqueKeysWithValues: report.stability.map { ($0.label, $0.count) })
    #expect(report.stability.map(\.label) == [
        "<1 d", "1–2 d", "2–4 d", "4–7 d", "7–14 d", "14–21 d", "21–30 d", "30–60 d", "60–90 d",
        "90–180 d", "180–365 d", "≥365 d",
    ])
    #expect(stability["<1 d"] == 1 && stability["1–2 d"] == 1 && stability["14–21 d"] == 1 && stability["≥365 d"] == 1)
    #expect(report.stability.map(\.count).reduce(0, +) == 4)
    #expect(report.difficulty.map(\.label) == ["1–2", "2–3", "3–4", "4–5", "5–6", "6–7", "7–8", "8–9", "9–10"])
    #expect(report.difficulty.map(\.count) == [2, 0, 0, 0, 1, 0, 0, 0, 1])
}

@Test func deckAndSinceFiltersKeepOnlyTheirCardsAndReviews() {
    let cards = [S.card(1, deck: "A"), S.card(2, deck: "B")]
    let reviews = [
        S.review(1, S.at("2026-11-20", 9)), S.review(2, S.at("2026-11-21", 9)),
        S.review(1, S.at("2026-11-26", 9)), S.review(2, S.at("2026-11-26", 10)),
    ]
    let input = ReportInput(
        cards: cards, reviews: reviews, now: S.now, calendar: S.utc, since: S.at("2026-11-25", 0), deck: "A")
    let report = ReportModel(input: input)
    #expect(report.cards.total == 1)
    #expect(report.decks.map(\.name) == ["A"])
    #expect(report.totals.reviews == 1)
    #expect(report.filter == .init(since: "2026-11-25T00:00:00Z", deck: "A"))
}

@Test func reportSurvivesAJSONRoundTrip() throws {
    let report = ReportModel(input: ReportSamples.collection())
    let json = try JSONReportRenderer().render(report)
    let decoded = try JSONDecoder().decode(ReportModel.self, from: Data(json.utf8))
    #expect(decoded == report)
    #expect(json.contains("\"schemaVersion\" : 1"))
}

@Test func reviewLogEntriesBecomeReportReviews() {
    let before = CardState(
        phase: .review, step: nil, memory: MemoryState(stability: 30, difficulty: 5), due: S.now,
        lastReview: S.at("2026-10-28", 9), scheduledDays: 30, reps: 4)
    var after = before
    after.scheduledDays = 70
    let log = ReviewLog(
        rating: .hard, reviewedAt: S.now, before: before, after: after, elapsedDays: 30, scheduledDays: 70,
        intervalSeconds: 70 * 86_400, responseMilliseconds: 5_200)
    #expect(ReportReview(cardID: 7, log: log) == ReportReview(
        cardID: 7, reviewedAt: S.now, rating: .hard, phaseBefore: .review, intervalDaysBefore: 30,
        elapsedDays: 30, responseMilliseconds: 5_200))
}
