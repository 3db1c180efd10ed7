import Foundation
import GRDB
import RecallCore
import RecallTestSupport
import Testing
@testable import RecallStore

@Suite final class AppDatabaseAnkiSyncTests {
    let directory: URL
    let now = Date(timeIntervalSince1970: 1_795_800_000)
    let server = "http://127.0.0.1:27701/"

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("recall-sync-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// The schema-18 collection inside the current Anki fixture package, as a sync server sends one.
    func serverCollection() throws -> URL {
        let url = directory.appendingPathComponent("downloaded.anki2")
        try PackageArchive(url: AnkiFixtures.url("anki-export-current", "apkg"), limits: .standard)
            .unpack("collection.anki21b", to: url, zstd: true)
        return url
    }

    func oldCollection() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        try database.insertBulk(
            [BulkCard(card: TestCards.basic("old", "Old?", "Yes"), state: .new(availableFrom: now))],
            intoDeck: "Old", source: nil, now: now)
        return database
    }

    @Test func aCollectionThatNeverSyncedHasNoStateAndSaysWhetherItIsEmpty() throws {
        #expect(try AppDatabase.inMemory().ankiSyncLocal(server: server) == AnkiSyncLocal(state: nil, empty: true, changedSinceSync: false))
        #expect(try oldCollection().ankiSyncLocal(server: server).empty == false)
    }

    @Test func theRecordedStateHoldsForItsServerOnlyAndNewCardsAfterItAreChanges() throws {
        let database = try AppDatabase.inMemory()
        let state = AnkiSyncState(usn: 3, schemaModified: 1_795_000_000_000, modified: 1_795_700_000_000, lastSync: now)
        try database.recordAnkiSync(state, server: server)
        #expect(try database.ankiSyncLocal(server: server) == AnkiSyncLocal(state: state, empty: true, changedSinceSync: false))
        #expect(try database.ankiSyncLocal(server: "https://sync.ankiweb.net/").state == nil)
        try database.insertBulk(
            [BulkCard(card: TestCards.basic("new", "New?", "Yes"), state: .new(availableFrom: now))],
            intoDeck: "D", source: nil, now: now.addingTimeInterval(60))
        #expect(try database.ankiSyncLocal(server: server).changedSinceSync)
    }

    /// A full download stores the server's collection exactly as `recall import` stores the
    /// same collection, in place of everything recall held, and records the collection's stamps.
    @Test func aFullDownloadReplacesEverythingAsAnImportWouldStoreIt() throws {
        let database = try oldCollection()
        let summary = try database.replaceWithAnkiCollection(
            at: try serverCollection(), name: "the download", replay: { _ in ReviewReplayTests.replay }, now: now,
            server: server)
        #expect(summary.cardsAdded == 17 && summary.reviewsAdded == 13)
        let imported = try AppDatabase.inMemory()
        try imported.importCards(
            try ImportFileReader().open(contentsOf: AnkiFixtures.url("anki-export-current", "apkg")),
            replay: { _ in ReviewReplayTests.replay }, source: "the download", now: now)
        #expect(try database.exportCards() == imported.exportCards())
        #expect(try database.exportCards().contains { $0.key == "old" } == false)
        let stamps = try DatabaseQueue(path: try serverCollection().path).read { db in
            try Row.fetchOne(db, sql: "SELECT usn, scm, mod FROM col")!
        }
        let local = try database.ankiSyncLocal(server: server)
        #expect(local.state == AnkiSyncState(usn: stamps["usn"], schemaModified: stamps["scm"], modified: stamps["mod"], lastSync: now))
        #expect(!local.changedSinceSync)
    }

    @Test func aDownloadThatCannotBeReadChangesNothing() throws {
        let database = try oldCollection()
        let garbage = directory.appendingPathComponent("garbage.anki2")
        try Data(repeating: 7, count: 4096).write(to: garbage)
        #expect(throws: AnkiPackageError.self) {
            try database.replaceWithAnkiCollection(
                at: garbage, name: "the download", replay: { _ in ReviewReplayTests.replay }, now: now, server: server)
        }
        #expect(try database.exportCards().map(\.key) == ["old"])
        #expect(try database.ankiSyncLocal(server: server).state == nil)
    }

    @Test func aBackupIsACopyOfTheWholeCollection() throws {
        let database = try AppDatabase.open(directory: directory.appendingPathComponent("data"))
        try database.insertBulk(
            [BulkCard(card: TestCards.basic("kept", "Kept?", "Yes"), state: .new(availableFrom: now))],
            intoDeck: "D", source: nil, now: now)
        let backup = directory.appendingPathComponent("backup.sqlite")
        try database.backUp(to: backup)
        let copy = try DatabaseQueue(path: backup.path)
        #expect(try copy.read { db in try String.fetchAll(db, sql: "SELECT key FROM card") } == ["kept"])
    }

    /// An upload's collection says every object is synced (usn 0), carries the stamps given and
    /// has FSRS on.
    @Test func anUploadsCollectionIsStampedAsSynced() throws {
        let card = try oldCollection().exportCards()[0]
        let collection = AnkiCollection(exporting: [card], now: now, calendar: ReviewReplayTests.calendar)
        let file = directory.appendingPathComponent("upload.anki2")
        try AnkiPackageWriter().writeCollection(
            collection, to: file, now: now, stamps: AnkiPackageWriter.SyncStamps(usn: 5, schemaModified: 1_795_800_000_123))
        let row = try DatabaseQueue(path: file.path).read { db in
            try Row.fetchOne(db, sql: """
                SELECT usn, scm, mod, ls, conf, (SELECT max(usn) FROM notes) AS notes, (SELECT max(usn) FROM cards) AS cards FROM col
                """)!
        }
        #expect(row["usn"] as Int == 5)
        #expect(row["scm"] as Int64 == 1_795_800_000_123 && row["ls"] as Int64 == 1_795_800_000_123 && row["mod"] as Int64 == 1_795_800_000_123)
        #expect(row["notes"] as Int == 0 && row["cards"] as Int == 0)
        #expect((row["conf"] as String).contains(#""fsrs":true"#))
    }
}
