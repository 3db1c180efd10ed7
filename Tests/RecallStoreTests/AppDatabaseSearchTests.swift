import Foundation
import GRDB
import RecallCore
import RecallTestSupport
import Testing
@testable import RecallStore

/// Searches over a small collection whose cards are in every state a search can ask about.
struct AppDatabaseSearchTests {
    static let calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)
    /// 2024-01-11 12:00 UTC.
    static let now = TestCards.date(10 * 86_400 + 12 * 3600)

    static func card(_ key: String, _ prompt: String, _ answer: String, tags: [String] = []) -> DeckCard {
        DeckCard(key: key, content: CardContent(kind: .basic, prompt: prompt, answer: answer, tags: tags))
    }

    /// Capitals: france (review, interval 20, due in 10 days, answered 10 days ago), baku
    /// (review, due today, answered Good yesterday), tokyo (new, buried), gone (removed);
    /// Geography::Rivers: seine (new, suspended); Geography 2: other (new).
    static func collection() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        let start = now.addingTimeInterval(-30 * 86_400)
        try db.syncDeck(Deck(name: "Capitals", cards: [
            card("france", "What is the capital of France?", "Paris", tags: ["europe"]),
            card("baku", "What is the capital of Azerbaijan?", "Bakü", tags: ["asia", "caucasus::south"]),
            card("tokyo", "What is the capital of Japan?", "Tokyo"),
            card("gone", "What was the capital of Prussia?", "Berlin"),
        ]), source: nil, sourceHash: nil, now: start)
        try db.syncDeck(Deck(name: "Geography::Rivers", cards: [card("seine", "Which river flows through Paris?", "Seine")]),
                        source: nil, sourceHash: nil, now: start)
        try db.syncDeck(Deck(name: "Geography 2", cards: [card("other", "Question other?", "Answer")]),
                        source: nil, sourceHash: nil, now: start)
        let france = try db.card("Capitals/france")
        try db.record(TestReviews.good(france.state, at: now.addingTimeInterval(-10 * 86_400), days: 20), cardID: france.id, sessionID: nil)
        let baku = try db.card("Capitals/baku")
        try db.record(TestReviews.good(baku.state, at: now.addingTimeInterval(-86_400), days: 1), cardID: baku.id, sessionID: nil)
        // Buried and suspended outside the card-change log, so the log starts empty.
        try db.writer.write { db in
            try db.execute(sql: "UPDATE card SET buriedUntilDay = ? WHERE key = 'tokyo'", arguments: [calendar.dayNumber(of: now) + 1])
            try db.execute(sql: "UPDATE card SET suspended = 1 WHERE key = 'seine'")
            try db.execute(sql: "UPDATE card SET removed = 1 WHERE key = 'gone'")
        }
        return db
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var query: String
        var keys: [String]
        var testDescription: String { "“\(query)”" }
    }

    static let cases: [Case] = [
        Case(query: "", keys: ["france", "baku", "tokyo", "other", "seine"]),
        Case(query: "capital", keys: ["france", "baku", "tokyo"]),
        Case(query: "PARIS", keys: ["france", "seine"]),
        Case(query: "baku", keys: ["baku"]),
        Case(query: "\"capital of france\"", keys: ["france"]),
        Case(query: "\"of france capital\"", keys: []),
        Case(query: "deck:geography", keys: ["seine"]),
        Case(query: "deck:geo*", keys: ["other", "seine"]),
        Case(query: "deck:*rivers", keys: ["seine"]),
        Case(query: "tag:caucasus", keys: ["baku"]),
        Case(query: "tag:CAUC*", keys: ["baku"]),
        Case(query: "tag:cauc", keys: []),
        Case(query: "tag:none", keys: ["tokyo", "other", "seine"]),
        Case(query: "is:new", keys: ["tokyo", "other", "seine"]),
        Case(query: "is:review", keys: ["france", "baku"]),
        Case(query: "is:learn", keys: []),
        Case(query: "is:due", keys: ["baku"]),
        Case(query: "is:suspended", keys: ["seine"]),
        Case(query: "is:buried", keys: ["tokyo"]),
        Case(query: "is:removed", keys: ["gone"]),
        Case(query: "prop:ivl>=10", keys: ["france"]),
        Case(query: "prop:ivl<10", keys: ["baku", "tokyo", "other", "seine"]),
        Case(query: "prop:ivl=1", keys: ["baku"]),
        Case(query: "prop:ivl!=1", keys: ["france", "tokyo", "other", "seine"]),
        Case(query: "prop:due<=3", keys: ["baku"]),
        Case(query: "prop:due<0", keys: []),
        Case(query: "prop:due=10", keys: ["france"]),
        Case(query: "prop:due>3", keys: ["france"]),
        Case(query: "prop:due>=10", keys: ["france"]),
        Case(query: "prop:due!=0", keys: ["france"]),
        Case(query: "prop:reps=1", keys: ["france", "baku"]),
        Case(query: "prop:lapses>0", keys: []),
        Case(query: "rated:1", keys: []),
        Case(query: "rated:2", keys: ["baku"]),
        Case(query: "rated:11", keys: ["france", "baku"]),
        Case(query: "rated:2:3", keys: ["baku"]),
        Case(query: "rated:30:1", keys: []),
        Case(query: "-is:new", keys: ["france", "baku"]),
        Case(query: "is:new or is:due", keys: ["baku", "tokyo", "other", "seine"]),
        Case(query: "capital -(tag:europe or tag:asia)", keys: ["tokyo"]),
        Case(query: "deck:capitals (is:due or is:buried)", keys: ["baku", "tokyo"]),
        Case(query: "\"'; DROP TABLE card; --\"", keys: []),
        Case(query: "100%", keys: []),
    ]

    @Test(arguments: cases)
    func aSearchFindsTheCardsItDescribes(_ example: Case) throws {
        let db = try Self.collection()
        let found = try db.cards(matching: CardQueryParser.parse(example.query), now: Self.now, calendar: Self.calendar)
        #expect(found.map(\.key) == example.keys)
        #expect(try db.cards(matching: .all, now: Self.now, calendar: Self.calendar).count == 5, "the collection is intact")
    }

    @Test func anUnknownDeckIsAnErrorAtItsTerm() throws {
        let db = try Self.collection()
        #expect(throws: CardQueryError(column: 3, message: "no deck named “capitols”; did you mean “Capitals”?")) {
            try db.cards(matching: CardQueryParser.parse("a deck:capitols"), now: Self.now, calendar: Self.calendar)
        }
    }

    @Test func likePatternsTakeOnlyTheStarAsAWildcard() {
        #expect(CardQuerySQL.likePattern("a_b%c\\d*") == "a\\_b\\%c\\\\d%")
    }
}
