import Testing
@testable import RecallCore

@Test func aTermDefinedAfterItIsAskedByItsDefinition() {
    expectSoleFact(DefinitionRule(), FactCase(
        text: "Bolton is a key figure of neoconservatism, a political tendency that believes that the US should pursue primacy – especially by force.",
        answer: "neoconservatism", prompt: "Which political tendency believes that the US should pursue primacy?"))
}

@Test(arguments: [
    // A person described: the position rule's.
    "The award went to Jane Smith, a teacher who founded the school.",
    // No relative clause: a description, not a definition.
    "Bolton is a key figure of neoconservatism, a political tendency of the 1970s.",
    // The term is no object of a preposition.
    "Neoconservatism, a political tendency that believes in primacy, grew in the 1970s.",
])
func definitionRuleSkipsWhatIsNoDefinition(_ text: String) {
    #expect(ruleFacts(DefinitionRule(), in: "Title\n" + text).isEmpty)
}
