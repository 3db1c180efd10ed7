import Foundation

/// The FSRS-6 memory model: how stability, difficulty and retrievability change with each
/// answer, written to give the same doubles as py-fsrs 6.3.2 (see docs in
/// `FORMULAS.md` of the conformance vectors). Knows nothing of learning steps or calendars.
///
/// py-fsrs writes `math.e ** x`, which is `pow(e, x)`; `exp(x)` may differ in the last bit,
/// and a last bit can decide an interval that rounds on .5, so `pow(M_E, x)` is used here too.
/// Every expression keeps py-fsrs's order of operations for the same reason.
public struct FSRS: Sendable, Equatable {
    /// Which formula produced a new memory state.
    public enum MemoryUpdate: String, Sendable, Equatable, CaseIterable {
        /// First answer: initial stability and difficulty for the rating.
        case initial
        /// Another answer on the same day (fewer than one elapsed day).
        case shortTerm
        /// A successful answer (Hard, Good, Easy) a day or more later.
        case recall
        /// A lapse (Again) a day or more later.
        case forget
    }

    public let parameters: FSRSParameters
    public let desiredRetention: Double
    /// `−w20`: the exponent of the forgetting curve.
    public let decay: Double
    /// `0.9^(1/decay) − 1`, so that retrievability is 0.9 after `stability` days.
    public let factor: Double

    public static let minimumStability = 0.001
    public static let difficultyRange = 1.0...10.0

    public init(parameters: FSRSParameters = .default, desiredRetention: Double = 0.9) {
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        decay = -parameters[20]
        factor = pow(0.9, 1 / decay) - 1
    }

    private var w: FSRSParameters { parameters }

    private func ePower(_ x: Double) -> Double { pow(M_E, x) }

    // MARK: Retrievability and intervals

    /// The probability of recall after `elapsedDays` whole days (negative counts as 0).
    public func retrievability(elapsedDays: Int, stability: Double) -> Double {
        retrievability(days: Double(max(0, elapsedDays)), stability: stability)
    }

    /// The probability of recall after `days` days (fitting and simulation count days as numbers).
    public func retrievability(days: Double, stability: Double) -> Double {
        pow(1 + factor * days / stability, decay)
    }

    /// The whole-day interval at which retrievability falls to the desired retention,
    /// rounded half to even (Python's `round`) and kept within `1...maximumInterval`.
    public func intervalDays(stability: Double, maximumInterval: Int) -> Int {
        let raw = (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
        let rounded = raw.rounded(.toNearestOrEven)
        // Compared as doubles first: a stability from damaged data must not trap in `Int(_:)`.
        guard rounded >= 1 else { return 1 }  // also NaN
        guard rounded < Double(maximumInterval) else { return maximumInterval }
        return Int(rounded)
    }

    // MARK: Memory updates

    /// The formula py-fsrs applies given the memory before an answer and the whole days since
    /// the last review (nil when there was none).
    public func memoryUpdate(for memory: MemoryState?, rating: Rating, elapsedDays: Int?) -> MemoryUpdate {
        guard memory != nil else { return .initial }
        if let elapsedDays, elapsedDays < 1 { return .shortTerm }
        return rating == .again ? .forget : .recall
    }

    /// The memory state after answering `rating`. Stability is computed from the old
    /// difficulty; only then does difficulty change. A card with memory but no previous review
    /// (which py-fsrs never produces) is treated as py-fsrs does: retrievability 0.
    public func nextMemory(after memory: MemoryState?, rating: Rating, elapsedDays: Int?) -> MemoryState {
        guard let memory else {
            return MemoryState(
                stability: initialStability(rating), difficulty: initialDifficulty(rating, clamped: true))
        }
        let recall = elapsedDays.map { retrievability(elapsedDays: $0, stability: memory.stability) } ?? 0
        let stability = switch memoryUpdate(for: memory, rating: rating, elapsedDays: elapsedDays) {
        case .initial, .shortTerm:  // .initial only without memory, handled above
            shortTermStability(memory.stability, rating: rating)
        case .recall:
            max(recallStability(memory, retrievability: recall, rating: rating), Self.minimumStability)
        case .forget:
            max(forgetStability(memory, retrievability: recall), Self.minimumStability)
        }
        return MemoryState(stability: stability, difficulty: nextDifficulty(memory.difficulty, rating: rating))
    }

    func initialStability(_ rating: Rating) -> Double {
        max(w[rating.rawValue - 1], Self.minimumStability)
    }

    func initialDifficulty(_ rating: Rating, clamped: Bool) -> Double {
        let difficulty = w[4] - ePower(w[5] * Double(rating.rawValue - 1)) + 1
        return clamped ? clampDifficulty(difficulty) : difficulty
    }

    func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
        let target = initialDifficulty(.easy, clamped: false)
        let delta = -(w[6] * Double(rating.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        return clampDifficulty(w[7] * target + (1 - w[7]) * damped)
    }

    func recallStability(_ memory: MemoryState, retrievability: Double, rating: Rating) -> Double {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        let (s, d) = (memory.stability, memory.difficulty)
        return s * (1 + ePower(w[8]) * (11 - d) * pow(s, -w[9])
            * (ePower((1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus)
    }

    func forgetStability(_ memory: MemoryState, retrievability: Double) -> Double {
        let (s, d) = (memory.stability, memory.difficulty)
        let longTerm = w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1)
            * ePower((1 - retrievability) * w[14])
        let shortTerm = s / ePower(w[17] * w[18])
        return min(longTerm, shortTerm)
    }

    func shortTermStability(_ stability: Double, rating: Rating) -> Double {
        var increase = ePower(w[17] * (Double(rating.rawValue - 3) + w[18])) * pow(stability, -w[19])
        if rating != .again { increase = max(increase, 1.0) }
        return max(stability * increase, Self.minimumStability)
    }

    private func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, Self.difficultyRange.lowerBound), Self.difficultyRange.upperBound)
    }
}
