/// Untrusted text (from decks, articles, imports) made safe to print on a terminal: escape
/// sequences and other control characters are shown as visible symbols instead of being
/// interpreted, so a card cannot move the cursor, change colours or retitle the window.
public enum TerminalText {
    public static func sanitize(_ text: String, keepNewlines: Bool = true) -> String {
        // Printable ASCII (and tabs, and newlines when kept), most text, stays as it is.
        if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) || $0 == 0x09 || ($0 == 0x0A && keepNewlines) }) {
            return text
        }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where keepNewlines, 0x09:
                result.append(scalar)
            case 0x0A:
                result.append(" ")
            case 0x0D:
                continue
            case 0x00...0x1F:
                // Control Pictures block: ESC becomes ␛, BEL ␇ …
                result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                result.append("\u{2421}")
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                // C1 controls (CSI, OSC …) and bidirectional overrides that could disguise text.
                result.append("\u{FFFD}")
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }
}
