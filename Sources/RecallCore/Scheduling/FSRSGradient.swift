import Foundation

/// The log loss of FSRS-6's predictions over cards' histories and its exact gradient with
/// respect to the 21 weights, for fitting them (`ParameterOptimizer`). Reverse mode, as fsrs-rs
/// computes it: a forward pass replays the cards with the formulas of `FSRS.swift` and notes, for
/// every answer, the partial derivatives of the new stability and difficulty (worked out by hand
/// from the formulas); a backward pass carries the loss's derivative back through each card's
/// answers and collects it per weight. The tests check the loss against `FSRS.nextMemory` and
/// the gradient against small steps.
///
/// Training follows fsrs-rs (the optimiser in Anki) where it differs from py-fsrs: stability
/// is kept within `minimumStability…maximumTrainingStability` and difficulty within 1…10 after
/// every answer, and a clamped value has no derivative.
///
/// Cards of a batch that begin with the same answers (the same ratings after the same waits)
/// share those answers' forward pass (`Batch`): the memory after them is the same, computed once
/// with the same operations, so the figures are those of replaying every card on its own.
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

    // The weights the answers use, and what depends on the weights alone, worked out once per
    // model rather than once per answer (each with the expression the formulas write).
    private let decay: Double
    private let factor: Double
    /// d factor / d w20.
    private let dFactorDW20: Double
    private let expW8: Double
    private let w7: Double, oneMinusW7: Double
    private let w9: Double, w10: Double, w11: Double, w12: Double, w13: Double, w14: Double
    private let w17: Double, w18: Double, w19: Double
    /// D0(Easy), the target of mean reversion, w7 times it, and its derivative by w5.
    private let easyStart: Double
    private let revertedStart: Double
    private let dEasyStartDW5: Double
    private let shortTermDivisor: Double
    /// Per rating (index rating − 1).
    private let byRating: (PerRating, PerRating, PerRating, PerRating)

    /// What depends on the weights and one rating.
    private struct PerRating {
        /// The first answer's stability and difficulty (clamped), whether they were inside the
        /// bounds, `e^(w5·(G − 1))` and G − 1.
        var initialStability = 0.0, initialDifficulty = 0.0
        var initialStabilityFree = false, initialDifficultyFree = false
        var expW5Grade = 0.0, grade = 0.0
        /// G, G − 3 + w18, w17·(G − 3 + w18); the difficulty step `−w6·(G − 3)` and ∂D'/∂D
        /// when unclamped; the hard penalty or easy bonus (1 for Good).
        var g = 0.0, shortTermOffset = 0.0, shortTermExponent = 0.0
        var delta = 0.0, dFromD = 0.0, bonus = 1.0
    }

    public init(_ model: FSRS) {
        let w = model.parameters.weights
        decay = model.decay
        factor = model.factor
        // decay = −w20 and factor = 0.9^(1/decay) − 1, both functions of w20.
        dFactorDW20 = (model.factor + 1) * log(0.9) / (model.decay * model.decay)
        expW8 = exp(w[8])
        easyStart = w[4] - exp(3 * w[5]) + 1
        revertedStart = w[7] * easyStart
        dEasyStartDW5 = -3 * exp(3 * w[5])
        shortTermDivisor = exp(w[17] * w[18])
        (w7, oneMinusW7) = (w[7], 1 - w[7])
        (w9, w10, w11, w12, w13, w14) = (w[9], w[10], w[11], w[12], w[13], w[14])
        (w17, w18, w19) = (w[17], w[18], w[19])
        func perRating(_ rating: Rating) -> PerRating {
            var entry = PerRating()
            let s = w[rating.rawValue - 1]
            entry.initialStabilityFree = s >= FSRS.minimumStability && s <= Self.maximumTrainingStability
            entry.initialStability = min(max(s, FSRS.minimumStability), Self.maximumTrainingStability)
            entry.grade = Double(rating.rawValue - 1)
            entry.expW5Grade = exp(w[5] * entry.grade)
            let rawDifficulty = w[4] - entry.expW5Grade + 1
            entry.initialDifficultyFree = FSRS.difficultyRange.contains(rawDifficulty)
            entry.initialDifficulty = min(max(rawDifficulty, 1), 10)
            let g = Double(rating.rawValue)
            entry.g = g
            entry.shortTermOffset = g - 3 + w[18]
            entry.shortTermExponent = w[17] * (g - 3 + w[18])
            entry.delta = -w[6] * (g - 3)
            entry.dFromD = (1 - w[7]) * (1 - entry.delta / 9)
            entry.bonus = rating == .hard ? w[15] : rating == .easy ? w[16] : 1
            return entry
        }
        byRating = (perRating(.again), perRating(.hard), perRating(.good), perRating(.easy))
    }

    @inline(__always) private func constants(_ rating: UInt8) -> PerRating {
        switch rating {
        case 1: byRating.0
        case 2: byRating.1
        case 3: byRating.2
        default: byRating.3
        }
    }

    /// Cards laid out for the passes: every distinct beginning of a card's history (its answers
    /// up to one, the same ratings after the same waits) is one node, replayed once however many
    /// cards share it; each card is the list of its nodes, with the weights of its items.
    struct Batch: Sendable {
        /// Per node: the node of the answer before (−1 for a first answer), the days since it,
        /// the rating, and whether a card goes on after it.
        var parent: [Int32] = []
        var elapsedDays: [Double] = []
        var rating: [UInt8] = []
        var continues: [Bool] = []
        /// Per answer of every card, cards one after another: its node and its item's weight.
        var path: [Int32] = []
        var weights: [Double] = []
        /// Where each card's answers begin in `path`, and the end of the last.
        var cardStarts: [Int] = [0]
        private(set) var itemCount = 0
        // While building: each node's first child and next sibling, the first answers' nodes.
        private var firstChild: [Int32] = []
        private var nextSibling: [Int32] = []
        private var firstNode: (Int32, Int32, Int32, Int32) = (-1, -1, -1, -1)

        init() {}

        var cardCount: Int { cardStarts.count - 1 }
        var nodeCount: Int { parent.count }

        /// Adds a card: its answers up to its last item, the first answer first (before
        /// `finish()`).
        mutating func append(_ answers: some Collection<Answer>) {
            var node: Int32 = -1
            for answer in answers {
                node = child(of: node, elapsedDays: node < 0 ? 0 : answer.elapsedDays, rating: UInt8(answer.rating.rawValue))
                path.append(node)
                weights.append(answer.weight)
                if answer.weight > 0 { itemCount += 1 }
            }
            cardStarts.append(path.count)
        }

        private mutating func child(of node: Int32, elapsedDays: Double, rating: UInt8) -> Int32 {
            var candidate = node < 0 ? first(rating) : firstChild[Int(node)]
            while candidate >= 0 {
                let index = Int(candidate)
                if rating == self.rating[index], elapsedDays == self.elapsedDays[index] { return candidate }
                candidate = nextSibling[index]
            }
            let new = Int32(parent.count)
            parent.append(node)
            self.elapsedDays.append(elapsedDays)
            self.rating.append(rating)
            continues.append(false)
            firstChild.append(-1)
            if node < 0 {
                nextSibling.append(-1)
                switch rating {
                case 1: firstNode.0 = new
                case 2: firstNode.1 = new
                case 3: firstNode.2 = new
                default: firstNode.3 = new
                }
            } else {
                continues[Int(node)] = true
                nextSibling.append(firstChild[Int(node)])
                firstChild[Int(node)] = new
            }
            return new
        }

        private func first(_ rating: UInt8) -> Int32 {
            switch rating {
            case 1: firstNode.0
            case 2: firstNode.1
            case 3: firstNode.2
            default: firstNode.3
            }
        }

        /// Numbers the nodes by their depth (first answers, then second answers, …), so that
        /// the forward pass goes through nodes that do not wait for one another, and drops what
        /// only building needed.
        mutating func finish() {
            firstChild = []
            nextSibling = []
            let count = parent.count
            var depth = [Int](repeating: 0, count: count)
            var deepest = 0
            for node in 0..<count where parent[node] >= 0 {
                depth[node] = depth[Int(parent[node])] + 1
                deepest = max(deepest, depth[node])
            }
            var starts = [Int](repeating: 0, count: deepest + 2)
            for node in 0..<count { starts[depth[node] + 1] += 1 }
            for level in 0...deepest { starts[level + 1] += starts[level] }
            var renumbered = [Int32](repeating: 0, count: count)
            for node in 0..<count {
                renumbered[node] = Int32(starts[depth[node]])
                starts[depth[node]] += 1
            }
            var (newParent, newElapsed) = ([Int32](repeating: -1, count: count), [Double](repeating: 0, count: count))
            var (newRating, newContinues) = ([UInt8](repeating: 0, count: count), [Bool](repeating: false, count: count))
            for node in 0..<count {
                let new = Int(renumbered[node])
                newParent[new] = parent[node] < 0 ? -1 : renumbered[Int(parent[node])]
                (newElapsed[new], newRating[new], newContinues[new]) = (elapsedDays[node], rating[node], continues[node])
            }
            (parent, elapsedDays, rating, continues) = (newParent, newElapsed, newRating, newContinues)
            for index in path.indices { path[index] = renumbered[Int(path[index])] }
            firstNode = (-1, -1, -1, -1)
        }
    }

    /// What the backward pass needs of one node.
    struct Tape {
        /// ∂S'/∂S and ∂S'/∂D (R held fixed), ∂S'/∂R; ∂D'/∂D.
        var sFromS = 0.0, sFromD = 0.0, sFromR = 0.0, dFromD = 0.0
        /// ∂R/∂S, ∂R/∂w20; the predicted recall clamped for the loss, and whether it was inside.
        var rFromS = 0.0, rFromW20 = 0.0, p = 0.0
        var pFree = false
        /// Which weights S' depends on directly (`Partials`), with the derivatives.
        var kind = Partials.none
        var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
        /// ∂D'/∂w4…w7.
        var d0 = 0.0, d1 = 0.0, d2 = 0.0, d3 = 0.0
    }

    /// The weights S' depends on directly, in the order of `Tape.s0…s3`.
    enum Partials: UInt8 {
        case none
        /// w17, w18, w19.
        case shortTerm
        /// w8, w9, w10, and w15 (Hard) or w16 (Easy).
        case recallGood, recallHard, recallEasy
        /// w17, w18.
        case forgetShortTerm
        /// w11, w12, w13, w14.
        case forgetLongTerm
    }

    /// Reusable space for the passes.
    struct Scratch {
        var tape: [Tape] = []
        var stability: [Double] = []
        var difficulty: [Double] = []

        mutating func reserve(_ count: Int) {
            guard tape.count < count else { return }
            tape = [Tape](repeating: Tape(), count: count)
            stability = [Double](repeating: 0, count: count)
            difficulty = [Double](repeating: 0, count: count)
        }
    }

    /// Adds the weighted log loss of the batch's items to `loss` (when given) and its gradient
    /// to `gradient` (21 slots), card after card in the batch's order.
    func accumulate(
        _ batch: Batch, scratch: inout Scratch, loss: UnsafeMutablePointer<Double>?,
        gradient: UnsafeMutablePointer<Double>
    ) {
        scratch.reserve(batch.nodeCount)
        scratch.tape.withUnsafeMutableBufferPointer { tape in
            scratch.stability.withUnsafeMutableBufferPointer { stability in
                scratch.difficulty.withUnsafeMutableBufferPointer { difficulty in
                    forward(batch, tape.baseAddress!, stability.baseAddress!, difficulty.baseAddress!)
                }
            }
            if let loss { collectLoss(batch, tape.baseAddress!, into: loss) }
            backward(batch, tape.baseAddress!, gradient)
        }
    }

    /// Replays every node once, parents before children.
    private func forward(
        _ batch: Batch, _ tape: UnsafeMutablePointer<Tape>, _ stability: UnsafeMutablePointer<Double>,
        _ difficulty: UnsafeMutablePointer<Double>
    ) {
        batch.parent.withUnsafeBufferPointer { parents in
        batch.elapsedDays.withUnsafeBufferPointer { elapsed in
        batch.rating.withUnsafeBufferPointer { ratings in
        batch.continues.withUnsafeBufferPointer { continues in
            for node in 0..<parents.count {
                let rating = ratings[node]
                let c = constants(rating)
                let parent = Int(parents[node])
                if parent < 0 {
                    stability[node] = c.initialStability
                    difficulty[node] = c.initialDifficulty
                    continue
                }
                let s = stability[parent]
                let d = difficulty[parent]
                var entry = Tape()
                var next: Double
                let t = elapsed[node]
                if t > 0 {
                    // R = (1 + factor·t/S)^decay.
                    let base = 1 + factor * t / s
                    let logBase = log(base)
                    let r = exp(decay * logBase)
                    entry.rFromS = r * decay * (-factor * t / (s * s)) / base
                    entry.rFromW20 = r * (-logBase + decay * (t / s) * dFactorDW20 / base)
                    let p = min(max(r, 1e-7), 1 - 1e-7)
                    entry.p = p
                    entry.pFree = p == r
                    guard continues[node] else {
                        tape[node] = entry
                        continue
                    }
                    next = rating == 1 ? forget(s, d, r, &entry) : recall(s, d, r, c, &entry)
                } else {
                    next = shortTerm(s, c, rating, &entry)
                }
                if next < FSRS.minimumStability || next > Self.maximumTrainingStability {
                    next = min(max(next, FSRS.minimumStability), Self.maximumTrainingStability)
                    entry.sFromS = 0
                    entry.sFromD = 0
                    entry.sFromR = 0
                    entry.kind = .none
                }
                // Difficulty: linear damping towards 10, then mean reversion towards D0(Easy).
                let delta = c.delta
                let damped = d + (10 - d) * delta / 9
                let nextD = revertedStart + oneMinusW7 * damped
                if FSRS.difficultyRange.contains(nextD) {
                    entry.dFromD = c.dFromD
                    entry.d0 = w7
                    entry.d1 = w7 * dEasyStartDW5
                    entry.d2 = oneMinusW7 * (-(10 - d) * (c.g - 3) / 9)
                    entry.d3 = easyStart - damped
                }
                tape[node] = entry
                stability[node] = next
                difficulty[node] = min(max(nextD, 1), 10)
            }
        }
        }
        }
        }
    }

    /// Subtracts each item's weighted log-likelihood, card after card, answer after answer.
    private func collectLoss(_ batch: Batch, _ tape: UnsafeMutablePointer<Tape>, into loss: UnsafeMutablePointer<Double>) {
        batch.path.withUnsafeBufferPointer { path in
        batch.weights.withUnsafeBufferPointer { weights in
        batch.elapsedDays.withUnsafeBufferPointer { elapsed in
        batch.rating.withUnsafeBufferPointer { ratings in
            var total = loss.pointee
            for card in 0..<batch.cardCount {
                let start = batch.cardStarts[card]
                for index in start + 1..<batch.cardStarts[card + 1] {
                    let node = Int(path[index])
                    let weight = weights[index]
                    guard elapsed[node] > 0, weight > 0 else { continue }
                    let p = tape[node].p
                    total -= weight * log(ratings[node] != 1 ? p : 1 - p)
                }
            }
            loss.pointee = total
        }
        }
        }
        }
    }

    /// Carries the loss's derivative back through each card's answers, last to first.
    private func backward(_ batch: Batch, _ tape: UnsafeMutablePointer<Tape>, _ gradient: UnsafeMutablePointer<Double>) {
        batch.path.withUnsafeBufferPointer { path in
        batch.weights.withUnsafeBufferPointer { weights in
        batch.elapsedDays.withUnsafeBufferPointer { elapsed in
        batch.rating.withUnsafeBufferPointer { ratings in
            @inline(__always) func lossFromR(_ index: Int, _ node: Int) -> Double {
                let weight = weights[index]
                guard elapsed[node] > 0, weight > 0, tape[node].pFree else { return 0 }
                let p = tape[node].p
                return ratings[node] != 1 ? -weight / p : weight / (1 - p)
            }
            // The sums in locals rather than in memory, each added to in the same order.
            var (g0, g1, g2, g3, g4, g5, g6) = (gradient[0], gradient[1], gradient[2], gradient[3], gradient[4], gradient[5], gradient[6])
            var (g7, g8, g9, g10, g11, g12, g13) = (gradient[7], gradient[8], gradient[9], gradient[10], gradient[11], gradient[12], gradient[13])
            var (g14, g15, g16, g17, g18, g19, g20) = (gradient[14], gradient[15], gradient[16], gradient[17], gradient[18], gradient[19], gradient[20])
            for card in 0..<batch.cardCount {
                let start = batch.cardStarts[card]
                let last = batch.cardStarts[card + 1] - 1
                // The last answer: nothing comes after it, only its recall counts.
                var gS = 0.0
                var gD = 0.0
                if last > start {
                    let node = Int(path[last])
                    let gR = lossFromR(last, node)
                    g20 += gR * tape[node].rFromW20
                    gS = 0.0 + gR * tape[node].rFromS
                }
                var index = last - 1
                while index > start {
                    let node = Int(path[index])
                    let entry = tape[node]
                    let gR = gS * entry.sFromR + lossFromR(index, node)
                    switch entry.kind {
                    case .none: break
                    case .shortTerm:
                        g17 += gS * entry.s0
                        g18 += gS * entry.s1
                        g19 += gS * entry.s2
                    case .recallGood, .recallHard, .recallEasy:
                        g8 += gS * entry.s0
                        g9 += gS * entry.s1
                        g10 += gS * entry.s2
                        if entry.kind == .recallHard { g15 += gS * entry.s3 }
                        if entry.kind == .recallEasy { g16 += gS * entry.s3 }
                    case .forgetShortTerm:
                        g17 += gS * entry.s0
                        g18 += gS * entry.s1
                    case .forgetLongTerm:
                        g11 += gS * entry.s0
                        g12 += gS * entry.s1
                        g13 += gS * entry.s2
                        g14 += gS * entry.s3
                    }
                    g4 += gD * entry.d0
                    g5 += gD * entry.d1
                    g6 += gD * entry.d2
                    g7 += gD * entry.d3
                    g20 += gR * entry.rFromW20
                    let previousS = gS * entry.sFromS + gR * entry.rFromS
                    gD = gS * entry.sFromD + gD * entry.dFromD
                    gS = previousS
                    index -= 1
                }
                let first = ratings[Int(path[start])]
                let c = constants(first)
                if c.initialStabilityFree {
                    switch first {
                    case 1: g0 += gS
                    case 2: g1 += gS
                    case 3: g2 += gS
                    default: g3 += gS
                    }
                }
                if c.initialDifficultyFree {
                    g4 += gD
                    g5 -= gD * c.grade * c.expW5Grade
                }
            }
            (gradient[0], gradient[1], gradient[2], gradient[3], gradient[4], gradient[5], gradient[6]) = (g0, g1, g2, g3, g4, g5, g6)
            (gradient[7], gradient[8], gradient[9], gradient[10], gradient[11], gradient[12], gradient[13]) = (g7, g8, g9, g10, g11, g12, g13)
            (gradient[14], gradient[15], gradient[16], gradient[17], gradient[18], gradient[19], gradient[20]) = (g14, g15, g16, g17, g18, g19, g20)
        }
        }
        }
        }
    }

    /// `S · e^(w17·(G − 3 + w18)) · S^(−w19)`, at least S for Hard, Good and Easy.
    @inline(__always)
    private func shortTerm(_ s: Double, _ c: PerRating, _ rating: UInt8, _ entry: inout Tape) -> Double {
        let logS = log(s)
        let logIncrease = c.shortTermExponent - w19 * logS
        if rating != 1, logIncrease < 0 {
            entry.sFromS = 1
            return s
        }
        let next = s * exp(logIncrease)
        entry.sFromS = next * (1 - w19) / s
        entry.kind = .shortTerm
        (entry.s0, entry.s1, entry.s2) = (next * c.shortTermOffset, next * w17, -next * logS)
        return next
    }

    /// `S · (1 + e^w8 · (11 − D) · S^(−w9) · (e^((1 − R)·w10) − 1) · h · b)`.
    @inline(__always)
    private func recall(_ s: Double, _ d: Double, _ r: Double, _ c: PerRating, _ entry: inout Tape) -> Double {
        // One of the hard penalty and the easy bonus is 1, so one factor `bonus` gives the same
        // products as both.
        let bonus = c.bonus
        let growth = exp(w10 * (1 - r))
        let logS = log(s)
        let common = expW8 * (11 - d) * exp(-w9 * logS)
        let unbonused = common * (growth - 1)
        let k = unbonused * bonus
        entry.sFromS = 1 + k - w9 * k
        entry.sFromD = -s * common * (growth - 1) * bonus / (11 - d)
        entry.sFromR = -s * common * w10 * growth * bonus
        entry.kind = c.g == 2 ? .recallHard : c.g == 4 ? .recallEasy : .recallGood
        (entry.s0, entry.s1, entry.s2, entry.s3) = (s * k, -s * k * logS, s * common * (1 - r) * growth * bonus, s * unbonused)
        return s * (1 + k)
    }

    /// `min(w11 · D^(−w12) · ((S + 1)^w13 − 1) · e^((1 − R)·w14), S / e^(w17·w18))`.
    @inline(__always)
    private func forget(_ s: Double, _ d: Double, _ r: Double, _ entry: inout Tape) -> Double {
        let shortTerm = s / shortTermDivisor
        let logGrown = log(s + 1)
        let logD = log(d)
        let grown = exp(w13 * logGrown)
        let longTerm = w11 * exp(-w12 * logD) * (grown - 1) * exp((1 - r) * w14)
        if shortTerm < longTerm {
            entry.sFromS = shortTerm / s
            entry.kind = .forgetShortTerm
            (entry.s0, entry.s1) = (-shortTerm * w18, -shortTerm * w17)
            return shortTerm
        }
        entry.sFromS = longTerm * w13 * grown / ((s + 1) * (grown - 1))
        entry.sFromD = -w12 * longTerm / d
        entry.sFromR = -w14 * longTerm
        entry.kind = .forgetLongTerm
        (entry.s0, entry.s1, entry.s2, entry.s3) = (longTerm / w11, -longTerm * logD, longTerm * grown * logGrown / (grown - 1), longTerm * (1 - r))
        return longTerm
    }
}
