import Foundation

/// One card as a report sees it: where it lives, what it asks and its scheduling state.
/// The storage layer fills these from the collection.
public struct ReportCard: Sendable, Equatable {
    public var id: Int64
    public var key: String
    public var deck: String
    /// Untrusted text: renderers escape it for their format.
    public var prompt: String
    public var category: FactCategory?
    public var state: CardState
    public var suspended: Bool

    public init(
        id: Int64, key: String, deck: String, prompt: String, category: FactCategory? = nil,
        state: CardState, suspended: Bool = false
    ) {
        self.id = id
        self.key = key
        self.deck = deck
        self.prompt = prompt
        self.category = category
        self.state = state
        self.suspended = suspended
    }
}

/// One answer from the review log, reduced to what the figures need.
public struct ReportReview: Sendable, Equatable {
    public var cardID: Int64
    public var reviewedAt: Date
    public var rating: Rating
    public var phaseBefore: CardPhase
    /// The card's `scheduledDays` before this review: young below 21 days, mature from 21.
    public var intervalDaysBefore: Int?
    public var elapsedDays: Int?
    public var responseMilliseconds: Int?

    public init(
        cardID: Int64, reviewedAt: Date, rating: Rating, phaseBefore: CardPhase,
        intervalDaysBefore: Int? = nil, elapsedDays: Int? = nil, responseMilliseconds: Int? = nil
    ) {
        self.cardID = cardID
        self.reviewedAt = reviewedAt
        self.rating = rating
        self.phaseBefore = phaseBefore
        self.intervalDaysBefore = intervalDaysBefore
        self.elapsedDays = elapsedDays
        self.responseMilliseconds = responseMilliseconds
    }
}

/// Everything a report is computed from. `now` and `calendar` come from the caller, so a
/// report is a pure function of its input.
public struct ReportInput: Sendable {
    public var cards: [ReportCard]
    /// The review log in time order (oldest first).
    public var reviews: [ReportReview]
    public var now: Date
    public var calendar: StudyCalendar
    /// Only reviews at or after this instant count; nil for the whole log.
    public var since: Date?
    /// Only cards of this deck and the decks under it (and their reviews) count; nil for every deck.
    public var deck: String?
    /// The FSRS presets by name, and each deck's (by deck name; a deck not listed uses
    /// `Preset.defaultName`): a card is judged by the report's calibration with its deck's weights.
    public var presets: [String: Preset] = [:]
    public var deckPresets: [String: String] = [:]

    public init(
        cards: [ReportCard], reviews: [ReportReview], now: Date, calendar: StudyCalendar,
        since: Date? = nil, deck: String? = nil
    ) {
        self.cards = cards
        self.reviews = reviews
        self.now = now
        self.calendar = calendar
        self.since = since
        self.deck = deck
    }

    /// The preset a deck's cards schedule with.
    public func preset(ofDeck deck: String) -> Preset {
        let name = deckPresets[deck] ?? Preset.defaultName
        return presets[name] ?? Preset(name: name)
    }

    /// The cards the filters keep.
    public var selectedCards: [ReportCard] {
        guard let deck else { return cards }
        return cards.filter { DeckNames.deck($0.deck, isIn: deck) }
    }

    /// The reviews of the cards the deck filter keeps, whatever their date, in time order: the
    /// whole history a memory model is judged on.
    public var deckReviews: [ReportReview] {
        guard let deck else { return reviews }
        let kept = Set(cards.lazy.filter { DeckNames.deck($0.deck, isIn: deck) }.map(\.id))
        return reviews.filter { kept.contains($0.cardID) }
    }

    /// The reviews the filters keep, still in time order.
    public var selectedReviews: [ReportReview] {
        if deck == nil, since == nil { return reviews }
        let kept: Set<Int64>? = deck.map { deck in
            Set(cards.lazy.filter { DeckNames.deck($0.deck, isIn: deck) }.map(\.id))
        }
        return reviews.filter { review in
            if let since, review.reviewedAt < since { return false }
            if let kept, !kept.contains(review.cardID) { return false }
            return true
        }
    }
}

extension ReportReview {
    /// The figures a report needs from one entry of the review log.
    public init(cardID: Int64, log: ReviewLog) {
        self.init(
            cardID: cardID, reviewedAt: log.reviewedAt, rating: log.rating, phaseBefore: log.before.phase,
            intervalDaysBefore: log.before.scheduledDays, elapsedDays: log.elapsedDays,
            responseMilliseconds: log.responseMilliseconds)
    }
}

extension ReportCard {
    /// A deck's card with its stored scheduling state.
    public init(id: Int64, deck: String, card: DeckCard, state: CardState, suspended: Bool = false) {
        self.init(
            id: id, key: card.key, deck: deck, prompt: card.content.prompt, category: card.content.category,
            state: state, suspended: suspended)
    }
}
