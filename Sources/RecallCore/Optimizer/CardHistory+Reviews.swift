import Foundation

/// Builds card histories from a collection's review log read in time order, with days counted
/// as study days of the calendar, as the scheduler counts them. A review of a card that was new
/// again (reset) starts a new history, as Anki's FSRS forgets what came before a reset.
public struct CardHistoryBuilder {
    private var cursor: StudyDayCursor
    /// Card id → its current history, for ids small enough to index an array (the usual case)…
    private var currentByID: [Int32] = []
    /// …and for the others.
    private var currentOther: [Int64: Int32] = [:]
    private var cardIDs: [Int64] = []
    /// Every answer added, with the history it belongs to; sorted into histories at the end,
    /// which keeps a million answers to three flat arrays.
    private var owners: [Int32] = []
    private var answers: [CardHistory.Answer] = []

    private static let denseLimit: Int64 = 1 << 22

    public init(calendar: StudyCalendar) {
        cursor = StudyDayCursor(calendar: calendar)
    }

    /// Adds the next review (no earlier than the ones added before).
    public mutating func add(cardID: Int64, reviewedAt: Date, rating: Rating, wasNew: Bool) {
        let answer = CardHistory.Answer(day: cursor.day(of: reviewedAt), rating: rating)
        var owner = wasNew ? -1 : current(cardID)
        if owner < 0 {
            owner = Int32(cardIDs.count)
            cardIDs.append(cardID)
            setCurrent(cardID, owner)
        }
        owners.append(owner)
        answers.append(answer)
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

    private func current(_ cardID: Int64) -> Int32 {
        if cardID >= 0, cardID < Self.denseLimit {
            return Int(cardID) < currentByID.count ? currentByID[Int(cardID)] : -1
        }
        return currentOther[cardID] ?? -1
    }

    private mutating func setCurrent(_ cardID: Int64, _ owner: Int32) {
        guard cardID >= 0, cardID < Self.denseLimit else {
            currentOther[cardID] = owner
            return
        }
        if Int(cardID) >= currentByID.count {
            currentByID.append(contentsOf: repeatElement(-1, count: max(Int(cardID) + 1 - currentByID.count, currentByID.count)))
        }
        currentByID[Int(cardID)] = owner
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
