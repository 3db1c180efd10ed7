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
        var cards: [Card] = []
        var keyed: [(day: Int, cardID: Int64, item: Item)] = []
        for history in histories where !history.answers.isEmpty {
            let answers = history.answers
            var elapsed: [Double] = [0]
            var itemAnswers: [Int] = []
            for index in answers.indices.dropFirst() {
                let days = max(answers[index].day - answers[index - 1].day, 0)
                elapsed.append(Double(days))
                if days > 0 { itemAnswers.append(index) }
            }
            for answer in itemAnswers {
                keyed.append((answers[answer].day, history.cardID, Item(card: cards.count, answer: answer, weight: 1)))
            }
            cards.append(Card(id: history.cardID, elapsedDays: elapsed, ratings: answers.map(\.rating), itemAnswers: itemAnswers))
        }
        keyed.sort { ($0.day, $0.cardID, $0.item.answer) < ($1.day, $1.cardID, $1.item.answer) }
        self.cards = cards
        items = keyed.map(\.item)
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
        let last = Double(max(items.count - 1, 1))
        for index in items.indices {
            let position = Double(index) / last
            items[index].weight = 0.25 + 0.75 * position * position * position
        }
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
