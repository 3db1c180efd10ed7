import Foundation
import GRDB
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
    }

    deinit { try? queue.close() }

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
        let notes = try Row.fetchCursor(db, sql: "SELECT id, guid, mid, tags, flds FROM notes ORDER BY id")
        var notesRead = 0
        func nextNote() throws -> AnkiNote? {
            guard let row = try notes.next() else { return nil }
            notesRead += 1
            return try reader.note(row, number: notesRead)
        }
        var waitingNote = try nextNote()
        // Each card with its reviews: a LEFT JOIN, so SQLite finds a card's reviews through
        // Anki's revlog index (or one it builds for the query), never by scanning per card.
        let rows = try Row.fetchCursor(
            db, sql: """
                SELECT c.id, c.nid, c.did, c.odid, c.ord, c.type, c.queue, c.due, c.ivl, c.factor, c.reps,
                       c.lapses, c.flags, c.data,
                       r.cid, r.id, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type
                FROM cards c LEFT JOIN revlog r ON r.cid = c.id
                ORDER BY c.nid, c.ord, c.id, r.id
                """,
            adapter: ScopeAdapter(["card": RangeRowAdapter(0..<14), "review": SuffixRowAdapter(fromIndex: 15)]))
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
        while let row = try rows.next() {
            let cardRow = row.scopes["card"]!
            let id: Int64? = cardRow["id"]
            if card == nil || id == nil || card!.id != id {
                try finishCard()
                cardsRead += 1
                card = try reader.card(cardRow, number: cardsRead)
                if cardsRead % 5000 == 0 { progress?(cardsRead) }
            }
            // A card without reviews has NULL for every revlog column, the card id too.
            guard !row.hasNull(atIndex: 14) else { continue }
            reviewsRead += 1
            if let review = try reader.review(row.scopes["review"]!, number: reviewsRead, warnings: &warnings) {
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
