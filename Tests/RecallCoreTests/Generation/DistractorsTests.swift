import Foundation
import Testing
@testable import RecallCore

// Each table pins one rule of `Distractors`: a case names what it shows, builds the facts of a
// small article by hand (so the rules that find facts can change freely) and checks every
// wrong answer offered.

/// A fact of `text`: `answer` where it first stands, asked with `prompt` (by default the
/// sentence with the answer replaced by "what").
struct ChoiceFact: Sendable {
    var answer: String
    var kind: AnswerKind
    var category: FactCategory = .figure
    var entity: String? = nil
    var prompt: String? = nil
}

private func makeFact(_ spec: ChoiceFact, in article: Article) -> Fact? {
    let target = Array(spec.answer.unicodeScalars)
    for sentence in article.sentences where sentence.scalars.count >= target.count {
        for start in 0...(sentence.scalars.count - target.count) where Array(sentence.scalars[start..<(start + target.count)]) == target {
            let span = start..<(start + target.count)
            let prompt = spec.prompt ?? sentence.text(0..<start) + "what" + sentence.text(span.upperBound..<sentence.scalars.count)
                .trimmingCharacters(in: CharacterSet(charactersIn: ".")) + "?"
            return Fact(category: spec.category, kind: spec.kind, answer: spec.answer, sentence: sentence.index,
                        span: span, entity: spec.entity, prompt: prompt)
        }
    }
    return nil
}

/// The choices for the first fact, with the others as the rest of the article's facts.
private func choices(_ text: String, _ facts: [ChoiceFact]) throws -> [String] {
    let article = Article(text: text)
    let built = try facts.map { try #require(makeFact($0, in: article), "\($0.answer) is not in the text") }
    return Distractors(facts: built, article: article).choices(for: 0)
}

/// The wrong answers among `choices`, after checking the list holds the answer once.
private func distractors(_ choices: [String], answer: String) -> [String] {
    if !choices.isEmpty {
        #expect(choices.count == 4)
        #expect(choices.filter { $0 == answer }.count == 1)
        #expect(Set(choices).count == 4)
    }
    return choices.filter { $0 != answer }
}

// MARK: - Values: same unit and scale, possible in the world

struct ValueCase: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var fact: ChoiceFact
    /// Every wrong value lies strictly between these.
    var above: Double
    var below: Double
    /// Whether three such values exist (else the case only forbids bad ones).
    var hasChoices = true
    /// Other facts of the article.
    var others: [ChoiceFact] = []
    var testDescription: String { id }

    static let all: [ValueCase] = [
        ValueCase(id: "money in billions stays within ten times the answer",
                  text: "Tariffs cover as much as US$60 billion in imports.",
                  fact: ChoiceFact(answer: "US$60 billion", kind: .money(currency: "US$")), above: 5.9e9, below: 6.1e11),
        ValueCase(id: "a small sum is not offered billions stated elsewhere",
                  text: "The policies cost businesses $50 billion a year. The typical consumer gains about $260 a year.",
                  fact: ChoiceFact(answer: "$260", kind: .money(currency: "$")), above: 25.9, below: 2_601),
        ValueCase(id: "a percentage stays below 100",
                  text: "Across the region 85% think the government fails.",
                  fact: ChoiceFact(answer: "85%", kind: .percent), above: 0, below: 100),
        ValueCase(id: "a share stays near the answer",
                  text: "The U.S. took 21 percent of Chinese exports.",
                  fact: ChoiceFact(answer: "21 percent", kind: .percent), above: 10.4, below: 42.1),
        ValueCase(id: "no more countries than the world has",
                  text: "Special forces are deployed to 149 countries.",
                  fact: ChoiceFact(answer: "149 countries", kind: .count(noun: "countries")), above: 0, below: 195.1),
        ValueCase(id: "no distance longer than half the Equator",
                  text: "The election is heard 7,000 miles away in the capital.",
                  fact: ChoiceFact(answer: "7,000 miles", kind: .count(noun: "miles")), above: 0, below: 12_451),
        ValueCase(id: "a part stays below its whole (out of)",
                  text: "Only 7 out of 12 judges agreed.",
                  fact: ChoiceFact(answer: "7", kind: .count(noun: "")), above: 0, below: 12),
        ValueCase(id: "a part stays below its whole",
                  text: "The administration has appointed only 70 of 188 ambassadors.",
                  fact: ChoiceFact(answer: "70", kind: .count(noun: "")), above: 0, below: 188),
        ValueCase(id: "down from a larger value: every wrong value stays below it",
                  text: "The U.S. took 18.4 percent of Chinese exports in 2016, down from 21 percent in 2006.",
                  fact: ChoiceFact(answer: "18.4 percent", kind: .percent), above: 0, below: 21,
                  others: [ChoiceFact(answer: "21 percent", kind: .percent)]),
        ValueCase(id: "the larger value of a 'down from' stays above the smaller",
                  text: "The U.S. took 18.4 percent of Chinese exports in 2016, down from 21 percent in 2006.",
                  fact: ChoiceFact(answer: "21 percent", kind: .percent), above: 18.4, below: 100,
                  others: [ChoiceFact(answer: "18.4 percent", kind: .percent)]),
        ValueCase(id: "a bare number 'up from' a count stays below the count",
                  text: "Special forces are deployed to 149 countries, up from 138 in 2016.",
                  fact: ChoiceFact(answer: "138", kind: .count(noun: "")), above: 0, below: 149,
                  others: [ChoiceFact(answer: "149 countries", kind: .count(noun: "countries"))]),
        ValueCase(id: "at least: every wrong value is larger",
                  text: "Russia will expel at least 40 diplomats.",
                  fact: ChoiceFact(answer: "40 diplomats", kind: .count(noun: "diplomats")), above: 40, below: .infinity),
        ValueCase(id: "or more: every wrong value is larger, none above 100 percent",
                  text: "Across six countries 85% or more think so.",
                  fact: ChoiceFact(answer: "85%", kind: .percent), above: 85, below: 100),
        ValueCase(id: "fewer than a small percentage: smaller whole percentages",
                  text: "In Lebanon fewer than 5% approve of the government.",
                  fact: ChoiceFact(answer: "5%", kind: .percent), above: 0, below: 5),
        ValueCase(id: "fewer than: every wrong value is smaller",
                  text: "In Lebanon fewer than 30% approve of the government.",
                  fact: ChoiceFact(answer: "30%", kind: .percent), above: 0, below: 30),
        ValueCase(id: "within: every wrong distance is shorter",
                  text: "The drones flew within 40 miles of the border.",
                  fact: ChoiceFact(answer: "40 miles", kind: .count(noun: "miles")), above: 0, below: 40),
        ValueCase(id: "or less: every wrong value is smaller",
                  text: "In the capital, turnout was 40% or less.",
                  fact: ChoiceFact(answer: "40%", kind: .percent), above: 0, below: 40),
    ]
}

@Test(arguments: ValueCase.all)
func wrongValuesKeepTheAnswersUnitAndStayPossible(_ test: ValueCase) throws {
    let answer = try #require(NumberReading(test.fact.answer))
    let wrong = distractors(try choices(test.text, [test.fact] + test.others), answer: test.fact.answer)
    #expect(wrong.isEmpty != test.hasChoices)
    for text in wrong {
        let value = try #require(NumberReading(text), "\(text)")
        #expect(value.value > test.above && value.value < test.below, "\(text)")
        #expect(value.currency == answer.currency && value.isPercent == answer.isPercent && value.unit == answer.unit, "\(text)")
    }
}

// MARK: - Never equal in value, never also true

struct EqualCase: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var facts: [ChoiceFact]
    /// Values (a share of a whole for fractions and percentages) no wrong answer may have.
    var forbidden: [Double]
    var testDescription: String { id }

    static let all: [EqualCase] = [
        EqualCase(id: "three-fourths is not offered three-quarters",
                  text: "Special operations forces are active in three-fourths of the world's countries.",
                  facts: [ChoiceFact(answer: "three-fourths", kind: .fraction)], forbidden: [0.75]),
        EqualCase(id: "a third is not offered one-third",
                  text: "Ambassadors now serve in a third of the world's capitals.",
                  facts: [ChoiceFact(answer: "a third", kind: .fraction)], forbidden: [1.0 / 3]),
        EqualCase(id: "the other share of the same sentence is not offered",
                  text: "Ambassadors serve in one-third of the capitals, while forces are active in three-fourths of the countries.",
                  facts: [ChoiceFact(answer: "three-fourths", kind: .fraction), ChoiceFact(answer: "one-third", kind: .fraction)],
                  forbidden: [0.75, 1.0 / 3]),
        EqualCase(id: "a percentage of the same sentence is not offered as a fraction (75% = three-quarters)",
                  text: "Ambassadors serve in one-third of the capitals, while forces are active in 75% of the countries.",
                  facts: [ChoiceFact(answer: "one-third", kind: .fraction), ChoiceFact(answer: "75%", kind: .percent)],
                  forbidden: [0.75, 1.0 / 3]),
        EqualCase(id: "the other end of a comparison is not offered",
                  text: "Cuts took the budget from $100 billion to $50 billion in two years.",
                  facts: [ChoiceFact(answer: "$50 billion", kind: .money(currency: "$")),
                          ChoiceFact(answer: "$100 billion", kind: .money(currency: "$"))],
                  forbidden: [50e9, 100e9]),
        EqualCase(id: "a value the sentence states in another form is not offered ($3.5 billion = 3,500 million)",
                  text: "Trade fell to $1.75 billion in 2024 from 3,500 million in 2023.",
                  facts: [ChoiceFact(answer: "$1.75 billion", kind: .money(currency: "$")),
                          ChoiceFact(answer: "3,500 million", kind: .count(noun: ""))],
                  forbidden: [1.75e9, 3.5e9]),
    ]
}

@Test(arguments: EqualCase.all)
func noWrongAnswerEqualsTheAnswerOrWhatIsAlsoTrue(_ test: EqualCase) throws {
    let wrong = distractors(try choices(test.text, test.facts), answer: test.facts[0].answer)
    #expect(wrong.count == 3)
    for text in wrong {
        let reading = try #require(NumberReading(text), "\(text)")
        let value = reading.currency == nil ? reading.share ?? reading.value : reading.value
        #expect(!test.forbidden.contains { abs($0 - value) <= 1e-9 * max(1, abs($0)) }, "\(text)")
    }
}

@Test(arguments: [("nearly twice", "double"), ("nearly double", "twice")])
func aMultipleIsNotOfferedItsOtherName(_ answer: String, _ sameValue: String) throws {
    let text = "Bilateral trade reached $1.75 billion in 2024, \(answer) the 2023 total."
    let wrong = distractors(try choices(text, [ChoiceFact(answer: answer, kind: .multiple)]), answer: answer)
    #expect(wrong.count == 3)
    #expect(!wrong.contains { $0.hasSuffix(sameValue) }, "\(wrong)")
}

@Test func anAnswerThatStatesABoundHasNoChoices() {
    // "80% or more" would be true as well as "85% or more".
    let text = "Title\nAcross Egypt, Jordan and Lebanon, 85% or more think their governments are corrupt."
    let result = QuestionGenerator().generate(from: Article(text: text), fileName: "t")
    let card = result.cards.first { $0.content.answer == "85% or more" }
    #expect(card != nil)
    #expect(card?.content.choices.isEmpty == true)
}

@Test func aRoundShareHasRoundWrongShares() throws {
    let wrong = distractors(try choices("Title\nThe Catalan economy is almost 20% of Spain's overall GDP.", [ChoiceFact(answer: "almost 20%", kind: .percent)]), answer: "almost 20%")
    #expect(wrong.count == 3)
    for text in wrong {
        let value = try #require(NumberReading(text), "\(text)")
        #expect(value.value.truncatingRemainder(dividingBy: 5) == 0, "\(text)")
    }
    // A share that is not round keeps near values of its own precision.
    let exact = distractors(try choices("Title\nThe U.S. took 18.4 percent of Chinese exports.", [ChoiceFact(answer: "18.4 percent", kind: .percent)]), answer: "18.4 percent")
    #expect(exact.contains { (NumberReading($0)?.value ?? 0).truncatingRemainder(dividingBy: 5) != 0 })
}

@Test func aSmallShareToldToATenthHasWrongSharesAFewTenthsAway() throws {
    let wrong = distractors(try choices("Title\nThe jobless rate rose to 2.2% last year.", [ChoiceFact(answer: "2.2%", kind: .percent)]), answer: "2.2%")
    #expect(wrong.count == 3)
    for text in wrong {
        let value = try #require(NumberReading(text), "\(text)").value
        #expect(abs(value - 2.2) <= 0.71 && abs(value - 2.2) >= 0.19, "\(text)")
    }
    // A whole share keeps its wider spread.
    let whole = distractors(try choices("Title\nThe jobless rate rose to 6% last year.", [ChoiceFact(answer: "6%", kind: .percent)]), answer: "6%")
    #expect(whole.contains { abs((NumberReading($0)?.value ?? 6) - 6) >= 1 })
}

@Test func aScoreStaysOnItsRankAndUnderAHundred() throws {
    // Ahead of 31: a wrong score lies above 31, and a score is out of 100.
    let text = "Title\nAustralia has a score of 74, ahead of Chile (31)."
    let wrong = distractors(try choices(text, [ChoiceFact(answer: "74", kind: .count(noun: ""))]), answer: "74")
    #expect(!wrong.isEmpty)
    for option in wrong {
        let value = try #require(Double(option), "\(option)")
        #expect(value > 31 && value < 100, "\(option)")
    }
    // First ahead of 89 and 87 on a scale of 100: no wrong score is possible, so none is offered.
    let top = "Title\nThe top countries are New Zealand (with a score of 91), South Africa (89) and Sweden (87)."
    #expect(try choices(top, [ChoiceFact(answer: "91", kind: .count(noun: ""))]).isEmpty)
}

@Test func aChangeFromAValueOffersNeitherItNorTheFarSide() throws {
    let wrong = distractors(try choices("Title\nThe US unemployment rate rose from 5 to 10% in the crisis.", [ChoiceFact(answer: "10%", kind: .percent)]), answer: "10%")
    #expect(!wrong.isEmpty)
    for option in wrong {
        let value = try #require(NumberReading(option), "\(option)").value
        #expect(value > 5, "\(option)")
    }
}
