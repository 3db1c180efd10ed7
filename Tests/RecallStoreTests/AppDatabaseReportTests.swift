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
