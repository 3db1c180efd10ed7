import Foundation
import GRDB
import RecallCore

/// The steps of `AppDatabase.mergeAnkiSync` inside its transaction: the server's notes kept,
/// its cards and answers merged into recall's, recall's changed cards gathered for the
/// server, and the exchange that ends the sync.
struct AnkiSyncMerge {
    let incoming: AnkiServerChanges
    let kept: AnkiKept
    /// The kept note types and decks, and the server collection's creation time.
    let header: AnkiCollectionHeader
    /// The decks new or renamed in Anki since the last sync.
    let decks: [AnkiSyncObject]
    /// recall's deletions, which the server has taken (`applyGraves`).
    let sentGraves: AnkiGraves
    let server: String
    let serverUSN: Int
    let now: Date
    let calendar: StudyCalendar

    typealias Bounds = AnkiCollectionDatabase.Bounds

    /// Today's study day.
    var today: Int { calendar.dayNumber(of: now) }

    /// The study day of the collection's creation: review due days count from it.
    var createdDay: Int { calendar.dayNumber(of: Date(timeIntervalSince1970: Double(header.createdSeconds))) }

    func run(
        _ writer: inout BulkWriter, replay: (_ preset: String) -> ReviewReplay,
        exchange: (_ outgoing: AnkiSyncChunk, _ counts: AnkiSanityCounts) throws -> Int64
    ) throws -> (AnkiIncrementalSummary, modified: Int64) {
        let db = writer.db
        var summary = AnkiIncrementalSummary()
        let last = try Row.fetchOne(db, sql: "SELECT lastCardId, lastReviewId, lastCardChangeId, lastSync FROM ankiSync WHERE id = 1")
        let lastReview: Int64 = last?["lastReviewId"] ?? 0
        let pending = Set(try Int64.fetchAll(db, sql: """
            SELECT id FROM card WHERE id > ?
            UNION SELECT cardId FROM review WHERE id > ?
            UNION SELECT e.cardId FROM cardChangeEntry e JOIN cardChange c ON c.id = e.cardChangeId
                WHERE c.id > ? OR c.undoneAt > ?
            """, arguments: [last?["lastCardId"] ?? 0, lastReview, last?["lastCardChangeId"] ?? 0, last?["lastSync"] ?? 0.0]))
        let pendingReviews = Set(try Int64.fetchAll(db, sql: "SELECT id FROM review WHERE id > ?", arguments: [lastReview]))

        summary.cardsRemoved = try applyGraves(db)
        try keepDecks(db)
        try keepNotes(db)
        var serverCards: [Int64: AnkiSyncCard] = [:]
        for card in incoming.cards { serverCards[card.id] = card }
        var serverReviews: [Int64: [AnkiReviewEntry]] = [:]
        for review in incoming.revlog {
            try check(review.entry, of: review.cardID)
            serverReviews[review.cardID, default: []].append(review.entry)
        }
        let changedNotes = Set(incoming.notes.map(\.note.id))
        var affected = Set(serverCards.keys).union(serverReviews.keys)
        if !changedNotes.isEmpty {
            affected.formUnion(try Int64.fetchAll(db, sql: """
                SELECT ankiCardId FROM card WHERE ankiNoteId IN (\(changedNotes.map(String.init).joined(separator: ",")))
                """))
        }
        var converter = AnkiCardConverter(header: header, source: "the changes from \(server)")
        var replays: [String: ReviewReplay] = [:]
        // recall's card of each Anki card id (one not removed first), read once.
        var held: [Int64: Int64] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT ankiCardId, id FROM card WHERE ankiCardId IS NOT NULL ORDER BY removed DESC, id DESC
            """) {
            held[row[0]] = row[1]
        }
        for cardID in affected.sorted() {
            let record = try held[cardID].flatMap { try CardRecord.fetchOne(db, key: $0) }
            let serverCard = try serverCards[cardID].map(ankiCard)
            let ours = try record.map { try exported($0, db) }
            guard var base = ours?.card ?? serverCard else { continue }
            var recallWins = serverCard == nil
            if let record, let serverCard = serverCards[cardID], pending.contains(record.id ?? 0) {
                recallWins = try modified(record, db) >= serverCard.modified
            }
            if !recallWins, let serverCard { base = serverCard }
            var merged = ours?.card.reviews ?? []
            for entry in serverReviews[cardID] ?? []
            where !merged.contains(where: { abs($0.milliseconds - entry.milliseconds) <= 1 }) {
                merged.append(entry)
            }
            base.reviews = merged.sorted { $0.milliseconds < $1.milliseconds }
            let note = try AnkiNoteRow.fetch(db, id: base.noteID)
            guard let imported = converter.convert(base, of: note) else { continue }
            let deck = recallWins ? ours?.deck ?? imported.deck : imported.deck
            let preset = try writer.preset(ofDeck: deck)
            let deckReplay = replays[preset] ?? replay(preset)
            replays[preset] = deckReplay
            let bulk = imported.bulkCard(replay: deckReplay, now: now)
            let buried = base.queue == .userBuried || base.queue == .schedulerBuried
            guard var record else {
                try writer.add(bulk, toDeck: imported.deck)
                if buried {
                    try db.execute(sql: "UPDATE card SET buriedUntilDay = ? WHERE ankiCardId = ?", arguments: [today + 1, cardID])
                }
                summary.cardsAdded += 1
                summary.reviewsReceived += bulk.reviews.count
                continue
            }
            if recallWins {
                // recall's schedule stands; the memory is that of the whole history.
                if record.state.phase != .new, let memory = bulk.state.memory { record.state.memory = memory }
            } else {
                let target = try writer.deck(named: imported.deck)
                if target.id != record.deckId {
                    record.deckId = target.id
                    record.position = try Int.fetchOne(
                        db, sql: "SELECT coalesce(max(position), -1) + 1 FROM card WHERE deckId = ?", arguments: [target.id]) ?? 0
                }
                record.state = bulk.state
                record.suspended = bulk.suspended
                // Anki's buries last until its next day, as recall's do.
                let buriedInRecall = (record.buriedUntilDay ?? .min) > today
                if buried != buriedInRecall { record.buriedUntilDay = buried ? today + 1 : nil }
            }
            // An edited note gives its cards their new text; one of recall's note type keeps
            // recall's (its deck file's or article's), which an export or upload writes back.
            if changedNotes.contains(base.noteID), note?.notetypeID != AnkiCollection.recallNotetype.id {
                record.setContent(bulk.card.content)
            }
            try record.update(db)
            if let serverCard {
                // Anki's flag, which recall keeps for Anki and does not change.
                try db.execute(sql: "UPDATE card SET ankiFlags = ? WHERE id = ?", arguments: [serverCard.flag, record.id])
            }
            summary.reviewsReceived += try reconcile(db, cardID: record.id ?? 0, logs: bulk.reviews, manual: bulk.manualEntries)
            summary.cardsUpdated += 1
        }
        summary.warnings = converter.warnings
        try writer.finish()
        // recall's deletions, once the server's answers to those cards joined their history.
        try AnkiSyncOwnChanges.record(sent: sentGraves, db)
        summary.cardsDeleted = sentGraves.cards.count

        // Foreign keys go unchecked row by row in this transaction: the cards' are checked once.
        try db.checkForeignKeys(in: "card")
        let chunk = try outgoing(
            db, pending: pending, pendingReviews: pendingReviews, serverModified: serverCards.mapValues(\.modified),
            summary: &summary)
        let modified = try exchange(chunk, try AppDatabase.ankiCounts(db))
        return (summary, modified)
    }

    /// What Anki deleted: its cards removed from study in recall (their history kept, as Anki
    /// keeps their review log, but no note: Anki holds them no more), its notes and decks no
    /// longer kept. The cards removed.
    private func applyGraves(_ db: Database) throws -> Int {
        func list(_ ids: [Int64]) -> String { ids.map(String.init).joined(separator: ",") }
        let graves = incoming.graves
        var removed = 0
        if !graves.cards.isEmpty {
            try db.execute(sql: "UPDATE card SET removed = 1 WHERE NOT removed AND ankiCardId IN (\(list(graves.cards)))")
            removed = db.changesCount
            try db.execute(sql: "UPDATE card SET ankiNoteId = NULL WHERE ankiCardId IN (\(list(graves.cards)))")
        }
        if !graves.notes.isEmpty {
            // A card keeps its Anki card id (its history counts as Anki's log does) but no note.
            try db.execute(sql: "UPDATE card SET ankiNoteId = NULL WHERE ankiNoteId IN (\(list(graves.notes)))")
            try db.execute(sql: "DELETE FROM ankiNote WHERE id IN (\(list(graves.notes)))")
        }
        if !graves.decks.isEmpty {
            try db.execute(sql: """
                DELETE FROM ankiObject WHERE tableName IN ('decks', 'col.decks')
                    AND key IN (\(graves.decks.map { "'\($0)'" }.joined(separator: ",")))
                """)
        }
        return removed
    }

    /// Keeps the decks new or renamed in Anki as rows of Anki's `decks` table (a new one a
    /// normal deck in its deck options preset, a renamed one as it was but for its name and
    /// time), with their descriptions; recall's deck of a renamed deck's old name takes the new
    /// name. A deck whose description alone Anki changed takes the new one, as it is kept.
    private func keepDecks(_ db: Database) throws {
        let keptRows = Dictionary(
            kept.objects.filter { $0.table == "decks" }.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        let oldNames = Dictionary(kept.deckIDs.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let made = Set(decks.map(\.id))
        for deck in incoming.changes.decks where !made.contains(deck.id) && !deck.filtered {
            try keepDescription(of: deck, keptRows[String(deck.id)], db)
        }
        for deck in decks {
            let name = deck.name.replacingOccurrences(of: "::", with: "\u{1f}")
            var row: [Any]
            if let value = keptRows[String(deck.id)], let old = try? AnkiJSON.value(value) as? [Any], old.count == 6 {
                row = old
                row[1] = name
                row[2] = deck.modified
                if let description = deck.description, let kind = Self.kind(of: row),
                   let described = try? Self.kind(kind, describedAs: description) {
                    row[5] = ["blob": described.base64EncodedString()]
                }
            } else {
                var kind = ProtobufWriter()
                kind.message(1) {
                    $0.varint(1, UInt64(max(deck.preset ?? 1, 1)))
                    $0.string(4, deck.description ?? "")
                }
                row = [deck.id, name, deck.modified, serverUSN, ["blob": ""], ["blob": Data(kind.bytes).base64EncodedString()]]
            }
            try db.execute(
                sql: "INSERT OR REPLACE INTO ankiObject (tableName, key, value) VALUES ('decks', ?, ?)",
                arguments: [String(deck.id), try AnkiJSON.text(row)])
            if let old = oldNames[deck.id], old != deck.name {
                try db.execute(
                    sql: "UPDATE deck SET name = ? WHERE name = ? AND NOT EXISTS (SELECT 1 FROM deck WHERE name = ?)",
                    arguments: [TerminalText.sanitize(deck.name), TerminalText.sanitize(old), TerminalText.sanitize(deck.name)])
            }
        }
    }

    /// A deck recall keeps (a row of Anki's `decks` table, or a schema-11 collection's deck
    /// JSON) takes the description Anki gave it, and its modification time.
    private func keepDescription(of deck: AnkiSyncObject, _ keptRow: String?, _ db: Database) throws {
        guard let description = deck.description else { return }
        var table = "decks", value: String
        if let keptRow, var row = try? AnkiJSON.value(keptRow) as? [Any], row.count == 6, let kind = Self.kind(of: row) {
            guard try Self.description(in: kind) != description else { return }
            let described = try Self.kind(kind, describedAs: description)
            row[2] = deck.modified
            row[5] = ["blob": described.base64EncodedString()]
            value = try AnkiJSON.text(row)
        } else if let json = kept.objects.first(where: { $0.table == "col.decks" && $0.key == String(deck.id) }),
                  var object = try? AnkiJSON.value(json.value) as? [String: Any] {
            guard object["desc"] as? String != description else { return }
            object["desc"] = description
            object["mod"] = deck.modified
            (table, value) = ("col.decks", try AnkiJSON.text(object))
        } else {
            return
        }
        try db.execute(sql: "UPDATE ankiObject SET value = ? WHERE tableName = ? AND key = ?",
                       arguments: [value, table, String(deck.id)])
    }

    /// The `kind` blob of a kept `decks` row (`{"blob": base64}`), nil if it has none.
    private static func kind(of row: [Any]) -> Data? {
        ((row[5] as? [String: Any])?["blob"] as? String).flatMap { Data(base64Encoded: $0) }
    }

    /// The description in a normal deck's `kind` blob (`Deck.KindContainer`).
    private static func description(in kind: Data) throws -> String {
        guard let normal = try ProtobufReader.fields(of: kind).last(where: { $0.field == 1 })?.value.data,
              let text = try ProtobufReader.fields(of: normal).last(where: { $0.field == 4 })?.value.data
        else { return "" }
        return String(decoding: text, as: UTF8.self)
    }

    /// A normal deck's `kind` blob with `description`, every other field as it was.
    private static func kind(_ kind: Data, describedAs description: String) throws -> Data {
        var writer = ProtobufWriter()
        for (field, value) in try ProtobufReader.fields(of: kind) {
            guard field == 1, let normal = value.data else {
                writer.copy(field, value)
                continue
            }
            let fields = try ProtobufReader.fields(of: normal)
            writer.message(1) { message in
                for (field, value) in fields where field != 4 { message.copy(field, value) }
                message.string(4, description)
            }
        }
        return Data(writer.bytes)
    }

    /// The server's notes replace the kept notes of their ids; new ones are kept.
    private func keepNotes(_ db: Database) throws {
        for note in incoming.notes.map(\.note) {
            guard !note.guid.isEmpty, Bounds.seconds.contains(note.modified), Bounds.usn.contains(note.usn) else {
                throw AnkiIncrementalRefusal.badRow(server: server, reason: "note \(note.id) with an empty guid or a time out of range")
            }
            let fields = note.fields.joined(separator: "\u{1f}")
            let tags = AnkiNote.tagsColumn(note.tags)
            try db.execute(
                sql: "UPDATE ankiNote SET notetypeId = ?, modified = ?, usn = ?, tags = ?, fields = ? WHERE id = ? AND guid = ?",
                arguments: [note.notetypeID, note.modified, note.usn, tags, fields, note.id, note.guid])
            if db.changesCount == 0 {
                try db.execute(sql: """
                    INSERT INTO ankiNote (id, guid, notetypeId, modified, usn, tags, fields) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT DO NOTHING
                    """, arguments: [note.id, note.guid, note.notetypeID, note.modified, note.usn, tags, fields])
            }
        }
    }

    /// The server's card row as an import reads one, checked as an import checks it.
    private func ankiCard(_ row: AnkiSyncCard) throws -> AnkiCard {
        guard let type = AnkiCard.CardType(rawValue: row.type), let queue = AnkiCard.Queue(rawValue: row.queue),
              Bounds.ord.contains(row.ord), Bounds.seconds.contains(row.due), Bounds.interval.contains(row.interval),
              Bounds.factor.contains(row.factor), Bounds.count.contains(row.reps), Bounds.count.contains(row.lapses),
              Bounds.seconds.contains(row.modified)
        else {
            throw AnkiIncrementalRefusal.badRow(server: server, reason: "card \(row.id) with a value out of range")
        }
        let data = CardData(json: row.data)
        if let problem = data.problem {
            throw AnkiIncrementalRefusal.badRow(server: server, reason: "card \(row.id) whose data \(problem)")
        }
        return AnkiCard(
            id: row.id, noteID: row.noteID, deckID: row.originalDeckID != 0 ? row.originalDeckID : row.deckID, ord: row.ord,
            type: type, queue: queue, due: row.due, interval: row.interval, easeFactor: row.factor, reps: row.reps,
            lapses: row.lapses, flag: row.flags & 0b111, storedMemory: data.memory, lastReviewSeconds: data.lastReview)
    }

    private func check(_ entry: AnkiReviewEntry, of cardID: Int64) throws {
        guard Bounds.milliseconds.contains(entry.milliseconds), Bounds.code.contains(entry.ease),
              Bounds.interval.contains(entry.interval), Bounds.interval.contains(entry.lastInterval),
              Bounds.factor.contains(entry.factor), Bounds.duration.contains(entry.durationMilliseconds)
        else {
            throw AnkiIncrementalRefusal.badRow(
                server: server, reason: "review \(entry.milliseconds) of card \(cardID) with a value out of range")
        }
    }

    /// A card recall holds as Anki's row of it, with its whole history, and the name of its deck.
    func exported(_ record: CardRecord, _ db: Database) throws -> (card: AnkiCard, deck: String) {
        let id = record.id ?? 0
        let deck = try String.fetchOne(db, sql: "SELECT name FROM deck WHERE id = ?", arguments: [record.deckId]) ?? ""
        let reviews = try ReviewRecord.filter(ReviewRecord.Columns.cardId == id)
            .order(ReviewRecord.Columns.reviewedAt, ReviewRecord.Columns.id).fetchAll(db).map(\.stored)
        let decoder = JSONDecoder()
        let manual = try String.fetchAll(db, sql: "SELECT entry FROM ankiManualEntry WHERE cardId = ? ORDER BY milliseconds, id",
                                         arguments: [id])
            .map { try decoder.decode(AnkiReviewEntry.self, from: Data($0.utf8)) }
        let row = try Row.fetchOne(db, sql: "SELECT ankiCardId, ankiNoteId, ankiOrd, ankiFlags FROM card WHERE id = ?", arguments: [id])
        let identity = AnkiCardIdentity(cardID: row?[0] ?? 0, noteID: row?[1] ?? 0, ord: row?[2] ?? 0)
        let export = ExportCard(
            stored: record.stored(deckName: deck), reviews: reviews, manualEntries: manual, anki: identity, ankiFlag: row?[3])
        let card = export.ankiCard(
            identity: identity, deckID: kept.deckIDs[deck] ?? 1, position: record.position, createdDay: createdDay,
            calendar: calendar)
        return (card, deck)
    }

    /// When recall last changed a card (an answer, or a change such as a suspension), epoch
    /// seconds: a card changed on both sides takes the later change's schedule.
    private func modified(_ record: CardRecord, _ db: Database) throws -> Int64 {
        let change = try Double.fetchOne(db, sql: """
            SELECT max(coalesce(c.undoneAt, c.madeAt)) FROM cardChangeEntry e JOIN cardChange c ON c.id = e.cardChangeId
            WHERE e.cardId = ?
            """, arguments: [record.id ?? 0]) ?? 0
        return Int64(max(change, record.state.lastReview?.timeIntervalSince1970 ?? 0))
    }

    /// Makes the card's stored history the replayed one: an answer recall holds (the same time
    /// to the millisecond) takes its recomputed states and keeps its session and typed answer,
    /// one it does not is added, and so is a manual entry it does not have. The answers added.
    private func reconcile(_ db: Database, cardID: Int64, logs: [ReviewLog], manual: [AnkiReviewEntry]) throws -> Int {
        var stored = try ReviewRecord.filter(ReviewRecord.Columns.cardId == cardID).fetchAll(db)
        var added = 0
        for log in logs {
            let milliseconds = (log.reviewedAt.timeIntervalSince1970 * 1000).rounded()
            if let index = stored.firstIndex(where: { abs(($0.reviewedAt * 1000).rounded() - milliseconds) <= 1 }) {
                var row = stored.remove(at: index)
                row.before = StateColumns(log.before)
                row.after = StateColumns(log.after)
                row.elapsedDays = log.elapsedDays
                row.scheduledDays = log.scheduledDays
                row.intervalSeconds = log.intervalSeconds
                try row.update(db)
            } else {
                var row = ReviewRecord(cardID: cardID, sessionID: nil, log: log)
                try row.insert(db)
                added += 1
            }
        }
        let known = Set(try Int64.fetchAll(db, sql: "SELECT milliseconds FROM ankiManualEntry WHERE cardId = ?", arguments: [cardID]))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for entry in manual where !known.contains(entry.milliseconds) {
            try db.execute(
                sql: "INSERT INTO ankiManualEntry (cardId, milliseconds, entry) VALUES (?, ?, ?)",
                arguments: [cardID, entry.milliseconds, String(decoding: try encoder.encode(entry), as: UTF8.self)])
        }
        return added
    }
}

/// A row of `ankiNote`, a note kept as Anki had it.
enum AnkiNoteRow {
    static func note(_ row: Row) -> AnkiNote {
        AnkiNote(
            id: row["id"], guid: row["guid"], notetypeID: row["notetypeId"],
            fields: AnkiCollectionDatabase.fields(row["fields"]), tags: AnkiNote.tags(fromColumn: row["tags"]),
            modified: row["modified"], usn: row["usn"])
    }

    static func fetch(_ db: Database, id: Int64) throws -> AnkiNote? {
        try Row.fetchOne(db, sql: "SELECT * FROM ankiNote WHERE id = ?", arguments: [id]).map(note)
    }
}
