import Testing
@testable import RecallCore

@Test func eachNumberHidesItsDeletionsAndShowsTheOthers() throws {
    let cloze = try Cloze(parsing: "{{c1::Ilham Aliyev}} is the president of {{c2::Azerbaijan::country}}.")
    #expect(cloze.numbers == [1, 2])
    #expect(cloze.prompt(for: 1) == "[...] is the president of Azerbaijan.")
    #expect(cloze.answer(for: 1) == "Ilham Aliyev")
    #expect(cloze.hint(for: 1) == nil)
    #expect(cloze.prompt(for: 2) == "Ilham Aliyev is the president of [country].")
    #expect(cloze.answer(for: 2) == "Azerbaijan")
    #expect(cloze.hint(for: 2) == "country")
    #expect(cloze.plainText == "Ilham Aliyev is the president of Azerbaijan.")
}

@Test func aNumberUsedTwiceHidesBothAndJoinsTheAnswers() throws {
    let cloze = try Cloze(parsing: "{{c1::Russia}} and {{c2::Turkey}} welcomed the shift; {{c1::Moscow::a capital}} hedged.")
    #expect(cloze.numbers == [1, 2])
    #expect(cloze.prompt(for: 1) == "[...] and Turkey welcomed the shift; [a capital] hedged.")
    #expect(cloze.answer(for: 1) == "Russia … Moscow")
    #expect(cloze.hint(for: 1) == "a capital")
}

@Test func numbersMayComeInAnyOrderAndSkip() throws {
    let cloze = try Cloze(parsing: "{{c3::2024}}: trade reached {{c1::$1.75 billion}}.")
    #expect(cloze.numbers == [1, 3])
    #expect(cloze.prompt(for: 3) == "[...]: trade reached $1.75 billion.")
}

@Test func htmlInsideAndOutsideDeletionsIsKeptAsText() throws {
    let cloze = try Cloze(parsing: "<b>{{c1::<i>Baku</i>}}</b> is the capital.")
    #expect(cloze.prompt(for: 1) == "<b>[...]</b> is the capital.")
    #expect(cloze.answer(for: 1) == "<i>Baku</i>")
}

@Test func theHintIsWhatFollowsTheSecondDoubleColon() throws {
    let cloze = try Cloze(parsing: "{{c1::Section 907::a law::of 1992}}")
    #expect(cloze.answer(for: 1) == "Section 907")
    #expect(cloze.hint(for: 1) == "a law::of 1992")
}

@Test func sourceWritesTheClozeBack() throws {
    let text = "{{c2::Xi Jinping::a leader}} met {{c1::Aliyev}} in China."
    #expect(try Cloze(parsing: text).source == text)
}

struct ClozeProblemCase: CustomTestStringConvertible, Sendable {
    var text: String
    var reason: Cloze.Problem.Reason
    var opening: Int?
    var testDescription: String { text }
}

@Test(arguments: [
    ClozeProblemCase(text: "no braces at all", reason: .noDeletion, opening: nil),
    ClozeProblemCase(text: "{{c1::a}} then {{c2::b", reason: .unclosed, opening: 1),
    ClozeProblemCase(text: "{{Aliyev}}", reason: .missingNumber, opening: 0),
    ClozeProblemCase(text: "{{c0::zero}}", reason: .missingNumber, opening: 0),
    ClozeProblemCase(text: "{{cx::letters}}", reason: .missingNumber, opening: 0),
    ClozeProblemCase(text: "{{c1::a}} {{c2:: }}", reason: .emptyDeletion(number: 2), opening: 1),
    ClozeProblemCase(text: "{{c1::outer {{c2::inner}} }}", reason: .nested, opening: 0),
])
func brokenClozeTextIsRejectedWithTheOffendingBraces(_ example: ClozeProblemCase) {
    #expect(throws: Cloze.Problem(reason: example.reason, opening: example.opening)) {
        try Cloze(parsing: example.text)
    }
}
