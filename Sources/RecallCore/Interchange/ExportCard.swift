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
    /// The card's place in Anki when it came from Anki; nil for recall's own cards.
    public var anki: AnkiCardIdentity?
    /// Its flag in Anki (0 none, 1 red …), when recall knows it.
    public var ankiFlag: Int?

    public init(
        key: String, deck: String, content: CardContent, state: CardState, isSuspended: Bool = false,
        reviews: [ReviewLog] = [], manualEntries: [AnkiReviewEntry] = [], anki: AnkiCardIdentity? = nil,
        ankiFlag: Int? = nil
    ) {
        self.ankiFlag = ankiFlag
        self.manualEntries = manualEntries
        self.anki = anki
        self.key = key
        self.deck = deck
        self.content = content
        self.state = state
        self.isSuspended = isSuspended
        self.reviews = reviews
    }
}
