import Foundation
import GRDB
import RecallCore

/// One `recall card` command that changed cards, in the undo log.
struct CardChangeRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "cardChange"
    var id: Int64?
    var action: String
    var madeAt: Double
    var undoneAt: Double?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One card a change touched: its columns before and after.
struct CardChangeEntryRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "cardChangeEntry"
    var id: Int64?
    var cardChangeId: Int64
    var cardId: Int64
    var before: CardColumns
    var after: CardColumns

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// The card columns an edit may change, exactly as stored (seconds as doubles), so undo can
/// tell whether a card is still as the change left it.
struct CardColumns: Codable, Equatable {
    var phase: String
    var step: Int?
    var stability: Double?
    var difficulty: Double?
    var due: Double
    var lastReview: Double?
    var scheduledDays: Int?
    var reps: Int
    var lapses: Int
    var suspended: Bool
    var buriedUntilDay: Int?

    init(_ card: CardRecord) {
        phase = card.phase
        step = card.step
        stability = card.stability
        difficulty = card.difficulty
        due = card.due
        lastReview = card.lastReview
        scheduledDays = card.scheduledDays
        reps = card.reps
        lapses = card.lapses
        suspended = card.suspended
        buriedUntilDay = card.buriedUntilDay
    }

    func apply(to card: inout CardRecord) {
        card.phase = phase
        card.step = step
        card.stability = stability
        card.difficulty = difficulty
        card.due = due
        card.lastReview = lastReview
        card.scheduledDays = scheduledDays
        card.reps = reps
        card.lapses = lapses
        card.suspended = suspended
        card.buriedUntilDay = buriedUntilDay
    }
}
