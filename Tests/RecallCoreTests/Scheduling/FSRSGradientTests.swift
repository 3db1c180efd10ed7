import Foundation
import RecallCore
import Testing

/// The hand-derived derivatives of the FSRS formulas: values equal `FSRS.nextMemory`, and every
/// derivative matches a central difference on random weights, states and answers.
struct FSRSGradientTests {
    /// A history of answers (rating, days since the previous) replayed with tracking.
    static func replay(_ model: FSRSGradient, _ answers: [(Rating, Double)], then days: Double) -> (Double, WeightVector) {
        var memory = model.initialMemory(rating: answers[0].0)
        for (rating, elapsed) in answers.dropFirst() {
            memory = model.nextMemory(after: memory, rating: rating, elapsedDays: elapsed)
        }
        return model.retrievability(elapsedDays: days, memory: memory)
    }

    static func randomWeights(_ generator: inout SplitMix64) -> [Double] {
        // Within the bounds but away from them, so a small step stays inside.
        FSRSParameters.bounds.map { range in
            let width = range.upperBound - range.lowerBound
            return range.lowerBound + width * (0.1 + 0.3 * Double.random(in: 0...1, using: &generator))
        }
    }

    static func randomAnswers(_ generator: inout SplitMix64) -> [(Rating, Double)] {
        (0..<Int.random(in: 2...8, using: &generator)).map { _ in
            let days = Bool.random(using: &generator) ? 0 : Double(Int.random(in: 1...40, using: &generator))
            return (Rating(rawValue: Int.random(in: 1...4, using: &generator))!, days)
        }
    }

    @Test func trackedValuesAreTheSchedulersMemoryStates() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<200 {
            let model = FSRS(parameters: FSRSParameters(clamped: Self.randomWeights(&generator)))
            let gradient = FSRSGradient(model)
            let answers = Self.randomAnswers(&generator)
            var tracked = gradient.initialMemory(rating: answers[0].0)
            var plain = model.nextMemory(after: nil, rating: answers[0].0, elapsedDays: nil)
            for (rating, days) in answers.dropFirst() {
                tracked = gradient.nextMemory(after: tracked, rating: rating, elapsedDays: days)
                plain = model.nextMemory(after: plain, rating: rating, elapsedDays: Int(days))
                #expect(abs(tracked.stability - plain.stability) <= 1e-9 * max(1, plain.stability))
                #expect(abs(tracked.difficulty - plain.difficulty) <= 1e-9)
            }
            let (r, _) = gradient.retrievability(elapsedDays: 5, memory: tracked)
            #expect(abs(r - model.retrievability(elapsedDays: 5, stability: plain.stability)) <= 1e-12)
        }
    }

    @Test func derivativesMatchCentralDifferences() {
        var generator = SplitMix64(seed: 11)
        var checked = 0
        for _ in 0..<200 {
            let weights = Self.randomWeights(&generator)
            let answers = Self.randomAnswers(&generator)
            let days = Double(Int.random(in: 1...60, using: &generator))
            let (_, gradient) = Self.replay(FSRSGradient(FSRS(parameters: FSRSParameters(clamped: weights))), answers, then: days)
            for index in weights.indices {
                let step = 1e-6 * max(1, abs(weights[index]))
                var up = weights, down = weights
                up[index] += step
                down[index] -= step
                let (rUp, _) = Self.replay(FSRSGradient(FSRS(parameters: FSRSParameters(clamped: up))), answers, then: days)
                let (rDown, _) = Self.replay(FSRSGradient(FSRS(parameters: FSRSParameters(clamped: down))), answers, then: days)
                let numeric = (rUp - rDown) / (2 * step)
                // A kink (min, max or clamp) between the two steps makes the difference meaningless.
                let (_, gradientUp) = Self.replay(FSRSGradient(FSRS(parameters: FSRSParameters(clamped: up))), answers, then: days)
                guard abs(gradientUp[index] - gradient[index]) <= 1e-3 * max(1e-3, abs(gradient[index])) else { continue }
                #expect(abs(numeric - gradient[index]) <= 1e-5 * max(1e-2, abs(numeric)), "w\(index)")
                checked += 1
            }
        }
        #expect(checked > 3_000)
    }
}
