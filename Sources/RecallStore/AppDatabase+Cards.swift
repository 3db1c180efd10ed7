import Foundation
import GRDB
import RecallCore

extension AppDatabase {
    /// A card by its numeric id, or by its key (`deck/key` or a key unique in the collection).
    public func card(_ reference: String) throws -> StoredCard {
        try read { db in
            var record: CardRecord?
            if let id = Int64(reference) {
                record = try CardRecord.fetchOne(db, key: id)
            }
            if record == nil {
                let parts = reference.split(separator: "/", maxSplits: 1).map(String.init)
                if parts.count == 2 {
                    record = try CardRecord.fetchOne(db, sql: """
                        SELECT c.* FROM card c JOIN deck d ON d.id = c.deckId
                        WHERE d.name = ? AND c.key = ?
                        """, arguments: [parts[0], parts[1]])
                }
                if record == nil {
                    let matches = try CardRecord.filter(CardRecord.Columns.key == reference).limit(2).fetchAll(db)
                    if matches.count == 1 { record = matches[0] }
                }
            }
            guard let record else { throw StoreError.noSuchCard(reference) }
            let name = try String.fetchOne(db, sql: "SELECT name FROM deck WHERE id = ?", arguments: [record.deckId])
            return record.stored(deckName: name ?? "")
        }
    }

    /// A card's review history, oldest first.
    public func reviews(ofCard id: Int64) throws -> [StoredReview] {
        try read { db in
            try ReviewRecord.filter(ReviewRecord.Columns.cardId == id)
                .order(ReviewRecord.Columns.reviewedAt, ReviewRecord.Columns.id).fetchAll(db).map(\.stored)
        }
    }

    /// Every review of a session, oldest first.
    public func reviews(inSession id: Int64) throws -> [StoredReview] {
        try read { db in
            try ReviewRecord.filter(ReviewRecord.Columns.sessionId == id)
                .order(ReviewRecord.Columns.id).fetchAll(db).map(\.stored)
        }
    }

    /// The number of reviews in the whole collection.
    public func reviewCount() throws -> Int {
        try read { db in try ReviewRecord.fetchCount(db) }
    }
}
