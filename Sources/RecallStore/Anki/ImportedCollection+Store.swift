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
        try importCards(
            imported, replay: replay, source: source, now: now, progress: progress, around: BulkTransaction(),
            beforeCommit: beforeCommit)
    }

    /// `importCards` with `around` run in its transaction (see `BulkTransaction`).
    func importCards(
        _ imported: ImportSource, replay: (_ preset: String) -> ReviewReplay, source: String, now: Date,
        progress: ((_ done: Int, _ total: Int) -> Void)?, around: BulkTransaction, beforeCommit: () throws -> Void
    ) throws -> BulkSummary {
        // One replay a preset, made when a deck of that preset is first met.
        var replays: [String: ReviewReplay] = [:]
        /// Replays `card` with its deck's preset and adds it; returns the replay.
        @discardableResult
        func add(_ card: ImportedCard, to writer: inout BulkWriter) throws -> ReviewReplay {
            let preset = try writer.preset(ofDeck: card.deck)
            let deckReplay = replays[preset] ?? replay(preset)
            replays[preset] = deckReplay
            try writer.add(card.bulkCard(replay: deckReplay, now: now), toDeck: card.deck)
            return deckReplay
        }
        switch imported {
        case .collection(let collection):
            var summary = try importCards(
                source: source, now: now, expectedReviews: collection.reviewCount, presets: imported.deckPresets,
                around: around, beforeCommit: beforeCommit
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
            let reading = PackageReading(
                collection: package.collection, converter: AnkiCardConverter(header: header, source: source),
                progress: { progress?($0, header.cardCount) })
            var summary = try importCards(
                source: source, now: now, expectedReviews: header.reviewCount, presets: imported.deckPresets,
                around: around, beforeCommit: beforeCommit
            ) { writer in
                try writer.keep(header.kept)
                // The first card of a deck is replayed here, where its preset can be looked up;
                // the reading thread replays the deck's other cards with the same replay.
                try reading.run(now: now) { card in
                    switch card {
                    case .replayed(let card, let deck):
                        try writer.add(card, toDeck: deck)
                    case .converted(let card):
                        reading.deckReplays.set(try add(card, to: &writer), for: card.deck)
                    }
                }
            }
            summary.warnings = package.collection.warnings + reading.converter.warnings
            return summary
        }
    }
}

/// An Anki package's cards read, converted and replayed on a second thread and handed to the
/// thread that writes them in batches through a `BatchPipe`: reading and writing each take
/// one core, and memory holds a few batches however large the package.
private final class PackageReading: @unchecked Sendable {
    enum Card: Sendable {
        /// Ready to write to its deck.
        case replayed(BulkCard, deck: String)
        /// Of a deck without a replay in `deckReplays` yet: replayed by the writer.
        case converted(ImportedCard)
    }

    static let batchSize = 256
    /// The replay of each deck met so far, filled by the writer.
    let deckReplays = DeckReplays()
    // Used by the reading thread only, until `run` returns.
    private let collection: AnkiCollectionStream
    private(set) var converter: AnkiCardConverter
    private let progress: (Int) -> Void

    init(collection: AnkiCollectionStream, converter: AnkiCardConverter, progress: @escaping (Int) -> Void) {
        self.collection = collection
        self.converter = converter
        self.progress = progress
    }

    /// Streams the collection on a second thread, replaying each card with its deck's replay in
    /// `deckReplays` when there is one, and calls `write` with each card here, in the
    /// collection's order. An error on either side stops both and is thrown once the reading
    /// thread has stopped.
    func run(now: Date, write: (Card) throws -> Void) throws {
        let pipe = BatchPipe<[Card]>(capacity: 4)
        let stopped = DispatchSemaphore(value: 0)
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            defer { stopped.signal() }
            do {
                var batch: [Card] = []
                batch.reserveCapacity(Self.batchSize)
                try collection.forEachNote(progress: progress) { note, cards in
                    for card in cards {
                        guard let imported = converter.convert(card, of: note) else { continue }
                        if let replay = deckReplays[imported.deck] {
                            batch.append(.replayed(imported.bulkCard(replay: replay, now: now), deck: imported.deck))
                        } else {
                            batch.append(.converted(imported))
                        }
                    }
                    if batch.count >= Self.batchSize {
                        try pipe.put(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { try pipe.put(batch) }
                pipe.finish()
            } catch {
                pipe.finish(throwing: error)
            }
        }
        do {
            while let batch = try pipe.take() {
                for card in batch { try write(card) }
            }
        } catch {
            pipe.cancel()
            stopped.wait()
            throw error
        }
        stopped.wait()
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
        var card = BulkCard(
            card: DeckCard(key: key, content: content), state: state, suspended: isSuspended, reviews: reviews,
            manualEntries: self.reviews.filter { $0.rating == nil },
            anki: ankiIdentity)
        card.ankiFlag = flag
        return card
    }

    /// Where the card sits in Anki and its note as Anki had it, for a card from Anki.
    var ankiIdentity: (identity: AnkiCardIdentity, note: AnkiNote)? {
        guard let card = anki, let note = ankiNote else { return nil }
        return (AnkiCardIdentity(cardID: card.id, noteID: note.id, ord: card.ord), note)
    }
}

extension ExportCard {
    /// A stored card and its history, ready for `AnkiCollection(exporting:)` or
    /// `DelimitedTextWriter`.
    public init(
        stored: StoredCard, reviews: [StoredReview], manualEntries: [AnkiReviewEntry] = [], anki: AnkiCardIdentity? = nil,
        ankiFlag: Int? = nil
    ) {
        self.init(
            key: stored.key, deck: stored.deckName, content: stored.content, state: stored.state,
            isSuspended: stored.suspended, reviews: reviews.map(\.log).sorted { $0.reviewedAt < $1.reviewedAt },
            manualEntries: manualEntries.sorted { $0.milliseconds < $1.milliseconds }, anki: anki, ankiFlag: ankiFlag)
    }
}

/// Each deck's `ReviewReplay`, shared by the thread that writes (which makes them) and the one
/// that reads (which uses them).
private final class DeckReplays: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var replays: [String: ReviewReplay] = [:]

    subscript(deck: String) -> ReviewReplay? {
        lock.withLock { replays[deck] }
    }

    func set(_ replay: ReviewReplay, for deck: String) {
        lock.withLock { replays[deck] = replay }
    }
}
