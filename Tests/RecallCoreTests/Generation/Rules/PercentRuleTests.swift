import Testing
@testable import RecallCore

@Test(arguments: [
    FactCase(text: "A proposed budget drop of 29 percent was announced.", answer: "29 percent", prompt: "drop of what percentage"),
    FactCase(text: "Support fell to 12% last year.", answer: "12%", prompt: "fell to what percentage"),
    FactCase(text: "Turnout rose by 3.5 per cent overall.", answer: "3.5 per cent", prompt: "rose by what percentage"),
    FactCase(text: "Rates rose two percentage points in May.", answer: "two percentage points", prompt: "how many percentage points"),
])
func percentRuleFindsPercentages(_ row: FactCase) {
    let found = ruleFacts(PercentRule(), in: "Title\n" + row.text)
    #expect(found.map(\.answer) == [row.answer])
    #expect(found.first?.prompt.contains(row.prompt) == true)
}


@Test(arguments: [
    FactCase(text: "Across all six countries an astonishing 85% or more think their governments are not serious about corruption.",
             answer: "85% or more", prompt: "What share of people across all six countries think their governments are not serious about corruption?"),
    FactCase(text: "The discontent is worst in Lebanon, where fewer than 5% of people approve of the budget.",
             answer: "fewer than 5%", prompt: "What share of people in Lebanon approve of the budget?"),
    FactCase(text: "In the survey, 40% of farmers said the harvest had failed.",
             answer: "40%", prompt: "What share of farmers in the survey said the harvest had failed?"),
    FactCase(text: "Catalonia is big, while the Catalan economy is almost 20% of Spain’s overall GDP.",
             answer: "almost 20%", prompt: "What share of Spain’s overall GDP is the Catalan economy?"),
    FactCase(text: "The U.S. accounted for 18.4 percent of Chinese exports in 2016, down from a peak.",
             answer: "18.4 percent", prompt: "What share of Chinese exports did the U.S. account for in 2016?"),
    FactCase(text: "Catalonia comprises a much higher proportion of the overall Spanish population (16%), while Madrid is smaller.",
             answer: "16%", prompt: "What share of the overall Spanish population does Catalonia comprise?"),
    FactCase(text: "The women made up 40% of the workforce in the region.",
             answer: "40%", prompt: "What share of the workforce did the women make up in the region?"),
])
func aShareIsAskedForWhatItIsAShareOf(_ row: FactCase) {
    // As the subject ("85% or more think …", with its bound in the answer) or completing its
    // clause ("… is almost 20% of Spain’s overall GDP").
    let found = ruleFacts(PercentRule(), in: "Title\n" + row.text)
    #expect(found.first?.answer == row.answer)
    #expect(found.first?.prompt == row.prompt)
}

@Test func aBareShareBeforeAVerbThatIsNoOpinionIsAskedInPlace() {
    // "40% fell": of what, the sentence does not say; it is not made "people".
    let found = ruleFacts(PercentRule(), in: "Title\nIn the first quarter 40% fell away quickly.")
    #expect(found.first?.prompt.hasPrefix("What share of people") == false)
}

@Test func theSameShareForAnotherPlaceIsAskedAsTheSentenceBeforeAskedIt() {
    let text = "Title\nPeople don’t believe their governments are listening. Fewer than one third of Egyptians think so. In Lebanon it is a mere 7%."
    let found = ruleFacts(PercentRule(), in: text)
    #expect(found.map(\.answer) == ["7%"])
    #expect(found.first?.prompt == "What share of people in Lebanon think their governments are listening?")
    // Nothing before it says what the share is of: no question of it.
    #expect(ruleFacts(PercentRule(), in: "Title\nThe vote was close. In Lebanon it is a mere 7%.").allSatisfy { !$0.prompt.hasPrefix("What share of people in Lebanon") })
}

@Test func aBareShareAfterOnePlacedInTheSentenceBeforeIsOfTheSamePeople() {
    let text = "Title\nPolls were held in Morocco, Egypt and Jordan. Across all three countries an astonishing 85% or more think their governments are corrupt. Meanwhile, 75% or more are not satisfied with their governments’ efforts to create jobs."
    let found = ruleFacts(PercentRule(), in: text)
    #expect(found.map(\.prompt).contains("What share of people across Morocco, Egypt and Jordan are not satisfied with their governments’ efforts to create jobs?"))
    let cards = QuestionGenerator.generate(from: Article(text: text), fileName: "t").cards
    #expect(cards.contains { $0.content.answer == "75% or more" })
    // In another paragraph the place is not carried: no share of people asked.
    let apart = "Title\nPolls were held in Morocco, Egypt and Jordan. Across all three countries 85% or more think their governments are corrupt.\n\nMeanwhile, 75% or more are not satisfied with their governments’ efforts."
    #expect(!QuestionGenerator.generate(from: Article(text: apart), fileName: "t").cards.contains { $0.content.answer == "75% or more" })
}

@Test func aFigureTooLargeForAnIntegerIsAskedAsWritten() {
    // Found by the fuzzer: "up 1222…2%" (41 digits) stopped the generator converting it to Int.
    let digits = "1" + String(repeating: "2", count: 40)
    let found = ruleFacts(PercentRule(), in: "Title\nTrade reached $1.75 billion, up \(digits)%.")
    #expect(found.map(\.answer) == [digits + "%"])
    #expect(found.first?.accepted.contains(digits + " percent") == true)
    // A list announced by such a count is no list of that many items.
    #expect(ruleFacts(CountRule(), in: "Title\nThe levy is meant to address \(digits) problems: theft of designs by rivals and a steep and persistent trade deficit.").isEmpty)
}
