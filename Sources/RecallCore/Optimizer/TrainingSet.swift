/// The items FSRS is fitted on and evaluated with, built as fsrs-rs (the optimiser in Anki)
/// builds them: one item per answer given a day or more after the card's previous answer (never
/// the card's first), holding the card's history up to it, so the model predicts that answer's
/// recall from everything before it. Answers on the same day inside a history are short-term
/// updates. Items are ordered by (day, card, answer), the order recency weighting follows.
///
/// A card's items share its history, so an item is stored as the index of its answer in the
/// card's list and a whole card is replayed once for all its items.
public struct TrainingSet: Sendable {
    public struct Card: Sendable {
        public var id: Int64
        /// Days since the previous answer (0 for the first and for same-day answers).
        public var elapsedDays: [Double]
        public var ratings: [Rating]
        /// The indices of the answers that are items, ascending.
        public var itemAnswers: [Int]
    }

    public struct Item: Sendable, Equatable {
        /// Index into `cards`.
        public var card: Int
        /// Index of the predicted answer in the card's history.
        public var answer: Int
        public var weight: Double
    }

    public private(set) var cards: [Card]
    /// Every item in (day, card, answer) order.
    public private(set) var items: [Item]

    public init(histories: [CardHistory]) {
        // Cards in id order (a card's histories keep theirs), so that items of one day come out
        // in card order below.
        let ordered = histories.indices
            .filter { !histories[$0].answers.isEmpty }
            .sorted { (histories[$0].cardID, $0) < (histories[$1].cardID, $1) }
        var cards: [Card] = []
        cards.reserveCapacity(ordered.count)
        var unsorted: [Item] = []
        var days: [Int] = []
        for historyIndex in ordered {
            let answers = histories[historyIndex].answers
            var elapsed = [Double](repeating: 0, count: answers.count)
            var itemAnswers: [Int] = []
            for index in answers.indices.dropFirst() {
                let gap = max(answers[index].day - answers[index - 1].day, 0)
                elapsed[index] = Double(gap)
                if gap > 0 {
                    itemAnswers.append(index)
                    unsorted.append(Item(card: cards.count, answer: index, weight: 1))
                    days.append(answers[index].day)
                }
            }
            cards.append(Card(
                id: histories[historyIndex].cardID, elapsedDays: elapsed, ratings: answers.map(\.rating),
                itemAnswers: itemAnswers))
        }
        self.cards = cards
        items = Self.sortedByDay(unsorted, days: days)
    }

    /// `items` (in card, then answer order) in (day, card, answer) order: a stable counting sort
    /// by day, or a comparison sort when the days span far more than there are items.
    private static func sortedByDay(_ items: [Item], days: [Int]) -> [Item] {
        guard let first = days.min(), let last = days.max() else { return items }
        guard last - first <= 4 * items.count + 100_000 else {
            return items.indices.sorted { (days[$0], $0) < (days[$1], $1) }.map { items[$0] }
        }
        var starts = [Int](repeating: 0, count: last - first + 2)
        for day in days { starts[day - first + 1] += 1 }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var sorted = items
        for (item, day) in zip(items, days) {
            sorted[starts[day - first]] = item
            starts[day - first] += 1
        }
        return sorted
    }

    /// The share of items answered Hard, Good or Easy.
    public var recallRate: Double {
        guard !items.isEmpty else { return 0 }
        return Double(items.count { isRecalled($0) }) / Double(items.count)
    }

    func isRecalled(_ item: Item) -> Bool { cards[item.card].ratings[item.answer] != .again }

    /// The card's first item: the first answer a day or more after the first answer.
    func firstItem(of card: Card) -> (rating: Rating, elapsedDays: Int, recalled: Bool)? {
        guard let answer = card.itemAnswers.first else { return nil }
        return (card.ratings[0], Int(card.elapsedDays[answer]), card.ratings[answer] != .again)
    }

    /// Weights items from 0.25 (the oldest) to 1 (the newest) along a cubic, as fsrs-rs does,
    /// so the fit leans towards how the person remembers now.
    mutating func weightByRecency() {
        for index in items.indices { items[index].weight = Self.recencyWeight(rank: index, of: items.count) }
    }

    /// The weight of the item at `rank` (0: the oldest) among `count`.
    static func recencyWeight(rank: Int, of count: Int) -> Double {
        let position = Double(rank) / Double(max(count - 1, 1))
        return 0.25 + 0.75 * position * position * position
    }

    /// Keeps the items of the cards (indices into `cards`) `keep` accepts.
    mutating func keepCards(where keep: (Int) -> Bool) {
        items.removeAll { !keep($0.card) }
    }

    /// Drops items whose history holds more than `length` answers (fsrs-rs's `max_seq_len`).
    mutating func dropItems(longerThan length: Int) {
        items.removeAll { $0.answer + 1 > length }
    }

    /// Items grouped by card, cards in order of their ids, each card's items in answer order.
    func itemsByCard() -> [[Item]] {
        var grouped: [Int: [Item]] = [:]
        for item in items { grouped[item.card, default: []].append(item) }
        return grouped.keys
            .sorted { cards[$0].id < cards[$1].id }
            .map { grouped[$0]!.sorted { $0.answer < $1.answer } }
    }
}
