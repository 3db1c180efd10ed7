import Foundation

/// The derivatives of the FSRS-6 formulas in `FSRS.swift` with respect to the 21 weights, for
/// fitting them (`ParameterOptimizer`). Forward mode: a memory state carries, beside its
/// stability and difficulty, their derivatives with respect to every weight, and each answer
/// updates them by the chain rule with partial derivatives worked out by hand from the
/// formulas. Exact, not finite differences; the tests check the values against `nextMemory`
/// and the derivatives against small steps.
///
/// Training follows fsrs-rs (the optimiser in Anki) where it differs from py-fsrs: stability
/// is kept within `minimumStability…maximumTrainingStability` and difficulty within 1…10 after
/// every answer, and a clamped value has no derivative.
///
/// The weights and the terms that depend on them alone are kept in registers-friendly form, as
/// this runs once per answer per epoch.
public struct FSRSGradient: Sendable {
    /// fsrs-rs's ceiling on stability while training (100 years).
    public static let maximumTrainingStability = 36_500.0

    /// A memory state with the derivatives of its stability and difficulty.
    public struct TrackedMemory: Sendable {
        public var stability: Double
        public var difficulty: Double
        public var dStability: WeightVector
        public var dDifficulty: WeightVector
    }

    private let w: WeightVector
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
        w = WeightVector(model.parameters.weights)
        decay = model.decay
        factor = model.factor
        // decay = −w20 and factor = 0.9^(1/decay) − 1, both functions of w20.
        dFactorDW20 = (model.factor + 1) * log(0.9) / (model.decay * model.decay)
        expW8 = exp(w[8])
        easyStart = w[4] - exp(3 * w[5]) + 1
        dEasyStartDW5 = -3 * exp(3 * w[5])
        shortTermDivisor = exp(w[17] * w[18])
    }

    /// The first answer's memory: initial stability `w[G−1]` and difficulty `D0(G)`.
    public func initialMemory(rating: Rating) -> TrackedMemory {
        let index = rating.rawValue - 1
        var dStability = WeightVector.zero
        var dDifficulty = WeightVector.zero
        let stability = clampStability(w[index], derivative: &dStability, weight: index)
        let grade = Double(rating.rawValue - 1)
        let difficulty = w[4] - exp(w[5] * grade) + 1
        if FSRS.difficultyRange.contains(difficulty) {
            dDifficulty[4] = 1
            dDifficulty[5] = -grade * exp(w[5] * grade)
        }
        return TrackedMemory(
            stability: stability, difficulty: clampDifficultyValue(difficulty),
            dStability: dStability, dDifficulty: dDifficulty)
    }

    /// Retrievability after `elapsedDays` days, with its derivative.
    public func retrievability(elapsedDays: Double, memory: TrackedMemory) -> (Double, WeightVector) {
        let s = memory.stability
        let base = 1 + factor * elapsedDays / s
        let logBase = log(base)
        let r = exp(decay * logBase)
        let dRdS = r * decay * (-factor * elapsedDays / (s * s)) / base
        let dRdW20 = r * (-logBase + decay * (elapsedDays / s) * dFactorDW20 / base)
        var derivative = memory.dStability * dRdS
        derivative[20] += dRdW20
        return (r, derivative)
    }

    /// The memory after answering `rating` `elapsedDays` whole days after the previous answer
    /// (0: a same-day answer), with derivatives: `nextMemory` with fsrs-rs's clamps.
    /// `retrievability`, when given, is `retrievability(elapsedDays:memory:)` already computed
    /// for a prediction at the same answer.
    public func nextMemory(
        after memory: TrackedMemory, rating: Rating, elapsedDays: Double,
        retrievability known: (Double, WeightVector)? = nil
    ) -> TrackedMemory {
        let s = memory.stability
        let g = Double(rating.rawValue)
        var dS: WeightVector
        var stability: Double
        if elapsedDays == 0 {
            // S · e^(w17·(G − 3 + w18)) · S^(−w19), at least S for Hard, Good and Easy.
            let logS = log(s)
            let logIncrease = w[17] * (g - 3 + w[18]) - w[19] * logS
            if rating != .again, logIncrease < 0 {
                stability = s
                dS = memory.dStability
            } else {
                stability = s * exp(logIncrease)
                dS = memory.dStability * (stability * (1 - w[19]) / s)
                dS[17] += stability * (g - 3 + w[18])
                dS[18] += stability * w[17]
                dS[19] -= stability * logS
            }
        } else {
            let (r, dR) = known ?? retrievability(elapsedDays: elapsedDays, memory: memory)
            (stability, dS) = rating == .again
                ? trackedForgetStability(memory, retrievability: r, dRetrievability: dR)
                : trackedRecallStability(memory, rating: rating, retrievability: r, dRetrievability: dR)
        }
        stability = clampStability(stability, derivative: &dS, weight: nil)

        // Difficulty: linear damping towards 10, then mean reversion towards D0(Easy).
        let d = memory.difficulty
        let delta = -w[6] * (g - 3)
        let damped = d + (10 - d) * delta / 9
        let difficulty = w[7] * easyStart + (1 - w[7]) * damped
        var dD = WeightVector.zero
        if FSRS.difficultyRange.contains(difficulty) {
            dD = memory.dDifficulty * ((1 - w[7]) * (1 - delta / 9))
            dD[6] += (1 - w[7]) * (-(10 - d) * (g - 3) / 9)
            dD[7] += easyStart - damped
            dD[4] += w[7]
            dD[5] += w[7] * dEasyStartDW5
        }
        return TrackedMemory(
            stability: stability, difficulty: clampDifficultyValue(difficulty), dStability: dS, dDifficulty: dD)
    }

    /// `S · (1 + e^w8 · (11 − D) · S^(−w9) · (e^((1 − R)·w10) − 1) · h · b)`.
    private func trackedRecallStability(
        _ memory: TrackedMemory, rating: Rating, retrievability r: Double, dRetrievability dR: WeightVector
    ) -> (Double, WeightVector) {
        let (s, d) = (memory.stability, memory.difficulty)
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        let growth = exp(w[10] * (1 - r))
        // K = common · (growth − 1) · h · b, the relative increase.
        let logS = log(s)
        let common = expW8 * (11 - d) * exp(-w[9] * logS)
        let unbonused = common * (growth - 1)
        let k = unbonused * hardPenalty * easyBonus
        let stability = s * (1 + k)
        // dK from its direct dependencies, then through S, D and R.
        let dKdS = -w[9] * k / s
        let dKdD = -common * (growth - 1) * hardPenalty * easyBonus / (11 - d)
        let dKdR = -common * w[10] * growth * hardPenalty * easyBonus
        var dS = memory.dStability * (1 + k + s * dKdS) + memory.dDifficulty * (s * dKdD) + dR * (s * dKdR)
        dS[8] += s * k
        dS[9] -= s * k * logS
        dS[10] += s * common * (1 - r) * growth * hardPenalty * easyBonus
        if rating == .hard { dS[15] += s * unbonused }
        if rating == .easy { dS[16] += s * unbonused }
        return (stability, dS)
    }

    /// `min(w11 · D^(−w12) · ((S + 1)^w13 − 1) · e^((1 − R)·w14), S / e^(w17·w18))`.
    private func trackedForgetStability(
        _ memory: TrackedMemory, retrievability r: Double, dRetrievability dR: WeightVector
    ) -> (Double, WeightVector) {
        let (s, d) = (memory.stability, memory.difficulty)
        let shortTerm = s / shortTermDivisor
        let logGrown = log(s + 1)
        let logD = log(d)
        let grown = exp(w[13] * logGrown)
        let longTerm = w[11] * exp(-w[12] * logD) * (grown - 1) * exp((1 - r) * w[14])
        if shortTerm < longTerm {
            var dS = memory.dStability * (shortTerm / s)
            dS[17] -= shortTerm * w[18]
            dS[18] -= shortTerm * w[17]
            return (shortTerm, dS)
        }
        let dLdS = longTerm * w[13] * grown / ((s + 1) * (grown - 1))
        var dS = memory.dStability * dLdS + memory.dDifficulty * (-w[12] * longTerm / d) + dR * (-w[14] * longTerm)
        dS[11] += longTerm / w[11]
        dS[12] -= longTerm * logD
        dS[13] += longTerm * grown * logGrown / (grown - 1)
        dS[14] += longTerm * (1 - r)
        return (longTerm, dS)
    }

    private func clampStability(_ value: Double, derivative: inout WeightVector, weight: Int?) -> Double {
        let range = FSRS.minimumStability...Self.maximumTrainingStability
        if range.contains(value) {
            if let weight { derivative[weight] = 1 }
            return value
        }
        derivative = .zero
        return min(max(value, range.lowerBound), range.upperBound)
    }

    private func clampDifficultyValue(_ value: Double) -> Double {
        min(max(value, FSRS.difficultyRange.lowerBound), FSRS.difficultyRange.upperBound)
    }
}

/// 21 numbers, one per FSRS weight: a gradient, or the derivatives of one quantity. Stored in
/// two SIMD vectors so the chain rule runs a few vector instructions per answer.
public struct WeightVector: Sendable, Equatable {
    var low: SIMD16<Double>
    var high: SIMD8<Double>

    public static let count = 21
    public static var zero: WeightVector { WeightVector(low: .zero, high: .zero) }

    public init(_ values: [Double]) {
        precondition(values.count == Self.count)
        low = SIMD16(values[0..<16])
        high = SIMD8(values[16..<21] + [0, 0, 0])
    }

    init(low: SIMD16<Double>, high: SIMD8<Double>) {
        self.low = low
        self.high = high
    }

    @inline(__always)
    public subscript(index: Int) -> Double {
        get { index < 16 ? low[index] : high[index - 16] }
        set {
            if index < 16 { low[index] = newValue } else { high[index - 16] = newValue }
        }
    }

    public var values: [Double] { (0..<Self.count).map { self[$0] } }

    @inline(__always)
    public static func + (a: WeightVector, b: WeightVector) -> WeightVector {
        WeightVector(low: a.low + b.low, high: a.high + b.high)
    }

    @inline(__always)
    public static func * (a: WeightVector, k: Double) -> WeightVector {
        WeightVector(low: a.low * k, high: a.high * k)
    }

    @inline(__always)
    public static func += (a: inout WeightVector, b: WeightVector) {
        a.low += b.low
        a.high += b.high
    }
}
