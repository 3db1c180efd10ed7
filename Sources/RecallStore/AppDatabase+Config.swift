import GRDB

extension AppDatabase {
    public func configValue(_ key: String) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT value FROM config WHERE key = ?", arguments: [key])
        }
    }

    public func setConfigValue(_ value: String?, for key: String) throws {
        try write { db in
            if let value {
                try db.execute(
                    sql: "INSERT INTO config(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    arguments: [key, value])
            } else {
                try db.execute(sql: "DELETE FROM config WHERE key = ?", arguments: [key])
            }
        }
    }

    public func allConfigValues() throws -> [String: String] {
        try read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT key, value FROM config")
                .map { ($0["key"] as String, $0["value"] as String) })
        }
    }
}
