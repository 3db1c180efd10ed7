import Testing
@testable import RecallCore

@Test func aBoundedFigureAcceptsItsOtherFormsOnlyWithItsBound() {
    #expect(AnswerMatch.trueAlternatives(of: "fewer than 5%", ["5%", "5 percent", "five percent"])
        == ["fewer than 5 percent", "fewer than five percent"])
    #expect(AnswerMatch.trueAlternatives(of: "85% or more", ["85%", "85 percent"]) == ["85 percent or more"])
    // An approximation is no bound: "about $50 billion" is the figure the article gives
    // (the bounds are Lexicon's, as the distractors read them).
    #expect(AnswerMatch.trueAlternatives(of: "about $50 billion", ["$50 billion", "50 billion dollars"])
        == ["$50 billion", "50 billion dollars"])
    #expect(AnswerMatch.trueAlternatives(of: "two Russian diplomats", ["two", "2"]) == ["two", "2"])
}
