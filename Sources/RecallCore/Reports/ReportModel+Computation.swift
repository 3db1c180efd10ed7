import Foundation

extension ReportModel {
    /// Computes every figure in one pass over the reviews and one over the cards.
    public init(input: ReportInput, options: ReportOptions = ReportOptions()) {
        let calendar = input.calendar
        let today = calendar.dayNumber(of: input.now)
        let cards = input.selectedCards
        // The memory model's calibration replays every card: done on a second core meanwhile.
        nonisolated(unsafe) var evaluation: MemoryModel?
        nonisolated(unsafe) var log: ReviewTally!
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                evaluation = MemoryModel(input: input)
            } else {
                log = ReviewTally(reviews: input.selectedReviews, calendar: calendar, today: today, options: options)
            }
        }

        schemaVersion = Self.currentSchemaVersion
        generatedAt = ReportDates.isoInstant(input.now)
        studyDay = ReportDates.isoDate(ofDay: today)
        timeZone = calendar.timeZone.identifier
        rolloverHour = calendar.rolloverHour
        filter = Filter(since: input.since.map(ReportDates.isoInstant), deck: input.deck)
        totals = log.totals
        streak = log.streak(today: today)
        dailyReviews = log.activity(lastDays: options.dailyDays)
        retention = Retention(
            young: log.young, mature: log.mature, weeks: log.weeks(options.retentionWeeks))
        heatmap = log.heatmap(lastDays: options.heatmapDays)

        let tally = CardTally(cards: cards, calendar: calendar, today: today, options: options)
        self.cards = tally.counts
        forecast = tally.forecast
        stability = tally.stability
        difficulty = tally.difficulty
        decks = tally.decks
        categories = tally.categories
        hardest = tally.hardest

        memoryModel = evaluation

        let todayActivity = log.day(today)
        self.today = Today(
            reviews: todayActivity.reviews, newCards: todayActivity.newCards,
            again: todayActivity.again, timeMilliseconds: todayActivity.milliseconds,
            due: forecast.days.first?.due ?? 0)
    }
}

extension ReportModel.Retention.Pass {
    mutating func add(passed: Bool) {
        reviews += 1
        if passed { self.passed += 1 }
    }

    mutating func add(_ other: Self) {
        reviews += other.reviews
        passed += other.passed
    }

    func withRate() -> Self {
        var copy = self
        copy.rate = reviews == 0 ? nil : Double(passed) / Double(reviews)
        return copy
    }
}

/// The review log folded into per-day counters over the window the report shows.
private struct ReviewTally {
    struct Day {
        var reviews = 0
        var again = 0
        var newCards = 0
        var milliseconds = 0
        var young = ReportModel.Retention.Pass()
        var mature = ReportModel.Retention.Pass()
    }

    let firstDay: Int
    let today: Int
    var days: [Day]
    var totals = ReportModel.Totals(reviews: 0, again: 0, studyDays: 0, timeMilliseconds: 0)
    var young = ReportModel.Retention.Pass()
    var mature = ReportModel.Retention.Pass()
    /// Distinct study days with reviews, ascending.
    var studied: [Int] = []

    init(reviews: [ReportReview], calendar: StudyCalendar, today: Int, options: ReportOptions) {
        let window = max(options.heatmapDays, options.dailyDays, options.retentionWeeks * 7)
        self.today = today
        firstDay = today - window + 1
        days = Array(repeating: Day(), count: window)
        var cursor = StudyDayCursor(calendar: calendar)
        var lastDay = Int.min
        var seen: [Int] = []
        for review in reviews {
            let day = cursor.day(of: review.reviewedAt)
            if day != lastDay {
                seen.append(day)
                lastDay = day
            }
            let again = review.rating == .again
            let milliseconds = review.responseMilliseconds ?? 0
            totals.reviews += 1
            totals.timeMilliseconds += milliseconds
            if again { totals.again += 1 }
            let isReview = review.phaseBefore == .review
            let isMature = (review.intervalDaysBefore ?? 0) >= options.matureDays
            if isReview {
                if isMature { mature.add(passed: !again) } else { young.add(passed: !again) }
            }
            let index = day - firstDay
            guard index >= 0, index < window else { continue }
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
        studied = Array(Set(seen)).sorted()
        totals.studyDays = studied.count
        young = young.withRate()
        mature = mature.withRate()
    }

    func day(_ day: Int) -> Day {
        let index = day - firstDay
        return index >= 0 && index < days.count ? days[index] : Day()
    }

    func streak(today: Int) -> ReportModel.Streak {
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
