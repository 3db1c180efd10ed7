import Foundation

/// The cards folded into the report's card figures, one card at a time: counts, mastery,
/// forecast, histograms and the hardest cards. `AppDatabase.report` streams a collection's cards
/// into one without holding them; `ReportModel(input:)` folds cards held in memory the same way.
public struct CardTally: Sendable {
    typealias Counts = ReportModel.CardCounts

    static let stabilityEdges: [Double] = [0, 1, 2, 4, 7, 14, 21, 30, 60, 90, 180, 365]
    static let difficultyEdges: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

    private let options: ReportOptions
    private let today: Int
    /// Day starts from today to the end of the forecast, to place due dates by search.
    private let starts: [Date]
    private var counts = Counts()
    private var due: [Int]
    private var overdue = 0
    private var later = 0
    private var stabilityCounts = Array(repeating: 0, count: CardTally.stabilityEdges.count)
    private var difficultyCounts = Array(repeating: 0, count: CardTally.difficultyEdges.count - 1)
    private var deckIndex: [String: Int] = [:]
    private var deckNames: [String] = []
    private var deckCounts: [Counts] = []
    private var categoryCounts = Array(repeating: Counts(), count: FactCategory.allCases.count)
    private var lastDeck: (name: String, index: Int)?
    /// Card id → index of its deck in `deckNames` (-1 for a card not added).
    private var deckOfCard = CardIDTable<Int32>(absent: -1)
    /// The cards with the most lapses so far, hardest first, at most `options.hardestLimit`.
    private var hardestCards: [ReportCard] = []

    public init(scope: ReportScope, options: ReportOptions = ReportOptions()) {
        self.options = options
        today = scope.today
        starts = (0...options.forecastDays).map { [today] in scope.calendar.start(ofDay: today + $0) }
        due = Array(repeating: 0, count: options.forecastDays)
    }

    /// Adds a card the filters keep. Its key and prompt are read only for the hardest cards,
    /// which `name(_:)` can give later.
    public mutating func add(_ card: ReportCard) {
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
        deckOfCard[card.id] = Int32(index)
        deckCounts[index].add(card, options: options)
        counts.add(card, options: options)
        if let category = card.category,
           let position = FactCategory.allCases.firstIndex(of: category) {
            categoryCounts[position].add(card, options: options)
        }
        if state.lapses > 0 { keepIfHardest(card) }
        if let memory = state.memory {
            stabilityCounts[Self.bucket(memory.stability, edges: Self.stabilityEdges, closed: false)] += 1
            difficultyCounts[Self.bucket(memory.difficulty, edges: Self.difficultyEdges, closed: true)] += 1
        }
        guard state.phase == .review, !card.suspended else { return }
        if state.due < starts[1] {
            due[0] += 1
            if state.due < starts[0] { overdue += 1 }
        } else if state.due >= starts[options.forecastDays] {
            later += 1
        } else {
            due[Self.lastIndex(in: starts, notAfter: state.due)] += 1
        }
    }

    /// Most lapses first, then the higher difficulty, then the lower id.
    private static func isHarder(_ a: ReportCard, than b: ReportCard) -> Bool {
        if a.state.lapses != b.state.lapses { return a.state.lapses > b.state.lapses }
        let (aDifficulty, bDifficulty) = (a.state.memory?.difficulty ?? 0, b.state.memory?.difficulty ?? 0)
        if aDifficulty != bDifficulty { return aDifficulty > bDifficulty }
        return a.id < b.id
    }

    private mutating func keepIfHardest(_ card: ReportCard) {
        guard options.hardestLimit > 0 else { return }
        if hardestCards.count == options.hardestLimit {
            guard Self.isHarder(card, than: hardestCards[hardestCards.count - 1]) else { return }
            hardestCards.removeLast()
        }
        let position = hardestCards.firstIndex { !Self.isHarder($0, than: card) } ?? hardestCards.endIndex
        hardestCards.insert(card, at: position)
    }

    /// The ids of the hardest cards, whose key and prompt the report shows.
    public var hardestIDs: [Int64] { hardestCards.map(\.id) }

    /// Gives the hardest cards their key and prompt (by id), when they were added without.
    public mutating func name(_ texts: [Int64: (key: String, prompt: String)]) {
        for index in hardestCards.indices {
            guard let text = texts[hardestCards[index].id] else { continue }
            hardestCards[index].key = text.key
            hardestCards[index].prompt = text.prompt
        }
    }

    /// A lookup of the preset of each card added (by its deck; `scope.preset(ofDeck: "")` for
    /// another), each deck's preset resolved once.
    func presets(in scope: ReportScope) -> (Int64) -> Preset {
        let ofDeck = deckNames.map(scope.preset(ofDeck:))
        let ofNoDeck = scope.preset(ofDeck: "")
        return { [deckOfCard] id in
            let index = deckOfCard[id]
            return index < 0 ? ofNoDeck : ofDeck[Int(index)]
        }
    }

    var finishedCounts: Counts { counts.finished() }

    var forecast: ReportModel.Forecast {
        ReportModel.Forecast(
            overdue: overdue,
            days: due.enumerated().map { offset, count in
                .init(date: ReportDates.isoDate(ofDay: today + offset), due: count)
            },
            later: later)
    }

    var stability: [ReportModel.Bucket] {
        Self.buckets(stabilityCounts, edges: Self.stabilityEdges, unit: " d", closed: false)
    }

    var difficulty: [ReportModel.Bucket] {
        Self.buckets(difficultyCounts, edges: Self.difficultyEdges, unit: "", closed: true)
    }

    var decks: [ReportModel.Mastery] {
        zip(deckNames, deckCounts)
            .map { ReportModel.Mastery(name: $0, counts: $1.finished()) }
            .sorted { $0.name < $1.name }
    }

    var categories: [ReportModel.Mastery] {
        zip(FactCategory.allCases, categoryCounts)
            .filter { $1.total > 0 }
            .map { ReportModel.Mastery(name: $0.rawValue, counts: $1.finished()) }
    }

    var hardest: [ReportModel.HardCard] {
        hardestCards.map { card in
            ReportModel.HardCard(
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
