/// One fact found in an article: what it is, where it stands and how to ask about it.
public struct Fact: Sendable, Equatable {
    public var category: FactCategory
    /// The kind of answer, which decides its distractors.
    public var kind: AnswerKind
    /// The answer span, exactly as in the sentence (hard line breaks read as spaces).
    public var answer: String
    /// Other answers that count as right.
    public var accepted: [String]
    /// Index of the sentence in `Article.sentences`.
    public var sentence: Int
    /// Scalar range of the answer within the sentence's text.
    public var span: Range<Int>
    /// The speaker of a quote, the holder of a stance or position, when the text names one.
    public var entity: String?
    /// The question whose answer is `answer`.
    public var prompt: String
    /// For quotes, positions and stances: a question whose answer is `entity`.
    public var entityPrompt: String?
    /// Whether the sentence with the answer gapped may be asked too. Not when a word after
    /// the gap refers into it ("it was US companies’ use of China’s resources that led to the
    /// development of its powerhouse": "its" is China, inside the gap).
    public var asksCloze = true
    /// Whether the fact is asked only as its cloze, never as its question: the question
    /// leaves out context only the sentence gives ("In which year was the invasion of Iraq?"
    /// does not say which invasion; the sentence with its gap does).
    public var prefersCloze = false
    /// The sentence before, written ahead of the question when the fact's sentence opens with
    /// a "This" that stands for all of it ("… began scrutinizing US foreign aid programs. Who
    /// applauded this?"): that opening word is then resolved by what the card shows.
    public var leadIn: String?
    /// Exact values the article gives for a bounded answer ("46 per cent" for "Less than
    /// half"): accepted as they are, without the bound.
    public var exactValues: [String] = []

    public init(
        category: FactCategory, kind: AnswerKind, answer: String, accepted: [String] = [],
        sentence: Int, span: Range<Int>, entity: String? = nil, prompt: String,
        entityPrompt: String? = nil
    ) {
        self.category = category
        self.kind = kind
        self.answer = answer
        self.accepted = accepted
        self.sentence = sentence
        self.span = span
        self.entity = entity
        self.prompt = prompt
        self.entityPrompt = entityPrompt
    }
}

/// The shape of an answer: distractors are drawn from answers of the same kind.
public enum AnswerKind: Sendable, Equatable, Hashable {
    /// An amount with its currency symbol or code, e.g. "$" or "A$".
    case money(currency: String)
    case percent
    /// A count of something, e.g. noun "people" or "cooperation documents".
    case count(noun: String)
    /// A duration or length as an adjective: "60-day", "three-day".
    case measure(unit: String)
    case fraction
    case multiple
    case rank
    case year
    case monthDay
    case monthYear
    case month
    case monthRange
    case partOfYear
    case relative
    case quote
    case title
    case relation
    case statement
    case person
}

extension AnswerKind {
    /// Whether wrong answers of this kind can be made so that each is possible, of the same
    /// scale and surely wrong: amounts and counts, made by rule around the answer. People,
    /// quotes, titles and statements taken from elsewhere in an article were judged
    /// implausible or also true too often, and so were years and days: whether 2004 is a
    /// possible year for something the Obama administration did, or 11 October 2001 a
    /// possible day for a turn after an attack, takes knowledge of the world the article does
    /// not give (a strict reader's verdicts under
    /// Tests/RecallCoreTests/Fixtures/generation/verdicts). These are asked typed or as a
    /// cloze instead.
    var offersChoices: Bool {
        switch self {
        case .money, .percent, .count, .measure, .fraction, .multiple, .rank:
            return true
        case .year, .monthDay, .monthYear, .month, .monthRange, .partOfYear, .relative, .quote, .title, .relation,
             .statement, .person:
            return false
        }
    }
}

/// A rule that finds one kind of fact in an article.
public protocol FactRule: Sendable {
    var category: FactCategory { get }
    func facts(in article: Article) -> [Fact]
}

/// Every rule, in the order their facts are listed.
public enum FactRules {
    public static let all: [any FactRule] = [
        MoneyRule(), PercentRule(), CountRule(), MeasureRule(), ProportionRule(), DateRule(),
        QuoteRule(), PositionRule(), StanceRule(), ActorRule(), CleftRule(), PlaceListRule(), ChargeRule(), NoneRule(),
        TermRule(), RegardRule(), InversionRule(), WhichRule(), DefinitionRule(), ExampleRule(), ReportRule(), PlaceRule(), CitingRule(),
    ]
}
