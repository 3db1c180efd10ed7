// TEMPORARY, removed when the answers branch merges: a minimal stand-in so the CLI builds
// meanwhile. Exact-match checking only. (The article stand-ins went with the generate branch.)
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

import Foundation
