/// One form of a card before it is written: a question, or the source sentence with a gap.
struct GateCandidate: Sendable {
    enum Form: Sendable, Equatable { case question, cloze }

    let form: Form
    /// The question, or the cloze text with `[...]` for the gap.
    let text: String
    let answer: String
    let kind: AnswerKind
    let category: FactCategory
    /// Referring phrases of the source sentence that point outside it unresolved.
    let unresolvedPhrases: [String]
    /// Definite descriptions of the source sentence that only a name beside them makes clear.
    let vaguePhrases: [String]
    /// The text's tokens, read once for every check.
    let tokens: [Token]
    /// The article's title: what the article is about.
    let title: String
    /// Words the article writes with a capital inside a sentence: its names.
    let names: Set<String>

    init(
        form: Form, text: String, answer: String, kind: AnswerKind, category: FactCategory,
        unresolvedPhrases: [String] = [], vaguePhrases: [String] = [], title: String = "", names: Set<String> = []
    ) {
        self.title = title
        self.names = names
        self.form = form
        self.text = text
        self.answer = answer
        self.kind = kind
        self.category = category
        self.unresolvedPhrases = unresolvedPhrases
        self.vaguePhrases = vaguePhrases
        tokens = Tokenizer.tokens(Array(text.unicodeScalars))
    }

    /// The question itself: a question may follow the sentence it is about ("… began
    /// scrutinizing US foreign aid programs. Who applauded this?"), and is what comes after it.
    var questionTokens: [Token] {
        guard form == .question,
              let lastStop = tokens.dropLast().lastIndex(where: { $0.isPunctuation && [".", "!", "?"].contains($0.text) })
        else { return tokens }
        return Array(tokens[(lastStop + 1)...])
    }
}

/// A named check every candidate passes before it is written.
protocol GateCheck: Sendable {
    /// The name counted in `recall generate`'s summary.
    var name: String { get }
    /// Whether the check applies to this form.
    func applies(to form: GateCandidate.Form) -> Bool
    func passes(_ candidate: GateCandidate) -> Bool
}

extension GateCheck {
    func applies(to form: GateCandidate.Form) -> Bool { true }
}

/// What the gate did with an article's candidates.
public struct GateReport: Sendable, Equatable {
    /// Candidates each check turned away (a candidate counts once, for its first failure).
    public var rejections: [String: Int] = [:]
    /// Facts asked as a question.
    public var asQuestion = 0
    /// Facts whose question failed and that are asked as a cloze of their sentence instead.
    public var asCloze = 0
    /// Facts asked in no form.
    public var dropped = 0

    public init() {}

    /// Adds the counts of another report.
    mutating func add(_ other: GateReport) {
        rejections.merge(other.rejections, uniquingKeysWith: +)
        asQuestion += other.asQuestion
        asCloze += other.asCloze
        dropped += other.dropped
    }

    /// "gate: 12 asked as questions, 5 as clozes, 3 dropped; rejected: no-finite-verb 2, …"
    public var summary: String {
        let rejected = rejections.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }
        return "gate: \(asQuestion) asked as questions, \(asCloze) as clozes, \(dropped) dropped"
            + (rejected.isEmpty ? "" : "; rejected: " + rejected.joined(separator: ", "))
    }
}

/// The validation gate: every check, in order; the first that fails names the rejection.
struct QuestionGate: Sendable {
    static let checks: [any GateCheck] = [
        WorthLearning(), NotTheTopic(), BalancedMarks(), FinishedSentence(), RepeatedWord(), NoDiscourseOpener(), ResolvedReferences(), NamedSubject(), FrontedWhWord(),
        FiniteVerb(), WhWordFitsAnswer(), SaysWhat(), OpenQuestion(), PromptLength(), AnswerLength(), WholeAnswer(), NoGiveaway(),
    ]

    /// The first check `candidate` fails, or nil when it passes them all.
    static func failure(of candidate: GateCandidate) -> (any GateCheck)? {
        checks.first { $0.applies(to: candidate.form) && !$0.passes(candidate) }
    }
}
