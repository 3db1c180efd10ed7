/// What a thing the main clause names does, told in a relative clause after a comma: "…, the
/// Soviet Union developed its own approach to international law, which emphasised the primacy of
/// the state over the individual – and …" → "What did the Soviet Union’s own approach to
/// international law emphasise?", answer "the primacy of the state over the individual". The
/// thing is a phrase after the main verb with "the" or a possessive (an "its"/"their" is the
/// main clause's subject's); the relative verb is a simple past or present of a verb that acts
/// (no "be", "have" or modal); its object runs to the clause's end, at most 12 words.
struct WhichRule: FactRule {
    var category: FactCategory { .stance }

    static let longestThing = 8
    static let longestObject = 12

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts && !sentence.inBlockQuote {
            let tokens = sentence.tokens
            let phrasing = Phrasing(article: article, sentence: sentence)
            let quoted = Set(QuoteSpans.quotes(tokens).flatMap { Array($0) })
            // A lead phrase the clause finder turns down ("Through this process, …") goes.
            let firstComma = tokens.firstIndex { $0.text == "," }
            guard let clause = phrasing.clause() ?? firstComma.flatMap({ phrasing.clause(from: $0 + 1) }) else { continue }
            for which in tokens.indices where which > clause.verb + 2 && tokens[which].lower == "which"
                && tokens[which - 1].text == "," && !quoted.contains(which) {
                var verb = which + 1
                if verb < tokens.count, tokens[verb].lower.hasSuffix("ly"), tokens[verb].lower.count > 4 { verb += 1 }
                guard verb + 2 < tokens.count, tokens[verb].isWord, !tokens[verb].isCapitalized,
                      !VerbForms.auxiliaries.contains(tokens[verb].lower), VerbForms.isFiniteVerb(tokens[verb].lower),
                      let base = VerbForms.base(of: tokens[verb].lower) ?? (tokens[verb].lower.hasSuffix("s") ? VerbForms.baseOfPresent(tokens[verb].lower) : nil),
                      !["be", "have", "do"].contains(base)
                else { continue }
                // The thing: back from the comma to its determiner, after the main verb.
                guard let start = (max(clause.verb + 1, which - 1 - Self.longestThing)..<(which - 1)).last(where: {
                    ["the", "its", "their"].contains(tokens[$0].lower)
                }), tokens[start..<(which - 1)].allSatisfy({ $0.isWord || $0.isPossessive }),
                      !tokens[(start + 1)..<(which - 1)].contains(where: { VerbForms.isFiniteVerb($0.lower) && !$0.isCapitalized && !$0.lower.hasSuffix("s") })
                else { continue }
                // The object: to the clause's end.
                var end = verb + 1
                while end < tokens.count, ![",", ";", ":", "–", "—", ".", "(", "?"].contains(tokens[end].text),
                      !(tokens[end].lower == "and" && end + 1 < tokens.count && tokens[end + 1].lower == "which") {
                    end += 1
                }
                let object = (verb + 1)..<end
                guard (2...Self.longestObject).contains(tokens[object].filter(\.isWord).count),
                      !tokens[object].contains(where: { VerbForms.auxiliaries.contains($0.lower) }) else { continue }
                var thing = phrasing.text(start..<(which - 1))
                if ["its", "their"].contains(tokens[start].lower) {
                    // "its own approach" is the main clause subject's.
                    guard let owner = phrasing.resolvedSubject(clause.subject), owner.first?.isUppercase == true || owner.hasPrefix("the ")
                    else { continue }
                    let possessive = owner.hasSuffix("s") ? owner + "’" : owner + "’s"
                    thing = possessive + String(thing.dropFirst(tokens[start].text.count))
                }
                let past = VerbForms.irregularPast[tokens[verb].lower] != nil || tokens[verb].lower.hasSuffix("ed")
                let prompt = "What \(past ? "did" : "does") \(thing) \(base)?"
                facts.append(FactBuilder(article: article, sentence: sentence).fact(.stance, .statement, tokens: object, prompt: prompt))
            }
        }
        return facts
    }
}
