import Testing
@testable import RecallCore

@Test func aPredicatePutFirstIsAskedForItsSubject() {
    let row = FactCase(
        text: "Particularly vulnerable to Chinese retaliation are the pork and soybean industries, which are concentrated in the Midwest.",
        answer: "the pork and soybean industries", prompt: "Which industries are particularly vulnerable to Chinese retaliation?")
    expectSoleFact(InversionRule(), row)
    #expect(ruleFacts(InversionRule(), in: "Title\n" + row.text).first?.accepted == ["pork and soybean"])
}

@Test(arguments: [
    // The usual order: the subject first.
    "The pork and soybean industries are particularly vulnerable to Chinese retaliation.",
    // No determiner before the subject: "are" starts a clause of its own.
    "Vulnerable to retaliation are many who export, says the report.",
    // An adjective that is no predicate put first.
    "Large parts of the country are without power tonight.",
])
func inversionRuleSkipsTheUsualOrder(_ text: String) {
    #expect(ruleFacts(InversionRule(), in: "Title\n" + text).isEmpty)
}
