import Testing
@testable import RecallCore

@Test(arguments: [
    FactCase(text: "Elon Musk spoke. Musk branded USAID a “criminal organization”.", answer: "criminal organization", prompt: "What did Elon Musk brand USAID", entity: "Elon Musk"),
    FactCase(text: "“We will act soon,” said Jane Smith.", answer: "We will act soon", prompt: "", entity: "Jane Smith"),
    FactCase(text: "Jane Smith told reporters on Monday, “We are not leaving and we will fight for every street.”",
             answer: "We are not leaving and we will fight for every street", prompt: "What did Jane Smith tell reporters?", entity: "Jane Smith"),
    FactCase(text: "The two leaders announced “the establishment of a strategic partnership”.",
             answer: "the establishment of a strategic partnership", prompt: "What did the two leaders announce", entity: "the two leaders"),
    FactCase(text: "Gen. Raymond Thomas said cuts to diplomacy “would make our job harder.”",
             answer: "make our job harder", prompt: "say cuts to diplomacy would do", entity: "Raymond Thomas"),
])
func quoteRuleFindsTheQuoteAndItsSpeaker(_ row: FactCase) {
    let found = ruleFacts(QuoteRule(), in: "Title\n" + row.text)
    #expect(found.map(\.answer) == [row.answer])
    #expect(found.first?.entity == row.entity)
    if !row.prompt.isEmpty {
        #expect(found.first?.prompt.contains(row.prompt) == true, "\(found.first?.prompt ?? "none")")
    }
}

@Test func aPronounSpeakerIsTracedBackToTheLastPersonNamed() {
    let found = ruleFacts(QuoteRule(), in: "Title\nPrime Minister Jane Smith arrived late. She said, “The talks have failed.”")
    #expect(found.first?.entity == "Jane Smith")
}

@Test func aQuoteInTheNextSentenceKeepsItsSpeaker() {
    let text = "Title\nJohn Brown said, “We tried everything we could.” “Nothing worked in the end.”"
    let found = ruleFacts(QuoteRule(), in: text)
    #expect(found.map(\.answer) == ["We tried everything we could", "Nothing worked in the end"])
    #expect(found.map(\.entity) == ["John Brown", "John Brown"])
}

@Test func theOtherDirectionAsksWhoSaidIt() {
    let fact = ruleFacts(QuoteRule(), in: "Title\nElon Musk spoke. Musk branded USAID a “criminal organization”.").first
    #expect(fact?.entityPrompt == "Who branded USAID a “criminal organization”?")
}

@Test(arguments: [
    "Baku curbed Russian “soft power” activities.",
    "He spoke at the “Facing A New World Order” forum.",
    "It was a so-called “long telegram” from Moscow.",
    "The contentious “Zangezur corridor” is omitted.",
])
func labelsTitlesAndScareQuotesWithoutSpeakerAreNoQuotes(_ text: String) {
    #expect(ruleFacts(QuoteRule(), in: "Title\n" + text).isEmpty)
}

@Test func theLatterIsTheLastPersonNamedBefore() {
    let text = "Title\nPresident Harry S. Truman fired General Douglas MacArthur over the latter’s insistence on seeking “decisive victory” in Korea."
    let fact = ruleFacts(QuoteRule(), in: text).first
    #expect(fact?.answer == "decisive victory")
    #expect(fact?.entity == "Douglas MacArthur")
}

@Test func aBlockQuoteAfterAColonIsTheSpeakersQuote() {
    let text = "# T\n\nThe mayor, Tom Reyes, spoke on Wednesday. He told reporters:\n\n> We have balanced the books for the third year running.\n\nEnd."
    let found = ruleFacts(QuoteRule(), in: text)
    #expect(found.map(\.answer) == ["We have balanced the books for the third year running"])
    #expect(found.first?.entity == "Tom Reyes")
    #expect(found.first?.entityPrompt == "Who is quoted as saying “We have balanced the books for the third year running”?")
}

@Test(arguments: [
    ("in the words of", "Title\nThey backed the war; in the words of Donald Rumsfeld, to pursue terrorists and “drain the swamp they live in”.", "Donald Rumsfeld"),
    ("according to", "Title\nThe plan failed early. According to Jane Smith, “nobody had read the report at all”.", "Jane Smith"),
])
func aPersonNamedByAnAttributionSpeaks(_ id: String, _ text: String, _ speaker: String) {
    #expect(ruleFacts(QuoteRule(), in: text).map(\.entity) == [speaker], "\(id)")
}

@Test func aQuoteAfterAPrepositionInTheMiddleIsAskedOnlyForItsSpeaker() {
    // "What did Jane Smith say the cuts were linked to in the press offices?" strands the "to".
    let found = ruleFacts(QuoteRule(), in: "Title\nJane Smith said the cuts were linked to a “squeeze on research” in the press offices.")
    #expect(found.allSatisfy { $0.prompt.isEmpty })
    #expect(found.map(\.entity) == ["Jane Smith"])
}

@Test func aDescriptionCutFromItsNameIsNoSpeakerToAskWith() {
    let text = "Title\nFiona Fox, director of the Science Media Centre, which has provided comment on Covid, said she was disappointed by a “squeeze on research communications”."
    #expect(!ruleFacts(QuoteRule(), in: text).contains { $0.prompt.hasPrefix("What did director") })
}

@Test func wentOnToSayIsAskedAsSaid() {
    let text = "Title\nGen. Raymond Thomas spoke in May. Thomas went on to say diplomacy is “indescribably critical” to the mission."
    let found = ruleFacts(QuoteRule(), in: text)
    #expect(found.map(\.answer) == ["indescribably critical"])
    #expect(found.first?.entityPrompt == "Who said diplomacy is “indescribably critical” to the mission?")
}

@Test func aQuoteThatSaysWhatANameIsIsAskedAsWhatTheSpeakerCalledIt() {
    let text = "Title\nPresident Ilham Aliyev told the forum on April 9, “USAID, of course, is the number-one monster – a corrupt structure.”"
    let called = ruleFacts(QuoteRule(), in: text).first { $0.prompt == "What did Ilham Aliyev call USAID?" }
    #expect(called?.answer == "the number-one monster")
    #expect(called?.accepted == ["number-one monster"])
    // A quote that opens with something else than a name and "is": nothing of the kind.
    let other = "Title\nPresident Ilham Aliyev told the forum, “We will submit the portfolio to the administration.”"
    #expect(!ruleFacts(QuoteRule(), in: other).contains { $0.prompt.contains(" call ") })
}

@Test func aQuotationThatCarriesOnTheSentenceIsNoQuoteOfItsOwn() {
    let text = "Title\nJean-Claude Juncker said he came to Washington seeking to broker an agreement to end the tariffs, “and we made a deal today”."
    #expect(ruleFacts(QuoteRule(), in: text).allSatisfy { $0.answer != "and we made a deal today" })
    // Nor is it asked as part of another question.
    let cards = QuestionGenerator.generate(from: Article(text: text), fileName: "t").cards
    #expect(!cards.isEmpty)
    #expect(cards.allSatisfy { !$0.content.prompt.contains("and we made a deal") || $0.content.prompt.contains("[...]") })
}

@Test func aQuotationOpeningWithAModalAnswersWhatItWillDo() {
    let text = "Title\nThe U.S. and the EU reached a pact on trade. Donald Trump said the pact “will also make trade fairer and more reciprocal”."
    let found = ruleFacts(QuoteRule(), in: text).first { $0.prompt.hasPrefix("What did") }
    #expect(found?.prompt == "What did Donald Trump say the pact on trade between the U.S. and the EU will do?")
    #expect(found?.answer == "make trade fairer and more reciprocal")
    #expect(found?.accepted.contains("will also make trade fairer and more reciprocal") == true)
}

@Test func twoQuotationsJoinedByACommaAndAndAreOneQuote() {
    let text = "Title\nGovernor Andrew Bailey said, “inflation is still too high”, and “recent data has shown that further action is needed”."
    let found = ruleFacts(QuoteRule(), in: text)
    #expect(!found.contains { $0.answer == "inflation is still too high" })
    #expect(found.contains { $0.answer.hasPrefix("“inflation is still too high”") && $0.answer.hasSuffix("further action is needed”") })
}
