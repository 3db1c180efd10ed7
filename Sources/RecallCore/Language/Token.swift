/// A word, number or punctuation mark of a sentence, with its scalar range in the sentence.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case word, number, punctuation }

    var kind: Kind
    var text: String
    /// Lower-cased text.
    var lower: String
    var start: Int
    var end: Int
    /// Starts with an upper-case letter.
    var isCapitalized: Bool

    var range: Range<Int> { start..<end }
    var isWord: Bool { kind == .word }
    var isPunctuation: Bool { kind == .punctuation }
    /// The word without a possessive "’s" / "'s" or "’".
    var stem: String {
        if lower.hasSuffix("’s") || lower.hasSuffix("'s") { return String(text.dropLast(2)) }
        if (lower.hasSuffix("’") || lower.hasSuffix("'")) && text.count > 1 { return String(text.dropLast()) }
        return text
    }
    var isPossessive: Bool { lower.hasSuffix("’s") || lower.hasSuffix("'s") }
}

enum Tokenizer {
    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        let count = scalars.count
        func isAlnum(_ i: Int) -> Bool {
            i < count && scalars[i].isLetterOrDigit
        }
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < count && ("0"..."9").contains(scalars[i]) }
        while index < count {
            let scalar = scalars[index]
            if scalar.isSpace {
                index += 1
                continue
            }
            guard isAlnum(index) else {
                tokens.append(make(.punctuation, scalars, index, index + 1))
                index += 1
                continue
            }
            var end = index + 1
            while end < count {
                if isAlnum(end) {
                    end += 1
                    continue
                }
                let joiner = scalars[end]
                if (joiner == "-" || joiner == "'" || joiner == "\u{2019}") && isAlnum(end + 1) {
                    end += 2
                } else if (joiner == "," || joiner == ".") && isDigit(end - 1) && isDigit(end + 1) {
                    end += 2
                } else if joiner == "." && isAlnum(end + 1) && end - 1 >= index
                            && scalars[end - 1].isUpper {
                    end += 2  // U.S, U.K
                } else {
                    break
                }
            }
            // Possessive of a plural: "countries’" stays a word; trailing period of an
            // abbreviation or acronym belongs to the word.
            if end < count, scalars[end] == "." {
                let word = String(String.UnicodeScalarView(scalars[index..<end]))
                if word.contains(".") || SentenceSplitter.abbreviations.contains(word.lowercased())
                    || (word.unicodeScalars.count == 1 && word.unicodeScalars.first!.isUpper) {
                    // Only when not the sentence's last character or when followed by more text.
                    if end + 1 < count { end += 1 }
                }
            }
            let allDigits = scalars[index..<end].allSatisfy { ("0"..."9").contains($0) || $0 == "," || $0 == "." }
            tokens.append(make(allDigits ? .number : .word, scalars, index, end))
            index = end
        }
        return tokens
    }

    private static func make(_ kind: Token.Kind, _ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Token {
        let text = String(String.UnicodeScalarView(scalars[start..<end]))
        let lower = scalars[start..<end].allSatisfy { !$0.isUpper } ? text : text.lowercased()
        return Token(kind: kind, text: text, lower: lower, start: start, end: end, isCapitalized: scalars[start].isUpper)
    }
}
