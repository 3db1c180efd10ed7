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

/// What a report covers and how it judges: everything it is computed from but the collection.
/// `now` and `calendar` come from the caller, so a report is a pure function of its input.
public struct ReportScope: Sendable {
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

    public init(now: Date, calendar: StudyCalendar, since: Date? = nil, deck: String? = nil) {
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

    /// Whether the deck filter keeps the cards of deck `name`.
    public func keeps(deck name: String) -> Bool {
        guard let deck else { return true }
        return DeckNames.deck(name, isIn: deck)
    }

    /// The study day `now` falls in.
    public var today: Int { calendar.dayNumber(of: now) }
}

/// Everything a report is computed from, the collection held in memory: what `recall report
/// --format csv` writes and what tests build by hand. (`AppDatabase.report` reads a collection
/// into the figures without holding it.)
public struct ReportInput: Sendable {
    public var cards: [ReportCard]
    /// The review log in time order (oldest first).
    public var reviews: [ReportReview]
    public var scope: ReportScope

    public init(
        cards: [ReportCard], reviews: [ReportReview], now: Date, calendar: StudyCalendar,
        since: Date? = nil, deck: String? = nil
    ) {
        self.cards = cards
        self.reviews = reviews
        scope = ReportScope(now: now, calendar: calendar, since: since, deck: deck)
    }

    public var now: Date {
        get { scope.now }
        set { scope.now = newValue }
    }

    public var calendar: StudyCalendar {
        get { scope.calendar }
        set { scope.calendar = newValue }
    }

    public var since: Date? {
        get { scope.since }
        set { scope.since = newValue }
    }

    public var deck: String? {
        get { scope.deck }
        set { scope.deck = newValue }
    }

    public var presets: [String: Preset] {
        get { scope.presets }
        set { scope.presets = newValue }
    }

    public var deckPresets: [String: String] {
        get { scope.deckPresets }
        set { scope.deckPresets = newValue }
    }

    /// The preset a deck's cards schedule with.
    public func preset(ofDeck deck: String) -> Preset { scope.preset(ofDeck: deck) }

    /// The cards the filters keep.
    public var selectedCards: [ReportCard] {
        guard deck != nil else { return cards }
        return cards.filter { scope.keeps(deck: $0.deck) }
    }

    /// The reviews of the cards the deck filter keeps, whatever their date, in time order: the
    /// whole history a memory model is judged on.
    public var deckReviews: [ReportReview] {
        guard deck != nil else { return reviews }
        let kept = Set(cards.lazy.filter { scope.keeps(deck: $0.deck) }.map(\.id))
        return reviews.filter { kept.contains($0.cardID) }
    }

    /// The reviews the filters keep, still in time order.
    public var selectedReviews: [ReportReview] {
        guard let since else { return deckReviews }
        return deckReviews.filter { $0.reviewedAt >= since }
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
