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
