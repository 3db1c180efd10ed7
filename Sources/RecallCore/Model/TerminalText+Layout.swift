/// Laying text out on a terminal: how many columns it takes and wrapping it at word
/// boundaries. Wide characters (CJK, emoji) take two columns, combining marks none, and ANSI
/// escape sequences (colour) none, so styled text wraps where it looks as if it should.
extension TerminalText {
    /// The columns `text` takes on a terminal.
    public static func width(_ text: String) -> Int {
        var columns = 0
        var escape = EscapeScanner()
        for character in text where !escape.consumes(character) {
            columns += width(of: character)
        }
        return columns
    }

    /// The columns one grapheme takes: 0 for controls and zero-width marks, 2 for wide and
    /// emoji graphemes, else 1.
    public static func width(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        switch first.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x2060...0x2064, 0xFEFF: return 0
        default: break
        }
        if first.properties.generalCategory == .nonspacingMark || first.properties.generalCategory == .enclosingMark {
            return 0
        }
        if isWide(first) || character.unicodeScalars.contains(where: { $0.value == 0xFE0F })
            || (first.properties.isEmojiPresentation && first.value > 0xFF)
        {
            return 2
        }
        return 1
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15, UAX #11), where a terminal draws a
    /// character two columns wide.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `text` cut to at most `width` columns, the last one an ellipsis when cut.
    public static func truncated(_ text: String, toWidth width: Int) -> String {
        guard Self.width(text) > width else { return text }
        var result = ""
        var columns = 0
        for character in text {
            let next = Self.width(of: character)
            if columns + next > width - 1 { break }
            result.append(character)
            columns += next
        }
        return result + "…"
    }

    /// `text` wrapped at spaces so no line is wider than `width` columns. Each line keeps its
    /// own leading indentation for the lines it wraps into, or `hangingIndent` columns when
    /// given; a word wider than a whole line is broken. Runs of spaces inside a line are kept,
    /// spaces at a break are dropped. A `width` of nil or less than 10 leaves `text` as it is.
    public static func wrap(_ text: String, width: Int?, hangingIndent: Int? = nil) -> String {
        guard let width, width >= 10 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine(String($0), width: width, hangingIndent: hangingIndent) }
            .joined(separator: "\n")
    }

    private struct Word {
        var spaces = 0
        var text = ""
        var width = 0
    }

    private static func wrapLine(_ line: String, width: Int, hangingIndent: Int?) -> String {
        guard Self.width(line) > width else { return line }
        // Words, each with the spaces before it; an escape goes with the word it is next to.
        var words: [Word] = []
        var word = Word()
        var escape = EscapeScanner()
        for character in line {
            if escape.consumes(character) {
                word.text.append(character)
            } else if character == " " {
                if word.width > 0 {
                    words.append(word)
                    word = Word()
                }
                word.spaces += 1
            } else {
                word.text.append(character)
                word.width += Self.width(of: character)
            }
        }
        words.append(word)
        let indent = min(hangingIndent ?? words[0].spaces, width / 2)
        var lines: [String] = []
        var current = ""
        var column = 0
        var lineHasWord = false
        for var word in words {
            if lineHasWord, column + word.spaces + word.width > width {
                lines.append(current)
                current = String(repeating: " ", count: indent)
                column = indent
                word.spaces = 0
                lineHasWord = false
            }
            current += String(repeating: " ", count: word.spaces)
            column += word.spaces
            // A word wider than what is left of an empty line is broken where it reaches the edge.
            var escape = EscapeScanner()
            for character in word.text {
                let columns = escape.consumes(character) ? 0 : Self.width(of: character)
                if columns > 0, column + columns > width, column > indent {
                    lines.append(current)
                    current = String(repeating: " ", count: indent)
                    column = indent
                }
                current.append(character)
                column += columns
            }
            lineHasWord = lineHasWord || word.width > 0
        }
        lines.append(current)
        return lines.map { line in
            var line = line
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}

/// Recognises ANSI escape sequences (CSI `ESC [ … final`, and two-character `ESC x`) one
/// character at a time.
private struct EscapeScanner {
    private enum State { case text, escape, csi }
    private var state = State.text

    /// Whether `character` is part of an escape sequence.
    mutating func consumes(_ character: Character) -> Bool {
        switch state {
        case .text:
            guard character == "\u{1B}" else { return false }
            state = .escape
        case .escape:
            state = character == "[" ? .csi : .text
        case .csi:
            if let value = character.unicodeScalars.first?.value, (0x40...0x7E).contains(value) { state = .text }
        }
        return true
    }
}
