import Foundation
import RecallCore

/// What `recall import` stores: the cards of a text file, read whole, or an Anki package,
/// opened and streamed.
public enum ImportSource {
    case collection(ImportedCollection)
    case package(AnkiPackageReader.Package)

    public var media: [ImportedMedia] {
        switch self {
        case .collection(let imported): imported.media
        case .package(let package): package.media
        }
    }

    /// The preset each deck's source names (an Anki deck's deck options), by deck name: a deck
    /// new to the collection starts in it.
    public var deckPresets: [String: String] {
        switch self {
        case .collection(let imported): imported.deckPresets
        case .package(let package): package.collection.header.deckPresets
        }
    }
}

extension AppDatabase {
    /// Stores an import, every deck's cards with their history, in ONE transaction (see
    /// `importCards(source:now:expectedReviews:presets:beforeCommit:_:)`), cards in file order.
    /// A package is converted, replayed and written one note at a time as it is read, so memory
    /// does not grow with its size. Each card's history is replayed with `replay` of its deck's
    /// preset: a deck already in the collection keeps its own, a new one takes the one its
    /// source names (`ImportSource.deckPresets`), else Default. `progress` counts cards; the
    /// summary carries the warnings of the reading.
    @discardableResult
    public func importCards(
        _ imported: ImportSource, replay: (_ preset: String) -> ReviewReplay, source: String, now: Date,
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil, beforeCommit: () throws -> Void = {}
    ) throws -> BulkSummary {
        // One replay a preset, made when a deck of that preset is first met.
        var replays: [String: ReviewReplay] = [:]
        func add(_ card: ImportedCard, to writer: inout BulkWriter) throws {
            let preset = try writer.preset(ofDeck: card.deck)
            let deckReplay = replays[preset] ?? replay(preset)
            replays[preset] = deckReplay
            try writer.add(card.bulkCard(replay: deckReplay, now: now), toDeck: card.deck)
        }
        switch imported {
        case .collection(let collection):
            var summary = try importCards(
                source: source, now: now, expectedReviews: collection.reviewCount, presets: imported.deckPresets,
                beforeCommit: beforeCommit
            ) { writer in
                for (index, card) in collection.cards.enumerated() {
                    if index % 1000 == 0 { progress?(index, collection.cards.count) }
                    try add(card, to: &writer)
                }
            }
            summary.warnings = collection.warnings
            return summary
        case .package(let package):
            let header = package.collection.header
            var converter = AnkiCardConverter(header: header, source: source)
            var summary = try importCards(
                source: source, now: now, expectedReviews: header.reviewCount, presets: imported.deckPresets,
                beforeCommit: beforeCommit
            ) { writer in
                try package.collection.forEachNote(progress: { progress?($0, header.cardCount) }) { note, cards in
                    for card in cards {
                        guard let imported = converter.convert(card, of: note) else { continue }
                        try add(imported, to: &writer)
                    }
                }
            }
            summary.warnings = package.collection.warnings + converter.warnings
            return summary
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
