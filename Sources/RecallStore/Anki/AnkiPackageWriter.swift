import Foundation
import GRDB
import RecallCore
import ZIPFoundation

/// Writes an Anki package in the `collection.anki2` layout (SQLite schema 11, JSON media
/// list), which every Anki version imports: notes, cards with their scheduling and FSRS memory
/// state, the review log, decks, and the note types the collection names.
public struct AnkiPackageWriter: Sendable {
    public init() {}

    /// Writes `collection` (and its media) to `url`, replacing any file there. `now` stamps
    /// modification times.
    public func write(_ collection: AnkiCollection, to url: URL, now: Date) throws(AnkiExportError) {
        let file = url.path
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("recall-export-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let database = directory.appendingPathComponent("collection.anki2")
            try writeDatabase(collection, at: database, now: now)
            let package = directory.appendingPathComponent("package.apkg")
            let archive = try Archive(url: package, accessMode: .create)
            try archive.addEntry(with: "collection.anki2", fileURL: database, compressionMethod: .deflate)
            var manifest: [String: String] = [:]
            for (index, media) in collection.media.enumerated() {
                manifest[String(index)] = media.name
                try archive.addEntry(
                    with: String(index), type: .file, uncompressedSize: Int64(media.data.count),
                    compressionMethod: .deflate
                ) { position, size in media.data.subdata(in: Int(position)..<Int(position) + size) }
            }
            let manifestData = try JSONSerialization.data(withJSONObject: manifest, options: .sortedKeys)
            try archive.addEntry(
                with: "media", type: .file, uncompressedSize: Int64(manifestData.count), compressionMethod: .deflate
            ) { position, size in manifestData.subdata(in: Int(position)..<Int(position) + size) }
            // Beside the destination first (the temporary directory may be another file
            // system), then renamed over it: a file there is replaced whole or not at all.
            // (Foundation's `replaceItemAt` failed every second time on Linux.)
            let beside = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString)")
            try FileManager.default.moveItem(at: package, to: beside)
            guard rename(beside.path, file) == 0 else {
                let error = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                try? FileManager.default.removeItem(at: beside)
                throw error
            }
        } catch {
            throw .cannotWrite(file: file, reason: FileErrorReason.describe(error))
        }
    }

    /// The stamps of a collection a full sync uploads: every object already synced (update
    /// sequence number 0, where a package's rows have -1, "not yet synced"), the collection's
    /// `usn`, and its schema stamp, which is also its last sync and its modification time.
    public struct SyncStamps: Sendable, Equatable {
        public var usn: Int
        public var schemaModified: Int64

        public init(usn: Int, schemaModified: Int64) {
            self.usn = usn
            self.schemaModified = schemaModified
        }
    }

    /// Writes `collection` as a bare SQLite collection file (schema 11, no media) at `url`, for
    /// a full sync to upload, stamped with `stamps`, FSRS turned on in its settings.
    public func writeCollection(_ collection: AnkiCollection, to url: URL, now: Date, stamps: SyncStamps) throws(AnkiExportError) {
        do {
            try writeDatabase(collection, at: url, now: now, stamps: stamps)
        } catch {
            throw .cannotWrite(file: url.path, reason: FileErrorReason.describe(error))
        }
    }

    private func writeDatabase(_ collection: AnkiCollection, at url: URL, now: Date, stamps: SyncStamps? = nil) throws {
        var configuration = Configuration()
        // Schema 18 declares names `COLLATE unicase`, Anki's own collation.
        configuration.prepareDatabase { db in
            db.add(collation: DatabaseCollation("unicase") { $0.caseInsensitiveCompare($1) })
        }
        let queue = try DatabaseQueue(path: url.path, configuration: configuration)
        defer { try? queue.close() }
        let modified = Int64(now.timeIntervalSince1970)
        // A package's objects are not synced yet (-1); an upload's all are (0).
        let usn = stamps == nil ? -1 : 0
        let schemaModified = stamps?.schemaModified ?? modified * 1000
        // Objects kept from Anki's tables go back in them: schema 18. Else schema 11, which
        // every Anki version imports.
        let tables = AnkiKept(objects: collection.kept).hasTables
        try queue.write { db in
            // Schema 18 keeps what schema 11 has as JSON in the `col` row in tables of its own.
            let objects = tables ? ["", "", "", "", ""] : [
                try AnkiJSON.text(AnkiSchema11.configuration(collection, fsrs: stamps != nil)),
                try AnkiJSON.text(AnkiSchema11.models(collection, modified: modified, usn: usn)),
                try AnkiJSON.text(AnkiSchema11.decks(collection, modified: modified, usn: usn)),
                try AnkiJSON.text(AnkiSchema11.deckOptions(collection, usn: usn)), "{}",
            ]
            try db.execute(sql: tables ? AnkiSchema18.tables : AnkiSchema11.tables)
            let stampsColumns: [any DatabaseValueConvertible] = [
                collection.createdSeconds, stamps?.schemaModified ?? modified * 1000, schemaModified, tables ? 18 : 11,
                stamps?.usn ?? 0, stamps?.schemaModified ?? 0,
            ]
            try db.execute(
                sql: "INSERT INTO col VALUES (1, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)",
                arguments: StatementArguments(stampsColumns + objects))
            if tables {
                try AnkiSchema18.writeObjects(collection, db, modified: modified, usn: usn, fsrs: stamps != nil)
            }
            let insertNote = try db.makeStatement(sql: "INSERT INTO notes VALUES (?, ?, ?, ?, \(usn), ?, ?, ?, ?, 0, '')")
            for note in collection.notes {
                let sortField = HTMLText.plainText(fromHTML: note.fields.first ?? "")
                let tags = AnkiNote.tagsColumn(note.tags)
                // A note kept from Anki keeps its modification time: Anki takes an imported note
                // over its own only when it is newer.
                try insertNote.execute(arguments: [
                    note.id, note.guid, note.notetypeID, note.modified > 0 ? note.modified : modified, tags,
                    note.fields.joined(separator: "\u{1f}"), sortField, SHA1.checksum(sortField),
                ])
            }
            let insertCard = try db.makeStatement(sql: """
                INSERT INTO cards VALUES (?, ?, ?, ?, ?, \(usn), ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)
                """)
            let insertReview = try db.makeStatement(sql: "INSERT INTO revlog VALUES (?, ?, \(usn), ?, ?, ?, ?, ?, ?)")
            for card in collection.cards {
                let inSteps = card.type == .learning || card.type == .relearning
                try insertCard.execute(arguments: [
                    card.id, card.noteID, card.deckID, card.ord, modified, card.type.rawValue, card.queue.rawValue,
                    card.due, card.interval, card.easeFactor, card.reps, card.lapses, inSteps ? 1 : 0,
                    card.flag, AnkiSchema11.cardData(card),
                ])
                for review in card.reviews {
                    try insertReview.execute(arguments: [
                        review.milliseconds, card.id, review.ease, review.interval, review.lastInterval,
                        review.factor, review.durationMilliseconds, review.kind.rawValue,
                    ])
                }
            }
        }
    }
}

/// Why an export could not be written.
public enum AnkiExportError: Error, Equatable, Sendable, LocalizedError {
    case cannotWrite(file: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .cannotWrite(let file, let reason): "\(file) could not be written: \(reason)."
        }
    }
}
