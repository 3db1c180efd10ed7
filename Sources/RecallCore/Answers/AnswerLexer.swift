import Foundation

/// One piece of a typed or expected answer: a run of digits, a word, or a symbol that matters
/// to numbers and dates (`$ £ € % / - . , & ~`).
struct AnswerToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case digits, word, symbol }

    var kind: Kind
    /// Lowercased, without diacritics; digits are ASCII whatever script they were typed in.
    var text: String
    /// The word started with an upper-case letter (proper names, labels such as "Section").
    var isCapitalised: Bool = false
    /// Whitespace (or dropped punctuation) came right before this token.
    var spaceBefore: Bool = false

    func isWord(_ word: String) -> Bool { kind == .word && text == word }
    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }
}

/// Splits untrusted text into `AnswerToken`s. Linear in the length of the text, never traps:
/// control characters, emoji and stray marks are separators or dropped.
enum AnswerLexer {
    static func tokens(_ text: String) -> [AnswerToken] {
        var lexer = State()
        // Compatibility decomposition: "é" becomes "e" + a mark we drop, "ﬁ" becomes "fi",
        // full-width "６" becomes "6". ASCII needs none.
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        for scalar in (isASCII ? text : text.decomposedStringWithCompatibilityMapping).unicodeScalars {
            lexer.consume(scalar)
        }
        lexer.finish()
        return lexer.tokens
    }

    /// Symbols kept as tokens; every other non-letter, non-digit is a separator.
    private static let keptSymbols: [Unicode.Scalar: String] = [
        "$": "$", "£": "£", "€": "€", "¥": "¥", "₼": "₼", "₽": "₽", "₹": "₹",
        "%": "%", "/": "/", "⁄": "/", ".": ".", ",": ",", "&": "&", "~": "~", "+": "+",
        "-": "-", "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-",
        "\u{2014}": "-", "\u{2212}": "-",
    ]

    /// Apostrophes join what is around them: "Trump’s" is one word, "1990's" reads as "1990s".
    private static let apostrophes: Set<Unicode.Scalar> = [
        "'", "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}", "\u{2032}", "\u{FF07}",
    ]

    /// Letters that carry no combining mark but still have a plain-Latin spelling.
    private static let latinSpellings: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "ł": "l",
        "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i",
    ]

    private struct State {
        var tokens: [AnswerToken] = []
        var current: AnswerToken?
        var pendingSpace = false

        mutating func consume(_ scalar: Unicode.Scalar) {
            // Plain ASCII letters and digits, the bulk of any answer, skip the Unicode tables.
            switch scalar.value {
            case 0x30...0x39:
                append(String(scalar), as: .digits, capitalised: false)
                return
            case 0x61...0x7A:
                append(String(scalar), as: .word, capitalised: false)
                return
            case 0x41...0x5A:
                append(String(Unicode.Scalar(UInt8(scalar.value + 0x20))), as: .word, capitalised: true)
                return
            default: break
            }
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format:
                return  // diacritics, zero-width joiners and direction marks
            default: break
            }
            if AnswerLexer.apostrophes.contains(scalar) { return }
            if properties.numericType == .decimal, let value = properties.numericValue,
               value >= 0, value <= 9
            {
                append(String(Int(value)), as: .digits, capitalised: false)
            } else if let spelling = AnswerLexer.latinSpellings[scalar] {
                append(spelling, as: .word, capitalised: properties.isUppercase)
            } else if properties.isAlphabetic {
                append(String(scalar).lowercased(), as: .word, capitalised: properties.isUppercase)
            } else if let symbol = AnswerLexer.keptSymbols[scalar] {
                flush()
                tokens.append(AnswerToken(kind: .symbol, text: symbol, spaceBefore: pendingSpace))
                pendingSpace = false
            } else {
                flush()
                pendingSpace = true
            }
        }

        private mutating func append(_ text: String, as kind: AnswerToken.Kind, capitalised: Bool) {
            if current?.kind == kind {
                current?.text += text
                return
            }
            flush()
            current = AnswerToken(kind: kind, text: text, isCapitalised: capitalised, spaceBefore: pendingSpace)
            pendingSpace = false
        }

        private mutating func flush() {
            if let token = current { tokens.append(token) }
            current = nil
        }

        mutating func finish() { flush() }
    }
}

/// A number written with digits: "6,000", "6 000", "1.75", "1,5" (decimal comma).
struct DecimalLiteral: Sendable, Equatable {
    /// Canonical digits: no separators, no leading zeros, no trailing fraction zeros ("1.5").
    var text: String
    var value: Double
    /// The index of the first token after the literal.
    var end: Int
    var hasFraction: Bool

    /// Reads the literal that starts at `start`, which must be a digits token.
    init?(_ tokens: [AnswerToken], at start: Int) {
        guard start < tokens.count, tokens[start].kind == .digits else { return nil }
        var integer = tokens[start].text
        var fraction = ""
        var index = start + 1
        var grouped = false
        func isGroup(_ at: Int, afterSpace: Bool) -> Bool {
            at < tokens.count && tokens[at].kind == .digits && tokens[at].text.count == 3
                && tokens[at].spaceBefore == afterSpace && (grouped || integer.count <= 3)
        }
        while index < tokens.count {
            let token = tokens[index]
            if token.isSymbol(","), !token.spaceBefore, isGroup(index + 1, afterSpace: false) {
                integer += tokens[index + 1].text
                index += 2
            } else if isGroup(index, afterSpace: true) {
                integer += token.text
                index += 1
            } else {
                break
            }
            grouped = true
        }
        if index + 1 < tokens.count, tokens[index].isSymbol(".") || (!grouped && tokens[index].isSymbol(",")),
           !tokens[index].spaceBefore, tokens[index + 1].kind == .digits, !tokens[index + 1].spaceBefore
        {
            fraction = tokens[index + 1].text
            index += 2
        }
        let trimmedInteger = integer.drop(while: { $0 == "0" })
        let trimmedFraction = fraction.reversed().drop(while: { $0 == "0" }).reversed()
        text = (trimmedInteger.isEmpty ? "0" : String(trimmedInteger))
            + (trimmedFraction.isEmpty ? "" : "." + String(trimmedFraction))
        guard let parsed = Double(text) else { return nil }
        value = parsed
        end = index
        hasFraction = !trimmedFraction.isEmpty
    }
}
