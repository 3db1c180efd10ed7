import Foundation
import GRDB
import RecallCore

extension AppDatabase {
    /// Named, append-only migrations: never edit one that has shipped; add another.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-decks-cards") { db in
            try db.create(table: "deck") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique()
                t.column("source", .text)
                t.column("sourceHash", .text)
                t.column("createdAt", .double).notNull()
            }
            try db.create(table: "card") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("deck", onDelete: .restrict).notNull()
                t.column("key", .text).notNull()
                t.column("position", .integer).notNull()
                t.column("content", .jsonText).notNull()
                t.column("prompt", .text).notNull()
                t.column("category", .text)
                t.column("phase", .text).notNull()
                    .check { ["new", "learning", "review", "relearning"].contains($0) }
                t.column("step", .integer)
                t.column("stability", .double)
                t.column("difficulty", .double)
                t.column("due", .double).notNull()
                t.column("lastReview", .double)
                t.column("scheduledDays", .integer)
                t.column("reps", .integer).notNull().defaults(to: 0)
                t.column("lapses", .integer).notNull().defaults(to: 0)
                t.column("suspended", .boolean).notNull().defaults(to: false)
                t.column("buriedUntilDay", .integer)
                t.column("removed", .boolean).notNull().defaults(to: false)
                t.column("addedAt", .double).notNull()
                t.uniqueKey(["deckId", "key"])
            }
            try db.create(index: "card_on_phase_due", on: "card", columns: ["phase", "due"])
        }
        migrator.registerMigration("v2-sessions-reviews") { db in
            try db.create(table: "session") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("startedAt", .double).notNull()
                t.column("endedAt", .double)
            }
            try db.create(table: "review") { t in
                t.autoIncrementedPrimaryKey("id")
                // History is never deleted with a card: removing a card from a deck only
                // marks it removed.
                t.belongsTo("card", onDelete: .restrict).notNull()
                t.belongsTo("session", onDelete: .setNull)
                t.column("reviewedAt", .double).notNull()
                t.column("rating", .integer).notNull().check { $0 >= 1 && $0 <= 4 }
                t.column("phaseBefore", .text).notNull()
                t.column("scheduledDaysBefore", .integer)
                t.column("stateBefore", .jsonText).notNull()
                t.column("stateAfter", .jsonText).notNull()
                t.column("elapsedDays", .integer)
                t.column("scheduledDays", .integer)
                t.column("intervalSeconds", .double).notNull()
                t.column("typedAnswer", .text)
                t.column("responseMs", .integer)
            }
            try db.create(index: "review_on_reviewedAt", on: "review", columns: ["reviewedAt"])
        }
        migrator.registerMigration("v3-config") { db in
            try db.create(table: "config") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
        }
        migrator.registerMigration("v4-covering-queue-indexes") { db in
            // Every column the study queue filters on, so counting and picking due cards reads
            // only the index, never the (large) card rows: 100k cards answer in milliseconds.
            try db.drop(index: "card_on_phase_due")
            try db.create(
                index: "card_queue_by_due", on: "card",
                columns: ["phase", "due", "suspended", "removed", "buriedUntilDay", "deckId"])
            try db.create(
                index: "card_queue_by_position", on: "card",
                columns: ["phase", "deckId", "position", "suspended", "removed", "buriedUntilDay", "due"])
        }
        migrator.registerMigration("v5-covering-review-index") { db in
            // The review log in time order with every column reports read: reports scan this
            // index alone instead of decoding a million rows that carry two JSON states each.
            try db.drop(index: "review_on_reviewedAt")
            try db.create(
                index: "review_by_time", on: "review",
                columns: ["reviewedAt", "cardId", "rating", "phaseBefore", "scheduledDaysBefore",
                          "elapsedDays", "responseMs"])
        }
        migrator.registerMigration("v6-anki-manual-entries") { db in
            // Entries of an imported Anki review log that are not answers (Set due date, Forget,
            // rescheduling): kept verbatim (JSON of AnkiReviewEntry) for exports back to Anki.
            try db.create(table: "ankiManualEntry") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("card", onDelete: .restrict).notNull()
                t.column("milliseconds", .integer).notNull()
                t.column("entry", .jsonText).notNull()
            }
        }
        migrator.registerMigration("v7-fsrs-parameters") { db in
            // Weights fitted by `recall optimize`, per preset, in the order applied; a reverted
            // fit keeps its row with the time it was reverted.
            try db.create(table: "fsrsParameters") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("preset", .text).notNull()
                t.column("fit", .jsonText).notNull()
                t.column("appliedAt", .double).notNull()
                t.column("revertedAt", .double)
            }
        }
        migrator.registerMigration("v8-card-changes") { db in
            // The undo log of `recall card suspend|unsuspend|bury|unbury|forget|reschedule`: one
            // row a command, and each card's columns before and after it (JSON of
            // CardChangeRecord.Columns), so `recall card undo` puts back exactly what was there.
            try db.create(table: "cardChange") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("action", .text).notNull()
                t.column("madeAt", .double).notNull()
                t.column("undoneAt", .double)
            }
            try db.create(table: "cardChangeEntry") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("cardChange", onDelete: .cascade).notNull()
                t.belongsTo("card", onDelete: .cascade).notNull()
                t.column("before", .jsonText).notNull()
                t.column("after", .jsonText).notNull()
            }
        }
        migrator.registerMigration("v9-card-siblings") { db in
            // What makes cards siblings (`SiblingKeys`), to bury the others when one is answered.
            try db.alter(table: "card") { t in
                t.add(column: "noteKey", .text)
                t.add(column: "factKey", .text)
            }
            let decoder = JSONDecoder()
            let rows = try Row.fetchCursor(db, sql: "SELECT id, deckId, key, content FROM card")
            let update = try db.makeStatement(sql: "UPDATE card SET noteKey = ?, factKey = ? WHERE id = ?")
            while let row = try rows.next() {
                let json: String = row["content"]
                guard let content = try? decoder.decode(CardContent.self, from: Data(json.utf8)) else { continue }
                let siblings = SiblingKeys(deckID: row["deckId"], key: row["key"], content: content)
                guard siblings.note != nil || siblings.fact != nil else { continue }
                try update.execute(arguments: [siblings.note, siblings.fact, row["id"]])
            }
            try db.create(index: "card_by_note", on: "card", columns: ["noteKey"])
            try db.create(index: "card_by_fact", on: "card", columns: ["factKey"])
        }
        migrator.registerMigration("v10-presets") { db in
            // Decks share FSRS options through named presets, as in Anki's deck options: each
            // deck names its preset (fits in `fsrsParameters` are kept per preset name), and a
            // preset may have a desired retention of its own.
            try db.alter(table: "deck") { t in
                t.add(column: "preset", .text).notNull().defaults(to: Preset.defaultName)
            }
            try db.create(table: "preset") { t in
                t.primaryKey("name", .text)
                t.column("desiredRetention", .double).check { $0 > 0 && $0 < 1 }
            }
        }
        migrator.registerMigration("v11-review-state-columns") { db in
            // A review's states before and after the answer as columns, like the card's own,
            // instead of two JSON texts: a third of the size, written and read without JSON. The
            // table is made again with them, the JSON of existing reviews read into them (dates
            // were milliseconds). Its sessionId index holds only answers given in a session
            // (imported reviews have none), and the card table loses card_on_deckId, which the
            // UNIQUE (deckId, key) index already serves.
            for index in ["review_by_time", "review_on_cardId", "review_on_sessionId", "card_on_deckId"] {
                try db.execute(sql: "DROP INDEX IF EXISTS \(index)")
            }
            try db.rename(table: "review", to: "reviewWithJSON")
            try db.create(table: "review") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("card", onDelete: .restrict, indexed: false).notNull()
                t.belongsTo("session", onDelete: .setNull, indexed: false)
                t.column("reviewedAt", .double).notNull()
                t.column("rating", .integer).notNull().check { $0 >= 1 && $0 <= 4 }
                for side in ["Before", "After"] {
                    t.column("phase" + side, .text).notNull()
                        .check { ["new", "learning", "review", "relearning"].contains($0) }
                    t.column("step" + side, .integer)
                    t.column("stability" + side, .double)
                    t.column("difficulty" + side, .double)
                    t.column("due" + side, .double).notNull()
                    t.column("lastReview" + side, .double)
                    t.column("scheduledDays" + side, .integer)
                    t.column("reps" + side, .integer).notNull()
                    t.column("lapses" + side, .integer).notNull()
                }
                t.column("elapsedDays", .integer)
                t.column("scheduledDays", .integer)
                t.column("intervalSeconds", .double).notNull()
                t.column("typedAnswer", .text)
                t.column("responseMs", .integer)
            }
            func state(_ column: String) -> String {
                // A JSON text that does not parse gives a new card due at the review.
                func field(_ path: String) -> String {
                    "CASE WHEN json_valid(\(column)) THEN json_extract(\(column), '$.\(path)') END"
                }
                return """
                    CASE WHEN \(field("phase")) IN ('learning', 'review', 'relearning') THEN \(field("phase")) ELSE 'new' END,
                    \(field("step")), \(field("memory.stability")),
                    \(field("memory.difficulty")), COALESCE(\(field("due")) / 1000.0, reviewedAt),
                    \(field("lastReview")) / 1000.0, \(field("scheduledDays")), COALESCE(\(field("reps")), 0),
                    COALESCE(\(field("lapses")), 0)
                    """
            }
            let columns = ["id", "cardId", "sessionId", "reviewedAt", "rating"]
                + ["Before", "After"].flatMap { side in
                    ["phase", "step", "stability", "difficulty", "due", "lastReview", "scheduledDays", "reps", "lapses"]
                        .map { $0 + side }
                }
                + ["elapsedDays", "scheduledDays", "intervalSeconds", "typedAnswer", "responseMs"]
            try db.execute(sql: """
                INSERT INTO review (\(columns.joined(separator: ", ")))
                SELECT id, cardId, sessionId, reviewedAt, rating, \(state("stateBefore")), \(state("stateAfter")), elapsedDays, scheduledDays, intervalSeconds, typedAnswer, responseMs
                FROM reviewWithJSON ORDER BY id
                """)
            // The ids the old table had handed out stay used (AUTOINCREMENT).
            try db.execute(sql: """
                DELETE FROM sqlite_sequence WHERE name = 'review';
                UPDATE sqlite_sequence SET name = 'review' WHERE name = 'reviewWithJSON'
                """)
            try db.drop(table: "reviewWithJSON")
            try db.create(index: "review_on_cardId", on: "review", columns: ["cardId"])
            try db.create(index: "review_on_sessionId", on: "review", columns: ["sessionId"], condition: Column("sessionId") != nil)
            try db.create(
                index: "review_by_time", on: "review",
                columns: ["reviewedAt", "cardId", "rating", "phaseBefore", "scheduledDaysBefore",
                          "elapsedDays", "responseMs"])
        }
        migrator.registerMigration("v12-phase-checks-as-comparisons") { db in
            // SQLite checks `phase IN ('new', 'learning', 'review', 'relearning')` by filling a
            // temporary table with the four names for each row it writes (a CHECK does not keep
            // it from one row to the next): a review's two such checks cost as much as the rest
            // of writing it. The same check as four comparisons costs next to nothing. A CHECK
            // cannot be altered, so each table is made again from its own definition with only
            // those checks changed.
            let phases = ["new", "learning", "review", "relearning"]
            for (table, columns) in [("card", ["phase"]), ("review", ["phaseBefore", "phaseAfter"])] {
                try remake(table: table, in: db) { definition in
                    columns.reduce(definition) { definition, column in
                        let name = column.quotedDatabaseIdentifier
                        return definition.replacingOccurrences(
                            of: "\(name) IN (\(phases.map { "'\($0)'" }.joined(separator: ", ")))",
                            with: phases.map { "\(name) = '\($0)'" }.joined(separator: " OR "))
                    }
                }
            }
        }
        migrator.registerMigration("v13-anki-sync") { db in
            // Where the last sync with an Anki server left both sides (one row, for the server
            // logged in to): what the next sync, incremental or full, starts from. The highest
            // card, review and card-change ids at that sync tell what recall did since.
            try db.create(table: "ankiSync") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("server", .text).notNull()
                t.column("usn", .integer).notNull()
                t.column("schemaModified", .integer).notNull()
                t.column("modified", .integer).notNull()
                t.column("lastSync", .double).notNull()
                t.column("lastCardId", .integer).notNull()
                t.column("lastReviewId", .integer).notNull()
                t.column("lastCardChangeId", .integer).notNull()
            }
        }
        migrator.registerMigration("v14-anki-identity") { db in
            // The notes of cards that came from Anki, as Anki had them, so an export gives
            // Anki its own notes back. Their id is Anki's note id.
            try db.create(table: "ankiNote") { t in
                t.primaryKey("id", .integer)
                t.column("guid", .text).notNull().unique()
                t.column("notetypeId", .integer).notNull()
                t.column("modified", .integer).notNull()
                t.column("usn", .integer).notNull()
                t.column("tags", .text).notNull()
                t.column("fields", .text).notNull()
            }
            // A card from Anki: its Anki card id, its note and its ordinal. Columns, not a
            // table: nothing more to write per card than three values, and no row per review.
            // NULL for recall's own cards.
            try db.alter(table: "card") { t in
                t.add(column: "ankiCardId", .integer)
                t.add(column: "ankiNoteId", .integer).references("ankiNote", onDelete: .restrict)
                t.add(column: "ankiOrd", .integer)
            }
            // Note types, decks, deck options, settings and tags of the Anki collections
            // received, as they came (see `AnkiKeptObject`): recall has no use for them but
            // gives them back.
            try db.create(table: "ankiObject") { t in
                t.column("tableName", .text).notNull()
                t.column("key", .text).notNull()
                t.column("value", .text).notNull()
                t.primaryKey(["tableName", "key"])
            }
        }
        migrator.registerMigration("v15-anki-card-flags") { db in
            // The flag a card from Anki has there (0 none, 1 red …): recall shows none, but
            // gives it back when it sends or exports the card. NULL for recall's own cards and
            // for cards imported before.
            try db.alter(table: "card") { t in
                t.add(column: "ankiFlags", .integer)
            }
        }
        migrator.registerMigration("v16-sibling-indexes-without-nulls") { db in
            // The sibling indexes hold only the cards that have the key: the one query reading
            // them asks `noteKey = ? OR factKey = ?`, which no NULL matches. No imported card has
            // a fact key (`SiblingKeys`), so an import of 200,000 cards no longer sorts 200,000
            // NULL entries into `card_by_fact` (1.8 MB).
            for (index, column) in [("card_by_note", "noteKey"), ("card_by_fact", "factKey")] {
                try db.drop(index: index)
                try db.create(index: index, on: "card", columns: [column], condition: Column(column) != nil)
            }
        }
        return migrator
    }

    /// Makes `table` again with the definition `change` makes of its own (`CREATE TABLE …` as
    /// the schema holds it), keeping its rows with their ids, its indexes (their own
    /// definitions, read from the schema) and its AUTOINCREMENT counter: SQLite's procedure for a
    /// change ALTER TABLE cannot make. Foreign keys are off during a migration (the migrator
    /// checks them all at its end), so the rows of other tables pointing at this one stay as
    /// they are and point at the new table, which takes the old one's name. A definition that
    /// `change` leaves as it is (a collection whose schema is written otherwise) is left alone.
    static func remake(table: String, in db: Database, _ change: (String) -> String) throws {
        guard let definition = try String.fetchOne(
            db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", arguments: [table])
        else { return }
        let changed = change(definition)
        let name = table.quotedDatabaseIdentifier
        // The table's name is the first quoted identifier of its definition.
        guard changed != definition, let nameRange = changed.range(of: name) else { return }
        let indexes = try String.fetchAll(db, sql: """
            SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name
            """, arguments: [table])
        let counter = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = ?", arguments: [table])
        let remade = (table + "Remade").quotedDatabaseIdentifier
        try db.execute(sql: changed.replacingCharacters(in: nameRange, with: remade))
        try db.execute(sql: "INSERT INTO \(remade) SELECT * FROM \(name) ORDER BY rowid")
        try db.execute(sql: "DROP TABLE \(name)")
        try db.execute(sql: "ALTER TABLE \(remade) RENAME TO \(name)")
        for index in indexes { try db.execute(sql: index) }
        if let counter {
            // The ids the old table handed out stay used, the last row's too if it was deleted.
            try db.execute(sql: "DELETE FROM sqlite_sequence WHERE name = ?", arguments: [table])
            try db.execute(sql: "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", arguments: [
                table, max(counter, try Int64.fetchOne(db, sql: "SELECT MAX(rowid) FROM \(name)") ?? 0),
            ])
        }
    }
}
