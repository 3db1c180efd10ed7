/// A term defined by the phrase set off after it: "Bolton is one of the key figures of
/// neoconservatism, a political tendency that believes that the US should pursue and defend
/// primacy or unlimited power – especially by military means." → "Which political tendency
/// believes that the US should pursue and defend primacy or unlimited power?", answer
/// "neoconservatism". The term is one word after a preposition; the definition is "a"/"an", up
/// to three lower-case words, "that"/"which" and a finite verb, to the clause's end.
struct DefinitionRule: FactRule {
    var category: FactCategory { .stance }

    static let longestKind = 3
    static let longestDefinition = 25

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts && !sentence.inBlockQuote {
            let tokens = sentence.tokens
            let quoted = Set(QuoteSpans.quotes(tokens).flatMap { Array($0) })
            for comma in tokens.indices where comma >= 2 && tokens[comma].text == "," && comma + 4 < tokens.count && !quoted.contains(comma) {
                let term = comma - 1
                guard tokens[term].isWord, !tokens[term].isPossessive, Lexicon.prepositions.contains(tokens[term - 1].lower),
                      ["a", "an"].contains(tokens[comma + 1].lower) else { continue }
                // The kind: lower-case words up to "that"/"which".
                var relative = comma + 2
                while relative < tokens.count, tokens[relative].isWord, !tokens[relative].isCapitalized,
                      !["that", "which"].contains(tokens[relative].lower), relative - comma - 1 <= Self.longestKind {
                    relative += 1
                }
                guard relative > comma + 2, relative + 2 < tokens.count, ["that", "which"].contains(tokens[relative].lower),
                      !tokens[relative + 1].isCapitalized, VerbForms.isFiniteVerb(tokens[relative + 1].lower)
                        || VerbForms.isThirdPersonPresent(tokens, relative + 1)
                else { continue }
                var end = relative + 1
                while end < tokens.count, ![";", ":", "–", "—", ".", "(", "?"].contains(tokens[end].text) { end += 1 }
                while end > relative + 1, tokens[end - 1].isPunctuation { end -= 1 }
                guard end - relative <= Self.longestDefinition else { continue }
                let phrasing = Phrasing(article: article, sentence: sentence)
                let prompt = "Which \(phrasing.text((comma + 2)..<relative)) \(phrasing.text((relative + 1)..<end))?"
                facts.append(FactBuilder(article: article, sentence: sentence).fact(
                    .stance, .statement, tokens: term..<(term + 1), prompt: prompt))
            }
        }
        return facts
    }
}
