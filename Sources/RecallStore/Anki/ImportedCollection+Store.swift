import Foundation
import RecallCore

extension ImportedCollection {
    /// The cards as `AppDatabase.insertBulk` takes them, grouped by deck (decks sorted, cards
    /// in file order): content under the card's key, the state from `initialState` (Anki's
    /// schedule with memory replayed from the review log) and the replayed review history.
    public func bulkCardsByDeck(
        replay: (_ deck: String) -> ReviewReplay, now: Date, progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) -> [(deck: String, cards: [BulkCard])] {
        var groups: [String: [BulkCard]] = [:]
        for (index, card) in cards.enumerated() {
            if index % 1000 == 0 { progress?(index, cards.count) }
            let (state, reviews) = card.initialState(replay: replay(card.deck), now: now)
            var content = card.content
            content.note = card.noteGUID
            content.origin = .imported
            groups[card.deck, default: []].append(BulkCard(
                card: DeckCard(key: card.key, content: content), state: state,
                suspended: card.isSuspended, reviews: reviews,
                manualEntries: card.reviews.filter { $0.rating == nil }))
        }
        progress?(cards.count, cards.count)
        return groups.keys.sorted().map { ($0, groups[$0]!) }
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
