import Foundation

/// Medians and spreads of repeated measurements.
struct Measurements {
    var values: [Double] = []

    mutating func add(_ value: Double) { values.append(value) }

    var median: Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2]
            : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    func line(_ name: String, unit: String, target: String) -> String {
        let sorted = values.sorted()
        return "\(name): median \(format(median)) \(unit) (min \(format(sorted.first ?? .nan)), max \(format(sorted.last ?? .nan)), n=\(values.count)); target \(target)"
    }

    private func format(_ value: Double) -> String { String(format: value < 10 ? "%.2f" : "%.1f", value) }
}

func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// The `recall` binary built alongside this benchmark.
func recallBinary() -> URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("recall")
}
