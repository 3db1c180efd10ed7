import Foundation
import GRDB
import RecallCore

extension AnkiSyncMerge {
    /// recall's cards from Anki answered or changed since the last sync, as the rows the server
    /// takes, with recall's new answers as review-log entries. recall's own cards are counted:
    /// Anki has no place for them until a full upload. A card the server changed too
    /// (`serverModified`, by Anki card id) has been merged here, history and all, so it goes
    /// stamped after the server's change: the server keeps a card's later change.
    func outgoing(
        _ db: Database, pending: Set<Int64>, pendingReviews: Set<Int64>, serverModified: [Int64: Int64],
        summary: inout AnkiIncrementalSummary
    ) throws -> AnkiSyncChunk {
        var chunk = AnkiSyncChunk(done: true)
        let seconds = Int64(now.timeIntervalSince1970)
        let (notes, adopted) = try adoptOwnCards(db, pending: pending, summary: &summary)
        chunk.notes = notes.map(AnkiSyncNote.init) + (try editedNotes(db, summary: &summary)).map(AnkiSyncNote.init)
        // The answers to send: those given since the last sync, and every answer of a card new to Anki.
        var toSend = pendingReviews
        if !adopted.isEmpty {
            toSend.formUnion(try Int64.fetchAll(
                db, sql: "SELECT id FROM review WHERE cardId IN (\(adopted.map(String.init).joined(separator: ",")))"))
        }
        // The review-log ids Anki has around those answers (the log of the cards recall holds,
        // but those answers): an answer's id may not be one of them.
        var taken = Set<Int64>()
        let ids = toSend.map(String.init).joined(separator: ",")
        if !ids.isEmpty, let span = try Row.fetchOne(
            db, sql: "SELECT min(reviewedAt) - 1, max(reviewedAt) + 1 FROM review WHERE id IN (\(ids))"),
            let first = span[0] as Double?, let last = span[1] as Double? {
            taken = Set(try Row.fetchAll(
                db, sql: "SELECT reviewedAt FROM review WHERE reviewedAt BETWEEN ? AND ? AND id NOT IN (\(ids))",
                arguments: [first, last]
            ).map { Int64((($0[0] as Double) * 1000).rounded()) })
            taken.formUnion(try Int64.fetchAll(
                db, sql: "SELECT milliseconds FROM ankiManualEntry WHERE milliseconds BETWEEN ? AND ?",
                arguments: [Int64(first * 1000), Int64(last * 1000)]))
        }
        for id in pending.union(adopted).sorted() {
            guard let record = try CardRecord.fetchOne(db, key: id), !record.removed,
                  // A card Anki holds has its card id and note (one whose deletion went has no note).
                  try Int64.fetchOne(db, sql: "SELECT ankiCardId FROM card WHERE id = ? AND ankiNoteId IS NOT NULL",
                                     arguments: [id]) != nil
            else { continue }
            var (card, deck) = try exported(record, db)
            if card.queue != .suspended, (record.buriedUntilDay ?? .min) > today { card.queue = .userBuried }
            guard kept.deckIDs[deck] != nil else { throw AnkiIncrementalRefusal.deckNotInAnki(server: server, deck: deck) }
            chunk.cards.append(AnkiSyncCard(
                id: card.id, noteID: card.noteID, deckID: card.deckID, ord: card.ord,
                modified: max(seconds, (serverModified[card.id] ?? 0) + 1), usn: serverUSN,
                type: card.type.rawValue, queue: card.queue.rawValue, due: card.due, interval: card.interval,
                factor: card.easeFactor, reps: card.reps, lapses: card.lapses,
                left: card.type == .learning || card.type == .relearning ? 1 : 0, flags: card.flag,
                data: AnkiSchema11.cardData(card)))
            var sent: [Int64: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, reviewedAt FROM review WHERE cardId = ?", arguments: [id])
            where toSend.contains(row[0]) {
                sent[Int64(((row[1] as Double) * 1000).rounded())] = row[0]
            }
            for var entry in card.reviews where entry.rating != nil {
                guard let review = sent[entry.milliseconds] else { continue }
                // A review-log id is unique in Anki: an answer given in the same millisecond as
                // another goes a millisecond later, here as there.
                if !taken.insert(entry.milliseconds).inserted {
                    while !taken.insert(entry.milliseconds).inserted { entry.milliseconds += 1 }
                    try db.execute(sql: "UPDATE review SET reviewedAt = ? WHERE id = ?",
                                   arguments: [Double(entry.milliseconds) / 1000, review])
                }
                chunk.revlog.append(AnkiSyncReview(cardID: card.id, usn: serverUSN, entry: entry))
            }
        }
        summary.cardsSent = chunk.cards.count
        summary.cardsSentNew = adopted.count
        summary.reviewsSent = chunk.revlog.count
        return chunk
    }

    /// The notes of recall's own cards whose text or tags recall changed (a deck file edited),
    /// or Anki did: recall's text goes, stamped after the note's time in Anki, as the note
    /// recall keeps from now on. An edit made in Anki that this replaces is reported in
    /// `summary`, with Anki's text.
    private func editedNotes(_ db: Database, summary: inout AnkiIncrementalSummary) throws -> [AnkiNote] {
        let fromServer = Set(incoming.notes.map(\.note.id))
        let names = AnkiCollection.recallNotetype.fields
        var notes: [AnkiNote] = []
        for edited in try AnkiSyncOwnChanges.editedNotes(db) {
            var note = edited.kept
            if fromServer.contains(note.id) {
                var fields = names.indices.compactMap { index -> (name: String, recall: String, anki: String)? in
                    let anki = index < note.fields.count ? note.fields[index] : ""
                    let recall = index < edited.fields.count ? edited.fields[index] : ""
                    return anki == recall ? nil : (names[index], recall, anki)
                }
                if note.tags != edited.tags {
                    fields.append(("Tags", edited.tags.joined(separator: " "), note.tags.joined(separator: " ")))
                }
                summary.editsReplaced.append(AnkiReplacedEdit(key: edited.key, deck: edited.deck, fields: fields))
            }
            note.fields = edited.fields
            note.tags = edited.tags
            note.modified = max(Int64(now.timeIntervalSince1970), note.modified + 1)
            note.usn = serverUSN
            try db.execute(
                sql: "UPDATE ankiNote SET fields = ?, tags = ?, modified = ?, usn = ? WHERE id = ?",
                arguments: [note.fields.joined(separator: "\u{1f}"), AnkiNote.tagsColumn(note.tags), note.modified, note.usn,
                            note.id])
            notes.append(note)
        }
        summary.notesSent = notes.count
        return notes
    }

    /// recall's own cards that Anki has no place for yet but can have: in a deck Anki has, with
    /// recall's note type among Anki's (a card whose deletion went to Anki and that its deck
    /// file then had again is one of them: it keeps its Anki card id, for its history, but no note). Each becomes a note of that note type (its guid the
    /// card's key, `~N` after it when another note has it) and its one card, under new ids,
    /// kept as the card's identity in Anki, as a full upload would make them. The notes to
    /// send, and recall's ids of their cards; the others changed since the last sync are
    /// counted in `summary`.
    private func adoptOwnCards(
        _ db: Database, pending: Set<Int64>, summary: inout AnkiIncrementalSummary
    ) throws -> (notes: [AnkiNote], cards: Set<Int64>) {
        let own = try Row.fetchAll(db, sql: """
            SELECT c.id, d.name FROM card c JOIN deck d ON d.id = c.deckId
            WHERE (c.ankiCardId IS NULL OR c.ankiNoteId IS NULL) AND NOT c.removed ORDER BY c.id
            """)
        guard !own.isEmpty else { return ([], []) }
        let notetypeKept = kept.notetypeIDs.contains(AnkiCollection.recallNotetype.id)
        var taken = Set(try Int64.fetchAll(db, sql: "SELECT id FROM ankiNote"))
        taken.formUnion(try Int64.fetchAll(db, sql: "SELECT ankiCardId FROM card WHERE ankiCardId IS NOT NULL"))
        var guids = Set(try String.fetchAll(db, sql: "SELECT guid FROM ankiNote"))
        // Ids as Anki makes them: the moment in milliseconds, past every id it has of recall's.
        var next = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        func newID() -> Int64 {
            while !taken.insert(next).inserted { next += 1 }
            return next
        }
        var notes: [AnkiNote] = []
        var cards = Set<Int64>()
        for row in own {
            let id: Int64 = row[0]
            let deck: String = row[1]
            guard notetypeKept, kept.deckIDs[deck] != nil, let record = try CardRecord.fetchOne(db, key: id) else {
                if pending.contains(id) { summary.ownCardsNotSent += 1 }
                continue
            }
            var guid = record.key
            var suffix = 1
            while !guids.insert(guid).inserted {
                suffix += 1
                guid = "\(record.key)~\(suffix)"
            }
            var note = AnkiCollection.ownNote(
                id: newID(), guid: guid, card: ExportCard(stored: record.stored(deckName: deck), reviews: []), now: now)
            note.usn = serverUSN
            try db.execute(sql: """
                INSERT INTO ankiNote (id, guid, notetypeId, modified, usn, tags, fields) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    note.id, note.guid, note.notetypeID, note.modified, note.usn, AnkiNote.tagsColumn(note.tags),
                    note.fields.joined(separator: "\u{1f}"),
                ])
            try db.execute(sql: "UPDATE card SET ankiCardId = ?, ankiNoteId = ?, ankiOrd = 0 WHERE id = ?",
                           arguments: [newID(), note.id, id])
            notes.append(note)
            cards.insert(id)
        }
        return (notes, cards)
    }
}
