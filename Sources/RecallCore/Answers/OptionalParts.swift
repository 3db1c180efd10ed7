/// The part of an answer that must be typed, when the rest is an aside: a parenthesised or
/// bracketed part ("cat (French)", "Baku [the capital]") or a secondary part after a dash or a
/// semicolon ("Baku — the capital", "chat; also minou"). The aside may be typed as well; the
/// essential part alone is enough.
public enum OptionalParts {
    /// `answer` without its asides, or nil when it has none or nothing would be left.
    public static func essential(of answer: String) -> String? {
        var kept = ""
        var depth = 0
        for character in answer {
            switch character {
            case "(", "[": depth += 1
            case ")" where depth > 0, "]" where depth > 0: depth -= 1
            default: if depth == 0 { kept.append(character) }
            }
        }
        guard depth == 0 else { return nil }  // an unclosed bracket is not an aside
        for separator in [" — ", " – ", " - ", "; "] {
            if let range = kept.range(of: separator) { kept = String(kept[..<range.lowerBound]) }
        }
        let trimmed = kept.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !AnswerText.isBlank(trimmed), trimmed != answer else { return nil }
        return trimmed
    }
}
