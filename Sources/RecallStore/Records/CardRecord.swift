import Foundation
import GRDB
import GRDBSQLite
import RecallCore

/// A row of the `card` table. Its scheduling columns are a `CardColumns`: the one place a
/// card's state becomes columns and is read back. Inserts one at a time (`insert(db)`) and in
/// bulk (`insertStatement`, `insertArguments`) write the same columns, from `databaseValues`.
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

    /// Every column but `id`, in the order of `databaseValues`.
    static let columnNames = ["deckId", "key", "position", "content", "prompt", "category"]
        + CardColumns.names + ["removed", "addedAt", "noteKey", "factKey"]

    /// The row's values, in the order of `columnNames`. The content is JSON with sorted keys,
    /// as GRDB writes a Codable column (`CardContentJSON`).
    func databaseValues() throws -> [(any DatabaseValueConvertible)?] {
        [deckId, key, position, try CardContentJSON.encode(content), prompt, category] + schedule.databaseValues
            + [removed, addedAt, noteKey, factKey]
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        for (name, value) in zip(Self.columnNames, try databaseValues()) {
            container[name] = value
        }
    }

    /// A prepared INSERT of every column but `id`, for `insertArguments`. With
    /// `skippingKnownKeys` a card whose key its deck already has is left out (no row changes).
    static func insertStatement(_ db: Database, skippingKnownKeys: Bool) throws -> Statement {
        try db.makeStatement(sql: """
            INSERT INTO card (\(columnNames.joined(separator: ", ")))
            VALUES (\(Array(repeating: "?", count: columnNames.count).joined(separator: ", ")))
            \(skippingKnownKeys ? "ON CONFLICT (deckId, key) DO NOTHING" : "")
            """)
    }

    func insertArguments() throws -> StatementArguments {
        StatementArguments(try databaseValues())
    }

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

/// A card's scheduling columns exactly as stored (seconds as doubles): what `state` turns into
/// and is read back from, with suspension and burying. Also the undo log's record of a card
/// before and after a change (as JSON), so undo can tell whether a card is still as the change
/// left it.
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

    init(state: CardState, suspended: Bool = false, buriedUntilDay: Int? = nil) {
        phase = ""
        due = 0
        reps = 0
        lapses = 0
        self.suspended = suspended
        self.buriedUntilDay = buriedUntilDay
        self.state = state
    }

    /// The state as stored, held to `StoredBounds`.
    var state: CardState {
        get {
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
        set {
            phase = newValue.phase.rawValue
            step = newValue.step
            stability = newValue.memory?.stability
            difficulty = newValue.memory?.difficulty
            due = newValue.due.timeIntervalSince1970
            lastReview = newValue.lastReview?.timeIntervalSince1970
            scheduledDays = newValue.scheduledDays
            reps = newValue.reps
            lapses = newValue.lapses
        }
    }

    /// The column names, in the order of `databaseValues` and of `init(statement:from:)`.
    static let names = [
        "phase", "step", "stability", "difficulty", "due", "lastReview", "scheduledDays", "reps", "lapses",
        "suspended", "buriedUntilDay",
    ]

    var databaseValues: [(any DatabaseValueConvertible)?] {
        [phase, step, stability, difficulty, due, lastReview, scheduledDays, reps, lapses, suspended, buriedUntilDay]
    }

    /// Reads the columns `names` from a raw statement whose selection has them in that order
    /// from column `first` on (a report steps through every card this way, without GRDB rows).
    init(statement: SQLiteStatement, from first: Int32) {
        func text(_ column: Int32) -> String {
            sqlite3_column_text(statement, first + column).map { String(cString: $0) } ?? ""
        }
        func number(_ column: Int32) -> Double? {
            sqlite3_column_type(statement, first + column) == SQLITE_NULL
                ? nil : sqlite3_column_double(statement, first + column)
        }
        func integer(_ column: Int32) -> Int? {
            sqlite3_column_type(statement, first + column) == SQLITE_NULL
                ? nil : Int(sqlite3_column_int64(statement, first + column))
        }
        phase = text(0)
        step = integer(1)
        stability = number(2)
        difficulty = number(3)
        due = number(4) ?? 0
        lastReview = number(5)
        scheduledDays = integer(6)
        reps = integer(7) ?? 0
        lapses = integer(8) ?? 0
        suspended = (integer(9) ?? 0) != 0
        buriedUntilDay = integer(10)
    }
}
