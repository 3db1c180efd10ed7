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
    /// For a card from Anki: where it sits there, and its note as Anki had it.
    public var anki: (identity: AnkiCardIdentity, note: AnkiNote)?
    /// For a card from Anki: its flag there.
    public var ankiFlag = 0

    public init(
        card: DeckCard, state: CardState, suspended: Bool = false, reviews: [ReviewLog] = [],
        manualEntries: [AnkiReviewEntry] = [], anki: (identity: AnkiCardIdentity, note: AnkiNote)? = nil
    ) {
        self.anki = anki
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
        try importCards(
            source: source, now: now, expectedReviews: expectedReviews, presets: presets, around: BulkTransaction(),
            beforeCommit: beforeCommit, body)
    }

    /// `importCards` with `around.first` run in the transaction before any card is written and
    /// `around.last` after the last (a full download empties the collection first and records
    /// the sync last, so either all of it happens or none).
    func importCards(
        source: String?, now: Date, expectedReviews: Int, presets: [String: String], around: BulkTransaction,
        beforeCommit: () throws -> Void, _ body: (inout BulkWriter) throws -> Void
    ) throws -> BulkSummary {
        try writeInBulk { db in
            try around.first(db)
            return try QueueIndexes.suspended(db, when: expectedReviews >= QueueIndexes.rebuildThreshold) {
                var writer = try BulkWriter(db, source: source, now: now, presets: presets)
                try body(&writer)
                try writer.finish()
                try around.last(db)
                try beforeCommit()
                return writer.summary
            }
        }
    }

    /// Runs `updates` in ONE immediate transaction, as `write` does, on the writing connection
    /// set up for a bulk insert and put back afterwards:
    /// - foreign keys are not checked row by row (a lookup of the card for each of a million
    ///   reviews): `BulkWriter` writes only ids it has just read or made in this transaction (a
    ///   deck's, then each card's for its reviews and manual entries), never one from the
    ///   imported file;
    /// - the page cache is `bulkCacheKiB`, not SQLite's 2 MB: the key index of the cards
    ///   (inserted in no order) and the tables scanned to rebuild the indexes stay in memory
    ///   instead of being read back from the WAL file; it also lets an index be sorted in memory.
    /// - into a collection file without cards, the transaction keeps SQLite's rollback journal
    ///   instead of the WAL (`RollbackJournal`): every page is written once, into the file,
    ///   instead of into the WAL and copied from it by a checkpoint.
    /// Either way the import is all or nothing, across a crash too.
    private func writeInBulk<T>(_ updates: (Database) throws -> T) throws -> T {
        do {
            // Its idle reading connections would keep the journal from changing.
            (writer as? DatabasePool)?.invalidateReadOnlyConnections()
            return try writer.writeWithoutTransaction { db in
                // None can change inside a transaction; all are put back however it ends.
                let foreignKeys = try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? true
                let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                var journal: RollbackJournal?
                defer {
                    try? db.execute(sql: "PRAGMA foreign_keys = \(foreignKeys ? "ON" : "OFF"); PRAGMA cache_size = \(cacheSize)")
                    journal?.putBack(db)
                }
                try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -\(Self.bulkCacheKiB)")
                journal = try RollbackJournal(db, wanted: writer is DatabasePool)
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try updates(db)
                    return .commit
                }
                return result!
            }
        } catch let error as StoreError { throw error } catch {
            throw translate(error)
        }
    }

    /// The page cache of a bulk insert: with the indexes SQLite sorts in as much memory,
    /// about 40 MB more than an import's peak without it.
    static let bulkCacheKiB = 16_384
}

/// The rollback journal an import into a collection without cards takes instead of the WAL.
/// In WAL mode every page an import writes goes into the WAL first and is copied into the file
/// by the checkpoint after the commit (and read back from the WAL whenever the page cache lets
/// it go); with the rollback journal it is written once, into the file, and only the few pages
/// the file already had are copied to the journal beforehand. Either way the transaction is all
/// or nothing, across a crash too: a journal left by a killed import is rolled back by the next
/// connection that opens the collection. The journal goes back to WAL after the transaction.
/// The mode can change only while no other connection has the file open (another recall
/// process, say): then, or for a collection that has cards (whose pages the journal would copy,
/// while readers would have to wait for the commit), the import keeps the WAL. A recall started
/// during an import into an empty collection finds it in use until the commit (there is
/// nothing to show before it).
struct RollbackJournal {
    /// Whether the journal was changed, to be put back.
    let changed: Bool

    init(_ db: Database, wanted: Bool) throws {
        synchronous = try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? 2
        guard wanted, try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM card)")! else {
            changed = false
            return
        }
        // Another connection holding the file is no reason to wait: the WAL serves then.
        let timeout = try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? 0
        try db.execute(sql: "PRAGMA busy_timeout = 0")
        defer { try? db.execute(sql: "PRAGMA busy_timeout = \(timeout)") }
        changed = (try? String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")) == "delete"
        // With the rollback journal only FULL keeps the transaction whole across a power cut;
        // the writer has it already (`AppDatabase.open`), set here so that no other connection
        // runs an import with less.
        if changed { try? db.execute(sql: "PRAGMA synchronous = FULL") }
    }

    /// The connection's `synchronous` before, put back with the WAL.
    private let synchronous: Int

    /// Puts the WAL back. Should another process have opened the collection meanwhile, it
    /// stays in the rollback journal until the next connection recall opens sets WAL again.
    func putBack(_ db: Database) {
        guard changed else { return }
        _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        try? db.execute(sql: "PRAGMA synchronous = \(synchronous)")
    }
}

/// What a bulk import does in its transaction besides writing cards: `first` before them,
/// `last` after them.
struct BulkTransaction {
    var first: (Database) throws -> Void = { _ in }
    var last: (Database) throws -> Void = { _ in }
}

/// The indexes of the card and review tables, as the migrations made them: kept up to date row
/// by row for normal answers, but dropped and built again from their own definitions (read
/// from the schema, so a later migration's index comes back as that migration wrote it) around
/// a large import, in the same transaction: keeping a million random insertions sorted costs
/// more than sorting once. Those an import only appends to (`appendedByImports`) stay.
enum QueueIndexes {
    static let rebuildThreshold = 50_000

    /// Indexes whose entries an import adds at their end, which costs less than sorting them
    /// again: a new card's id is above every id before it and its reviews follow it
    /// (`review_on_cardId`), and imported reviews have no session, so the partial
    /// `review_on_sessionId` gets nothing (rebuilding it would scan every review for none).
    static let appendedByImports: Set<String> = ["review_on_cardId", "review_on_sessionId"]

    static func suspended<T>(_ db: Database, when large: Bool, _ body: () throws -> T) throws -> T {
        guard large else { return try body() }
        // Indexes SQLite made for UNIQUE constraints have no SQL and stay: they check keys.
        let definitions = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master
            WHERE type = 'index' AND tbl_name IN ('card', 'review') AND sql IS NOT NULL ORDER BY name
            """).map { (name: $0["name"] as String, sql: $0["sql"] as String) }
            .filter { !appendedByImports.contains($0.name) }
        for index in definitions { try db.execute(sql: "DROP INDEX \(index.name.quotedDatabaseIdentifier)") }
        let result = try body()
        for index in definitions { try db.execute(sql: index.sql) }
        return result
    }
}

/// Writes cards with their reviews inside a transaction `AppDatabase.importCards` holds, one
/// at a time, with statements prepared once: memory stays that of one card however many come.
/// Reviews wait for `reviewsPerStatement` more and go in with one statement: running a
/// statement costs SQLite more than one review's row does.
public struct BulkWriter {
    let db: Database
    private let source: String?
    private let now: Date
    /// The preset a deck takes when this import makes it, by deck name.
    private let presets: [String: String]
    private var insertCard: BoundStatement
    private var insertReview: BoundStatement
    private var insertReviews: BoundStatement
    /// The reviews not written yet, fewer than `reviewsPerStatement`.
    private var waitingReviews: [ReviewRecord] = []
    static let reviewsPerStatement = 64
    private let insertManual: Statement
    private let insertNote: Statement
    private let attachIdentity: Statement
    /// The Anki note written last, and whether it is the note its id names in `ankiNote`
    /// (false when another note, of another guid, came first with the same id).
    private var lastNote: (id: Int64, kept: Bool)?
    /// For the manual entries' JSON: sorted keys, as GRDB writes a Codable column.
    private let encoder: JSONEncoder = {
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
        insertCard = try CardRecord.insertStatement(db, skippingKnownKeys: true, ankiIdentity: true)
        insertReview = try ReviewRecord.insertStatement(db)
        insertReviews = try ReviewRecord.insertStatement(db, rows: Self.reviewsPerStatement)
        waitingReviews.reserveCapacity(Self.reviewsPerStatement)
        insertManual = try db.makeStatement(sql: "INSERT INTO ankiManualEntry (cardId, milliseconds, entry) VALUES (?, ?, ?)")
        insertNote = try db.makeStatement(sql: """
            INSERT INTO ankiNote (id, guid, notetypeId, modified, usn, tags, fields) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """)
        attachIdentity = try db.makeStatement(sql: """
            UPDATE card SET ankiCardId = ?, ankiNoteId = ?, ankiOrd = ?
            WHERE deckId = ? AND key = ? AND ankiNoteId IS NULL
            """)
    }

    /// Keeps `note` (once, however many of its cards come) and says whether the card may
    /// point at it: a note already kept under its id is the same note only if its guid is.
    private mutating func keep(_ note: AnkiNote) throws -> Bool {
        if let lastNote, lastNote.id == note.id { return lastNote.kept }
        try insertNote.execute(arguments: [
            note.id, note.guid, note.notetypeID, note.modified, note.usn, AnkiNote.tagsColumn(note.tags),
            note.fields.joined(separator: "\u{1f}"),
        ])
        let kept = try db.changesCount > 0
            || String.fetchOne(db, sql: "SELECT guid FROM ankiNote WHERE id = ?", arguments: [note.id]) == note.guid
        lastNote = (note.id, kept)
        return kept
    }

    /// Adds `item` to deck `deckName` (made when missing), unless the deck has its key.
    public mutating func add(_ item: BulkCard, toDeck deckName: String) throws {
        let deck = try deck(named: deckName)
        var record = CardRecord(
            deckID: deck.id, card: item.card, position: deck.nextPosition, state: item.state,
            suspended: item.suspended, addedAt: now)
        try record.write(to: &insertCard)
        let anki = try item.anki.flatMap { try keep($0.note) ? $0.identity : nil }
        insertCard.put(anki?.cardID)
        insertCard.put(anki?.noteID)
        insertCard.put(anki.map { Int64($0.ord) })
        insertCard.put(anki.map { _ in Int64(item.ankiFlag) })
        try insertCard.execute()
        guard db.changesCount > 0 else {
            summary.cardsSkipped += 1
            // A card imported before recall kept Anki's identity gets it now.
            if let anki {
                try attachIdentity.execute(arguments: [anki.cardID, anki.noteID, anki.ord, deck.id, item.card.key])
            }
            return
        }
        record.id = db.lastInsertedRowID
        decks[deckName]?.nextPosition += 1
        summary.cardsAdded += 1
        summary.cardsAddedByPhase[item.state.phase, default: 0] += 1
        for log in item.reviews {
            waitingReviews.append(ReviewRecord(cardID: record.id!, sessionID: nil, log: log))
            if waitingReviews.count == Self.reviewsPerStatement {
                for review in waitingReviews { review.write(to: &insertReviews) }
                try insertReviews.execute()
                waitingReviews.removeAll(keepingCapacity: true)
            }
        }
        summary.reviewsAdded += item.reviews.count
        for entry in item.manualEntries {
            let json = String(decoding: try encoder.encode(entry), as: UTF8.self)
            try insertManual.execute(arguments: [record.id!, entry.milliseconds, json])
        }
        summary.manualEntriesAdded += item.manualEntries.count
    }

    /// Keeps an Anki collection's own objects (note types, decks, deck options, settings,
    /// tags) as they came; one already kept under its table and key stays as it was.
    public mutating func keep(_ objects: [AnkiKeptObject]) throws {
        let insert = try db.makeStatement(sql: "INSERT INTO ankiObject (tableName, key, value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
        for object in objects { try insert.execute(arguments: [object.table, object.key, object.value]) }
    }

    /// Writes the reviews still waiting, one statement each.
    mutating func finish() throws {
        for review in waitingReviews {
            review.write(to: &insertReview)
            try insertReview.execute()
        }
        waitingReviews.removeAll()
    }

    /// The preset of deck `name`: its own when the collection has it, else the one it is made
    /// with (see `importCards(source:now:expectedReviews:presets:beforeCommit:_:)`). An import
    /// replays each card's history with its deck's preset before adding it.
    public mutating func preset(ofDeck name: String) throws -> String {
        try deck(named: name).preset
    }

    mutating func deck(named name: String) throws -> (id: Int64, preset: String, nextPosition: Int) {
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
