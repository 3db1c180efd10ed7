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
