import Foundation
import GRDB
import RecallCore

/// What recall changed of the cards Anki holds, beyond answers and card changes: the cards it
/// removed (a deck file no longer has them), which go to Anki as deletions (and those put back
/// after, which go again as new notes), and the text of its own cards (a deck file edited),
/// which goes as their notes' new fields. Both are told by
/// comparing what recall holds with what it keeps of Anki, so nothing needs recording when
/// they happen.
enum AnkiSyncOwnChanges {
    /// The deletions to send: each card Anki holds (recall keeps its card id and note) that
    /// recall has removed, and the note of such cards when recall holds none of its cards any
    /// more, as Anki deletes a note with its last card.
    static func graves(_ db: Database) throws -> AnkiGraves {
        let rows = try Row.fetchAll(db, sql: """
            SELECT DISTINCT ankiCardId, ankiNoteId FROM card
            WHERE removed AND ankiCardId IS NOT NULL AND ankiNoteId IS NOT NULL
              AND ankiCardId NOT IN (SELECT ankiCardId FROM card WHERE NOT removed AND ankiCardId IS NOT NULL)
            ORDER BY ankiCardId
            """)
        guard !rows.isEmpty else { return AnkiGraves() }
        let notes = Set(rows.map { $0[1] as Int64 })
        let live = Set(try Int64.fetchAll(db, sql: """
            SELECT DISTINCT ankiNoteId FROM card WHERE NOT removed AND ankiNoteId IN (\(notes.map(String.init).joined(separator: ",")))
            """))
        var cards: [Int64] = []
        for row in rows where cards.last != row[0] { cards.append(row[0]) }
        return AnkiGraves(cards: cards, notes: notes.subtracting(live).sorted())
    }

    /// Records that the server took `graves`: their cards keep their Anki card id (the server
    /// keeps their review log, and so does recall) but no note, and their notes are no longer
    /// kept.
    static func record(sent graves: AnkiGraves, _ db: Database) throws {
        if !graves.cards.isEmpty {
            try db.execute(sql: """
                UPDATE card SET ankiNoteId = NULL WHERE removed AND ankiCardId IN (\(graves.cards.map(String.init).joined(separator: ",")))
                """)
        }
        if !graves.notes.isEmpty {
            try db.execute(sql: "DELETE FROM ankiNote WHERE id IN (\(graves.notes.map(String.init).joined(separator: ",")))")
        }
    }

    /// Whether a card whose deletion went to Anki is back in recall (its deck file has it
    /// again): it goes to Anki as a new note, as recall's own cards new to Anki do.
    static func returned(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM card WHERE NOT removed AND ankiCardId IS NOT NULL AND ankiNoteId IS NULL)
            """) ?? false
    }

    /// Whether recall changed anything of what Anki holds that leaves no ids behind: a card
    /// removed or put back, a text edited.
    static func any(_ db: Database) throws -> Bool {
        try !graves(db).isEmpty || returned(db) || !editedNotes(db).isEmpty
    }

    /// A note of recall's note type whose card's text differs from it.
    struct EditedNote {
        /// recall's card: its key and deck.
        var key: String
        var deck: String
        /// The note as recall keeps it (Anki's), and its fields and tags as the card has them now.
        var kept: AnkiNote
        var fields: [String]
        var tags: [String]
    }

    /// recall's own cards in Anki (notes of recall's note type) whose text or tags differ from
    /// their notes: neither are the note's fields those recall writes of the card, nor does
    /// recall read the card's text from them.
    static func editedNotes(_ db: Database) throws -> [EditedNote] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT c.id AS cardId, d.name AS deckName, n.* FROM card c
            JOIN ankiNote n ON n.id = c.ankiNoteId
            JOIN deck d ON d.id = c.deckId
            WHERE NOT c.removed AND n.notetypeId = ?
            ORDER BY c.id
            """, arguments: [AnkiCollection.recallNotetype.id])
        var edited: [EditedNote] = []
        for row in rows {
            guard let record = try CardRecord.fetchOne(db, key: row["cardId"] as Int64) else { continue }
            let kept = AnkiNoteRow.note(row)
            let written = AnkiCollection.ownNote(
                id: kept.id, guid: kept.guid, card: ExportCard(stored: record.stored(deckName: row["deckName"]), reviews: []),
                now: Date(timeIntervalSince1970: 0))
            guard !AnkiNoteFields.note(fields: kept.fields, tags: kept.tags, says: record.content,
                                       written: (written.fields, written.tags))
            else { continue }
            edited.append(EditedNote(
                key: record.key, deck: row["deckName"], kept: kept, fields: written.fields,
                tags: written.tags))
        }
        return edited
    }
}
