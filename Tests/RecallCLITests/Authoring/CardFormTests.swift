import Foundation
import RecallCore
import Testing
@testable import RecallCLI

struct CardFormTests {
    @Test(arguments: [
        ("  - q: What?", CardForm.Field.q),
        ("    a: Paris", .a),
        ("    choices: [A, B]", .choices),
        ("    kind: multiple-choice", .choices),
        ("    id: paris", nil),
        ("    number: 5", nil),  // not a field of a multiple-choice card
    ] as [(String, CardForm.Field?)])
    func aLineOfTheWrittenCardNamesTheFieldToAskAgain(line: String, field: CardForm.Field?) {
        #expect(CardForm(kind: .multipleChoice).field(forLine: line) == field)
    }

    @Test func commaSeparatedListsDropBlanksAndSpaces() {
        #expect(CardForm.list(" a, b ,, c ,") == ["a", "b", "c"])
        #expect(CardForm.list("") == [])
    }

    @Test func aNumericCardTakesItsNumberUnitAndToleranceAsTheParserReadsThem() throws {
        let form = CardForm(kind: .numeric, values: [.q: "Speed of sound?", .number: "343", .unit: "m/s", .tolerance: "0.5"])
        let card = try form.cards().get().cards
        #expect(card.map(\.content) == [CardContent(kind: .numeric, prompt: "Speed of sound?", answer: "343 m/s", tolerance: 0.5)])
        #expect(DeckWriter.renderCard(card[0]) == "- q: Speed of sound?\n    number: 343\n    unit: m/s\n    tolerance: 0.5\n".replacingOccurrences(of: "- q", with: "  - q"))
    }

    @Test(arguments: [
        ("a number in words", [CardForm.Field.number: "forty"], CardForm.Field.number, "`number` should be a number, not `forty`"),
        ("a tolerance in words", [.number: "40", .tolerance: "some"], .tolerance, "`tolerance` should be a number, not `some`"),
        ("a negative tolerance", [.number: "40", .tolerance: "-1"], .tolerance, "tolerance must not be negative"),
    ])
    func aNumericProblemNamesItsField(_ id: String, values: [CardForm.Field: String], field: CardForm.Field, message: String) {
        var all = values
        all[.q] = "How many?"
        guard case let .failure(problem) = CardForm(kind: .numeric, values: all).cards() else {
            Issue.record("\(id): expected a problem")
            return
        }
        #expect(problem.field == field, "\(id)")
        #expect(problem.message == message, "\(id)")
    }

    @Test func aBrokenClozeTextIsAskedAgainWithTheParsersMessage() throws {
        let text = "The {{c1::Nile flows"
        guard case let .failure(problem) = CardForm(kind: .cloze, values: [.cloze: text]).cards() else {
            Issue.record("expected a problem")
            return
        }
        let parsed = DeckParser.parse("cards:\n  - cloze: \(text)\n", file: "x")
        #expect(problem.field == .cloze)
        #expect(parsed.errors.map(\.message) == [problem.message])
    }

    @Test func insertedLinesAreTheOnesTheNewTextAdds() {
        let old = "deck: X\ncards:\n  - q: a\n    a: b\ntags: [t]\n"
        let new = "deck: X\ncards:\n  - q: a\n    a: b\n  - q: c\n    a: d\ntags: [t]\n"
        #expect(CardAuthoring.insertedLines(from: old, to: new) == 5...6)
    }
}
