/// Writing text as YAML scalars that libyaml reads back to exactly the same string.
enum YAMLText {
    /// `text` as it is when that is safe, else in double quotes with escapes.
    /// `inFlow` is for items of a `[a, b]` list, where `,[]{}` end a plain item (and `:#?` are
    /// quoted too, to be safe).
    static func scalar(_ text: String, inFlow: Bool = false) -> String {
        isSafePlain(text, inFlow: inFlow) ? text : doubleQuoted(text)
    }

    /// A list of texts in flow style: `[6000 miles, "6,000 mi"]`.
    static func flowList(_ items: [String]) -> String {
        "[" + items.map { scalar($0, inFlow: true) }.joined(separator: ", ") + "]"
    }

    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where isPrintable(scalar) && !isLineBreak(scalar): out.unicodeScalars.append(scalar)
            case _ where scalar.value <= 0xFF: out += "\\x" + hex(scalar.value, width: 2)
            case _ where scalar.value <= 0xFFFF: out += "\\u" + hex(scalar.value, width: 4)
            default: out += "\\U" + hex(scalar.value, width: 8)
            }
        }
        return out + "\""
    }

    /// Whether `text` can stand unquoted and still be read back as the same text. Errs on the
    /// side of quoting. The deck parser reads text values as written, so `2017` or `yes` need
    /// no quotes; only the null words do.
    static func isSafePlain(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if ["~", "null", "Null", "NULL"].contains(text) { return false }
        if first == " " || last == " " || last == ":" { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        for scalar in text.unicodeScalars {
            if !isPrintable(scalar) || isLineBreak(scalar) || scalar == "\t" || scalar == "\r" { return false }
            if inFlow, ",[]{}:#?".unicodeScalars.contains(scalar) { return false }
        }
        return true
    }

    /// libyaml's printable set: what may appear in a YAML file unescaped.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0x10000...0x10FFFF: true
        case 0xE000...0xFFFD: scalar.value != 0xFEFF
        default: false
        }
    }

    /// Characters YAML reads as line breaks.
    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        [0x0A, 0x0D, 0x85, 0x2028, 0x2029].contains(scalar.value)
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
