import Testing
@testable import RecallCore

@Test(arguments: [
    FactCase(text: "Leadership has been reduced today to what I call kinetic diplomacy – diplomacy by armed force.",
             answer: "kinetic diplomacy", prompt: "What does the author call diplomacy by armed force?"),
    FactCase(text: "The region has become what Jane Smith calls a security sinkhole: a place that swallows aid.",
             answer: "a security sinkhole", prompt: "What does Jane Smith call a place that swallows aid?"),
    FactCase(text: "The policy became what we called the long pause – a decade without new treaties.",
             answer: "the long pause", prompt: "What did the authors call a decade without new treaties?"),
])
func termRuleAsksForTheNameGivenToAMeaning(_ row: FactCase) {
    expectSoleFact(TermRule(), row)
}

@Test(arguments: [
    // No meaning set off after the term.
    "Leadership has been reduced today to what I call kinetic diplomacy.",
    // Not the writer's or a named person's name for it.
    "Leadership has been reduced to what they call kinetic diplomacy – diplomacy by armed force.",
    // A meaning too long to be the answer's other side.
    "It is what I call drift – a slow loss of purpose in every part of a government that has no plan at all.",
])
func termRuleSkipsWhatIsNoNamedMeaning(_ text: String) {
    #expect(ruleFacts(TermRule(), in: "Title\n" + text).isEmpty)
}

@Test func aPersonsThingNamedBetweenDashesIsAskedForItsName() {
    let text = "Title\nWe cannot go back to the days of Alfred Deakin. Deakin’s grand compromise – the Australian Settlement – promised to protect farmers."
    let found = ruleFacts(TermRule(), in: text)
    #expect(found.map(\.answer) == ["the Australian Settlement"])
    #expect(found.first?.prompt == "What was Alfred Deakin’s grand compromise called?")
    // A lower-case aside between the dashes is no name.
    #expect(ruleFacts(TermRule(), in: "Title\nDeakin’s grand compromise – the settlement of that era – promised to protect farmers.").isEmpty)
}
