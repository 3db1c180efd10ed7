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
        // The largest unit the interval fills at least once.
        let unit = units.last(where: { magnitude >= $0.seconds }) ?? units[0]
        var text = String(format: unit.decimals ? "%.1f" : "%.0f", magnitude / unit.seconds)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return (seconds < 0 ? "-" : "") + text + unit.name
    }

    /// The label for what an answer did: its whole-day interval in review, else the wait.
    public static func short(for log: ReviewLog) -> String {
        short(seconds: log.scheduledDays.map { Double($0) * 86_400 } ?? log.intervalSeconds)
    }
}
