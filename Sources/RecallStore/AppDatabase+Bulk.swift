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
    /// The decks cards went to, in the order they were first met.
    public var decks: [String] = []
    /// What the reading skipped or guessed, as sentences.
    public var warnings: [String] = []

    public init(
        cardsAdded: Int = 0, cardsAddedByPhase: [CardPhase: Int] = [:], cardsSkipped: Int = 0,
        reviewsAdded: Int = 0, manualEntriesAdded: Int = 0, decks: [String] = []
    ) {
        self.cardsAdded = cardsAdded
        self.cardsAddedByPhase = cardsAddedByPhase
        self.cardsSkipped = cardsSkipped
        self.reviewsAdded = reviewsAdded
        self.manualEntriesAdded = manualEntriesAdded
        self.decks = decks
    }
}

extension AppDatabase {
    /// Adds many cards with their history to deck `deckName` in ONE transaction: all of it or,
    /// on any failure, none of it. Cards whose key the deck already holds are skipped with
    /// their reviews.
    @discardableResult
    public func insertBulk(
        _ cards: [BulkCard], intoDeck deckName: String, source: String?, now: Date
    ) throws -> BulkSummary {
        try importCards(source: source, now: now, expectedReviews: cards.reduce(0) { $0 + $1.reviews.count }) { writer in
            for card in cards { try writer.add(card, toDeck: deckName) }
        }
    }

    /// Stores what `body` hands its `BulkWriter`, in ONE transaction: all of it or, on any
    /// failure, none of it. Cards whose key their deck already holds are skipped (importing the
    /// same file twice adds nothing). `expectedReviews` says how large the import is: from
    /// `QueueIndexes.rebuildThreshold` reviews on, the indexes are dropped and built once at the
    /// end. `beforeCommit` runs last inside the transaction (to write the media files): if it
    /// throws, nothing is stored. A deck new to the collection starts in its preset in `presets`
    /// (by deck name), else in Default; a deck already there keeps its own.
    @discardableResult
    public func importCards(
        source: String?, now: Date, expectedReviews: Int, presets: [String: String] = [:],
        beforeCommit: () throws -> Void = {}, _ body: (inout BulkWriter) throws -> Void
    ) throws -> BulkSummary {
        try write { db in
            try QueueIndexes.suspended(db, when: expectedReviews >= QueueIndexes.rebuildThreshold) {
                var writer = try BulkWriter(db, source: source, now: now, presets: presets)
                try body(&writer)
                try beforeCommit()
                return writer.summary
            }
        }
    }
}

/// The indexes of the card and review tables, as the migrations made them: kept up to date row
/// by row for normal answers, but dropped and built again from their own definitions (read
/// from the schema, so a later migration's index comes back as that migration wrote it) around
/// a large import, in the same transaction: keeping a million random insertions sorted costs
/// more than sorting once.
enum QueueIndexes {
    static let rebuildThreshold = 50_000

    static func suspended<T>(_ db: Database, when large: Bool, _ body: () throws -> T) throws -> T {
        guard large else { return try body() }
        // Indexes SQLite made for UNIQUE constraints have no SQL and stay: they check keys.
        let definitions = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master
            WHERE type = 'index' AND tbl_name IN ('card', 'review') AND sql IS NOT NULL ORDER BY name
            """).map { (name: $0["name"] as String, sql: $0["sql"] as String) }
        for index in definitions { try db.execute(sql: "DROP INDEX \(index.name.quotedDatabaseIdentifier)") }
        let result = try body()
        for index in definitions { try db.execute(sql: index.sql) }
        return result
    }
}

/// Writes cards with their reviews inside a transaction `AppDatabase.importCards` holds, one
/// at a time, with statements prepared once: memory stays that of one card however many come.
public struct BulkWriter {
    private let db: Database
    private let source: String?
    private let now: Date
    /// The preset a deck takes when this import makes it, by deck name.
    private let presets: [String: String]
    private let insertCard: Statement
    private let insertReview: Statement
    private let insertManual: Statement
    /// For Anki's manual review-log entries, kept as JSON with sorted keys.
    private let encoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()
    /// Each deck met so far: its id, its preset and the position its next card takes.
    private var decks: [String: (id: Int64, preset: String, nextPosition: Int)] = [:]
    public private(set) var summary = BulkSummary()

    init(_ db: Database, source: String?, now: Date, presets: [String: String]) throws {
        self.db = db
        self.source = source
        self.now = now
        self.presets = presets
        insertCard = try CardRecord.insertStatement(db, skippingKnownKeys: true)
        insertReview = try ReviewRecord.insertStatement(db)
        insertManual = try db.makeStatement(sql: "INSERT INTO ankiManualEntry (cardId, milliseconds, entry) VALUES (?, ?, ?)")
    }

    /// Adds `item` to deck `deckName` (made when missing), unless the deck has its key.
    public mutating func add(_ item: BulkCard, toDeck deckName: String) throws {
        let deck = try deck(named: deckName)
        var record = CardRecord(
            deckID: deck.id, card: item.card, position: deck.nextPosition, state: item.state,
            suspended: item.suspended, addedAt: now)
        try insertCard.execute(arguments: record.insertArguments())
        guard db.changesCount > 0 else {
            summary.cardsSkipped += 1
            return
        }
        record.id = db.lastInsertedRowID
        decks[deckName]?.nextPosition += 1
        summary.cardsAdded += 1
        summary.cardsAddedByPhase[item.state.phase, default: 0] += 1
        for log in item.reviews {
            try insertReview.execute(arguments: ReviewRecord(cardID: record.id!, sessionID: nil, log: log).insertArguments)
        }
        summary.reviewsAdded += item.reviews.count
        for entry in item.manualEntries {
            let json = String(decoding: try encoder.encode(entry), as: UTF8.self)
            try insertManual.execute(arguments: [record.id!, entry.milliseconds, json])
        }
        summary.manualEntriesAdded += item.manualEntries.count
    }

    /// The preset of deck `name`: its own when the collection has it, else the one it is made
    /// with (see `importCards(source:now:expectedReviews:presets:beforeCommit:_:)`). An import
    /// replays each card's history with its deck's preset before adding it.
    public mutating func preset(ofDeck name: String) throws -> String {
        try deck(named: name).preset
    }

    private mutating func deck(named name: String) throws -> (id: Int64, preset: String, nextPosition: Int) {
        if let known = decks[name] { return known }
        var deck = try DeckRecord.filter(DeckRecord.Columns.name == name).fetchOne(db)
            ?? DeckRecord(name: name, source: source, sourceHash: nil, createdAt: now.timeIntervalSince1970,
                          preset: presets[name] ?? Preset.defaultName)
        if deck.id == nil { try deck.insert(db) }
        let last = try Int.fetchOne(db, sql: "SELECT MAX(position) FROM card WHERE deckId = ?", arguments: [deck.id!])
        decks[name] = (deck.id!, deck.preset, (last ?? -1) + 1)
        summary.decks.append(name)
        return decks[name]!
    }
}
