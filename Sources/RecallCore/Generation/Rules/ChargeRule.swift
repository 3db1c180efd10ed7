/// What someone is charged with or accused of: "… back to Spain, where he and his colleagues
/// are charged with rebellion and misuse of public funds" → "What are Carles Puigdemont and
/// his colleagues charged with?". Only a finite form of "be" before the participle (a charge
/// the sentence states, not one it supposes), in the main clause or in a clause after "where",
/// "after" and the like; the answer runs to the end of that clause.
struct ChargeRule: FactRule {
    var category: FactCategory { .stance }

    /// The most words a charge may have to be typed as an answer.
    static let longestCharge = 8

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts && !sentence.inBlockQuote {
            let tokens = sentence.tokens
            for index in tokens.indices where index >= 2 && index + 2 < tokens.count {
                guard let preposition = Lexicon.chargeParticiples[tokens[index].lower], tokens[index + 1].lower == preposition,
                      Lexicon.finiteBeForms.contains(tokens[index - 1].lower) else { continue }
                let builder = FactBuilder(article: article, sentence: sentence)
                let phrasing = builder.phrasing
                let clauseEnd = phrasing.clauseEnd(after: index..<(index + 2))
                // The whole charge, not its first words before ", including …".
                guard clauseEnd == tokens.count || [".", ";"].contains(tokens[clauseEnd].text) else { continue }
                var end = clauseEnd
                while end > index + 2, tokens[end - 1].isPunctuation { end -= 1 }
                let charge = (index + 2)..<end
                guard !charge.isEmpty, charge.count <= Self.longestCharge,
                      tokens[charge].allSatisfy({ $0.isWord || [",", "-", "’"].contains($0.text) }) else { continue }
                // The clause the participle belongs to: the sentence's own, or one after "where".
                let start = tokens[..<(index - 1)].lastIndex { Lexicon.clauseIntroducers.contains($0.lower) }.map { $0 + 1 }
                guard let fronted = phrasing.fronted(wh: "What", removing: charge, clauseStart: start) else { continue }
                facts.append(builder.fact(.stance, .statement, tokens: charge, prompt: fronted))
            }
        }
        return facts
    }
}
