import Testing
@testable import RecallCore

@Test(arguments: [
    ("Australia should steer clear of the sanction fight between the US and China",
     "Which country should steer clear of the sanction fight between the US and China, according to the author?", "Australia"),
    ("Britain must rethink its plan for the northern border – and soon",
     "Which country must rethink its plan for the northern border, according to the author?", "Britain"),
])
func anArguedTitleIsAskedOfItsSubject(_ title: String, _ question: String, _ subject: String) throws {
    let article = Article(text: title + "\nThe argument is made at length. Officials disagree with it.")
    let thesis = try #require(TitleThesis(article: article))
    #expect(thesis.question == question)
    #expect(thesis.subject == subject)
}

@Test(arguments: [
    "Arrest of Carles Puigdemont closes another chapter in Catalonia's pursuit of independence",
    "Article 50 one year on: a more dangerous world shifts focus of Brexit debate",
    "Russia's tightrope",
    "Why China is a leader in intellectual property (and what the US has to do with it)",
    "Russia doesn't just violate international law – it follows and shapes it too",
])
func aTitleThatRecommendsNothingIsNoThesis(_ title: String) {
    #expect(TitleThesis(article: Article(text: title + "\nThe argument is made at length.")) == nil)
}

@Test func aTitleNamingCausesIsAskedForThem() {
    let article = Article(text: "Sanctions, a failing economy and coronavirus may cause Iran to change its involvement in Syria\nIran’s economy is sliding deeper into recession.")
    let thesis = TitleThesis(article: article)
    #expect(thesis?.question == "What may cause Iran to change its involvement in Syria, according to the author?")
    #expect(thesis?.subject == "Sanctions, a failing economy and coronavirus")
    // A title that says what someone did, with no modal of causing, is no such claim.
    #expect(TitleThesis(article: Article(text: "Sanctions caused Iran to change course\nIran changed course.")) == nil)
    #expect(TitleThesis(article: Article(text: "Trump may push China to the brink\nTrade talks stalled.")) == nil)
    #expect(TitleThesis(article: Article(text: "Donald Trump may force China to retaliate\nTrade talks stalled.")) == nil)
}
