import Testing
@testable import RecallCore

struct AnswerHintsTests {
    @Test func eachHintRevealsMoreOfAMultiWordAnswer() {
        let hints = AnswerHints(answer: "September 2017")
        #expect(hints.hint(1) == "it starts with “S”")
        #expect(hints.hint(2) == "it starts with “September” and has 2 words")
        #expect(hints.hint(3) == "S________ 2___ (13 letters and digits)")
        #expect(hints.hint(4) == nil)
    }

    @Test func aOneWordAnswerShowsHalfItsLettersBeforeItsLength() {
        let hints = AnswerHints(answer: "Canberra")
        #expect(hints.steps == ["it starts with “C”", "it starts with “Canb”", "C_______ (8 letters)"])
    }

    @Test func theAuthorsHintComesFirst() {
        let hints = AnswerHints(answer: "6,000 miles", authorHint: "a distance in miles")
        #expect(hints.steps.first == "a distance in miles")
        #expect(hints.steps.last == "6,___ m____ (9 letters and digits)")
    }

    @Test func aShortAnswerSkipsTheHalfStep() {
        #expect(AnswerHints(answer: "38").steps == ["it starts with “3”", "3_ (2 digits)"])
    }
}
