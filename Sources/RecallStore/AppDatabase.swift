import Foundation
import GRDB
import RecallCore

/// The collection: decks, cards with their FSRS state, the review log and study sessions.
/// Every write is one transaction, so a process killed at any moment leaves whole answers.
public struct AppDatabase: Sendable {
    let writer: any DatabaseWriter
    /// Where the collection lives, for messages ("in memory" for tests).
    public let path: String

    /// How a command needs the collection.
    public enum Access: Sendable {
        /// Answers, imports, edits: the folder must be writable.
        case readWrite
        /// Stats, reports, exports: a folder that is not writable (a read-only mount, another
        /// user's files) is opened read-only instead of refused.
        case readOnlyWhenNotWritable
    }

    /// Opens (creating if needed) the collection in `directory`, migrating it to this
    /// version's schema. Refuses a collection written by a newer recall.
    public static func open(directory: URL, access: Access = .readWrite) throws -> AppDatabase {
        let path = directory.appendingPathComponent("collection.sqlite").path
        if let file = fileInTheWay(of: directory) {
            throw StoreError.fileInTheWay(path: directory.path, file: file)
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError.directoryNotWritable(path: directory.path, reason: Self.reason(error))
        }
        let writable = FileManager.default.isWritableFile(atPath: directory.path)
            && (!FileManager.default.fileExists(atPath: path) || FileManager.default.isWritableFile(atPath: path))
        if !writable, access == .readOnlyWhenNotWritable, FileManager.default.fileExists(atPath: path) {
            return try openReadOnly(path: path)
        }
        guard writable else {
            throw StoreError.directoryNotWritable(path: directory.path, reason: "permission denied")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: makeConfiguration())
            // GRDB gives its writing connection `synchronous = NORMAL` when it turns the WAL on,
            // after `prepareDatabase`: FULL again, so that a committed answer survives a power
            // cut as well as kill -9.
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw StoreError.inUse(path: path)
        } catch let error as DatabaseError where isOutOfSpace(error, path: path) {
            throw StoreError.diskFull(path: path)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: Self.reason(error))
        }
        return try AppDatabase(pool, path: path)
    }

    /// The regular file standing where `directory` or one of its parents should be, if any.
    static func fileInTheWay(of directory: URL) -> String? {
        var url = directory
        while url.path != "/", !url.path.isEmpty {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
                return isDirectory.boolValue ? nil : url.path
            }
            url.deleteLastPathComponent()
        }
        return nil
    }

    /// The collection of a folder recall cannot write to, for reading. Without write access
    /// SQLite cannot make the WAL's shared-memory file beside it, so the file is opened as
    /// immutable (nothing can write it either) unless a WAL file is already there.
    private static func openReadOnly(path: String) throws -> AppDatabase {
        var configuration = makeConfiguration()
        configuration.readonly = true
        let walExists = FileManager.default.fileExists(atPath: path + "-wal")
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: readOnlyURI(path, immutable: !walExists), configuration: configuration)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: Self.reason(error))
        }
        let database = AppDatabase(reading: queue, path: path)
        let migrator = Self.migrator
        do {
            if try queue.read({ try migrator.hasBeenSuperseded($0) }) { throw StoreError.newerDatabase(path: path) }
            guard try queue.read({ try migrator.hasCompletedMigrations($0) }) else {
                throw StoreError.directoryNotWritable(
                    path: (path as NSString).deletingLastPathComponent,
                    reason: "the collection must be updated for this version of recall, and that needs write access")
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw database.translate(error)
        }
        return database
    }

    /// A collection in memory, for tests.
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: makeConfiguration()), path: ":memory:")
    }

    /// An SQLite URI opening `path` read-only; `immutable` also tells SQLite that nothing
    /// writes the file, so it needs no lock and no shared-memory file beside it.
    static func readOnlyURI(_ path: String, immutable: Bool) -> String {
        "file:" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
            + (immutable ? "?immutable=1" : "?mode=ro")
    }

    /// A collection opened read-only: no migration.
    private init(reading writer: any DatabaseWriter, path: String) {
        self.writer = writer
        self.path = path
    }

    init(_ writer: any DatabaseWriter, path: String) throws {
        self.writer = writer
        self.path = path
        let migrator = Self.migrator
        do {
            if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError.newerDatabase(path: path)
            }
            try migrator.migrate(writer)
        } catch let error as StoreError {
            throw error
        } catch {
            throw translate(error)
        }
    }

    static func makeConfiguration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another recall process may hold the write lock for the length of one answer.
        configuration.busyMode = .timeout(5)
        configuration.label = "recall"
        configuration.prepareDatabase { db in
            // FULL for every connection; the writer's is set again after the pool opens (below).
            try db.execute(sql: "PRAGMA synchronous = FULL")
            db.add(function: foldFunction)
        }
        return configuration
    }

    /// `recall_fold(text)`: text as card searches compare it (`CardQuery.folded`).
    static let foldFunction = DatabaseFunction("recall_fold", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map { CardQuery.folded($0) }
    }

    /// Turns SQLite's failures into sentences naming the collection.
    func translate(_ error: any Error) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError.inUse(path: path)
        case _ where Self.isOutOfSpace(error, path: path): return StoreError.diskFull(path: path)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return StoreError.directoryNotWritable(
                path: (path as NSString).deletingLastPathComponent, reason: error.message ?? "read-only")
        default: return StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Whether SQLite failed for want of space: SQLITE_FULL, or an I/O error while the disk
    /// holding the collection has no room left. On a full disk, opening a collection fails to
    /// make the WAL's shared-memory file with a plain I/O error, not SQLITE_FULL.
    static func isOutOfSpace(_ error: DatabaseError, path: String) -> Bool {
        if error.resultCode == .SQLITE_FULL { return true }
        guard error.resultCode == .SQLITE_IOERR,
              let attributes = try? FileManager.default.attributesOfFileSystem(
                  forPath: (path as NSString).deletingLastPathComponent),
              let free = (attributes[.systemFreeSize] as? NSNumber)?.int64Value
        else { return false }
        // Less than SQLite's shared memory needs (32 KiB) and a few pages.
        return free < 256 * 1024
    }

    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        do { return try writer.write(updates) } catch let error as StoreError { throw error } catch {
            throw translate(error)
        }
    }

    func read<T>(_ value: (Database) throws -> T) throws -> T {
        do { return try writer.read(value) } catch let error as StoreError { throw error } catch {
            throw translate(error)
        }
    }

    private static func reason(_ error: any Error) -> String {
        FileErrorReason.describe(error)
    }
}
