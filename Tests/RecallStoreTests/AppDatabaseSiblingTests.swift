import Foundation
import Testing
import RecallCore
import RecallTestSupport
@testable import RecallStore

/// Siblings (`SiblingKeys`): answering a card buries the others until the next study day.
struct AppDatabaseSiblingTests {
    let utc = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)
    let noon = TestCards.date(12 * 3600)
    static let sentence = "Bilateral trade was already on the rise, reaching $1.75 billion in 2024."

    func scope(_ now: Date, bury: Bool = true) -> StudyScope {
        StudyScope(now: now, calendar: utc, burySiblings: bury)
    }

    /// A cloze text of three deletions (`baku-c1`…`c3`), two cards on one sentence in deck A and
    /// one on the same sentence in deck B, and a card of its own.
    func collection() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        let cloze = (1...3).map { number in
            DeckCard(key: "baku-c\(number)", content: CardContent(kind: .cloze, prompt: "[...] \(number)", answer: "x\(number)"))
        }
        let onTrade = [
            DeckCard(key: "trade-amount", content: CardContent(kind: .basic, prompt: "How much?", answer: "$1.75 billion", explanation: Self.sentence)),
            DeckCard(key: "trade-year", content: CardContent(kind: .basic, prompt: "When?", answer: "2024", explanation: Self.sentence)),
            TestCards.basic("alone", "On its own?", "yes"),
        ]
        try db.syncDeck(Deck(name: "A", cards: cloze + onTrade), source: nil, sourceHash: nil, now: TestCards.date())
        let article = DeckCard(key: "k1", content: CardContent(
            kind: .basic, prompt: "What did trade reach in 2024?", answer: "$1.75 billion",
            source: SourceQuote(sentence: Self.sentence, line: 3, column: 1)))
        try db.syncDeck(Deck(name: "B", cards: [article]), source: nil, sourceHash: nil, now: TestCards.date())
        return db
    }

    /// The keys shown in a day of study from `now`, every card answered Good.
    func studyDay(_ db: AppDatabase, at now: Date, bury: Bool = true) throws -> [String] {
        var shown: [String] = []
        while let card = try db.nextCard(scope(now, bury: bury)), shown.count < 50 {
            shown.append(card.key)
            try db.record(TestReviews.good(card.state, at: now), cardID: card.id, sessionID: nil, scope: scope(now, bury: bury))
        }
        return shown
    }

    @Test func answeringACardBuriesItsSiblingsUntilTheNextStudyDay() throws {
        let db = try collection()
        let first = try #require(try db.nextCard(scope(noon)))
        #expect(first.key == "baku-c1")
        let review = try db.record(TestReviews.good(first.state, at: noon), cardID: first.id, sessionID: nil, scope: scope(noon))
        #expect(try review.buriedSiblings.sorted() == [db.card("A/baku-c2").id, db.card("A/baku-c3").id])
        #expect(try db.card("A/baku-c2").buriedUntilDay == utc.dayNumber(of: noon) + 1)
        #expect(try db.card("A/alone").buriedUntilDay == nil)
    }

    @Test func oneCardOfEachNoteAndEachSentenceIsShownADayInEveryDeck() throws {
        let db = try collection()
        #expect(try studyDay(db, at: noon) == ["baku-c1", "trade-amount", "alone"])
        let tomorrow = noon.addingTimeInterval(86_400)
        #expect(try studyDay(db, at: tomorrow) == ["baku-c2", "trade-year"])
        #expect(try studyDay(db, at: tomorrow.addingTimeInterval(86_400)) == ["baku-c3", "k1"])
    }

    @Test func withBuryingOffSiblingsComeTheSameDay() throws {
        let db = try collection()
        #expect(try studyDay(db, at: noon, bury: false) == ["baku-c1", "baku-c2", "baku-c3", "trade-amount", "trade-year", "alone", "k1"])
    }

    @Test func theCardsOfOneImportedNoteAreSiblings() throws {
        let db = try AppDatabase.inMemory()
        let cards = (0...1).map { ord in
            var content = CardContent(kind: .basic, prompt: "front \(ord)", answer: "back \(ord)")
            content.note = "guid"
            content.origin = .imported
            return BulkCard(card: DeckCard(key: "guid-\(ord)", content: content), state: .new(availableFrom: TestCards.date()))
        }
        try db.insertBulk(cards, intoDeck: "Imported", source: "x.apkg", now: TestCards.date())
        #expect(try studyDay(db, at: noon) == ["guid-0"])
    }
}
