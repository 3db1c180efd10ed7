import Foundation
import GRDB
import GRDBSQLite
import RecallCore

extension AppDatabase {
    /// Everything a report is computed from, read in two passes over plain columns (no JSON
    /// decoding per review): a million reviews load in well under a second.
    public func reportInput(
        now: Date, calendar: StudyCalendar, since: Date? = nil, deck: String? = nil
    ) throws -> ReportInput {
        // Cards and reviews are read at the same time on two connections (two cores): the two
        // reads are separate snapshots, which a report can afford.
        nonisolated(unsafe) var cards: Result<[ReportCard], any Error> = .success([])
        nonisolated(unsafe) var reviews: Result<[ReportReview], any Error> = .success([])
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                cards = Result { try read(Self.reportCards) }
            } else {
                reviews = Result { try read(Self.reportReviews) }
            }
        }
        return ReportInput(
            cards: try cards.get(), reviews: try reviews.get(), now: now, calendar: calendar,
            since: since, deck: deck)
    }

    private static func reportCards(_ db: Database) throws -> [ReportCard] {
        var cards: [ReportCard] = []
        let deckNames = Dictionary(
            uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, name FROM deck")
                .map { ($0[0] as Int64, $0[1] as String) })
        let cardStatement = try db.makeStatement(
            sql: """
                SELECT id, deckId, key, prompt, category, \(CardColumns.names.joined(separator: ", "))
                FROM card WHERE NOT removed ORDER BY id
                """)
        let rawCard = cardStatement.sqliteStatement
        func text(_ column: Int32) -> String? {
            sqlite3_column_text(rawCard, column).map { String(cString: $0) }
        }
        while try db.step(rawCard) {
            var columns = StatementColumns(rawCard, from: 5)
            let schedule = CardColumns(reading: &columns)
            cards.append(
                ReportCard(
                    id: sqlite3_column_int64(rawCard, 0), key: text(2) ?? "",
                    deck: deckNames[sqlite3_column_int64(rawCard, 1)] ?? "", prompt: text(3) ?? "",
                    category: text(4).flatMap(FactCategory.init(rawValue:)), state: schedule.state,
                    suspended: schedule.suspended))
        }
        return cards
    }

    private static func reportReviews(_ db: Database) throws -> [ReportReview] {
        // A million rows: stepped with SQLite's own column readers, which is ~20× faster
        // than decoding GRDB rows one value at a time.
        var reviews: [ReportReview] = []
        reviews.reserveCapacity(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM review") ?? 0)
        let statement = try db.makeStatement(
            sql: """
                SELECT cardId, reviewedAt, rating, phaseBefore, scheduledDaysBefore, elapsedDays, responseMs
                FROM review INDEXED BY review_by_time ORDER BY reviewedAt
                """)
        let raw = statement.sqliteStatement
        // The phase from its first letters, without making a String per row.
        func phase(_ column: Int32) -> CardPhase {
            guard let text = sqlite3_column_text(raw, column) else { return .new }
            switch (text[0], text[1], text[2]) {
            case (UInt8(ascii: "l"), _, _): return .learning
            case (UInt8(ascii: "r"), UInt8(ascii: "e"), UInt8(ascii: "v")): return .review
            case (UInt8(ascii: "r"), _, _): return .relearning
            default: return .new
            }
        }
        func optionalInt(_ column: Int32) -> Int? {
            sqlite3_column_type(raw, column) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(raw, column))
        }
        while try db.step(raw) {
            reviews.append(
                ReportReview(
                    cardID: sqlite3_column_int64(raw, 0),
                    reviewedAt: StoredBounds.date(sqlite3_column_double(raw, 1)),
                    rating: Rating(rawValue: Int(sqlite3_column_int64(raw, 2))) ?? .again,
                    phaseBefore: phase(3), intervalDaysBefore: StoredBounds.days(optionalInt(4)),
                    elapsedDays: StoredBounds.days(optionalInt(5)),
                    responseMilliseconds: StoredBounds.milliseconds(optionalInt(6))))
        }
        return reviews
    }
}
