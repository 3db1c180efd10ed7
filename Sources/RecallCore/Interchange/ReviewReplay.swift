import Foundation

/// Recomputes a card's FSRS memory state from its Anki review log, so an imported card
/// continues where it was. Each answer in the log (ease 1…4) is replayed through recall's
/// `Scheduler` at the time Anki recorded it; manual entries (ease 0: "Set due date", "Forget",
/// rescheduling) carry no answer and are skipped, except that a "Forget" (a manual entry with
/// factor 0, which Anki writes when a card is reset to new) discards the history before it,
/// as Anki's FSRS does.
///
/// The scheduler should count days as Anki does: `.studyDays` with the person's time zone and
/// rollover hour. The replay has no fuzz, so the same log always gives the same state.
public struct ReviewReplay: Sendable {
    public let scheduler: Scheduler

    public init(scheduler: Scheduler) {
        self.scheduler = scheduler
    }

    /// The outcome of replaying one card's log.
    public struct Outcome: Sendable, Equatable {
        /// The state recall's scheduler reaches after the last answer; nil when the card has
        /// no answer since its last reset.
        public var state: CardState?
        /// One log per answer, oldest first, with Anki's answer time in `responseMilliseconds`.
        /// Answers before a reset are replayed from a new card too, so the whole history is kept.
        public var logs: [ReviewLog]
    }

    /// Replays `entries` (oldest first).
    public func replay(_ entries: [AnkiReviewEntry]) -> Outcome {
        var state: CardState?
        var logs: [ReviewLog] = []
        for entry in entries {
            if Self.isReset(entry) {
                state = nil
                continue
            }
            guard let rating = entry.rating else { continue }
            let time = Date(timeIntervalSince1970: Double(entry.milliseconds) / 1000)
            var log = scheduler.review(state ?? .new(availableFrom: time), rating: rating, at: time, fuzz: nil)
            log.responseMilliseconds = entry.durationMilliseconds > 0 ? entry.durationMilliseconds : nil
            logs.append(log)
            state = log.after
        }
        return Outcome(state: state, logs: logs)
    }

    /// A manual entry with factor 0: the card was reset to new ("Forget"). Checked with Anki
    /// 26.9.3: "Set due date" writes a manual entry with the card's factor, "Forget" one with 0.
    static func isReset(_ entry: AnkiReviewEntry) -> Bool {
        entry.kind == .manual && entry.ease == 0 && entry.factor == 0
    }
}

extension ImportedCard {
    /// The state to store for this card when it is imported at `now`:
    /// - a card Anki never studied is new, available from `now`;
    /// - a studied card keeps Anki's phase, due date, interval, last review, reps and lapses
    ///   (what its owner last saw), with the memory state recomputed by `replay` from the
    ///   review log, or Anki's stored one when the log has no answers.
    /// Also returns the replayed review logs to store as the card's history.
    public func initialState(replay: ReviewReplay, now: Date) -> (state: CardState, reviews: [ReviewLog]) {
        let outcome = replay.replay(reviews)
        guard var state = ankiState else {
            return (.new(availableFrom: now), outcome.logs)
        }
        if let replayed = outcome.state {
            state.memory = replayed.memory ?? state.memory
            if state.phase != .review, replayed.phase == state.phase { state.step = replayed.step }
            if state.lastReview == nil { state.lastReview = replayed.lastReview }
        }
        return (state, outcome.logs)
    }
}
