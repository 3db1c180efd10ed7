import Foundation

/// Schedules answers the way py-fsrs 6.3.2 does: the FSRS-6 memory model (`FSRS`) plus
/// learning and relearning steps, whole-day review intervals and optional fuzz. Pure: the
/// time and the fuzz seed are arguments.
public struct Scheduler: Sendable {
    public let configuration: SchedulerConfiguration
    public let model: FSRS

    public init(configuration: SchedulerConfiguration = .init()) {
        self.configuration = configuration
        model = FSRS(parameters: configuration.parameters, desiredRetention: configuration.desiredRetention)
    }

    /// Answers `state` with `rating` at `now`; the new state is `log.after`.
    ///
    /// A `.new` card is treated as Learning at step 0 with no memory state. Fuzz, when a seed
    /// is given, applies only when the card is in review after the answer.
    public func review(_ state: CardState, rating: Rating, at now: Date, fuzz: FuzzSeed?) -> ReviewLog {
        let isNew = state.phase == .new
        let elapsedDays = isNew
            ? nil : state.lastReview.map { configuration.dayCounting.elapsedDays(from: $0, to: now) }
        let memory = model.nextMemory(after: isNew ? nil : state.memory, rating: rating, elapsedDays: elapsedDays)

        var after = state
        after.memory = memory
        after.lastReview = now
        after.reps += 1
        if state.phase == .review, rating == .again { after.lapses += 1 }

        switch destination(of: state, rating: rating) {
        case .step(let phase, let step, let wait):
            after.phase = phase
            after.step = step
            after.due = now.addingTimeInterval(wait)
            after.scheduledDays = nil
        case .review:
            var days = model.intervalDays(
                stability: memory.stability, maximumInterval: configuration.maximumInterval)
            if let fuzz {
                days = Fuzz.fuzzedDays(days, u: fuzz.unitValue, maximumInterval: configuration.maximumInterval)
            }
            after.phase = .review
            after.step = nil
            after.due = configuration.dayCounting.due(afterDays: days, from: now)
            after.scheduledDays = days
        }
        return ReviewLog(
            rating: rating, reviewedAt: now, before: state, after: after, elapsedDays: elapsedDays,
            scheduledDays: after.scheduledDays, intervalSeconds: after.due.timeIntervalSince(now))
    }

    /// What each rating would do at `now`: exactly the logs `review` returns with the same seed.
    public func preview(_ state: CardState, at now: Date, fuzz: FuzzSeed?) -> NextStates {
        NextStates { review(state, rating: $0, at: now, fuzz: fuzz) }
    }

    /// The probability of recalling the card at `now`, counting days as configured; nil for a
    /// card never reviewed.
    public func retrievability(of state: CardState, at now: Date) -> Double? {
        guard state.phase != .new, let memory = state.memory, let lastReview = state.lastReview else {
            return nil
        }
        let days = configuration.dayCounting.elapsedDays(from: lastReview, to: now)
        return model.retrievability(elapsedDays: days, stability: memory.stability)
    }

    // MARK: Steps

    /// Where an answer sends a card: to a (re)learning step with a wait in seconds, or to review.
    private enum Destination: Equatable {
        case step(CardPhase, Int, TimeInterval)
        case review
    }

    private func destination(of state: CardState, rating: Rating) -> Destination {
        switch state.phase {
        case .new:
            return stepDestination(.learning, step: 0, steps: configuration.learningSteps, rating: rating)
        case .learning:
            return stepDestination(
                .learning, step: state.step ?? 0, steps: configuration.learningSteps, rating: rating)
        case .relearning:
            return stepDestination(
                .relearning, step: state.step ?? 0, steps: configuration.relearningSteps, rating: rating)
        case .review:
            guard rating == .again, let first = configuration.relearningSteps.first else { return .review }
            return .step(.relearning, 0, first)
        }
    }

    /// py-fsrs's step rules, the same for learning and relearning. A step past the end of
    /// `steps` (left by a configuration with more steps) graduates on anything but Again.
    private func stepDestination(
        _ phase: CardPhase, step: Int, steps: [TimeInterval], rating: Rating
    ) -> Destination {
        let step = max(step, 0)
        guard let first = steps.first, step < steps.count || rating == .again else { return .review }
        switch rating {
        case .again:
            return .step(phase, 0, first)
        case .hard where step == 0:
            // Halfway to the next step, or half as long again when there is no next step.
            return .step(phase, 0, steps.count == 1 ? first * 1.5 : (first + steps[1]) / 2)
        case .hard:
            return .step(phase, step, steps[step])
        case .good:
            return step + 1 < steps.count ? .step(phase, step + 1, steps[step + 1]) : .review
        case .easy:
            return .review
        }
    }
}
