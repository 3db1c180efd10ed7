import Testing
@testable import RecallCore

@Test(arguments: [
    FactCase(text: "Ambassadors work in one-third of the world’s capitals.", answer: "one-third", prompt: "in what share of the world’s capitals"),
    FactCase(text: "About half of EU member countries have not joined.", answer: "About half", prompt: "What share of EU member countries"),
    FactCase(text: "Trade reached $1.75 billion, nearly double the 2023 total.", answer: "nearly double", prompt: "what multiple of the 2023 total"),
    FactCase(text: "Russia is the world’s number-two military power.", answer: "number-two", prompt: "the world’s military power of what rank"),
    FactCase(text: "His insights shaped half a century of U.S. foreign policy.", answer: "half a century", prompt: "how many years of U.S. foreign policy"),
])
func proportionRuleFindsSharesMultiplesAndRanks(_ row: FactCase) {
    let found = ruleFacts(ProportionRule(), in: "Title\n" + row.text)
    #expect(found.map(\.answer) == [row.answer])
    #expect(found.first?.prompt.contains(row.prompt) == true)
}

@Test func aFractionInTwoWordsIsOneShare() {
    let found = ruleFacts(ProportionRule(), in: "Title\nFewer than one third of Egyptians think their government listens.")
    #expect(found.map(\.answer) == ["Fewer than one third"])
    #expect(found.first?.prompt == "What share of Egyptians think their government listens?")
    #expect(found.first?.accepted.contains("1/3") == true)
}

@Test func aFifthIsAShareAndOneFifthToo() {
    let found = ruleFacts(ProportionRule(), in: "Title\nA fifth of respondents said universities had been unimportant in the fight against Covid.")
    #expect(found.map(\.answer) == ["A fifth"])
    #expect(found.first?.prompt == "What share of respondents said universities had been unimportant in the fight against Covid?")
    #expect(Set(found.first?.accepted ?? []) == ["1/5", "one-fifth", "one fifth"])
}
