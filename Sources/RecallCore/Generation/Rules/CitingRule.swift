/// The reason a subject gave for what it did, told by a participle after it: "Trump imposed
/// tariffs on steel and aluminum imports in May, citing national security concerns." → "What did
/// Donald Trump cite in imposing tariffs on steel and aluminum imports in May?" (national security
/// concerns). The main clause's verb in the past or present tense (do-support), the participle
/// ", citing" right after its clause, and what is cited to the end of the sentence or its next
/// break.
struct CitingRule: FactRule {
    var category: FactCategory { .stance }

    /// The most words what is cited may have to be typed as an answer.
    static let longestReason = 8

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts && !sentence.inBlockQuote {
            let tokens = sentence.tokens
            guard let comma = tokens.indices.first(where: { $0 + 2 < tokens.count && tokens[$0].text == "," && tokens[$0 + 1].lower == "citing" })
            else { continue }
            var end = comma + 2
            while end < tokens.count, tokens[end].isWord || tokens[end].isPossessive || tokens[end].text == "-" { end += 1 }
            let reason = (comma + 2)..<end
            guard !reason.isEmpty, reason.count <= Self.longestReason,
                  end == tokens.count || [".", ";", ","].contains(tokens[end].text) else { continue }
            let builder = FactBuilder(article: article, sentence: sentence)
            let phrasing = builder.phrasing
            guard let clause = phrasing.clause(), clause.verb < comma, clause.doForm != nil, clause.adverbial == nil,
                  let gerund = VerbForms.gerund(of: clause.verbBase) else { continue }
            // Nothing of another clause between the verb and the comma.
            guard !tokens[(clause.verb + 1)..<comma].contains(where: { [",", ";", "–", "—", "(", ":"].contains($0.text) || ["who", "which", "that"].contains($0.lower) })
            else { continue }
            let rest = phrasing.text((clause.verb + 1)..<comma)
            let prompt = Phrasing.finish(["What", clause.doForm ?? "did", clause.subjectText, "cite in", gerund, rest])
            facts.append(builder.fact(.stance, .statement, tokens: reason, prompt: prompt))
        }
        return facts
    }
}
