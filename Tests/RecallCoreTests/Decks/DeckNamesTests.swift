import Testing
@testable import RecallCore

struct DeckNamesTests {
    static let decks = DeckNames([
        "Baku’s Tightrope", "Baku notes", "Capitals", "Geography::Rivers", "Geography::Mountains::Alps", "Éléments",
    ])

    struct Case: CustomTestStringConvertible, Sendable {
        var typed: String
        var match: DeckNames.Match
        var testDescription: String { "“\(typed)”" }
    }

    static let cases: [Case] = [
        Case(typed: "Capitals", match: .found("Capitals")),
        Case(typed: "capitals", match: .found("Capitals")),
        Case(typed: "baku's tightrope", match: .found("Baku’s Tightrope")),
        Case(typed: "  BAKU’S   tightrope ", match: .found("Baku’s Tightrope")),
        Case(typed: "elements", match: .found("Éléments")),
        Case(typed: "cap", match: .found("Capitals")),
        Case(typed: "baku's", match: .found("Baku’s Tightrope")),
        Case(typed: "baku", match: .ambiguous(["Baku notes", "Baku’s Tightrope"])),
        Case(typed: "geography", match: .found("Geography")),
        Case(typed: "geo", match: .found("Geography")),
        Case(typed: "Geography :: Mountains", match: .found("Geography::Mountains")),
        Case(typed: "rivers", match: .found("Geography::Rivers")),
        Case(typed: "geography::mount", match: .found("Geography::Mountains")),
        Case(typed: "Captials", match: .notFound(suggestions: ["Capitals"])),
        Case(typed: "History", match: .notFound(suggestions: [])),
    ]

    @Test(arguments: cases)
    func aTypedNameFindsTheDeckMeant(_ example: Case) {
        #expect(Self.decks.match(example.typed) == example.match)
    }

    @Test func aParentTakesInTheDecksUnderItButNotALookalike() {
        #expect(DeckNames.deck("Geography::Rivers", isIn: "Geography"))
        #expect(DeckNames.deck("Geography", isIn: "Geography"))
        #expect(!DeckNames.deck("Geography 2", isIn: "Geography"))
    }

    @Test func errorsSayWhatTheNameCouldHaveMeant() {
        #expect(throws: DeckNameError.noSuchDeck("Captials", suggestions: ["Capitals"], collectionIsEmpty: false)) {
            try Self.decks.resolve("Captials")
        }
        #expect(DeckNameError.noSuchDeck("Captials", suggestions: ["Capitals"], collectionIsEmpty: false).errorDescription
            == "no deck named “Captials”; did you mean “Capitals”?")
        #expect(DeckNameError.ambiguous("baku", candidates: ["Baku notes", "Baku’s Tightrope"]).errorDescription
            == "“baku” could be “Baku notes” or “Baku’s Tightrope”; type more of the name")
        #expect(DeckNameError.noSuchDeck("x", suggestions: [], collectionIsEmpty: true).errorDescription
            == "no deck named “x”: the collection has no decks yet")
    }
}

struct CalendarDateTests {
    @Test(arguments: ["2025-02-31", "2025-13-01", "2025-00-10", "2023-02-29", "1900-02-29", "25-04-01", "2025-04", "2025-04-01x", "２０２５-04-01"])
    func anImpossibleOrMalformedDateIsNone(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test func aLeapDayIsADate() {
        #expect(CalendarDate("2024-02-29").map { [$0.year, $0.month, $0.day] } == [2024, 2, 29])
        #expect(CalendarDate("2000-02-29") != nil)
    }
}
