/// How a subject regards, pictures or describes something: "China’s most recent, 13th
/// five-year plan, approved by the National People’s Congress in early 2016, envisions China as
/// a world leader in science, hi-tech and intelligent machines:" → "What does China’s most
/// recent, 13th five-year plan, approved by the National People’s Congress in early 2016,
/// envision China as?", answer "a world leader in science, hi-tech and intelligent machines".
/// The verb, its object (a name or a phrase with a determiner, up to six words), "as", and the
/// complement to the end of the clause.
struct RegardRule: FactRule {
    var category: FactCategory { .stance }

    static let longestObject = 6
    static let longestComplement = 12
    /// Verbs of regarding, in the forms a statement uses them.
    private static let verbs: Set<String> = [
        "envisions", "envisioned", "envisages", "envisaged", "regards", "regarded", "views", "viewed",
        "portrays", "portrayed", "depicts", "depicted", "describes", "described", "sees", "saw",
    ]

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts && !sentence.inBlockQuote {
            let tokens = sentence.tokens
            let phrasing = Phrasing(article: article, sentence: sentence)
            let quoted = Set(QuoteSpans.quotes(tokens).flatMap { Array($0) })
            let opener = Phrasing.openerEnd(tokens)
            for verb in tokens.indices where verb > opener && Self.verbs.contains(tokens[verb].lower) && !quoted.contains(verb) {
                // The object, then "as".
                guard verb + 2 < tokens.count, let asIndex = tokens[(verb + 1)...].prefix(Self.longestObject + 1).firstIndex(where: { $0.lower == "as" }),
                      asIndex > verb + 1, tokens[(verb + 1)..<asIndex].allSatisfy({ $0.isWord || $0.isPossessive }),
                      tokens[verb + 1].isCapitalized || ["the", "a", "an", "its", "their", "his", "her"].contains(tokens[verb + 1].lower)
                else { continue }
                var end = asIndex + 1
                while end < tokens.count, ![":", ";", ".", "–", "—", "(", "?", "!"].contains(tokens[end].text), !quoted.contains(end) { end += 1 }
                // "described the agreement as a “breakthrough”": the quote is the answer, and the
                // quote rule's.
                if end < tokens.count, quoted.contains(end) { continue }
                while end > asIndex + 1, tokens[end - 1].isPunctuation { end -= 1 }
                let complement = (asIndex + 1)..<end
                guard !complement.isEmpty, tokens[complement].filter(\.isWord).count <= Self.longestComplement,
                      tokens[complement].contains(where: { $0.isWord && !Lexicon.functionWords.contains($0.lower) }),
                      !tokens[complement].contains(where: { VerbForms.auxiliaries.contains($0.lower) || (!$0.isCapitalized && VerbForms.isFiniteVerb($0.lower) && !$0.lower.hasSuffix("s")) })
                else { continue }
                // The subject: the clause from its start up to the verb, a thing named (not a pronoun).
                guard let subject = phrasing.resolvedSubject(opener..<verb),
                      !tokens[opener..<verb].contains(where: { VerbForms.auxiliaries.contains($0.lower) }) else { continue }
                let lower = tokens[verb].lower
                let past = VerbForms.irregularPast[lower] != nil || lower.hasSuffix("ed")
                let base = VerbForms.base(of: lower) ?? VerbForms.baseOfPresent(lower)
                let auxiliary = past ? "did" : lower.hasSuffix("s") ? "does" : "do"
                let object = phrasing.text((verb + 1)..<asIndex)
                let prompt = "What \(auxiliary) \(subject) \(base) \(object) as?"
                facts.append(FactBuilder(article: article, sentence: sentence).fact(
                    .stance, .statement, tokens: complement, prompt: prompt))
            }
        }
        return facts
    }
}
