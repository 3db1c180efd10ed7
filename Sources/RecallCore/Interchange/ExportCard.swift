import Foundation

/// A card to export, with its state and history as recall keeps them.
public struct ExportCard: Sendable, Equatable, Codable {
    public var key: String
    /// Deck name, levels joined by `::`.
    public var deck: String
    public var content: CardContent
    public var state: CardState
    public var isSuspended: Bool
    /// Oldest first.
    public var reviews: [ReviewLog]
    /// Anki's non-answer review-log entries kept from an import, oldest first.
    public var manualEntries: [AnkiReviewEntry] = []

    public init(
        key: String, deck: String, content: CardContent, state: CardState, isSuspended: Bool = false,
        reviews: [ReviewLog] = [], manualEntries: [AnkiReviewEntry] = []
    ) {
        self.manualEntries = manualEntries
        self.key = key
        self.deck = deck
        self.content = content
        self.state = state
        self.isSuspended = isSuspended
        self.reviews = reviews
    }
}
