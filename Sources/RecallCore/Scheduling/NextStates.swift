/// What each of the four answers would do to a card: the review logs `Scheduler.review`
/// returns (the new states are their `after`).
public struct NextStates: Sendable, Equatable {
    public var again: ReviewLog
    public var hard: ReviewLog
    public var good: ReviewLog
    public var easy: ReviewLog

    public init(again: ReviewLog, hard: ReviewLog, good: ReviewLog, easy: ReviewLog) {
        self.again = again
        self.hard = hard
        self.good = good
        self.easy = easy
    }

    /// Builds the four logs by calling `review` once per rating.
    public init(_ review: (Rating) -> ReviewLog) {
        self.init(again: review(.again), hard: review(.hard), good: review(.good), easy: review(.easy))
    }

    /// The log for `rating`: `next[.good]`.
    public subscript(rating: Rating) -> ReviewLog {
        switch rating {
        case .again: again
        case .hard: hard
        case .good: good
        case .easy: easy
        }
    }
}
