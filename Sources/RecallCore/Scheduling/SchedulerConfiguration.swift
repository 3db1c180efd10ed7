import Foundation

/// Everything a `Scheduler` needs besides the cards: the FSRS weights and the scheduling
/// choices around them. The defaults are py-fsrs 6.3.2's.
public struct SchedulerConfiguration: Sendable, Equatable {
    public var parameters: FSRSParameters
    /// The probability of recall at which a review falls due (0 < r < 1).
    public var desiredRetention: Double
    /// Waits between the answers of a new card, in seconds.
    public var learningSteps: [TimeInterval]
    /// Waits after a lapse before the card returns to review, in seconds.
    public var relearningSteps: [TimeInterval]
    /// The longest interval, in days.
    public var maximumInterval: Int
    public var dayCounting: DayCounting

    public init(
        parameters: FSRSParameters = .default, desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600], relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36_500, dayCounting: DayCounting = .wholeDays
    ) {
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.dayCounting = dayCounting
    }

    /// Checks the choices the weights do not cover (the weights are checked when built).
    public func validate() throws(SchedulerConfigurationError) {
        guard desiredRetention > 0, desiredRetention < 1 else {
            throw .desiredRetention(desiredRetention)
        }
        if let step = (learningSteps + relearningSteps).first(where: { !($0 > 0 && $0.isFinite) }) {
            throw .step(step)
        }
        guard maximumInterval >= 1 else { throw .maximumInterval(maximumInterval) }
    }
}

/// Why a scheduler configuration was refused.
public enum SchedulerConfigurationError: Error, Equatable, LocalizedError {
    case desiredRetention(Double)
    case step(TimeInterval)
    case maximumInterval(Int)

    public var errorDescription: String? {
        switch self {
        case .desiredRetention(let value):
            "The desired retention must lie between 0 and 1 (exclusive), not \(value)."
        case .step(let seconds):
            "A learning or relearning step must be a positive number of seconds, not \(seconds)."
        case .maximumInterval(let days):
            "The maximum interval must be at least 1 day, not \(days)."
        }
    }
}

/// How days are counted between reviews and where a whole-day interval ends.
public enum DayCounting: Sendable, Equatable, Hashable {
    /// py-fsrs: elapsed days are whole 24-hour periods, `floor(Δs / 86400)`, and an interval of
    /// n days ends exactly n · 86400 s after the review.
    case wholeDays
    /// Anki: elapsed days are study days (`StudyCalendar.days(from:to:)`), and an interval of
    /// n days set on study day D ends at the start of study day D + n, so the card is due for
    /// that whole study day.
    case studyDays(StudyCalendar)

    /// Days counted from `earlier` to `later` (negative when `later` is earlier).
    public func elapsedDays(from earlier: Date, to later: Date) -> Int {
        switch self {
        case .wholeDays:
            Int((later.timeIntervalSince(earlier) / 86_400).rounded(.down))
        case .studyDays(let calendar):
            calendar.days(from: earlier, to: later)
        }
    }

    /// When an interval of `days` set at `now` ends.
    public func due(afterDays days: Int, from now: Date) -> Date {
        switch self {
        case .wholeDays:
            now.addingTimeInterval(Double(days) * 86_400)
        case .studyDays(let calendar):
            calendar.start(ofDay: calendar.dayNumber(of: now) + days)
        }
    }
}
