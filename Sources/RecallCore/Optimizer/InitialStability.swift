import Foundation

/// The first step of fitting, as fsrs-rs does it: the four initial stabilities `w0…w3` are
/// estimated from each card's first review a day or more later, grouped by the card's first
/// rating and the days waited, before gradient descent starts. Rare (first rating, days)
/// pairs are outliers: their cards are left out of pretraining and training alike.
struct InitialStability {
    /// The largest initial stability pretraining picks (fsrs-rs's `INIT_S_MAX`).
    static let maximum = 100.0

    /// Recall observed after waiting some days, for cards of one first rating.
    struct Group {
        var elapsedDays: Double
        var recalled: Double
        var count: Double
    }

    /// First rating → groups by elapsed days, ascending.
    private(set) var groups: [Rating: [Group]] = [:]
    /// First rating → how many cards began with it.
    private(set) var counts: [Rating: Int] = [:]
    /// Cards left out as outliers (indices into the training set's cards).
    private(set) var outlierCards: Set<Int> = []

    /// Groups the training set's cards by first rating and by the days before their first
    /// review a day or more later. Within a first rating, the smallest groups (fewest cards, then
    /// shortest wait) are dropped until 5% of the cards (at least 20) are; so is any group of
    /// fewer than 6 cards, and any wait over 100 days (365 after Easy).
    init(_ set: TrainingSet) {
        var byRating: [Rating: [Int: [Int]]] = [:]
        for (index, card) in set.cards.enumerated() {
            guard let first = set.firstItem(of: card) else { continue }
            byRating[first.rating, default: [:]][first.elapsedDays, default: []].append(index)
        }
        for (rating, byDays) in byRating {
            let total = byDays.values.reduce(0) { $0 + $1.count }
            let longestWait = rating == .easy ? 365 : 100
            var removed = 0
            var kept: [Group] = []
            // Smallest groups first; among equal sizes, the shortest wait first.
            for (days, cards) in byDays.sorted(by: { ($0.value.count, $0.key) < ($1.value.count, $1.key) }) {
                if removed + cards.count >= max(20, total / 20) {
                    if cards.count >= 6, days <= longestWait {
                        let recalled = cards.count { set.firstItem(of: set.cards[$0])!.recalled }
                        kept.append(Group(elapsedDays: Double(days), recalled: Double(recalled), count: Double(cards.count)))
                        continue
                    }
                } else {
                    removed += cards.count
                }
                outlierCards.formUnion(cards)
            }
            guard !kept.isEmpty else { continue }
            groups[rating] = kept.sorted { $0.elapsedDays < $1.elapsedDays }
            counts[rating] = kept.reduce(0) { $0 + Int($1.count) }
        }
    }

    var isEmpty: Bool { groups.isEmpty }

    /// The stability for each first rating that best explains the recall observed (log loss,
    /// with each group's recall smoothed towards `averageRecall` by one pseudo-observation, plus
    /// a pull of 1/16 per day towards the default), found by ternary search; then made to rise
    /// with the rating and filled in for ratings never seen (`smoothed`).
    func pretrained(averageRecall: Double) -> [Double] {
        let defaults = FSRSParameters.defaultWeights
        let model = FSRS()
        var fitted: [Rating: Double] = [:]
        for (rating, data) in groups {
            let prior = defaults[rating.rawValue - 1]
            func loss(_ stability: Double) -> Double {
                var total = abs(stability - prior) / 16
                for group in data {
                    let recall = (group.recalled + averageRecall) / (group.count + 1)
                    let predicted = model.retrievability(days: group.elapsedDays, stability: stability)
                    total -= (recall * log(predicted) + (1 - recall) * log(1 - predicted)) * group.count
                }
                return total
            }
            var low = FSRS.minimumStability
            var high = Self.maximum
            var iterations = 0
            while high - low > Double.ulpOfOne, iterations < 1000 {
                iterations += 1
                let third1 = low + (high - low) / 3
                let third2 = high - (high - low) / 3
                if loss(third1) < loss(third2) { high = third2 } else { low = third1 }
            }
            fitted[rating] = (low + high) / 2
        }
        return smoothed(fitted)
    }

    /// Makes initial stability rise with the rating (where two disagree, the one seen on more
    /// cards wins) and fills the ratings with no value from the others, along the relations
    /// fsrs-rs fits across many collections: `ln S(Hard) = 0.41·ln S(Again) + 0.59·ln S(Good)`
    /// and `ln S(Good) = 0.46·ln S(Hard) + 0.54·ln S(Easy)`. With one rating known, the defaults
    /// are scaled to it. Results lie within `minimumStability…maximum`.
    func smoothed(_ values: [Rating: Double]) -> [Double] {
        var known = values.filter { counts[$0.key] != nil }
        for (small, big) in [(1, 2), (2, 3), (3, 4), (1, 3), (2, 4), (1, 4)] {
            let (smallRating, bigRating) = (Rating(rawValue: small)!, Rating(rawValue: big)!)
            guard let smallValue = known[smallRating], let bigValue = known[bigRating], smallValue > bigValue else {
                continue
            }
            if counts[smallRating]! > counts[bigRating]! {
                known[bigRating] = smallValue
            } else {
                known[smallRating] = bigValue
            }
        }
        let result: [Double]
        if known.count == 1, let (rating, value) = known.first {
            let scale = value / FSRSParameters.defaultWeights[rating.rawValue - 1]
            result = FSRSParameters.defaultWeights[0..<4].map { $0 * scale }
        } else {
            result = Self.filled(known)
        }
        return result.map { min(max($0, FSRS.minimumStability), Self.maximum) }
    }

    /// Solves the two log-linear relations for the ratings missing from `known` (two or three
    /// known: one relation for one unknown, both for two).
    private static func filled(_ known: [Rating: Double]) -> [Double] {
        let (a, b) = (0.41, 0.54)
        // Each relation as coefficients of (ln S1, ln S2, ln S3, ln S4) summing to 0.
        let hardRelation = [a, -1, 1 - a, 0]
        let goodRelation = [0, 1 - b, -1, b]
        var logs = (0..<4).map { known[Rating(rawValue: $0 + 1)!].map(log) }
        let unknown = (0..<4).filter { logs[$0] == nil }
        func constant(_ relation: [Double]) -> Double {
            (0..<4).reduce(0.0) { sum, index in sum + (logs[index].map { relation[index] * $0 } ?? 0) }
        }
        switch unknown.count {
        case 1:
            let index = unknown[0]
            let relation = index < 2 ? hardRelation : goodRelation
            logs[index] = -constant(relation) / relation[index]
        case 2:
            // relation · x = −constant for the two unknowns: Cramer's rule.
            let (i, j) = (unknown[0], unknown[1])
            let (c1, c2) = (-constant(hardRelation), -constant(goodRelation))
            let determinant = hardRelation[i] * goodRelation[j] - hardRelation[j] * goodRelation[i]
            logs[i] = (c1 * goodRelation[j] - hardRelation[j] * c2) / determinant
            logs[j] = (hardRelation[i] * c2 - c1 * goodRelation[i]) / determinant
        default:
            break
        }
        return logs.map { exp($0 ?? 0) }
    }
}
