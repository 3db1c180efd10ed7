import Foundation
import GRDB
import GRDBSQLite
import RecallCore
import Synchronization

extension AppDatabase {
    /// The report of `scope`: the kept cards and their review log folded into the figures as
    /// they are read. Nothing the size of the collection is held: 865,000 reviews take 16 bytes
    /// each (what the memory model is judged on), the cards nothing but their counters.
    ///
    /// The cards are read in one pass and the review log in slices of time, as many passes as
    /// there are slices, all shared out among the cores (two, say: one reads the cards while the
    /// other reads slices, then both read the slices left). Each pass is its own snapshot, which
    /// a report can afford: a review made meanwhile is counted or not.
    public func report(_ scope: ReportScope, options: ReportOptions = ReportOptions()) throws -> ReportModel {
        let decks = try deckNamesByID()
        // With a deck filter, the kept decks' ids: cards and reviews are filtered in SQL.
        let kept = scope.deck.map { _ in decks.filter { scope.keeps(deck: $0.value) }.keys.sorted() }
        let bounds = try read { db in try Self.reviewSliceBounds(db, slices: Self.reviewSlices) }
        // One slot a slice, each written by the pass that reads it.
        nonisolated(unsafe) let slices = UnsafeMutableBufferPointer<Result<ReviewTally, any Error>>.allocate(
            capacity: bounds.count + 1)
        slices.initialize(repeating: .success(ReviewTally(scope: scope, options: options)))
        defer { slices.deallocate() }
        let nextSlice = Atomic(0)
        nonisolated(unsafe) var cards: Result<CardTally, any Error> = .success(CardTally(scope: scope, options: options))
        // The first reader reads the cards, then slices; the others read slices from the start.
        DispatchQueue.concurrentPerform(iterations: Self.reportReaders) { reader in
            if reader == 0 {
                cards = Result {
                    try read { db in
                        var tally = CardTally(scope: scope, options: options)
                        try Self.forEachReportCard(db, decks: decks, kept: kept, figuresOnly: true) { tally.add($0) }
                        tally.name(try Self.keysAndPrompts(db, of: tally.hardestIDs))
                        return tally
                    }
                }
            }
            while case let slice = nextSlice.add(1, ordering: .relaxed).oldValue, slice < slices.count {
                let after = slice > 0 ? bounds[slice - 1] : nil
                let before = slice < bounds.count ? bounds[slice] : nil
                slices[slice] = Result {
                    try read { db in
                        var tally = ReviewTally(scope: scope, options: options)
                        try Self.forEachReportReview(db, kept: kept, from: after, before: before, figuresOnly: true) {
                            tally.add($0)
                        }
                        return tally
                    }
                }
            }
        }
        var reviews = try slices[0].get()
        for slice in slices.dropFirst() { reviews.append(try slice.get()) }
        return ReportModel(scope: scope, cards: try cards.get(), reviews: reviews, options: options)
    }

    /// How many slices of time the review log is read in by `report`: enough for two or four
    /// cores to share them out evenly beside the cards' pass.
    static let reviewSlices = 8

    /// How many passes `report` makes at once: one a core, two to four.
    static var reportReaders: Int { min(max(ProcessInfo.processInfo.activeProcessorCount, 2), 4) }

    /// The instants that cut the review log into `slices` slices of about as many reviews each
    /// (none for an empty log), from the times of a sample of reviews spread evenly over the ids:
    /// a log is not spread evenly over time (a new card is answered most in its first days).
    /// Only the shares of the work depend on them; the slices always cover the log exactly.
    private static func reviewSliceBounds(_ db: Database, slices: Int) throws -> [Double] {
        // Two subqueries, so that each is answered from an end of the table.
        guard let row = try Row.fetchOne(db, sql: "SELECT (SELECT MIN(id) FROM review), (SELECT MAX(id) FROM review)"),
              let first = row[0] as Int64?, let last = row[1] as Int64?
        else { return [] }
        let samples = 32 * slices
        let ids = (0..<samples).map { first + (last - first) * Int64($0) / Int64(samples - 1) }
        let times = try Double.fetchAll(
            db, sql: "SELECT reviewedAt FROM review WHERE id IN (\(Set(ids).map(String.init).joined(separator: ", ")))"
        ).sorted()
        guard !times.isEmpty else { return [] }
        return (1..<slices).map { times[times.count * $0 / slices] }
    }

    /// Every card and the whole review log, held in memory (for the CSV tables and the optimizer),
    /// read in two passes over plain columns (no JSON decoding per review).
    public func reportInput(
        now: Date, calendar: StudyCalendar, since: Date? = nil, deck: String? = nil
    ) throws -> ReportInput {
        // Cards and reviews are read at the same time on two connections (two cores): the two
        // reads are separate snapshots, which a report can afford.
        let decks = try deckNamesByID()
        nonisolated(unsafe) var cards: Result<[ReportCard], any Error> = .success([])
        nonisolated(unsafe) var reviews: Result<[ReportReview], any Error> = .success([])
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                cards = Result {
                    try read { db in
                        var cards: [ReportCard] = []
                        try Self.forEachReportCard(db, decks: decks, kept: nil, figuresOnly: false) {
                            cards.append($0)
                        }
                        return cards
                    }
                }
            } else {
                reviews = Result {
                    try read { db in
                        var reviews: [ReportReview] = []
                        reviews.reserveCapacity(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM review") ?? 0)
                        try Self.forEachReportReview(db, kept: nil, figuresOnly: false) { reviews.append($0) }
                        return reviews
                    }
                }
            }
        }
        return ReportInput(
            cards: try cards.get(), reviews: try reviews.get(), now: now, calendar: calendar,
            since: since, deck: deck)
    }

    /// The condition keeping the cards of the decks `kept` (ids; nil for every deck).
    private static func keptCards(_ kept: [Int64]?) -> String {
        "NOT removed" + (kept.map { " AND deckId IN (\($0.map(String.init).joined(separator: ", ")))" } ?? "")
    }

    /// Steps through the cards that are not removed (of the decks `kept`), in id order. With
    /// `figuresOnly`, what no figure of a report reads is left out (key, prompt, learning step,
    /// last review, buried until): each column of 200,000 rows costs SQLite ~4 ms to decode.
    private static func forEachReportCard(
        _ db: Database, decks: [Int64: String], kept: [Int64]?, figuresOnly: Bool, _ body: (ReportCard) -> Void
    ) throws {
        let unread: Set = figuresOnly ? ["key", "prompt", "step", "lastReview", "buriedUntilDay"] : []
        let columns = (["id", "deckId", "key", "prompt", "category"] + CardColumns.names)
            .map { unread.contains($0) ? "NULL" : $0 }
        let cardStatement = try db.makeStatement(
            sql: "SELECT \(columns.joined(separator: ", ")) FROM card WHERE \(keptCards(kept)) ORDER BY id")
        let rawCard = cardStatement.sqliteStatement
        func text(_ column: Int32) -> String? {
            sqlite3_column_text(rawCard, column).map { String(cString: $0) }
        }
        while try db.step(rawCard) {
            var columns = StatementColumns(rawCard, from: 5)
            let schedule = CardColumns(reading: &columns)
            body(
                ReportCard(
                    id: sqlite3_column_int64(rawCard, 0), key: text(2) ?? "",
                    deck: decks[sqlite3_column_int64(rawCard, 1)] ?? "", prompt: text(3) ?? "",
                    category: text(4).flatMap(FactCategory.init(rawValue:)), state: schedule.state,
                    suspended: schedule.suspended))
        }
    }

    /// The key and prompt of each card of `ids`.
    private static func keysAndPrompts(_ db: Database, of ids: [Int64]) throws -> [Int64: (key: String, prompt: String)] {
        guard !ids.isEmpty else { return [:] }
        var texts: [Int64: (key: String, prompt: String)] = [:]
        let rows = try Row.fetchCursor(
            db, sql: "SELECT id, key, prompt FROM card WHERE id IN (\(ids.map(String.init).joined(separator: ", ")))")
        while let row = try rows.next() { texts[row[0]] = (row[1], row[2]) }
        return texts
    }

    /// Steps through the review log in time order (of the cards that are not removed of the decks
    /// `kept`; every review for nil), from the instant `from` on and before `before` (nil: no
    /// bound). With `figuresOnly`, without the days since the review before, which no figure reads.
    private static func forEachReportReview(
        _ db: Database, kept: [Int64]?, from: Double? = nil, before: Double? = nil, figuresOnly: Bool,
        _ body: (ReportReview) -> Void
    ) throws {
        let conditions = [
            kept.map { "cardId IN (SELECT id FROM card WHERE \(keptCards($0)))" },
            from.map { _ in "reviewedAt >= ?" }, before.map { _ in "reviewedAt < ?" },
        ].compactMap { $0 }
        // A million rows: stepped with SQLite's own column readers, which is ~20× faster
        // than decoding GRDB rows one value at a time.
        let statement = try db.makeStatement(
            sql: """
                SELECT cardId, reviewedAt, rating, phaseBefore, scheduledDaysBefore, \(figuresOnly ? "NULL" : "elapsedDays"), responseMs
                FROM review INDEXED BY review_by_time
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY reviewedAt
                """)
        let raw = statement.sqliteStatement
        for (index, bound) in [from, before].compactMap({ $0 }).enumerated() {
            sqlite3_bind_double(raw, Int32(index + 1), bound)
        }
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
            body(
                ReportReview(
                    cardID: sqlite3_column_int64(raw, 0),
                    reviewedAt: StoredBounds.date(sqlite3_column_double(raw, 1)),
                    rating: Rating(rawValue: Int(sqlite3_column_int64(raw, 2))) ?? .again,
                    phaseBefore: phase(3), intervalDaysBefore: StoredBounds.days(optionalInt(4)),
                    elapsedDays: StoredBounds.days(optionalInt(5)),
                    responseMilliseconds: StoredBounds.milliseconds(optionalInt(6))))
        }
    }
}

