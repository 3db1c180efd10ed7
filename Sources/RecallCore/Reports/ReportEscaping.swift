/// Making untrusted text (card prompts, deck names, keys) safe for each output format.
enum ReportEscaping {
    /// Control characters made visible as their Control Pictures (ESC becomes `␛`), so a
    /// prompt cannot move the cursor, recolour a terminal or hide text (see `TerminalText`);
    /// line breaks and tabs become spaces, as every place a prompt appears in a report is one line.
    static func visible(_ text: String) -> String {
        let safe = TerminalText.sanitize(text, keepNewlines: false)
        return safe.contains("\t") ? safe.replacingOccurrences(of: "\t", with: " ") : safe
    }

    /// Text for HTML element content and quoted attribute values.
    static func html(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in visible(text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Text for a Markdown table cell: ASCII punctuation that Markdown or inline HTML reads
    /// is backslash-escaped, so it shows as written.
    static func markdown(_ text: String) -> String {
        var result = ""
        for character in visible(text) {
            if "\\`*_[]<>|~&".contains(character) { result += "\\" }
            result.append(character)
        }
        return result
    }

    /// One RFC 4180 field. Text from outside (`untrusted`) that a spreadsheet would read as a
    /// formula (= + - @, or a leading tab or carriage return) gets a leading apostrophe.
    static func csv(_ text: String, untrusted: Bool = true) -> String {
        var field = text
        if untrusted, let first = field.unicodeScalars.first,
           "=+-@\t\r".unicodeScalars.contains(first) {
            field = "'" + field
        }
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                || field != text
        else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// At most `width` terminal columns, the last one an ellipsis when cut.
    static func truncated(_ text: String, to width: Int) -> String {
        TerminalText.truncated(text, toWidth: width)
    }
}
