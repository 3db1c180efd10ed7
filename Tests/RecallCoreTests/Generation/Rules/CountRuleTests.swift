import Testing
@testable import RecallCore

@Test(arguments: [
    FactCase(text: "The crash killed 38 people near the border.", answer: "38 people", prompt: "killed how many people"),
    FactCase(text: "They signed 20 cooperation documents on Monday.", answer: "20 cooperation documents", prompt: "how many cooperation documents"),
    FactCase(text: "The noise is heard 6,000 miles away.", answer: "6,000 miles", prompt: "how many miles away"),
    FactCase(text: "Australia expelled two Russian diplomats yesterday.", answer: "two Russian diplomats", prompt: "how many Russian diplomats"),
    FactCase(text: "The forum represents hundreds of organizations across the country.", answer: "hundreds of organizations", prompt: "how many organizations"),
    FactCase(text: "The administration appointed only 70 of 188 ambassadors.", answer: "70", prompt: "only how many of 188"),
    FactCase(text: "The expulsion of some 130 agents will hurt.", answer: "130 agents", prompt: "about how many agents"),
])
func countRuleFindsCountsWithTheirNoun(_ row: FactCase) {
    let found = ruleFacts(CountRule(), in: "Title\n" + row.text)
    #expect(found.map(\.answer) == [row.answer])
    #expect(found.first?.prompt.contains(row.prompt) == true)
}


@Test(arguments: [
    "The two diplomats were identified as spies.",
    "It is part of the Five Eyes agreement.",
    "He spoke three weeks ago in Baku.",
    "On the one hand, it aligns with the plan.",
])
func countRuleSkipsReferencesNamesAndDates(_ text: String) {
    #expect(ruleFacts(CountRule(), in: "Title\n" + text).isEmpty)
}


@Test func aCountThatAnnouncesAListAsksTheList() {
    let found = ruleFacts(CountRule(), in: """
        Title
        The new levy is meant to address two problems: design theft and the trade deficit.
        """)
    #expect(found.map(\.answer) == ["design theft and the trade deficit"])
    #expect(found.first?.prompt == "Which two problems is the new levy meant to address?")
}

@Test func aCountThatAnnouncesAListTooLongToTypeIsNotAsked() {
    let text = "Title\nThe levy is meant to address two problems: theft of designs by rivals and a steep and persistent trade deficit."
    #expect(ruleFacts(CountRule(), in: text).isEmpty)
}

@Test func aCountBeforeAColonAndAClauseIsAskedAsACount() {
    // No list after the colon: a clause, so the count itself is asked.
    let found = ruleFacts(CountRule(), in: "Title\nThe plan names three goals: it will cut costs, raise pay and hire staff within a year or so.")
    #expect(found.first?.category == .figure)
}
