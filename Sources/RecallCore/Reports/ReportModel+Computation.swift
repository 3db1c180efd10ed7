import Foundation

extension ReportModel {
    /// Computes every figure of a collection held in memory: its kept cards and reviews folded
    /// as `AppDatabase.report` folds them while it reads.
    public init(input: ReportInput, options: ReportOptions = ReportOptions()) {
        var cards = CardTally(scope: input.scope, options: options)
        for card in input.selectedCards { cards.add(card) }
        var reviews = ReviewTally(scope: input.scope, options: options)
        for review in input.deckReviews { reviews.add(review) }
        self.init(scope: input.scope, cards: cards, reviews: reviews, options: options)
    }

    /// The figures of the kept cards and of the kept cards' reviews, folded.
    public init(
        scope: ReportScope, cards tally: CardTally, reviews log: ReviewTally, options: ReportOptions = ReportOptions()
    ) {
        let calendar = scope.calendar
        let today = scope.today
        schemaVersion = Self.currentSchemaVersion
        generatedAt = ReportDates.isoInstant(scope.now)
        studyDay = ReportDates.isoDate(ofDay: today)
        timeZone = calendar.timeZone.identifier
        rolloverHour = calendar.rolloverHour
        filter = Filter(since: scope.since.map(ReportDates.isoInstant), deck: scope.deck)
        let studied = log.studied
        totals = log.totals
        totals.studyDays = studied.count
        streak = log.streak(studied: studied)
        dailyReviews = log.activity(lastDays: options.dailyDays)
        retention = Retention(
            young: log.young, mature: log.mature, weeks: log.weeks(options.retentionWeeks))
        heatmap = log.heatmap(lastDays: options.heatmapDays)

        cards = tally.finishedCounts
        forecast = tally.forecast
        stability = tally.stability
        difficulty = tally.difficulty
        decks = tally.decks
        categories = tally.categories
        hardest = tally.hardest

        memoryModel = MemoryModel(answers: log.judged, scope: scope, presetOfCard: tally.presets(in: scope))

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
