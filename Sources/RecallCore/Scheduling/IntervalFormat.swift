import Foundation

/// Short interval labels like Anki's answer buttons: "30s", "1m", "10m", "1h", "1.5h", "3d",
/// "1.5mo", "2.1y". Seconds, minutes and days are whole; hours, months and years keep one
/// decimal when it is not zero. A month is a twelfth of a 365-day year.
public enum IntervalFormat {
    private static let units: [(name: String, seconds: Double, decimals: Bool)] = [
        ("s", 1, false), ("m", 60, false), ("h", 3_600, true), ("d", 86_400, false),
        ("mo", 86_400 * 365 / 12, true), ("y", 86_400 * 365, true),
    ]

    public static func short(seconds: Double) -> String {
        guard seconds.isFinite else { return "∞" }
        let magnitude = abs(seconds)
        // The largest unit the interval fills at least once, once rounded to that unit's
        // precision: 59.7 seconds is "1m", not "60s".
        var index = units.lastIndex(where: { magnitude >= $0.seconds }) ?? 0
        var (value, text) = rounded(magnitude, in: units[index])
        if index + 1 < units.count, value * units[index].seconds >= units[index + 1].seconds {
            index += 1
            (value, text) = rounded(magnitude, in: units[index])
        }
        return (seconds < 0 ? "-" : "") + text + units[index].name
    }

    private static func rounded(_ seconds: Double, in unit: (name: String, seconds: Double, decimals: Bool)) -> (Double, String) {
        let scale = unit.decimals ? 10.0 : 1.0
        let value = (seconds / unit.seconds * scale).rounded() / scale
        var text = String(format: unit.decimals ? "%.1f" : "%.0f", value)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return (value, text)
    }

    /// The label for what an answer did: its whole-day interval in review, else the wait.
    /// Answer buttons, "Next in …" and `recall card info` all use it.
    public static func short(for log: ReviewLog) -> String {
        short(scheduledDays: log.scheduledDays, intervalSeconds: log.intervalSeconds)
    }

    public static func short(scheduledDays: Int?, intervalSeconds: Double) -> String {
        short(seconds: scheduledDays.map { Double($0) * 86_400 } ?? intervalSeconds)
    }
}
