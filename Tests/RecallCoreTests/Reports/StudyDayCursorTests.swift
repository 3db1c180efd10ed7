import Foundation
import Testing
@testable import RecallCore

@Test(arguments: ["Europe/Berlin", "America/New_York", "UTC", "Australia/Lord_Howe"])
func cursorAgreesWithTheCalendarAcrossDaylightSavingChanges(zone: String) {
    let calendar = StudyCalendar(timeZone: TimeZone(identifier: zone)!, rolloverHour: 4)
    // Every 37 minutes through March and October 2026, in time order, then shuffled.
    var instants: [Date] = []
    for start in [ReportSamples.at("2026-03-01", 0), ReportSamples.at("2026-10-01", 0)] {
        instants += (0..<(31 * 24 * 60 / 37)).map { start.addingTimeInterval(Double($0) * 37 * 60) }
    }
    var random = SplitMix64(seed: 7)
    for order in [instants, instants.shuffled(using: &random)] {
        var cursor = StudyDayCursor(calendar: calendar)
        let mismatches = order.filter { cursor.day(of: $0) != calendar.dayNumber(of: $0) }
        #expect(mismatches.isEmpty, "\(mismatches.count) instants on the wrong study day in \(zone)")
    }
}

@Test(arguments: [
    (0.0, "1970-01-01T00:00:00Z"),
    (1_795_000_000.9, "2026-11-18T11:06:40Z"),
    (-1.0, "1969-12-31T23:59:59Z"),
    (951_782_400, "2000-02-29T00:00:00Z"),
])
func instantsAreWrittenInUTC(seconds: Double, text: String) {
    #expect(ReportDates.isoInstant(Date(timeIntervalSince1970: seconds)) == text)
}

@Test func studyDaysRoundTripThroughTheirISODates() {
    for day in [-1, 0, 11_016, 20_784, 20_785] {
        #expect(ReportDates.day(ofISODate: ReportDates.isoDate(ofDay: day)) == day)
    }
    #expect(ReportDates.isoDate(ofDay: 20_784) == "2026-11-27")
    #expect(ReportDates.isoWeekday(ofDay: 20_784) == 5)  // a Friday
    #expect(ReportDates.isoWeekday(ofDay: -4) == 7)      // 1969-12-28, a Sunday
}

@Test(arguments: [
    ([0, 4, 8], 1, [" ▄█"]),
    ([1, 16], 2, [" █", "▁█"]),
    ([0, 0], 2, ["", ""]),
    ([3, 6], 1, ["▄█"]),
])
func textBarsUseEighthBlocksAndShowEveryNonZeroValue(values: [Int], height: Int, rows: [String]) {
    #expect(TextReportRenderer.bars(values, height: height) == rows)
}

@Test func heatRowShadesWeeksRelativeToTheBusiestOne() {
    let days = Array(repeating: 0, count: 7) + Array(repeating: 1, count: 7) + Array(repeating: 3, count: 7)
        + [28] + Array(repeating: 0, count: 6)
    #expect(TextReportRenderer.heatRow(days) == "·░▓█")
}
