import Foundation
import Testing
@testable import RecallCore

private func instant(_ text: String) throws -> Date {
    try #require(ISO8601DateFormatter().date(from: text), "not an ISO 8601 instant: \(text)")
}

/// The day number of a local date written "yyyy-mm-dd".
private func day(_ text: String) throws -> Int {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    try #require(parts.count == 3, "not a date: \(text)")
    return StudyCalendar.daysFromCivil(year: parts[0], month: parts[1], day: parts[2])
}

private func calendar(_ zone: String, rollover: Int = 4) throws -> StudyCalendar {
    StudyCalendar(timeZone: try #require(TimeZone(identifier: zone)), rolloverHour: rollover)
}

struct StudyDayCase: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var zone = "Europe/Berlin"
    var rollover = 4
    var instant: String
    var studyDay: String

    static let all: [StudyDayCase] = [
        StudyDayCase(testDescription: "03:59 belongs to the day before",
                     instant: "2024-01-02T03:59:00+01:00", studyDay: "2024-01-01"),
        StudyDayCase(testDescription: "04:00 starts the day",
                     instant: "2024-01-02T04:00:00+01:00", studyDay: "2024-01-02"),
        StudyDayCase(testDescription: "02:00 with rollover 0 is the calendar day",
                     rollover: 0, instant: "2024-01-02T02:00:00+01:00", studyDay: "2024-01-02"),
        StudyDayCase(testDescription: "23:59 with rollover 0 is the calendar day",
                     rollover: 0, instant: "2024-01-01T23:59:00+01:00", studyDay: "2024-01-01"),
        StudyDayCase(testDescription: "Berlin spring forward: 03:30 is still the day before",
                     instant: "2024-03-31T03:30:00+02:00", studyDay: "2024-03-30"),
        StudyDayCase(testDescription: "Berlin spring forward: 04:30, 3.5 h after midnight, is the new day",
                     instant: "2024-03-31T04:30:00+02:00", studyDay: "2024-03-31"),
        StudyDayCase(testDescription: "Berlin fall back: 03:30, 4.5 h after midnight, is still the day before",
                     instant: "2024-10-27T03:30:00+01:00", studyDay: "2024-10-26"),
        StudyDayCase(testDescription: "Berlin fall back: 04:00 is the new day",
                     instant: "2024-10-27T04:00:00+01:00", studyDay: "2024-10-27"),
        StudyDayCase(testDescription: "New York spring forward: 04:30 is the new day",
                     zone: "America/New_York", instant: "2024-03-10T04:30:00-04:00", studyDay: "2024-03-10"),
        StudyDayCase(testDescription: "New York fall back: 03:30 is still the day before",
                     zone: "America/New_York", instant: "2024-11-03T03:30:00-05:00", studyDay: "2024-11-02"),
        StudyDayCase(testDescription: "New York fall back: the repeated 01:30 is the day before both times",
                     zone: "America/New_York", instant: "2024-11-03T01:30:00-05:00", studyDay: "2024-11-02"),
    ]
}

@Test(arguments: StudyDayCase.all)
func aStudyDayStartsAtTheLocalRolloverHour(_ example: StudyDayCase) throws {
    let calendar = try calendar(example.zone, rollover: example.rollover)
    #expect(calendar.dayNumber(of: try instant(example.instant)) == (try day(example.studyDay)))
}

@Test(arguments: [
    ("Europe/Berlin", "2024-03-27", "2024-04-03"), ("Europe/Berlin", "2024-10-23", "2024-10-30"),
    ("America/New_York", "2024-03-06", "2024-03-13"), ("America/New_York", "2024-10-30", "2024-11-06"),
])
func eachStudyDayAroundADSTChangeStartsAtFourLocalTime(zone: String, from: String, to: String) throws {
    let study = try calendar(zone)
    var local = Calendar(identifier: .gregorian)
    local.timeZone = study.timeZone
    for number in try day(from)...day(to) {
        let start = study.start(ofDay: number)
        let parts = local.dateComponents([.hour, .minute, .second], from: start)
        #expect(parts.hour == 4 && parts.minute == 0 && parts.second == 0, "\(zone) day \(number): \(start)")
        #expect(study.dayNumber(of: start) == number)
        #expect(study.dayNumber(of: start.addingTimeInterval(-1)) == number - 1)
    }
}

@Test func aRolloverHourSkippedBySpringForwardStartsTheDayWhenTheClockJumps() throws {
    #expect(try calendar("America/New_York", rollover: 2).start(ofDay: day("2024-03-10"))
        == instant("2024-03-10T03:00:00-04:00"))
    #expect(try calendar("Europe/Berlin", rollover: 2).start(ofDay: day("2024-03-31"))
        == instant("2024-03-31T03:00:00+02:00"))
}

@Test func elapsedDaysCountStudyDaysNotTwentyFourHourPeriods() throws {
    let berlin = try calendar("Europe/Berlin")
    // Six hours, across the rollover: one day.
    #expect(try berlin.days(from: instant("2024-01-01T23:00:00+01:00"), to: instant("2024-01-02T05:00:00+01:00")) == 1)
    // Twenty-two hours, within one study day: none.
    #expect(try berlin.days(from: instant("2024-01-02T05:00:00+01:00"), to: instant("2024-01-03T03:00:00+01:00")) == 0)
    // Saturday to Monday over spring forward is 47 hours but two days; over fall back 49 hours.
    #expect(try berlin.days(from: instant("2024-03-30T10:00:00+01:00"), to: instant("2024-04-01T10:00:00+02:00")) == 2)
    #expect(try berlin.days(from: instant("2024-10-26T10:00:00+02:00"), to: instant("2024-10-28T10:00:00+01:00")) == 2)
    #expect(try berlin.days(from: instant("2024-01-03T10:00:00+01:00"), to: instant("2024-01-01T10:00:00+01:00")) == -2)
}

struct DueCase: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var zone = "Europe/Berlin"
    var rollover = 4
    var reviewed: String
    var days: Int
    var due: String

    static let all: [DueCase] = [
        DueCase(testDescription: "reviewed at 23:00 for 1 day: due at 04:00 the next morning",
                reviewed: "2024-01-01T23:00:00+01:00", days: 1, due: "2024-01-02T04:00:00+01:00"),
        DueCase(testDescription: "reviewed at 02:00, still yesterday's study day, for 1 day: due at 04:00 that morning",
                reviewed: "2024-01-02T02:00:00+01:00", days: 1, due: "2024-01-02T04:00:00+01:00"),
        DueCase(testDescription: "rollover 0: reviewed at 23:00 for 1 day: due at midnight",
                rollover: 0, reviewed: "2024-01-01T23:00:00+01:00", days: 1, due: "2024-01-02T00:00:00+01:00"),
        DueCase(testDescription: "rollover 0: reviewed at 02:00 for 1 day: due at the next midnight",
                rollover: 0, reviewed: "2024-01-02T02:00:00+01:00", days: 1, due: "2024-01-03T00:00:00+01:00"),
        DueCase(testDescription: "Berlin: over spring forward, due at 04:00 summer time",
                reviewed: "2024-03-30T20:00:00+01:00", days: 1, due: "2024-03-31T04:00:00+02:00"),
        DueCase(testDescription: "Berlin: over fall back, due at 04:00 winter time",
                reviewed: "2024-10-26T20:00:00+02:00", days: 1, due: "2024-10-27T04:00:00+01:00"),
        DueCase(testDescription: "New York: a week over spring forward",
                zone: "America/New_York", reviewed: "2024-03-05T12:00:00-05:00", days: 7,
                due: "2024-03-12T04:00:00-04:00"),
        DueCase(testDescription: "New York: reviewed in the repeated hour of fall back",
                zone: "America/New_York", reviewed: "2024-11-03T01:30:00-05:00", days: 1,
                due: "2024-11-03T04:00:00-05:00"),
    ]
}

@Test(arguments: DueCase.all)
func aReviewOnStudyDayDWithIntervalNIsDueAtTheStartOfDayDPlusN(_ example: DueCase) throws {
    let counting = DayCounting.studyDays(try calendar(example.zone, rollover: example.rollover))
    #expect(counting.due(afterDays: example.days, from: try instant(example.reviewed)) == (try instant(example.due)))
}

@Test func civilDayNumbersRoundTrip() {
    #expect(StudyCalendar.daysFromCivil(year: 1970, month: 1, day: 1) == 0)
    #expect(StudyCalendar.daysFromCivil(year: 2000, month: 3, day: 1) == 11_017)
    for number in stride(from: -800_000, through: 800_000, by: 997) {
        let (year, month, day) = StudyCalendar.civilFromDays(number)
        #expect(StudyCalendar.daysFromCivil(year: year, month: month, day: day) == number)
    }
}
