import Foundation

/// The cards folded into the report's card figures: counts, mastery, forecast, histograms and
/// the hardest cards.
struct CardTally {
    typealias Counts = ReportModel.CardCounts

    static let stabilityEdges: [Double] = [0, 1, 2, 4, 7, 14, 21, 30, 60, 90, 180, 365]
    static let difficultyEdges: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

    var counts = Counts()
    var forecast: ReportModel.Forecast
    var stability: [ReportModel.Bucket]
    var difficulty: [ReportModel.Bucket]
    var decks: [ReportModel.Mastery]
    var categories: [ReportModel.Mastery]
    var hardest: [ReportModel.HardCard]

    init(cards: [ReportCard], calendar: StudyCalendar, today: Int, options: ReportOptions) {
        // Day starts from today to the end of the forecast, to place due dates by search.
        let starts = (0...options.forecastDays).map { calendar.start(ofDay: today + $0) }
        var due = Array(repeating: 0, count: options.forecastDays)
        var overdue = 0
        var later = 0
        var stabilityCounts = Array(repeating: 0, count: Self.stabilityEdges.count)
        var difficultyCounts = Array(repeating: 0, count: Self.difficultyEdges.count - 1)
        var deckIndex: [String: Int] = [:]
        var deckNames: [String] = []
        var deckCounts: [Counts] = []
        var categoryCounts = Array(repeating: Counts(), count: FactCategory.allCases.count)
        var lastDeck: (name: String, index: Int)?
        // Cards with lapses as small sortable keys (sorting the cards themselves is slower).
        var lapsed: [(lapses: Int, difficulty: Double, id: Int64, index: Int)] = []

        for (position, card) in cards.enumerated() {
            let state = card.state
            let index: Int
            if let lastDeck, lastDeck.name == card.deck {
                index = lastDeck.index
            } else if let known = deckIndex[card.deck] {
                index = known
            } else {
                index = deckNames.count
                deckIndex[card.deck] = index
                deckNames.append(card.deck)
                deckCounts.append(Counts())
            }
            lastDeck = (card.deck, index)
            deckCounts[index].add(card, options: options)
            counts.add(card, options: options)
            if let category = card.category,
               let position = FactCategory.allCases.firstIndex(of: category) {
                categoryCounts[position].add(card, options: options)
            }
            if state.lapses > 0 {
                lapsed.append((state.lapses, state.memory?.difficulty ?? 0, card.id, position))
            }
            if let memory = state.memory {
                stabilityCounts[Self.bucket(memory.stability, edges: Self.stabilityEdges, closed: false)] += 1
                difficultyCounts[Self.bucket(memory.difficulty, edges: Self.difficultyEdges, closed: true)] += 1
            }
            guard state.phase == .review, !card.suspended else { continue }
            if state.due < starts[1] {
                due[0] += 1
                if state.due < starts[0] { overdue += 1 }
            } else if state.due >= starts[options.forecastDays] {
                later += 1
            } else {
                due[Self.lastIndex(in: starts, notAfter: state.due)] += 1
            }
        }

        forecast = ReportModel.Forecast(
            overdue: overdue,
            days: due.enumerated().map { offset, count in
                .init(date: ReportDates.isoDate(ofDay: today + offset), due: count)
            },
            later: later)
        stability = Self.buckets(stabilityCounts, edges: Self.stabilityEdges, unit: " d", closed: false)
        difficulty = Self.buckets(difficultyCounts, edges: Self.difficultyEdges, unit: "", closed: true)
        counts.finish()
        decks = zip(deckNames, deckCounts)
            .map { ReportModel.Mastery(name: $0, counts: $1.finished()) }
            .sorted { $0.name < $1.name }
        categories = zip(FactCategory.allCases, categoryCounts)
            .filter { $1.total > 0 }
            .map { ReportModel.Mastery(name: $0.rawValue, counts: $1.finished()) }
        hardest = lapsed
            .sorted { a, b in
                if a.lapses != b.lapses { return a.lapses > b.lapses }
                if a.difficulty != b.difficulty { return a.difficulty > b.difficulty }
                return a.id < b.id
            }
            .prefix(options.hardestLimit)
            .map { key in
                let card = cards[key.index]
                return ReportModel.HardCard(
                    id: card.id, key: card.key, deck: card.deck, prompt: card.prompt,
                    category: card.category, phase: card.state.phase, suspended: card.suspended,
                    lapses: card.state.lapses, reps: card.state.reps,
                    stability: card.state.memory?.stability,
                    difficulty: card.state.memory?.difficulty,
                    leech: card.state.lapses >= options.leechLapses)
            }
    }

    /// The index of the bucket holding `value`: below the first edge goes to the first bucket;
    /// with `closed`, the last edge belongs to the last bucket, else past it opens a bucket.
    static func bucket(_ value: Double, edges: [Double], closed: Bool) -> Int {
        let count = closed ? edges.count - 1 : edges.count
        var index = 0
        while index + 1 < edges.count, value >= edges[index + 1] { index += 1 }
        return min(index, count - 1)
    }

    static func buckets(
        _ counts: [Int], edges: [Double], unit: String, closed: Bool
    ) -> [ReportModel.Bucket] {
        counts.enumerated().map { index, count in
            let lower = edges[index]
            let upper = index + 1 < edges.count ? edges[index + 1] : nil
            let label: String
            if let upper {
                label = index == 0 && !closed
                    ? "<\(format(upper))\(unit)" : "\(format(lower))–\(format(upper))\(unit)"
            } else {
                label = "≥\(format(lower))\(unit)"
            }
            return ReportModel.Bucket(label: label, lower: lower, upper: upper, count: count)
        }
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// The last index whose start is not after `date` (`starts` ascending, `starts[0] <= date`).
    private static func lastIndex(in starts: [Date], notAfter date: Date) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= date { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

extension ReportModel.CardCounts {
    mutating func add(_ card: ReportCard, options: ReportOptions) {
        total += 1
        let state = card.state
        if state.lapses >= options.leechLapses { leeches += 1 }
        if card.suspended {
            suspended += 1
            return
        }
        switch state.phase {
        case .new: new += 1
        case .learning, .relearning: learning += 1
        case .review:
            if (state.scheduledDays ?? 0) >= options.matureDays { mature += 1 } else { young += 1 }
            if (state.memory?.stability ?? 0) >= Double(options.matureDays) { mastered += 1 }
        }
    }

    mutating func finish() {
        let studied = total - suspended
        mastery = studied == 0 ? nil : Double(mastered) / Double(studied)
    }

    func finished() -> Self {
        var copy = self
        copy.finish()
        return copy
    }
}
