import Foundation
import GRDB
import RecallCore

extension AppDatabase {
    /// recall's side of a sync with `server`: the state its last sync with that server left
    /// (none after a sync with another server), whether recall holds cards, and whether cards
    /// were added, answered or changed (suspended, buried, rescheduled …, or such a change
    /// undone), removed, or had their text edited since that sync. Rows are told new by their ids, which only grow, not by their
    /// times: the reviews a download brings carry the other device's clock.
    public func ankiSyncLocal(server: String) throws -> AnkiSyncLocal {
        try read { db in
            let state = try Self.ankiSyncState(db, server: server)
            let empty = try Int.fetchOne(db, sql: "SELECT count(*) FROM card WHERE NOT removed") == 0
            var changed = false
            if state != nil {
                changed = try Bool.fetchOne(db, sql: """
                    SELECT EXISTS (SELECT 1 FROM card WHERE id > s.lastCardId)
                        OR EXISTS (SELECT 1 FROM review WHERE id > s.lastReviewId)
                        OR EXISTS (SELECT 1 FROM cardChange WHERE id > s.lastCardChangeId OR undoneAt > s.lastSync)
                    FROM ankiSync s WHERE s.id = 1
                    """) ?? false
                // Cards removed or put back and text edited leave no ids behind: told by what Anki holds.
                if !changed {
                    changed = try AnkiSyncOwnChanges.any(db)
                }
            }
            return AnkiSyncLocal(state: state, empty: empty, changedSinceSync: changed)
        }
    }

    /// How much recall holds, for saying what a full sync would replace.
    public func ankiSyncCounts() throws -> (cards: Int, reviews: Int) {
        try read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM card WHERE NOT removed") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM review") ?? 0)
        }
    }

    /// Keeps the state of the last sync with `server` for `newServer`, the address the same
    /// collection has moved to.
    public func moveAnkiSync(from server: String, to newServer: String) throws {
        try write { db in
            try db.execute(sql: "UPDATE ankiSync SET server = ? WHERE id = 1 AND server = ?", arguments: [newServer, server])
        }
    }

    /// Records that recall and `server` hold the same collection, as `state` says.
    public func recordAnkiSync(_ state: AnkiSyncState, server: String) throws {
        try write { db in try Self.record(state, server: server, db) }
    }

    /// A full download: the Anki collection at `url` (an SQLite file the server sent) replaces
    /// every card, review and deck recall holds, and the collection's stamps are recorded as
    /// the state of the sync with `server` (its `ls`, last sync, is `now`), in ONE transaction:
    /// a download that fails or is killed half-way leaves recall as it was. The collection is
    /// read exactly as `recall import` reads a package (`importCards`): each card's history is
    /// replayed through FSRS with `replay` of its deck's preset. `name` names the collection
    /// in messages.
    @discardableResult
    public func replaceWithAnkiCollection(
        at url: URL, name: String, replay: (_ preset: String) -> ReviewReplay, now: Date,
        server: String, progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> BulkSummary {
        let collection = try AnkiCollectionDatabase(file: name, entry: "collection").open(path: url.path)
        let stamps = try collection.syncStamps()
        let state = AnkiSyncState(usn: stamps.usn, schemaModified: stamps.schemaModified, modified: stamps.modified, lastSync: now)
        let around = BulkTransaction(first: { db in
            // Foreign keys are off in a bulk transaction: the rows that point at cards go first.
            for table in [
                "cardChangeEntry", "cardChange", "ankiManualEntry", "review", "card", "deck", "ankiNote", "ankiObject",
            ] {
                try db.execute(sql: "DELETE FROM \(table.quotedDatabaseIdentifier)")
            }
        }, last: { db in
            try Self.record(state, server: server, db)
        })
        return try importCards(
            .package(AnkiPackageReader.Package(media: [], collection: collection)), replay: replay, source: name,
            now: now, progress: progress, around: around, beforeCommit: {})
    }

    /// A full upload: records the sync, as `recordAnkiSync`, and keeps what the uploaded
    /// collection at `url` (the file sent) holds as recall's identity in Anki, in one
    /// transaction: its objects replace the kept ones, its notes are kept, and each of recall's
    /// own cards takes the card id, note id and ordinal the upload gave it (its note's guid is
    /// its key, then `~N` for the same key in a later deck), so an incremental sync finds it;
    /// the cards recall removed, which the upload left out, lose their identity in Anki.
    public func recordAnkiUpload(of url: URL, _ state: AnkiSyncState, server: String) throws {
        let collection = try AnkiCollectionDatabase(file: "the collection uploaded", entry: "collection").open(path: url.path)
        let decks = Dictionary(collection.header.decks.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var notes: [AnkiNote] = []
        var own: [(card: AnkiCard, key: String, deck: String)] = []
        try collection.forEachNote { note, cards in
            guard let note else { return }
            notes.append(note)
            guard note.notetypeID == AnkiCollection.recallNotetype.id else { return }
            let key = note.guid.split(separator: "~", maxSplits: 1).first.map(String.init) ?? note.guid
            for card in cards { own.append((card, key, decks[card.deckID] ?? "")) }
        }
        try write { db in
            // Objects past what recall keeps of a collection were not read: the kept ones stay.
            if !collection.header.keptTooLarge {
                try db.execute(sql: "DELETE FROM ankiObject")
                let keep = try db.makeStatement(sql: "INSERT INTO ankiObject (tableName, key, value) VALUES (?, ?, ?)")
                for object in collection.header.kept { try keep.execute(arguments: [object.table, object.key, object.value]) }
            }
            let keepNote = try db.makeStatement(sql: """
                INSERT INTO ankiNote (id, guid, notetypeId, modified, usn, tags, fields) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """)
            for note in notes {
                try keepNote.execute(arguments: [
                    note.id, note.guid, note.notetypeID, note.modified, note.usn, AnkiNote.tagsColumn(note.tags),
                    note.fields.joined(separator: "\u{1f}"),
                ])
            }
            let identify = try db.makeStatement(sql: """
                UPDATE card SET ankiCardId = ?, ankiNoteId = ?, ankiOrd = ?
                WHERE key = ? AND ankiCardId IS NULL AND NOT removed AND deckId = (SELECT id FROM deck WHERE name = ?)
                """)
            for (card, key, deck) in own {
                try identify.execute(arguments: [card.id, card.noteID, card.ord, key, deck])
            }
            // The cards recall removed are not in the uploaded collection, nor is their history,
            // nor a note of theirs alone: they are no longer Anki's (nor counted with its cards,
            // notes and review log).
            try db.execute(sql: "UPDATE card SET ankiCardId = NULL, ankiNoteId = NULL, ankiOrd = NULL WHERE removed")
            try db.execute(sql: "CREATE TEMP TABLE uploadedNote (id INTEGER PRIMARY KEY)")
            let uploaded = try db.makeStatement(sql: "INSERT OR IGNORE INTO uploadedNote (id) VALUES (?)")
            for note in notes { try uploaded.execute(arguments: [note.id]) }
            try db.execute(sql: """
                DELETE FROM ankiNote WHERE id NOT IN (SELECT id FROM uploadedNote)
                    AND id NOT IN (SELECT ankiNoteId FROM card WHERE ankiNoteId IS NOT NULL)
                """)
            try db.execute(sql: "DROP TABLE uploadedNote")
            try Self.record(state, server: server, db)
        }
    }

    private static func ankiSyncState(_ db: Database, server: String) throws -> AnkiSyncState? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM ankiSync WHERE id = 1"),
              row["server"] as String == server
        else { return nil }
        return AnkiSyncState(
            usn: row["usn"], schemaModified: row["schemaModified"], modified: row["modified"],
            lastSync: Date(timeIntervalSince1970: row["lastSync"]))
    }

    static func record(_ state: AnkiSyncState, server: String, _ db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO ankiSync
                (id, server, usn, schemaModified, modified, lastSync, lastCardId, lastReviewId, lastCardChangeId)
            VALUES (1, ?, ?, ?, ?, ?,
                    (SELECT coalesce(max(id), 0) FROM card), (SELECT coalesce(max(id), 0) FROM review),
                    (SELECT coalesce(max(id), 0) FROM cardChange))
            """, arguments: [server, state.usn, state.schemaModified, state.modified, state.lastSync.timeIntervalSince1970])
    }
}
