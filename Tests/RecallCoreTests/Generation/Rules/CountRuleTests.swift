import Testing
@testable import RecallCore

@Test(arguments: [
    RuleCase(text: "The crash killed 38 people near the border.", answer: "38 people", prompt: "killed how many people"),
    RuleCase(text: "They signed 20 cooperation documents on Monday.", answer: "20 cooperation documents", prompt: "how many cooperation documents"),
    RuleCase(text: "The noise is heard 6,000 miles away.", answer: "6,000 miles", prompt: "how many miles away"),
    RuleCase(text: "Australia expelled two Russian diplomats yesterday.", answer: "two Russian diplomats", prompt: "how many Russian diplomats"),
    RuleCase(text: "The forum represents hundreds of organizations across the country.", answer: "hundreds of organizations", prompt: "how many organizations"),
    RuleCase(text: "The administration appointed only 70 of 188 ambassadors.", answer: "70", prompt: "only how many of 188"),
    RuleCase(text: "The expulsion of some 130 agents will hurt.", answer: "130 agents", prompt: "about how many agents"),
])
func countRuleFindsCountsWithTheirNoun(_ row: RuleCase) {
    let found = facts(CountRule(), in: "Title\n" + row.text)
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
    #expect(facts(CountRule(), in: "Title\n" + text).isEmpty)
}

