import Testing
@testable import RecallCore

/// A sentence, the answer a rule should find in it, and a phrase its question should hold.
struct RuleCase: CustomTestStringConvertible, Sendable {
    var text: String
    var answer: String
    var prompt: String
    var entity: String? = nil
    var testDescription: String { answer }
}

@Test(arguments: [
    RuleCase(text: "Bilateral trade reached $1.75 billion in 2024.", answer: "$1.75 billion", prompt: "reached how much in 2024"),
    RuleCase(text: "Investors put US$3 billion into the fund.", answer: "US$3 billion", prompt: "put how much into the fund"),
    RuleCase(text: "Trade was A$687 million in 2016.", answer: "A$687 million", prompt: "was how much in 2016"),
    RuleCase(text: "The club paid £20m for the striker.", answer: "£20m", prompt: "paid how much for the striker"),
    RuleCase(text: "The bank lent 300 million euros to the city.", answer: "300 million euros", prompt: "lent how much to the city"),
])
func moneyRuleFindsAmountsWithCurrencyAndScale(_ row: RuleCase) {
    let found = facts(MoneyRule(), in: "Title\n" + row.text)
    #expect(found.map(\.answer) == [row.answer])
    #expect(found.first?.prompt.contains(row.prompt) == true)
}

@Test func moneyAnswersAcceptShortForms() {
    let fact = facts(MoneyRule(), in: "Title\nTrade reached $1.75 billion.").first
    #expect(fact?.accepted.contains("1.75 billion") == true)
    #expect(fact?.accepted.contains("$1.75bn") == true)
}

@Test(arguments: [
    RuleCase(text: "A proposed budget drop of 29 percent was announced.", answer: "29 percent", prompt: "drop of what percentage"),
    RuleCase(text: "Support fell to 12% last year.", answer: "12%", prompt: "fell to what percentage"),
    RuleCase(text: "Turnout rose by 3.5 per cent overall.", answer: "3.5 per cent", prompt: "rose by what percentage"),
    RuleCase(text: "Rates rose two percentage points in May.", answer: "two percentage points", prompt: "how many percentage points"),
])
func percentRuleFindsPercentages(_ row: RuleCase) {
    let found = facts(PercentRule(), in: "Title\n" + row.text)
    #expect(found.map(\.answer) == [row.answer])
    #expect(found.first?.prompt.contains(row.prompt) == true)
}

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

@Test(arguments: [
    RuleCase(text: "Trump set a 60-day ultimatum for Tehran.", answer: "60-day", prompt: "an ultimatum of how many days"),
    RuleCase(text: "Aliyev visited China for a three-day state summit with Xi Jinping.", answer: "three-day", prompt: "a state summit of how many days"),
])
func measureRuleAsksForTheLength(_ row: RuleCase) {
    let found = facts(MeasureRule(), in: "Title\n" + row.text)
    #expect(found.map(\.answer) == [row.answer])
    #expect(found.first?.prompt.contains(row.prompt) == true)
    #expect(found.first?.accepted.contains(where: { $0.hasSuffix("days") }) == true)
}

@Test(arguments: [
    RuleCase(text: "Ambassadors work in one-third of the world’s capitals.", answer: "one-third", prompt: "in what share of the world’s capitals"),
    RuleCase(text: "About half of EU member countries have not joined.", answer: "About half", prompt: "What share of EU member countries"),
    RuleCase(text: "Trade reached $1.75 billion, nearly double the 2023 total.", answer: "nearly double", prompt: "what multiple of the 2023 total"),
    RuleCase(text: "Russia is the world’s number-two military power.", answer: "number-two", prompt: "the world’s military power of what rank"),
    RuleCase(text: "His insights shaped half a century of U.S. foreign policy.", answer: "half a century", prompt: "how many years of U.S. foreign policy"),
])
func proportionRuleFindsSharesMultiplesAndRanks(_ row: RuleCase) {
    let found = facts(ProportionRule(), in: "Title\n" + row.text)
    #expect(found.map(\.answer) == [row.answer])
    #expect(found.first?.prompt.contains(row.prompt) == true)
}
