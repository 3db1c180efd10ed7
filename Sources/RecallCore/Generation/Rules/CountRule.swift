/// Counts of things: "38 people", "20 cooperation documents", "6,000 miles", "two Russian
/// diplomats", "hundreds of organizations", "tens of thousands of protesters", "70 of 188 U.S.
/// ambassadors", and a bare number compared with a counted one ("up from 138"). Asked with
/// "how many" where the count stood.
struct CountRule: FactRule {
    var category: FactCategory { .figure }

    private static let vague: Set<String> = ["hundreds", "thousands", "millions", "dozens", "tens", "billions", "scores"]
    private static let currencies: Set<String> = ["dollars", "euros", "pounds", "yuan", "yen"]
    private static let comparers: Set<String> = ["from", "to", "than", "of", "by", "between", "and"]

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts {
            let tokens = sentence.tokens
            let builder = FactBuilder(article: article, sentence: sentence)
            var lastNoun: String?
            var index = 0
            while index < tokens.count {
                if let fact = vagueCount(builder, tokens, index) {
                    facts.append(fact.fact)
                    index = fact.end
                    continue
                }
                let token = tokens[index]
                // "bring a million people onto the streets": "a" is the number.
                if token.lower == "a", index + 2 < tokens.count, ["thousand", "million", "billion"].contains(tokens[index + 1].lower),
                   let noun = FigureSupport.countedNoun(tokens, after: index + 1, singular: false),
                   !tokens[noun.upperBound - 1].isCapitalized, !Self.currencies.contains(tokens[noun.lowerBound].lower) {
                    let nounText = builder.phrasing.text(noun)
                    let scale = tokens[index + 1].text
                    var fact = make(builder, tokens, number: index, end: noun.upperBound, noun: nounText, wh: "how many " + nounText)
                    fact.accepted = ["one \(scale) \(nounText)", "1 \(scale) \(nounText)", "one \(scale)", "1 \(scale)", "a \(scale)"]
                    facts.append(fact)
                    lastNoun = nounText
                    index = noun.upperBound
                    continue
                }
                guard let value = FigureSupport.value(token), !FigureSupport.isPartOfDate(tokens, index),
                      token.lower != "one", !isMoneyOrPercent(tokens, index), !isReference(tokens, index) else {
                    index += 1
                    continue
                }
                // "70 of 188 U.S. ambassadors": ask for the part.
                if index + 3 < tokens.count, tokens[index + 1].lower == "of", FigureSupport.value(tokens[index + 2]) != nil,
                   let noun = FigureSupport.countedNoun(tokens, after: index + 2, singular: false) {
                    let nounText = builder.phrasing.text(noun)
                    facts.append(make(builder, tokens, number: index, end: index + 1, noun: nounText, wh: "how many"))
                    lastNoun = nounText
                    index += 3
                    continue
                }
                // "680 million people", "150 billion tonnes"
                if index + 2 < tokens.count, ["thousand", "million", "billion"].contains(tokens[index + 1].lower),
                   index == 0 || !["$", "£", "€", "¥"].contains(tokens[index - 1].text),
                   let noun = FigureSupport.countedNoun(tokens, after: index + 1, singular: false),
                   !tokens[noun.upperBound - 1].isCapitalized, !Self.currencies.contains(tokens[noun.lowerBound].lower) {
                    let nounText = builder.phrasing.text(noun)
                    var fact = make(builder, tokens, number: index, end: noun.upperBound, noun: nounText, wh: "how many " + nounText)
                    let scaled = tokens[index].text + " " + tokens[index + 1].text
                    fact.accepted = [scaled] + fact.accepted.filter { $0 != tokens[index].text && !FigureSupport.alternativeNumbers(tokens[index]).contains($0) }
                    facts.append(fact)
                    lastNoun = nounText
                    index = noun.upperBound
                    continue
                }
                if let noun = FigureSupport.countedNoun(tokens, after: index, singular: value == 1),
                   !tokens[noun.upperBound - 1].isCapitalized {
                    let nounText = builder.phrasing.text(noun)
                    if value >= 2, let list = Self.listAfterColon(tokens, noun: noun) {
                        // The count only announces the list: the list is asked when it is short
                        // enough to type, and the count never ("How many problems …?").
                        // A list too long to type is asked item by item, each as a gap in the sentence.
                        if let listed = Self.listQuestion(builder, tokens, number: index, noun: noun, list: list) {
                            facts.append(listed)
                        } else {
                            facts += Self.listItemClozes(builder, tokens, number: index, noun: noun, list: list)
                        }
                        lastNoun = nounText
                        index = noun.upperBound
                        continue
                    }
                    // "it's clear they'll cause at least two immediate problems": a count of the
                    // points an argument goes on to make is no fact to learn (a strict reader).
                    if Lexicon.pointNouns.contains(tokens[noun.upperBound - 1].lower) {
                        lastNoun = nounText
                        index = noun.upperBound
                        continue
                    }
                    // "two Russian nationals, former colonel Sergei Skripal and his daughter Yulia,":
                    // the members named right after the count give it away.
                    if !(value >= 2 && FigureSupport.namesInApposition(tokens, noun: noun) != nil) {
                        // "some 130 Russian diplomats/suspected intelligence operatives": the noun
                        // goes on past the slash, so only the number is the answer.
                        let slashed = noun.upperBound < tokens.count && tokens[noun.upperBound].text == "/"
                        facts.append(make(builder, tokens, number: index, end: slashed ? index + 1 : noun.upperBound, noun: nounText,
                                          wh: slashed ? "how many" : "how many " + nounText))
                    }
                    lastNoun = nounText
                    index = noun.upperBound
                    continue
                }
                if token.kind == .number, index > 0, Self.comparers.contains(tokens[index - 1].lower),
                   let noun = lastNoun ?? laterNoun(tokens, after: index) {
                    facts.append(make(builder, tokens, number: index, end: index + 1, noun: noun, wh: "how many"))
                }
                index += 1
            }
        }
        return facts
    }

    /// The most words a list after a colon may have to be typed as an answer.
    static let longestListedAnswer = 8

    /// "… two problems: intellectual property theft by China and a steep and persistent trade
    /// deficit.": the tokens after the colon to the sentence's end, when they are a list (with
    /// "and", "or" or a comma, no verb of their own).
    static func listAfterColon(_ tokens: [Token], noun: Range<Int>) -> Range<Int>? {
        guard noun.upperBound + 1 < tokens.count, tokens[noun.upperBound].text == ":" else { return nil }
        var end = tokens.count
        while end > noun.upperBound + 1, tokens[end - 1].isPunctuation { end -= 1 }
        let list = (noun.upperBound + 1)..<end
        guard !list.isEmpty,
              tokens[list].contains(where: { ["and", "or"].contains($0.lower) || $0.text == "," }),
              !tokens[list].contains(where: { [":", ";", "–", "—", "("].contains($0.text) || VerbForms.auxiliaries.contains($0.lower)
                  || !$0.isCapitalized && VerbForms.isFiniteVerb($0.lower) && !$0.lower.hasSuffix("s") })
        else { return nil }
        return list
    }

    /// The most words one item of a listed count may have to be asked as a gap.
    static let longestListItem = 7

    /// "… two problems: intellectual property theft by China and a steep and persistent trade
    /// deficit.": each item of a list as long as its count, cut at the commas and at the last
    /// "and" that a determiner follows (the other "and" joins words inside an item), asked as
    /// a gap in the sentence.
    static func listItemClozes(_ builder: FactBuilder, _ tokens: [Token], number: Int, noun: Range<Int>, list: Range<Int>) -> [Fact] {
        guard let count = FigureSupport.value(tokens[number]).flatMap({ Int(exactly: $0) }),
              let question = builder.phrasing.fronted(wh: "Which " + builder.phrasing.text(number..<noun.upperBound), removing: number..<tokens.count)
        else { return [] }
        var cuts = list.filter { tokens[$0].text == "," }
        let joins = list.filter { index in
            ["and", "or"].contains(tokens[index].lower) && index + 1 < list.upperBound
                && (["a", "an", "the", "its", "their"].contains(tokens[index + 1].lower) || cuts.last.map { $0 + 1 < index } == true)
        }
        if cuts.isEmpty {
            guard joins.count == 1 else { return [] }
            cuts = joins
        } else if let last = joins.last, last > cuts.last! {
            cuts.append(last)
        } else {
            return []
        }
        var items: [Range<Int>] = []
        var start = list.lowerBound
        for cut in cuts {
            var begin = start
            if ["and", "or"].contains(tokens[begin].lower) { begin += 1 }
            items.append(begin..<cut)
            start = cut + 1
        }
        items.append(start..<list.upperBound)
        guard items.count == count,
              items.allSatisfy({ !$0.isEmpty && tokens[$0].filter(\.isWord).count <= longestListItem }) else { return [] }
        return items.map { item in
            // The question names the whole list as its answer; only the gap is asked.
            var fact = builder.fact(.stance, .statement, tokens: item, prompt: question)
            fact.prefersCloze = true
            return fact
        }
    }

    /// "Which two problems are the tariffs … meant to address?", answered by the list.
    static func listQuestion(_ builder: FactBuilder, _ tokens: [Token], number: Int, noun: Range<Int>, list: Range<Int>) -> Fact? {
        guard tokens[list].filter(\.isWord).count <= longestListedAnswer else { return nil }
        let phrase = builder.phrasing.text(number..<noun.upperBound)
        guard let question = builder.phrasing.fronted(wh: "Which " + phrase, removing: number..<tokens.count) else { return nil }
        return builder.fact(.stance, .statement, tokens: list, prompt: question)
    }

    /// "the two diplomats" (already counted), "Five Eyes" (a name), "three weeks ago" (a date).
    private func isReference(_ tokens: [Token], _ index: Int) -> Bool {
        if index > 0, ["the", "these", "those", "both", "all", "its", "their", "his", "her"].contains(tokens[index - 1].lower) { return true }
        if tokens[index].isWord, tokens[index].isCapitalized, index > 0 { return true }
        if index + 2 < tokens.count, ["ago", "earlier", "later"].contains(tokens[index + 2].lower) { return true }
        return false
    }

    private func isMoneyOrPercent(_ tokens: [Token], _ index: Int) -> Bool {
        if index > 0, ["$", "£", "€", "¥"].contains(tokens[index - 1].text) { return true }
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1].lower
        let currencyAfter = index + 2 < tokens.count && ["dollars", "euros", "pounds", "yuan", "yen", "rupees", "roubles", "rubles"].contains(tokens[index + 2].lower)
        if ["million", "billion", "trillion", "bn"].contains(next) { return currencyAfter }
        return ["%", "percent", "per", "pct", "percentage"].contains(next)
            || (next == "thousand" && index + 2 < tokens.count && ["dollars", "euros", "pounds"].contains(tokens[index + 2].lower))
    }

    /// A counted noun later in the sentence ("from 138 to 149 countries").
    private func laterNoun(_ tokens: [Token], after index: Int) -> String? {
        for later in (index + 1)..<min(tokens.count, index + 4) where FigureSupport.value(tokens[later]) != nil {
            if let noun = FigureSupport.countedNoun(tokens, after: later, singular: false) {
                return tokens[noun].map(\.text).joined(separator: " ")
            }
        }
        return nil
    }

    private func make(_ builder: FactBuilder, _ tokens: [Token], number: Int, end: Int, noun: String, wh: String) -> Fact {
        let approximation = FigureSupport.approximation(tokens, before: number)
        let question = (approximation.map { $0.phrase + " " } ?? "") + wh
        let replaced = (approximation?.range.lowerBound ?? number)..<end
        let prompt = builder.phrasing.inPlace(replacing: replaced, with: question)
        var accepted: [String] = []
        let numberToken = tokens[number]
        let alternatives = FigureSupport.alternativeNumbers(numberToken)
        if end > number + 1 {
            accepted.append(numberToken.text)
            accepted += alternatives.map { $0 + " " + noun }
        }
        accepted += alternatives
        if let approximation {
            accepted.append(builder.phrasing.text(approximation.range.lowerBound..<end))
        }
        let kind = AnswerKind.count(noun: end > number + 1 ? noun.lowercased() : "")
        return builder.fact(.figure, kind, tokens: number..<end, accepted: accepted, prompt: prompt)
    }

    /// "hundreds of organizations", "tens of thousands of people", "dozens of countries".
    private func vagueCount(_ builder: FactBuilder, _ tokens: [Token], _ index: Int) -> (fact: Fact, end: Int)? {
        guard Self.vague.contains(tokens[index].lower) else { return nil }
        var end = index + 1
        while end + 1 < tokens.count, tokens[end].lower == "of", Self.vague.contains(tokens[end + 1].lower) {
            end += 2
        }
        guard end < tokens.count, tokens[end].lower == "of",
              let noun = FigureSupport.countedNoun(tokens, after: end, singular: false) else { return nil }
        let nounText = builder.phrasing.text(noun)
        let prompt = builder.phrasing.inPlace(replacing: index..<noun.upperBound, with: "how many " + nounText)
        let fact = builder.fact(
            .figure, .count(noun: nounText.lowercased()), tokens: index..<noun.upperBound,
            accepted: [builder.phrasing.text(index..<end)], prompt: prompt)
        return (fact, noun.upperBound)
    }
}
