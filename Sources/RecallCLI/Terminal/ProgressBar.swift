import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal
/// (so pipes and logs get nothing), and redrawn only when the shown percentage changes.
final class ProgressBar {
    private let enabled: Bool
    private var shown: (label: String, percent: Int)?

    init(enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.enabled = enabled
    }

    func update(_ label: String, done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        let percent = min(100, done * 100 / total)
        guard shown?.label != label || shown?.percent != percent else { return }
        shown = (label, percent)
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        let padded = label.padding(toLength: 18, withPad: " ", startingAt: 0)
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(padded) \(bar) \(percent)%".utf8))
    }

    /// Clears the line so the next message starts clean.
    func finish() {
        guard enabled, shown != nil else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        shown = nil
    }
}
