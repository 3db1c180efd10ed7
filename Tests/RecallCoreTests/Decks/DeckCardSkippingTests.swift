import RecallTestSupport
import Testing
@testable import RecallCore

/// A card with an error, even an error in its YAML syntax, is left out and reported at its
/// place; the other cards of the file still load. Only an error outside the cards leaves no deck.
struct DeckCardSkippingTests {
    let file = "decks/x.yaml"

    func parse(_ marked: MarkedText) -> DeckParseResult {
        DeckParser.parse(marked.text, file: file)
    }

    @Test func aSyntaxErrorInOneCardLeavesOutOnlyThatCard() {
        let marked = MarkedText("""
            deck: Baku
            cards:
              - q: Where is Baku?
                a: Azerbaijan
              - q: What did Aliyev say?
                a: Aliyev said1️⃣: no
              - q: Who is the president?
                a: Ilham Aliyev
            """)
        let result = parse(marked)
        #expect(result.deck?.name == "Baku")
        #expect(result.deck?.cards.map(\.content.answer) == ["Azerbaijan", "Ilham Aliyev"])
        #expect(result.diagnostics.map(\.location) == [marked.location("1️⃣", file: file)])
        #expect(result.diagnostics.map(\.message) == ["`: ` cannot appear here in unquoted text"])
        #expect(result.diagnostics.first?.notes == ["put text that contains `: `, ` #` or starts with a symbol in quotes"])
    }

    @Test func aQuoteNeverClosedLeavesOutItsCardAndTheCardsAfterItStillLoad() {
        let marked = MarkedText("""
            cards:
              - q: 1️⃣"Where is Baku?
                a: Azerbaijan
              - q: Who is the president?
                a: Ilham Aliyev
            """)
        let result = parse(marked)
        #expect(result.deck?.cards.map(\.content.prompt) == ["Who is the president?"])
        #expect(result.errors.map(\.location) == [marked.location("1️⃣", file: file)])
        #expect(result.errors.map(\.message) == ["quoted text is never closed"])
    }

    @Test func syntaxErrorsInTwoCardsAreBothReportedInFileOrder() {
        let marked = MarkedText("""
            cards:
            - q: One
              a: 1️⃣`one`
            - q: Two
              a: two
            - q: Three
              a: three2️⃣: 3
            """)
        let result = parse(marked)
        #expect(result.deck?.cards.map(\.content.answer) == ["two"])
        #expect(result.errors.map(\.location) == [marked.location("1️⃣", file: file), marked.location("2️⃣", file: file)])
    }

    @Test func aSyntaxErrorInEveryCardLeavesAnEmptyDeckWithoutAnEmptyDeckWarning() {
        let result = DeckParser.parse("cards:\n  - q: a: b\n", file: file)
        #expect(result.deck == Deck(name: "x", cards: []))
        #expect(result.diagnostics.map(\.severity) == [.error])
    }

    @Test func aSyntaxErrorOutsideTheCardsLeavesNoDeck() {
        let marked = MarkedText("""
            deck: Baku said1️⃣: no
            cards:
              - q: Where is Baku?
                a: Azerbaijan
            """)
        let result = parse(marked)
        #expect(result.deck == nil)
        #expect(result.errors.map(\.location) == [marked.location("1️⃣", file: file)])
    }

    @Test(arguments: [
        ("a top level that is not a deck", "just some text\n", "a deck file should be a mapping with a `cards:` list, not text"),
        ("no list of cards", "deck: Baku\n", "the deck has no `cards:` list"),
        ("cards that are not a list", "cards: Baku\n", "`cards` should be a list of cards, not text"),
    ])
    func aFileThatHoldsNoListOfCardsLeavesNoDeck(_ name: String, _ text: String, _ message: String) {
        let result = DeckParser.parse(text, file: file)
        #expect(result.deck == nil, "\(name)")
        #expect(result.errors.map(\.message) == [message])
        #expect(result.errors.first?.location == SourceLocation(file: file, line: 1, column: name.hasPrefix("cards") ? 8 : 1))
    }

    @Test func removingACardBlanksOnlyItsLinesSoTheOthersKeepTheirNumbers() {
        let text = "cards:\n  - q: a\n    a: b\n\n  - q: c\n    a: d\ntags: [x]\n"
        #expect(YAMLSyntaxError.removingCard(atLine: 3, from: text) == "cards:\n\n\n\n  - q: c\n    a: d\ntags: [x]\n")
        #expect(YAMLSyntaxError.removingCard(atLine: 6, from: text) == "cards:\n  - q: a\n    a: b\n\n\n\ntags: [x]\n")
        #expect(YAMLSyntaxError.removingCard(atLine: 7, from: text) == nil)
        #expect(YAMLSyntaxError.removingCard(atLine: 1, from: text) == nil)
    }
}
