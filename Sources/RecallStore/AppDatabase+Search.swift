import Foundation
import GRDB
import RecallCore

extension AppDatabase {
    /// The cards a search finds, by deck name and then in deck order. `now` and `calendar` say
    /// what today is for `is:due`, `prop:due` and `rated:`. A `deck:` name that matches no
    /// deck, or several, is a `CardQueryError` at its column.
    public func cards(matching query: CardQuery, now: Date, calendar: StudyCalendar) throws -> [StoredCard] {
        try read { db in
            let decks = try Row.fetchAll(db, sql: "SELECT id, name FROM deck").map { row -> (id: Int64, name: String) in
                (row["id"], row["name"])
            }
            let names = DeckNames(decks.map(\.name))
            var sql = CardQuerySQL(now: now, calendar: calendar) { pattern, column in
                let paths: [String]
                do {
                    paths = try names.paths(matchingPattern: pattern)
                } catch {
                    throw CardQueryError(column: column, message: error.localizedDescription)
                }
                let chosen = Set(DeckNames.decks(decks.map(\.name), in: paths))
                return decks.filter { chosen.contains($0.name) }.map(\.id)
            }
            let condition = try sql.whereClause(query)
            let rows = try Row.fetchAll(db, sql: """
                SELECT c.*, d.name AS deckName FROM card c JOIN deck d ON d.id = c.deckId
                WHERE \(condition) ORDER BY d.name, c.position, c.id
                """, arguments: sql.arguments)
            return try rows.map { row in try CardRecord(row: row).stored(deckName: row["deckName"]) }
        }
    }
}
