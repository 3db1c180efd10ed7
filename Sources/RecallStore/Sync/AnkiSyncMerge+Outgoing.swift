import Foundation
import GRDB
import RecallCore

extension AnkiSyncMerge {
    /// recall's cards from Anki answered or changed since the last sync, as the rows the server
    /// takes, with recall's new answers as review-log entries. recall's own cards are counted:
    /// Anki has no place for them until a full upload. A card the server changed too
    /// (`serverModified`, by Anki card id) has been merged here, history and all, so it goes
    /// stamped after the server's change: the server keeps a card's later change.
    func outgoing(
        _ db: Database, pending: Set<Int64>, pendingReviews: Set<Int64>, serverModified: [Int64: Int64],
        summary: inout AnkiIncrementalSummary
    ) throws -> AnkiSyncChunk {
        var chunk = AnkiSyncChunk(done: true)
        let seconds = Int64(now.timeIntervalSince1970)
        // The review-log ids Anki has around recall's new answers (the log of the cards recall
        // holds, but those answers): a new answer's id may not be one of them.
        var taken = Set<Int64>()
        let ids = pendingReviews.map(String.init).joined(separator: ",")
        if !ids.isEmpty, let span = try Row.fetchOne(
            db, sql: "SELECT min(reviewedAt) - 1, max(reviewedAt) + 1 FROM review WHERE id IN (\(ids))"),
            let first = span[0] as Double?, let last = span[1] as Double? {
            taken = Set(try Row.fetchAll(
                db, sql: "SELECT reviewedAt FROM review WHERE reviewedAt BETWEEN ? AND ? AND id NOT IN (\(ids))",
                arguments: [first, last]
            ).map { Int64((($0[0] as Double) * 1000).rounded()) })
            taken.formUnion(try Int64.fetchAll(
                db, sql: "SELECT milliseconds FROM ankiManualEntry WHERE milliseconds BETWEEN ? AND ?",
                arguments: [Int64(first * 1000), Int64(last * 1000)]))
        }
        for id in pending.sorted() {
            guard let record = try CardRecord.fetchOne(db, key: id), !record.removed else { continue }
            guard try Int64.fetchOne(db, sql: "SELECT ankiCardId FROM card WHERE id = ?", arguments: [id]) != nil else {
                summary.ownCardsNotSent += 1
                continue
            }
            var (card, deck) = try exported(record, db)
            if card.queue != .suspended, (record.buriedUntilDay ?? .min) > today { card.queue = .userBuried }
            guard kept.deckIDs[deck] != nil else { throw AnkiIncrementalRefusal.deckNotInAnki(server: server, deck: deck) }
            chunk.cards.append(AnkiSyncCard(
                id: card.id, noteID: card.noteID, deckID: card.deckID, ord: card.ord,
                modified: max(seconds, (serverModified[card.id] ?? 0) + 1), usn: serverUSN,
                type: card.type.rawValue, queue: card.queue.rawValue, due: card.due, interval: card.interval,
                factor: card.easeFactor, reps: card.reps, lapses: card.lapses,
                left: card.type == .learning || card.type == .relearning ? 1 : 0, flags: card.flag,
                data: AnkiSchema11.cardData(card)))
            var sent: [Int64: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, reviewedAt FROM review WHERE cardId = ?", arguments: [id])
            where pendingReviews.contains(row[0]) {
                sent[Int64(((row[1] as Double) * 1000).rounded())] = row[0]
            }
            for var entry in card.reviews where entry.rating != nil {
                guard let review = sent[entry.milliseconds] else { continue }
                // A review-log id is unique in Anki: an answer given in the same millisecond as
                // another goes a millisecond later, here as there.
                if !taken.insert(entry.milliseconds).inserted {
                    while !taken.insert(entry.milliseconds).inserted { entry.milliseconds += 1 }
                    try db.execute(sql: "UPDATE review SET reviewedAt = ? WHERE id = ?",
                                   arguments: [Double(entry.milliseconds) / 1000, review])
                }
                chunk.revlog.append(AnkiSyncReview(cardID: card.id, usn: serverUSN, entry: entry))
            }
        }
        summary.cardsSent = chunk.cards.count
        summary.reviewsSent = chunk.revlog.count
        return chunk
    }
}
