import Testing
@testable import RecallCore

@Test(arguments: [
    FactCase(text: "Yerevan implored Trump to press for the release of detainees, an appeal made in March.",
             answer: "press for the release of detainees", prompt: "What did Yerevan implore Trump to do", entity: "Yerevan"),
    FactCase(text: "Donald Trump spoke. Trump set a deadline for Tehran, even threatening to bomb Iran if no new deal is reached.",
             answer: "bomb Iran", prompt: "What did Donald Trump threaten to do if no new deal is reached", entity: "Donald Trump"),
    FactCase(text: "Russia agreed, but neighboring Armenia was anxious that human rights would be de-prioritized.",
             answer: "human rights would be de-prioritized", prompt: "What was Armenia anxious about", entity: "Armenia"),
    FactCase(text: "The officials in Baku quickly signalled readiness to work with the new team.",
             answer: "readiness to work with the new team", prompt: "What did the officials in Baku quickly signal", entity: "the officials in Baku"),
    FactCase(text: "George W. Bush spoke. He argued that the Afghan Taliban must be punished for supporting al-Qaida.",
             answer: "the Afghan Taliban must be punished for supporting al-Qaida", prompt: "What did George W. Bush argue about the Afghan Taliban", entity: "George W. Bush"),
    FactCase(text: "By keeping the pressure on Russia, the West is trying to alter Russia’s strategic behaviour.",
             answer: "alter Russia’s strategic behaviour", prompt: "What is the West trying to do", entity: "the West"),
])
func stanceRuleFindsWhatIsHeldAndWhoHoldsIt(_ row: FactCase) {
    let found = ruleFacts(StanceRule(), in: "Title\n" + row.text)
    #expect(found.map(\.answer) == [row.answer])
    if let entity = row.entity { #expect(found.first?.entity == entity) }
    #expect(found.first?.prompt.contains(row.prompt) == true, "\(found.first?.prompt ?? "none")")
}

@Test func everyDemandAfterMustIsItsOwnFact() {
    let text = "Title\nBaku is suggesting that Yerevan must formally recognize the region as part of Azerbaijan and accept the removal of monitors."
    let found = ruleFacts(StanceRule(), in: text)
    #expect(found.map(\.answer) == ["the region as part of Azerbaijan", "the removal of monitors"])
    #expect(found.map(\.prompt) == [
        "What is Baku suggesting that Yerevan must formally recognize?", "What is Baku suggesting that Yerevan must accept?",
    ])
}

@Test func aWelcomeIsAskedForTheHolderToo() {
    let fact = ruleFacts(StanceRule(), in: "Title\nWhile Russia and Turkey welcomed the shift, Armenia was anxious that rights would suffer.").first
    #expect(fact?.answer == "the shift")
    #expect(fact?.entityPrompt == "Who welcomed the shift?")
}

@Test func aPassiveStanceAsksForTheAgent() {
    let fact = ruleFacts(StanceRule(), in: "Title\nThe plan was applauded by the Azerbaijani Government.").first
    #expect(fact?.entity == "the Azerbaijani Government")
    #expect(fact?.entityPrompt == "Who applauded the plan?")
}

@Test func aPassiveStanceOnWhatTheSentenceBeforeSaidShowsThatSentence() {
    let text = "Title\nDonald Trump is back. In his first days in office, Trump began scrutinizing US foreign aid programs. This was applauded by the Azerbaijani Government."
    let fact = ruleFacts(StanceRule(), in: text).first
    #expect(fact?.entityPrompt == "Who applauded this?")
    #expect(fact?.leadIn == "In Donald Trump’s first days in office, Trump began scrutinizing US foreign aid programs.")
    let cards = QuestionGenerator.generate(from: Article(text: text), fileName: "t").cards
    #expect(cards.map(\.content.prompt).contains("In Donald Trump’s first days in office, Trump began scrutinizing US foreign aid programs. Who applauded this?"))
    // The sentence before in another paragraph, or itself unclear, is not shown: no question.
    #expect(ruleFacts(StanceRule(), in: "Title\nTrump began scrutinizing aid programs.\n\nThis was applauded by the Government.").isEmpty)
    #expect(ruleFacts(StanceRule(), in: "Title\nThey began scrutinizing aid programs. This was applauded by the Government.").isEmpty)
}

@Test func gerundsUsedAsNounsAreNoStances() {
    #expect(ruleFacts(StanceRule(), in: "Title\nIt might translate into backing of regional projects.").isEmpty)
}

@Test func anInterestIsAskedInPlaceWithTheReferencesAsResolved() {
    // "it" after a named subject is that subject ("It has increased …" → "The Trump
    // administration has increased …"); the question says what the references say.
    let named = "Title\nThe Trump administration weighed its options. It aligns with Baku’s interest in curbing Iranian influence."
    let fact = ruleFacts(StanceRule(), in: named).first
    #expect(fact?.answer == "curbing Iranian influence")
    #expect(fact?.prompt == "The Trump administration aligns with Baku’s interest in what?")
    // After a subject that is no name ("Trump’s focus on Iran"), "it" stays as written and
    // unresolved, and the generator asks nothing built on it.
    let unnamed = "Title\nTrump’s focus on Iran cuts both ways for Azerbaijan. On the one hand, it aligns with Baku’s interest in curbing Iranian influence."
    let article = Article(text: unnamed)
    #expect(article.references[2].unresolvedPhrases(in: article.sentences[2]) == ["it"])
    #expect(!QuestionGenerator.generate(from: article, fileName: "a.txt").cards.contains { $0.content.answer == "curbing Iranian influence" })
}

@Test func keepingOnesDistanceIsAskedWithWhatFrom() {
    let found = ruleFacts(StanceRule(), in: "Title\nSome major powers, including China and India, have kept their distance from the expulsions.")
    #expect(found.map(\.entityPrompt) == ["Which major powers have kept their distance from the expulsions?"])
    #expect(found.first?.entity == "China and India")
    // From what, the sentence does not say: no card.
    #expect(ruleFacts(StanceRule(), in: "Title\nSome major powers, including China and India, have kept their distance.").isEmpty)
}

@Test func aStanceInAParticipleAfterItsMainClauseIsAskedInItsSentence() {
    // "if no new deal is reached": which deal, only the main clause says; the cloze keeps it.
    let text = "Title\nDonald Trump spoke. Trump set a deadline for Tehran to curb its nuclear program, even threatening to bomb Iran if no new deal is reached."
    let fact = ruleFacts(StanceRule(), in: text).first { $0.answer == "bomb Iran" }
    #expect(fact?.prefersCloze == true)
    let cards = QuestionGenerator.generate(from: Article(text: text), fileName: "t").cards
    #expect(cards.contains { $0.content.prompt.hasSuffix("even threatening to [...] if no new deal is reached.") && $0.content.answer == "bomb Iran" })
    #expect(!cards.contains { $0.content.prompt.hasPrefix("What did Donald Trump threaten") })
}
