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

@Test func aCountThatAnnouncesAListTooLongToTypeIsNotAskedButItsItemsAre() {
    let text = "Title\nThe levy is meant to address two problems: theft of designs by rivals and a steep and persistent trade deficit."
    let found = ruleFacts(CountRule(), in: text)
    #expect(found.map(\.answer) == ["theft of designs by rivals", "a steep and persistent trade deficit"])
    #expect(found.allSatisfy { $0.category != .figure && $0.prefersCloze })
}

@Test func aCountBeforeAColonAndAClauseIsAskedAsACount() {
    // No list after the colon: a clause, so the count itself is asked.
    let found = ruleFacts(CountRule(), in: "Title\nThe plan names three goals: it will cut costs, raise pay and hire staff within a year or so.")
    #expect(found.first?.category == .figure)
}

@Test func aCountWhoseMembersAreNamedRightAfterIsNotAsked() {
    let text = "Title\nIt was an attack on two Russian nationals, former colonel Sergei Skripal (who was recruited by British intelligence) and his daughter Yulia, in Salisbury."
    #expect(ruleFacts(CountRule(), in: text).isEmpty)
    #expect(ruleFacts(CountRule(), in: "Title\nIt was an attack on two Russian nationals in Salisbury.").map(\.answer) == ["two Russian nationals"])
}

@Test func aMillionIsACount() {
    let found = ruleFacts(CountRule(), in: "Title\nThe movement managed to bring a million people onto the streets every year.")
    #expect(found.map(\.answer) == ["a million people"])
    #expect(found.first?.accepted.contains("1 million people") == true)
    #expect(ruleFacts(CountRule(), in: "Title\nThe fund lost a million dollars last year.").isEmpty)
}

@Test func aListTooLongToTypeIsAskedItemByItemAsGaps() {
    let text = "Title\nNew US tariffs are meant to address two problems: intellectual property theft by China and a steep and persistent trade deficit."
    let result = QuestionGenerator().generate(from: Article(text: text), fileName: "t")
    #expect(result.cards.map(\.content.answer) == ["intellectual property theft by China", "a steep and persistent trade deficit"])
    #expect(result.cards.map(\.content.prompt) == [
        "New US tariffs are meant to address two problems: [...] and a steep and persistent trade deficit.",
        "New US tariffs are meant to address two problems: intellectual property theft by China and [...].",
    ])
    // Three items where two were counted: not a list of the count, so nothing is asked.
    let uneven = "Title\nThe tariffs are meant to address two problems: theft by China, a steep trade deficit and a weak currency."
    #expect(ruleFacts(CountRule(), in: uneven).isEmpty)
}

@Test func aCountWhoseNounGoesOnPastASlashIsAskedAsTheNumber() {
    let found = ruleFacts(CountRule(), in: "Title\nThe expulsion of some 130 Russian diplomats/suspected intelligence operatives will hurt.")
    #expect(found.map(\.answer) == ["130"])
    #expect(found.first?.prompt == "The expulsion of about how many Russian diplomats/suspected intelligence operatives will hurt?")
}

@Test func aCountOfAnArgumentsOwnPointsIsNotAsked() {
    let text = "Title\nWhile the details have yet to be released, it is clear the tariffs will cause at least two immediate problems."
    #expect(ruleFacts(CountRule(), in: text).isEmpty)
    #expect(ruleFacts(CountRule(), in: "Title\nThe tariffs will hit at least two immediate exporters.").map(\.answer) == ["two immediate exporters"])
}
