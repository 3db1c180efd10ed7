/// A sentence that puts its predicate first: "Particularly vulnerable to Chinese retaliation are
/// the pork and soybean industries, which are concentrated in the Trump-friendly Midwest." →
/// "Which industries are particularly vulnerable to Chinese retaliation?", answer "the pork and
/// soybean industries" ("pork and soybean" accepted). The sentence opens with an adjective
/// (after at most one adverb) and its complement, then "is"/"are"/"was"/"were", then the subject:
/// a noun phrase with a determiner and a plural or singular head, up to the clause's end.
struct InversionRule: FactRule {
    var category: FactCategory { .stance }

    static let longestPredicate = 10
    static let longestSubject = 8

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts && !sentence.inBlockQuote {
            let tokens = sentence.tokens
            let opener = Phrasing.openerEnd(tokens)
            guard opener + 3 < tokens.count else { continue }
            // The predicate: an adverb in -ly, an adjective, and what completes it.
            var adjective = opener
            if tokens[adjective].lower.hasSuffix("ly"), tokens[adjective].lower.count > 4 { adjective += 1 }
            guard adjective < tokens.count, tokens[adjective].isWord, Lexicon.predicateAdjectives.contains(tokens[adjective].lower),
                  let copula = tokens[(adjective + 1)...].prefix(Self.longestPredicate).firstIndex(where: { Lexicon.finiteBeForms.contains($0.lower) }),
                  tokens[(adjective + 1)..<copula].allSatisfy({ $0.isWord }),
                  copula + 2 < tokens.count, Lexicon.articles.contains(tokens[copula + 1].lower) else { continue }
            // The subject: to the first comma or the end; its last word is its head noun.
            var end = copula + 1
            while end < tokens.count, tokens[end].isWord, end - copula <= Self.longestSubject { end += 1 }
            guard end - 1 > copula + 1, end == tokens.count || [",", ".", ";"].contains(tokens[end].text),
                  !tokens[(copula + 1)..<end].contains(where: { VerbForms.auxiliaries.contains($0.lower) || (!$0.isCapitalized && VerbForms.isFiniteVerb($0.lower) && !$0.lower.hasSuffix("s")) })
            else { continue }
            let head = tokens[end - 1]
            guard !head.isCapitalized, head.lower.count > 3 else { continue }
            let phrasing = Phrasing(article: article, sentence: sentence)
            // The sentence's first word, an adverb or adjective, is no name: lower case.
            var predicate = phrasing.text(opener..<copula)
            if let first = predicate.unicodeScalars.first, first.properties.isUppercase {
                predicate = String(first).lowercased() + String(predicate.unicodeScalars.dropFirst())
            }
            let prompt = "Which \(head.text) \(tokens[copula].lower) \(predicate)?"
            var accepted: [String] = []
            if end - 1 > copula + 2 { accepted.append(phrasing.text((copula + 2)..<(end - 1))) }
            facts.append(FactBuilder(article: article, sentence: sentence).fact(
                .stance, .statement, tokens: (copula + 1)..<end, accepted: accepted, prompt: prompt))
        }
        return facts
    }
}
