import Foundation
import Testing
import RecallCore
import RecallTestSupport
@testable import RecallStore

struct AppDatabaseBulkTests {
    @Test func bulkReviewsReadBackAsTheStatesTheyWereWrittenWith() throws {
        let db = try AppDatabase.inMemory()
        let card = TestCards.basic("b1", "Q?", "A")
        let first = TestReviews.good(.new(availableFrom: TestCards.date()), at: TestCards.date(100))
        var second = TestReviews.good(first.after, at: TestCards.date(90_000), days: 8)
        second.after.memory = MemoryState(stability: 7.123456789012345, difficulty: 4.987654321)
        second.typedAnswer = "a “quoted” answer"
        second.responseMilliseconds = 1234
        let summary = try db.insertBulk(
            [BulkCard(card: card, state: second.after, reviews: [first, second])],
            intoDeck: "Bulk", source: nil, now: TestCards.date())
        #expect(summary == BulkSummary(cardsAdded: 1, cardsSkipped: 0, reviewsAdded: 2))
        let stored = try db.card("b1")
        #expect(stored.state == second.after)
        #expect(try db.reviews(ofCard: stored.id).map(\.log) == [first, second])
    }

    @Test func importingTheSameCardsTwiceAddsNothing() throws {
        let db = try AppDatabase.inMemory()
        let cards = (1...3).map { BulkCard(card: TestCards.basic("k\($0)", "Q\($0)", "A"), state: .new(availableFrom: TestCards.date())) }
        try db.insertBulk(cards, intoDeck: "D", source: nil, now: TestCards.date())
        let again = try db.insertBulk(cards, intoDeck: "D", source: nil, now: TestCards.date())
        #expect(again == BulkSummary(cardsAdded: 0, cardsSkipped: 3, reviewsAdded: 0))
    }
}
