import Foundation

/// Anki's study day: a calendar day in the person's time zone that starts at the rollover
/// hour (4 am by default) instead of midnight. A card due "today" stays due until the next
/// rollover, and "days since the last review" counts these days, not 24-hour periods.
public struct StudyCalendar: Sendable, Equatable, Hashable {
    public var timeZone: TimeZone
    /// The hour (0…23, local time) at which a new study day starts.
    public var rolloverHour: Int

    public init(timeZone: TimeZone, rolloverHour: Int = 4) {
        precondition((0...23).contains(rolloverHour), "rollover hour must be 0…23")
        self.timeZone = timeZone
        self.rolloverHour = rolloverHour
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// The study day `date` falls in, as a count of days since 1970-01-01 (local dates): the
    /// local date, or the day before when the local hour is before the rollover.
    ///
    /// Read from the local wall clock, never by subtracting a fixed number of hours: on a day
    /// with a DST change the rollover is not 4 × 3600 s after midnight.
    public func dayNumber(of date: Date) -> Int {
        // The wall clock's reading as seconds since 1970-01-01 00:00 (local), read from the
        // time zone's offset at that instant: what `Calendar.dateComponents` computes, without
        // making a calendar and its components for each of a million imported reviews.
        let local = (date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))).rounded(.down)
        let localDay = Int((local / 86_400).rounded(.down))
        let hour = Int(local - Double(localDay) * 86_400) / 3_600
        return hour < rolloverHour ? localDay - 1 : localDay
    }

    /// The instant study day `day` begins: its local date at the rollover hour. When a DST
    /// change skips that hour, the first instant after the gap.
    public func start(ofDay day: Int) -> Date {
        // Away from a change of offset, the wall clock's rollover hour less the offset.
        let local = Double(day) * 86_400 + Double(rolloverHour) * 3_600
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: local - 172_800))
        let start = Date(timeIntervalSince1970: local - Double(offset))
        if timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: local + 172_800)) == offset,
           timeZone.secondsFromGMT(for: start) == offset {
            return start
        }
        let (year, month, dayOfMonth) = Self.civilFromDays(day)
        let parts = DateComponents(year: year, month: month, day: dayOfMonth, hour: rolloverHour)
        let calendar = calendar
        if let start = calendar.date(from: parts), dayNumber(of: start) == day { return start }
        // Foundation may resolve a skipped hour backwards; walk forward to the next local hour.
        let midnight = calendar.date(from: DateComponents(year: year, month: month, day: dayOfMonth))
            ?? Date(timeIntervalSince1970: Double(day) * 86_400)
        var candidate = midnight
        while dayNumber(of: candidate) < day { candidate.addTimeInterval(900) }
        return candidate
    }

    /// Whole study days from `from` to `to` (negative when `to` is earlier).
    public func days(from: Date, to: Date) -> Int {
        dayNumber(of: to) - dayNumber(of: from)
    }

    // Howard Hinnant's days-from-civil algorithm (proleptic Gregorian).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
