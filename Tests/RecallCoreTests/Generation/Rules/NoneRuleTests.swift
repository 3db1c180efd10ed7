import Testing
@testable import RecallCore

@Test func aCountOfNoneIsAskedHowMany() {
    let text = "Title\nThe republic was proclaimed. But five months after the proclamation, not one country in the world has recognised its independence."
    let facts = ruleFacts(NoneRule(), in: text)
    #expect(facts.map(\.prompt) == ["How many countries in the world have recognised its independence, five months after the proclamation?"])
    #expect(facts.first?.answer == "not one country")
    #expect(facts.first?.accepted.contains("none") == true)
}

@Test(arguments: [
    "Title\nNot one of the ministers spoke.",  // no "has"/"have" and participle
    "Title\nHe said not one country would agree.",  // not the subject of its clause
])
func noCountOfNone(_ text: String) {
    #expect(ruleFacts(NoneRule(), in: text).isEmpty)
}

@Test(arguments: [("country", "countries"), ("tax", "taxes"), ("state", "states"), ("day", "days"), ("church", "churches"), ("foot", "feet"), ("km", "km")])
func pluralsOfCountNouns(_ noun: String, _ plural: String) {
    #expect(Lexicon.plural(noun) == plural)
}
