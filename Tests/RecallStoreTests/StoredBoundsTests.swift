import Foundation
import GRDB
import RecallCore
import RecallTestSupport
import Testing
@testable import RecallStore

/// Values a damaged or hand-edited collection holds are read back within `StoredBounds`, so
/// the reports' date and sum arithmetic cannot trap on them.
struct StoredBoundsTests {
    /// A collection with one reviewed card, then `sql` run on it.
    func damaged(_ sql: String) throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        let review = TestReviews.good(.new(availableFrom: TestCards.date()), at: TestCards.date(100))
        try db.insertBulk(
            [BulkCard(card: TestCards.basic("b1", "Q?", "A"), state: review.after, reviews: [review])],
            intoDeck: "D", source: nil, now: TestCards.date())
        try db.writer.write { try $0.execute(sql: sql) }
        return db
    }

    @Test func aCardWithNumbersAtInt64MaxReadsBackClamped() throws {
        let db = try damaged("""
            UPDATE card SET due = 9223372036854775807.0, lastReview = -1e300, scheduledDays = 9223372036854775807,
              reps = 9223372036854775807, lapses = -5, stability = 1e308, difficulty = 'NaN'
            """)
        let state = try db.card("b1").state
        #expect(state.due == Date(timeIntervalSince1970: 10_000_000_000))
        #expect(state.lastReview == Date(timeIntervalSince1970: -10_000_000_000))
        #expect(state.scheduledDays == 10_000_000)
        #expect(state.reps == 100_000_000)
        #expect(state.lapses == 0)
        let input = try db.reportInput(now: TestCards.date(), calendar: StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4))
        #expect(input.cards.map(\.state) == [state])
        let csv = CSVReportRenderer().render(.cards, of: input)
        #expect(csv.contains(",2286-11-20T17:46:40Z,1653-02-10T06:13:20Z,10000000,"))
    }

    @Test func aReviewWithNumbersAtInt64MaxReadsBackClamped() throws {
        let db = try damaged("""
            UPDATE review SET reviewedAt = 9.2e18, elapsedDays = 9223372036854775807, responseMs = 9223372036854775807,
              scheduledDaysBefore = -9223372036854775808
            """)
        let log = try #require(try db.reviews(ofCard: db.card("b1").id).first?.log)
        #expect(log.reviewedAt == Date(timeIntervalSince1970: 10_000_000_000))
        #expect(log.elapsedDays == 10_000_000)
        #expect(log.responseMilliseconds == 86_400_000)
        let input = try db.reportInput(now: TestCards.date(), calendar: StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4))
        #expect(input.reviews.map(\.intervalDaysBefore) == [-10_000_000])
        #expect(input.reviews.map(\.responseMilliseconds) == [86_400_000])
    }
}
