/// Makes untrusted text safe to print on a terminal. Imported decks come from strangers: a field
/// holding `ESC ] 52 ; …` could write to the clipboard, `ESC [ 2 J` could clear the screen, a
/// carriage return could overwrite what was printed before it. Every C0 and C1 control
/// character except line feed and tab is replaced by a visible stand-in, so the text is shown
/// rather than obeyed.
public enum TerminalSafe {
    /// `text` with ESC, CR, BEL, DEL, the other C0 controls and the C1 controls (U+0080…U+009F)
    /// replaced by their Unicode control pictures (`␛`, `␍`, `␇`, `␡`, …) or, for C1, by `�`.
    /// Line feeds and tabs are kept.
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isControl(scalar) ? stand(in: scalar) : scalar)
        }
        return String(scalars)
    }

    /// Whether `scalar` is a control character that `sanitize` replaces.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F, 0x80...0x9F: true
        default: false
        }
    }

    private static func stand(in scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        // The Control Pictures block mirrors C0 one to one: U+2400 + code.
        case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: "\u{2421}"
        default: "\u{FFFD}"
        }
    }
}
