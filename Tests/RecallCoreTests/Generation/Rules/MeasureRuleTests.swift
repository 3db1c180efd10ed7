import Testing
@testable import RecallCore

@Test(arguments: [
    FactCase(text: "Trump set a 60-day ultimatum for Tehran.", answer: "60-day", prompt: "an ultimatum of how many days"),
    FactCase(text: "Aliyev visited China for a three-day state summit with Xi Jinping.", answer: "three-day", prompt: "a state summit of how many days"),
])
func measureRuleAsksForTheLength(_ row: FactCase) {
    let found = ruleFacts(MeasureRule(), in: "Title\n" + row.text)
    #expect(found.map(\.answer) == [row.answer])
    #expect(found.first?.prompt.contains(row.prompt) == true)
    #expect(found.first?.accepted.contains(where: { $0.hasSuffix("days") }) == true)
}

