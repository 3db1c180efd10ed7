/// A prompt a reader takes in at a glance: at most `maximumWords` words.
struct PromptLength: GateCheck {
    let name = "prompt-too-long"
    static let maximumWords = 35

    func passes(_ candidate: GateCandidate) -> Bool {
        candidate.text.split(separator: " ").count <= Self.maximumWords
    }
}

/// An answer short enough to type: at most `maximumWords` words.
struct AnswerLength: GateCheck {
    let name = "answer-too-long"
    static let maximumWords = 12

    func passes(_ candidate: GateCandidate) -> Bool {
        candidate.answer.split(separator: " ").count <= Self.maximumWords
    }
}

/// The prompt does not give its answer away.
struct NoGiveaway: GateCheck {
    let name = "answer-in-prompt"

    func passes(_ candidate: GateCandidate) -> Bool {
        !AnswerMatch.leaks(prompt: candidate.text.replacingOccurrences(of: "[...]", with: " "), answer: candidate.answer)
    }
}
