import Foundation
import Testing
@testable import RecallCore

@Test(arguments: [
    (0, "0s"), (30, "30s"), (59.4, "59s"), (59.7, "1m"),
    (60, "1m"), (330, "6m"), (600, "10m"), (3_569, "59m"), (3_599, "1h"),
    (3_600, "1h"), (5_400, "1.5h"), (18_000, "5h"),
    (86_400, "1d"), (3 * 86_400, "3d"), (29 * 86_400, "29d"),
    (45 * 86_400, "1.5mo"), (365 * 86_400 / 12 * 11, "11mo"),
    (365 * 86_400, "1y"), (766.5 * 86_400, "2.1y"), (36_500 * 86_400, "100y"),
    (-600, "-10m"),
] as [(Double, String)])
func intervalsReadLikeAnkiAnswerButtons(seconds: Double, label: String) {
    #expect(IntervalFormat.short(seconds: seconds) == label)
}

@Test func aReviewLogIsLabelledByItsWholeDaysInReviewAndItsWaitInSteps() {
    let start = Date(timeIntervalSince1970: 1_704_146_400)
    let berlin = StudyCalendar(timeZone: TimeZone(identifier: "Europe/Berlin") ?? .gmt)
    let scheduler = Scheduler(configuration: SchedulerConfiguration(dayCounting: .studyDays(berlin)))
    let next = scheduler.preview(.new(availableFrom: start), at: start, fuzz: nil)
    #expect(IntervalFormat.short(for: next.again) == "1m")
    #expect(IntervalFormat.short(for: next.hard) == "6m")
    #expect(IntervalFormat.short(for: next.good) == "10m")
    // Easy graduates to 8 days; due at the rollover, which is not a whole number of days away.
    #expect(next.easy.scheduledDays == 8)
    #expect(IntervalFormat.short(for: next.easy) == "8d")
}
