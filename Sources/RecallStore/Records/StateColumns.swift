import Foundation
import GRDB
import RecallCore

/// A card's scheduling state exactly as stored (seconds as doubles): the one place a
/// `CardState` becomes columns and is read back. The card table has these columns under their
/// own names (`CardColumns`); a review has them twice, for the state before and after the
/// answer, with the suffix `Before` and `After` (`ReviewRecord`).
struct StateColumns: Codable, Equatable {
    var phase: String
    var step: Int?
    var stability: Double?
    var difficulty: Double?
    var due: Double
    var lastReview: Double?
    var scheduledDays: Int?
    var reps: Int
    var lapses: Int

    init(_ state: CardState) {
        phase = state.phase.rawValue
        step = state.step
        stability = state.memory?.stability
        difficulty = state.memory?.difficulty
        due = state.due.timeIntervalSince1970
        lastReview = state.lastReview?.timeIntervalSince1970
        scheduledDays = state.scheduledDays
        reps = state.reps
        lapses = state.lapses
    }

    /// The state as stored, held to `StoredBounds`.
    var state: CardState {
        CardState(
            phase: CardPhase(rawValue: phase) ?? .new,
            step: StoredBounds.days(step),
            memory: StoredBounds.memory(stability: stability, difficulty: difficulty),
            due: StoredBounds.date(due),
            lastReview: lastReview.map(StoredBounds.date),
            scheduledDays: StoredBounds.days(scheduledDays),
            reps: StoredBounds.count(reps),
            lapses: StoredBounds.count(lapses))
    }

    /// The column names, in the order of `write(to:)` and `init(reading:)`.
    static let names = ["phase", "step", "stability", "difficulty", "due", "lastReview", "scheduledDays", "reps", "lapses"]

    /// The column names with `suffix` (a review's `phaseBefore`, …).
    static func names(suffix: String) -> [String] { names.map { $0 + suffix } }

    func write(to columns: inout some ColumnWriter) {
        columns.put(phase)
        columns.put(step)
        columns.put(stability)
        columns.put(difficulty)
        columns.put(due)
        columns.put(lastReview)
        columns.put(scheduledDays)
        columns.put(reps)
        columns.put(lapses)
    }

    init(reading columns: inout some ColumnReader) {
        phase = columns.text() ?? ""
        step = columns.int()
        stability = columns.double()
        difficulty = columns.double()
        due = columns.double() ?? 0
        lastReview = columns.double()
        scheduledDays = columns.int()
        reps = columns.int() ?? 0
        lapses = columns.int() ?? 0
    }
}
