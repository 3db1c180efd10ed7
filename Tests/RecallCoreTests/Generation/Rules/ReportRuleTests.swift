import Testing
@testable import RecallCore

@Test func aClaimCreditedAfterItIsAskedForWhoSaidIt() {
    let text = "Agreement in meeting on trade deal\nMinisters from the Pacific countries reached agreement in talks on the trade deal on Thursday, Mexican Economy Minister Ildefonso Guajardo said, although ministers from several other countries declined to comment."
    let found = ruleFacts(ReportRule(), in: text)
    #expect(found.map(\.answer) == ["Ildefonso Guajardo"])
    #expect(found.first?.prompt == "Who said that ministers from the Pacific countries reached agreement in talks on the trade deal?")
    let cards = QuestionGenerator.generate(from: Article(text: text), fileName: "t").cards
    #expect(cards.contains { $0.content.answer == "Ildefonso Guajardo" && $0.content.prompt.hasPrefix("Who said that ministers") })
    // A name the article capitalises everywhere stays so.
    #expect(ruleFacts(ReportRule(), in: "Title\nAustralia will join the talks next year, Prime Minister Malcolm Turnbull said.").first?.prompt
        == "Who said that Australia will join the talks?", "a time counted from the day of writing goes")
}

@Test func aCreditThatDoesNotCloseTheClaimAsksNothing() {
    // Quoted words are the quote rule's; a credit followed by more of the sentence, or a clause
    // too short to say anything, is no report.
    #expect(ruleFacts(ReportRule(), in: "Title\n“The talks went well and a deal is close,” Ildefonso Guajardo said.").isEmpty)
    #expect(ruleFacts(ReportRule(), in: "Title\nThe ministers met in Danang, Ildefonso Guajardo said in a statement to reporters.").isEmpty)
    #expect(ruleFacts(ReportRule(), in: "Title\nIt went well, Ildefonso Guajardo said.").isEmpty)
}

@Test func aClaimCreditedBeforeItIsAskedForWhoSaidIt() {
    let text = "Agreement in meeting on trade deal\nAustralian trade minister Steven Ciobo said the meeting was “very good” but did not confirm that agreement had been reached."
    let found = ruleFacts(ReportRule(), in: text)
    #expect(found.map(\.answer) == ["Steven Ciobo"])
    #expect(found.first?.prompt == "Who said that the meeting on the trade deal was “very good”?")
    #expect(ruleFacts(ReportRule(), in: "Title\nSteven Ciobo said that Australia will join the talks soon.").first?.prompt
        == "Who said that Australia will join the talks soon?")
    // A quotation of its own is the quote rule's; a stance verb is the stance rule's.
    #expect(ruleFacts(ReportRule(), in: "Title\nSteven Ciobo said “the meeting went well and we will sign it soon”.").isEmpty)
    #expect(ruleFacts(ReportRule(), in: "Title\nSteven Ciobo argued that Australia will join the talks soon.").isEmpty)
    // Someone who is not the subject did not say it.
    #expect(ruleFacts(ReportRule(), in: "Title\nThe minister met Steven Ciobo and said that Australia will join the talks soon.").isEmpty)
}

@Test func aSpeakerSetOffByAnAppositionIsStillTheSpeaker() {
    let text = "Title\nFiona Fox, director of the Science Media Centre, which has provided expert comment, said she was disappointed “but not surprised” by the results, which she linked to cuts."
    #expect(ruleFacts(ReportRule(), in: text).first?.prompt == "Who said that she was disappointed “but not surprised” by the results?")
    // A surname alone: the actor rule asks it with the full name, once.
    let short = "Title\nJean-Claude Juncker met Trump. Juncker said the U.S. will build additional terminals for gas imports."
    #expect(ruleFacts(ReportRule(), in: short).isEmpty)
    let cards = QuestionGenerator.generate(from: Article(text: short), fileName: "t").cards
    #expect(cards.filter { $0.content.prompt.hasPrefix("Who said") }.map(\.content.answer) == ["Jean-Claude Juncker"])
}

@Test func theDayOfSayingGoesWithTheCredit() {
    #expect(ruleFacts(ReportRule(), in: "Title\nAustralia will join the talks on the new trade deal, Prime Minister Malcolm Turnbull said on Thursday.").first?.prompt
        == "Who said that Australia will join the talks on the new trade deal?")
    #expect(ruleFacts(ReportRule(), in: "Title\nAustralia will join the talks on the new trade deal, Prime Minister Malcolm Turnbull announced Wednesday.").first?.answer
        == "Malcolm Turnbull")
}
