import Testing
@testable import RecallCore

@Test(arguments: [
    FactCase(text: "Foreign Minister Julie Bishop spoke.", answer: "Foreign Minister", prompt: "Julie Bishop", entity: "Julie Bishop"),
    FactCase(text: "Azerbaijan leader Ilham Aliyev arrived.", answer: "Azerbaijan leader", prompt: "Ilham Aliyev", entity: "Ilham Aliyev"),
    FactCase(text: "They targeted former Russian colonel Sergei Skripal in March.", answer: "Russian colonel", prompt: "Sergei Skripal", entity: "Sergei Skripal"),
    FactCase(text: "Later, Secretary of State Rex Tillerson was fired.", answer: "Secretary of State", prompt: "Rex Tillerson", entity: "Rex Tillerson"),
    FactCase(text: "U.S. Special Operations Commander Gen. Raymond Thomas spoke.", answer: "U.S. Special Operations Commander", prompt: "Raymond Thomas", entity: "Raymond Thomas"),
])
func positionRuleFindsTitlesBeforeNames(_ row: FactCase) {
    let found = ruleFacts(PositionRule(), in: "Title\n" + row.text)
    #expect(found.map(\.answer) == [row.answer])
    #expect(found.first?.entity == row.entity)
    #expect(found.first?.prompt.contains(row.prompt) == true)
}

@Test func laterTitlesOfTheSamePersonAreAccepted() {
    let found = ruleFacts(PositionRule(), in: "Title\nAzerbaijan leader Ilham Aliyev arrived. President Ilham Aliyev spoke.")
    #expect(found.map(\.answer) == ["Azerbaijan leader"])
    #expect(found.first?.accepted.contains("President") == true)
}

@Test(arguments: [
    FactCase(text: "The appeal came from Catholicos Aram I, a leader of the Armenian church.", answer: "a leader of the Armenian church", prompt: "Who was Aram I", entity: "Aram I"),
    // A post of one person is asked as a post: "Who was …?" has other true answers.
    FactCase(text: "It was George F. Kennan, deputy chief of mission in Moscow, who wrote it.", answer: "deputy chief of mission in Moscow", prompt: "What post did George F. Kennan hold?", entity: "George F. Kennan"),
    FactCase(text: "Diplomats such as George C. Marshall, who served as the U.S. secretary of state for two years, helped.", answer: "U.S. secretary of state", prompt: "What post did George C. Marshall hold?", entity: "George C. Marshall"),
])
func positionRuleFindsAppositives(_ row: FactCase) {
    // The appositive's fact, not a title before the name ("Catholicos Aram I").
    let found = ruleFacts(PositionRule(), in: "Title\n" + row.text).filter { $0.kind == .title && $0.answer.split(separator: " ").count > 1 }
    #expect(found.map(\.answer) == [row.answer])
    #expect(found.first?.entity == row.entity)
    // Told in the past, asked in the past.
    #expect(found.first?.prompt.hasPrefix(row.prompt) == true)
}

@Test func relationshipsAreAskedBothWays() {
    let found = ruleFacts(PositionRule(), in: "Title\nPresident Ilham Aliyev and his wife Mehriban Aliyeva arrived.").filter { $0.kind == .relation }
    #expect(found.map(\.answer) == ["wife"])
    #expect(found.first?.prompt == "What is Mehriban Aliyeva’s relationship to Ilham Aliyev, according to the article?")
    #expect(found.first?.entityPrompt == "Who is Ilham Aliyev’s wife, according to the article?")
}

@Test func honorificsAreNoPositions() {
    #expect(ruleFacts(PositionRule(), in: "Title\nMr. John Smith arrived on time.").isEmpty)
}

@Test(arguments: [
    ("Foreign Minister Julie Bishop said it was over.", "What post did Julie Bishop hold?"),
    ("Foreign Minister Julie Bishop says it is over.", "What post did Julie Bishop hold?"),
    ("They targeted former Russian colonel Sergei Skripal in March.", "What was Sergei Skripal’s former rank?"),
])
func aTitleIsAskedAsThePostOrRankItNames(_ text: String, _ question: String) {
    let found = ruleFacts(PositionRule(), in: "Title\n" + text).filter { $0.kind == .title }
    #expect(found.map(\.prompt) == [question])
}

@Test(arguments: [
    "They targeted former double agent Sergei Skripal in March.",
    "He worked with “special Government employee” Elon Musk on it.",
])
func aDescriptionThatNamesNoPostIsNotAskedAsATitle(_ text: String) {
    let found = ruleFacts(PositionRule(), in: "Title\n" + text).filter { $0.kind == .title }
    #expect(found.isEmpty)
}

@Test func aFormerTitleIsAnsweredWithoutFormerAndByTheRankAlone() {
    let found = ruleFacts(PositionRule(), in: "Title\nThey targeted former Russian colonel Sergei Skripal in March.")
    #expect(found.first?.answer == "Russian colonel")
    #expect(found.first?.accepted.contains("colonel") == true)
}

@Test func aTitleBeforeOneWordTheArticleNeverNamesInFullIsNoPerson() {
    let found = ruleFacts(PositionRule(), in: "Title\nChina’s General Provisions of the Civil Law were amended in March.").filter { $0.kind == .title }
    #expect(found.isEmpty)
}

@Test func aRankOfTwoWordsIsOneTitle() {
    let article = Article(text: "Title\nThe commander, Major General Qassim Suleimani, was killed in January.")
    let run = article.names.runs(inSentence: 1).first { $0.isPerson }
    #expect(run?.nameText == "Qassim Suleimani")
    #expect(run?.titles.count == 1)
}

@Test(arguments: [
    ("Title\nUS Ambassador Jane Smith arrived in Baku.", "US Ambassador", ["Ambassador"]),
    ("Title\nTreasury Secretary Scott Bessent signed the pact.", "Treasury Secretary", []),
    ("Title\nVice President Mike Pence spoke first.", "Vice President", []),
])
func theOfficeAloneIsAcceptedOnlyWhereTheFirstWordSaysWhoseCountry(_ text: String, _ title: String, _ accepted: [String]) {
    let fact = ruleFacts(PositionRule(), in: text).first { $0.answer == title }
    #expect(fact?.accepted.filter { !$0.contains(" ") } == accepted, "\(text)")
}

@Test func aThenPostIsAskedForTheOneYearTheSentenceNames() {
    let text = "Title\nAs General James Mattis, then-commander of U.S. Central Command put it in 2013, “I have to buy more ammunition.”"
    let found = ruleFacts(PositionRule(), in: text).filter { $0.answer.hasSuffix("Central Command") }
    #expect(found.map(\.answer) == ["commander of U.S. Central Command"])
    #expect(found.first?.prompt == "What post did James Mattis hold in 2013?")
    #expect(found.first?.accepted == ["then-commander of U.S. Central Command"])
    // No year: "then" says nothing of when.
    let undated = "Title\nAs General James Mattis, then-commander of U.S. Central Command put it, “I have to buy more ammunition.”"
    #expect(ruleFacts(PositionRule(), in: undated).allSatisfy { $0.answer != "commander of U.S. Central Command" })
}

@Test func anIndefiniteRoleIsNotAskedTheOtherWay() {
    // "a leader of the Armenian church": one of several, so "Who is …?" has many answers.
    let indefinite = ruleFacts(PositionRule(), in: "Title\nThe appeal came from Catholicos Aram I, a leader of the Armenian church.")
    #expect(indefinite.first { $0.answer == "a leader of the Armenian church" }?.entityPrompt == nil)
    let definite = ruleFacts(PositionRule(), in: "Title\nIt was George F. Kennan, deputy chief of mission in Moscow, who wrote it.")
    // A post told in the past has had other holders since.
    #expect(definite.first { $0.answer == "deputy chief of mission in Moscow" }?.entityPrompt == nil)
    let present = ruleFacts(PositionRule(), in: "Title\nFiona Fox, director of the Science Media Centre, says she is disappointed.")
    #expect(present.first { $0.answer == "director of the Science Media Centre" }?.entityPrompt == "Who is the director of the Science Media Centre?")
}
