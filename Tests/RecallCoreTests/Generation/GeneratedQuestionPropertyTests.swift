import PropertyBased
import Testing
@testable import RecallCore

/// A short news article about made-up people, places and figures, in the sentence shapes the
/// generator's rules read: dates, positions, figures, quotes and stances.
private let people = ["Ilham Aliyev", "Maria Santos", "Kofi Mensah", "Anna Kowalska", "Li Wei"]
private let countries = ["Azerbaijan", "Portugal", "Ghana", "Poland", "Kenya"]
private let measures = ["trade", "exports", "spending", "investment"]

private var article: Generator<String, some Sequence & SendableMetatype> {
    zip(Gen.int(in: 0...people.count - 1), Gen.int(in: 0...countries.count - 1), Gen.int(in: 1900...2025),
        Gen.int(in: 2...900), Gen.int(in: 0...measures.count - 1)).map(articleText)
}

private func articleText(_ values: (Int, Int, Int, Int, Int)) -> String {
    let (person, country, measure) = (people[values.0], countries[values.1], measures[values.4])
    let (year, amount) = (values.2, values.3)
    return """
        \(country) Looks Ahead

        In \(year), \(person) became the president of \(country). \(person) said on Monday that \
        "the talks went well". The \(measure) of \(country) reached $\(amount) billion in \(year), \
        nearly double the year before. The government of \(country) opposed the new sanctions, \
        which \(person) called unfair. About \(amount) people attended the summit in the capital.
        """
}

@Test func aGeneratedQuestionNeverContainsItsAnswer() async {
    await propertyCheck(count: 25, input: article) { text in
        let result = QuestionGenerator().generate(from: Article(text: text), fileName: "property.txt")
        #expect(result.cards.contains { $0.content.kind != .cloze }, "no question from:\n\(text)")
        for card in result.cards where card.content.kind != .cloze {
            let prompt = card.content.prompt.lowercased()
            for answer in card.content.allAnswers {
                #expect(!prompt.contains(answer.lowercased()), "\(card.content.prompt) gives away \(answer)")
            }
        }
    }
}
