/// A count of none: "… not one country in the world has recognised Catalonia’s independence" →
/// "How many countries in the world have recognised Catalonia’s independence, five months after
/// the proclamation of the independent Catalan Republic in October 2017?", answer "none". The
/// subject "not one / not a single / no" + a noun (and its phrase), then "has" or "have" and a
/// participle; what leads the sentence up to its comma follows the question.
struct NoneRule: FactRule {
    var category: FactCategory { .figure }

    /// The most words between the noun and "has"/"have" ("in the world").
    static let longestNounPhrase = 4

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts && !sentence.inBlockQuote {
            let tokens = sentence.tokens
            let phrasing = Phrasing(article: article, sentence: sentence)
            let opener = Phrasing.openerEnd(tokens)
            for index in tokens.indices where index >= opener {
                let words = Lexicon.noneDeterminers.first { words in
                    index + words.count < tokens.count && tokens[index..<(index + words.count)].map(\.lower) == words
                }
                guard let words, index == opener || tokens[index - 1].text == "," else { continue }
                let noun = index + words.count
                guard tokens[noun].isWord, !tokens[noun].isCapitalized, !Lexicon.functionWords.contains(tokens[noun].lower),
                      let verb = tokens[(noun + 1)...].prefix(Self.longestNounPhrase + 1).firstIndex(where: { ["has", "have"].contains($0.lower) }),
                      verb + 1 < tokens.count, VerbForms.isFiniteVerb(tokens[verb + 1].lower),
                      tokens[(noun + 1)..<verb].allSatisfy(\.isWord) else { continue }
                var end = phrasing.clauseEnd(after: verb..<(verb + 2))
                while end > verb + 2, tokens[end - 1].isPunctuation { end -= 1 }
                let nounPhrase = Lexicon.plural(tokens[noun].lower) + (noun + 1 < verb ? " " + phrasing.text((noun + 1)..<verb) : "")
                var question = "How many " + nounPhrase + " have " + phrasing.text((verb + 1)..<end)
                if index > opener + 1 {
                    question += ", " + phrasing.lowerFirst(phrasing.text(opener..<(index - 1)))
                }
                let builder = FactBuilder(article: article, sentence: sentence)
                facts.append(builder.fact(
                    .figure, .statement, tokens: index..<(noun + 1),
                    accepted: ["none", "no " + tokens[noun].lower, "zero", "0", "not one"], prompt: Phrasing.finish([question])))
            }
        }
        return facts
    }
}
