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

    /// Opens the collection at `path` read-only and immutable and reads its header (schema,
    /// note types, decks). `opened` runs as soon as SQLite holds the file open: the caller
    /// removes the unpacked copy then, so nothing is left behind even when the process is
    /// interrupted or killed while the rows are read.
    func open(path: String, opened: () -> Void = {}) throws(AnkiPackageError) -> AnkiCollectionStream {
        var configuration = Configuration()
        configuration.label = "anki-import"
        configuration.readonly = true
        configuration.prepareDatabase { db in
            // Anki's Rust code registers this collation; SQLite cannot even prepare a query on
            // the schema-18 tables without one. Case-insensitive order is all reading needs.
            db.add(collation: DatabaseCollation("unicase") { $0.caseInsensitiveCompare($1) })
            // The file is untrusted: views and triggers in it may not call functions with side
            // effects, and damaged pages are reported instead of read.
            try db.execute(sql: "PRAGMA trusted_schema = OFF; PRAGMA cell_size_check = ON")
        }
        return try guarded {
            let queue = try DatabaseQueue(path: AppDatabase.readOnlyURI(path, immutable: true), configuration: configuration)
            opened()
            do {
                let header = try queue.read { db in try readHeader(db) }
                return AnkiCollectionStream(reader: self, queue: queue, header: header)
            } catch {
                try? queue.close()
                throw error
            }
        }
    }

    /// Runs `body`, turning SQLite's errors into an `AnkiPackageError` naming the collection.
    func guarded<T>(_ body: () throws -> T) throws(AnkiPackageError) -> T {
        do {
            return try body()
        } catch {
            throw packageError(error)
        }
    }

    /// `error`, met while reading, as an `AnkiPackageError` naming the collection.
    func packageError(_ error: any Error) -> AnkiPackageError {
        switch error {
        case let error as AnkiPackageError: error
        case let error as DatabaseError: .malformedCollection(file: file, entry: entry, reason: Self.describe(error))
        default: .malformedCollection(file: file, entry: entry, reason: FileErrorReason.describe(error))
        }
    }

    private static func describe(_ error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_NOTADB: "it is not an SQLite database"
        case .SQLITE_CORRUPT: "the SQLite database is damaged"
        default: error.message ?? "SQLite error \(error.resultCode.rawValue)"
        }
    }

    /// The ranges numbers must lie in to enter: wide enough for any collection Anki writes,
    /// narrow enough that turning them into dates and intervals cannot overflow.
    enum Bounds {
        /// Epoch seconds up to the year 2286 (`col.crt`, `cards.due` of a learning card).
        static let seconds: ClosedRange<Int64> = -10_000_000_000...10_000_000_000
        /// An update sequence number (`usn`): -1 before a sync, then counting syncs.
        static let usn: ClosedRange<Int> = Int(Int32.min)...Int(Int32.max)
        /// Epoch milliseconds (`revlog.id`).
        static let milliseconds: ClosedRange<Int64> = 0...10_000_000_000_000
        /// Days, or negative seconds for a learning step (`ivl`, `lastIvl`): 2,700 years.
        static let interval: ClosedRange<Int> = -100_000_000...1_000_000
        /// Template or cloze index (`ord`).
        static let ord: ClosedRange<Int> = 0...65_535
        /// `reps`, `lapses`.
        static let count: ClosedRange<Int> = 0...100_000_000
        /// Ease in permille, or FSRS difficulty encoded (`factor`).
        static let factor: ClosedRange<Int> = -100_000...100_000
        /// Small codes: `type`, `queue`, `ease`.
        static let code: ClosedRange<Int> = -1_000...1_000
        /// Answer time in milliseconds (`revlog.time`): a day either way.
        static let duration: ClosedRange<Int> = -86_400_000...86_400_000
    }

    private func readHeader(_ db: Database) throws -> AnkiCollectionHeader {
        guard try db.tableExists("col") else { throw malformed("it has no `col` table") }
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM col LIMIT 1") else {
            throw malformed("its `col` table is empty")
        }
        let col = AnkiRow(row, file: file, table: "col", place: "the col row")
        let version = try col.int64("ver")
        guard (Int64(Self.oldestSchema)...Int64(Self.newestSchema)).contains(version) else {
            throw AnkiPackageError.unsupportedSchema(file: file, version: Int(truncatingIfNeeded: version))
        }
        let created = try col.int64("crt", in: Bounds.seconds)
        let notetypes: [AnkiNotetype]
        let decks: [AnkiDeck]
        if try db.tableExists("notetypes") {
            notetypes = try AnkiSchemaTables(file: file).notetypes(db)
            decks = try AnkiSchemaTables(file: file).decks(db)
        } else {
            notetypes = try AnkiSchemaJSON(file: file).notetypes(col.text("models"))
            decks = try AnkiSchemaJSON(file: file).decks(col.text("decks"), presets: try? col.text("dconf"))
        }
        var header = AnkiCollectionHeader(
            schemaVersion: Int(version), createdSeconds: created, notetypes: notetypes, decks: decks,
            noteCount: try Int.fetchOne(db, sql: "SELECT count(*) FROM notes") ?? 0,
            cardCount: try Int.fetchOne(db, sql: "SELECT count(*) FROM cards") ?? 0,
            reviewCount: try Int.fetchOne(db, sql: "SELECT count(*) FROM revlog") ?? 0)
        if let kept = try AnkiKeptReader.objects(db, col: row) {
            header.kept = kept
        } else {
            header.keptTooLarge = true
        }
        return header
    }

    /// Reads the row's id and names the row by it from then on (“note 1234”); until then it
    /// is named by its position, in case the id itself is bad.
    private func identify(_ row: inout AnkiRow, kind: String) throws(AnkiPackageError) -> Int64 {
        let id = try row.int64("id")
        row.location = .identified(kind: kind, id: id)
        return id
    }

    /// A note's fields, which Anki separates with U+001F: split at that byte, as splitting the
    /// text at that character would (a control character is a character of its own) without
    /// walking the text character by character.
    static func fields(_ flds: String) -> [String] {
        flds.utf8.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }

    func note(_ row: AnkiRow) throws(AnkiPackageError) -> AnkiNote {
        var note = row
        let id = try identify(&note, kind: "note")
        return AnkiNote(
            id: id, guid: try note.text("guid"), notetypeID: try note.int64("mid"),
            fields: Self.fields(try note.text("flds")),
            tags: AnkiNote.tags(fromColumn: try note.text("tags")),
            modified: try note.int64("mod", in: Bounds.seconds), usn: try note.int("usn", in: Bounds.usn))
    }

    /// The review, or nil (with a warning) for an entry of a type recall does not know.
    func review(_ row: AnkiRow, warnings: inout [String]) throws(AnkiPackageError) -> AnkiReviewEntry? {
        var review = row
        let id = try identify(&review, kind: "review")
        let type = try review.int("type", in: Bounds.code)
        guard let kind = AnkiReviewEntry.Kind(rawValue: type) else {
            warnings.append("\(file): review \(id) has unknown type \(type); skipped.")
            return nil
        }
        return AnkiReviewEntry(
            milliseconds: try review.int64("id", in: Bounds.milliseconds), ease: try review.int("ease", in: Bounds.code),
            kind: kind,
            interval: try review.int("ivl", in: Bounds.interval),
            lastInterval: try review.int("lastIvl", in: Bounds.interval),
            factor: try review.int("factor", in: Bounds.factor),
            durationMilliseconds: try review.int("time", in: Bounds.duration))
    }

    func card(_ row: AnkiRow) throws(AnkiPackageError) -> AnkiCard {
        var card = row
        let id = try identify(&card, kind: "card")
        let typeCode = try card.int("type", in: Bounds.code)
        guard let type = AnkiCard.CardType(rawValue: typeCode) else {
            throw malformed("card \(id) has an unknown type \(typeCode)")
        }
        let queueCode = try card.int("queue", in: Bounds.code)
        guard let queue = AnkiCard.Queue(rawValue: queueCode) else {
            throw malformed("card \(id) has an unknown queue \(queueCode)")
        }
        let originalDeck = try card.int64("odid")
        let data = CardData(json: try card.optionalText("data"))
        if let problem = data.problem {
            throw AnkiPackageError.badValue(file: file, place: card.place, column: "cards.data", problem: problem)
        }
        return AnkiCard(
            id: id, noteID: try card.int64("nid"), deckID: originalDeck != 0 ? originalDeck : try card.int64("did"),
            ord: try card.int("ord", in: Bounds.ord), type: type, queue: queue,
            due: try card.int64("due", in: Bounds.seconds), interval: try card.int("ivl", in: Bounds.interval),
            easeFactor: try card.int("factor", in: Bounds.factor), reps: try card.int("reps", in: Bounds.count),
            lapses: try card.int("lapses", in: Bounds.count), flag: Int(try card.int64("flags") & 0b111),
            storedMemory: data.memory, lastReviewSeconds: data.lastReview)
    }

    func malformed(_ reason: String) -> AnkiPackageError {
        .malformedCollection(file: file, entry: entry, reason: reason)
    }
}

/// The FSRS fields of `cards.data`: `{"s": 2.3065, "d": 2.104, "lrt": 1795762424, …}`; `{}` or
/// an empty string for cards without them.
struct CardData {
    var memory: MemoryState?
    var lastReview: Int64?

    init(json: String?) {
        // Most cards have `{}`: only text with a key is parsed.
        guard let json, json.utf8.contains(UInt8(ascii: "\"")),
              let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        else { return }
        if let stability = AnkiJSON.double(object["s"]), let difficulty = AnkiJSON.double(object["d"]) {
            memory = MemoryState(stability: stability, difficulty: difficulty)
        }
        lastReview = AnkiJSON.int64(object["lrt"])
    }

    /// Why the values cannot be used, or nil: a memory state outside what FSRS computes, a
    /// last review outside `Bounds.seconds`.
    var problem: String? {
        if let memory, !(Self.stability.contains(memory.stability) && Self.difficulty.contains(memory.difficulty)) {
            return "holds the memory state s \(memory.stability), d \(memory.difficulty), outside what FSRS computes "
                + "(s \(Self.stability.lowerBound)…\(Self.stability.upperBound), d 1…10)"
        }
        if let lastReview, !AnkiCollectionDatabase.Bounds.seconds.contains(lastReview) {
            return "holds the last review time \(lastReview), outside the epoch seconds recall accepts"
        }
        return nil
    }

    /// Stability in days (FSRS keeps it between 0.001 and 36,500, a little over is allowed),
    /// difficulty 1 to 10.
    static let stability: ClosedRange<Double> = 0.0001...1_000_000
    static let difficulty: ClosedRange<Double> = 1...10
}
