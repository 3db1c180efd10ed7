/// What a card asks and what counts as a right answer. Free of scheduling and storage.
public struct CardContent: Sendable, Equatable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable, Hashable {
        /// A question with a typed answer (and accepted alternatives).
        case basic
        /// One deletion of a cloze text: `prompt` shows the text with this deletion hidden.
        case cloze
        /// Pick one of `choices`; typing the answer or its number both count.
        case multipleChoice = "multiple-choice"
        /// A number, right within `tolerance` (absolute) of `answer`.
        case numeric
    }

    public var kind: Kind
    public var prompt: String
    /// The canonical answer, shown after the card is answered.
    public var answer: String
    /// Other answers that count as right.
    public var accepted: [String]
    /// For multiple choice (and, for generated cards, an alternative presentation).
    public var choices: [String]
    /// For numeric cards: how far from the answer still counts as right.
    public var tolerance: Double?
    /// A cloze rendering of the same fact, for a generated card that offers one.
    public var clozePrompt: String?
    /// A hint offered by `:hint` (a cloze hint, or written by the author).
    public var hint: String?
    public var tags: [String]
    /// An explanation, or the sentence the fact comes from.
    public var explanation: String?
    /// Where the fact stands in its source article, for generated cards.
    public var source: SourceQuote?
    public var category: FactCategory?
    /// How the card is asked, as its deck file's `mode:` says; nil when it does not say.
    public var mode: StudyMode?
    /// The note the card shares with its siblings (the other deletions of a cloze text, the
    /// other direction of an Anki note), unique within its deck; nil for a card of its own.
    public var note: String?
    /// nil for a card from a deck file or an article.
    public var origin: CardOrigin?

    public init(
        kind: Kind, prompt: String, answer: String, accepted: [String] = [], choices: [String] = [],
        tolerance: Double? = nil, clozePrompt: String? = nil, hint: String? = nil, tags: [String] = [],
        explanation: String? = nil, source: SourceQuote? = nil, category: FactCategory? = nil
    ) {
        self.kind = kind
        self.prompt = prompt
        self.answer = answer
        self.accepted = accepted
        self.choices = choices
        self.tolerance = tolerance
        self.clozePrompt = clozePrompt
        self.hint = hint
        self.tags = tags
        self.explanation = explanation
        self.source = source
        self.category = category
    }

    /// The answer followed by every accepted alternative.
    public var allAnswers: [String] { [answer] + accepted }
}

/// Where a card comes from, for settings that differ by origin (`imported-mode`).
public enum CardOrigin: String, Sendable, Codable, Hashable {
    /// An Anki package or a text export brought in by `recall import`.
    case imported
}

/// A sentence of a source text and where it starts.
public struct SourceQuote: Sendable, Equatable, Hashable, Codable {
    public var sentence: String
    public var line: Int
    public var column: Int
    /// The source text's file, relative to the deck file; nil when the deck file is the
    /// source itself (an article studied directly) or it is not known.
    public var file: String?

    public init(sentence: String, line: Int, column: Int, file: String? = nil) {
        self.sentence = sentence
        self.line = line
        self.column = column
        self.file = file
    }
}
