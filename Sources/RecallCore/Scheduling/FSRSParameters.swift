import Foundation

/// The 21 weights `w0 … w20` of the FSRS-6 memory model, checked against the bounds py-fsrs
/// 6.3.2 accepts. A value of this type always holds valid weights.
public struct FSRSParameters: Sendable, Equatable, Hashable, Codable {
    /// The weights, `weights[i]` being `wi`.
    public let weights: [Double]

    /// Checks `weights` against `bounds`; throws when there are not exactly 21 of them or
    /// when one lies outside its closed range.
    public init(weights: [Double]) throws(FSRSParametersError) {
        guard weights.count == Self.bounds.count else {
            throw .wrongCount(weights.count)
        }
        let outside = zip(weights.indices, weights).compactMap { index, value in
            Self.bounds[index].contains(value)
                ? nil : FSRSParametersError.OutOfBounds(index: index, value: value, bounds: Self.bounds[index])
        }
        guard outside.isEmpty else { throw .outOfBounds(outside) }
        self.weights = weights
    }

    public init(from decoder: any Decoder) throws {
        let weights = try decoder.singleValueContainer().decode([Double].self)
        try self.init(weights: weights)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(weights)
    }

    /// `wi`.
    public subscript(index: Int) -> Double { weights[index] }

    /// The weights py-fsrs 6.3.2 ships (`DEFAULT_PARAMETERS`).
    public static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    /// The default weights (known to be valid, so no check is needed).
    public static let `default` = FSRSParameters(unchecked: defaultWeights)

    private init(unchecked weights: [Double]) { self.weights = weights }

    /// `weights` (exactly 21) each moved into its range: what a fit produces.
    public init(clamped weights: [Double]) {
        precondition(weights.count == Self.bounds.count, "FSRS has \(Self.bounds.count) weights")
        self.weights = zip(weights, Self.bounds).map { min(max($0, $1.lowerBound), $1.upperBound) }
    }

    /// The closed range each weight must lie in (py-fsrs `LOWER_BOUNDS_PARAMETERS` and
    /// `UPPER_BOUNDS_PARAMETERS`).
    public static let bounds: [ClosedRange<Double>] = [
        0.001...100, 0.001...100, 0.001...100, 0.001...100,  // w0-w3: initial stabilities
        1...10, 0.001...4, 0.001...4, 0.001...0.75,  // w4-w7: difficulty
        0...4.5, 0...0.8, 0.001...3.5,  // w8-w10: recall stability
        0.001...5, 0.001...0.25, 0.001...0.9, 0...4,  // w11-w14: forget stability
        0...1, 1...6,  // w15 hard penalty, w16 easy bonus
        0...2, 0...2, 0...0.8,  // w17-w19: short-term stability
        0.1...0.8,  // w20: decay
    ]
}

/// Why a list of FSRS weights was refused.
public enum FSRSParametersError: Error, Equatable, LocalizedError {
    /// One weight outside its range.
    public struct OutOfBounds: Sendable, Equatable, Hashable {
        public var index: Int
        public var value: Double
        public var bounds: ClosedRange<Double>
    }

    case wrongCount(Int)
    case outOfBounds([OutOfBounds])

    public var errorDescription: String? {
        switch self {
        case .wrongCount(let count):
            "FSRS needs \(FSRSParameters.bounds.count) parameters, but \(count) were given."
        case .outOfBounds(let problems):
            problems.map {
                "FSRS parameter w\($0.index) = \($0.value) is outside its range "
                    + "\($0.bounds.lowerBound)…\($0.bounds.upperBound)."
            }.joined(separator: "\n")
        }
    }
}
