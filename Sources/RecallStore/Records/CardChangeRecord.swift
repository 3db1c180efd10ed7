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

/// One card a change touched: its scheduling columns (`CardColumns`) before and after.
struct CardChangeEntryRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "cardChangeEntry"
    var id: Int64?
    var cardChangeId: Int64
    var cardId: Int64
    var before: CardColumns
    var after: CardColumns

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
