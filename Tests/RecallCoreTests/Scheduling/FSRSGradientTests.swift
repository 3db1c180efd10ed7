import Foundation
@testable import RecallCore
import Testing

/// The hand-derived gradient of the training loss: the loss equals one computed with the
/// scheduler's own formulas (`FSRS.nextMemory`), and every derivative matches a central
/// difference of that loss, on random weights and histories.
struct FSRSGradientTests {
    static func randomWeights(_ generator: inout SplitMix64) -> [Double] {
        // Within the bounds but away from them, so a small step stays inside.
        FSRSParameters.bounds.map { range in
            let width = range.upperBound - range.lowerBound
            return range.lowerBound + width * (0.1 + 0.3 * Double.random(in: 0...1, using: &generator))
        }
    }

    /// A card's history: same-day and later answers, items (weight > 0) on the later ones, the
    /// last answer an item.
    static func randomAnswers(_ generator: inout SplitMix64) -> [FSRSGradient.Answer] {
        var answers = [FSRSGradient.Answer(elapsedDays: 0, weight: 0, rating: Rating(rawValue: Int.random(in: 1...4, using: &generator))!)]
        let count = Int.random(in: 2...9, using: &generator)
        for index in 1..<count {
            let last = index == count - 1
            let days = last || Bool.random(using: &generator) ? Double(Int.random(in: 1...40, using: &generator)) : 0
            answers.append(FSRSGradient.Answer(
                elapsedDays: days, weight: days > 0 ? Double.random(in: 0.25...1, using: &generator) : 0,
                rating: Rating(rawValue: Int.random(in: 1...4, using: &generator))!))
        }
        return answers
    }

    /// The weighted log loss replayed with `FSRS`, as the scheduler computes memory states.
    static func plainLoss(_ weights: [Double], _ answers: [FSRSGradient.Answer]) -> Double {
        let model = FSRS(parameters: FSRSParameters(clamped: weights))
        var memory = model.nextMemory(after: nil, rating: answers[0].rating, elapsedDays: nil)
        var loss = 0.0
        for answer in answers.dropFirst() {
            if answer.weight > 0 {
                let r = model.retrievability(days: answer.elapsedDays, stability: memory.stability)
                loss -= answer.weight * log(answer.rating == .again ? 1 - r : r)
            }
            memory = model.nextMemory(after: memory, rating: answer.rating, elapsedDays: Int(answer.elapsedDays))
        }
        return loss
    }

    static func tracked(_ weights: [Double], _ answers: [FSRSGradient.Answer]) -> (Double, [Double]) {
        var batch = FSRSGradient.Batch()
        batch.append(answers)
        return tracked(weights, batch)
    }

    static func tracked(_ weights: [Double], _ batch: FSRSGradient.Batch, loss: Double = 0, gradient: [Double]? = nil) -> (Double, [Double]) {
        var loss = loss
        var gradient = gradient ?? [Double](repeating: 0, count: 21)
        var scratch = FSRSGradient.Scratch()
        gradient.withUnsafeMutableBufferPointer { gradient in
            FSRSGradient(FSRS(parameters: FSRSParameters(clamped: weights)))
                .accumulate(batch, scratch: &scratch, loss: &loss, gradient: gradient.baseAddress!)
        }
        return (loss, gradient)
    }

    @Test func theLossIsTheOneTheSchedulersFormulasGive() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<300 {
            let weights = Self.randomWeights(&generator)
            let answers = Self.randomAnswers(&generator)
            let (loss, _) = Self.tracked(weights, answers)
            #expect(abs(loss - Self.plainLoss(weights, answers)) <= 1e-9 * max(1, loss))
        }
    }

    @Test func derivativesMatchCentralDifferences() {
        var generator = SplitMix64(seed: 11)
        var checked = 0
        for _ in 0..<200 {
            let weights = Self.randomWeights(&generator)
            let answers = Self.randomAnswers(&generator)
            let (_, gradient) = Self.tracked(weights, answers)
            for index in weights.indices {
                let step = 1e-6 * max(1, abs(weights[index]))
                var up = weights, down = weights
                up[index] += step
                down[index] -= step
                let numeric = (Self.plainLoss(up, answers) - Self.plainLoss(down, answers)) / (2 * step)
                // A kink (min, max or clamp) between the two steps makes the difference meaningless.
                let slopeUp = Self.tracked(up, answers).1[index]
                guard abs(slopeUp - gradient[index]) <= 1e-3 * max(1e-3, abs(gradient[index])) else { continue }
                #expect(abs(numeric - gradient[index]) <= 1e-5 * max(1e-2, abs(numeric)), "w\(index)")
                checked += 1
            }
        }
        #expect(checked > 3_000)
    }

    /// Cards that begin with the same answers share their replay in a batch; the loss and every
    /// derivative are exactly those of the cards replayed one by one, in the same order.
    @Test func aBatchGivesExactlyWhatItsCardsGiveOneByOne() {
        var generator = SplitMix64(seed: 13)
        for _ in 0..<50 {
            let weights = Self.randomWeights(&generator)
            // Cards made of a few beginnings and endings, so that many begin alike.
            let beginnings = (0..<3).map { _ in Self.randomAnswers(&generator) }
            var cards: [[FSRSGradient.Answer]] = []
            for _ in 0..<20 {
                var card = beginnings[Int(generator.next() % 3)]
                if Bool.random(using: &generator) { card += Self.randomAnswers(&generator).dropFirst() }
                // Another weight on the last item: weights are the card's, not the shared answers'.
                card[card.count - 1].weight = Double.random(in: 0.25...1, using: &generator)
                cards.append(card)
            }
            var batch = FSRSGradient.Batch()
            for card in cards { batch.append(card) }
            batch.finish()
            #expect(batch.nodeCount < cards.map(\.count).reduce(0, +))
            let (loss, gradient) = Self.tracked(weights, batch)
            var (oneByOneLoss, oneByOne) = (0.0, [Double](repeating: 0, count: 21))
            for card in cards {
                var single = FSRSGradient.Batch()
                single.append(card)
                (oneByOneLoss, oneByOne) = Self.tracked(weights, single, loss: oneByOneLoss, gradient: oneByOne)
            }
            #expect(loss == oneByOneLoss)
            #expect(gradient == oneByOne)
        }
    }
}
