import Foundation
import RecallCore
import RecallStore

/// The two full syncs: one side's whole collection replaces the other's.
public struct AnkiFullSync {
    public let client: AnkiSyncClient
    public let database: AppDatabase

    public init(client: AnkiSyncClient, database: AppDatabase) {
        self.client = client
        self.database = database
    }

    /// Downloads the server's collection and makes it recall's: read as `recall import` reads
    /// a package, each card's history replayed through FSRS with `replay` of its deck's preset,
    /// everything recall held replaced in one transaction. The download lands in a private
    /// temporary folder, removed however this ends.
    @discardableResult
    public func download(
        replay: (_ preset: String) -> ReviewReplay, now: Date, progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> BulkSummary {
        let collection = try client.download()
        let folder = try PrivateFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("collection.anki2")
        do {
            try collection.write(to: file)
        } catch {
            throw AnkiFullSyncError.cannotKeep(path: file.path, reason: error.localizedDescription)
        }
        return try database.replaceWithAnkiCollection(
            at: file, name: "the collection downloaded from \(client.server.absoluteString)", replay: replay, now: now,
            server: client.server.absoluteString, progress: progress)
    }

    /// Uploads recall's collection, every card with its state and review history as an
    /// `.apkg` export writes them, to replace the server's, and records the sync. `server` is
    /// what `meta` said: the upload's update sequence number is the next one, and its schema
    /// stamp (the moment) is later than the server's, so every other client sees a new
    /// collection, even one uploaded within the same millisecond as the last.
    public func upload(server: AnkiSyncMeta, now: Date, calendar: StudyCalendar) throws -> (cards: Int, reviews: Int) {
        let serverUSN = server.usn
        let cards = try database.exportCards()
        let collection = AnkiCollection(exporting: cards, kept: try database.ankiKept(), now: now, calendar: calendar)
        let stamp = max(Int64((now.timeIntervalSince1970 * 1000).rounded(.down)), server.schemaModified + 1)
        let stamps = AnkiPackageWriter.SyncStamps(usn: serverUSN + 1, schemaModified: stamp)
        let folder = try PrivateFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("collection.anki2")
        try AnkiPackageWriter().writeCollection(collection, to: file, now: now, stamps: stamps)
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw AnkiFullSyncError.cannotKeep(path: file.path, reason: error.localizedDescription)
        }
        try client.upload(data)
        try database.recordAnkiUpload(
            of: file, AnkiSyncState(usn: stamps.usn, schemaModified: stamp, modified: stamp, lastSync: now),
            server: client.server.absoluteString)
        return (cards.count, cards.reduce(0) { $0 + $1.reviews.count })
    }
}

/// A folder only this user can read, for a collection on its way in or out.
struct PrivateFolder {
    let url: URL

    init() throws(AnkiFullSyncError) {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("recall-sync-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(
                at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotKeep(path: url.path, reason: error.localizedDescription)
        }
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

public enum AnkiFullSyncError: Error, Equatable, Sendable, LocalizedError {
    case cannotKeep(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .cannotKeep(let path, let reason):
            "the collection could not be kept in \(path) on its way (\(reason)); nothing was changed"
        }
    }
}
