import Testing
@testable import RecallCore

struct AcceptedNamesTests {
    static let article = Article(text: """
        Melania Trump opened the gala on Monday.

        Donald Trump spoke to reporters in Washington the next day.

        Trump set a 60-day ultimatum for Tehran to curb its nuclear program.

        Nelson and Trump met later that week.

        Senator Bill Nelson praised the launch.
        """)

    func sentence(_ start: String) -> Sentence {
        Self.article.sentences.first { $0.text.hasPrefix(start) }!
    }

    @Test func aSurnameStandsForThePersonLastNamedSoBeforeItsSentence() {
        let names = Self.article.names
        #expect(AcceptedNames.fullerNames(of: "Trump", inSentence: sentence("Trump set").index, names: names) == ["Donald Trump"])
        #expect(AcceptedNames.fullerNames(of: "Trump", inSentence: sentence("Melania").index, names: names) == ["Melania Trump"])
        // Named in full only after: the first full name that follows.
        #expect(AcceptedNames.fullerNames(of: "Nelson", inSentence: sentence("Nelson and").index, names: names) == ["Bill Nelson"])
        #expect(AcceptedNames.fullerNames(of: "Washington", inSentence: 1, names: names) == [], "no person's name ends so")
        #expect(AcceptedNames.fullerNames(of: "Donald Trump", inSentence: 2, names: names) == [], "already the full name")
        #expect(AcceptedNames.fullerNames(of: "the launch", inSentence: 4, names: names) == [])
    }

    @Test func aGeneratedNameAnswerAcceptsTheArticlesFullerNameWithOrWithoutTitle() {
        let sentence = sentence("Trump set")
        let card = DeckCard(key: "k", content: CardContent(
            kind: .basic, prompt: "Who set a 60-day ultimatum for Tehran?", answer: "Trump",
            source: SourceQuote(sentence: sentence.text, line: sentence.line, column: sentence.column)))
        let accepting = AcceptedNames.withFullerNames(card, article: Self.article)
        #expect(accepting.content.accepted == ["Donald Trump"])
        #expect(accepting.content.prompt == card.content.prompt && accepting.content.answer == "Trump" && accepting.key == "k")
        let checker = AnswerChecker()
        for typed in ["Donald Trump", "President Trump", "President Donald Trump", "Trump"] {
            #expect(checker.check(typed, against: accepting.content).verdict == .correct, "\(typed)")
        }
        #expect(checker.check("Donald Trump", against: card.content).verdict == .incorrect, "the sentence alone does not give it")
        #expect(checker.check("Melania Trump", against: accepting.content).verdict == .incorrect)
    }

    @Test func aPairOfPeopleIsAcceptedByTheirSurnames() {
        let article = Article(text: "Title\nAngela Merkel met Emmanuel Macron in Paris. Angela Merkel and Emmanuel Macron signed a treaty.")
        let forms = QuestionGenerator.entityForms("Angela Merkel and Emmanuel Macron", article: article)
        #expect(forms.contains("Merkel and Macron"))
        #expect(forms.contains("Angela Merkel and Macron"))
        // A pair that is not two people keeps its own words only.
        #expect(QuestionGenerator.entityForms("Russia and Turkey", article: article).isEmpty)
    }

    @Test func theBundledArticlesTrumpQuestionsAcceptDonaldTrump() throws {
        let result = QuestionGenerator().generate(from: Article(text: try articleFixture("baku-tightrope.txt")), fileName: "baku")
        let card = try #require(result.cards.first { $0.content.prompt == "Who threatened to bomb Iran if no new deal is reached?" })
        #expect(card.content.answer == "Trump")
        #expect(!(card.content.source?.sentence.contains("Donald") ?? true), "the card's own sentence names him Trump only")
        #expect(AnswerChecker().check("Donald Trump", against: card.content).verdict == .correct)
        #expect(AnswerChecker().check("President Trump", against: card.content).verdict == .correct)
    }
}
