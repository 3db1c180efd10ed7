import Foundation
import Testing
import RecallCore
import RecallTestSupport
@testable import RecallStore

/// Two recall processes on one data directory: each opens its own connection pool.
struct AppDatabaseConcurrencyTests {
    @Test func twoCollectionsOnOneFileInterleaveAnswersSafely() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("recall-two-\(UUID())")
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try AppDatabase.open(directory: dir)
        let second = try AppDatabase.open(directory: dir)
        try first.syncDeck(TestCards.deck("D", count: 40), source: nil, sourceHash: nil, now: TestCards.date())

        // Both answer different cards at the same time, from two threads.
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            let db = worker == 0 ? first : second
            for index in stride(from: worker + 1, through: 40, by: 2) {
                let card = try! db.card("k\(index)")
                try! db.record(TestReviews.good(card.state, at: TestCards.date(Double(index))), cardID: card.id, sessionID: nil)
            }
        }
        #expect(try first.reviewCount() == 40)
        #expect(try second.reviewCount() == 40)
        let integrity = try first.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
        #expect(integrity == ["ok"])
    }

    @Test func theSecondAnswerToTheSameCardIsRefusedNotDoubled() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("recall-race-\(UUID())")
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try AppDatabase.open(directory: dir)
        let second = try AppDatabase.open(directory: dir)
        try first.syncDeck(TestCards.deck("D", count: 1), source: nil, sourceHash: nil, now: TestCards.date())
        let shownToBoth = try first.card("k1")
        try first.record(TestReviews.good(shownToBoth.state, at: TestCards.date(5)), cardID: shownToBoth.id, sessionID: nil)
        #expect(throws: StoreError.cardChangedElsewhere(key: "k1")) {
            try second.record(TestReviews.good(shownToBoth.state, at: TestCards.date(6)), cardID: shownToBoth.id, sessionID: nil)
        }
        #expect(try second.reviewCount() == 1)
    }
}
