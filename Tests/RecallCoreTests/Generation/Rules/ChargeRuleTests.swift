import Testing
@testable import RecallCore

@Test func aChargeInAWhereClauseIsAskedOfThePeopleCharged() {
    let text = "Title\nCarles Puigdemont was arrested in Germany. German authorities have 60 days to respond to Madrid’s request "
        + "to extradite him back to Spain, where he and his colleagues are charged with rebellion and misuse of public funds."
    let facts = ruleFacts(ChargeRule(), in: text)
    #expect(facts.map(\.prompt) == ["What are Carles Puigdemont and his colleagues charged with?"])
    #expect(facts.map(\.answer) == ["rebellion and misuse of public funds"])
}

@Test func aChargeInTheMainClauseIsAsked() {
    let facts = ruleFacts(ChargeRule(), in: "Title\nThe former minister was accused of bribery in a Paris court.")
    #expect(facts.map(\.answer) == ["bribery in a Paris court"])
    #expect(facts.map(\.prompt) == ["What was the former minister accused of?"])
}

@Test(arguments: [
    "Title\nJohn Smith was arrested after being accused of spying.",  // no finite "be": a charge supposed
    "Title\nJohn Smith is charged with many things, including fraud, theft, perjury, bribery and contempt of the court in two states.",
])
func noChargeQuestion(_ text: String) {
    #expect(ruleFacts(ChargeRule(), in: text).isEmpty)
}
