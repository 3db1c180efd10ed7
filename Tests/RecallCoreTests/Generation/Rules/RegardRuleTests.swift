import Testing
@testable import RecallCore

@Test(arguments: [
    FactCase(text: "China’s five-year plan, approved in early 2016, envisions China as a world leader in science and intelligent machines:",
             answer: "a world leader in science and intelligent machines",
             prompt: "What does China’s five-year plan, approved in early 2016, envision China as?"),
    FactCase(text: "The report described the policy as a strategic attempt to commercialise foreign ideas.",
             answer: "a strategic attempt to commercialise foreign ideas", prompt: "What did the report describe the policy as?"),
])
func regardRuleAsksWhatSomethingIsSeenAs(_ row: FactCase) {
    expectSoleFact(RegardRule(), row)
}

@Test(arguments: [
    // A pronoun subject says nothing without the article.
    "It envisions China as a world leader in science.",
    // "as" after a clause, not after an object: no regard.
    "The plan sees growth as prices fall and wages rise.",
    // Nothing but a verb between "as" and the stop: a clause, not a description.
    "The minister described the deal as it was signed.",
])
func regardRuleSkipsWhatIsNoRegard(_ text: String) {
    #expect(ruleFacts(RegardRule(), in: "Title\n" + text).isEmpty)
}

@Test func aComplementThatIsAQuotationIsTheQuoteRules() {
    let text = "Title\nGermany's economy minister described the agreement as a \"breakthrough\" that \"can avoid trade war.\""
    #expect(ruleFacts(RegardRule(), in: text).isEmpty)
    #expect(ruleFacts(RegardRule(), in: "Title\nThe minister described the agreement as a breakthrough for both sides.").map(\.answer)
        == ["a breakthrough for both sides"])
}
