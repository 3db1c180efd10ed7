import Testing
@testable import RecallCore

@Test func aListOfCountriesIsAskedWhere() {
    let found = ruleFacts(PlaceListRule(), in: """
        Title
        As a result of the uprisings, governments fell in Tunisia, Egypt, Yemen and eventually Libya, while others held on.
        """)
    #expect(found.map(\.answer) == ["Tunisia, Egypt, Yemen and eventually Libya"])
    #expect(found.first?.accepted == ["Tunisia, Egypt, Yemen and Libya"])
    #expect(found.first?.prompt == "In which countries did governments fall, as a result of the uprisings?")
}

@Test func namesOfSeveralWordsAndTheAreCountries() {
    let found = ruleFacts(PlaceListRule(), in: "Title\nThe firm opened offices in Saudi Arabia, the UK and New Zealand last year.")
    #expect(found.first?.accepted == ["Saudi Arabia, UK and New Zealand"])
}

@Test(arguments: [
    ("two countries are no list", "Title\nThe firm opened offices in France and Germany last year."),
    ("a city in the list", "Title\nThe firm opened offices in France, Germany and Paris last year."),
    ("a list inside a subordinate clause", "Title\nThe vote mattered because elections in France, Germany and Italy were close."),
    ("in at the very end", "Title\nThe talks went on and the envoys stayed in"),
])
func noPlaceQuestionWithoutAListOfCountriesInTheMainClause(_ id: String, _ text: String) {
    #expect(ruleFacts(PlaceListRule(), in: text).isEmpty, "\(id)")
}

@Test func aListInTheSubjectIsAskedInPlace() {
    let text = "Title\nMinisters from Canada, Malaysia, Singapore and Peru signed the deal in Danang."
    let found = ruleFacts(PlaceListRule(), in: text)
    #expect(found.map(\.prompt) == ["Ministers from which countries signed the deal in Danang?"])
    #expect(found.first?.answer == "Canada, Malaysia, Singapore and Peru")
    let cards = QuestionGenerator.generate(from: Article(text: text), fileName: "t").cards
    #expect(cards.contains { $0.content.prompt == "Ministers from which countries signed the deal in Danang?" })
    // Nothing to say on what occasion: not asked.
    #expect(ruleFacts(PlaceListRule(), in: "Title\nMinisters from Canada, Malaysia, Singapore and Peru declined to comment.").isEmpty)
}
