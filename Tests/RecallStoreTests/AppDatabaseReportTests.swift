import Foundation
import Testing
import RecallCore
import RecallTestSupport
@testable import RecallStore

struct AppDatabaseReportTests {
    let utc = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)

    @Test func reportInputHoldsEveryCardAndTheReviewLogInTimeOrder() throws {
        let db = try AppDatabase.inMemory()
        // Imported history arrives card by card, so the log is stored out of time order.
        let late = TestReviews.good(.new(availableFrom: TestCards.date()), at: TestCards.date(9_000))
        let early = TestReviews.good(.new(availableFrom: TestCards.date()), at: TestCards.date(100))
        var slow = late
        slow.responseMilliseconds = 4_200
        try db.insertBulk([
            BulkCard(card: TestCards.basic("a", "First?", "1"), state: late.after, reviews: [slow]),
            BulkCard(card: TestCards.basic("b", "Second?", "2"), state: early.after, suspended: true, reviews: [early]),
            BulkCard(card: TestCards.basic("c", "Third?", "3"), state: .new(availableFrom: TestCards.date())),
        ], intoDeck: "D", source: nil, now: TestCards.date())

        let input = try db.reportInput(now: TestCards.date(86_400), calendar: utc)
        #expect(input.cards.map(\.key) == ["a", "b", "c"])
        #expect(input.cards.map(\.deck) == ["D", "D", "D"])
        #expect(input.cards[1].suspended && !input.cards[0].suspended)
        #expect(input.cards[0].state == late.after)
        #expect(input.reviews.map(\.reviewedAt) == [TestCards.date(100), TestCards.date(9_000)])
        #expect(input.reviews[1].responseMilliseconds == 4_200)
        #expect(input.reviews[1].phaseBefore == .new && input.reviews[1].rating == .good)
    }
}

/// `AppDatabase.report` folds the collection into the figures as it reads it (cards in one pass,
/// the review log in slices of time, with the deck filter in SQL): its report must be the one
/// computed from the whole collection held in memory (`reportInput`), for every filter.
struct AppDatabaseStreamedReportTests {
    let berlin = StudyCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!, rolloverHour: 4)

    /// Three decks (one under another, one with a preset of its own), 60 cards answered over 90
    /// days with every rating, lapses, a suspended card and a removed card that keeps its reviews.
    func collection() throws -> (AppDatabase, TemporaryDirectory) {
        let folder = try TemporaryDirectory("streamed-report")
        let db = try AppDatabase.open(directory: folder.url)
        let scheduler = Scheduler(configuration: SchedulerConfiguration(dayCounting: .studyDays(berlin)))
        var random = SplitMix64(seed: 2026)
        for (deckIndex, deck) in ["Capitals", "Capitals::Africa", "Rivers"].enumerated() {
            var cards: [BulkCard] = []
            for index in 0..<20 {
                var state = CardState.new(availableFrom: TestCards.date())
                var reviews: [ReviewLog] = []
                var when = TestCards.date(Double(index * 3_600 + deckIndex * 600))
                for _ in 0..<Int(random.next() % 12) {
                    let rating = Rating(rawValue: Int(random.next() % 4) + 1)!
                    var log = scheduler.review(state, rating: rating, at: when, fuzz: nil)
                    log.responseMilliseconds = random.next() % 5 == 0 ? nil : Int(random.next() % 20_000)
                    reviews.append(log)
                    state = log.after
                    when.addTimeInterval(Double(random.next() % 10 * 86_400 + random.next() % 80_000))
                }
                cards.append(BulkCard(
                    card: TestCards.basic("\(deck)-\(index)", "Question \(index) of \(deck)?", "answer"),
                    state: state, suspended: index == 7, reviews: reviews))
            }
            try db.insertBulk(cards, intoDeck: deck, source: nil, now: TestCards.date())
        }
        try db.setPreset("Slow", ofDecks: ["Rivers"])
        try db.write { db in
            try db.execute(sql: "UPDATE card SET removed = 1 WHERE key = 'Capitals-3'")
        }
        return (db, folder)
    }

    func scope(now: Date, since: Date? = nil, deck: String? = nil, db: AppDatabase) throws -> ReportScope {
        var scope = ReportScope(now: now, calendar: berlin, since: since, deck: deck)
        scope.presets = try db.presets()
        scope.presets["Slow"] = Preset(
            name: "Slow", parameters: FSRSParameters(clamped: FSRSParameters.defaultWeights.map { $0 * 1.2 }))
        scope.deckPresets = try db.deckPresets()
        return scope
    }

    @Test(arguments: [
        (nil, nil), ("Capitals", nil), ("Rivers", nil), (nil, 20), ("Capitals", 35), ("Nowhere", nil),
    ] as [(String?, Int?)])
    func theStreamedReportIsTheReportOfTheCollectionHeldInMemory(deck: String?, sinceDay: Int?) throws {
        let (db, folder) = try collection()
        defer { withExtendedLifetime(folder) {} }
        let now = TestCards.date(100 * 86_400)
        let since = sinceDay.map { TestCards.date(Double($0) * 86_400) }
        let scope = try scope(now: now, since: since, deck: deck, db: db)
        let options = ReportOptions(dailyDays: 30, forecastDays: 30, retentionWeeks: 14, heatmapDays: 120, hardestLimit: 8)

        var input = try db.reportInput(now: now, calendar: berlin, since: since, deck: deck)
        input.scope = scope
        let expected = ReportModel(input: input, options: options)
        let streamed = try db.report(scope, options: options)
        #expect(streamed == expected)

        // The collection is what the comparison means it to be.
        if deck == nil, since == nil {
            #expect(streamed.totals.reviews == input.reviews.count && streamed.totals.reviews > 200)
            #expect(!streamed.hardest.isEmpty && streamed.hardest.allSatisfy { $0.prompt.hasPrefix("Question ") })
            #expect(streamed.memoryModel?.presets == [Preset.defaultName, "Slow"])
            #expect(streamed.cards.suspended == 3 && streamed.cards.total == 59)
        }
        if deck == "Nowhere" { #expect(streamed.totals.reviews == 0 && streamed.cards.total == 0) }
    }

    @Test func anEmptyCollectionHasAnEmptyReport() throws {
        let db = try AppDatabase.inMemory()
        let now = TestCards.date()
        let streamed = try db.report(ReportScope(now: now, calendar: berlin))
        #expect(streamed == ReportModel(input: ReportInput(cards: [], reviews: [], now: now, calendar: berlin)))
    }
}
