import Foundation
import Testing
import GRDB
import RecallCore
import RecallTestSupport
@testable import RecallStore

/// A collection written before a migration reads back the same after it.
struct AppDatabaseMigrationTests {
    /// A collection at v10, when a review kept its states as JSON (dates in milliseconds), with
    /// one card and the review rows `states` gives (before, after), then opened by this version.
    private func migratedFromJSON(_ states: [(before: String, after: String)], deleteLast: Bool = false) throws -> AppDatabase {
        let queue = try DatabaseQueue(configuration: AppDatabase.makeConfiguration())
        try AppDatabase.migrator.migrate(queue, upTo: "v10-presets")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO deck (id, name, createdAt) VALUES (1, 'Old', 0);
                INSERT INTO card (id, deckId, key, position, content, prompt, phase, due, addedAt)
                VALUES (1, 1, 'k', 0, '{"accepted":[],"answer":"A","choices":[],"kind":"basic","prompt":"Q?","tags":[]}', 'Q?', 'review', 1704067200, 0);
                INSERT INTO session (id, startedAt) VALUES (1, 1704067200);
                """)
            for (index, state) in states.enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO review (cardId, sessionId, reviewedAt, rating, phaseBefore, scheduledDaysBefore,
                                            stateBefore, stateAfter, elapsedDays, scheduledDays, intervalSeconds,
                                            typedAnswer, responseMs)
                        VALUES (1, ?, ?, 3, 'new', NULL, ?, ?, NULL, 11, 884800.0, 'typed', 4000)
                        """,
                    arguments: [index == 0 ? 1 : nil, 1_704_067_200 + Double(index) * 86_400, state.before, state.after])
            }
            if deleteLast { try db.execute(sql: "DELETE FROM review WHERE id = (SELECT MAX(id) FROM review)") }
        }
        return try AppDatabase(queue, path: ":memory:")
    }

    @Test func reviewStatesKeptAsJSONReadBackTheSameFromTheirColumns() throws {
        let db = try migratedFromJSON([(
            #"{"due":1700000000000,"lapses":0,"phase":"new","reps":0,"step":0}"#,
            #"{"due":1701057600500,"lastReview":1700172800000,"lapses":2,"memory":{"difficulty":2.111214235785395,"stability":10.964332335820698},"phase":"review","reps":7,"scheduledDays":11}"#
        )])
        let reviews = try db.reviews(ofCard: 1)
        #expect(reviews.count == 1)
        let log = try #require(reviews.first).log
        #expect(log.before == CardState(phase: .new, step: 0, due: Date(timeIntervalSince1970: 1_700_000_000)))
        #expect(log.after == CardState(
            phase: .review, step: nil, memory: MemoryState(stability: 10.964332335820698, difficulty: 2.111214235785395),
            due: Date(timeIntervalSince1970: 1_701_057_600.5), lastReview: Date(timeIntervalSince1970: 1_700_172_800),
            scheduledDays: 11, reps: 7, lapses: 2))
        #expect(log.rating == .good)
        #expect(log.scheduledDays == 11)
        #expect(log.intervalSeconds == 884_800)
        #expect(log.typedAnswer == "typed")
        #expect(log.responseMilliseconds == 4000)
        #expect(try db.reviews(inSession: 1).map(\.id) == [reviews[0].id])
    }

    @Test func aReviewWhoseJSONDoesNotParseBecomesANewCardDueAtTheReview() throws {
        let db = try migratedFromJSON([("not json", #"{"due":1,"phase":"sideways","reps":1,"lapses":0}"#)])
        let log = try #require(try db.reviews(ofCard: 1).first).log
        #expect(log.before == CardState(phase: .new, step: nil, due: Date(timeIntervalSince1970: 1_704_067_200)))
        #expect(log.after.phase == .new)
        #expect(log.after.reps == 1)
    }

    @Test func reviewIdsHandedOutBeforeTheMigrationAreNotHandedOutAgain() throws {
        let state = #"{"due":1700000000000,"lapses":0,"phase":"new","reps":0,"step":0}"#
        let db = try migratedFromJSON([(state, state), (state, state)], deleteLast: true)
        #expect(try db.reviews(ofCard: 1).map(\.id) == [1])
        let card = try db.card("1")
        let stored = try db.record(
            TestReviews.good(card.state, at: TestCards.date(200_000)), cardID: 1, sessionID: nil)
        #expect(stored.id == 3)
    }

    @Test func theReviewTableHasNoJSONLeftAndItsIndexesAsBefore() throws {
        let db = try migratedFromJSON([])
        try db.read { db in
            let columns = try db.columns(in: "review").map(\.name)
            #expect(!columns.contains("stateBefore"))
            #expect(columns.contains("stabilityAfter"))
            let indexes = try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'review'")
            #expect(indexes == ["review_by_time", "review_on_cardId", "review_on_sessionId"])
            #expect(try db.tableExists("reviewWithJSON") == false)
        }
    }
    /// A collection at v11 keeps every row, id, index and AUTOINCREMENT counter when its card
    /// and review tables are made again with their phase checks as comparisons (v12), and the
    /// checks still refuse a phase recall does not know.
    @Test func phaseChecksBecomeComparisonsWithEveryRowIndexAndCounterKept() throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.makeConfiguration())
        try AppDatabase.migrator.migrate(queue, upTo: "v11-review-state-columns")
        let reviewColumns = "cardId, sessionId, reviewedAt, rating, phaseBefore, dueBefore, repsBefore, lapsesBefore, "
            + "phaseAfter, stabilityAfter, difficultyAfter, dueAfter, repsAfter, lapsesAfter, intervalSeconds"
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO deck (id, name, createdAt) VALUES (1, 'Old', 0);
                INSERT INTO session (id, startedAt) VALUES (1, 1704067200);
                INSERT INTO card (id, deckId, key, position, content, prompt, phase, due, addedAt, noteKey)
                VALUES (1, 1, 'k1', 0, '{"accepted":[],"answer":"A","choices":[],"kind":"basic","prompt":"Q?","tags":[]}', 'Q1', 'review', 1704067200, 0, '1:n'),
                       (2, 1, 'k2', 1, '{"accepted":[],"answer":"A","choices":[],"kind":"basic","prompt":"Q?","tags":[]}', 'Q2', 'learning', 1704067300, 0, NULL),
                       (3, 1, 'k3', 2, '{"accepted":[],"answer":"A","choices":[],"kind":"basic","prompt":"Q?","tags":[]}', 'Q3', 'new', 1704067400, 0, NULL);
                INSERT INTO review (\(reviewColumns))
                VALUES (1, 1, 1704000000, 3, 'new', 1704000000, 0, 0, 'learning', 2.3, 5.1, 1704000600, 1, 0, 600),
                       (1, NULL, 1704000600, 3, 'learning', 1704000600, 1, 0, 'review', 4.5, 5.0, 1704345600, 2, 0, 345000),
                       (2, NULL, 1704000700, 1, 'new', 1704000700, 0, 0, 'relearning', 0.4, 7.0, 1704000760, 1, 1, 60);
                INSERT INTO ankiManualEntry (cardId, milliseconds, entry) VALUES (2, 1704000800000, '{}');
                INSERT INTO cardChange (id, action, madeAt) VALUES (1, 'suspend', 1704000900);
                INSERT INTO cardChangeEntry (cardChangeId, cardId, before, after) VALUES (1, 1, '{}', '{}');
                DELETE FROM card WHERE id = 3;
                DELETE FROM review WHERE id = 3;
                """)
        }
        // The card's columns then: later migrations add more.
        let cardColumns = try queue.read { db in try db.columns(in: "card").map { $0.name.quotedDatabaseIdentifier } }
        func contents(_ db: Database) throws -> [String: [Row]] {
            var contents: [String: [Row]] = [:]
            // The rows pointing at cards too: a card table dropped with foreign keys on would
            // have refused (reviews) or taken them with it (changes, on delete cascade).
            for table in ["card", "review", "ankiManualEntry", "cardChangeEntry", "sqlite_sequence"] {
                let columns = table == "card" ? cardColumns.joined(separator: ", ") : "*"
                contents[table] = try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table) ORDER BY 1")
            }
            contents["indexes"] = try Row.fetchAll(db, sql: """
                SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('card', 'review') ORDER BY name
                """)
            return contents
        }
        let before = try queue.read(contents)
        #expect(before["cardChangeEntry"]?.count == 1 && before["ankiManualEntry"]?.count == 1)
        // A later migration changes indexes of its own (v16): compared right after this one.
        try AppDatabase.migrator.migrate(queue, upTo: "v12-phase-checks-as-comparisons")
        #expect(try queue.read(contents) == before)
        let db = try AppDatabase(queue, path: ":memory:")
        try queue.read { db in
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            #expect(try Row.fetchAll(db, sql: "PRAGMA integrity_check").map { $0[0] as String } == ["ok"])
            for table in ["card", "review"] {
                let definition = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [table]) ?? ""
                #expect(!definition.contains(" IN ("), "\(table): \(definition)")
                #expect(definition.contains("= 'relearning'"))
                #expect(try db.tableExists(table + "Remade") == false)
            }
        }
        try queue.write { db in
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE card SET phase = 'sideways' WHERE id = 1") }
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE review SET phaseBefore = 'sideways' WHERE id = 1") }
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE review SET phaseAfter = 'sideways' WHERE id = 1") }
            try db.execute(sql: "UPDATE review SET phaseAfter = 'relearning' WHERE id = 1")
            // Ids handed out before are not handed out again.
            try db.execute(sql: """
                INSERT INTO card (deckId, key, position, content, prompt, phase, due, addedAt)
                VALUES (1, 'k4', 3, '{"accepted":[],"answer":"A","choices":[],"kind":"basic","prompt":"Q?","tags":[]}', 'Q4', 'new', 1704067200, 0)
                """)
            #expect(db.lastInsertedRowID == 4)
        }
        let card = try db.card("1")
        let stored = try db.record(TestReviews.good(card.state, at: TestCards.date(200_000)), cardID: 1, sessionID: nil)
        #expect(stored.id == 4)
    }

    /// A collection at v15 keeps its cards when the sibling indexes lose their NULL entries
    /// (v16): the indexes hold only the cards with the key, the siblings query still reads them,
    /// and it still finds a card's siblings by note and by fact.
    @Test func siblingIndexesHoldOnlyCardsWithTheKeyAndStillServeTheSiblings() throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.makeConfiguration())
        try AppDatabase.migrator.migrate(queue, upTo: "v15-anki-card-flags")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO deck (id, name, createdAt) VALUES (1, 'Old', 0)")
            for (id, note, fact) in [(1, "1:n", "f1"), (2, "1:n", nil), (3, nil, "f1"), (4, nil, nil), (5, "1:m", nil)] {
                try db.execute(sql: """
                    INSERT INTO card (id, deckId, key, position, content, prompt, phase, due, addedAt, noteKey, factKey)
                    VALUES (?, 1, ?, ?, '{"accepted":[],"answer":"A","choices":[],"kind":"basic","prompt":"Q?","tags":[]}', 'Q', 'new', 1704067200, 0, ?, ?)
                    """, arguments: [id, "k\(id)", id, note, fact])
            }
        }
        let cards = try queue.read { db in try Row.fetchAll(db, sql: "SELECT * FROM card ORDER BY id") }
        let store = try AppDatabase(queue, path: ":memory:")
        try queue.read { db in
            #expect(try Row.fetchAll(db, sql: "SELECT * FROM card ORDER BY id") == cards)
            #expect(try Row.fetchAll(db, sql: "PRAGMA integrity_check").map { $0[0] as String } == ["ok"])
            for (index, column, entries) in [("card_by_note", "noteKey", 3), ("card_by_fact", "factKey", 2)] {
                let definition = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [index])
                #expect(definition?.hasSuffix("WHERE \"\(column)\" IS NOT NULL") == true, "\(index): \(definition ?? "none")")
                // Every entry of a partial index, counted from the index alone.
                #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM card INDEXED BY \(index) WHERE \(column) IS NOT NULL") == entries)
            }
            let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + AppDatabase.siblingsSQL, arguments: ["1:n", "f1", 1, 0])
                .map { $0["detail"] as String }.joined(separator: "\n")
            #expect(plan.contains("USING INDEX card_by_note (noteKey=?)"), "\(plan)")
            #expect(plan.contains("USING INDEX card_by_fact (factKey=?)"), "\(plan)")
            let expected: [(id: Int64, siblings: [Int64])] = [(1, [2, 3]), (2, [1]), (3, [1]), (5, [])]
            for (id, siblings) in expected {
                let card = try #require(try CardRecord.fetchOne(db, key: id))
                #expect(try store.siblings(db, of: card, today: 0).map(\.id).sorted() == siblings, "card \(id)")
            }
        }
    }
}
