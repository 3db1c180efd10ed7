import Foundation

/// The review log folded into a report's counters, one review at a time in time order: totals,
/// per-day counts over the window the report shows, the days studied, and the answers the memory
/// model is judged on. `AppDatabase.report` streams a collection's log into one without holding
/// it; `ReportModel(input:)` folds a log held in memory the same way.
public struct ReviewTally: Sendable {
    struct Day: Sendable {
        var reviews = 0
        var again = 0
        var newCards = 0
        var milliseconds = 0
        var young = ReportModel.Retention.Pass()
        var mature = ReportModel.Retention.Pass()

        mutating func add(_ other: Day) {
            reviews += other.reviews
            again += other.again
            newCards += other.newCards
            milliseconds += other.milliseconds
            young.add(other.young)
            mature.add(other.mature)
        }
    }

    let firstDay: Int
    let today: Int
    let since: Date?
    let matureDays: Int
    private var cursor: StudyDayCursor
    private(set) var days: [Day]
    private(set) var totals = ReportModel.Totals(reviews: 0, again: 0, studyDays: 0, timeMilliseconds: 0)
    private var youngTotal = ReportModel.Retention.Pass()
    private var matureTotal = ReportModel.Retention.Pass()
    /// Study days with reviews, each once where the log moved to a new day.
    private var seen: [Int] = []
    /// Every review of the kept cards, `since` or not: what the memory model is judged on.
    private(set) var judged = JudgedAnswers()

    /// Counts the reviews at or after `since` (all with nil) in the days up to `today`.
    public init(scope: ReportScope, options: ReportOptions = ReportOptions()) {
        let window = max(options.heatmapDays, options.dailyDays, options.retentionWeeks * 7)
        today = scope.today
        firstDay = today - window + 1
        since = scope.since
        matureDays = options.matureDays
        cursor = StudyDayCursor(calendar: scope.calendar)
        days = Array(repeating: Day(), count: window)
    }

    /// Adds the next review of a kept card (none earlier than the ones added before).
    public mutating func add(_ review: ReportReview) {
        let day = cursor.day(of: review.reviewedAt)
        judged.add(cardID: review.cardID, day: day, rating: review.rating, wasNew: review.phaseBefore == .new)
        if let since, review.reviewedAt < since { return }
        if day != seen.last { seen.append(day) }
        let again = review.rating == .again
        let milliseconds = review.responseMilliseconds ?? 0
        totals.reviews += 1
        totals.timeMilliseconds += milliseconds
        if again { totals.again += 1 }
        let isReview = review.phaseBefore == .review
        let isMature = (review.intervalDaysBefore ?? 0) >= matureDays
        if isReview {
            if isMature { matureTotal.add(passed: !again) } else { youngTotal.add(passed: !again) }
        }
        let index = day - firstDay
        guard index >= 0, index < days.count else { return }
        days[index].reviews += 1
        days[index].milliseconds += milliseconds
        if again { days[index].again += 1 }
        if review.phaseBefore == .new { days[index].newCards += 1 }
        if isReview {
            if isMature {
                days[index].mature.add(passed: !again)
            } else {
                days[index].young.add(passed: !again)
            }
        }
    }

    /// Adds the counts of `later`: a tally of the same scope over a later slice of the same
    /// log (none of its reviews earlier than this one's), as if its reviews had been added here.
    public mutating func append(_ later: ReviewTally) {
        for index in days.indices { days[index].add(later.days[index]) }
        totals.reviews += later.totals.reviews
        totals.again += later.totals.again
        totals.timeMilliseconds += later.totals.timeMilliseconds
        youngTotal.add(later.youngTotal)
        matureTotal.add(later.matureTotal)
        seen += later.seen
        judged.append(later.judged)
    }

    /// Distinct study days with reviews, ascending.
    var studied: [Int] { Array(Set(seen)).sorted() }

    var young: ReportModel.Retention.Pass { youngTotal.withRate() }
    var mature: ReportModel.Retention.Pass { matureTotal.withRate() }

    func day(_ day: Int) -> Day {
        let index = day - firstDay
        return index >= 0 && index < days.count ? days[index] : Day()
    }

    func streak(studied: [Int]) -> ReportModel.Streak {
        var longest = 0
        var run = 0
        var previous = Int.min
        var runEndingAt: [Int: Int] = [:]
        for day in studied where day <= today {
            run = day == previous + 1 ? run + 1 : 1
            longest = max(longest, run)
            previous = day
            if day >= today - 1 { runEndingAt[day] = run }
        }
        let current = runEndingAt[today] ?? runEndingAt[today - 1] ?? 0
        return ReportModel.Streak(
            current: current, longest: longest, studiedToday: runEndingAt[today] != nil)
    }

    func activity(lastDays count: Int) -> [ReportModel.DayActivity] {
        (today - count + 1...today).map { number in
            let tally = day(number)
            return ReportModel.DayActivity(
                date: ReportDates.isoDate(ofDay: number), reviews: tally.reviews,
                again: tally.again, newCards: tally.newCards, timeMilliseconds: tally.milliseconds)
        }
    }

    func weeks(_ count: Int) -> [ReportModel.Retention.Week] {
        (0..<count).map { index in
            let start = today - 7 * (count - index) + 1
            var young = ReportModel.Retention.Pass()
            var mature = ReportModel.Retention.Pass()
            for number in start...(start + 6) {
                young.add(day(number).young)
                mature.add(day(number).mature)
            }
            return ReportModel.Retention.Week(
                start: ReportDates.isoDate(ofDay: start), end: ReportDates.isoDate(ofDay: start + 6),
                young: young.withRate(), mature: mature.withRate())
        }
    }

    func heatmap(lastDays count: Int) -> ReportModel.Heatmap {
        let start = today - count + 1
        let counts = (start...today).map { day($0).reviews }
        return ReportModel.Heatmap(
            start: ReportDates.isoDate(ofDay: start), end: ReportDates.isoDate(ofDay: today),
            startWeekday: ReportDates.isoWeekday(ofDay: start), max: counts.max() ?? 0,
            counts: counts)
    }
}

/// The answers of a review log a memory model is judged on, 16 bytes each: card, study day,
/// rating and whether the card was new. A long log is judged on a sample of its cards, and how
/// many to take is known only at the end.
struct JudgedAnswers: Sendable {
    struct Answer: Sendable {
        var cardID: Int64
        var day: Int32
        var rating: Rating
        var wasNew: Bool
    }

    /// In time order, in runs: the answers of a later slice of the log are taken over as a run
    /// of their own, not copied.
    private var runs: [[Answer]] = [[]]

    var count: Int { runs.reduce(0) { $0 + $1.count } }

    mutating func add(cardID: Int64, day: Int, rating: Rating, wasNew: Bool) {
        runs[runs.count - 1].append(Answer(cardID: cardID, day: Int32(clamping: day), rating: rating, wasNew: wasNew))
    }

    /// Adds the answers of `later`, none earlier than these.
    mutating func append(_ later: JudgedAnswers) {
        runs += later.runs
    }

    /// The histories of 1 card in `stride` (by a hash of its id; every card for 1), the days
    /// counted in `calendar`.
    func histories(oneCardIn stride: Int, calendar: StudyCalendar) -> [CardHistory] {
        var builder = CardHistoryBuilder(calendar: calendar)
        // Each card's lot drawn once (0 not drawn yet, 1 in, 2 out), not once an answer.
        var drawn = CardIDTable<UInt8>(absent: 0)
        for run in runs {
            for answer in run {
                var lot = drawn[answer.cardID]
                if lot == 0 {
                    lot = Self.sampled(answer.cardID, oneIn: stride) ? 1 : 2
                    drawn[answer.cardID] = lot
                }
                guard lot == 1 else { continue }
                builder.add(cardID: answer.cardID, day: Int(answer.day), rating: answer.rating, wasNew: answer.wasNew)
            }
        }
        return builder.histories
    }

    /// Whether card `cardID` is among the 1 in `stride` a long history is judged on.
    static func sampled(_ cardID: Int64, oneIn stride: Int) -> Bool {
        guard stride > 1 else { return true }
        var generator = SplitMix64(seed: UInt64(bitPattern: cardID) ^ 0x5EED)
        return generator.next() % UInt64(stride) == 0
    }
}
