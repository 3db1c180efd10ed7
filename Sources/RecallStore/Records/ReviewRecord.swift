import Foundation
import GRDB
import RecallCore

struct ReviewRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "review"
    var id: Int64?
    var cardId: Int64
    var sessionId: Int64?
    var reviewedAt: Double
    var rating: Int
    var phaseBefore: String
    var scheduledDaysBefore: Int?
    var stateBefore: CardState
    var stateAfter: CardState
    var elapsedDays: Int?
    var scheduledDays: Int?
    var intervalSeconds: Double
    var typedAnswer: String?
    var responseMs: Int?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let cardId = Column(CodingKeys.cardId)
        static let sessionId = Column(CodingKeys.sessionId)
        static let reviewedAt = Column(CodingKeys.reviewedAt)
        static let phaseBefore = Column(CodingKeys.phaseBefore)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Every column but `id`, in the order of `databaseValues`.
    static let columnNames = [
        "cardId", "sessionId", "reviewedAt", "rating", "phaseBefore", "scheduledDaysBefore", "stateBefore",
        "stateAfter", "elapsedDays", "scheduledDays", "intervalSeconds", "typedAnswer", "responseMs",
    ]

    /// The row's values, in the order of `columnNames`: the one place a review becomes columns.
    /// The states are JSON as `StateJSON` writes it, which reads back as `CardState`.
    var databaseValues: [(any DatabaseValueConvertible)?] {
        [cardId, sessionId, reviewedAt, rating, phaseBefore, scheduledDaysBefore, StateJSON.encode(stateBefore),
         StateJSON.encode(stateAfter), elapsedDays, scheduledDays, intervalSeconds, typedAnswer, responseMs]
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        for (name, value) in zip(Self.columnNames, databaseValues) { container[name] = value }
    }

    /// A prepared INSERT of every column but `id`, for `insertArguments`.
    static func insertStatement(_ db: Database) throws -> Statement {
        try db.makeStatement(sql: """
            INSERT INTO review (\(columnNames.joined(separator: ", ")))
            VALUES (\(Array(repeating: "?", count: columnNames.count).joined(separator: ", ")))
            """)
    }

    var insertArguments: StatementArguments { StatementArguments(databaseValues) }

    init(cardID: Int64, sessionID: Int64?, log: ReviewLog) {
        cardId = cardID
        sessionId = sessionID
        reviewedAt = log.reviewedAt.timeIntervalSince1970
        rating = log.rating.rawValue
        phaseBefore = log.before.phase.rawValue
        scheduledDaysBefore = log.before.scheduledDays
        stateBefore = log.before
        stateAfter = log.after
        elapsedDays = log.elapsedDays
        scheduledDays = log.scheduledDays
        intervalSeconds = log.intervalSeconds
        typedAnswer = log.typedAnswer
        responseMs = log.responseMilliseconds
    }

    /// The review as stored, held to `StoredBounds`.
    var stored: StoredReview {
        StoredReview(
            id: id ?? 0, cardID: cardId, sessionID: sessionId,
            log: ReviewLog(
                rating: Rating(rawValue: rating) ?? .again,
                reviewedAt: StoredBounds.date(reviewedAt),
                before: StoredBounds.state(stateBefore), after: StoredBounds.state(stateAfter),
                elapsedDays: StoredBounds.days(elapsedDays), scheduledDays: StoredBounds.days(scheduledDays),
                intervalSeconds: StoredBounds.seconds(intervalSeconds),
                typedAnswer: typedAnswer, responseMilliseconds: StoredBounds.milliseconds(responseMs)))
    }
}

struct SessionRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "session"
    var id: Int64?
    var startedAt: Double
    var endedAt: Double?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A card state as the review log's JSON, written by hand (a JSONEncoder per review is the
/// slowest part of storing a million reviews). It is what GRDB's Codable decoding reads back
/// as `CardState`: sorted keys, dates as milliseconds since 1970.
enum StateJSON {
    static func encode(_ state: CardState) -> String {
        var json = "{\"due\":"
        json.reserveCapacity(200)
        json += milliseconds(state.due)
        if let lastReview = state.lastReview { json += ",\"lastReview\":" + milliseconds(lastReview) }
        json += ",\"lapses\":" + String(state.lapses)
        if let memory = state.memory {
            json += ",\"memory\":{\"difficulty\":" + memory.difficulty.description
                + ",\"stability\":" + memory.stability.description + "}"
        }
        json += ",\"phase\":\"" + state.phase.rawValue + "\",\"reps\":" + String(state.reps)
        if let days = state.scheduledDays { json += ",\"scheduledDays\":" + String(days) }
        if let step = state.step { json += ",\"step\":" + String(step) }
        return json + "}"
    }

    private static func milliseconds(_ date: Date) -> String {
        String(Int64((date.timeIntervalSince1970 * 1000).rounded()))
    }
}
