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

