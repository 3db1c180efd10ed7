import Foundation
import GRDB
import RecallCore

/// A card with its state and history, as an import (or a benchmark) brings it in bulk.
public struct BulkCard: Sendable {
    public var card: DeckCard
    public var state: CardState
    public var suspended: Bool
    public var reviews: [ReviewLog]
    /// Anki review-log entries that are not answers ("Set due date", "Forget", rescheduling):
    /// kept as Anki wrote them, so an export gives Anki its whole log back.
    public var manualEntries: [AnkiReviewEntry]

    public init(
        card: DeckCard, state: CardState, suspended: Bool = false, reviews: [ReviewLog] = [],
        manualEntries: [AnkiReviewEntry] = []
    ) {
        self.card = card
        self.state = state
        self.suspended = suspended
        self.reviews = reviews
        self.manualEntries = manualEntries
    }
}

/// What a bulk insert did.
public struct BulkSummary: Sendable, Equatable {
    public var cardsAdded = 0
    /// The added cards by the phase their history left them in.
    public var cardsAddedByPhase: [CardPhase: Int] = [:]
    /// Cards whose key the deck already had: left as they were (importing twice adds nothing).
    public var cardsSkipped = 0
    public var reviewsAdded = 0
    /// Anki's manual review-log entries kept alongside the reviews.
    public var manualEntriesAdded = 0
}

extension AppDatabase {
    /// Adds many cards with their history to deck `deckName` in ONE transaction: all of it or,
    /// on any failure, none of it. Cards whose key the deck already holds are skipped with
    /// their reviews. Uses prepared statements, fast enough for a million reviews.
    @discardableResult
    public func insertBulk(
        _ cards: [BulkCard], intoDeck deckName: String, source: String?, now: Date,
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> BulkSummary {
        try write { db in
            try Self.withQueueIndexesSuspended(db, incomingReviews: cards.reduce(0) { $0 + $1.reviews.count }) {
                try Self.insertBulk(cards, intoDeck: deckName, source: source, now: now, progress: progress, in: db)
            }
        }
    }

    /// The study-queue and review-log indexes: kept up to date row by row for normal answers,
    /// but dropped and built once, in the same transaction, around a large import (keeping a
    /// million random insertions sorted costs more than sorting once).
    static let queueIndexes: [(name: String, table: String, columns: [String])] = [
        ("card_queue_by_due", "card", ["phase", "due", "suspended", "removed", "buriedUntilDay", "deckId"]),
        ("card_queue_by_position", "card",
         ["phase", "deckId", "position", "suspended", "removed", "buriedUntilDay", "due"]),
        ("review_by_time", "review",
         ["reviewedAt", "cardId", "rating", "phaseBefore", "scheduledDaysBefore", "elapsedDays", "responseMs"]),
        ("card_by_note", "card", ["noteKey"]),
        ("card_by_fact", "card", ["factKey"]),
    ]

    static func createQueueIndex(_ index: (name: String, table: String, columns: [String]), _ db: Database) throws {
        try db.create(index: index.name, on: index.table, columns: index.columns)
    }

    static func withQueueIndexesSuspended<T>(
        _ db: Database, incomingReviews: Int, _ body: () throws -> T
    ) throws -> T {
        guard incomingReviews >= 50_000 else { return try body() }
        for index in queueIndexes { try db.drop(index: index.name) }
        let result = try body()
        for index in queueIndexes { try createQueueIndex(index, db) }
        return result
    }

    /// `insertBulk` inside a transaction the caller holds (an import writes several decks in
    /// one transaction).
    static func insertBulk(
        _ cards: [BulkCard], intoDeck deckName: String, preset: String? = nil, source: String?, now: Date,
        progress: ((_ done: Int, _ total: Int) -> Void)?, in db: Database
    ) throws -> BulkSummary {
        do {
            var deck = try DeckRecord.filter(DeckRecord.Columns.name == deckName).fetchOne(db)
                ?? DeckRecord(name: deckName, source: source, sourceHash: nil, createdAt: now.timeIntervalSince1970,
                              preset: preset ?? Preset.defaultName)
            if deck.id == nil { try deck.insert(db) }
            let deckID = deck.id!
            let knownKeys = Set(try String.fetchAll(
                db, sql: "SELECT key FROM card WHERE deckId = ?", arguments: [deckID]))
            var position = (try Int.fetchOne(
                db, sql: "SELECT MAX(position) FROM card WHERE deckId = ?", arguments: [deckID]) ?? -1) + 1

            let insertCard = try db.makeStatement(sql: """
                INSERT INTO card (deckId, key, position, content, prompt, category, phase, step, stability,
                  difficulty, due, lastReview, scheduledDays, reps, lapses, suspended, removed, addedAt,
                  noteKey, factKey)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)
                """)
            let insertManual = try db.makeStatement(sql: """
                INSERT INTO ankiManualEntry (cardId, milliseconds, entry) VALUES (?, ?, ?)
                """)
            let insertReview = try db.makeStatement(sql: """
                INSERT INTO review (cardId, reviewedAt, rating, phaseBefore, scheduledDaysBefore, stateBefore,
                  stateAfter, elapsedDays, scheduledDays, intervalSeconds, typedAnswer, responseMs)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            var summary = BulkSummary()
            var seen = knownKeys
            for (index, item) in cards.enumerated() {
                if index % 1000 == 0 { progress?(index, cards.count) }
                guard seen.insert(item.card.key).inserted else {
                    summary.cardsSkipped += 1
                    continue
                }
                let state = item.state
                let content = String(decoding: try encoder.encode(item.card.content), as: UTF8.self)
                let siblings = SiblingKeys(deckID: deckID, key: item.card.key, content: item.card.content)
                try insertCard.execute(arguments: [
                    deckID, item.card.key, position, content, item.card.content.prompt,
                    item.card.content.category?.rawValue, state.phase.rawValue, state.step,
                    state.memory?.stability, state.memory?.difficulty, state.due.timeIntervalSince1970,
                    state.lastReview?.timeIntervalSince1970, state.scheduledDays, state.reps, state.lapses,
                    item.suspended, now.timeIntervalSince1970, siblings.note, siblings.fact,
                ])
                position += 1
                summary.cardsAdded += 1
                summary.cardsAddedByPhase[state.phase, default: 0] += 1
                let cardID = db.lastInsertedRowID
                for log in item.reviews {
                    try insertReview.execute(arguments: [
                        cardID, log.reviewedAt.timeIntervalSince1970, log.rating.rawValue,
                        log.before.phase.rawValue, log.before.scheduledDays, StateJSON.encode(log.before),
                        StateJSON.encode(log.after), log.elapsedDays, log.scheduledDays, log.intervalSeconds,
                        log.typedAnswer, log.responseMilliseconds,
                    ])
                    summary.reviewsAdded += 1
                }
                for entry in item.manualEntries {
                    let json = String(decoding: try encoder.encode(entry), as: UTF8.self)
                    try insertManual.execute(arguments: [cardID, entry.milliseconds, json])
                    summary.manualEntriesAdded += 1
                }
            }
            progress?(cards.count, cards.count)
            return summary
        }
    }
}

/// The review log's JSON for a card state, written by hand for bulk inserts (a JSONEncoder
/// per review is the slowest part of importing a million reviews). It matches what GRDB's
/// Codable encoding writes and reads back: dates as milliseconds since 1970.
enum StateJSON {
    static func encode(_ state: CardState) -> String {
        var parts = ["\"due\":\(milliseconds(state.due))"]
        if let lastReview = state.lastReview { parts.append("\"lastReview\":\(milliseconds(lastReview))") }
        parts.append("\"lapses\":\(state.lapses)")
        if let memory = state.memory {
            parts.append("\"memory\":{\"difficulty\":\(memory.difficulty),\"stability\":\(memory.stability)}")
        }
        parts.append("\"phase\":\"\(state.phase.rawValue)\"")
        parts.append("\"reps\":\(state.reps)")
        if let days = state.scheduledDays { parts.append("\"scheduledDays\":\(days)") }
        if let step = state.step { parts.append("\"step\":\(step)") }
        return "{" + parts.joined(separator: ",") + "}"
    }

    private static func milliseconds(_ date: Date) -> String {
        let value = (date.timeIntervalSince1970 * 1000).rounded()
        return String(Int64(value))
    }
}
