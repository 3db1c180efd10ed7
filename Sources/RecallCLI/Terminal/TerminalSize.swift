import Foundation

/// How wide the terminal is, for wrapping text at word boundaries.
enum TerminalSize {
    /// `COLUMNS` when it is set to a number, else the width of the terminal standard output
    /// is on; nil when output goes to a file or a pipe (nothing to fit).
    static func columns(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        descriptor: Int32 = STDOUT_FILENO
    ) -> Int? {
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        guard isatty(descriptor) == 1 else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
