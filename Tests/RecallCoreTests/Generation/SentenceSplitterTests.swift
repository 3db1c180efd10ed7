import Testing
@testable import RecallCore

struct SentenceSplitCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var sentences: [String]
    var testDescription: String { name }

    static let all: [SentenceSplitCase] = [
        SentenceSplitCase(name: "two plain sentences", text: "Prices rose. Wages fell.", sentences: ["Prices rose.", "Wages fell."]),
        SentenceSplitCase(name: "title abbreviation", text: "Mr. Smith left. He came back.", sentences: ["Mr. Smith left.", "He came back."]),
        SentenceSplitCase(name: "month abbreviation", text: "It began on Jan. 5 in Paris. Then it ended.", sentences: ["It began on Jan. 5 in Paris.", "Then it ended."]),
        SentenceSplitCase(name: "number abbreviation", text: "He ranked No. 3 in the world. She won.", sentences: ["He ranked No. 3 in the world.", "She won."]),
        SentenceSplitCase(name: "dotted acronym mid-sentence", text: "The U.S. Army left. The U.K. stayed.", sentences: ["The U.S. Army left.", "The U.K. stayed."]),
        SentenceSplitCase(name: "acronym at the end before an opener", text: "Aid came from the U.S. The rest stayed home.", sentences: ["Aid came from the U.S.", "The rest stayed home."]),
        SentenceSplitCase(name: "decimal number", text: "Trade reached $1.75 billion. It doubled.", sentences: ["Trade reached $1.75 billion.", "It doubled."]),
        SentenceSplitCase(name: "middle initial", text: "President Harry S. Truman fired him. Nobody objected.", sentences: ["President Harry S. Truman fired him.", "Nobody objected."]),
        SentenceSplitCase(name: "curly quote with two sentences", text: "He said, “We are ready. We will act.” Then he left.", sentences: ["He said, “We are ready. We will act.”", "Then he left."]),
        SentenceSplitCase(name: "straight quote with two sentences", text: "She said, \"It works. It ships.\" They cheered.", sentences: ["She said, \"It works. It ships.\"", "They cheered."]),
        SentenceSplitCase(name: "ellipsis inside a quote", text: "“It is corrupt… We will act,” he said. Done.", sentences: ["“It is corrupt… We will act,” he said.", "Done."]),
        SentenceSplitCase(name: "question and exclamation", text: "Why now? Because! Fine.", sentences: ["Why now?", "Because!", "Fine."]),
        SentenceSplitCase(name: "lower case after a full stop", text: "See fig. three below. Then stop.", sentences: ["See fig. three below.", "Then stop."]),
    ]
}

@Test(arguments: SentenceSplitCase.all)
func splitterFindsSentenceBoundaries(_ row: SentenceSplitCase) {
    #expect(Article(text: row.text).sentences.map(\.text) == row.sentences)
}

@Test func hardLineBreaksInsideASentenceAreJoinedBySpaces() {
    let text = "Headline here\nMusk branded USAID a “criminal\norganization”. Then\nthe rest of the line followed.\nNext paragraph."
    let article = Article(text: text)
    #expect(article.sentences.map(\.text) == [
        "Headline here", "Musk branded USAID a “criminal organization”.", "Then the rest of the line followed.",
        "Next paragraph.",
    ])
    #expect(article.paragraphs.count == 3)
}

@Test func aLineEndingInAFunctionWordContinuesOnTheNextLine() {
    let article = Article(text: "Title\nYerevan asked for the release of\nArmenian detainees held in Baku.")
    #expect(article.sentences.map(\.text) == ["Title", "Yerevan asked for the release of Armenian detainees held in Baku."])
}

@Test func aTitleIsNotRunOnIntoAnOpeningQuotation() {
    let article = Article(text: "Egypt's Sisi dashed his country's hopes – and what support he has is eroding\n“Will you be voting for Sisi?” I asked a waiter.")
    #expect(article.title == "Egypt's Sisi dashed his country's hopes – and what support he has is eroding")
    #expect(article.sentences.first?.text == article.title)
}

@Test func shortHeadingsStayTheirOwnParagraph() {
    let article = Article(text: "First line of text.\nTwo key assumptions\nAt the time, things differed.")
    #expect(article.paragraphs.map(\.text) == ["First line of text.", "Two key assumptions", "At the time, things differed."])
}

@Test func sentencesKeepTheirLineAndColumn() {
    let article = Article(text: "Title\nOne. Two is “here”.\n  Three\nwraps.")
    let places = article.sentences.map { "\($0.line):\($0.column)" }
    #expect(places == ["1:1", "2:1", "2:6", "3:3"])
}

@Test func markdownBlocksAreParagraphsAndHeadingsGiveTheTitle() {
    let text = "# The Title\n\nFirst paragraph wraps\nonto a second line.\n\n> A quoted block\n> of two lines.\n\nLast one."
    let article = Article(text: text)
    #expect(article.title == "The Title")
    #expect(article.paragraphs.map(\.text) == [
        "The Title", "First paragraph wraps onto a second line.", "A quoted block of two lines.", "Last one.",
    ])
    #expect(article.paragraphs[2].isBlockQuote)
}

@Test func markdownLinksAndEmphasisReadAsTheirText() {
    let article = Article(text: "# T\n\nThe [State Department](https://example.org/x) called it **historic** today.\n\nEnd.")
    #expect(article.sentences[1].text == "The State Department called it historic today.")
}

@Test func aTitleLineStaysApartInABlankLineSeparatedTextWithCRLF() {
    let article = Article(text: "Council approves plan\r\nThe council voted on Tuesday.\r\nIt was close.\r\n\r\nMore followed.\r\n")
    #expect(article.paragraphs.map(\.text) == ["Council approves plan", "The council voted on Tuesday. It was close.", "More followed."])
    #expect(article.title == "Council approves plan")
}
