import Foundation
import RecallCore

extension AppDatabase {
    /// Stores an import, every deck's cards with their history, in ONE transaction (see
    /// `importCards(source:now:expectedReviews:beforeCommit:_:)`), cards in file order. `progress`
    /// counts cards.
    @discardableResult
    public func importCards(
        _ imported: ImportedCollection, replay: ReviewReplay, source: String, now: Date,
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil, beforeCommit: () throws -> Void = {}
    ) throws -> BulkSummary {
        try importCards(source: source, now: now, expectedReviews: imported.reviewCount, beforeCommit: beforeCommit) { writer in
            for (index, card) in imported.cards.enumerated() {
                if index % 1000 == 0 { progress?(index, imported.cards.count) }
                try writer.add(card.bulkCard(replay: replay, now: now), toDeck: card.deck)
            }
            progress?(imported.cards.count, imported.cards.count)
        }
    }
}

extension ImportedCard {
    /// The card as `BulkWriter` takes it: content under the card's key, the state from
    /// `initialState` (Anki's schedule with memory replayed from the review log) and the
    /// replayed review history.
    public func bulkCard(replay: ReviewReplay, now: Date) -> BulkCard {
        let (state, reviews) = initialState(replay: replay, now: now)
        var content = content
        content.note = noteGUID
        content.origin = .imported
        return BulkCard(
            card: DeckCard(key: key, content: content), state: state, suspended: isSuspended, reviews: reviews,
            manualEntries: self.reviews.filter { $0.rating == nil })
    }
}

extension ExportCard {
    /// A stored card and its history, ready for `AnkiCollection(exporting:)` or
    /// `DelimitedTextWriter`.
    public init(stored: StoredCard, reviews: [StoredReview], manualEntries: [AnkiReviewEntry] = []) {
        self.init(
            key: stored.key, deck: stored.deckName, content: stored.content, state: stored.state,
            isSuspended: stored.suspended, reviews: reviews.map(\.log).sorted { $0.reviewedAt < $1.reviewedAt },
            manualEntries: manualEntries.sorted { $0.milliseconds < $1.milliseconds })
    }
}
