import Testing
@testable import RecallCore

@Test func whereTheMainVerbWasDoneIsAskedWithWhere() {
    let signed = ruleFacts(PlaceRule(), in: "Title\nUkraine and the United States signed a long-anticipated agreement in Washington on Wednesday.")
    #expect(signed.map(\.answer) == ["Washington"])
    #expect(signed.first?.prompt == "Where did Ukraine and the United States sign a long-anticipated agreement?", "a weekday without its date goes")
    let arrested = ruleFacts(PlaceRule(), in: "Title\nIn 2016, Pastor Andrew Brunson was arrested in the Turkish city of Izmir after being accused of spying.")
    #expect(arrested.map(\.answer) == ["the Turkish city of Izmir"])
    #expect(arrested.first?.accepted.contains("Izmir") == true)
}

@Test func aPlaceThatBelongsToANounIsNotAsked() {
    // "in Syria" says where the war is; "in Moscow’s" whose embassy; an unknown name with no
    // place noun may be anything.
    #expect(ruleFacts(PlaceRule(), in: "Title\nRussia plays a critical role in the war in Syria.").isEmpty)
    #expect(ruleFacts(PlaceRule(), in: "Title\nThe diplomats worked in Moscow’s embassy.").isEmpty)
    #expect(ruleFacts(PlaceRule(), in: "Title\nThe ministers met in Kellerman on Friday.").isEmpty)
    // "in" that brings in what a word is about: "faith in America", "invested in China".
    #expect(ruleFacts(PlaceRule(), in: "Title\nVoters lost faith in America after the vote.").isEmpty)
    #expect(ruleFacts(PlaceRule(), in: "Title\nWestern firms invested in China for decades.").isEmpty)
    #expect(ruleFacts(PlaceRule(), in: "Title\nThe president was interested in Iran above all.").isEmpty)
}

@Test func aQuestionKeepsTheSourceItsSentenceCredits() {
    let text = "Title\nLess than half of the general public believe that universities have been important in the Covid-19 pandemic, according to a major global survey."
    let cards = QuestionGenerator.generate(from: Article(text: text), fileName: "t").cards
    #expect(cards.contains { $0.content.prompt.hasSuffix("in the Covid-19 pandemic, according to a major global survey?") })
}
