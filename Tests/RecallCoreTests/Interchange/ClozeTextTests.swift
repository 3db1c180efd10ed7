import Testing
@testable import RecallCore

@Test func clozeHidesOneDeletionAndShowsTheOthers() {
    let cloze = ClozeText("{{c1::Paris}} is the capital of {{c2::France::country}}.")
    #expect(cloze.numbers == [1, 2])
    #expect(cloze.prompt(hiding: 1) == "[...] is the capital of France.")
    #expect(cloze.prompt(hiding: 2) == "Paris is the capital of [country].")
    #expect(cloze.answers(for: 1) == ["Paris"])
    #expect(cloze.answers(for: 2) == ["France"])
    #expect(cloze.hints(for: 2) == ["country"])
    #expect(cloze.hints(for: 1) == [])
    #expect(cloze.revealed == "Paris is the capital of France.")
}

@Test func aNumberUsedTwiceHidesBothPlaces() {
    let cloze = ClozeText("{{c1::日本}} means {{c2::Japan::country name}} in {{c1::Japanese}}.")
    #expect(cloze.prompt(hiding: 1) == "[...] means Japan in [...].")
    #expect(cloze.answers(for: 1) == ["日本", "Japanese"])
}

@Test func numbersOutOfOrderAndHintsOnEach() {
    let cloze = ClozeText("{{c2::Second::hint 2}} before {{c1::first::hint 1}}; both with hints.")
    #expect(cloze.numbers == [1, 2])
    #expect(cloze.prompt(hiding: 1) == "Second before [hint 1]; both with hints.")
    #expect(cloze.prompt(hiding: 2) == "[hint 2] before first; both with hints.")
}

@Test func nestedDeletionsHideTheirOwnNumberOnly() {
    let cloze = ClozeText("{{c1::outer {{c2::inner}} text}} end")
    #expect(cloze.numbers == [1, 2])
    #expect(cloze.prompt(hiding: 1) == "[...] end")
    #expect(cloze.prompt(hiding: 2) == "outer [...] text end")
    #expect(cloze.answers(for: 1) == ["outer inner text"])
}

@Test func htmlInsideADeletionIsKeptForLaterConversion() {
    let cloze = ClozeText("{{c1::H<sub>2</sub>O}} is the formula of {{c2::water::substance}}.")
    #expect(cloze.answers(for: 1) == ["H<sub>2</sub>O"])
}

@Test(arguments: ["{{c1::never closed", "{{c::no number}}", "{{x1::wrong letter}}", "plain {{braces}}"])
func malformedDeletionsStayText(source: String) {
    let cloze = ClozeText(source)
    #expect(cloze.numbers.isEmpty)
    #expect(cloze.revealed == source)
}

@Test func deeplyNestedOrUnclosedOpeningsStayCheap() {
    let nested = String(repeating: "{{c1::", count: 50_000) + "x" + String(repeating: "}}", count: 50_000)
    let cloze = ClozeText(nested)
    #expect(cloze.numbers == [1])
    let unclosed = String(repeating: "{{c2::", count: 50_000)
    #expect(ClozeText(unclosed).numbers.isEmpty)
}

@Test func deletionsByNumberGivesEveryNumbersAnswersAndHintsInOneWalk() {
    let cloze = ClozeText("{{c1::outer {{c1::same}} {{c2::inner::in}}}} and {{c2::again::in}} {{c3::third::th}}")
    let deletions = cloze.deletionsByNumber()
    #expect(deletions.keys.sorted() == [1, 2, 3])
    #expect(deletions[1]?.answers == ["outer same inner"])
    #expect(deletions[2]?.answers == ["inner", "again"])
    #expect(deletions[2]?.hints == ["in"])
    #expect(deletions[3]?.hints == ["th"])
}
