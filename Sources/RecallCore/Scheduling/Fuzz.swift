/// The seed of one review's fuzz: the card's key and how many reviews it had before this one
/// (`CardState.reps`). The same seed always gives the same fuzz, so an interval shown in a
/// preview is the one the review applies, on every machine and run.
public struct FuzzSeed: Sendable, Hashable {
    public var cardKey: String
    public var reviewCount: Int

    public init(cardKey: String, reviewCount: Int) {
        self.cardKey = cardKey
        self.reviewCount = reviewCount
    }

    /// A number in `0..<1` that stands in for py-fsrs's `random.random()`.
    ///
    /// 64-bit FNV-1a of the key's UTF-8 bytes (`CardKey.fnv1a`), plus the review count times
    /// the golden-ratio constant, through SplitMix64's output function; the top 53 bits of the
    /// result, scaled by 2⁻⁵³. Stable across platforms and releases (Swift's `Hasher` is not).
    public var unitValue: Double {
        let count = UInt64(bitPattern: Int64(reviewCount))
        let mixed = Self.splitMix64(CardKey.fnv1a(cardKey) &+ count &* 0x9E37_79B9_7F4A_7C15)
        return Double(mixed >> 11) * 0x1p-53
    }

    /// SplitMix64's step: add the golden gamma, then mix.
    static func splitMix64(_ state: UInt64) -> UInt64 {
        var z = state &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// py-fsrs 6.3.2's interval fuzz (`_get_fuzzed_interval`), for intervals in review.
public enum Fuzz {
    /// The range py-fsrs draws from for an interval of `days` (before its rounding quirk,
    /// see `fuzzedDays`), or nil when `days` is too short to fuzz (below 2.5).
    public static func range(days: Int, maximumInterval: Int) -> ClosedRange<Int>? {
        guard Double(days) >= 2.5 else { return nil }
        let n = Double(days)
        // FUZZ_RANGES, summed in py-fsrs's order so that the doubles agree.
        var delta = 1.0
        delta += 0.15 * max(min(n, 7.0) - 2.5, 0.0)
        delta += 0.1 * max(min(n, 20.0) - 7.0, 0.0)
        delta += 0.05 * max(n - 20.0, 0.0)
        let high = min(Int((n + delta).rounded(.toNearestOrEven)), maximumInterval)
        let low = min(max(2, Int((n - delta).rounded(.toNearestOrEven))), high)
        return low...high
    }

    /// The fuzzed interval for `days` and a draw `u` in `0..<1`. Like py-fsrs it rounds
    /// `u · (hi − lo + 1) + lo` half to even, so the result can be `hi + 1` (at half the weight
    /// of the inner values, as can `lo`); it never exceeds `maximumInterval`.
    public static func fuzzedDays(_ days: Int, u: Double, maximumInterval: Int) -> Int {
        guard let range = range(days: days, maximumInterval: maximumInterval) else { return days }
        let width = Double(range.upperBound - range.lowerBound + 1)
        let drawn = Int((u * width + Double(range.lowerBound)).rounded(.toNearestOrEven))
        return min(drawn, maximumInterval)
    }
}
