import Testing
@testable import RecallCore

@Test(arguments: [
    FactCase(text: "Bilateral trade reached $1.75 billion in 2024.", answer: "$1.75 billion", prompt: "reached how much in 2024"),
    FactCase(text: "Investors put US$3 billion into the fund.", answer: "US$3 billion", prompt: "put how much into the fund"),
    FactCase(text: "Trade was A$687 million in 2016.", answer: "A$687 million", prompt: "was how much in 2016"),
    FactCase(text: "The club paid £20m for the striker.", answer: "£20m", prompt: "paid how much for the striker"),
    FactCase(text: "The bank lent 300 million euros to the city.", answer: "300 million euros", prompt: "lent how much to the city"),
])
func moneyRuleFindsAmountsWithCurrencyAndScale(_ row: FactCase) {
    let found = ruleFacts(MoneyRule(), in: "Title\n" + row.text)
    #expect(found.map(\.answer) == [row.answer])
    #expect(found.first?.prompt.contains(row.prompt) == true)
}


@Test func moneyAnswersAcceptShortForms() {
    let fact = ruleFacts(MoneyRule(), in: "Title\nTrade reached $1.75 billion.").first
    #expect(fact?.accepted.contains("1.75 billion") == true)
    #expect(fact?.accepted.contains("$1.75bn") == true)
}

