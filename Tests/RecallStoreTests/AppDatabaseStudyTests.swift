import Foundation
import Testing
import RecallCore
import RecallTestSupport
@testable import RecallStore

struct AppDatabaseStudyTests {
    let utc = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)

    func scope(_ now: Date, newPerDay: Int = 20) -> StudyScope {
        StudyScope(now: now, calendar: utc, limits: StudyLimits(newPerDay: newPerDay, reviewsPerDay: 200))
    }

    @Test func newCardsComeInDeckOrderUpToTheDailyLimit() throws {
        let db = try AppDatabase.inMemory()
        try db.syncDeck(TestCards.deck("D", count: 5), source: nil, sourceHash: nil, now: TestCards.date())
        let now = TestCards.date(12 * 3600)
        #expect(try db.queueCounts(scope(now, newPerDay: 2)) == QueueCounts(new: 2, learning: 0, review: 0))
        let first = try #require(try db.nextCard(scope(now, newPerDay: 2)))
        #expect(first.key == "k1")
        try db.record(TestReviews.good(first.state, at: now), cardID: first.id, sessionID: nil)
        #expect(try db.queueCounts(scope(now, newPerDay: 2)).new == 1)
        let second = try #require(try db.nextCard(scope(now, newPerDay: 2)))
        try db.record(TestReviews.good(second.state, at: now), cardID: second.id, sessionID: nil)
        #expect(try db.nextCard(scope(now, newPerDay: 2)) == nil)
    }

    @Test func aLearningStepRunningPastTheDaysEndIsLearnedAheadAsInAnki() throws {
        let db = try AppDatabase.inMemory()
        try db.syncDeck(TestCards.deck("D", count: 1), source: nil, sourceHash: nil, now: TestCards.date())
        // 03:55, five minutes before the 4 am rollover: a ten-minute step comes back at 04:05.
        let now = TestCards.date(3 * 3600 + 55 * 60)
        let card = try #require(try db.nextCard(scope(now)))
        var after = card.state
        after.phase = .learning
        after.step = 1
        after.due = now.addingTimeInterval(10 * 60)
        after.lastReview = now
        after.reps += 1
        try db.record(ReviewLog(rating: .good, reviewedAt: now, before: card.state, after: after,
                                elapsedDays: nil, scheduledDays: 0, intervalSeconds: 600), cardID: card.id, sessionID: nil)
        // Nothing else is left, and it is due within the 20-minute learn-ahead limit.
        #expect(try db.nextCard(scope(now.addingTimeInterval(60)))?.id == card.id)
        // Not sooner than the limit allows.
        #expect(try db.nextCard(StudyScope(now: now.addingTimeInterval(60), calendar: utc, learnAhead: 5 * 60)) == nil)
    }

    @Test func theNewCardLimitIsPerDeckWithAnOptionalLimitForTheCollection() throws {
        let db = try AppDatabase.inMemory()
        try db.syncDeck(TestCards.deck("A", count: 5), source: nil, sourceHash: nil, now: TestCards.date())
        try db.syncDeck(TestCards.deck("B", count: 5), source: nil, sourceHash: nil, now: TestCards.date())
        let now = TestCards.date(12 * 3600)
        let perDeck = scope(now, newPerDay: 2)
        #expect(try db.queueCounts(perDeck).new == 4, "two from each deck")
        var decks: [String] = []
        while let card = try db.nextCard(perDeck) {
            decks.append(card.deckName)
            try db.record(TestReviews.good(card.state, at: now), cardID: card.id, sessionID: nil)
            let again = try db.card(String(card.id))
            try db.record(TestReviews.good(again.state, at: now), cardID: card.id, sessionID: nil)
        }
        #expect(decks == ["A", "A", "B", "B"])
        // Studying one deck alone does not give it more.
        let onlyA = StudyScope(deckIDs: try db.deckIDs(named: ["A"]), now: now, calendar: utc, limits: perDeck.limits)
        #expect(try db.queueCounts(onlyA).new == 0)

        let capped = StudyScope(now: now, calendar: utc, limits: StudyLimits(newPerDay: 3, reviewsPerDay: 200, newPerDayTotal: 5))
        #expect(try db.queueCounts(capped).new == 1, "five in all, four already introduced")
        let last = try #require(try db.nextCard(capped))
        try db.record(TestReviews.good(last.state, at: now), cardID: last.id, sessionID: nil)
        #expect(try db.queueCounts(capped).new == 0)
        #expect(try db.nextCard(capped)?.state.phase != .new)
    }

    @Test func skippedCardsArePassedOverWithoutUsingUpTheNewCardLimit() throws {
        let db = try AppDatabase.inMemory()
        try db.syncDeck(TestCards.deck("D", count: 3), source: nil, sourceHash: nil, now: TestCards.date())
        let now = TestCards.date(12 * 3600)
        let first = try #require(try db.nextCard(scope(now, newPerDay: 2)))
        let second = try #require(try db.nextCard(scope(now, newPerDay: 2), excluding: [first.id]))
        #expect([first.key, second.key] == ["k1", "k2"])
        #expect(try db.nextCard(scope(now, newPerDay: 2), excluding: [first.id, second.id])?.key == "k3")
        try db.record(TestReviews.good(first.state, at: now), cardID: first.id, sessionID: nil)
        // k1 is learning now, due in minutes: skipped, the next new card comes instead.
        #expect(try db.nextCard(scope(now, newPerDay: 2), excluding: [first.id])?.key == "k2")
    }

    @Test func undoRestoresTheCardAndDeletesTheReview() throws {
        let db = try AppDatabase.inMemory()
        try db.syncDeck(TestCards.deck("D", count: 1), source: nil, sourceHash: nil, now: TestCards.date())
        let session = try db.startSession(at: TestCards.date())
        let card = try db.card("k1")
        try db.record(TestReviews.good(card.state, at: TestCards.date(5)), cardID: card.id, sessionID: session)
        #expect(try db.card("k1").state.phase == .review)
        let restored = try db.undoLastReview(sessionID: session)
        #expect(restored.state == card.state)
        #expect(try db.card("k1").state == card.state)
        #expect(try db.reviewCount() == 0)
        #expect(throws: StoreError.nothingToUndo) { try db.undoLastReview(sessionID: session) }
    }

    @Test func anAnswerToACardChangedByAnotherProcessIsRefused() throws {
        let db = try AppDatabase.inMemory()
        try db.syncDeck(TestCards.deck("D", count: 1), source: nil, sourceHash: nil, now: TestCards.date())
        let card = try db.card("k1")
        try db.record(TestReviews.good(card.state, at: TestCards.date(5)), cardID: card.id, sessionID: nil)
        #expect(throws: StoreError.cardChangedElsewhere(key: "k1")) {
            try db.record(TestReviews.good(card.state, at: TestCards.date(6)), cardID: card.id, sessionID: nil)
        }
        #expect(try db.reviewCount() == 1)
    }

    @Test func aReviewDueTodayStaysDueUntilTheRollover() throws {
        let db = try AppDatabase.inMemory()
        try db.syncDeck(TestCards.deck("D", count: 1), source: nil, sourceHash: nil, now: TestCards.date())
        let card = try db.card("k1")
        let reviewed = TestCards.date(10 * 3600)
        var log = TestReviews.good(card.state, at: reviewed)
        // Due at the start of the study day three days on: 2024-01-04 04:00 UTC.
        log.after.due = utc.start(ofDay: utc.dayNumber(of: reviewed) + 3)
        try db.record(log, cardID: card.id, sessionID: nil)
        let jan4 = TestCards.date(3 * 86_400)
        #expect(try db.queueCounts(scope(jan4.addingTimeInterval(3 * 3600 + 59 * 60))).review == 0)
        #expect(try db.queueCounts(scope(jan4.addingTimeInterval(4 * 3600))).review == 1)
        #expect(try db.queueCounts(scope(jan4.addingTimeInterval(27 * 3600 + 59 * 60))).review == 1)
    }

    @Test func buriedAndSuspendedCardsAreNotShown() throws {
        let db = try AppDatabase.inMemory()
        try db.syncDeck(TestCards.deck("D", count: 2), source: nil, sourceHash: nil, now: TestCards.date())
        let now = TestCards.date(12 * 3600)
        _ = try db.apply(.bury, to: [try db.card("k1").id], now: now, calendar: utc)
        _ = try db.apply(.suspend, to: [try db.card("k2").id], now: now, calendar: utc)
        #expect(try db.nextCard(scope(now)) == nil)
        #expect(try db.nextCard(scope(now.addingTimeInterval(86_400)))?.key == "k1")
    }

    @Test func streakCountsConsecutiveStudyDays() throws {
        let db = try AppDatabase.inMemory()
        try db.syncDeck(TestCards.deck("D", count: 3), source: nil, sourceHash: nil, now: TestCards.date())
        // Reviews on Jan 1 (10:00), Jan 2 (03:00 = still Jan 1's study day), Jan 2 and Jan 3.
        for (key, offset) in [("k1", 10.0), ("k2", 24 + 3.0), ("k3", 24 + 10.0)] {
            let card = try db.card(key)
            try db.record(TestReviews.good(card.state, at: TestCards.date(offset * 3600)), cardID: card.id, sessionID: nil)
        }
        let k1 = try db.card("k1")
        try db.record(TestReviews.good(k1.state, at: TestCards.date(48 * 3600 + 36_000)), cardID: k1.id, sessionID: nil)
        #expect(try db.streak(now: TestCards.date(48 * 3600 + 40_000), calendar: utc) == 3)
        // Nothing yet on Jan 4: the streak still counts up to yesterday.
        #expect(try db.streak(now: TestCards.date(72 * 3600 + 36_000), calendar: utc) == 3)
        #expect(try db.streak(now: TestCards.date(96 * 3600 + 36_000), calendar: utc) == 0)
    }

    @Test func aDatabaseFromANewerRecallIsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("recall-newer-\(UUID())")
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try AppDatabase.open(directory: dir)
        let extra = try AppDatabase.open(directory: dir)
        try extra.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99-from-the-future')")
        }
        let path = dir.appendingPathComponent("collection.sqlite").path
        #expect(throws: StoreError.newerDatabase(path: path)) { try AppDatabase.open(directory: dir) }
    }

    @Test func aDataDirectoryUnderARegularFileGetsAClearMessage() throws {
        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent("recall-file-\(UUID())")
        try Data("x".utf8).write(to: blocker)
        defer { try? FileManager.default.removeItem(at: blocker) }
        let error = #expect(throws: StoreError.self) {
            try AppDatabase.open(directory: blocker.appendingPathComponent("sub"))
        }
        #expect(error?.localizedDescription == "the data directory \(blocker.path)/sub cannot be made: \(blocker.path) "
            + "is a file, not a folder; choose another with --data-dir or RECALL_HOME")
    }
}
