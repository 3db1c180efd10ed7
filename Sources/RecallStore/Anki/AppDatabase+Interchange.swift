import Foundation
import GRDB
import RecallCore

extension AppDatabase {
    /// Stores an import: every deck's cards with their history in ONE transaction, so a
    /// failure leaves the collection as it was. Cards whose key their deck already holds are
    /// skipped (importing the same file twice adds nothing). `progress` counts cards over all
    /// decks. `beforeCommit` runs last inside the transaction (to write the media files): if
    /// it throws, nothing is stored. A deck new to the collection starts in its preset in
    /// `presets` (by deck name), else in Default; a deck already there keeps its own.
    @discardableResult
    public func importCards(
        _ groups: [(deck: String, cards: [BulkCard])], presets: [String: String] = [:], source: String, now: Date,
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil, beforeCommit: () throws -> Void = {}
    ) throws -> BulkSummary {
        let total = groups.reduce(0) { $0 + $1.cards.count }
        let reviews = groups.reduce(0) { $0 + $1.cards.reduce(0) { $0 + $1.reviews.count } }
        return try write { db in try Self.withQueueIndexesSuspended(db, incomingReviews: reviews) {
            var summary = BulkSummary()
            var before = 0
            for (deck, cards) in groups {
                let added = try Self.insertBulk(
                    cards, intoDeck: deck, preset: presets[deck], source: source, now: now,
                    progress: progress.map { report in { done, _ in report(before + done, total) } }, in: db)
                summary.cardsAdded += added.cardsAdded
                summary.cardsAddedByPhase.merge(added.cardsAddedByPhase, uniquingKeysWith: +)
                summary.cardsSkipped += added.cardsSkipped
                summary.reviewsAdded += added.reviewsAdded
                summary.manualEntriesAdded += added.manualEntriesAdded
                before += cards.count
            }
            try beforeCommit()
            return summary
        } }
    }

    /// The cards to export, each with its review history (oldest first): those of the named
    /// decks and their sub-decks (`A` takes in `A::B`), or of every deck when `decks` is
    /// empty. Cards a deck file no longer has (removed) are left out.
    public func exportCards(decks: [String] = []) throws -> [ExportCard] {
        try read { db in
            let names = Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, name FROM deck").map { ($0[0] as Int64, $0[1] as String) })
            let wanted = Set(names.filter { _, name in
                decks.isEmpty || decks.contains { name == $0 || name.hasPrefix($0 + "::") }
            }.keys)
            var history: [Int64: [StoredReview]] = [:]
            let reviews = try ReviewRecord.fetchCursor(db, sql: "SELECT * FROM review ORDER BY cardId, reviewedAt, id")
            while let review = try reviews.next() { history[review.cardId, default: []].append(review.stored) }
            var manual: [Int64: [AnkiReviewEntry]] = [:]
            let decoder = JSONDecoder()
            for row in try Row.fetchAll(db, sql: "SELECT cardId, entry FROM ankiManualEntry ORDER BY milliseconds, id") {
                let entry = try decoder.decode(AnkiReviewEntry.self, from: Data((row["entry"] as String).utf8))
                manual[row["cardId"], default: []].append(entry)
            }
            return try CardRecord
                .filter(!CardRecord.Columns.removed)
                .order(CardRecord.Columns.deckId, CardRecord.Columns.position)
                .fetchAll(db)
                .filter { wanted.contains($0.deckId) }
                .map { record in
                    ExportCard(stored: record.stored(deckName: names[record.deckId] ?? ""),
                               reviews: history[record.id ?? 0] ?? [], manualEntries: manual[record.id ?? 0] ?? [])
                }
        }
    }
}
