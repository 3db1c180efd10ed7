import Foundation
import RecallCore

/// The ranges values read back from the collection are held to. recall never writes values
/// outside them, but the file may have been written by an older version's import or edited
/// by hand: a due date in the year 292 billion or a review count of `Int64.max` would trap
/// the reports' date and sum arithmetic. Readers clamp each value into its range (a NaN
/// becomes the range's nearest sensible value), so a damaged row shows up as an odd date
/// instead of a crash.
enum StoredBounds {
    /// Epoch seconds from 1653 to 2286.
    static let seconds: ClosedRange<Double> = -10_000_000_000...10_000_000_000
    /// Day counts (intervals, elapsed days, steps): ±27,000 years.
    static let days: ClosedRange<Int> = -10_000_000...10_000_000
    /// Repetitions and lapses.
    static let count: ClosedRange<Int> = 0...100_000_000
    /// Answer times: up to a day.
    static let milliseconds: ClosedRange<Int> = 0...86_400_000
    /// FSRS stability (days) and difficulty.
    static let stability: ClosedRange<Double> = 0.0001...1_000_000
    static let difficulty: ClosedRange<Double> = 1...10

    static func seconds(_ value: Double) -> Double { clamp(value, to: seconds) }
    static func date(_ value: Double) -> Date { Date(timeIntervalSince1970: seconds(value)) }
    static func days(_ value: Int?) -> Int? { value.map { clamp($0, to: days) } }
    static func count(_ value: Int) -> Int { clamp(value, to: count) }
    static func milliseconds(_ value: Int?) -> Int? { value.map { clamp($0, to: milliseconds) } }

    static func memory(stability: Double?, difficulty: Double?) -> MemoryState? {
        guard let stability, let difficulty, !stability.isNaN, !difficulty.isNaN else { return nil }
        return MemoryState(stability: clamp(stability, to: Self.stability), difficulty: clamp(difficulty, to: Self.difficulty))
    }

    private static func clamp<Value: Comparable>(_ value: Value, to range: ClosedRange<Value>) -> Value {
        min(max(value, range.lowerBound), range.upperBound)
    }

    private static func clamp(_ value: Double, to range: ClosedRange<Double>) -> Double {
        value.isNaN ? max(range.lowerBound, min(0, range.upperBound)) : min(max(value, range.lowerBound), range.upperBound)
    }
}
