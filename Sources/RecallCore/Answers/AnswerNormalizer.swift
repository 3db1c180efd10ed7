/// An answer folded for comparison: case, accents, punctuation, quotes and apostrophes,
/// spacing, a leading article, "&", thousands separators, British spellings and "U.S." against
/// "United States" no longer matter. Currency signs stay, as their codes ("$" is "usd"), so
/// "€5" is not "$5"; so does a minus sign, so "-5" is not "5".
struct FoldedText: Sendable, Equatable {
    var words: [String]
    /// The numbers in the text, in order: digit literals ("6000", "1.75") and spelled number
    /// words ("twenty", "second"). Typos never apply to these.
    var numbers: [String]

    var text: String { words.joined(separator: " ") }
    var isEmpty: Bool { words.isEmpty }
}

/// Folds answers into `FoldedText`, the form in which two answers are equal when a teacher
/// would not tell them apart.
enum AnswerNormalizer {
    static func fold(_ text: String) -> FoldedText { fold(AnswerLexer.tokens(text)) }

    static func fold(_ tokens: [AnswerToken]) -> FoldedText {
        var words: [String] = []
        var numbers: [String] = []
        var index = 0
        var negative = false
        while index < tokens.count {
            let token = tokens[index]
            switch token.kind {
            case .digits:
                let literal = DecimalLiteral(tokens, at: index)
                let text = (negative ? "-" : "") + (literal?.text ?? token.text)
                words.append(text)
                numbers.append(text)
                index = literal?.end ?? index + 1
                negative = false
                continue
            case .word:
                if token.text == "per", index + 1 < tokens.count, tokens[index + 1].isWord("cent") {
                    words.append("percent")
                    index += 2
                    continue
                }
                if NumberWords.isNumberWord(token.text) { numbers.append(token.text) }
                words.append(americanSpelling(token.text))
            case .symbol:
                // A minus sign: "-5", "x −5", but not "2017-09" or "mid-2024".
                negative = token.text == "-" && index + 1 < tokens.count && tokens[index + 1].kind == .digits
                    && !tokens[index + 1].spaceBefore && (index == 0 || token.spaceBefore || tokens[index - 1].kind == .symbol)
                if token.text == "&" { words.append("and") }
                if token.text == "%" { words.append("percent") }
                if let code = QuantityVocabulary.currencySymbols[token.text] { words.append(code.lowercased()) }
            }
            index += 1
        }
        if words.count > 1, articles.contains(words[0]) { words.removeFirst() }
        return FoldedText(words: abbreviating(words), numbers: numbers)
    }

    static let articles: Set<String> = Lexicon.articles

    /// "U.S.", "USA" and "United States" are one name; so are "U.K." and "United Kingdom",
    /// "E.U." and "European Union", "U.N." and "United Nations".
    private static func abbreviating(_ words: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        next: while index < words.count {
            for (phrase, short) in abbreviations where words[index...].starts(with: phrase) {
                result.append(short)
                index += phrase.count
                continue next
            }
            result.append(words[index])
            index += 1
        }
        return result
    }

    /// Longest first.
    private static let abbreviations: [([String], String)] = [
        (["united", "states", "of", "america"], "us"), (["united", "states"], "us"), (["u", "s", "a"], "us"),
        (["usa"], "us"), (["u", "s"], "us"), (["united", "kingdom"], "uk"), (["u", "k"], "uk"),
        (["european", "union"], "eu"), (["e", "u"], "eu"), (["united", "nations"], "un"), (["u", "n"], "un"),
    ]

    /// Folds British spellings onto American ones, so "organisation", "colour" and "centre"
    /// are not typos of "organization", "color" and "center". Applied to both sides.
    static func americanSpelling(_ word: String) -> String {
        if let spelling = irregularSpellings[word] { return spelling }
        guard word.count >= 5 else { return word }
        for (british, american) in spellingSuffixes where word.hasSuffix(british) {
            return String(word.dropLast(british.count)) + american
        }
        return word
    }

    private static let irregularSpellings: [String: String] = [
        "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
        "grey": "gray", "programme": "program", "programmes": "programs", "tyre": "tire",
        "aluminium": "aluminum", "jewellery": "jewelry", "travelled": "traveled",
        "travelling": "traveling", "cancelled": "canceled", "labelled": "labeled",
        "modelled": "modeled", "fulfil": "fulfill", "enrol": "enroll", "plough": "plow",
        "mould": "mold", "sceptic": "skeptic", "sceptical": "skeptical", "manoeuvre": "maneuver",
    ]

    /// Longest first, so "isation" wins over "ise".
    private static let spellingSuffixes: [(String, String)] = [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"),
        ("ises", "izes"), ("ise", "ize"), ("ysing", "yzing"), ("ysed", "yzed"), ("yse", "yze"),
        ("ourable", "orable"), ("ourite", "orite"), ("ouring", "oring"), ("oured", "ored"),
        ("ours", "ors"), ("our", "or"), ("ogue", "og"), ("tres", "ters"), ("tre", "ter"),
    ]
}
