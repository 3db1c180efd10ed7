import GRDB
import RecallCore

struct DeckRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "deck"
    var id: Int64?
    var name: String
    var source: String?
    var sourceHash: String?
    var createdAt: Double
    var preset = Preset.defaultName

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
        static let sourceHash = Column(CodingKeys.sourceHash)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
