import Foundation
import RecallCore

/// A learner whose memory follows FSRS-6 with given true weights, studying as a new recall user
/// does (default weights, desired retention 0.9, 20 new cards a day, learning steps answered
/// the same day, 5% of days skipped): the review histories a fit must see through. Recall of a
/// review is drawn with the true retrievability; successful answers are Hard, Good or Easy in
/// a fixed mix, first answers Again…Easy in another.
struct SyntheticLearner {
    var trueParameters: FSRSParameters
    var reviews: Int
    var seed: UInt64

    /// Weights around the defaults: each scaled by a factor in 0.6…1.6, kept within bounds.
    static func randomParameters(seed: UInt64) -> FSRSParameters {
        var generator = SplitMix64(seed: seed)
        return FSRSParameters(clamped: FSRSParameters.defaultWeights.map { weight in
            weight * Double.random(in: 0.6...1.6, using: &generator)
        })
    }

    /// Histories of training (4 cards in 5) and held-out cards.
    func histories() -> (train: [CardHistory], test: [CardHistory]) {
        let truth = FSRS(parameters: trueParameters)
        let scheduler = FSRS()
        var generator = SplitMix64(seed: seed)
        func uniform() -> Double { Double(generator.next() >> 11) / Double(1 << 53) }
        func pick(_ shares: [Double]) -> Rating {
            var u = uniform()
            for (index, share) in shares.enumerated() {
                u -= share
                if u < 0 { return Rating(rawValue: index + 1)! }
            }
            return .easy
        }
        struct Card {
            var answers: [CardHistory.Answer] = []
            var trueMemory: MemoryState?
            var scheduledMemory: MemoryState?
            var due = 0
        }
        var cards: [Card] = []
        var total = 0
        var day = 0
        while total < reviews {
            defer { day += 1 }
            if uniform() < 0.05 { continue }
            for index in cards.indices where cards[index].due <= day && total < reviews {
                let last = cards[index].answers.last!.day
                let recall = truth.retrievability(elapsedDays: day - last, stability: cards[index].trueMemory!.stability)
                let rating = uniform() < recall ? pick([0, 0.1, 0.8, 0.1]) : Rating.again
                answer(&cards[index], rating, day: day, elapsed: day - last)
                if rating == .again { answer(&cards[index], .good, day: day, elapsed: 0) }
            }
            for _ in 0..<20 where total < reviews {
                var card = Card()
                let first = pick([0.2, 0.1, 0.6, 0.1])
                answer(&card, first, day: day, elapsed: nil)
                if first != .easy { answer(&card, .good, day: day, elapsed: 0) }
                cards.append(card)
            }
        }
        func answer(_ card: inout Card, _ rating: Rating, day: Int, elapsed: Int?) {
            card.answers.append(.init(day: day, rating: rating))
            card.trueMemory = truth.nextMemory(after: card.trueMemory, rating: rating, elapsedDays: elapsed)
            card.scheduledMemory = scheduler.nextMemory(after: card.scheduledMemory, rating: rating, elapsedDays: elapsed)
            card.due = day + scheduler.intervalDays(stability: card.scheduledMemory!.stability, maximumInterval: 36_500)
            total += 1
        }
        let histories = cards.enumerated().map { CardHistory(cardID: Int64($0.offset + 1), answers: $0.element.answers) }
        return (histories.filter { $0.cardID % 5 != 0 }, histories.filter { $0.cardID % 5 == 0 })
    }
}
