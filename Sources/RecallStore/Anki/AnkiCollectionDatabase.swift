import Foundation
import GRDB
import RecallCore

/// Reads an unpacked Anki collection (SQLite). Schema 11 keeps note types and decks as JSON in
/// the `col` row; schema 15 and later (current Anki writes 18) keeps them in tables declared
/// `COLLATE unicase`, with protobuf settings blobs. Notes, cards and the review log have the
/// same columns in both.
struct AnkiCollectionDatabase {
    /// The package, for messages.
    let file: String
    /// The zip entry the collection came from, for messages.
    let entry: String

    static let newestSchema = 18
    static let oldestSchema = 11

    func read(
        path: String, progress: ((AnkiPackageReader.Progress) -> Void)?
    ) throws(AnkiPackageError) -> AnkiCollection {
        var configuration = Configuration()
        configuration.label = "anki-import"
        configuration.prepareDatabase { db in
            // Anki's Rust code registers this collation; SQLite cannot even prepare a query on
            // the schema-18 tables without one. Case-insensitive order is all reading needs.
            db.add(collation: DatabaseCollation("unicase") { $0.caseInsensitiveCompare($1) })
            // The file is untrusted: views and triggers in it may not call functions with side
            // effects, and damaged pages are reported instead of read.
            try db.execute(sql: "PRAGMA trusted_schema = OFF; PRAGMA cell_size_check = ON")
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in try readCollection(db, progress: progress) }
        } catch let error as AnkiPackageError {
            throw error
        } catch let error as DatabaseError {
            throw .malformedCollection(file: file, entry: entry, reason: Self.describe(error))
        } catch {
            throw .malformedCollection(file: file, entry: entry, reason: FileErrorReason.describe(error))
        }
    }

    private static func describe(_ error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_NOTADB: "it is not an SQLite database"
        case .SQLITE_CORRUPT: "the SQLite database is damaged"
        default: error.message ?? "SQLite error \(error.resultCode.rawValue)"
        }
    }

    private func readCollection(
        _ db: Database, progress: ((AnkiPackageReader.Progress) -> Void)?
    ) throws -> AnkiCollection {
        guard try db.tableExists("col") else { throw malformed("it has no `col` table") }
        guard let col = try Row.fetchOne(db, sql: "SELECT ver, crt FROM col LIMIT 1") else {
            throw malformed("its `col` table is empty")
        }
        let version: Int = col[0]
        guard (Self.oldestSchema...Self.newestSchema).contains(version) else {
            throw AnkiPackageError.unsupportedSchema(file: file, version: version)
        }
        let notetypes: [AnkiNotetype]
        let decks: [AnkiDeck]
        if try db.tableExists("notetypes") {
            notetypes = try AnkiSchemaTables(file: file).notetypes(db)
            decks = try AnkiSchemaTables(file: file).decks(db)
        } else {
            let json = try Row.fetchOne(db, sql: "SELECT models, decks FROM col LIMIT 1")!
            notetypes = try AnkiSchemaJSON(file: file).notetypes(json[0])
            decks = try AnkiSchemaJSON(file: file).decks(json[1])
        }
        var warnings: [String] = []
        let notes = try readNotes(db, progress: progress)
        let reviews = try readReviews(db, warnings: &warnings, progress: progress)
        let cards = try readCards(db, reviews: reviews, progress: progress)
        return AnkiCollection(
            schemaVersion: version, createdSeconds: col[1], notetypes: notetypes, decks: decks,
            notes: notes, cards: cards, media: [], warnings: warnings)
    }

    private func readNotes(_ db: Database, progress: ((AnkiPackageReader.Progress) -> Void)?) throws -> [AnkiNote] {
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM notes") ?? 0
        var notes: [AnkiNote] = []
        notes.reserveCapacity(total)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, guid, mid, tags, flds FROM notes ORDER BY id")
        while let row = try rows.next() {
            let fields: String = row[4]
            notes.append(AnkiNote(
                id: row[0], guid: row[1], notetypeID: row[2],
                fields: fields.split(separator: "\u{1f}", omittingEmptySubsequences: false).map(String.init),
                tags: AnkiNote.tags(fromColumn: row[3])))
            if notes.count % 5000 == 0 { progress?(.init(stage: .notes, done: notes.count, total: total)) }
        }
        progress?(.init(stage: .notes, done: notes.count, total: total))
        return notes
    }

    private func readReviews(
        _ db: Database, warnings: inout [String], progress: ((AnkiPackageReader.Progress) -> Void)?
    ) throws -> [Int64: [AnkiReviewEntry]] {
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM revlog") ?? 0
        var reviews: [Int64: [AnkiReviewEntry]] = [:]
        var done = 0
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY cid, id
            """)
        while let row = try rows.next() {
            done += 1
            if done % 50_000 == 0 { progress?(.init(stage: .reviews, done: done, total: total)) }
            let id: Int64 = row[0]
            guard let kind = AnkiReviewEntry.Kind(rawValue: row[7]) else {
                let kind: Int = row[7]
                warnings.append("\(file): review \(id) has unknown type \(kind); skipped.")
                continue
            }
            reviews[row[1], default: []].append(AnkiReviewEntry(
                milliseconds: id, ease: row[2], kind: kind, interval: row[3], lastInterval: row[4],
                factor: row[5], durationMilliseconds: row[6]))
        }
        progress?(.init(stage: .reviews, done: done, total: total))
        return reviews
    }

    private func readCards(
        _ db: Database, reviews: [Int64: [AnkiReviewEntry]], progress: ((AnkiPackageReader.Progress) -> Void)?
    ) throws -> [AnkiCard] {
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM cards") ?? 0
        var cards: [AnkiCard] = []
        cards.reserveCapacity(total)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, nid, did, odid, ord, type, queue, due, ivl, factor, reps, lapses, flags, data
            FROM cards ORDER BY nid, ord
            """)
        while let row = try rows.next() {
            let id: Int64 = row[0]
            guard let type = AnkiCard.CardType(rawValue: row[5]) else {
                throw malformed("card \(id) has an unknown type \(row[5] as Int)")
            }
            guard let queue = AnkiCard.Queue(rawValue: row[6]) else {
                throw malformed("card \(id) has an unknown queue \(row[6] as Int)")
            }
            let originalDeck: Int64 = row[3]
            let flags: Int = row[12]
            let data = CardData(json: row[13])
            cards.append(AnkiCard(
                id: id, noteID: row[1], deckID: originalDeck != 0 ? originalDeck : row[2], ord: row[4],
                type: type, queue: queue, due: row[7], interval: row[8], easeFactor: row[9], reps: row[10],
                lapses: row[11], flag: flags & 0b111, storedMemory: data.memory,
                lastReviewSeconds: data.lastReview, reviews: reviews[id] ?? []))
            if cards.count % 5000 == 0 { progress?(.init(stage: .cards, done: cards.count, total: total)) }
        }
        progress?(.init(stage: .cards, done: cards.count, total: total))
        return cards
    }

    private func malformed(_ reason: String) -> AnkiPackageError {
        .malformedCollection(file: file, entry: entry, reason: reason)
    }
}

/// The FSRS fields of `cards.data`: `{"s": 2.3065, "d": 2.104, "lrt": 1795762424, …}`; `{}` or
/// an empty string for cards without them.
struct CardData {
    var memory: MemoryState?
    var lastReview: Int64?

    init(json: String?) {
        guard let json, json.contains("\"s\"") || json.contains("\"lrt\""),
              let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        else { return }
        if let stability = AnkiJSON.double(object["s"]), let difficulty = AnkiJSON.double(object["d"]) {
            memory = MemoryState(stability: stability, difficulty: difficulty)
        }
        lastReview = AnkiJSON.int64(object["lrt"])
    }
}
