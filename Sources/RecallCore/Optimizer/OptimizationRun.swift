import Foundation

/// One `recall optimize` on a collection: fit on most cards, then judge the current and the
/// new weights on the cards held out, so the comparison is on answers the fit never saw. The
/// new weights are worth applying only if they predict those answers better.
public struct OptimizationRun: Sendable {
    public var fit: ParameterOptimizer.Fit
    public var current: ModelEvaluation
    public var new: ModelEvaluation
    /// Reviews in the histories fitted and judged.
    public var reviewCount: Int
    /// False when the held-out cards had no item and both were judged on every card.
    public var judgedOnHeldOutCards: Bool

    /// One card in `heldOutShare` is held out, chosen from its id (the same cards every time).
    public static let heldOutShare = 5

    /// Better on held-out log loss (the figure fsrs-rs optimises and Anki compares).
    public var isImprovement: Bool { new.logLoss < current.logLoss }

    public init(
        histories: [CardHistory], current parameters: FSRSParameters, optimizer: ParameterOptimizer = .init()
    ) throws(OptimizerError) {
        let heldOut = histories.filter { Self.isHeldOut($0.cardID) }
        let training = histories.filter { !Self.isHeldOut($0.cardID) }
        fit = try optimizer.fit(training)
        reviewCount = histories.reduce(0) { $0 + $1.answers.count }
        if let current = ModelEvaluation(parameters: parameters, histories: heldOut),
           let new = ModelEvaluation(parameters: fit.parameters, histories: heldOut) {
            (self.current, self.new, judgedOnHeldOutCards) = (current, new, true)
        } else if let current = ModelEvaluation(parameters: parameters, histories: histories),
                  let new = ModelEvaluation(parameters: fit.parameters, histories: histories) {
            (self.current, self.new, judgedOnHeldOutCards) = (current, new, false)
        } else {
            throw .notEnoughHistory(items: 0, minimum: ParameterOptimizer.minimumItems)
        }
    }

    public static func isHeldOut(_ cardID: Int64) -> Bool {
        var generator = SplitMix64(seed: UInt64(bitPattern: cardID))
        return generator.next() % UInt64(heldOutShare) == 0
    }
}

extension FSRS {
    /// Every card's memory state after its history (the last history of a card counts).
    public func memoryStates(after histories: [CardHistory]) -> [Int64: MemoryState] {
        var states: [Int64: MemoryState] = [:]
        states.reserveCapacity(histories.count)
        for history in histories {
            states[history.cardID] = memoryState(after: history)
        }
        return states
    }
}
