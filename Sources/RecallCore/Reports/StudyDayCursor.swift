import Foundation

/// Finds the study day of many instants quickly. `StudyCalendar.dayNumber(of:)` goes through
/// Foundation's calendar; a review log of a million entries in time order crosses only a few
/// thousand day boundaries, so the cursor remembers the current day's bounds and asks the
/// calendar again only when an instant falls outside them.
struct StudyDayCursor {
    let calendar: StudyCalendar
    private var day = 0
    private var start = Date.distantFuture
    private var end = Date.distantPast

    init(calendar: StudyCalendar) {
        self.calendar = calendar
    }

    mutating func day(of date: Date) -> Int {
        if date >= start, date < end { return day }
        day = calendar.dayNumber(of: date)
        start = calendar.start(ofDay: day)
        end = calendar.start(ofDay: day + 1)
        return day
    }
}

/// Date text for reports: fixed formats, independent of locale.
public enum ReportDates {
    /// `2026-11-27` for a study day number.
    public static func isoDate(ofDay day: Int) -> String {
        let (year, month, dayOfMonth) = StudyCalendar.civilFromDays(day)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(dayOfMonth, 2))"
    }

    /// `2026-11-27T07:30:05Z`: the instant in UTC, to the second.
    static func isoInstant(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let inDay = seconds - day * 86_400
        return isoDate(ofDay: day)
            + "T\(pad(inDay / 3600, 2)):\(pad(inDay / 60 % 60, 2)):\(pad(inDay % 60, 2))Z"
    }

    /// ISO weekday of a study day: 1 for Monday … 7 for Sunday (1970-01-01 was a Thursday).
    static func isoWeekday(ofDay day: Int) -> Int {
        ((day + 3) % 7 + 7) % 7 + 1
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

extension ReportDates {
    /// The day number of a `YYYY-MM-DD` date, as `isoDate(ofDay:)` writes it.
    static func day(ofISODate text: String) -> Int? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return StudyCalendar.daysFromCivil(year: parts[0], month: parts[1], day: parts[2])
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
