import Foundation
import RecallCore
import RecallTestSupport
import Testing
@testable import RecallCLI
@testable import RecallStore

struct CardListingTests {
    static let calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)

    func listing() throws -> CardListing {
        let db = try AppDatabase.inMemory()
        try db.syncDeck(Deck(name: "Geography::Capitals", cards: [
            TestCards.basic("france", "What is the capital of France, the country west of Germany?", "Paris"),
            TestCards.basic("tokyo", "Capital of Japan?", "Tokyo"),
        ]), source: nil, sourceHash: nil, now: TestCards.date())
        let now = TestCards.date(3600 * 12)
        _ = try db.apply(.suspend, to: [db.card("tokyo").id], now: now, calendar: Self.calendar)
        return CardListing(cards: try db.cards(matching: .all, now: now, calendar: Self.calendar), now: now,
                           calendar: Self.calendar)
    }

    @Test func aTableCutsTheFrontToTheWidth() throws {
        let lines = try listing().table(width: 60)
        #expect(lines == [
            "id deck              front             state         due ivl",
            " 1 Geography::Capit… What is the capi… new           -     -",
            " 2 Geography::Capit… Capital of Japan? new,suspended -     -",
            "2 cards",
        ])
    }

    @Test func aWideTerminalShowsEverything() throws {
        let lines = try listing().table(width: nil)
        #expect(lines[1] == " 1  Geography::Capitals  What is the capital of France, the country west of Germany?  new            -      -")
    }
}
