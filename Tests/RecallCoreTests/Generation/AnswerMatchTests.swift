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

@Test func anAcronymAnswerLeaksThroughTheSameCapitals() {
    #expect(AnswerMatch.leaks(prompt: "Who has backed Spain, while arguably the EU had little choice?", answer: "the EU"))
    #expect(AnswerMatch.leaks(prompt: "Which body did the UN send?", answer: "UN"))
    // The same letters in a word are no leak, nor lower-case ones.
    #expect(!AnswerMatch.leaks(prompt: "Who backed the euro's reform?", answer: "the EU"))
    #expect(!AnswerMatch.leaks(prompt: "Who did they tell about us?", answer: "US"))
}
