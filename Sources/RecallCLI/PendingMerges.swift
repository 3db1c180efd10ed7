// TEMPORARY, removed when the answers and generate branches merge: minimal stand-ins so the
// CLI builds meanwhile. Exact-match checking only; articles give no cards yet.
import RecallCore

struct AnswerCheck {
    enum Verdict { case correct, nearMiss, incorrect, empty }
    var verdict: Verdict
    var note: String?
    var isRight: Bool { verdict == .correct || verdict == .nearMiss }
}

struct AnswerChecker {
    func check(_ typed: String, against content: CardContent) -> AnswerCheck {
        let text = typed.trimmingCharacters(in: .whitespaces).lowercased()
        if text.isEmpty { return AnswerCheck(verdict: .empty) }
        let right = content.allAnswers.contains { $0.lowercased() == text }
        return AnswerCheck(verdict: right ? .correct : .incorrect)
    }
}

struct Article {
    var title: String?
    init(text: String, fileName: String) {}
}

struct QuestionGenerator {
    struct Result { var cards: [DeckCard] = [] }
    func generate(from article: Article, fileName: String) -> Result { Result() }
}
import Foundation
