/// The outcome of checking one typed answer.
public struct AnswerCheck: Sendable, Equatable {
    public enum Verdict: Sendable, Equatable {
        /// Right.
        case correct
        /// Right, with a small typo: counts as right, shown as a near miss.
        case nearMiss
        case incorrect
        /// Nothing was typed (only whitespace or invisible characters).
        case empty
    }

    public var verdict: Verdict
    /// The accepted answer or choice the typed text was matched to: for a wrong multiple-choice
    /// pick, the choice that was picked.
    public var matched: String?
    /// A short note for the person, such as "small typo: you typed “Alyev”" or
    /// "close: 1.7 billion vs $1.75 billion".
    public var note: String?

    public var isRight: Bool { verdict == .correct || verdict == .nearMiss }

    public init(verdict: Verdict, matched: String? = nil, note: String? = nil) {
        self.verdict = verdict
        self.matched = matched
        self.note = note
    }
}
