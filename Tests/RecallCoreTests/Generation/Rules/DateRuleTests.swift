import Testing
@testable import RecallCore

@Test(arguments: [
    RuleCase(text: "Ilham Aliyev spoke. Aliyev told the forum in Baku on April 9 that aid was over.", answer: "April 9", prompt: "On what date did Aliyev tell the forum in Baku"),
    RuleCase(text: "The treaty was signed on 9 April 2023 in Geneva.", answer: "9 April 2023", prompt: "what date"),
    RuleCase(text: "The shift occurred after Sept. 11, 2001.", answer: "Sept. 11, 2001", prompt: "After what date did the shift occur"),
    RuleCase(text: "The photo was taken in September 2017.", answer: "September 2017", prompt: "In which month and year was the photo taken"),
    RuleCase(text: "Azerbaijan had suspended USAID operations in mid-2024.", answer: "mid-2024", prompt: "When had Azerbaijan suspended USAID operations"),
    RuleCase(text: "A draft peace deal was announced in March.", answer: "March", prompt: "In which month was a draft peace deal announced"),
    RuleCase(text: "Trade reached a record in 2024 as trade grew.", answer: "2024", prompt: "In which year did trade reach a record"),
    RuleCase(text: "Ilham Aliyev spoke. Aliyev visited China last week.", answer: "last week", prompt: "When did Aliyev visit China"),
    RuleCase(text: "The minister resigned three weeks ago.", answer: "three weeks ago", prompt: "How long ago did the minister resign"),
    RuleCase(text: "The World Cup will be held in Russia in June-July.", answer: "June-July", prompt: "which months"),
    RuleCase(text: "The economy slowed in Q3 2024 across the region.", answer: "Q3 2024", prompt: "When did the economy slow"),
    RuleCase(text: "Such views were common in the 1990s among analysts.", answer: "1990s", prompt: "which decade"),
])
func dateRuleFindsDatesAndAsksWhen(_ row: RuleCase) {
    let found = facts(DateRule(), in: "Title\n" + row.text)
    #expect(found.map(\.answer) == [row.answer])
    #expect(found.first?.prompt.contains(row.prompt) == true, "\(found.first?.prompt ?? "none")")
}

@Test(arguments: ["May I ask a question?", "Officials may act soon."])
func theModalMayIsNoMonth(_ text: String) {
    #expect(facts(DateRule(), in: "Title\n" + text).isEmpty)
}

@Test func relativeDatesAreAskedAsWrittenNeverResolved() {
    let fact = facts(DateRule(), in: "Title\nThe minister resigned three weeks ago.").first
    #expect(fact?.answer == "three weeks ago")
    #expect(fact?.accepted == ["3 weeks ago"])
}

@Test func aDateAfterOfIsAskedInPlace() {
    let fact = facts(DateRule(), in: "Title\nHe vowed to hire 200 officers by the end of 2026.").first
    #expect(fact?.prompt == "He vowed to hire 200 officers by the end of which year?")
}
