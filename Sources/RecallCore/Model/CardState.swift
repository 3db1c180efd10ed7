import Foundation

/// Everything the scheduler knows about one card. A value: the scheduler returns a new one.
public struct CardState: Sendable, Equatable, Codable, Hashable {
    public var phase: CardPhase
    /// Index into the learning or relearning steps; nil in review (and for new cards, 0).
    public var step: Int?
    /// Nil until the first review.
    public var memory: MemoryState?
    public var due: Date
    public var lastReview: Date?
    /// The whole-day interval set by the last graduation or review, nil while in steps.
    public var scheduledDays: Int?
    public var reps: Int
    public var lapses: Int

    public init(
        phase: CardPhase = .new, step: Int? = 0, memory: MemoryState? = nil, due: Date,
        lastReview: Date? = nil, scheduledDays: Int? = nil, reps: Int = 0, lapses: Int = 0
    ) {
        self.phase = phase
        self.step = step
        self.memory = memory
        self.due = due
        self.lastReview = lastReview
        self.scheduledDays = scheduledDays
        self.reps = reps
        self.lapses = lapses
    }

    /// A card never studied, available from `date`.
    public static func new(availableFrom date: Date) -> CardState {
        CardState(due: date)
    }
}
