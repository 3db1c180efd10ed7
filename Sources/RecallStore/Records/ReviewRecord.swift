import Foundation
import GRDB
import RecallCore

/// A row of the `review` table: an answer with the card's state before and after it, each as
/// `StateColumns` (`phaseBefore`, `stabilityBefore`, …, `phaseAfter`, …).
struct ReviewRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "review"
    var id: Int64?
    var cardId: Int64
    var sessionId: Int64?
    var reviewedAt: Double
    var rating: Int
    var before: StateColumns
    var after: StateColumns
    var elapsedDays: Int?
    var scheduledDays: Int?
    var intervalSeconds: Double
    var typedAnswer: String?
    var responseMs: Int?

    enum Columns {
        static let id = Column("id")
        static let cardId = Column("cardId")
        static let sessionId = Column("sessionId")
        static let reviewedAt = Column("reviewedAt")
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Every column but `id`, in the order of `write(to:)`.
    static let columnNames = ["cardId", "sessionId", "reviewedAt", "rating"]
        + StateColumns.names(suffix: "Before") + StateColumns.names(suffix: "After")
        + ["elapsedDays", "scheduledDays", "intervalSeconds", "typedAnswer", "responseMs"]

    /// `id` and then `columnNames`, the order `init(row:)` reads.
    static var databaseSelection: [any SQLSelectable] { [Columns.id] + columnNames.map { Column($0) } }

    /// The row's values, in the order of `columnNames`: the one place a review becomes columns.
    func write(to columns: inout some ColumnWriter) {
        columns.put(cardId)
        columns.put(sessionId)
        columns.put(reviewedAt)
        columns.put(rating)
        before.write(to: &columns)
        after.write(to: &columns)
        columns.put(elapsedDays)
        columns.put(scheduledDays)
        columns.put(intervalSeconds)
        columns.put(typedAnswer)
        columns.put(responseMs)
    }

    /// Reads a row selected as `databaseSelection` says.
    init(row: Row) {
        var columns = RowColumns(row)
        id = columns.int64()
        cardId = columns.int64() ?? 0
        sessionId = columns.int64()
        reviewedAt = columns.double() ?? 0
        rating = columns.int() ?? 1
        before = StateColumns(reading: &columns)
        after = StateColumns(reading: &columns)
        elapsedDays = columns.int()
        scheduledDays = columns.int()
        intervalSeconds = columns.double() ?? 0
        typedAnswer = columns.text()
        responseMs = columns.int()
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        var columns = ContainerColumns(container, names: Self.columnNames)
        write(to: &columns)
        container = columns.container
    }

    /// A prepared INSERT of `rows` reviews, every column but `id`, for `write(to:)` of each.
    static func insertStatement(_ db: Database, rows: Int = 1) throws -> BoundStatement {
        try BoundStatement(db, insertInto: databaseTableName, columns: columnNames, rows: rows)
    }

    init(cardID: Int64, sessionID: Int64?, log: ReviewLog) {
        cardId = cardID
        sessionId = sessionID
        reviewedAt = log.reviewedAt.timeIntervalSince1970
        rating = log.rating.rawValue
        before = StateColumns(log.before)
        after = StateColumns(log.after)
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
                before: before.state, after: after.state,
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
