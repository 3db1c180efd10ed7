/// A quantity read from text: one number, with the currency, percent sign, unit words and
/// label around it. "$1.75 billion", "1.75bn", "1,750 million" and "1.75 billion dollars"
/// all read as 1 750 000 000 US dollars; "6,000 miles", "6 000 mi" and "six thousand miles" as
/// 6000 of the unit ["mile"]; "38%" and "38 per cent" as 38 percent; "Section 907" as 907
/// labelled "section"; "second" and "2nd" as the ordinal 2; "a third" and "1/3" as 1/3.
///
/// Text that holds no number, two numbers, or a number inside a longer phrase ("one of the
/// leaders", "nearly double the 2023 total") does not read as a quantity.
public struct NumberReading: Sendable, Equatable {
    public var value: Double
    /// An ISO 4217 code: "USD" for "$", "US$", "dollars"; "GBP" for "£"; "EUR" for "€".
    public var currency: String?
    public var isPercent: Bool
    /// "second", "2nd", "twenty-first".
    public var isOrdinal: Bool
    /// The words after the number, singular and canonical: "6,000 miles away" has
    /// ["mile", "away"], "20 cooperation documents" has ["cooperation", "document"].
    public var unit: [String]
    /// One word right before a number written in digits: "section" in "Section 907".
    public var label: String?

    public init(
        value: Double, currency: String? = nil, isPercent: Bool = false, isOrdinal: Bool = false,
        unit: [String] = [], label: String? = nil
    ) {
        self.value = value
        self.currency = currency
        self.isPercent = isPercent
        self.isOrdinal = isOrdinal
        self.unit = unit
        self.label = label
    }

    public init?(_ text: String) {
        self.init(tokens: AnswerLexer.tokens(text))
    }

    /// Whether a currency, percent sign or unit says what the number counts.
    public var hasDimension: Bool { currency != nil || isPercent || !unit.isEmpty }

    /// The value as a share of a whole, when it is one: "75%", "three-quarters" and "0.75"
    /// are all 0.75; nil for anything with a currency, a unit or a label ("May 1"), and for
    /// whole numbers.
    public var share: Double? {
        if isPercent { return value / 100 }
        guard currency == nil, unit.isEmpty, label == nil, !isOrdinal, value > 0, value < 1 else { return nil }
        return value
    }

    init?(tokens: [AnswerToken]) {
        var reader = QuantityReader(tokens: tokens)
        guard let reading = reader.read() else { return nil }
        self = reading
    }
}

/// The grammar behind `NumberReading`:
/// `[hedge] [label] [currency] [-] number [scale…] [ordinal suffix] [%] [currency] [unit words]`.
private struct QuantityReader {
    let tokens: [AnswerToken]
    var index = 0

    init(tokens: [AnswerToken]) { self.tokens = tokens }

    private var token: AnswerToken? { index < tokens.count ? tokens[index] : nil }
    private func peek(_ offset: Int) -> AnswerToken? {
        index + offset < tokens.count ? tokens[index + offset] : nil
    }

    mutating func read() -> NumberReading? {
        // "about", "~", and "a" before digits ("a 60-day ultimatum").
        while let word = token,
              word.isSymbol("~") || (word.kind == .word && QuantityVocabulary.hedges.contains(word.text))
                || ((word.isWord("a") || word.isWord("an")) && peek(1)?.kind == .digits)
        {
            index += 1
        }
        var label: String?
        if let word = token, word.kind == .word, peek(1)?.kind == .digits,
           word.text != "minus", !NumberWords.isNumberWord(word.text), !QuantityVocabulary.stopWords.contains(word.text),
           QuantityVocabulary.currencyWords[word.text] == nil, QuantityVocabulary.currencyPrefixes[word.text] == nil
        {
            label = AnswerNormalizer.americanSpelling(word.text)
            index += 1
        }
        var currency = readCurrencyPrefix()
        var negative = readSign()
        if currency == nil, let after = readCurrencyPrefix() {
            currency = after
            negative = negative || readSign()
        }
        guard let (magnitude, isOrdinal) = readMagnitude(currencyGiven: currency != nil) else { return nil }
        let value = negative ? -magnitude : magnitude
        var isPercent = false
        if token?.isSymbol("%") == true || token?.isWord("percent") == true || token?.isWord("pct") == true {
            isPercent = true
            index += 1
        } else if token?.isWord("per") == true, peek(1)?.isWord("cent") == true {
            isPercent = true
            index += 2
        }
        if let suffix = readCurrencySuffix() {
            if let given = currency, given != suffix { return nil }
            currency = suffix
        }
        guard let unit = readUnit() else { return nil }
        return NumberReading(
            value: value, currency: currency, isPercent: isPercent, isOrdinal: isOrdinal, unit: unit,
            label: label)
    }

    private mutating func readSign() -> Bool {
        if token?.isSymbol("-") == true || token?.isWord("minus") == true {
            index += 1
            return true
        }
        return false
    }

    private mutating func readCurrencyPrefix() -> String? {
        guard let first = token else { return nil }
        if first.kind == .word, let next = peek(1), next.isSymbol("$"), !next.spaceBefore,
           let code = QuantityVocabulary.dollarPrefixes[first.text]
        {
            index += 2
            return code
        }
        if first.kind == .symbol, let code = QuantityVocabulary.currencySymbols[first.text] {
            index += 1
            return code
        }
        if first.kind == .word, let code = QuantityVocabulary.currencyPrefixes[first.text] {
            index += 1
            return code
        }
        return nil
    }

    private mutating func readCurrencySuffix() -> String? {
        guard let first = token, first.kind == .word else { return nil }
        // "US dollars", "U.S. dollars"
        let country = first.text == "us" ? 1 : first.text == "u" && peek(1)?.isWord("s") == true ? 2 : 0
        if country > 0, let code = dollarCode(at: country) {
            index += country + 1
            return code
        }
        if let code = QuantityVocabulary.currencyWords[first.text] ?? QuantityVocabulary.currencyPrefixes[first.text] {
            index += 1
            if code == "GBP", token?.isWord("sterling") == true { index += 1 }
            return code
        }
        return nil
    }

    private func dollarCode(at offset: Int) -> String? {
        guard let word = peek(offset), word.kind == .word, word.text.hasPrefix("dollar") else { return nil }
        return QuantityVocabulary.currencyWords[word.text]
    }

    private mutating func readMagnitude(currencyGiven: Bool) -> (Double, Bool)? {
        guard let first = token else { return nil }
        if first.kind == .digits {
            guard let literal = DecimalLiteral(tokens, at: index) else { return nil }
            index = literal.end
            var value = literal.value
            if !literal.hasFraction, token?.isSymbol("/") == true, let denominator = peek(1),
               denominator.kind == .digits, let bottom = Double(denominator.text), bottom != 0
            {
                value /= bottom
                index += 2
                return (value, false)
            }
            if let suffix = token, suffix.kind == .word, !suffix.spaceBefore,
               NumberWords.ordinalSuffixes.contains(suffix.text)
            {
                index += 1
                return (value, true)
            }
            while let word = token, word.kind == .word,
                  let scale = QuantityVocabulary.scale(word.text, currencyGiven: currencyGiven)
            {
                value *= scale
                index += 1
            }
            return (value, false)
        }
        guard let spelled = NumberWords.read(tokens, at: index) else { return nil }
        index = spelled.end
        return (spelled.value, spelled.isOrdinal)
    }

    /// The words after the number: at most four, none of them a number or a small word such
    /// as "of" that would make the text a phrase rather than a quantity.
    private mutating func readUnit() -> [String]? {
        var unit: [String] = []
        while let next = token {
            index += 1
            switch next.kind {
            case .digits: return nil
            case .symbol:
                guard [".", ",", "-"].contains(next.text) else { return nil }
            case .word:
                let word = next.text
                guard !QuantityVocabulary.stopWords.contains(word), NumberWords.units[word] == nil,
                      NumberWords.teens[word] == nil, NumberWords.tens[word] == nil,
                      NumberWords.scales[word] == nil
                else { return nil }
                unit.append(QuantityVocabulary.canonicalUnit(word))
                if unit.count > 4 { return nil }
            }
        }
        return unit
    }
}
