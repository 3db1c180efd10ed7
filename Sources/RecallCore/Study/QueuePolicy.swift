import Foundation

/// The order of a study day, as Anki's scheduler has it: learning cards whose step has elapsed
/// first; then reviews due today with new cards mixed in evenly (each deck's new cards within its
/// daily limit); then, when nothing else is left, learning cards due within the learn-ahead limit.
/// Cards skipped in the session are passed over; siblings are buried when a card is answered
/// (`siblingsToBury`). Pure: the store fetches the candidates, this picks.
public struct QueuePolicy: Sendable {
    public var limits: StudyLimits
    /// Learning cards due within this many seconds are shown early when nothing else is left
    /// (Anki's "learn ahead limit").
    public var learnAhead: TimeInterval
    /// Whether answering a card buries its siblings until the next study day.
    public var burySiblings: Bool

    public init(limits: StudyLimits = StudyLimits(), learnAhead: TimeInterval = 20 * 60, burySiblings: Bool = true) {
        self.limits = limits
        self.learnAhead = learnAhead
        self.burySiblings = burySiblings
    }

    /// Reviews still allowed today.
    public func reviewsLeft(_ studied: StudiedToday) -> Int {
        max(0, limits.reviewsPerDay - studied.reviews)
    }

    /// New cards still allowed today in each of `decks` under the per-deck limit, and in all
    /// under the collection-wide limit (counted over every deck) when there is one.
    public func newAllowance(_ studied: StudiedToday, decks: [Int64]) -> NewAllowance {
        var perDeck: [Int64: Int] = [:]
        for deck in decks {
            let left = limits.newPerDay - studied.newByDeck[deck, default: 0]
            if left > 0 { perDeck[deck] = left }
        }
        let total = limits.newPerDayTotal.map { max(0, $0 - studied.newByDeck.values.reduce(0, +)) } ?? Int.max
        return NewAllowance(perDeck: perDeck, total: total)
    }

    /// The card to show next, or nil when nothing is left for now.
    public func next(from candidates: QueueCandidates, now: Date, skipped: Set<Int64> = []) -> QueueCard? {
        let learning = candidates.learning.filter { !skipped.contains($0.id) }.sorted { $0.due < $1.due }
        if let due = learning.first, due.due <= now { return due }
        let reviews = candidates.reviews.lazy.filter { !skipped.contains($0.id) }.prefix(reviewsLeft(candidates.studied))
        let decks = Array(Set(candidates.new.map(\.deckID)))
        let new = allowed(candidates.new.filter { !skipped.contains($0.id) },
                          within: newAllowance(candidates.studied, decks: decks))
        switch (reviews.first, new.first) {
        case let (review?, fresh?):
            return newComesFirst(reviewsLeft: reviews.count, newLeft: new.count, studied: candidates.studied) ? fresh : review
        case let (review?, nil): return review
        case let (nil, fresh?): return fresh
        case (nil, nil): break
        }
        if let soon = learning.first, soon.due <= now.addingTimeInterval(learnAhead) { return soon }
        return nil
    }

    /// New cards spread evenly among the day's reviews (Anki's "mix with reviews"): a new card
    /// comes next when fewer of the day's new cards have been shown than the share of the day's
    /// reviews done so far calls for.
    func newComesFirst(reviewsLeft: Int, newLeft: Int, studied: StudiedToday) -> Bool {
        let (newDone, reviewsDone) = (studied.new, studied.reviews)
        return (newDone + 1) * (reviewsDone + reviewsLeft) <= reviewsDone * (newDone + newLeft)
    }

    /// `cards` (in queue order) that the allowance lets in today.
    public func allowed(_ cards: [QueueCard], within allowance: NewAllowance) -> [QueueCard] {
        var left = allowance.perDeck
        var total = allowance.total
        var kept: [QueueCard] = []
        for card in cards where total > 0 {
            guard let deckLeft = left[card.deckID], deckLeft > 0 else { continue }
            left[card.deckID] = deckLeft - 1
            total -= 1
            kept.append(card)
        }
        return kept
    }

    /// The siblings of `answered` among `cards` to bury until the next study day: all of them,
    /// whatever their phase, so that neither the card nor its explanation gives a sibling away
    /// later the same day; none when burying siblings is off.
    public func siblingsToBury(of answered: QueueCard, among cards: [QueueCard]) -> [Int64] {
        guard burySiblings else { return [] }
        return cards.filter { $0.id != answered.id && $0.siblings.isSibling(of: answered.siblings) }.map(\.id)
    }
}
