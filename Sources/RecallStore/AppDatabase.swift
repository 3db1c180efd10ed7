import Foundation
import GRDB

/// The collection: decks, cards with their FSRS state, the review log and study sessions.
/// Every write is one transaction, so a process killed at any moment leaves whole answers.
public struct AppDatabase: Sendable {
    let writer: any DatabaseWriter
    /// Where the collection lives, for messages ("in memory" for tests).
    public let path: String

    /// Opens (creating if needed) the collection in `directory`, migrating it to this
    /// version's schema. Refuses a collection written by a newer recall.
    public static func open(directory: URL) throws -> AppDatabase {
        let path = directory.appendingPathComponent("collection.sqlite").path
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError.directoryNotWritable(path: directory.path, reason: Self.reason(error))
        }
        guard FileManager.default.isWritableFile(atPath: directory.path) else {
            throw StoreError.directoryNotWritable(path: directory.path, reason: "permission denied")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: makeConfiguration())
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw StoreError.inUse(path: path)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: Self.reason(error))
        }
        return try AppDatabase(pool, path: path)
    }

    /// A collection in memory, for tests.
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: makeConfiguration()), path: ":memory:")
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
            // WAL (set by DatabasePool) + FULL: a committed answer survives kill -9 and a
            // power cut alike.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return configuration
    }

    /// Turns SQLite's failures into sentences naming the collection.
    func translate(_ error: any Error) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError.inUse(path: path)
        case .SQLITE_FULL: return StoreError.diskFull(path: path)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return StoreError.directoryNotWritable(
                path: (path as NSString).deletingLastPathComponent, reason: error.message ?? "read-only")
        default: return StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
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
