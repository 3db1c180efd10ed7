import Foundation

/// Shares, multiples and ranks: "one-third of the world’s capitals", "About half of EU member
/// countries", "nearly double the 2023 total", "half a century", "the world’s number-two
/// military power".
struct ProportionRule: FactRule {
    var category: FactCategory { .figure }

    private static let multiples: [String: String] = [
        "double": "2", "twice": "2", "triple": "3", "treble": "3", "quadruple": "4", "halved": "1/2",
    ]

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts {
            let tokens = sentence.tokens
            let builder = FactBuilder(article: article, sentence: sentence)
            var skip = -1
            for index in tokens.indices where tokens[index].isWord && index > skip {
                // "one third of Egyptians": a fraction written as two words is one.
                if index + 2 < tokens.count, tokens[index + 2].lower == "of",
                   let fraction = Lexicon.fractions[tokens[index].lower + " " + tokens[index + 1].lower] {
                    let approximation = FigureSupport.approximation(tokens, before: index)
                    let start = approximation?.range.lowerBound ?? index
                    let wh = start == 0 || start == builder.phrasing.start() ? "What share" : "what share"
                    let prompt = builder.phrasing.inPlace(replacing: start..<(index + 2), with: wh)
                    // "a fifth" is "one-fifth" and "one fifth" too (never "a-fifth").
                    let first = tokens[index].lower == "a" ? "one" : tokens[index].lower
                    var accepted = [builder.phrasing.text(index..<(index + 2)), fraction, first + "-" + tokens[index + 1].lower]
                    if first != tokens[index].lower { accepted.append(first + " " + tokens[index + 1].lower) }
                    if approximation != nil { accepted.append(builder.phrasing.text(index..<(index + 2))) }
                    facts.append(builder.fact(.figure, .fraction, tokens: start..<(index + 2), accepted: accepted, prompt: prompt))
                    skip = index + 1
                    continue
                }
                let lower = tokens[index].lower
                let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
                let approximation = FigureSupport.approximation(tokens, before: index)
                let start = approximation?.range.lowerBound ?? index
                if let fraction = Lexicon.fractions[lower], lower != "half" || next == "of" || next == "a" {
                    if lower == "half", next == "a", index + 2 < tokens.count,
                       ["century", "decade"].contains(tokens[index + 2].lower) {
                        let years = tokens[index + 2].lower == "century" ? "50 years" : "5 years"
                        let span = start..<(index + 3)
                        let prompt = builder.phrasing.inPlace(replacing: span, with: "how many years")
                        facts.append(builder.fact(.figure, .count(noun: "years"), tokens: span, accepted: [years, builder.phrasing.text(index..<(index + 3))], prompt: prompt))
                        continue
                    }
                    guard next == "of" || (index + 1 < tokens.count && tokens[index + 1].isPunctuation) else { continue }
                    var wh = "what share"
                    if start == 0 || (start == builder.phrasing.start()) { wh = "What share" }
                    let prompt = builder.phrasing.inPlace(replacing: start..<(index + 1), with: wh)
                    let words = lower.replacingOccurrences(of: "-", with: " ")
                    var accepted = [words, fraction]
                    if lower == "three-fourths" { accepted += ["three-quarters", "three quarters"] }
                    if lower == "one-third" { accepted.append("a third") }
                    if lower == "half" { accepted.append("one half") }
                    if approximation != nil { accepted.append(tokens[index].text) }
                    facts.append(builder.fact(.figure, .fraction, tokens: start..<(index + 1), accepted: accepted, prompt: prompt))
                } else if let factor = Self.multiples[lower], next == "the" || next == "that" || next == "its" || next == "their" {
                    let prompt = builder.phrasing.inPlace(replacing: start..<(index + 1), with: "what multiple of")
                    let accepted = [tokens[index].text, factor == "2" ? "twice" : factor + " times", factor + "x"]
                    facts.append(builder.fact(.figure, .multiple, tokens: start..<(index + 1), accepted: accepted, prompt: prompt))
                } else if lower.hasPrefix("number-"), let rank = rankValue(String(lower.dropFirst(7))),
                          !QuoteSpans.isQuoted(tokens, index) {
                    // "the world’s number-two military power" → "the world’s military power of what rank"
                    var nounEnd = index + 1
                    while nounEnd < tokens.count, nounEnd - index <= 2, tokens[nounEnd].isWord, !tokens[nounEnd].isCapitalized,
                          !Lexicon.notCountNouns.contains(tokens[nounEnd].lower) {
                        nounEnd += 1
                    }
                    let noun = builder.phrasing.text((index + 1)..<nounEnd)
                    let prompt = builder.phrasing.inPlace(
                        replacing: index..<nounEnd, with: noun.isEmpty ? "what-ranked" : noun + " of what rank")
                    var accepted = ["number \(Lexicon.spell(rank) ?? String(rank))", "No. \(rank)", "number \(rank)"]
                    if rank < Lexicon.ordinalNames.count { accepted.append(Lexicon.ordinalNames[rank]) }
                    facts.append(builder.fact(.figure, .rank, tokens: index..<(index + 1), accepted: accepted, prompt: prompt))
                }
            }
        }
        return facts
    }

    private func rankValue(_ text: String) -> Int? {
        Int(text) ?? Lexicon.numberWord(text)
    }
}
