import Testing
@testable import RecallCore

@Test(arguments: [
    FactCase(text: "Ilham Aliyev spoke. Aliyev told the forum in Baku on April 9 that aid was over.", answer: "April 9", prompt: "On what date did Ilham Aliyev tell the forum in Baku"),
    FactCase(text: "The treaty was signed on 9 April 2023 in Geneva.", answer: "9 April 2023", prompt: "what date"),
    FactCase(text: "The shift occurred after Sept. 11, 2001.", answer: "Sept. 11, 2001", prompt: "After what date did the shift occur"),
    FactCase(text: "The photo was taken in September 2017.", answer: "September 2017", prompt: "In which month and year was the photo taken"),
    FactCase(text: "Azerbaijan had suspended USAID operations in mid-2024.", answer: "mid-2024", prompt: "When did Azerbaijan suspend USAID operations"),
    FactCase(text: "A draft peace deal was announced in March.", answer: "March", prompt: "In which month was a draft peace deal announced"),
    FactCase(text: "Trade reached a record in 2024 as trade grew.", answer: "2024", prompt: "In which year did trade reach a record"),
    FactCase(text: "Ilham Aliyev spoke. Aliyev visited China last week.", answer: "last week", prompt: "When did Ilham Aliyev visit China"),
    FactCase(text: "The minister resigned three weeks ago.", answer: "three weeks ago", prompt: "How long ago did the minister resign"),
    FactCase(text: "The World Cup will be held in Russia in June-July.", answer: "June-July", prompt: "which months"),
    FactCase(text: "The economy slowed in Q3 2024 across the region.", answer: "Q3 2024", prompt: "When did the economy slow"),
    FactCase(text: "Such views were common in the 1990s among analysts.", answer: "1990s", prompt: "which decade"),
])
func dateRuleFindsDatesAndAsksWhen(_ row: FactCase) {
    let found = ruleFacts(DateRule(), in: "Title\n" + row.text)
    #expect(found.map(\.answer) == [row.answer])
    #expect(found.first?.prompt.contains(row.prompt) == true, "\(found.first?.prompt ?? "none")")
}

@Test(arguments: ["May I ask a question?", "Officials may act soon."])
func theModalMayIsNoMonth(_ text: String) {
    #expect(ruleFacts(DateRule(), in: "Title\n" + text).isEmpty)
}

@Test func relativeDatesAreAskedAsWrittenNeverResolved() {
    let fact = ruleFacts(DateRule(), in: "Title\nThe minister resigned three weeks ago.").first
    #expect(fact?.answer == "three weeks ago")
    #expect(fact?.accepted == ["3 weeks ago"])
}

@Test func aDateAfterOfIsAskedInPlace() {
    let fact = ruleFacts(DateRule(), in: "Title\nHe vowed to hire 200 officers by the end of 2026.").first
    #expect(fact?.prompt == "He vowed to hire 200 officers by the end of which year?")
}

@Test(arguments: [
    "It was the greatest economic crisis since the death of the dictator in 1975.",
    "Prices reached their highest level since 2008.",
    "Organizations such as the WTO have limited the scope of trade wars since the chaos of the 1930s.",  // a decade a span runs from
])
func thePointASuperlativeIsMeasuredFromIsNotAsked(_ text: String) {
    #expect(ruleFacts(DateRule(), in: "Title\n" + text).isEmpty)
}

@Test(arguments: [
    ("Critics point to the 2003 invasion of Iraq, and to other wars.", "In which year was the invasion of Iraq?"),
    ("Russia cites the 2011 NATO-led military intervention in Libya.", "In which year was the NATO-led military intervention in Libya?"),
])
func anEventDatedBeforeItsNounIsAskedByItself(_ text: String, _ question: String) {
    #expect(ruleFacts(DateRule(), in: "Title\n" + text).map(\.prompt) == [question])
}

@Test func aYearBeforeANounThatNamesNoEventIsAskedInPlace() {
    // "the 2023 total" is no event: asked "which year’s total".
    let found = ruleFacts(DateRule(), in: "Title\nTrade reached nearly double the 2023 total of Russia.")
    #expect(found.first?.prompt.contains("which year’s total") == true, "\(found.map(\.prompt))")
}

@Test func aDatedParticipleOnTheSubjectIsAskedWithItsAgent() {
    let text = "Title\nChina’s 13th five-year plan, approved by the National People’s Congress in early 2016, envisions China as a world leader."
    #expect(ruleFacts(DateRule(), in: text).map(\.prompt) == ["When did the National People’s Congress approve China’s 13th five-year plan?"])
}

@Test func aDateWithItsOwnUntilIsAskedPastTheVerbsOtherPhrases() {
    let text = "Title\nThe EU remains exempt from the tariffs until May 1 but EU leaders are calling for more."
    #expect(ruleFacts(DateRule(), in: text).map(\.prompt) == ["Until what date does the EU remain exempt from the tariffs?"])
    // A date inside a phrase of its own still dates that phrase, not the verb.
    let nested = "Title\nIt was the crisis since the death of Franco in 1975 that mattered."
    #expect(!ruleFacts(DateRule(), in: nested).contains { $0.prompt.hasPrefix("In which year was it the crisis") })
}

@Test func aDateInAClauseOfItsOwnIsAskedOfThatClause() {
    let text = "Title\nThe point was underlined when President Harry S. Truman fired General Douglas MacArthur in 1951 over a dispute."
    #expect(ruleFacts(DateRule(), in: text).map(\.prompt) == ["In which year did President Harry S. Truman fire General Douglas MacArthur over a dispute?"])
    // A day without its year is not: out of the article it cannot be placed.
    let day = "Title\nWhen the European Council met on March 22 and 23, the plan had been to agree."
    #expect(!ruleFacts(DateRule(), in: day).contains { $0.prompt.hasPrefix("On what dates did the European Council meet") })
}

@Test(arguments: [
    ("what there has been since", "Since the autumn of 2017, there has been a dramatic resurgence of nationalist sentiment."),
    ("what there has never been since", "There has never been a majority for independence in any election held since 2012."),
    ("a since closing the subject", "The optimism inherent in the movement since 2012 has been shattered."),
    ("what something has been through since", "The EU has been through repeated crises since 2008 and it seems astonishing."),
])
func theStartOfAStateOfAffairsIsNotAsked(_ id: String, _ text: String) {
    #expect(ruleFacts(DateRule(), in: "Title\n" + text).isEmpty, "\(id)")
}

@Test func aFactDatedBySinceIsAsked() {
    #expect(ruleFacts(DateRule(), in: "Title\nRussia has been a member of the Council of Europe since 1996.").map(\.answer) == ["1996"])
}

@Test func aDocumentsYearIsNotAskedWhenTheSentenceDatesWhatHappenedEvenUnasked() {
    // 2017 is not asked (what there has been since), and the constitution's year only says which.
    let text = "Title\nSince the autumn of 2017, there has been a receding possibility of reforms of the 1978 Spanish constitution to adopt real federalism."
    #expect(ruleFacts(DateRule(), in: text).isEmpty)
}

@Test func anEventThatNamesNoOneWhoDidItPrefersItsSentence() {
    // "the invasion of Iraq": which one, only the sentence says; "the NATO-led intervention" names them.
    let facts = ruleFacts(DateRule(), in: "Title\nCritics point to the 2003 invasion of Iraq, and to the 2011 NATO-led intervention in Libya, as proof.")
    #expect(facts.map(\.prefersCloze) == [true, false])
}

@Test func aConnectiveSetOffAfterALeadingDateIsLeftOut() {
    let facts = ruleFacts(DateRule(), in: "Title\nIn March 2017, for example, the Civil Code was amended to protect trade secrets.")
    #expect(facts.map(\.prompt) == ["In which month and year was the Civil Code amended to protect trade secrets?"])
}

@Test(arguments: [
    "Trump is expected to add more than 1000 to the list.",
    "The factory hired 1500 workers in the spring.",
    "Some 1200 delegates attended the summit.",
])
func fourDigitsThatCountAreNoYear(_ text: String) {
    #expect(!ruleFacts(DateRule(), in: "Title\n" + text).contains { $0.kind == .year }, "\(text)")
}

@Test func fourDigitsAfterInAreAYear() {
    #expect(ruleFacts(DateRule(), in: "Title\nThe city was founded in 1500 by traders.").map(\.answer) == ["1500"])
}

@Test(arguments: [
    ("In all of this, the survival of a regime in power since the overthrow of the shah in 1979 will be paramount.",
     "In which year was the overthrow of the shah?"),
    ("Five months after the proclamation of the independent Catalan Republic in October 2017, no country has recognised it.",
     "In which month and year was the proclamation of the independent Catalan Republic?"),
])
func anActNamedWithWhatItActedOnIsAskedByItself(_ text: String, _ question: String) {
    #expect(ruleFacts(DateRule(), in: "Title\n" + text).map(\.prompt).contains(question), "\(text)")
}

@Test func thePartOfAMonthIsTheAnswer() {
    let facts = ruleFacts(DateRule(), in: "Title\nThe general was killed in a drone strike in early January near the airport.")
    #expect(facts.map(\.answer) == ["early January"])
    #expect(facts.first?.accepted == ["early-January"])
}

@Test func theDateInAnAsideOfASpeculationIsAskedOnlyOnItsOwn() {
    let text = "Title\nAustralia might reconsider its role in the football World Cup, which will be held in Russia in June-July."
    #expect(ruleFacts(DateRule(), in: text).map(\.prompt) == ["In which months will the football World Cup be held in Russia?"])
    // No name for the aside to be asked of: nothing.
    let unnamed = "Title\nAustralia might reconsider its role in the tournament, which will be held in Russia in June-July."
    #expect(ruleFacts(DateRule(), in: unnamed).isEmpty)
}
