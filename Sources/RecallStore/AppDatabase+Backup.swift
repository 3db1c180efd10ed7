import Foundation
import GRDB

extension AppDatabase {
    /// Writes a copy of the whole collection to `url` (which must not exist yet), consistent
    /// as of one moment: SQLite's `VACUUM INTO`, which cannot run inside a transaction.
    public func backUp(to url: URL) throws {
        do {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "VACUUM INTO ?", arguments: [url.path])
            }
        } catch {
            throw translate(error)
        }
    }
}
