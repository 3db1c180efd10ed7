import Foundation
import GRDB
import RecallCore
import ZIPFoundation
@testable import RecallStore

/// Builds packages whose collection rows hold what Anki never writes: NULLs, text where
/// numbers belong, numbers at the ends of their range. A well-formed one-card collection is
/// written by `AnkiPackageWriter`, its tables lose their NOT NULL constraints, and then the
/// test's SQL spoils it.
enum HostileCollection {
    static let noteID: Int64 = 1_700_000_000_001
    static let cardID: Int64 = 1_700_000_000_002
    static let reviewID: Int64 = 1_700_000_100_000

    /// One Basic note with one reviewed card and one answer in its log.
    static var wellFormed: AnkiCollection {
        AnkiCollection(
            schemaVersion: 11, createdSeconds: 1_699_999_200,
            notetypes: [AnkiNotetype(id: 1, name: "Basic", kind: .normal, fields: ["Front", "Back"], templates: ["Card 1"])],
            decks: [AnkiDeck(id: 1, name: "Default")],
            notes: [AnkiNote(id: noteID, guid: "hostile", notetypeID: 1, fields: ["Capital of Peru?", "Lima"], tags: [])],
            cards: [AnkiCard(
                id: cardID, noteID: noteID, deckID: 1, ord: 0, type: .review, queue: .review, due: 10,
                interval: 5, easeFactor: 2500, reps: 1, lapses: 0, flag: 0,
                reviews: [AnkiReviewEntry(
                    milliseconds: reviewID, ease: 3, kind: .learning, interval: 5, lastInterval: 0,
                    factor: 2500, durationMilliseconds: 3000)])],
            media: [])
    }

    /// Writes `collection` as `<name>` in `directory`, then runs `sql` on its collection.
    static func package(
        _ name: String, in directory: URL, collection: AnkiCollection = wellFormed, sql: String = ""
    ) throws -> URL {
        let written = directory.appendingPathComponent("written-\(name)")
        try AnkiPackageWriter().write(collection, to: written, now: Date(timeIntervalSince1970: 1_700_000_000))
        let database = directory.appendingPathComponent("\(name).sqlite")
        let original = try Archive(url: written, accessMode: .read)
        _ = try original.extract(try unwrap(original["collection.anki2"]), to: database)
        let queue = try DatabaseQueue(path: database.path)
        try queue.write { db in
            for table in ["col", "notes", "cards", "revlog"] {
                try db.execute(sql: """
                    CREATE TABLE loose AS SELECT * FROM \(table); DROP TABLE \(table);
                    ALTER TABLE loose RENAME TO \(table);
                    """)
            }
            try db.execute(sql: sql)
        }
        try queue.close()
        let url = directory.appendingPathComponent(name)
        let archive = try Archive(url: url, accessMode: .create)
        try archive.addEntry(with: "collection.anki2", fileURL: database, compressionMethod: .deflate)
        let manifest = Data("{}".utf8)
        try archive.addEntry(with: "media", type: .file, uncompressedSize: Int64(manifest.count)) { position, size in
            manifest.subdata(in: Int(position)..<Int(position) + size)
        }
        return url
    }

    private static func unwrap(_ entry: Entry?) throws -> Entry {
        guard let entry else { throw CocoaError(.fileReadCorruptFile) }
        return entry
    }
}
