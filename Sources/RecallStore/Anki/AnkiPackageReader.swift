import Foundation
import RecallCore
import ZIPFoundation

/// Reads an Anki package (`.apkg`) in any of its three layouts:
/// - `collection.anki21b` (current Anki): zstd-compressed SQLite, schema 18, media list as
///   zstd-compressed protobuf, media files zstd-compressed;
/// - `collection.anki21` ("Support older Anki versions"): SQLite schema 11, JSON media list;
///   its `collection.anki2` is only a stub asking to update Anki;
/// - `collection.anki2` (genanki, Anki 2.1.x): SQLite schema 11, JSON media list.
///
/// The package is untrusted: entry paths that leave the archive, archives that expand past
/// `Limits`, truncated or damaged archives, malformed SQLite and unknown schema versions all
/// throw an `AnkiPackageError` naming the file. The collection is unpacked into a private
/// temporary directory, removed as soon as SQLite has the file open (and on every error
/// before that), so not even an interrupted import leaves it behind once rows are read.
public struct AnkiPackageReader: Sendable {
    public struct Limits: Sendable, Equatable {
        /// The most all entries together may expand to.
        public var maxUnpackedBytes: Int64
        /// The highest compression ratio accepted for an entry that expands past
        /// `ratioCheckFromBytes`. Small entries may legitimately compress very well (a SQLite
        /// file's empty pages), so the ratio is only checked above that size.
        public var maxCompressionRatio: Int64
        public var ratioCheckFromBytes: Int64

        public init(maxUnpackedBytes: Int64, maxCompressionRatio: Int64, ratioCheckFromBytes: Int64) {
            self.maxUnpackedBytes = maxUnpackedBytes
            self.maxCompressionRatio = maxCompressionRatio
            self.ratioCheckFromBytes = ratioCheckFromBytes
        }

        /// 2 GiB in all; 200 to 1 for entries past 16 MiB.
        public static let standard = Limits(
            maxUnpackedBytes: 2 << 30, maxCompressionRatio: 200, ratioCheckFromBytes: 16 << 20)
    }

    /// How far reading has got, for a progress bar.
    public struct Progress: Sendable, Equatable {
        public enum Stage: String, Sendable { case unpacking, notes, cards, reviews, media }
        public var stage: Stage
        public var done: Int
        public var total: Int
    }

    public var limits: Limits

    public init(limits: Limits = .standard) {
        self.limits = limits
    }

    /// The collection members in order of preference.
    static let collectionMembers = ["collection.anki21b", "collection.anki21", "collection.anki2"]

    /// Reads the whole package at `url` into memory. `progress` is called now and then while
    /// rows are read. An import streams it instead (`open`).
    public func read(
        contentsOf url: URL, progress: ((Progress) -> Void)? = nil
    ) throws(AnkiPackageError) -> AnkiCollection {
        let package = try open(contentsOf: url, progress: progress)
        let header = package.collection.header
        var notes: [AnkiNote] = [], cards: [AnkiCard] = []
        do {
            try package.collection.forEachNote(progress: { progress?(Progress(stage: .cards, done: $0, total: header.cardCount)) }) {
                note, noteCards in
                if let note { notes.append(note) }
                cards += noteCards
            }
        } catch {
            // Only reading can fail here.
            throw error as? AnkiPackageError ?? .unreadable(file: url.path, reason: FileErrorReason.describe(error))
        }
        return AnkiCollection(
            schemaVersion: header.schemaVersion, createdSeconds: header.createdSeconds, notetypes: header.notetypes,
            decks: header.decks, notes: notes, cards: cards, media: package.media, warnings: package.collection.warnings)
    }

    /// An opened package: its media, and its collection open for streaming.
    public struct Package {
        public var media: [ImportedMedia]
        public var collection: AnkiCollectionStream
    }

    /// Opens the package at `url`: checks the archive, reads the media, unpacks the collection
    /// (streamed to a private file, a buffer at a time) and opens it, reading its header.
    public func open(
        contentsOf url: URL, progress: ((Progress) -> Void)? = nil
    ) throws(AnkiPackageError) -> Package {
        let file = url.path
        let archive = try PackageArchive(url: url, limits: limits)
        guard let member = Self.collectionMembers.first(where: { archive.contains($0) }) else {
            throw .noCollection(file: file)
        }
        // Newer packages (meta version 2 and up) keep only a stub asking to update Anki in
        // collection.anki2; without their real collection there is nothing to import.
        if member == "collection.anki2", try AnkiMediaManifest.packageVersion(in: archive) >= 2 {
            throw .malformedData(file: file, reason: "its collection.anki2 is only a placeholder and the real collection is missing")
        }
        // The media first, so the unpacked collection exists only between its writing and
        // SQLite opening it.
        let media = try AnkiMediaManifest.read(from: archive, progress: progress)
        progress?(Progress(stage: .unpacking, done: 0, total: 1))
        let directory = try makePrivateDirectory(file: file)
        defer { try? FileManager.default.removeItem(at: directory) }
        let databaseURL = directory.appendingPathComponent("collection.sqlite")
        try archive.unpack(member, to: databaseURL, zstd: member == "collection.anki21b")
        progress?(Progress(stage: .unpacking, done: 1, total: 1))
        let collection = try AnkiCollectionDatabase(file: file, entry: member)
            .open(path: databaseURL.path) { try? FileManager.default.removeItem(at: directory) }
        return Package(media: media, collection: collection)
    }

    private func makePrivateDirectory(file: String) throws(AnkiPackageError) -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("recall-import-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .unreadable(file: file, reason: "no private temporary directory could be made (\(FileErrorReason.describe(error)))")
        }
        return directory
    }
}
