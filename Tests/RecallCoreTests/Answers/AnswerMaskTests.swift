import Testing
@testable import RecallCore

struct AnswerMaskTests {
    @Test(arguments: [
        ("the answer as written", ["Baku"], "Trump is heard in Baku.", "Trump is heard in _____."),
        ("any case, every time", ["baku"], "Baku and BAKU", "_____ and _____"),
        ("an accepted form", ["1.75 billion dollars", "$1.75 billion"], "reaching $1.75 billion in 2024",
         "reaching _____ in 2024"),
        ("the number of a quantity written otherwise", ["$1.75bn"], "reaching 1.75 billion dollars in 2024",
         "reaching _____ billion dollars in 2024"),
        ("whole words only", ["Iran"], "Iranian and Iran", "Iranian and _____"),
    ] as [(String, [String], String, String)])
    func masks(_ name: String, answers: [String], sentence: String, masked: String) {
        #expect(AnswerMask.masking(answers, in: sentence) == masked, "\(name)")
    }

    @Test func anAnswerNotInTheSentenceGivesNothingToShow() {
        #expect(AnswerMask.masking(["wife"], in: "Ilham Aliyev and Mehriban Aliyeva") == nil)
    }
}
