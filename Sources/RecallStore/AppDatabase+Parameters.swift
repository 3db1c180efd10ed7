import Foundation
import GRDB
import GRDBSQLite
import RecallCore

extension AppDatabase {
    /// The weights a preset schedules with: the latest fit applied and not reverted; nil for
    /// FSRS's defaults.
    public func currentParameters(preset: String = Preset.defaultName) throws -> FittedParameters? {
        try read { db in try Self.parameterHistory(db, preset: preset).last }
    }

    /// The fits applied to a preset and not reverted, oldest first.
    public func parameterHistory(preset: String = Preset.defaultName) throws -> [FittedParameters] {
        try read { db in try Self.parameterHistory(db, preset: preset) }
    }

    /// Applies `fit` to its preset and sets every card's memory state to `memoryStates`, in one
    /// transaction.
    public func apply(_ fit: FittedParameters, memoryStates: [Int64: MemoryState]) throws {
        try write { db in
            try db.execute(
                sql: "INSERT INTO fsrsParameters(preset, fit, appliedAt) VALUES (?, ?, ?)",
                arguments: [fit.preset, String(decoding: try Self.parameterEncoder.encode(fit), as: UTF8.self),
                            fit.fittedAt.timeIntervalSince1970])
            try Self.updateMemoryStates(memoryStates, db)
        }
    }

    /// Marks the preset's latest fit reverted and sets the memory states computed with the
    /// weights before it; returns what the preset schedules with now (nil: the defaults).
    public func revertParameters(
        preset: String = Preset.defaultName, at date: Date,
        memoryStates: (FittedParameters?) throws -> [Int64: MemoryState]
    ) throws -> FittedParameters? {
        try write { db in
            guard let latest = try Int64.fetchOne(db, sql: """
                SELECT id FROM fsrsParameters WHERE preset = ? AND revertedAt IS NULL ORDER BY id DESC LIMIT 1
                """, arguments: [preset])
            else { throw ParameterStoreError.nothingToRevert(preset: preset) }
            try db.execute(sql: "UPDATE fsrsParameters SET revertedAt = ? WHERE id = ?",
                           arguments: [date.timeIntervalSince1970, latest])
            let current = try Self.parameterHistory(db, preset: preset).last
            try Self.updateMemoryStates(try memoryStates(current), db)
            return current
        }
    }

    /// Every card's history, from the whole review log read in time order straight into
    /// `CardHistoryBuilder` (four columns of the covering index, no row objects).
    public func cardHistories(calendar: StudyCalendar) throws -> [CardHistory] {
        try read { db in
            var builder = CardHistoryBuilder(calendar: calendar)
            let statement = try db.makeStatement(sql: """
                SELECT cardId, reviewedAt, rating, phaseBefore FROM review INDEXED BY review_by_time ORDER BY reviewedAt
                """)
            let raw = statement.sqliteStatement
            while true {
                let code = sqlite3_step(raw)
                guard code == SQLITE_ROW else {
                    guard code == SQLITE_DONE else {
                        throw DatabaseError(
                            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                    }
                    break
                }
                let phase = sqlite3_column_text(raw, 3)
                builder.add(
                    cardID: sqlite3_column_int64(raw, 0), reviewedAt: StoredBounds.date(sqlite3_column_double(raw, 1)),
                    rating: Rating(rawValue: Int(sqlite3_column_int64(raw, 2))) ?? .again,
                    wasNew: phase.map { $0[0] == UInt8(ascii: "n") } ?? true)
            }
            return builder.histories
        }
    }

    static func parameterHistory(_ db: Database, preset: String) throws -> [FittedParameters] {
        try String.fetchAll(db, sql: """
            SELECT fit FROM fsrsParameters WHERE preset = ? AND revertedAt IS NULL ORDER BY id
            """, arguments: [preset])
            .map { try parameterDecoder.decode(FittedParameters.self, from: Data($0.utf8)) }
    }

    /// Sets the memory states of the cards in `states` (after their preset changed).
    public func setMemoryStates(_ states: [Int64: MemoryState]) throws {
        try write { db in try Self.updateMemoryStates(states, db) }
    }

    private static func updateMemoryStates(_ states: [Int64: MemoryState], _ db: Database) throws {
        // A card reset to new keeps no memory state, whatever came before the reset.
        let statement = try db.makeStatement(
            sql: "UPDATE card SET stability = ?, difficulty = ? WHERE id = ? AND phase != 'new'")
        // In id order, so the table's pages are visited once each, and bound with SQLite's own
        // calls: 100k updates take a fraction of a second.
        let raw = statement.sqliteStatement
        for id in states.keys.sorted() {
            let memory = states[id]!
            sqlite3_bind_double(raw, 1, memory.stability)
            sqlite3_bind_double(raw, 2, memory.difficulty)
            sqlite3_bind_int64(raw, 3, id)
            let code = sqlite3_step(raw)
            sqlite3_reset(raw)
            guard code == SQLITE_DONE else {
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
        }
    }

    private static var parameterEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = .sortedKeys
        return encoder
    }

    private static var parameterDecoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }
}

public enum ParameterStoreError: LocalizedError, Equatable {
    case nothingToRevert(preset: String)

    public var errorDescription: String? {
        switch self {
        case let .nothingToRevert(preset):
            "the preset “\(preset)” already schedules with FSRS's default parameters; there is no fit to revert"
        }
    }
}
