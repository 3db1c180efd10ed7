import Testing
@testable import RecallCore

@Test func aTitleThatArguesByContrastIsAskedForItsClaim() throws {
    let article = Article(text: "Russia doesn’t just violate international law – it follows and shapes it too\nRussia is often seen as a violator.")
    let contrast = try #require(ContrastTitle(article: article))
    #expect(contrast.answer == "follows and shapes")
    #expect(contrast.cloze == "Russia doesn’t just violate international law – it [...] it too.")
}

@Test(arguments: [
    "Russia violates international law and shapes it too",
    "Critics don’t just complain – they follow the law too",
    "Russia doesn’t just violate international law",
])
func aTitleWithoutAContrastOfItsSubjectIsNotAsked(_ title: String) {
    #expect(ContrastTitle(article: Article(text: title + "\nThe argument is made at length.")) == nil)
}
