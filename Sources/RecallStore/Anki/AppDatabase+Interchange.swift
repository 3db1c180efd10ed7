import Foundation
import GRDB
import RecallCore

extension AppDatabase {
    /// The cards to export, each with its review history (oldest first): those of the named
    /// decks and their sub-decks (`A` takes in `A::B`), or of every deck when `decks` is
    /// empty. Cards a deck file no longer has (removed) are left out. A card from Anki carries
    /// its Anki identity (`ExportCard.anki`).
    public func exportCards(decks: [String] = []) throws -> [ExportCard] {
        try read { db in
            let names = Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, name FROM deck").map { ($0[0] as Int64, $0[1] as String) })
            let wanted = Set(names.filter { _, name in
                decks.isEmpty || decks.contains { name == $0 || name.hasPrefix($0 + "::") }
            }.keys)
            var history: [Int64: [StoredReview]] = [:]
            let reviews = try ReviewRecord
                .order(ReviewRecord.Columns.cardId, ReviewRecord.Columns.reviewedAt, ReviewRecord.Columns.id).fetchCursor(db)
            while let review = try reviews.next() { history[review.cardId, default: []].append(review.stored) }
            var manual: [Int64: [AnkiReviewEntry]] = [:]
            let decoder = JSONDecoder()
            for row in try Row.fetchAll(db, sql: "SELECT cardId, entry FROM ankiManualEntry ORDER BY milliseconds, id") {
                let entry = try decoder.decode(AnkiReviewEntry.self, from: Data((row["entry"] as String).utf8))
                manual[row["cardId"], default: []].append(entry)
            }
            var identities: [Int64: (identity: AnkiCardIdentity, flag: Int?)] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT id, ankiCardId, ankiNoteId, ankiOrd, ankiFlags FROM card WHERE ankiNoteId IS NOT NULL
                """) {
                identities[row[0]] = (AnkiCardIdentity(cardID: row[1], noteID: row[2], ord: row[3]), row[4])
            }
            return try CardRecord
                .filter(!CardRecord.Columns.removed)
                .order(CardRecord.Columns.deckId, CardRecord.Columns.position)
                .fetchAll(db)
                .filter { wanted.contains($0.deckId) }
                .map { record in
                    ExportCard(stored: record.stored(deckName: names[record.deckId] ?? ""),
                               reviews: history[record.id ?? 0] ?? [], manualEntries: manual[record.id ?? 0] ?? [],
                               anki: identities[record.id ?? 0]?.identity, ankiFlag: identities[record.id ?? 0]?.flag)
                }
        }
    }

    /// What recall keeps of the Anki collections it received: the notes of the cards from
    /// Anki, and Anki's other objects as they came (see `AnkiKept`). With `decks`, the decks
    /// kept are only those named, their sub-decks and parents, and Default, as an export of
    /// those decks holds them.
    /// Without `notes`, only the objects (what a sync needs of them).
    public func ankiKept(decks: [String] = [], notes: Bool = true) throws -> AnkiKept {
        try read { db in
            var kept = AnkiKept()
            for row in notes ? try Row.fetchAll(db, sql: "SELECT * FROM ankiNote") : [] {
                let note = AnkiNoteRow.note(row)
                kept.notes[note.id] = note
            }
            kept.objects = try Row.fetchAll(db, sql: "SELECT tableName, key, value FROM ankiObject ORDER BY tableName, key")
                .map { AnkiKeptObject(table: $0[0], key: $0[1], value: $0[2]) }
            if !decks.isEmpty { kept.keepDecks(decks) }
            return kept
        }
    }
}
