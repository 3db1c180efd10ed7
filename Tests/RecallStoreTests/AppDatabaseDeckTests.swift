import Foundation
import Testing
import RecallCore
import RecallTestSupport
@testable import RecallStore

struct AppDatabaseDeckTests {
    let utc = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)

    @Test func syncAddsEveryCardOfANewDeckAsNew() throws {
        let db = try AppDatabase.inMemory()
        let summary = try db.syncDeck(TestCards.deck("Capitals", count: 3), source: nil, sourceHash: "h1", now: TestCards.date())
        #expect(summary.added == 3)
        let decks = try db.deckSummaries(now: TestCards.date(), calendar: utc)
        #expect(decks.map(\.name) == ["Capitals"])
        #expect(decks[0].new == 3 && decks[0].total == 3 && decks[0].due == 0)
    }

    @Test func syncSkipsAFileWhoseHashIsUnchanged() throws {
        let db = try AppDatabase.inMemory()
        try db.syncDeck(TestCards.deck("D", count: 2), source: nil, sourceHash: "same", now: TestCards.date())
        let again = try db.syncDeck(TestCards.deck("D", count: 5), source: nil, sourceHash: "same", now: TestCards.date())
        #expect(again.unchanged)
        #expect(try db.deckSummaries(now: TestCards.date(), calendar: utc)[0].total == 2)
    }

    @Test func aDeckTheFileRenamedKeepsItsCardsUnderTheNewName() throws {
        let db = try AppDatabase.inMemory()
        try db.syncDeck(TestCards.deck("Old", count: 2), source: "d.yaml", sourceHash: "1", now: TestCards.date())
        let before = try db.card("k1").id
        var renamed = TestCards.deck("Old", count: 3)
        renamed.name = "New"
        let summary = try db.syncDeck(renamed, source: "d.yaml", sourceHash: "2", now: TestCards.date(), renamedFrom: "Old")
        #expect(summary.added == 1)
        let decks = try db.deckSummaries(now: TestCards.date(), calendar: utc)
        #expect(decks.map(\.name) == ["New"])
        #expect(decks[0].total == 3)
        #expect(try db.card("k1").id == before)
    }

    @Test func editingAPromptKeepsTheCardsHistory() throws {
        let db = try AppDatabase.inMemory()
        var deck = Deck(name: "D", cards: [TestCards.basic("old", "How far is Baku from the White House?", "6,000 miles")])
        try db.syncDeck(deck, source: nil, sourceHash: "1", now: TestCards.date())
        let card = try db.card("old")
        let log = ReviewLog(
            rating: .good, reviewedAt: TestCards.date(60), before: card.state,
            after: CardState(phase: .learning, step: 1, memory: .init(stability: 2.3, difficulty: 2.1),
                             due: TestCards.date(660), lastReview: TestCards.date(60), reps: 1),
            elapsedDays: nil, scheduledDays: nil, intervalSeconds: 600)
        try db.record(log, cardID: card.id, sessionID: nil)

        deck.cards = [TestCards.basic("new", "How far is Baku from the White House ?", "6,000 miles")]
        let summary = try db.syncDeck(deck, source: nil, sourceHash: "2", now: TestCards.date(120))
        #expect(summary.reattached == 1 && summary.added == 0)
        let moved = try db.card("new")
        #expect(moved.id == card.id)
        #expect(moved.state.reps == 1)
        #expect(try db.reviews(ofCard: moved.id).count == 1)
    }

    @Test func aCardRemovedFromTheFileKeepsItsHistoryButIsNotStudied() throws {
        let db = try AppDatabase.inMemory()
        try db.syncDeck(TestCards.deck("D", count: 2), source: nil, sourceHash: "1", now: TestCards.date())
        let gone = try db.card("k2")
        try db.record(TestReviews.good(gone.state, at: TestCards.date(10)), cardID: gone.id, sessionID: nil)
        let summary = try db.syncDeck(
            Deck(name: "D", cards: [TestCards.basic("k1", "Question number 1?", "answer 1")]),
            source: nil, sourceHash: "2", now: TestCards.date(20))
        #expect(summary.removed == 1)
        #expect(try db.card("k2").removed)
        #expect(try db.reviews(ofCard: gone.id).count == 1)
        #expect(try db.deckSummaries(now: TestCards.date(), calendar: utc)[0].total == 1)
    }

    @Test func anUnrelatedNewCardIsNotMistakenForAnEditedOne() throws {
        let db = try AppDatabase.inMemory()
        try db.syncDeck(Deck(name: "D", cards: [TestCards.basic("a", "Capital of France?", "Paris")]),
                        source: nil, sourceHash: "1", now: TestCards.date())
        let summary = try db.syncDeck(
            Deck(name: "D", cards: [TestCards.basic("b", "Who wrote Hamlet?", "Shakespeare")]),
            source: nil, sourceHash: "2", now: TestCards.date())
        #expect(summary.added == 1 && summary.removed == 1 && summary.reattached == 0)
        #expect(summary.leftWithHistory.isEmpty && summary.addedKeys.isEmpty, "the card that left had no history to move")
    }

    @Test func aCardWithHistoryReplacedByOneThatMatchesNothingIsListedAndItsHistoryKept() throws {
        let db = try AppDatabase.inMemory()
        try db.syncDeck(Deck(name: "D", cards: [
            TestCards.basic("a", "Capital of France?", "Paris"), TestCards.basic("keep", "Capital of Japan?", "Tokyo"),
        ]), source: nil, sourceHash: "1", now: TestCards.date())
        let old = try db.card("a")
        try db.record(TestReviews.good(old.state, at: TestCards.date(10)), cardID: old.id, sessionID: nil)
        let reworded = Deck(name: "D", cards: [
            TestCards.basic("b", "Which city do the French govern themselves from?", "Paris, on the Seine"),
            TestCards.basic("keep", "Capital of Japan?", "Tokyo"),
        ])
        let summary = try db.syncDeck(reworded, source: nil, sourceHash: "2", now: TestCards.date(20))
        #expect(summary.added == 1 && summary.removed == 1 && summary.reattached == 0)
        #expect(summary.leftWithHistory == [LeftCard(key: "a", prompt: "Capital of France?", position: 0, reviews: 1)])
        #expect(summary.addedKeys == ["b"])
        #expect(try db.reviews(ofCard: old.id).count == 1, "the history stays with the old card")

        // Giving the new card the old key (`id: a`) moves the history to it.
        let moved = Deck(name: "D", cards: [
            TestCards.basic("a", "Which city do the French govern themselves from?", "Paris, on the Seine"),
            TestCards.basic("keep", "Capital of Japan?", "Tokyo"),
        ])
        let again = try db.syncDeck(moved, source: nil, sourceHash: "3", now: TestCards.date(30))
        #expect(again.leftWithHistory.isEmpty, "the card that left now (b) has no reviews")
        let card = try db.card("a")
        #expect(card.id == old.id && !card.removed && card.state.reps == 1)
        #expect(card.content.prompt == "Which city do the French govern themselves from?")
        #expect(try db.card("b").removed)
    }
}

/// Review logs built by hand, for storage tests that need no scheduler.
enum TestReviews {
    static func good(_ state: CardState, at date: Date, days: Int = 3, calendar: StudyCalendar? = nil) -> ReviewLog {
        var after = state
        after.phase = .review
        after.step = nil
        after.memory = MemoryState(stability: Double(days), difficulty: 5)
        after.due = date.addingTimeInterval(Double(days) * 86_400)
        after.lastReview = date
        after.scheduledDays = days
        after.reps += 1
        return ReviewLog(rating: .good, reviewedAt: date, before: state, after: after,
                         elapsedDays: nil, scheduledDays: days, intervalSeconds: Double(days) * 86_400)
    }
}
