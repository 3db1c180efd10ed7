import Foundation

/// A card the study queue may show, with only what the order depends on.
public struct QueueCard: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var deckID: Int64
    public var phase: CardPhase
    public var due: Date
    /// Read only where siblings are buried; empty for the cards the next one is chosen from.
    public var siblings: SiblingKeys

    public init(id: Int64, deckID: Int64, phase: CardPhase, due: Date, siblings: SiblingKeys = SiblingKeys()) {
        self.id = id
        self.deckID = deckID
        self.phase = phase
        self.due = due
        self.siblings = siblings
    }
}

/// What the store fetched for one choice of the next card: each list in the order the queue
/// takes it, and what was already studied today (for the limits and the mix).
public struct QueueCandidates: Sendable, Equatable {
    /// Learning and relearning cards due before the end of the study day, earliest first (the
    /// first few are enough).
    public var learning: [QueueCard]
    /// Review cards due today, earliest first.
    public var reviews: [QueueCard]
    /// New cards, each deck's in its order, decks in turn.
    public var new: [QueueCard]
    public var studied: StudiedToday

    public init(learning: [QueueCard] = [], reviews: [QueueCard] = [], new: [QueueCard] = [], studied: StudiedToday = StudiedToday()) {
        self.learning = learning
        self.reviews = reviews
        self.new = new
        self.studied = studied
    }
}

/// Answers given today, by the phase the card was in.
public struct StudiedToday: Sendable, Equatable {
    /// New cards introduced today, by deck, over the whole collection.
    public var newByDeck: [Int64: Int]
    /// New cards introduced today in the decks being studied.
    public var new: Int
    /// Reviews answered today in the decks being studied.
    public var reviews: Int

    public init(newByDeck: [Int64: Int] = [:], new: Int? = nil, reviews: Int = 0) {
        self.newByDeck = newByDeck
        self.new = new ?? newByDeck.values.reduce(0, +)
        self.reviews = reviews
    }
}

/// New cards still allowed today: for each deck with any left, how many; and in all.
public struct NewAllowance: Sendable, Equatable {
    public var perDeck: [Int64: Int]
    public var total: Int

    public var isEmpty: Bool { total == 0 || perDeck.isEmpty }
}
