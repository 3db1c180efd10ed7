import Testing
@testable import RecallCore

struct DateCase: CustomTestStringConvertible, Sendable {
    typealias Parts = DateReading.Parts

    var id: String
    var text: String
    /// nil when the text is not a date.
    var readings: [Parts]?

    var testDescription: String { id }

    static let all: [DateCase] = [
        .init(id: "month-day.us", text: "April 9", readings: [Parts(month: 4, day: 9)]),
        .init(id: "month-day.uk", text: "9 April", readings: [Parts(month: 4, day: 9)]),
        .init(id: "month-day.ordinal-suffix", text: "April 9th", readings: [Parts(month: 4, day: 9)]),
        .init(id: "month-day.of", text: "the 9th of April", readings: [Parts(month: 4, day: 9)]),
        .init(id: "month-day.abbreviated", text: "Apr. 9", readings: [Parts(month: 4, day: 9)]),
        .init(id: "month-day.ordinal-word", text: "ninth of April", readings: [Parts(month: 4, day: 9)]),
        .init(id: "month-day.leading-on", text: "on April 9", readings: [Parts(month: 4, day: 9)]),
        .init(id: "month-day.weekday", text: "Wednesday, April 9", readings: [Parts(month: 4, day: 9)]),
        .init(id: "full.us", text: "April 9, 2023", readings: [Parts(year: 2023, month: 4, day: 9)]),
        .init(id: "full.uk", text: "9 April 2023", readings: [Parts(year: 2023, month: 4, day: 9)]),
        .init(id: "full.iso", text: "2023-04-09", readings: [Parts(year: 2023, month: 4, day: 9)]),
        .init(id: "full.dotted-is-day-first", text: "9.4.2023", readings: [Parts(year: 2023, month: 4, day: 9)]),
        .init(id: "month-year.full", text: "September 2017", readings: [Parts(year: 2017, month: 9)]),
        .init(id: "month-year.sept", text: "Sept 2017", readings: [Parts(year: 2017, month: 9)]),
        .init(id: "month-year.sept-dot", text: "Sept. 2017", readings: [Parts(year: 2017, month: 9)]),
        .init(id: "month-year.comma", text: "September, 2017", readings: [Parts(year: 2017, month: 9)]),
        .init(id: "month-year.iso", text: "2017-09", readings: [Parts(year: 2017, month: 9)]),
        .init(id: "month-year.numeric", text: "09/2017", readings: [Parts(year: 2017, month: 9)]),
        .init(id: "month.alone", text: "in March", readings: [Parts(month: 3)]),
        .init(id: "year.alone", text: "2024", readings: [Parts(year: 2024)]),
        .init(id: "year.in", text: "in 2024", readings: [Parts(year: 2024)]),
        .init(id: "year.mid-hyphen", text: "mid-2024", readings: [Parts(year: 2024, qualifier: .mid)]),
        .init(id: "year.middle-of", text: "the middle of 2024", readings: [Parts(year: 2024, qualifier: .mid)]),
        .init(id: "year.late", text: "late 2024", readings: [Parts(year: 2024, qualifier: .late)]),
        .init(id: "decade.plain", text: "1990s", readings: [Parts(decade: 1990)]),
        .init(id: "decade.apostrophe", text: "the 1990's", readings: [Parts(decade: 1990)]),
        .init(id: "decade.early", text: "early 1990s", readings: [Parts(decade: 1990, qualifier: .early)]),
        .init(id: "numeric.ambiguous-both-orders", text: "9/4", readings: [Parts(month: 4, day: 9), Parts(month: 9, day: 4)]),
        .init(id: "numeric.unambiguous-day-over-12", text: "25/12", readings: [Parts(month: 12, day: 25)]),
        .init(id: "numeric.unambiguous-us-order", text: "12/25/2023", readings: [Parts(year: 2023, month: 12, day: 25)]),
        .init(id: "numeric.same-both-ways", text: "4/4", readings: [Parts(month: 4, day: 4)]),
        .init(id: "numeric.two-digit-year", text: "25/12/23", readings: [Parts(year: 2023, month: 12, day: 25)]),
        .init(id: "reject.impossible-day", text: "April 31", readings: nil),
        .init(id: "reject.day-of-no-month", text: "31/31", readings: nil),
        .init(id: "reject.plain-number", text: "9", readings: nil),
        .init(id: "reject.words", text: "last week", readings: nil),
        .init(id: "reject.mixed-separators", text: "2023-04/09", readings: nil),
        .init(id: "reject.qualifier-with-day", text: "mid April 9", readings: nil),
        .init(id: "reject.money", text: "$1.75 billion", readings: nil),
    ]
}

@Test(arguments: DateCase.all)
func dateReadingReadsCommonForms(_ example: DateCase) {
    #expect(DateReading(example.text)?.readings == example.readings)
}

struct DateMatchCase: CustomTestStringConvertible, Sendable {
    var id: String
    var typed: String
    var answer: String
    var matches: Bool

    var testDescription: String { id }

    static let all: [DateMatchCase] = [
        .init(id: "same-parts.other-order", typed: "9 April", answer: "April 9", matches: true),
        .init(id: "same-parts.iso", typed: "2017-09", answer: "September 2017", matches: true),
        .init(id: "wrong-day", typed: "April 8", answer: "April 9", matches: false),
        .init(id: "wrong-month", typed: "October 2017", answer: "September 2017", matches: false),
        .init(id: "wrong-year", typed: "September 2018", answer: "September 2017", matches: false),
        .init(id: "missing-year", typed: "September", answer: "September 2017", matches: false),
        .init(id: "extra-year", typed: "April 9, 2025", answer: "April 9", matches: false),
        .init(id: "ambiguous-typed-rejected", typed: "9/4", answer: "April 9", matches: false),
        .init(id: "unambiguous-numeric-accepted", typed: "25/12", answer: "December 25", matches: true),
        .init(id: "same-both-ways-accepted", typed: "4/4", answer: "April 4", matches: true),
        .init(id: "qualifier-may-be-left-out", typed: "2024", answer: "mid-2024", matches: true),
        .init(id: "qualifier-must-agree", typed: "late 2024", answer: "mid-2024", matches: false),
        .init(id: "qualifier-not-in-answer", typed: "mid-2024", answer: "2024", matches: false),
        .init(id: "decade-is-not-a-year", typed: "1990", answer: "1990s", matches: false),
    ]
}

@Test(arguments: DateMatchCase.all)
func typedDateMatchesOnlyTheAnswersParts(_ example: DateMatchCase) throws {
    let typed = try #require(DateReading(example.typed))
    let answer = try #require(DateReading(example.answer))
    #expect(typed.matches(answer) == example.matches)
}
