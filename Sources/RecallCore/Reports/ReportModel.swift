/// Every figure of a progress report, computed once from a `ReportInput` and handed to the
/// renderers. Codable: `JSONReportRenderer` writes it as the schema in docs/report-schema.md.
/// Dates are study days written `YYYY-MM-DD`; instants are UTC ISO 8601; optional figures are
/// left out of the JSON when there is nothing to compute them from.
public struct ReportModel: Sendable, Equatable, Codable {
    /// Raised when a field changes meaning or goes away; adding fields keeps the version.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// When the report was made (the input's `now`).
    public var generatedAt: String
    /// The study day `now` falls in.
    public var studyDay: String
    public var timeZone: String
    public var rolloverHour: Int
    public var filter: Filter
    /// Figures over every review the filters keep.
    public var totals: Totals
    public var today: Today
    public var streak: Streak
    /// The cards the filters keep, by where they are in their life.
    public var cards: CardCounts
    /// Oldest first, ending today, one entry a study day (zeros included).
    public var dailyReviews: [DayActivity]
    public var retention: Retention
    public var forecast: Forecast
    /// Cards with a memory state, by stability in days.
    public var stability: [Bucket]
    /// Cards with a memory state, by FSRS difficulty (1…10).
    public var difficulty: [Bucket]
    /// Sorted by deck name.
    public var decks: [Mastery]
    /// In `FactCategory` order; only categories that have cards.
    public var categories: [Mastery]
    /// Cards with lapses, most first: the ones that need attention.
    public var hardest: [HardCard]
    public var heatmap: Heatmap
    /// How well the FSRS weights in use predict this history; nil without a review a day or
    /// more after another.
    public var memoryModel: MemoryModel?

    /// The weights in use and their calibration: predicted recall against what happened, for
    /// every review a day or more after the card's previous one (see `ModelEvaluation`).
    public struct MemoryModel: Sendable, Equatable, Codable {
        /// The presets of the judged cards, by name; each card is judged with its preset's weights.
        public var presets: [String]
        /// `YYYY-MM-DD` the weights of the preset with the most judged cards were fitted by
        /// `recall optimize`; nil for FSRS's defaults.
        public var fittedOn: String?
        /// The weights of the preset with the most judged cards.
        public var weights: [Double]
        public var reviews: Int
        /// Set when a long history was judged on 1 card in this many (chosen by card id).
        public var oneCardIn: Int?
        public var logLoss: Double
        public var rmseBins: Double
        /// 5% bins of predicted recall, the empty ones left out.
        public var calibration: [ModelEvaluation.CalibrationBin]
    }

    public struct Filter: Sendable, Equatable, Codable {
        public var since: String?
        public var deck: String?
    }

    public struct Totals: Sendable, Equatable, Codable {
        public var reviews: Int
        public var again: Int
        public var studyDays: Int
        public var timeMilliseconds: Int
    }

    public struct Today: Sendable, Equatable, Codable {
        public var reviews: Int
        /// Cards seen for the first time today.
        public var newCards: Int
        public var again: Int
        public var timeMilliseconds: Int
        /// Review cards due today, overdue ones included.
        public var due: Int
    }

    /// Consecutive study days with at least one review, as Anki counts them: a streak ending
    /// yesterday is still current until today's study day is over.
    public struct Streak: Sendable, Equatable, Codable {
        public var current: Int
        public var longest: Int
        public var studiedToday: Bool
    }

    /// `total = new + learning + young + mature + suspended`: a suspended card counts only
    /// as suspended. Young and mature split review cards at a 21-day interval; `mastered`
    /// counts review cards whose stability is at least 21 days, and `mastery` is their share
    /// of the cards that are not suspended.
    public struct CardCounts: Sendable, Equatable, Codable {
        public var total = 0
        public var new = 0
        public var learning = 0
        public var young = 0
        public var mature = 0
        public var suspended = 0
        public var mastered = 0
        /// Cards with at least 8 lapses (Anki's leech threshold), suspended or not.
        public var leeches = 0
        public var mastery: Double?
    }

    public struct DayActivity: Sendable, Equatable, Codable {
        public var date: String
        public var reviews: Int
        public var again: Int
        public var newCards: Int
        public var timeMilliseconds: Int
    }

    /// True retention: the share of reviews of cards in the review phase answered Hard or
    /// better. Young cards had an interval under 21 days before the review, mature ones more.
    public struct Retention: Sendable, Equatable, Codable {
        public var young: Pass
        public var mature: Pass
        /// Seven-study-day weeks, oldest first; the last one ends today.
        public var weeks: [Week]

        public struct Pass: Sendable, Equatable, Codable {
            public var reviews = 0
            public var passed = 0
            public var rate: Double?
        }

        public struct Week: Sendable, Equatable, Codable {
            public var start: String
            public var end: String
            public var young: Pass
            public var mature: Pass
        }
    }

    /// Review cards (not suspended) by the study day they fall due.
    public struct Forecast: Sendable, Equatable, Codable {
        /// Due before today; also counted in the first day.
        public var overdue: Int
        /// Today first.
        public var days: [DueDay]
        /// Due after the last day shown.
        public var later: Int

        public struct DueDay: Sendable, Equatable, Codable {
            public var date: String
            public var due: Int
        }
    }

    /// A histogram bar: values in `lower ..< upper` (the last bar has no upper bound, or
    /// includes it when it closes the scale).
    public struct Bucket: Sendable, Equatable, Codable {
        public var label: String
        public var lower: Double
        public var upper: Double?
        public var count: Int
    }

    public struct Mastery: Sendable, Equatable, Codable {
        public var name: String
        public var counts: CardCounts
    }

    public struct HardCard: Sendable, Equatable, Codable {
        public var id: Int64
        public var key: String
        public var deck: String
        public var prompt: String
        public var category: FactCategory?
        public var phase: CardPhase
        public var suspended: Bool
        public var lapses: Int
        public var reps: Int
        public var stability: Double?
        public var difficulty: Double?
        public var leech: Bool
    }

    /// Reviews per study day over the last year, for a calendar heatmap.
    public struct Heatmap: Sendable, Equatable, Codable {
        public var start: String
        public var end: String
        /// ISO weekday of `start`: 1 for Monday … 7 for Sunday.
        public var startWeekday: Int
        public var max: Int
        /// One count a study day from `start` to `end`.
        public var counts: [Int]
    }
}

/// How far back and forward a report looks.
public struct ReportOptions: Sendable, Equatable {
    public var dailyDays: Int
    public var forecastDays: Int
    public var retentionWeeks: Int
    public var heatmapDays: Int
    public var hardestLimit: Int
    /// Lapses that make a card a leech (Anki's default is 8).
    public var leechLapses: Int
    /// The interval (and stability) in days from which a card counts as mature or mastered.
    public var matureDays: Int

    public init(
        dailyDays: Int = 30, forecastDays: Int = 30, retentionWeeks: Int = 12,
        heatmapDays: Int = 365, hardestLimit: Int = 20, leechLapses: Int = 8, matureDays: Int = 21
    ) {
        precondition(dailyDays > 0 && forecastDays > 0 && retentionWeeks > 0 && heatmapDays > 0)
        self.dailyDays = dailyDays
        self.forecastDays = forecastDays
        self.retentionWeeks = retentionWeeks
        self.heatmapDays = heatmapDays
        self.hardestLimit = hardestLimit
        self.leechLapses = leechLapses
        self.matureDays = matureDays
    }
}

extension ReportModel.MemoryModel {
    /// The calibration of `input`'s weights on the kept cards' whole history; nil without a
    /// review a day or more after another.
    init?(input: ReportInput, sampledReviews: Int = ReportModel.MemoryModel.sampledReviews) {
        var answers = JudgedAnswers()
        var cursor = StudyDayCursor(calendar: input.calendar)
        for review in input.deckReviews {
            answers.add(
                cardID: review.cardID, day: cursor.day(of: review.reviewedAt), rating: review.rating,
                wasNew: review.phaseBefore == .new)
        }
        let deckOfCard = Dictionary(input.cards.map { ($0.id, $0.deck) }, uniquingKeysWith: { first, _ in first })
        self.init(
            answers: answers, scope: input.scope, presetOfCard: { input.preset(ofDeck: deckOfCard[$0] ?? "") },
            sampledReviews: sampledReviews)
    }

    /// About how many reviews a long history is judged on.
    static let sampledReviews = 100_000

    /// The calibration of the weights of each card's preset on `answers`; nil without a review a
    /// day or more after another.
    /// A long history is judged on a sample of its cards (chosen by id, about
    /// `sampledReviews` reviews), so a report of a million reviews stays fast.
    init?(
        answers: JudgedAnswers, scope: ReportScope, presetOfCard preset: (Int64) -> Preset,
        sampledReviews: Int = ReportModel.MemoryModel.sampledReviews
    ) {
        let calendar = scope.calendar
        let stride = (answers.count + sampledReviews - 1) / sampledReviews
        let histories = answers.histories(oneCardIn: stride, calendar: calendar)
        guard let evaluation = ModelEvaluation(histories: histories, parameters: { preset($0).parameters })
        else { return nil }
        var cardsByPreset: [String: Int] = [:]
        var presetsByName: [String: Preset] = [:]
        for history in histories {
            let used = preset(history.cardID)
            cardsByPreset[used.name, default: 0] += 1
            presetsByName[used.name] = used
        }
        // The preset with the most cards (ties: the first name) speaks for the weights.
        let main = cardsByPreset.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .first.flatMap { presetsByName[$0.key] }
            ?? scope.preset(ofDeck: "")
        self.init(
            presets: cardsByPreset.keys.sorted(),
            fittedOn: main.fittedAt.map { ReportDates.isoDate(ofDay: calendar.dayNumber(of: $0)) },
            weights: main.parameters.weights, reviews: evaluation.items, oneCardIn: stride > 1 ? stride : nil,
            logLoss: evaluation.logLoss, rmseBins: evaluation.rmseBins, calibration: evaluation.calibration)
    }

    /// `parameters fitted 2026-12-04 · log loss 0.3010 · RMSE(bins) 3.6% · 1,720 reviews`; with
    /// cards of several presets, `presets Default, Languages · log loss …`.
    var summary: String {
        (presets.count > 1 ? "presets " + presets.joined(separator: ", ")
            : fittedOn.map { "parameters fitted \($0)" } ?? "FSRS-6 default parameters")
            + " · log loss " + String(format: "%.4f", logLoss) + " · RMSE(bins) " + ReportFormat.percent(rmseBins)
            + " · " + ReportFormat.plural(reviews, "review") + (oneCardIn.map { " of 1 card in \($0)" } ?? "")
    }

    /// Rows of the calibration table: predicted range, mean predicted, actual, reviews.
    var calibrationRows: [[String]] {
        calibration.map { bin in
            ["\(Int((bin.lower * 100).rounded()))–\(Int((bin.upper * 100).rounded()))%", ReportFormat.percent(bin.predicted),
             ReportFormat.percent(bin.actual), ReportFormat.count(bin.count)]
        }
    }

    static let calibrationHeaders = ["Predicted recall", "Mean predicted", "Actual", "Reviews"]
}
