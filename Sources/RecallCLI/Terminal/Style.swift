import Foundation

/// ANSI styling, used only when writing to a terminal and NO_COLOR is not set.
/// All text that comes from decks, articles or imports goes through `Style.safe` first.
public struct Style: Sendable {
    public let enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    /// Colour when standard output is a terminal, NO_COLOR is unset (https://no-color.org)
    /// and TERM is not "dumb".
    public static func detect(environment: [String: String] = ProcessInfo.processInfo.environment) -> Style {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let dumb = environment["TERM"] == "dumb"
        return Style(enabled: isatty(STDOUT_FILENO) == 1 && !noColor && !dumb)
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1b}[\(code)m\(text)\u{1b}[0m" : text
    }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func red(_ text: String) -> String { wrap(text, "31") }
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    public func cyan(_ text: String) -> String { wrap(text, "36") }
}
