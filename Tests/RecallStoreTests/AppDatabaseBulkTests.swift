import Foundation
import Testing
import GRDB
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
        #expect(summary == BulkSummary(cardsAdded: 1, cardsAddedByPhase: [.review: 1], cardsSkipped: 0, reviewsAdded: 2))
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

struct AppDatabaseIndexTests {
    @Test func theIndexesALargeImportRebuildsMatchTheMigratedSchema() throws {
        let db = try AppDatabase.inMemory()
        for index in AppDatabase.queueIndexes {
            let columns = try db.read { try Row.fetchAll($0, sql: "PRAGMA index_info(\(index.name))").map { $0["name"] as String } }
            #expect(columns == index.columns, "\(index.name)")
        }
    }

    @Test func aLargeImportLeavesEveryIndexInPlace() throws {
        let db = try AppDatabase.inMemory()
        var state = CardState.new(availableFrom: TestCards.date())
        var logs: [ReviewLog] = []
        for index in 0..<50_000 {
            let log = TestReviews.good(state, at: TestCards.date(Double(index) * 60))
            logs.append(log)
            state = log.after
        }
        let summary = try db.insertBulk(
            [BulkCard(card: TestCards.basic("big", "Q?", "A"), state: state, reviews: logs)],
            intoDeck: "Big", source: nil, now: TestCards.date())
        #expect(summary.reviewsAdded == 50_000)
        let names = try db.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'index'") }
        for index in AppDatabase.queueIndexes { #expect(names.contains(index.name), "\(index.name)") }
    }
}
