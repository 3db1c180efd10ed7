import Testing
@testable import RecallCore

struct CardMatcherTests {
    func basic(_ prompt: String, _ answer: String) -> CardContent {
        CardContent(kind: .basic, prompt: prompt, answer: answer)
    }

    @Test func aFixedTypoInThePromptFindsTheOldCard() {
        let old = [basic("What is the capital of Frnace?", "Paris"), basic("Who wrote Hamlet?", "Shakespeare")]
        #expect(CardMatcher.closestEdit(of: basic("What is the capital of France?", "Paris"), among: old) == 0)
    }

    @Test func aRewordedPromptWithTheSameAnswerFindsTheOldCard() {
        let old = [basic("How far is Baku from the White House?", "6,000 miles")]
        let new = basic("How far from the White House is Baku?", "6,000 miles")
        #expect(CardMatcher.closestEdit(of: new, among: old) == 0)
    }

    @Test func aDifferentQuestionOrKindIsNotAnEdit() {
        let old = [basic("Capital of France?", "Paris"),
                   CardContent(kind: .cloze, prompt: "Who wrote Hamlet?", answer: "Shakespeare")]
        #expect(CardMatcher.closestEdit(of: basic("Who wrote Hamlet?", "Shakespeare"), among: old) == nil)
        #expect(CardMatcher.closestEdit(of: basic("Capital of Peru?", "Lima"), among: old) == nil)
    }

    @Test func theClosestOfSeveralCandidatesWins() {
        let old = [basic("What is the capital city of France today?", "Paris"), basic("What is the capital of France", "Paris")]
        #expect(CardMatcher.closestEdit(of: basic("What is the capital of France?", "Paris"), among: old) == 1)
    }
}
