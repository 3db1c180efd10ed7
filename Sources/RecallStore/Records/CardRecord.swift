import Foundation
import GRDB
import RecallCore

struct CardRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "card"
    var id: Int64?
    var deckId: Int64
    var key: String
    var position: Int
    var content: CardContent
    var prompt: String
    var category: String?
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
    var removed: Bool
    var addedAt: Double
    /// `SiblingKeys`, kept in step with `content` by `setContent`.
    var noteKey: String?
    var factKey: String?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let deckId = Column(CodingKeys.deckId)
        static let key = Column(CodingKeys.key)
        static let position = Column(CodingKeys.position)
        static let phase = Column(CodingKeys.phase)
        static let due = Column(CodingKeys.due)
        static let reps = Column(CodingKeys.reps)
        static let suspended = Column(CodingKeys.suspended)
        static let buriedUntilDay = Column(CodingKeys.buriedUntilDay)
        static let removed = Column(CodingKeys.removed)
        static let noteKey = Column(CodingKeys.noteKey)
        static let factKey = Column(CodingKeys.factKey)
    }


    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(deckID: Int64, card: DeckCard, position: Int, state: CardState, addedAt: Date) {
        deckId = deckID
        key = card.key
        self.position = position
        content = card.content
        prompt = card.content.prompt
        phase = ""
        due = 0
        reps = 0
        lapses = 0
        suspended = false
        removed = false
        self.addedAt = addedAt.timeIntervalSince1970
        self.state = state
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
