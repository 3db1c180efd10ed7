import Foundation
import RecallCore

/// A card as the collection holds it: its content, its scheduling state and where it lives.
public struct StoredCard: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var deckID: Int64
    public var deckName: String
    public var key: String
    public var content: CardContent
    public var state: CardState
    public var suspended: Bool
    public var buriedUntilDay: Int?
    public var removed: Bool
    public var addedAt: Date
}

/// One entry of a card's review history.
public struct StoredReview: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var cardID: Int64
    public var sessionID: Int64?
    public var log: ReviewLog
    /// Siblings of the card that recording this answer buried until the next study day.
    public var buriedSiblings: [Int64] = []
}

/// A deck with the counts `recall decks` shows.
public struct DeckSummary: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var source: String?
    public var total: Int
    public var new: Int
    public var learning: Int
    public var due: Int
    public var suspended: Int
}

/// What loading a deck file changed in the collection.
public struct DeckSyncSummary: Sendable, Equatable {
    public var deckID: Int64
    public var added = 0
    public var updated = 0
    /// Cards whose key changed (an edited prompt) and whose history was kept.
    public var reattached = 0
    /// Cards no longer in the file: kept, with their history, but no longer studied.
    public var removed = 0
    /// Of the cards removed, those with reviews, when the file also gained cards that matched
    /// no card it had (`addedKeys`): perhaps reworded beyond recognition (`RewordedCards`).
    public var leftWithHistory: [LeftCard] = []
    public var addedKeys: [String] = []
    /// The file had not changed since the last load: nothing was read or written.
    public var unchanged = false

    public init(deckID: Int64, unchanged: Bool = false) {
        self.deckID = deckID
        self.unchanged = unchanged
    }
}

/// The counts in a study session's header.
public struct QueueCounts: Sendable, Equatable {
    public var new: Int
    public var learning: Int
    public var review: Int
    public var isEmpty: Bool { new + learning + review == 0 }
}
