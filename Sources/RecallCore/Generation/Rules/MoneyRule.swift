/// Amounts of money: "$1.75 billion", "US$3 billion", "$US60 billion", "A$687 million",
/// "£20m", "€4bn", "300 million euros". Asked with "how much" where the amount stood.
struct MoneyRule: FactRule {
    var category: FactCategory { .figure }

    private static let symbols: Set<String> = ["$", "£", "€", "¥"]
    private static let prefixes: Set<String> = ["US", "A", "AU", "C", "CA", "NZ", "HK", "S", "R"]
    private static let currencyWords: [String: String] = [
        "dollars": "$", "euros": "€", "pounds": "£", "yuan": "¥", "yen": "¥", "roubles": "RUB",
        "rubles": "RUB", "rupees": "INR", "manat": "AZN",
    ]

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts {
            let tokens = sentence.tokens
            let builder = FactBuilder(article: article, sentence: sentence)
            var index = 0
            while index < tokens.count {
                if let found = amount(tokens, at: index) {
                    let phrase = FigureSupport.approximation(tokens, before: found.range.lowerBound)
                    var wh = (phrase.map { $0.phrase + " " } ?? "") + "how much"
                    var replaced = (phrase?.range.lowerBound ?? found.range.lowerBound)..<found.range.upperBound
                    // "a £45m flood defence plan" → "a flood defence plan worth how much"
                    if phrase == nil, found.range.lowerBound > 0, ["a", "an"].contains(tokens[found.range.lowerBound - 1].lower) {
                        var nounEnd = found.range.upperBound
                        while nounEnd < tokens.count, nounEnd - found.range.upperBound < 3, tokens[nounEnd].isWord,
                              !tokens[nounEnd].isCapitalized, !Lexicon.notCountNouns.contains(tokens[nounEnd].lower),
                              !VerbForms.isFiniteVerb(tokens[nounEnd].lower) {
                            nounEnd += 1
                        }
                        if nounEnd > found.range.upperBound {
                            let noun = builder.phrasing.text(found.range.upperBound..<nounEnd)
                            wh = FigureSupport.article(for: noun) + " " + noun + " worth how much"
                            replaced = (found.range.lowerBound - 1)..<nounEnd
                        }
                    }
                    let prompt = builder.phrasing.inPlace(replacing: replaced, with: wh)
                    facts.append(builder.fact(
                        .figure, .money(currency: found.currency), tokens: found.range,
                        accepted: found.accepted, prompt: prompt))
                    index = found.range.upperBound
                } else {
                    index += 1
                }
            }
        }
        return facts
    }

    private struct Amount {
        var range: Range<Int>
        var currency: String
        var accepted: [String]
    }

    private func amount(_ tokens: [Token], at index: Int) -> Amount? {
        let token = tokens[index]
        var start = index
        var currency = token.text
        var numberIndex = index + 1
        if Self.symbols.contains(token.text) {
            if index > 0, Self.prefixes.contains(tokens[index - 1].text), tokens[index - 1].end == token.start {
                start = index - 1
                currency = tokens[index - 1].text + token.text
            }
        } else if Self.prefixes.contains(token.text), index + 1 < tokens.count,
                  Self.symbols.contains(tokens[index + 1].text), tokens[index + 1].start == token.end {
            return nil  // handled from the symbol
        } else if FigureSupport.value(token) != nil, token.kind == .number {
            // "300 million euros"
            var end = index + 1
            if end < tokens.count, Lexicon.scales[tokens[end].lower] != nil { end += 1 }
            guard end < tokens.count, let symbol = Self.currencyWords[tokens[end].lower] else { return nil }
            return Amount(range: index..<(end + 1), currency: symbol, accepted: [])
        } else {
            return nil
        }
        guard numberIndex < tokens.count else { return nil }
        var numberText = tokens[numberIndex].text
        if tokens[numberIndex].isWord, numberText.hasPrefix("US") {
            // "$US60"
            currency += "US"
            numberText = String(numberText.dropFirst(2))
        }
        // "1.75bn" arrives as one token.
        let digits = numberText.prefix { $0.isNumber || $0 == "," || $0 == "." }
        guard !digits.isEmpty else { return nil }
        let suffix = numberText.dropFirst(digits.count).lowercased()
        var scale: String?
        if !suffix.isEmpty {
            guard let word = Lexicon.scales[suffix] else { return nil }
            scale = word
        } else if numberIndex + 1 < tokens.count, let word = Lexicon.scales[tokens[numberIndex + 1].lower],
                  tokens[numberIndex + 1].lower.count > 1 || tokens[numberIndex + 1].start == tokens[numberIndex].end {
            scale = word
            numberIndex += 1
        }
        let plain = String(digits)
        var accepted: [String] = []
        let symbol = String(currency.filter { "$£€¥".contains($0) })
        if let scale {
            let short = scale == "billion" ? "bn" : scale == "million" ? "m" : scale == "trillion" ? "tn" : "k"
            accepted += [plain + " " + scale, symbol + plain + " " + scale, symbol + plain + short, plain + short]
            if currency != symbol { accepted.append(currency + plain + short) }
        } else {
            accepted += [plain, symbol + plain]
        }
        return Amount(range: start..<(numberIndex + 1), currency: currency, accepted: accepted)
    }
}
