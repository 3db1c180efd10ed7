import Testing
@testable import RecallCore

@Test(arguments: [
    FactCase(text: "Through this process, the Soviet Union developed its own approach to international law, which emphasised the primacy of the state over the individual – and which still matters.",
             answer: "the primacy of the state over the individual",
             prompt: "What did the Soviet Union’s own approach to international law emphasise?"),
    FactCase(text: "The committee published the new rules, which required banks to hold more capital.",
             answer: "banks to hold more capital", prompt: "What did the new rules require?"),
])
func whichRuleAsksWhatTheThingDoes(_ row: FactCase) {
    expectSoleFact(WhichRule(), row)
}

@Test(arguments: [
    // What "which" follows is the whole clause, not a thing: no determiner after the verb.
    "The Soviet Union was founded in 1922, which surprised many observers in the West.",
    // A verb of being is no act.
    "The committee published the new rules, which were welcomed by most banks.",
    // An object too long to type.
    "The committee published the new rules, which required banks to hold more capital and to report every loan they make to the central bank.",
])
func whichRuleSkipsWhatIsNoActOfAThing(_ text: String) {
    #expect(ruleFacts(WhichRule(), in: "Title\n" + text).isEmpty)
}
