import Foundation
import GRDB
import RecallCore

/// A row of the `card` table. Its scheduling columns are a `CardColumns`, whose state is a
/// `StateColumns`: the one place a card's state becomes columns and is read back. Inserts one
/// at a time (`insert(db)`) and in bulk (`insertStatement`) write the same columns, from
/// `write(to:)`.
struct CardRecord: Decodable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "card"
    var id: Int64?
    var deckId: Int64
    var key: String
    var position: Int
    var content: CardContent
    var prompt: String
    var category: String?
    var schedule: CardColumns
    var removed: Bool
    var addedAt: Double
    /// `SiblingKeys`, kept in step with `content` by `setContent`.
    var noteKey: String?
    var factKey: String?

    enum Columns {
        static let id = Column("id")
        static let deckId = Column("deckId")
        static let key = Column("key")
        static let position = Column("position")
        static let phase = Column("phase")
        static let due = Column("due")
        static let reps = Column("reps")
        static let suspended = Column("suspended")
        static let buriedUntilDay = Column("buriedUntilDay")
        static let removed = Column("removed")
        static let noteKey = Column("noteKey")
        static let factKey = Column("factKey")
    }

    private enum CodingKeys: String, CodingKey {
        case id, deckId, key, position, content, prompt, category, removed, addedAt, noteKey, factKey
    }

    init(from decoder: any Decoder) throws {
        let row = try decoder.container(keyedBy: CodingKeys.self)
        id = try row.decodeIfPresent(Int64.self, forKey: .id)
        deckId = try row.decode(Int64.self, forKey: .deckId)
        key = try row.decode(String.self, forKey: .key)
        position = try row.decode(Int.self, forKey: .position)
        content = try row.decode(CardContent.self, forKey: .content)
        prompt = try row.decode(String.self, forKey: .prompt)
        category = try row.decodeIfPresent(String.self, forKey: .category)
        schedule = try CardColumns(from: decoder)
        removed = try row.decode(Bool.self, forKey: .removed)
        addedAt = try row.decode(Double.self, forKey: .addedAt)
        noteKey = try row.decodeIfPresent(String.self, forKey: .noteKey)
        factKey = try row.decodeIfPresent(String.self, forKey: .factKey)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(deckID: Int64, card: DeckCard, position: Int, state: CardState, suspended: Bool = false, addedAt: Date) {
        deckId = deckID
        key = card.key
        self.position = position
        content = card.content
        prompt = card.content.prompt
        schedule = CardColumns(state: state, suspended: suspended)
        removed = false
        self.addedAt = addedAt.timeIntervalSince1970
        setContent(card.content)
    }

    /// The content and the columns derived from it.
    mutating func setContent(_ content: CardContent) {
        self.content = content
        prompt = content.prompt
        category = content.category?.rawValue
        let siblings = SiblingKeys(deckID: deckId, key: key, content: content)
        noteKey = siblings.note
        factKey = siblings.fact
    }

    /// The state as stored, held to `StoredBounds`.
    var state: CardState {
        get { schedule.state }
        set { schedule.state = newValue }
    }

    var suspended: Bool {
        get { schedule.suspended }
        set { schedule.suspended = newValue }
    }

    var buriedUntilDay: Int? {
        get { schedule.buriedUntilDay }
        set { schedule.buriedUntilDay = newValue }
    }

    /// Every column but `id`, in the order of `write(to:)`.
    static let columnNames = ["deckId", "key", "position", "content", "prompt", "category"]
        + CardColumns.names + ["removed", "addedAt", "noteKey", "factKey"]

    /// The row's values, in the order of `columnNames`: the one place a card becomes columns,
    /// for `insert(db)` and `update(db)` as for inserts in bulk (`insertStatement`). The
    /// content is JSON with sorted keys (`CardContentJSON`), as GRDB writes a Codable column.
    func write(to columns: inout some ColumnWriter) throws {
        columns.put(deckId)
        columns.put(key)
        columns.put(position)
        columns.put(try CardContentJSON.encode(content))
        columns.put(prompt)
        columns.put(category)
        schedule.write(to: &columns)
        columns.put(removed)
        columns.put(addedAt)
        columns.put(noteKey)
        columns.put(factKey)
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        var columns = ContainerColumns(container, names: Self.columnNames)
        try write(to: &columns)
        container = columns.container
    }

    /// A prepared INSERT of every column but `id`, for `write(to:)`. With
    /// `skippingKnownKeys` a card whose key its deck already has is left out (no row changes).
    /// With `ankiIdentity` the card's Anki card id, note id, ordinal and flag follow (`ankiColumns`).
    static func insertStatement(_ db: Database, skippingKnownKeys: Bool, ankiIdentity: Bool = false) throws -> BoundStatement {
        try BoundStatement(
            db, insertInto: databaseTableName, columns: columnNames + (ankiIdentity ? ankiColumns : []),
            suffix: skippingKnownKeys ? "ON CONFLICT (deckId, key) DO NOTHING" : "")
    }

    /// Where a card from Anki sits in Anki (NULL for recall's own cards): written by imports
    /// only, read by exports only (`AppDatabase.exportCards`).
    static let ankiColumns = ["ankiCardId", "ankiNoteId", "ankiOrd", "ankiFlags"]

    /// What the study queue needs of the card.
    var queueCard: QueueCard {
        QueueCard(id: id ?? 0, deckID: deckId, phase: state.phase, due: state.due,
                  siblings: SiblingKeys(note: noteKey, fact: factKey))
    }

    func stored(deckName: String) -> StoredCard {
        StoredCard(
            id: id ?? 0, deckID: deckId, deckName: deckName, key: key, content: content, state: state,
            suspended: suspended, buriedUntilDay: buriedUntilDay, removed: removed,
            addedAt: StoredBounds.date(addedAt))
    }
}

/// A card's scheduling columns exactly as stored: its state (`StateColumns`) with suspension
/// and burying. Also the undo log's record of a card before and after a change (as JSON, its
/// keys the column names), so undo can tell whether a card is still as the change left it.
struct CardColumns: Codable, Equatable {
    var stateColumns: StateColumns
    var suspended: Bool
    var buriedUntilDay: Int?

    init(state: CardState, suspended: Bool = false, buriedUntilDay: Int? = nil) {
        stateColumns = StateColumns(state)
        self.suspended = suspended
        self.buriedUntilDay = buriedUntilDay
    }

    /// The state as stored, held to `StoredBounds`.
    var state: CardState {
        get { stateColumns.state }
        set { stateColumns = StateColumns(newValue) }
    }

    /// The column names, in the order of `write(to:)` and `init(reading:)`.
    static let names = StateColumns.names + ["suspended", "buriedUntilDay"]

    func write(to columns: inout some ColumnWriter) {
        stateColumns.write(to: &columns)
        columns.put(suspended)
        columns.put(buriedUntilDay)
    }

    /// Reads the columns `names` in that order (a report steps through every card this way,
    /// without GRDB rows).
    init(reading columns: inout some ColumnReader) {
        stateColumns = StateColumns(reading: &columns)
        suspended = columns.bool()
        buriedUntilDay = columns.int()
    }

    // Flat, as the columns are: the state's keys beside these.
    private enum CodingKeys: String, CodingKey { case suspended, buriedUntilDay }

    init(from decoder: any Decoder) throws {
        stateColumns = try StateColumns(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        suspended = try container.decode(Bool.self, forKey: .suspended)
        buriedUntilDay = try container.decodeIfPresent(Int.self, forKey: .buriedUntilDay)
    }

    func encode(to encoder: any Encoder) throws {
        try stateColumns.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(suspended, forKey: .suspended)
        try container.encodeIfPresent(buriedUntilDay, forKey: .buriedUntilDay)
    }
}
