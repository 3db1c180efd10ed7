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
        #expect(summary == BulkSummary(cardsAdded: 1, cardsAddedByPhase: [.review: 1], cardsSkipped: 0, reviewsAdded: 2, decks: ["Bulk"]))
        let stored = try db.card("b1")
        #expect(stored.state == second.after)
        #expect(try db.reviews(ofCard: stored.id).map(\.log) == [first, second])
    }

    /// Reviews go in many to a statement (`BulkWriter.reviewsPerStatement`): a statement
    /// holding the end of one card's history and the start of the next, and the few left over
    /// at the end, each come back with their own card, in order.
    @Test func reviewsWrittenManyToAStatementComeBackWithTheirOwnCardsInOrder() throws {
        let db = try AppDatabase.inMemory()
        let counts = [BulkWriter.reviewsPerStatement - 14, 30, 1]
        let cards = counts.enumerated().map { card, count in
            var state = CardState.new(availableFrom: TestCards.date())
            var logs: [ReviewLog] = []
            for index in 0..<count {
                var log = TestReviews.good(state, at: TestCards.date(Double(card * 1_000_000 + index * 3_600)))
                log.responseMilliseconds = card * 1000 + index
                logs.append(log)
                state = log.after
            }
            return BulkCard(card: TestCards.basic("k\(card)", "Q\(card)", "A"), state: state, reviews: logs)
        }
        let summary = try db.insertBulk(cards, intoDeck: "Many", source: nil, now: TestCards.date())
        #expect(summary.reviewsAdded == counts.reduce(0, +))
        #expect(try db.reviewCount() == counts.reduce(0, +))
        for card in cards {
            let stored = try db.card("Many/" + card.card.key)
            #expect(try db.reviews(ofCard: stored.id).map(\.log) == card.reviews)
        }
    }

    /// A bulk insert runs without row-by-row foreign-key checks and with a larger page cache
    /// (`AppDatabase.writeInBulk`): what it stores still satisfies every foreign key, and the
    /// connection is as it was afterwards, whether the insert was stored or refused.
    @Test func aBulkInsertSatisfiesEveryForeignKeyAndLeavesTheConnectionAsItWas() throws {
        let db = try AppDatabase.inMemory()
        func settings() throws -> [Int] {
            try db.write { db in
                [try Int.fetchOne(db, sql: "PRAGMA foreign_keys") ?? -1, try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? 0]
            }
        }
        let before = try settings()
        #expect(before[0] == 1)
        let first = TestReviews.good(.new(availableFrom: TestCards.date()), at: TestCards.date(100))
        let manual = AnkiReviewEntry(
            milliseconds: 200_000, ease: 0, kind: .manual, interval: 0, lastInterval: 1, factor: 0, durationMilliseconds: 0)
        let cards = (1...3).map {
            BulkCard(card: TestCards.basic("k\($0)", "Q\($0)", "A"), state: first.after, reviews: [first], manualEntries: [manual])
        }
        let summary = try db.importCards(source: nil, now: TestCards.date(), expectedReviews: 3) { writer in
            for card in cards { try writer.add(card, toDeck: "Keys") }
        }
        #expect(summary.reviewsAdded == 3 && summary.manualEntriesAdded == 3)
        #expect(try db.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }.isEmpty)
        #expect(try settings() == before)
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try db.importCards(source: nil, now: TestCards.date(), expectedReviews: 3, beforeCommit: { throw Refused() }) { writer in
                try writer.add(BulkCard(card: TestCards.basic("k9", "Q9", "A"), state: first.after, reviews: [first]), toDeck: "Keys")
            }
        }
        #expect(try settings() == before)
        #expect(try db.reviewCount() == 3)
    }

    @Test func importingTheSameCardsTwiceAddsNothing() throws {
        let db = try AppDatabase.inMemory()
        let cards = (1...3).map { BulkCard(card: TestCards.basic("k\($0)", "Q\($0)", "A"), state: .new(availableFrom: TestCards.date())) }
        try db.insertBulk(cards, intoDeck: "D", source: nil, now: TestCards.date())
        let again = try db.insertBulk(cards, intoDeck: "D", source: nil, now: TestCards.date())
        #expect(again == BulkSummary(cardsAdded: 0, cardsSkipped: 3, reviewsAdded: 0, decks: ["D"]))
    }
}

/// An import into a collection file without cards takes the rollback journal for its
/// transaction (`RollbackJournal`) and puts the WAL back; into a collection with cards, or one
/// another connection holds open, it keeps the WAL. All or nothing either way.
struct AppDatabaseImportJournalTests {
    let first = TestReviews.good(.new(availableFrom: TestCards.date()), at: TestCards.date(100))

    /// Imports cards `keys` into deck D; returns the journal mode inside the transaction, and
    /// checks that the rollback journal is written with `synchronous = FULL` (2).
    @discardableResult
    func importCards(_ keys: [String], into db: AppDatabase, beforeCommit: () throws -> Void = {}) throws -> String? {
        var mode: String?
        try db.importCards(source: nil, now: TestCards.date(), expectedReviews: keys.count, beforeCommit: beforeCommit) { writer in
            for key in keys {
                try writer.add(BulkCard(card: TestCards.basic(key, "Q \(key)", "A"), state: first.after, reviews: [first]), toDeck: "D")
            }
            mode = try String.fetchOne(writer.db, sql: "PRAGMA journal_mode")
            if mode == "delete" { #expect(try Int.fetchOne(writer.db, sql: "PRAGMA synchronous") == 2) }
        }
        return mode
    }

    @Test func theWritingConnectionSyncsEveryCommitInFull() throws {
        let folder = try TemporaryDirectory("synchronous")
        let db = try AppDatabase.open(directory: folder.url)
        #expect(try journalMode(db) == "wal 2")
    }

    /// The writing connection's journal mode and `synchronous`.
    func journalMode(_ db: AppDatabase) throws -> String? {
        try db.write { db in
            "\(try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "?") \(try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1)"
        }
    }

    @Test func anImportIntoAnEmptyCollectionWritesWithTheRollbackJournalAndPutsTheWALBack() throws {
        let folder = try TemporaryDirectory("import-journal")
        let db = try AppDatabase.open(directory: folder.url)
        let wal = try journalMode(db)
        #expect(wal?.hasPrefix("wal ") == true)
        #expect(try db.reviewCount() == 0)  // a reading connection is open
        struct Refused: Error {}
        #expect(throws: Refused.self) { try importCards(["k1", "k2"], into: db, beforeCommit: { throw Refused() }) }
        #expect(try journalMode(db) == wal)
        #expect(try db.reviewCount() == 0)
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM card") } == 0)
        let journal = folder.url.appendingPathComponent("collection.sqlite-journal").path
        #expect(!FileManager.default.fileExists(atPath: journal))

        #expect(try importCards(["k1", "k2"], into: db) == "delete")
        #expect(try journalMode(db) == wal)
        #expect(!FileManager.default.fileExists(atPath: journal))
        #expect(try db.reviewCount() == 2)
        // Now the collection has cards: the WAL serves, and the same cards are not added again.
        #expect(try importCards(["k1", "k2", "k3"], into: db) == "wal")
        #expect(try db.reviewCount() == 3)
        #expect(try db.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
        // A collection opened again reads what was committed.
        let again = try AppDatabase.open(directory: folder.url)
        #expect(try again.reviewCount() == 3)
        #expect(try journalMode(again) == wal)
    }

    @Test func anImportKeepsTheWALWhileAnotherConnectionHasTheCollectionOpen() throws {
        let folder = try TemporaryDirectory("import-journal-shared")
        let db = try AppDatabase.open(directory: folder.url)
        let wal = try journalMode(db)
        let other = try AppDatabase.open(directory: folder.url)
        #expect(try other.reviewCount() == 0)
        #expect(try importCards(["k1"], into: db) == "wal")
        #expect(try other.reviewCount() == 1)
        #expect(try journalMode(db) == wal)
    }
}

struct AppDatabaseIndexTests {
    /// Every index of the card and review tables, by name, with its definition.
    private func indexes(_ db: AppDatabase) throws -> [String: String] {
        try db.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('card', 'review')
                  AND sql IS NOT NULL
                """).map { ($0["name"] as String, $0["sql"] as String) })
        }
    }

    private func largeImport(into db: AppDatabase) throws -> BulkSummary {
        var state = CardState.new(availableFrom: TestCards.date())
        var logs: [ReviewLog] = []
        for index in 0..<QueueIndexes.rebuildThreshold {
            let log = TestReviews.good(state, at: TestCards.date(Double(index) * 60))
            logs.append(log)
            state = log.after
        }
        return try db.insertBulk(
            [BulkCard(card: TestCards.basic("big", "Q?", "A"), state: state, reviews: logs)],
            intoDeck: "Big", source: nil, now: TestCards.date())
    }

    @Test func aLargeImportLeavesEveryIndexAsTheMigrationsMadeIt() throws {
        let db = try AppDatabase.inMemory()
        let migrated = try indexes(db)
        #expect(migrated.keys.contains("card_queue_by_due"))
        #expect(migrated.keys.contains("review_by_time"))
        #expect(try largeImport(into: db).reviewsAdded == QueueIndexes.rebuildThreshold)
        #expect(try indexes(db) == migrated)
    }

    @Test func anIndexALaterMigrationChangesIsRebuiltAsThatMigrationLeftIt() throws {
        let db = try AppDatabase.inMemory()
        try db.write { db in
            try db.execute(sql: "DROP INDEX card_by_note")
            try db.execute(sql: "CREATE INDEX card_by_note ON card(noteKey, lapses)")
        }
        let changed = try indexes(db)
        _ = try largeImport(into: db)
        #expect(try indexes(db) == changed)
        #expect(try indexes(db)["card_by_note"] == "CREATE INDEX card_by_note ON card(noteKey, lapses)")
    }
}
