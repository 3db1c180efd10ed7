import Foundation

/// Builds card histories from a collection's review log read in time order, with days counted
/// as study days of the calendar, as the scheduler counts them. A review of a card that was new
/// again (reset) starts a new history, as Anki's FSRS forgets what came before a reset.
public struct CardHistoryBuilder {
    private var cursor: StudyDayCursor
    /// Card id → its current history (-1 for none).
    private var current = CardIDTable<Int32>(absent: -1)
    private var cardIDs: [Int64] = []
    /// Every answer added, with the history it belongs to; sorted into histories at the end,
    /// which keeps a million answers to three flat arrays.
    private var owners: [Int32] = []
    private var answers: [CardHistory.Answer] = []

    public init(calendar: StudyCalendar) {
        cursor = StudyDayCursor(calendar: calendar)
    }

    /// Adds the next review (no earlier than the ones added before).
    public mutating func add(cardID: Int64, reviewedAt: Date, rating: Rating, wasNew: Bool) {
        add(cardID: cardID, day: cursor.day(of: reviewedAt), rating: rating, wasNew: wasNew)
    }

    /// Adds the next review, its study day already counted (no earlier than the ones added before).
    public mutating func add(cardID: Int64, day: Int, rating: Rating, wasNew: Bool) {
        var owner = wasNew ? -1 : current[cardID]
        if owner < 0 {
            owner = Int32(cardIDs.count)
            cardIDs.append(cardID)
            current[cardID] = owner
        }
        owners.append(owner)
        answers.append(CardHistory.Answer(day: day, rating: rating))
    }

    /// The histories, in the order each began.
    public var histories: [CardHistory] {
        var counts = [Int](repeating: 0, count: cardIDs.count)
        for owner in owners { counts[Int(owner)] += 1 }
        var grouped = counts.map { count -> [CardHistory.Answer] in
            var answers: [CardHistory.Answer] = []
            answers.reserveCapacity(count)
            return answers
        }
        for (owner, answer) in zip(owners, answers) { grouped[Int(owner)].append(answer) }
        return zip(cardIDs, grouped).map { CardHistory(cardID: $0, answers: $1) }
    }
}

extension CardHistory {
    /// The histories in a review log (time order): see `CardHistoryBuilder`.
    public static func histories(from reviews: [ReportReview], calendar: StudyCalendar) -> [CardHistory] {
        var builder = CardHistoryBuilder(calendar: calendar)
        for review in reviews {
            builder.add(cardID: review.cardID, reviewedAt: review.reviewedAt, rating: review.rating, wasNew: review.phaseBefore == .new)
        }
        return builder.histories
    }
}

extension FSRS {
    /// The memory state after `history`, replayed with this model as the scheduler replays it:
    /// initial state from the first answer, then same-day or whole-day updates.
    public func memoryState(after history: CardHistory) -> MemoryState? {
        var memory: MemoryState?
        var previousDay: Int?
        for answer in history.answers {
            memory = nextMemory(after: memory, rating: answer.rating, elapsedDays: previousDay.map { answer.day - $0 })
            previousDay = answer.day
        }
        return memory
    }
}
