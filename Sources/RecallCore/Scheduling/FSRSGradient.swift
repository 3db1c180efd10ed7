import Foundation

/// The log loss of FSRS-6's predictions over a card's history and its exact gradient with
/// respect to the 21 weights, for fitting them (`ParameterOptimizer`). Reverse mode, as fsrs-rs
/// computes it: a forward pass replays the card with the formulas of `FSRS.swift` and notes, for
/// every answer, the partial derivatives of the new stability and difficulty (worked out by hand
/// from the formulas); a backward pass carries the loss's derivative back through the answers
/// and collects it per weight. The tests check the loss against `FSRS.nextMemory` and the
/// gradient against small steps.
///
/// Training follows fsrs-rs (the optimiser in Anki) where it differs from py-fsrs: stability
/// is kept within `minimumStability…maximumTrainingStability` and difficulty within 1…10 after
/// every answer, and a clamped value has no derivative.
public struct FSRSGradient: Sendable {
    /// fsrs-rs's ceiling on stability while training (100 years).
    public static let maximumTrainingStability = 36_500.0

    /// One answer of a card's history.
    public struct Answer: Sendable {
        /// Days since the previous answer (0: the same day; ignored for the first answer).
        public var elapsedDays: Double
        /// The weight of the item predicting this answer; 0 when it is not an item.
        public var weight: Double
        public var rating: Rating

        public init(elapsedDays: Double, weight: Double, rating: Rating) {
            self.elapsedDays = elapsedDays
            self.weight = weight
            self.rating = rating
        }
    }

    private let w: [Double]
    private let decay: Double
    private let factor: Double
    /// d factor / d w20.
    private let dFactorDW20: Double
    private let expW8: Double
    /// D0(Easy), the target of mean reversion, and its derivative by w5.
    private let easyStart: Double
    private let dEasyStartDW5: Double
    private let shortTermDivisor: Double

    public init(_ model: FSRS) {
        w = model.parameters.weights
        decay = model.decay
        factor = model.factor
        // decay = −w20 and factor = 0.9^(1/decay) − 1, both functions of w20.
        dFactorDW20 = (model.factor + 1) * log(0.9) / (model.decay * model.decay)
        expW8 = exp(w[8])
        easyStart = w[4] - exp(3 * w[5]) + 1
        dEasyStartDW5 = -3 * exp(3 * w[5])
        shortTermDivisor = exp(w[17] * w[18])
    }

    /// What the backward pass needs of one answer.
    struct Tape {
        /// ∂S'/∂S and ∂S'/∂D (R held fixed), ∂S'/∂R; ∂D'/∂D.
        var sFromS = 0.0, sFromD = 0.0, sFromR = 0.0, dFromD = 0.0
        /// ∂R/∂S, ∂R/∂w20, and ∂loss/∂R of the item at this answer.
        var rFromS = 0.0, rFromW20 = 0.0, lossFromR = 0.0
        /// Up to five weights S' depends on directly, with the derivatives.
        var sWeights: (Int, Int, Int, Int, Int) = (-1, -1, -1, -1, -1)
        var sPartials: (Double, Double, Double, Double, Double) = (0, 0, 0, 0, 0)
        /// ∂D'/∂w4…w7.
        var dPartials: (Double, Double, Double, Double) = (0, 0, 0, 0)
    }

    /// Adds the weighted log loss of the card's items to `loss` and its gradient to `gradient`
    /// (21 slots). `answers` is one card's history up to its last item; `tape` is scratch space.
    func accumulate(
        _ answers: UnsafeBufferPointer<Answer>, tape: inout [Tape], loss: inout Double,
        gradient: UnsafeMutablePointer<Double>
    ) {
        let count = answers.count
        if tape.count < count { tape.append(contentsOf: repeatElement(Tape(), count: count - tape.count)) }
        // Forward: the first answer sets the memory, each later one updates it.
        let first = answers[0].rating
        let firstIndex = first.rawValue - 1
        var s = w[firstIndex]
        let initialStabilityFree = s >= FSRS.minimumStability && s <= Self.maximumTrainingStability
        s = min(max(s, FSRS.minimumStability), Self.maximumTrainingStability)
        let grade = Double(first.rawValue - 1)
        let rawDifficulty = w[4] - exp(w[5] * grade) + 1
        let initialDifficultyFree = FSRS.difficultyRange.contains(rawDifficulty)
        var d = min(max(rawDifficulty, 1), 10)
        tape.withUnsafeMutableBufferPointer { tape in
            for index in 1..<count {
                let answer = answers[index]
                var entry = Tape()
                let g = Double(answer.rating.rawValue)
                var next: Double
                if answer.elapsedDays > 0 {
                    // R = (1 + factor·t/S)^decay.
                    let t = answer.elapsedDays
                    let base = 1 + factor * t / s
                    let logBase = log(base)
                    let r = exp(decay * logBase)
                    entry.rFromS = r * decay * (-factor * t / (s * s)) / base
                    entry.rFromW20 = r * (-logBase + decay * (t / s) * dFactorDW20 / base)
                    if answer.weight > 0 {
                        let p = min(max(r, 1e-7), 1 - 1e-7)
                        let recalled = answer.rating != .again
                        loss -= answer.weight * log(recalled ? p : 1 - p)
                        if p == r { entry.lossFromR = recalled ? -answer.weight / p : answer.weight / (1 - p) }
                        if index == count - 1 {
                            tape[index] = entry
                            break
                        }
                    }
                    next = answer.rating == .again ? forget(s, d, r, &entry) : recall(s, d, r, g, answer.rating, &entry)
                } else {
                    next = shortTerm(s, g, answer.rating, &entry)
                }
                if next < FSRS.minimumStability || next > Self.maximumTrainingStability {
                    next = min(max(next, FSRS.minimumStability), Self.maximumTrainingStability)
                    entry.sFromS = 0
                    entry.sFromD = 0
                    entry.sFromR = 0
                    entry.sPartials = (0, 0, 0, 0, 0)
                }
                // Difficulty: linear damping towards 10, then mean reversion towards D0(Easy).
                let delta = -w[6] * (g - 3)
                let damped = d + (10 - d) * delta / 9
                let nextD = w[7] * easyStart + (1 - w[7]) * damped
                if FSRS.difficultyRange.contains(nextD) {
                    entry.dFromD = (1 - w[7]) * (1 - delta / 9)
                    entry.dPartials = (w[7], w[7] * dEasyStartDW5, (1 - w[7]) * (-(10 - d) * (g - 3) / 9), easyStart - damped)
                }
                tape[index] = entry
                s = next
                d = min(max(nextD, 1), 10)
            }
            // Backward: the loss's derivative by the memory after each answer, last to first.
            var gS = 0.0
            var gD = 0.0
            for index in stride(from: count - 1, through: 1, by: -1) {
                let entry = tape[index]
                let gR = gS * entry.sFromR + entry.lossFromR
                let partials = entry.sPartials
                let weights = entry.sWeights
                if weights.0 >= 0 { gradient[weights.0] += gS * partials.0 }
                if weights.1 >= 0 { gradient[weights.1] += gS * partials.1 }
                if weights.2 >= 0 { gradient[weights.2] += gS * partials.2 }
                if weights.3 >= 0 { gradient[weights.3] += gS * partials.3 }
                if weights.4 >= 0 { gradient[weights.4] += gS * partials.4 }
                gradient[4] += gD * entry.dPartials.0
                gradient[5] += gD * entry.dPartials.1
                gradient[6] += gD * entry.dPartials.2
                gradient[7] += gD * entry.dPartials.3
                gradient[20] += gR * entry.rFromW20
                let previousS = gS * entry.sFromS + gR * entry.rFromS
                gD = gS * entry.sFromD + gD * entry.dFromD
                gS = previousS
            }
            if initialStabilityFree { gradient[firstIndex] += gS }
            if initialDifficultyFree {
                gradient[4] += gD
                gradient[5] -= gD * grade * exp(w[5] * grade)
            }
        }
    }

    /// `S · e^(w17·(G − 3 + w18)) · S^(−w19)`, at least S for Hard, Good and Easy.
    private func shortTerm(_ s: Double, _ g: Double, _ rating: Rating, _ entry: inout Tape) -> Double {
        let logS = log(s)
        let logIncrease = w[17] * (g - 3 + w[18]) - w[19] * logS
        if rating != .again, logIncrease < 0 {
            entry.sFromS = 1
            return s
        }
        let next = s * exp(logIncrease)
        entry.sFromS = next * (1 - w[19]) / s
        entry.sWeights = (17, 18, 19, -1, -1)
        entry.sPartials = (next * (g - 3 + w[18]), next * w[17], -next * logS, 0, 0)
        return next
    }

    /// `S · (1 + e^w8 · (11 − D) · S^(−w9) · (e^((1 − R)·w10) − 1) · h · b)`.
    private func recall(_ s: Double, _ d: Double, _ r: Double, _ g: Double, _ rating: Rating, _ entry: inout Tape) -> Double {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        let growth = exp(w[10] * (1 - r))
        let logS = log(s)
        let common = expW8 * (11 - d) * exp(-w[9] * logS)
        let unbonused = common * (growth - 1)
        let k = unbonused * hardPenalty * easyBonus
        entry.sFromS = 1 + k - w[9] * k
        entry.sFromD = -s * common * (growth - 1) * hardPenalty * easyBonus / (11 - d)
        entry.sFromR = -s * common * w[10] * growth * hardPenalty * easyBonus
        let bonusWeight = rating == .hard ? 15 : rating == .easy ? 16 : -1
        entry.sWeights = (8, 9, 10, bonusWeight, -1)
        entry.sPartials = (s * k, -s * k * logS, s * common * (1 - r) * growth * hardPenalty * easyBonus, s * unbonused, 0)
        return s * (1 + k)
    }

    /// `min(w11 · D^(−w12) · ((S + 1)^w13 − 1) · e^((1 − R)·w14), S / e^(w17·w18))`.
    private func forget(_ s: Double, _ d: Double, _ r: Double, _ entry: inout Tape) -> Double {
        let shortTerm = s / shortTermDivisor
        let logGrown = log(s + 1)
        let logD = log(d)
        let grown = exp(w[13] * logGrown)
        let longTerm = w[11] * exp(-w[12] * logD) * (grown - 1) * exp((1 - r) * w[14])
        if shortTerm < longTerm {
            entry.sFromS = shortTerm / s
            entry.sWeights = (17, 18, -1, -1, -1)
            entry.sPartials = (-shortTerm * w[18], -shortTerm * w[17], 0, 0, 0)
            return shortTerm
        }
        entry.sFromS = longTerm * w[13] * grown / ((s + 1) * (grown - 1))
        entry.sFromD = -w[12] * longTerm / d
        entry.sFromR = -w[14] * longTerm
        entry.sWeights = (11, 12, 13, 14, -1)
        entry.sPartials = (longTerm / w[11], -longTerm * logD, longTerm * grown * logGrown / (grown - 1), longTerm * (1 - r), 0)
        return longTerm
    }
}
