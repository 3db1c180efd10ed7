import Foundation

/// Fits FSRS-6's 21 weights to one person's review history the way fsrs-rs (the optimiser
/// Anki links) does: the same training items (`TrainingSet`), initial stabilities pretrained
/// from first reviews with outliers left out (`InitialStability`), recency weights from 0.25 to
/// 1, binary cross-entropy on predicted recall with an L2 pull towards the starting weights,
/// Adam with a cosine-annealed learning rate over batches of whole cards in a seeded order, the
/// weights clamped to their bounds after every step, and the initial stabilities smoothed again
/// at the end. Gradients are exact (`FSRSGradient`). A long history is fitted by two descents
/// in different batch orders side by side, one a thread, and the one that ends with the lower
/// training loss is kept: one order can leave the weights in a poorer valley than another.
/// Pure and deterministic:
/// the same history and configuration always give the same weights.
public struct ParameterOptimizer: Sendable {
    public struct Configuration: Sendable, Equatable {
        public var epochs = 8
        /// Epochs for histories of at least `longHistory` training items, which are fitted by
        /// two descents in different batch orders: they need more steps to settle than Anki's 8
        /// epochs give, and one order can end in a poorer valley than another (see
        /// docs/optimizer.md). Shorter ones are fitted by one descent, as Anki does.
        public var longHistoryEpochs = 12
        public var longHistory = 20_000
        public var batchSize = 512
        public var learningRate = 0.04
        public var seed: UInt64 = 2023
        /// Items with longer histories are left out of training.
        public var maximumHistory = 256
        /// Strength of the pull towards the starting weights.
        public var regularization = 1.0

        /// The call Anki's Optimize makes (8 epochs, batches of 512, learning rate 0.04), with
        /// two descents of 12 epochs for long histories.
        public init() {}

        /// Epochs for a training set of `items`.
        func epochs(for items: Int) -> Int { items >= longHistory ? max(epochs, longHistoryEpochs) : epochs }

        /// Descents for a training set of `items`.
        func descents(for items: Int) -> Int { items >= longHistory ? 2 : 1 }
    }

    /// How far the fit went.
    public enum Stage: String, Sendable, Equatable {
        /// Enough items for gradient descent: every weight fitted.
        case trained
        /// Fewer than `minimumTrainingItems`: only the initial stabilities were estimated.
        case initialStabilitiesOnly
    }

    public struct Fit: Sendable, Equatable {
        public var parameters: FSRSParameters
        public var stage: Stage
        /// Training items the fit used, after outliers were left out.
        public var items: Int
        /// The training loss of the kept descent's last epoch (log loss of its items and the L2
        /// pull, summed); nil when only the initial stabilities were estimated.
        public var trainingLoss: Double? = nil
    }

    /// Fewer items than this and there is nothing to fit (fsrs-rs returns the defaults).
    public static let minimumItems = 8
    /// Fewer items than this and only the initial stabilities are estimated (as fsrs-rs does).
    public static let minimumTrainingItems = 64

    /// Per-weight scale of the L2 pull (fsrs-rs's spread of weights across many collections).
    static let weightSpread: [Double] = [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
        1.03, 0.31, 0.32, 0.14, 0.27,
    ]

    /// The bounds weights are clamped to while training: `FSRSParameters.bounds`, except that the
    /// short-term exponent w19 stays at least 0.01 (fsrs-rs, with same-day reviews on). With
    /// recall's single relearning step, fsrs-rs's ceiling on w17 and w18 is their bound, 2.
    static let trainingBounds: [ClosedRange<Double>] = FSRSParameters.bounds.enumerated().map { index, range in
        index == 19 ? max(range.lowerBound, 0.01)...range.upperBound : range
    }

    public let configuration: Configuration

    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
    }

    /// Fits weights to `histories`.
    public func fit(_ histories: [CardHistory]) throws(OptimizerError) -> Fit {
        var set = TrainingSet(histories: histories)
        let available = set.items.count
        let initial = InitialStability(set)
        set.keepCards { !initial.outlierCards.contains($0) }
        // Rare first-review patterns are left out, which can leave too little of a short history.
        guard set.items.count >= Self.minimumItems, !initial.isEmpty else {
            throw .notEnoughHistory(items: available, minimum: Self.minimumItems, setAside: available - set.items.count)
        }
        let start = initial.pretrained(averageRecall: set.recallRate) + FSRSParameters.defaultWeights[4...]
        let pretrainingItems = initial.counts.values.reduce(0, +)
        if set.items.count < Self.minimumTrainingItems || set.items.count == pretrainingItems {
            return Fit(parameters: FSRSParameters(clamped: start), stage: .initialStabilitiesOnly, items: set.items.count)
        }
        set.weightByRecency()
        set.dropItems(longerThan: configuration.maximumHistory)
        var (weights, loss) = train(set, from: start)
        let fitted = Dictionary(uniqueKeysWithValues: (0..<4).map { (Rating(rawValue: $0 + 1)!, weights[$0]) })
        weights.replaceSubrange(0..<4, with: initial.smoothed(fitted))
        return Fit(parameters: FSRSParameters(clamped: weights), stage: .trained, items: set.items.count, trainingLoss: loss)
    }

    // MARK: Training

    /// Gradient descent from `start`. A long history is fitted by two descents (seeds `seed`
    /// and `seed + 1`), each on its own thread, and the one whose last epoch's loss is lower is
    /// kept (ties: the first). Returns the weights and that loss.
    private func train(_ set: TrainingSet, from start: [Double]) -> (weights: [Double], loss: Double) {
        let batches = Self.batches(of: set, size: configuration.batchSize)
        let epochs = configuration.epochs(for: set.items.count)
        let count = configuration.descents(for: set.items.count)
        nonisolated(unsafe) var descents = (0..<count).map { run in
            Descent(start: start, seed: configuration.seed &+ UInt64(run), batches: batches, items: set.items.count,
                    epochs: epochs, configuration: configuration)
        }
        descents.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: count) { run in slots[run].run(until: epochs) }
        }
        let kept = descents.indices.min { (descents[$0].lastEpochLoss, $0) < (descents[$1].lastEpochLoss, $1) }
            .map { descents[$0] }!
        return (kept.weights, kept.lastEpochLoss)
    }

    /// Adam over shuffled batches, epoch by epoch, with the learning rate annealed along a
    /// cosine over every step of every epoch.
    struct Descent {
        var weights: [Double]
        let start: [Double]
        var adam = Adam()
        var generator: SplitMix64
        var epoch = 0
        var step = 0
        /// The last epoch's training loss: its items' log loss plus the L2 pull, summed as the
        /// steps went.
        var lastEpochLoss = 0.0
        let batches: [Batch]
        let items: Int
        let steps: Int
        let configuration: Configuration

        init(start: [Double], seed: UInt64, batches: [Batch], items: Int, epochs: Int, configuration: Configuration) {
            (weights, self.start, generator) = (start, start, SplitMix64(seed: seed))
            (self.batches, self.items, self.configuration) = (batches, items, configuration)
            steps = (items / configuration.batchSize + 1) * epochs
        }

        mutating func run(until end: Int) {
            let total = Double(items)
            var scratch = FSRSGradient.Scratch()
            var gradient = [Double](repeating: 0, count: FSRSParameters.bounds.count)
            while epoch < end {
                epoch += 1
                lastEpochLoss = 0
                // Only the last epoch's loss is kept, so only its items' log loss is summed.
                let withLoss = epoch == end
                for batchIndex in ParameterOptimizer.shuffled(batches.count, using: &generator) {
                    let batch = batches[batchIndex]
                    let rate = configuration.learningRate * (1 + cos(Double.pi * Double(step) / Double(steps))) / 2
                    step += 1
                    let model = FSRSGradient(FSRS(parameters: FSRSParameters(clamped: weights)))
                    var loss = ParameterOptimizer.lossAndGradient(
                        of: batch, model: model, scratch: &scratch, withLoss: withLoss, into: &gradient)
                    let pull = configuration.regularization * Double(batch.itemCount) / total
                    for index in gradient.indices {
                        let spread = ParameterOptimizer.weightSpread[index]
                        let offset = (weights[index] - start[index]) / spread
                        gradient[index] += 2 * offset / spread * pull
                        loss += offset * offset * pull
                    }
                    lastEpochLoss += loss
                    adam.step(&weights, gradient: gradient, rate: rate)
                    for index in weights.indices {
                        let bounds = ParameterOptimizer.trainingBounds[index]
                        weights[index] = min(max(weights[index], bounds.lowerBound), bounds.upperBound)
                    }
                }
            }
        }
    }

    /// A batch: whole cards, each up to its last item, laid out for `FSRSGradient` (cards that
    /// begin alike share those answers' replay).
    typealias Batch = FSRSGradient.Batch

    /// Cards ordered by the length of their longest item, gathered until a batch would hold more
    /// than `size` items (fsrs-rs's batches when card ids are given, as Anki gives them).
    static func batches(of set: TrainingSet, size: Int) -> [Batch] {
        let cards = set.itemsByCard().enumerated()
            .sorted { ($0.element.last!.answer, $0.offset) < ($1.element.last!.answer, $1.offset) }
            .map(\.element)
        var batches: [Batch] = []
        var current = Batch()
        for items in cards {
            if current.itemCount > 0, current.itemCount + items.count > size {
                batches.append(current)
                current = Batch()
            }
            current.append(answers(of: items, in: set.cards[items[0].card]))
        }
        if current.itemCount > 0 { batches.append(current) }
        for index in batches.indices { batches[index].finish() }
        return batches
    }

    /// A card's answers up to its last item, each with its item's weight (0 when not an item).
    static func answers(of items: [TrainingSet.Item], in card: TrainingSet.Card) -> [FSRSGradient.Answer] {
        var answers: [FSRSGradient.Answer] = []
        answers.reserveCapacity(items.last!.answer + 1)
        var next = 0
        for answer in 0...items.last!.answer {
            var weight = 0.0
            if next < items.count, items[next].answer == answer {
                weight = items[next].weight
                next += 1
            }
            answers.append(FSRSGradient.Answer(elapsedDays: card.elapsedDays[answer], weight: weight, rating: card.ratings[answer]))
        }
        return answers
    }

    /// The log loss of the batch's cards, summed over their items with their weights (when
    /// `withLoss`, else 0), with its gradient written to `gradient`. A sum, not a mean, as
    /// fsrs-rs takes it: the L2 pull is scaled to the batch instead.
    static func lossAndGradient(
        of batch: Batch, model: FSRSGradient, scratch: inout FSRSGradient.Scratch, withLoss: Bool,
        into gradient: inout [Double]
    ) -> Double {
        var loss = 0.0
        gradient.withUnsafeMutableBufferPointer { gradient in
            for index in gradient.indices { gradient[index] = 0 }
            if withLoss {
                withUnsafeMutablePointer(to: &loss) { loss in
                    model.accumulate(batch, scratch: &scratch, loss: loss, gradient: gradient.baseAddress!)
                }
            } else {
                model.accumulate(batch, scratch: &scratch, loss: nil, gradient: gradient.baseAddress!)
            }
        }
        return loss
    }

    /// 0..<count in an order drawn from `generator` (Fisher–Yates, so it is the same everywhere).
    static func shuffled(_ count: Int, using generator: inout SplitMix64) -> [Int] {
        var order = Array(0..<count)
        for index in stride(from: count - 1, to: 0, by: -1) {
            let other = Int(generator.next() % UInt64(index + 1))
            order.swapAt(index, other)
        }
        return order
    }
}

/// Adam (β1 0.9, β2 0.999, ε 1e-8), as fsrs-rs steps it.
struct Adam {
    private var m = [Double](repeating: 0, count: FSRSParameters.bounds.count)
    private var v = [Double](repeating: 0, count: FSRSParameters.bounds.count)
    private var t = 0.0

    mutating func step(_ weights: inout [Double], gradient: [Double], rate: Double) {
        t += 1
        let correction1 = 1 - pow(0.9, t)
        let correction2 = 1 - pow(0.999, t)
        for index in weights.indices {
            m[index] = 0.9 * m[index] + 0.1 * gradient[index]
            v[index] = 0.999 * v[index] + 0.001 * gradient[index] * gradient[index]
            weights[index] -= rate * (m[index] / correction1) / ((v[index] / correction2).squareRoot() + 1e-8)
        }
    }
}

/// Why weights could not be fitted.
public enum OptimizerError: Error, Equatable, LocalizedError {
    /// `items` reviews were made a day or more after the card's previous one; `setAside` of them
    /// belong to cards whose first answer and wait are too rare to learn from (outliers, left
    /// out as fsrs-rs leaves them out), and fewer than `minimum` were left.
    case notEnoughHistory(items: Int, minimum: Int, setAside: Int = 0)

    public var errorDescription: String? {
        switch self {
        case let .notEnoughHistory(items, minimum, setAside):
            "there is too little review history to fit FSRS: \(items) review\(items == 1 ? " was" : "s were") "
                + "made a day or more after the card's previous one"
                + (setAside > 0
                    ? ", \(setAside) of them of cards whose first answer and the wait after it are too rare in the "
                        + "history to learn from (set aside, as Anki's optimiser does), which leaves \(items - setAside),"
                    : ",")
                + " and fitting needs at least \(minimum), Anki's minimum; keep studying and try again later"
        }
    }
}
