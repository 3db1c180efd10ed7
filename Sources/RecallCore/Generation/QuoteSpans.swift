/// Quotations in a sentence: pairs of curly or straight double quotes.
enum QuoteSpans {
    /// Token ranges of quotations, marks excluded.
    static func quotes(_ tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var open: Int?
        var straightOpen: Int?
        for (index, token) in tokens.enumerated() where token.isPunctuation {
            switch token.text {
            case "\u{201C}":
                open = index
            case "\u{201D}":
                if let start = open {
                    result.append((start + 1)..<index)
                    open = nil
                }
            case "\"":
                if let start = straightOpen {
                    result.append((start + 1)..<index)
                    straightOpen = nil
                } else {
                    straightOpen = index
                }
            default:
                break
            }
        }
        // A quote still open at the end of the sentence runs to its end.
        if let start = open ?? straightOpen, start + 1 < tokens.count {
            result.append((start + 1)..<tokens.count)
        }
        return result
    }

    /// "…, “and we made a deal today”": a quotation that carries on the sentence around it,
    /// opening with a lower-case "and", "but", "or" or "so" — the speaker's words joined to the
    /// writer's, no claim of its own.
    static func continuesTheSentence(_ tokens: [Token], _ quote: Range<Int>) -> Bool {
        guard let first = tokens[quote].first(where: \.isWord) else { return false }
        return !first.isCapitalized && ["and", "but", "or", "so"].contains(first.lower)
    }

    static func isQuoted(_ tokens: [Token], _ index: Int) -> Bool {
        quotes(tokens).contains { $0.contains(index) }
    }
}
