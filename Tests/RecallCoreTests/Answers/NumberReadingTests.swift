import Testing
@testable import RecallCore

struct NumberCase: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var expected: NumberReading?

    var testDescription: String { id }

    static let all: [NumberCase] = [
        .init(id: "money.dollar-sign-billion", text: "$1.75 billion", expected: .init(value: 1.75e9, currency: "USD")),
        .init(id: "money.bn-abbreviation", text: "1.75bn", expected: .init(value: 1.75e9)),
        .init(id: "money.thousand-millions", text: "1,750 million", expected: .init(value: 1.75e9)),
        .init(id: "money.dollars-word", text: "1.75 billion dollars", expected: .init(value: 1.75e9, currency: "USD")),
        .init(id: "money.us-dollar-sign", text: "US$3 billion", expected: .init(value: 3e9, currency: "USD")),
        .init(id: "money.us-dollars-words", text: "1.75 billion US dollars", expected: .init(value: 1.75e9, currency: "USD")),
        .init(id: "money.code-before", text: "USD 1.75 billion", expected: .init(value: 1.75e9, currency: "USD")),
        .init(id: "money.pound-m", text: "£2m", expected: .init(value: 2e6, currency: "GBP")),
        .init(id: "money.euro-k", text: "€5k", expected: .init(value: 5000, currency: "EUR")),
        .init(id: "money.sign-and-word-agree", text: "$1.75 billion dollars", expected: .init(value: 1.75e9, currency: "USD")),
        .init(id: "money.sign-and-word-disagree", text: "$5 euros", expected: nil),
        .init(id: "digits.comma-thousands", text: "6,000", expected: .init(value: 6000)),
        .init(id: "digits.plain", text: "6000", expected: .init(value: 6000)),
        .init(id: "digits.space-thousands", text: "6 000", expected: .init(value: 6000)),
        .init(id: "digits.no-break-space-thousands", text: "6\u{202F}000", expected: .init(value: 6000)),
        .init(id: "digits.millions-grouped", text: "1,000,000", expected: .init(value: 1e6)),
        .init(id: "digits.decimal-comma", text: "1,5", expected: .init(value: 1.5)),
        .init(id: "digits.negative", text: "-12", expected: .init(value: -12)),
        .init(id: "digits.full-width", text: "６０００", expected: .init(value: 6000)),
        .init(id: "digits.fraction", text: "1/3", expected: .init(value: 1.0 / 3)),
        .init(id: "words.twenty", text: "twenty", expected: .init(value: 20)),
        .init(id: "words.twenty-five", text: "twenty-five", expected: .init(value: 25)),
        .init(id: "words.a-hundred", text: "a hundred", expected: .init(value: 100)),
        .init(id: "words.three-thousand", text: "three thousand", expected: .init(value: 3000)),
        .init(id: "words.hundred-and-five", text: "one hundred and five", expected: .init(value: 105)),
        .init(id: "words.millions-compound", text: "two million three hundred thousand", expected: .init(value: 2_300_000)),
        .init(id: "words.one-and-a-half-million", text: "one and a half million", expected: .init(value: 1_500_000)),
        .init(id: "words.a-dozen", text: "a dozen", expected: .init(value: 12)),
        .init(id: "words.a-third", text: "a third", expected: .init(value: 1.0 / 3)),
        .init(id: "words.two-thirds", text: "two thirds", expected: .init(value: 2.0 / 3)),
        .init(id: "words.half", text: "half", expected: .init(value: 0.5)),
        .init(id: "words.three-quarters", text: "three quarters", expected: .init(value: 0.75)),
        .init(id: "ordinal.second", text: "second", expected: .init(value: 2, isOrdinal: true)),
        .init(id: "ordinal.2nd", text: "2nd", expected: .init(value: 2, isOrdinal: true)),
        .init(id: "ordinal.twenty-first", text: "twenty-first", expected: .init(value: 21, isOrdinal: true)),
        .init(id: "ordinal.twenty-fifth-is-not-a-fraction", text: "twenty-fifth", expected: .init(value: 25, isOrdinal: true)),
        .init(id: "ordinal.hundred-and-fifth", text: "one hundred and fifth", expected: .init(value: 105, isOrdinal: true)),
        .init(id: "words.one-second-is-a-unit", text: "one second", expected: .init(value: 1, unit: ["second"])),
        .init(id: "ordinal.with-unit", text: "second term", expected: .init(value: 2, isOrdinal: true, unit: ["term"])),
        .init(id: "percent.sign", text: "38%", expected: .init(value: 38, isPercent: true)),
        .init(id: "percent.word", text: "38 percent", expected: .init(value: 38, isPercent: true)),
        .init(id: "percent.two-words", text: "38 per cent", expected: .init(value: 38, isPercent: true)),
        .init(id: "unit.miles", text: "6,000 miles", expected: .init(value: 6000, unit: ["mile"])),
        .init(id: "unit.mi-abbreviation", text: "6000 mi", expected: .init(value: 6000, unit: ["mile"])),
        .init(id: "unit.words-and-unit", text: "six thousand miles", expected: .init(value: 6000, unit: ["mile"])),
        .init(id: "unit.two-words", text: "20 cooperation documents", expected: .init(value: 20, unit: ["cooperation", "document"])),
        .init(id: "unit.hyphenated", text: "60-day", expected: .init(value: 60, unit: ["day"])),
        .init(id: "unit.metres-not-million", text: "2m", expected: .init(value: 2, unit: ["m"])),
        .init(id: "unit.people", text: "38 people", expected: .init(value: 38, unit: ["person"])),
        .init(id: "hedge.about", text: "about 6,000 miles", expected: .init(value: 6000, unit: ["mile"])),
        .init(id: "label.section", text: "Section 907", expected: .init(value: 907, label: "section")),
        .init(id: "reject.plain-word", text: "hundreds of organizations", expected: nil),
        .init(id: "reject.phrase-with-number", text: "nearly double the 2023 total", expected: nil),
        .init(id: "reject.number-one-monster", text: "one of the leaders", expected: nil),
        .init(id: "reject.two-numbers", text: "5 to 10", expected: nil),
        .init(id: "reject.empty", text: "", expected: nil),
        .init(id: "reject.only-article", text: "a", expected: nil),
    ]
}

@Test(arguments: NumberCase.all)
func numberReadingReadsCommonForms(_ example: NumberCase) throws {
    let reading = NumberReading(example.text)
    guard let expected = example.expected else {
        #expect(reading == nil)
        return
    }
    let actual = try #require(reading)
    #expect(abs(actual.value - expected.value) <= 1e-9 * max(1, abs(expected.value)))
    #expect(actual.currency == expected.currency)
    #expect(actual.isPercent == expected.isPercent)
    #expect(actual.isOrdinal == expected.isOrdinal)
    #expect(actual.unit == expected.unit)
    #expect(actual.label == expected.label)
}

@Test func decimalLiteralKeepsCanonicalDigits() {
    let tokens = AnswerLexer.tokens("0,006,000.50")
    #expect(DecimalLiteral(tokens, at: 0)?.text == "6000.5")
}
