/// One card's answers, oldest first, each on a study day: what fitting FSRS reads.
public struct CardHistory: Sendable, Equatable {
    public struct Answer: Sendable, Equatable {
        /// The study day of the answer, counted from any fixed day.
        public var day: Int
        public var rating: Rating

        public init(day: Int, rating: Rating) {
            self.day = day
            self.rating = rating
        }
    }

    public var cardID: Int64
    public var answers: [Answer]

    public init(cardID: Int64, answers: [Answer]) {
        self.cardID = cardID
        self.answers = answers
    }

    /// Groups answers given as (card, day, rating) rows into one history per card, keeping the
    /// rows' order within a day, cards in order of their ids.
    public static func grouped(_ rows: [(cardID: Int64, answer: Answer)]) -> [CardHistory] {
        var byCard: [Int64: [Answer]] = [:]
        for row in rows { byCard[row.cardID, default: []].append(row.answer) }
        return byCard.keys.sorted().map { id in
            let answers = byCard[id]!.enumerated()
                .sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }
                .map(\.element)
            return CardHistory(cardID: id, answers: answers)
        }
    }
}
