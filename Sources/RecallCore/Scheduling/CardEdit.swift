import Foundation

/// What `recall card suspend|unsuspend|bury|unbury|forget|reschedule` does to one card, apart
/// from storage: a card's scheduling state and flags in, the changed ones out.
public enum CardEdit: Sendable, Equatable {
    case suspend, unsuspend, bury, unbury, forget
    /// Due on the study day `days` from today (0: today).
    case reschedule(days: Int)

    /// The command's word: "suspend", "reschedule 3".
    public var name: String {
        switch self {
        case .suspend: "suspend"
        case .unsuspend: "unsuspend"
        case .bury: "bury"
        case .unbury: "unbury"
        case .forget: "forget"
        case let .reschedule(days): "reschedule \(days)"
        }
    }

    /// The edit that takes this one back for a card it changed, when there is one simple word
    /// for it (forget and reschedule are taken back only by `recall card undo`).
    public var opposite: CardEdit? {
        switch self {
        case .suspend: .unsuspend
        case .unsuspend: .suspend
        case .bury: .unbury
        case .unbury: .bury
        case .forget, .reschedule: nil
        }
    }

    /// The part of a card an edit may change.
    public struct Card: Sendable, Equatable {
        public var state: CardState
        public var suspended: Bool
        /// The study day the card is buried until (it comes back that day).
        public var buriedUntilDay: Int?

        public init(state: CardState, suspended: Bool, buriedUntilDay: Int?) {
            self.state = state
            self.suspended = suspended
            self.buriedUntilDay = buriedUntilDay
        }
    }

    public enum Outcome: Sendable, Equatable {
        case changed(Card)
        /// The card is already as the edit would leave it.
        case unchanged
        /// The edit does not apply to this card; the reason is a sentence fragment.
        case refused(String)
    }

    /// This edit applied to `card` at `now`; days are `calendar`'s study days.
    public func applied(to card: Card, now: Date, calendar: StudyCalendar) -> Outcome {
        let today = calendar.dayNumber(of: now)
        var edited = card
        switch self {
        case .suspend: edited.suspended = true
        case .unsuspend: edited.suspended = false
        case .bury:
            edited.buriedUntilDay = today + 1
            if let until = card.buriedUntilDay, until > today { return .unchanged }
        case .unbury:
            guard let until = card.buriedUntilDay, until > today else { return .unchanged }
            edited.buriedUntilDay = nil
        case .forget:
            guard card.state.phase != .new else { return .unchanged }
            // As Anki's Forget: a new card again, its history and counts kept.
            edited.state = CardState(phase: .new, step: 0, memory: nil, due: now, lastReview: nil,
                                     scheduledDays: nil, reps: card.state.reps, lapses: card.state.lapses)
        case let .reschedule(days):
            guard card.state.phase != .new else {
                return .refused("a new card has no due date to move; study it first")
            }
            edited.state.phase = .review
            edited.state.step = nil
            edited.state.due = calendar.start(ofDay: today + days)
            if card.state.phase != .review || edited.state.scheduledDays == nil {
                edited.state.scheduledDays = max(1, days)
            }
        }
        return edited == card ? .unchanged : .changed(edited)
    }
}
