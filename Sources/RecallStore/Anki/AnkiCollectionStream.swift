import Foundation
import GRDB
import GRDBSQLite
import RecallCore

/// An Anki collection open for reading, its header read, its notes and cards handed on one
/// note at a time (`forEachNote`): however large the collection, memory holds one note with its
/// cards and their review logs. Every row is checked as it is read, and a bad one stops the
/// reading with an `AnkiPackageError` naming it.
public final class AnkiCollectionStream {
    public let header: AnkiCollectionHeader
    /// Rows skipped so far, as sentences (reviews of unknown types).
    public private(set) var warnings: [String] = []
    private let reader: AnkiCollectionDatabase
    private let queue: DatabaseQueue

    init(reader: AnkiCollectionDatabase, queue: DatabaseQueue, header: AnkiCollectionHeader) {
        self.reader = reader
        self.queue = queue
        self.header = header
        if header.keptTooLarge {
            warnings.append("\(reader.file): its note types, decks and settings are larger than recall keeps "
                + "(\(AnkiKeptReader.limit >> 20) MiB); they were not kept, so an export gives Anki its notes as recall's own.")
        }
    }

    deinit { try? queue.close() }

    /// The collection's sync stamps from its `col` row: update sequence number, schema and
    /// modification times (epoch milliseconds).
    func syncStamps() throws(AnkiPackageError) -> (usn: Int, schemaModified: Int64, modified: Int64) {
        try reader.guarded {
            try queue.read { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT usn, scm, mod FROM col LIMIT 1") else {
                    throw reader.malformed("its `col` table is empty")
                }
                let col = AnkiRow(row, file: reader.file, table: "col", place: "the col row")
                return (Int(try col.int64("usn")), try col.int64("scm"), try col.int64("mod"))
            }
        }
    }

    /// An error `body` threw, carried through the reading untouched.
    private struct Handed: Error { var error: any Error }

    /// Calls `body` for every note in id order with its cards (by `ord`, each with its review
    /// log, oldest first), for a note without cards with none, and with a nil note for the
    /// cards of a note that is missing. `progress` gets the cards done so far. Errors `body`
    /// throws come out as they were thrown.
    public func forEachNote(
        progress: ((_ cardsDone: Int) -> Void)? = nil, _ body: (AnkiNote?, [AnkiCard]) throws -> Void
    ) throws {
        do {
            try queue.read { db in try stream(db, progress: progress, body) }
        } catch let handed as Handed {
            throw handed.error
        } catch {
            throw reader.packageError(error)
        }
    }

    static let noteColumns = ["id", "guid", "mid", "tags", "flds", "mod", "usn"]
    static let cardColumns = [
        "id", "nid", "did", "odid", "ord", "type", "queue", "due", "ivl", "factor", "reps", "lapses", "flags", "data",
    ]
    static let reviewColumns = ["id", "ease", "ivl", "lastIvl", "factor", "time", "type"]

    private func stream(
        _ db: Database, progress: ((Int) -> Void)?, _ body: (AnkiNote?, [AnkiCard]) throws -> Void
    ) throws {
        func hand(_ note: AnkiNote?, _ cards: [AnkiCard]) throws {
            do {
                try body(note, cards)
            } catch {
                throw Handed(error: error)
            }
        }
        // Rows are stepped with SQLite's own functions and read by column index: a GRDB row
        // each, its values looked up by name, cost more than the rest of the reading.
        let notes = try db.makeStatement(sql: "SELECT \(Self.noteColumns.joined(separator: ", ")) FROM notes ORDER BY id")
        var notesRead = 0
        func nextNote() throws -> AnkiNote? {
            guard try db.step(notes.sqliteStatement) else { return nil }
            notesRead += 1
            return try reader.note(AnkiRow(
                notes.sqliteStatement, names: Self.noteColumns, file: reader.file, table: "notes",
                place: .numbered(kind: "note", number: notesRead)))
        }
        var waitingNote = try nextNote()
        // Each card with its reviews: a LEFT JOIN, so SQLite finds a card's reviews through
        // Anki's revlog index (or one it builds for the query), never by scanning per card.
        let rows = try db.makeStatement(sql: """
            SELECT \(Self.cardColumns.map { "c." + $0 }.joined(separator: ", ")),
                   r.cid, \(Self.reviewColumns.map { "r." + $0 }.joined(separator: ", "))
            FROM cards c LEFT JOIN revlog r ON r.cid = c.id
            ORDER BY c.nid, c.ord, c.id, r.id
            """)
        let row = rows.sqliteStatement
        // The review's columns follow the card's and `r.cid`, NULL for a card without reviews.
        let reviewCID = Int32(Self.cardColumns.count)
        var group: (note: AnkiNote?, noteID: Int64, cards: [AnkiCard])?
        var card: AnkiCard?
        var cardsRead = 0, reviewsRead = 0
        func finishCard() throws {
            guard let done = card else { return }
            card = nil
            if let current = group, current.noteID == done.noteID {
                group!.cards.append(done)
                return
            }
            if let current = group { try hand(current.note, current.cards) }
            // Notes before this card's note have no cards; then this card's note, if any.
            while let note = waitingNote, note.id < done.noteID {
                try hand(note, [])
                waitingNote = try nextNote()
            }
            var note: AnkiNote?
            if let waiting = waitingNote, waiting.id == done.noteID {
                note = waiting
                waitingNote = try nextNote()
            }
            group = (note, done.noteID, [done])
        }
        while try db.step(row) {
            let id = sqlite3_column_type(row, 0) == SQLITE_INTEGER
                ? sqlite3_column_int64(row, 0) : Int64.fromDatabaseValue(DatabaseValue(sqliteStatement: row, index: 0))
            if card == nil || id == nil || card!.id != id {
                try finishCard()
                cardsRead += 1
                card = try reader.card(AnkiRow(
                    row, names: Self.cardColumns, file: reader.file, table: "cards",
                    place: .numbered(kind: "card", number: cardsRead)))
                if cardsRead % 5000 == 0 { progress?(cardsRead) }
            }
            // A card without reviews has NULL for every revlog column, the card id too.
            guard sqlite3_column_type(row, reviewCID) != SQLITE_NULL else { continue }
            reviewsRead += 1
            let review = AnkiRow(
                row, names: Self.reviewColumns, from: reviewCID + 1, file: reader.file, table: "revlog",
                place: .numbered(kind: "review", number: reviewsRead))
            if let review = try reader.review(review, warnings: &warnings) {
                card!.reviews.append(review)
            }
        }
        try finishCard()
        if let current = group { try hand(current.note, current.cards) }
        while let note = waitingNote {
            try hand(note, [])
            waitingNote = try nextNote()
        }
        progress?(cardsRead)
    }
}
