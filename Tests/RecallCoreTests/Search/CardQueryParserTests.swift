import RecallTestSupport
import Testing
@testable import RecallCore

struct CardQueryParserTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var query: String
        var tree: String
        var testDescription: String { "“\(query)”" }
    }

    static let cases: [Case] = [
        Case(query: "", tree: "all"),
        Case(query: "   ", tree: "all"),
        Case(query: "paris", tree: "text(paris)"),
        Case(query: "capital paris", tree: "and(text(capital), text(paris))"),
        Case(query: "\"capital of France\"", tree: "text(capital of France)"),
        Case(query: "\"say \\\"hi\\\"\"", tree: "text(say \"hi\")"),
        Case(query: "well-known", tree: "text(well-known)"),
        Case(query: "10:30", tree: "text(10:30)"),
        Case(query: "\"front:x\"", tree: "text(front:x)"),
        Case(query: "deck:Capitals", tree: "deck(Capitals)"),
        Case(query: "DECK:geo*", tree: "deck(geo*)"),
        Case(query: "deck:\"My Deck\"", tree: "deck(My Deck)"),
        Case(query: "\"deck:My Deck\"", tree: "deck(My Deck)"),
        Case(query: "deck:Geography::Rivers", tree: "deck(Geography::Rivers)"),
        Case(query: "tag:rivers", tree: "tag(rivers)"),
        Case(query: "is:new", tree: "is:new"),
        Case(query: "is:LEARN", tree: "is:learn"),
        Case(query: "is:due is:review", tree: "and(is:due, is:review)"),
        Case(query: "is:suspended or is:buried", tree: "or(is:suspended, is:buried)"),
        Case(query: "prop:ivl>=10", tree: "prop:ivl>=10"),
        Case(query: "prop:ivl>10", tree: "prop:ivl>10"),
        Case(query: "prop:ivl<10", tree: "prop:ivl<10"),
        Case(query: "prop:ivl<=10", tree: "prop:ivl<=10"),
        Case(query: "prop:ivl=10", tree: "prop:ivl=10"),
        Case(query: "prop:ivl!=10", tree: "prop:ivl!=10"),
        Case(query: "prop:due<=3", tree: "prop:due<=3"),
        Case(query: "prop:due=-1", tree: "prop:due=-1"),
        Case(query: "prop:lapses>3 prop:reps<2", tree: "and(prop:lapses>3, prop:reps<2)"),
        Case(query: "rated:7", tree: "rated:7"),
        Case(query: "rated:2:1", tree: "rated:2:1"),
        Case(query: "-is:new", tree: "not(is:new)"),
        Case(query: "--is:new", tree: "not(not(is:new))"),
        Case(query: "a -b", tree: "and(text(a), not(text(b)))"),
        Case(query: "a b or c", tree: "or(and(text(a), text(b)), text(c))"),
        Case(query: "a OR b Or c", tree: "or(text(a), text(b), text(c))"),
        Case(query: "a and b", tree: "and(text(a), text(b))"),
        Case(query: "\"or\"", tree: "text(or)"),
        Case(query: "a (b or c)", tree: "and(text(a), or(text(b), text(c)))"),
        Case(query: "-(is:new or is:learn) deck:X", tree: "and(not(or(is:new, is:learn)), deck(X))"),
        Case(query: "((a))", tree: "text(a)"),
        Case(query: "(a)(b)", tree: "and(text(a), text(b))"),
    ]

    @Test(arguments: cases)
    func aQueryReadsAsItsTree(_ example: Case) throws {
        #expect(try CardQueryParser.parse(example.query).description == example.tree)
    }

    struct Failure: CustomTestStringConvertible, Sendable {
        /// The query with 1️⃣ where the error is reported.
        var marked: String
        var message: String
        var testDescription: String { "“\(marked)”" }
    }

    static let failures: [Failure] = [
        Failure(marked: "is:new 1️⃣prop:", message: "`prop:` needs a comparison such as prop:ivl>=10"),
        Failure(marked: "1️⃣prop:ivl", message: "`prop:ivl` needs a comparison such as prop:ivl>=10"),
        Failure(marked: "1️⃣prop:ivl>=ten", message: "`prop:ivl>=` needs a whole number of days after it, such as prop:ivl>=10"),
        Failure(marked: "1️⃣prop:ease>2", message: "`prop:ease` is not a property recall compares; use ivl, due, reps, lapses, such as prop:ivl>=10"),
        Failure(marked: "1️⃣prop:>=2", message: "`prop:` needs a property before `>=`, such as prop:ivl>=10"),
        Failure(marked: "a 1️⃣is:old", message: "`is:old` is not a card state; use is:new, is:learn, is:review, is:due, is:suspended, is:buried or is:removed"),
        Failure(marked: "1️⃣rated:", message: "`rated:` needs a number of days, such as rated:7 (answered in the last 7 days)"),
        Failure(marked: "1️⃣rated:0", message: "`rated:` needs a number of days, such as rated:7 (answered in the last 7 days)"),
        Failure(marked: "1️⃣rated:3:5", message: "`rated:3:` needs a rating from 1 (again) to 4 (easy), such as rated:3:1"),
        Failure(marked: "1️⃣deck:", message: "`deck:` needs a deck name, such as deck:Capitals or deck:Geo*"),
        Failure(marked: "1️⃣tag:", message: "`tag:` needs a tag, such as tag:rivers or tag:none"),
        Failure(marked: "1️⃣front:paris", message: "`front:` is not a search recall knows; use deck:, tag:, is:, prop: or rated:, or quote the words (\"front:paris\") to find them as text"),
        Failure(marked: "a 1️⃣(b", message: "this `(` is never closed"),
        Failure(marked: "a 1️⃣()", message: "`()` holds no search; put one inside or leave the parentheses out"),
        Failure(marked: "a1️⃣) b", message: "this `)` closes nothing"),
        Failure(marked: "1️⃣or a", message: "`or` needs a search on each side, such as is:new or is:learn"),
        Failure(marked: "a 1️⃣or", message: "`or` needs a search on each side, such as is:new or is:learn"),
        Failure(marked: "a 1️⃣or or b", message: "`or` needs a search on each side, such as is:new or is:learn"),
        Failure(marked: "(a 1️⃣or)", message: "`or` needs a search on each side, such as is:new or is:learn"),
        Failure(marked: "1️⃣and a", message: "`and` needs a search on each side, such as deck:French and is:due"),
        Failure(marked: "a 1️⃣- b", message: "`-` needs a search right after it, such as -is:suspended (\"-\" finds a hyphen)"),
        Failure(marked: "a 1️⃣-", message: "`-` needs a search right after it, such as -is:suspended (\"-\" finds a hyphen)"),
        Failure(marked: "1️⃣-or a", message: "`-` needs a search right after it, such as -is:suspended (\"-\" finds a hyphen)"),
        Failure(marked: "deck:1️⃣\"My Deck", message: "this quote is never closed"),
    ]

    @Test(arguments: failures)
    func aBadQueryIsAnErrorAtItsPlace(_ example: Failure) {
        let text = MarkedText(example.marked)
        let place = text.markers["1️⃣"]!
        #expect(throws: CardQueryError(column: place.column, message: example.message)) {
            try CardQueryParser.parse(text.text)
        }
    }

    @Test func theErrorSaysItsColumnFirst() {
        #expect(CardQueryError(column: 5, message: "`prop:` needs a comparison such as prop:ivl>=10").description
            == "at column 5: `prop:` needs a comparison such as prop:ivl>=10")
    }

    @Test func textIsComparedWithoutCaseOrAccents() {
        #expect(CardQuery.folded("Bakü’s ÉLAN") == "baku's elan")
    }

    @Test func removedCardsAreAskedForAnywhereInTheTree() throws {
        #expect(try CardQueryParser.parse("a (b or -is:removed)").contains(.removed))
        #expect(try !CardQueryParser.parse("a (b or -is:new)").contains(.removed))
    }
}

struct DeckNamesSearchTests {
    static let decks = DeckNames(["Capitals", "Geography::Rivers", "Geography::Mountains::Alps", "Geography 2", "Éléments"])

    @Test func aNameWithoutWildcardsIsResolvedAsEverywhere() throws {
        #expect(try Self.decks.paths(matchingPattern: "geography") == ["Geography"])
        #expect(try Self.decks.paths(matchingPattern: "elements") == ["Éléments"])
        #expect(throws: DeckNameError.ambiguous("geo", candidates: ["Geography", "Geography 2"])) {
            try Self.decks.paths(matchingPattern: "geo")
        }
    }

    @Test func aWildcardMatchesWholeFoldedNames() throws {
        #expect(try Self.decks.paths(matchingPattern: "geo*") == [
            "Geography", "Geography 2", "Geography::Mountains", "Geography::Mountains::Alps", "Geography::Rivers",
        ])
        #expect(try Self.decks.paths(matchingPattern: "*::alps") == ["Geography::Mountains::Alps"])
        #expect(try Self.decks.paths(matchingPattern: "*ELEM*") == ["Éléments"])
        #expect(try Self.decks.paths(matchingPattern: "hist*") == [])
    }

    @Test func aParentTakesInTheDecksUnderIt() {
        let decks = ["Capitals", "Geography::Rivers", "Geography::Mountains::Alps", "Geography 2"]
        #expect(DeckNames.decks(decks, in: ["Geography"]) == ["Geography::Rivers", "Geography::Mountains::Alps"])
    }
}
