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

// MARK: - Years: the sentence's order, real decades

struct YearCase: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var answer: String
    /// Every wrong year lies strictly between these.
    var after: Int
    var before: Int
    var testDescription: String { id }

    static let all: [YearCase] = [
        YearCase(id: "the earlier year of a 'down from' stays before the later",
                 text: "The U.S. took 18.4 percent of Chinese exports in 2016, down from 21 percent in 2006.",
                 answer: "2006", after: 0, before: 2016),
        YearCase(id: "the later year of a 'down from' stays after the earlier",
                 text: "The U.S. took 18.4 percent of Chinese exports in 2016, down from 21 percent in 2006.",
                 answer: "2016", after: 2006, before: 2017),
        YearCase(id: "since a year … to a year keeps its order",
                 text: "Since the U.S. normalized trade relations in 2000, the deficit ballooned to $375 billion in 2017.",
                 answer: "2000", after: 0, before: 2017),
        YearCase(id: "no year after the latest the article names",
                 text: "The treaty was signed in 2009. A review followed in 2012.",
                 answer: "2009", after: 0, before: 2013),
        YearCase(id: "a decade after another in the sentence stays after it",
                 text: "Firms invested in the late 1980s and throughout the 1990s. The boom ended in 2021.",
                 answer: "1990s", after: 1980, before: 2022),
    ]
}

@Test(arguments: YearCase.all)
func wrongYearsKeepTheSentencesOrder(_ test: YearCase) throws {
    let wrong = distractors(try choices(test.text, [ChoiceFact(answer: test.answer, kind: .year, category: .date)]), answer: test.answer)
    #expect(wrong.count == 3)
    for text in wrong {
        let year = try #require(Int(text.prefix(4)), "\(text)")
        #expect(year > test.after && year < test.before, "\(text)")
    }
}

@Test(arguments: [
    ("the 1930s", "While far from perfect, the WTO has limited trade wars since the chaos of the 1930s."),
    ("the 1970s", "Many started working for the senator in the 1970s and the 1980s were different. It was 2018."),
])
func aDecadeIsOfferedOnlyOtherRealDecades(_ answer: String, _ text: String) throws {
    let decade = String(answer.dropFirst(4))
    let wrong = distractors(try choices(text, [ChoiceFact(answer: decade, kind: .year, category: .date)]), answer: decade)
    #expect(wrong.count == 3)
    for text in wrong {
        #expect(text.count == 5 && text.hasSuffix("0s") && Int(text.prefix(4)) != nil, "\(text)")
    }
}

// MARK: - Made-up forms

struct FormCase: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var fact: ChoiceFact
    var forbidden: [String]
    var testDescription: String { id }

    static let all: [FormCase] = [
        FormCase(id: "a month range moves both ends (no July-July)",
                 text: "Australia might reconsider its part in the World Cup in June-July.",
                 fact: ChoiceFact(answer: "June-July", kind: .monthRange, category: .date),
                 forbidden: ["July-July", "June-June", "May-May", "August-August"]),
        FormCase(id: "a day stays in its month (no February 30)",
                 text: "The vote was held on January 30.",
                 fact: ChoiceFact(answer: "January 30", kind: .monthDay, category: .date),
                 forbidden: ["February 30"]),
        FormCase(id: "a month moved past December keeps no wrong year",
                 text: "According to a December 2015 legal change, rulings can be ignored.",
                 fact: ChoiceFact(answer: "December 2015", kind: .monthYear, category: .date),
                 forbidden: ["January 2015", "February 2015"]),
    ]
}

@Test(arguments: FormCase.all)
func noMadeUpFormIsOffered(_ test: FormCase) throws {
    let wrong = distractors(try choices(test.text, [test.fact]), answer: test.fact.answer)
    #expect(wrong.count == 3)
    for text in test.forbidden {
        #expect(!wrong.contains(text))
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

// MARK: - Quotes and statements

private let speeches = """
Trump called the invasion a “senseless waste” in his first days.
Trump later called it a “total disaster” on television.
Musk branded the agency a “criminal organization” in a post.
The State Department praised the treaty as a “historic opportunity” on Monday.
Aliyev described the ties as a “strategic partnership” in Baku.
Biden said the decision was “a grave mistake that history will judge harshly and without any mercy at all” in a speech.
"""

@Test func whatTheSameSpeakerSaidIsNotOfferedAsWrong() throws {
    let quote = { (answer: String, speaker: String) in ChoiceFact(answer: answer, kind: .quote, category: .quote, entity: speaker) }
    let facts = [quote("senseless waste", "Trump"), quote("total disaster", "Trump"), quote("criminal organization", "Musk"),
                 quote("historic opportunity", "the State Department"), quote("strategic partnership", "Aliyev")]
    let wrong = distractors(try choices(speeches, facts), answer: "senseless waste")
    #expect(Set(wrong) == ["criminal organization", "historic opportunity", "strategic partnership"])
}

@Test(arguments: [
    ("a two-word quote is not offered a sixteen-word one", "criminal organization", false),
    ("a sixteen-word quote is not offered two-word ones", "a grave mistake that history will judge harshly and without any mercy at all", true),
])
func quotesAreOfferedOnlyQuotesOfSimilarLength(_ id: String, _ answer: String, _ isLong: Bool) throws {
    let quote = { (answer: String, speaker: String) in ChoiceFact(answer: answer, kind: .quote, category: .quote, entity: speaker) }
    let others = [quote("a grave mistake that history will judge harshly and without any mercy at all", "Biden"),
                  quote("senseless waste", "Trump"), quote("historic opportunity", "the State Department"),
                  quote("strategic partnership", "Aliyev"), quote("criminal organization", "Musk")].filter { $0.answer != answer }
    let speaker = isLong ? "Biden" : "Musk"
    let wrong = distractors(try choices(speeches, [quote(answer, speaker)] + others), answer: answer)
    if isLong {
        #expect(wrong.isEmpty, "no other quote of similar length: no choices")
    } else {
        #expect(wrong.count == 3)
        #expect(wrong.allSatisfy { $0.split(separator: " ").count <= 5 }, "\(wrong)")
    }
}

// MARK: - Who: people for a person, like for like

private let cast = """
Prime Minister Malcolm Turnbull met Foreign Minister Julie Bishop and Senator Elizabeth Warren in Canberra.
President Donald Trump spoke with Chancellor Angela Merkel.
Sergei Skripal and his daughter Yulia were poisoned in Salisbury.
Turnbull and Bishop said the diplomats were spies.
The West condemned the attack. Australia's intelligence community warned of spying. State outlets praised the move.
Russian officials denied the claim. The State Department welcomed the expulsions. Australia expelled two diplomats.
"""

struct EntityCase: CustomTestStringConvertible, Sendable {
    enum Kind: Sendable { case people, groups, none }
    var id: String
    var entity: String
    var kind: Kind
    var testDescription: String { id }

    static let all: [EntityCase] = [
        EntityCase(id: "a person named in full is offered only people", entity: "Elizabeth Warren", kind: .people),
        EntityCase(id: "the holder of a relation named by first name is offered only people", entity: "Yulia", kind: .people),
        EntityCase(id: "a group is offered only groups", entity: "the West", kind: .groups),
        EntityCase(id: "a pair with no like pair gets no choices", entity: "Turnbull and Bishop", kind: .none),
        EntityCase(id: "a country with no like name gets no choices", entity: "Australia", kind: .none),
    ]
}

@Test(arguments: EntityCase.all)
func whoIsOfferedOnlyItsLike(_ test: EntityCase) throws {
    let article = Article(text: cast)
    let stance = { (answer: String, entity: String) in ChoiceFact(answer: answer, kind: .statement, category: .stance, entity: entity) }
    let specs = [
        ChoiceFact(answer: "daughter", kind: .relation, category: .position, entity: "Yulia"),
        stance("the diplomats were spies", "Turnbull and Bishop"), stance("the attack", "the West"),
        stance("of spying", "Australia's intelligence community"), stance("the move", "state outlets"),
        stance("the claim", "Russian officials"), stance("the expulsions", "the State Department"),
        stance("two diplomats", "Australia"),
    ]
    let facts = try specs.map { try #require(makeFact($0, in: article)) }
    let generator = Distractors(facts: facts, article: article)
    let choices = generator.entityChoices(for: test.entity, accepted: [], prompt: "Who did it, according to the article?")
    let wrong = distractors(choices, answer: test.entity)
    let people = Set(article.names.personNames)
    switch test.kind {
    case .people:
        #expect(wrong.count == 3)
        #expect(wrong.allSatisfy(people.contains), "\(wrong)")
    case .groups:
        #expect(wrong.count == 3)
        #expect(wrong.allSatisfy { !people.contains($0) && $0 != "Australia" && !$0.contains(" and ") }, "\(wrong)")
    case .none:
        #expect(wrong.isEmpty, "\(wrong)")
    }
}

@Test func aWhomQuestionAboutAPairOfPeopleIsNotOfferedStatements() throws {
    let text = """
    The forum praised Trump and Musk for exposing misconduct.
    Officials welcomed Trump's shift. Armenia feared that rights would be dropped.
    Baku wants Yerevan to recognize the new border. Outlets applauded Trump's stance.
    """
    let statement = { (answer: String, prompt: String?) in ChoiceFact(answer: answer, kind: .statement, category: .stance, prompt: prompt) }
    let things = [statement("Trump's shift", nil), statement("rights would be dropped", nil),
                  statement("the new border", nil), statement("Trump's stance", nil)]
    let whom = statement("Trump and Musk", "Whom did the forum praise for exposing misconduct?")
    let wrong = try choices(text, [whom] + things)
    #expect(wrong.isEmpty, "\(wrong)")
    // Nor is a thing offered the pair of people.
    let thing = try choices(text, [things[0], whom] + things.dropFirst())
    #expect(thing.count == 4 && !thing.contains("Trump and Musk"), "\(thing)")
}

@Test func aPersonWithTooFewOtherPeopleGetsNoChoicesRatherThanGroups() throws {
    let text = """
    President Donald Trump met Prime Minister Malcolm Turnbull and Senator Elizabeth Warren.
    The West condemned the attack. State outlets praised the move. Russian officials denied the claim.
    The State Department welcomed the expulsions.
    """
    let article = Article(text: text)
    let stance = { (answer: String, entity: String) in ChoiceFact(answer: answer, kind: .statement, category: .stance, entity: entity) }
    let facts = try [stance("the attack", "the West"), stance("the move", "state outlets"), stance("the claim", "Russian officials"),
                     stance("the expulsions", "the State Department")].map { try #require(makeFact($0, in: article)) }
    let choices = Distractors(facts: facts, article: article)
        .entityChoices(for: "Elizabeth Warren", accepted: [], prompt: "Who met Donald Trump?")
    #expect(choices.isEmpty, "\(choices)")
}

@Test func aDayOfTheMonthIsNoShareOfAWhole() throws {
    // "May 1" and "June 1" both hold the number 1: they are different dates all the same.
    let wrong = distractors(try choices("The EU remains exempt from the tariffs until May 1.",
                                        [ChoiceFact(answer: "May 1", kind: .monthDay, category: .date)]), answer: "May 1")
    #expect(wrong == ["June 1", "April 1", "July 1"])
}

@Test(arguments: [
    ("a decade ago", "China is less dependent on U.S. trade now than it was a decade ago.", ["day", "week", "month"]),
    ("three weeks ago", "President Aliyev assured the Baku forum three weeks ago.", ["day", "decade", "centur"]),
    ("last week", "Aliyev visited China for a state summit last week.", ["day", "centur"]),
])
func aRelativeDateKeepsItsScale(_ answer: String, _ text: String, _ farUnits: [String]) throws {
    let wrong = distractors(try choices(text, [ChoiceFact(answer: answer, kind: .relative, category: .date)]), answer: answer)
    #expect(wrong.count == 3)
    #expect(wrong.allSatisfy { distractor in !farUnits.contains { distractor.contains($0) } }, "\(wrong)")
}

@Test(arguments: [("nearly twice", "double"), ("nearly double", "twice")])
func aMultipleIsNotOfferedItsOtherName(_ answer: String, _ sameValue: String) throws {
    let text = "Bilateral trade reached $1.75 billion in 2024, \(answer) the 2023 total."
    let wrong = distractors(try choices(text, [ChoiceFact(answer: answer, kind: .multiple)]), answer: answer)
    #expect(wrong.count == 3)
    #expect(!wrong.contains { $0.hasSuffix(sameValue) }, "\(wrong)")
}
