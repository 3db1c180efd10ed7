import Testing
@testable import RecallCore

@Test func namedExamplesOfAKindAreAskedAsTheirSentencesGap() {
    let text = "Title\nIn the 1990s, western firms like Apple and Intel made large profits by investing in China to take advantage of the cheap labour."
    let found = ruleFacts(ExampleRule(), in: text)
    #expect(found.map(\.answer) == ["Apple and Intel"])
    #expect(found.first?.accepted.contains("Intel and Apple") == true)
    #expect(found.first?.prefersCloze == true)
    let cards = QuestionGenerator.generate(from: Article(text: text), fileName: "t").cards
    #expect(cards.map(\.content.prompt).contains(
        "In the 1990s, western firms like [...] made large profits by investing in China to take advantage of the cheap labour."))
    #expect(ruleFacts(ExampleRule(), in: "Title\nIt is spurred by start-ups like Yitu Technology and DeepGlint.").map(\.answer) == ["Yitu Technology and DeepGlint"])
    #expect(ruleFacts(ExampleRule(), in: "Title\nSanctions hit states such as North Korea, Iran and Syria.").map(\.answer) == ["North Korea, Iran and Syria"])
}

@Test func aLikeThatIsNoListOfNamedExamplesAsksNothing() {
    // A verb "like" after a pronoun, a list that runs into another name.
    #expect(ruleFacts(ExampleRule(), in: "Title\nThey like Apple and Intel.").isEmpty)
    #expect(ruleFacts(ExampleRule(), in: "Title\nIt looks like Trump and Xi will meet again.").isEmpty)
    #expect(ruleFacts(ExampleRule(), in: "Title\nThe summit of Trump looks like Reagan and Gorbachev in 1986.").isEmpty)
    #expect(ruleFacts(ExampleRule(), in: "Title\nUS firms like Apple and Intel moved to China.").map(\.answer) == ["Apple and Intel"])
    #expect(ruleFacts(ExampleRule(), in: "Title\nThe US, like France and Germany Britain said no.").isEmpty)
}

@Test func oneNamedExampleIsAskedToo() {
    let rimmer = ruleFacts(ExampleRule(), in: "Title\nAcademics such as Matthew Rimmer have highlighted disadvantages for consumers.")
    #expect(rimmer.map(\.answer) == ["Matthew Rimmer"])
    let delta = ruleFacts(ExampleRule(), in: "Title\nBeijing is strengthening IP enforcement in key regions such as China’s Pearl River Delta.")
    #expect(delta.map(\.answer) == ["China’s Pearl River Delta"])
    #expect(delta.first?.accepted == ["Pearl River Delta"])
}
