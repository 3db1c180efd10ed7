import Foundation
import GRDB
import RecallCore

extension AppDatabase {
    /// recall's side of a sync with `server`: the state its last sync with that server left
    /// (none after a sync with another server), whether recall holds cards, and whether cards
    /// were added, answered or changed (suspended, buried, rescheduled …, or such a change
    /// undone) since that sync. Rows are told new by their ids, which only grow, not by their
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
