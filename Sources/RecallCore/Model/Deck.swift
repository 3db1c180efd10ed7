/// A card as a deck file (or a generator) defines it: a stable key and its content.
public struct DeckCard: Sendable, Equatable, Hashable {
    /// Stable within its deck: written by the author, or derived from the content so that
    /// regenerating or reloading gives the same key. See `CardKey`.
    public var key: String
    public var content: CardContent
    /// Where the card is defined, when it comes from a file.
    public var location: SourceLocation?

    public init(key: String, content: CardContent, location: SourceLocation? = nil) {
        self.key = key
        self.content = content
        self.location = location
    }
}

/// A named collection of cards loaded from one file.
public struct Deck: Sendable, Equatable {
    public var name: String
    public var cards: [DeckCard]
    /// The file's `mode:`: how its cards are asked (each card's `content.mode` holds it too).
    public var mode: StudyMode?
    /// The file's `preset:`: the FSRS preset its cards schedule with (nil: the one the deck has).
    public var preset: String?

    public init(name: String, cards: [DeckCard], mode: StudyMode? = nil, preset: String? = nil) {
        self.name = name
        self.cards = cards
        self.mode = mode
        self.preset = preset
    }
}
