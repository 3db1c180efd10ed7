import PropertyBased
import Testing
@testable import RecallCore

/// Answers as authors write them: words, names, numbers, dates, amounts and symbols.
private let answerPieces = [
    "Baku", "Ilham Aliyev", "President", "Azerbaijan", "the", "6,000", "1.75", "38", "2017", "miles",
    "billion", "$", "%", "per cent", "9 April", "September 4", "1918", "Section 907", "é", "İ", "ß",
    "😀", "twenty", "thousand", "half", "-", "/", "(", ")", "’", "Straße", "犬",
]

private var answerText: Generator<String, some Sequence & SendableMetatype> {
    Gen.int(in: 0...answerPieces.count - 1).array(of: 1...4).map { $0.map { answerPieces[$0] }.joined(separator: " ") }
}

@Test func theCheckerAcceptsEveryAcceptForm() async {
    await propertyCheck(
        count: 200, input: Gen<CardContent.Kind>.case, answerText, answerText.array(of: 0...3),
        Gen.int(in: 0...DateOrder.allCases.count).map { $0 == 0 ? nil : DateOrder.allCases[$0 - 1] }
    ) { kind, answer, accepted, order in
        let card = CardContent(
            kind: kind, prompt: "?", answer: answer, accepted: kind == .multipleChoice ? [] : accepted,
            choices: kind == .multipleChoice ? [answer] + accepted.map { "not " + $0 } : [],
            tolerance: kind == .numeric ? 0 : nil)
        let checker = AnswerChecker(dateOrder: order)
        for form in card.allAnswers {
            #expect(checker.check(form, against: card).verdict == .correct, "\(form.debugDescription) for \(card.allAnswers)")
        }
    }
}
