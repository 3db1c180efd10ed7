/// A name the writer gives a thing, with what it means set off after a dash or a colon:
/// "… has been reduced today to what I call kinetic diplomacy – diplomacy by armed force." →
/// "What does the author call diplomacy by armed force?", answer "kinetic diplomacy". The
/// namer is the writer ("what I call", "what we call") or a person the sentence names ("what
/// Jane Smith calls"); the term is one to four words, the meaning two to eight, ending the
/// sentence or its clause. And a person's thing named between dashes: "Deakin’s grand
/// compromise – the Australian Settlement – promised …" → "What was Alfred Deakin’s grand
/// compromise called?".
struct TermRule: FactRule {
    var category: FactCategory { .stance }

    static let longestTerm = 4
    static let longestMeaning = 8
    private static let namingVerbs: Set<String> = ["call", "calls", "called", "term", "terms", "termed", "dub", "dubs", "dubbed"]
    private static let writers: Set<String> = ["i", "we"]

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        // The writer's own voice ("what I call") keeps other rules off a sentence, not this one:
        // its question names the author instead.
        for sentence in article.sentences where !sentence.isHeading && !sentence.inBlockQuote && VerbForms.hasFiniteVerb(sentence.tokens) {
            let tokens = sentence.tokens
            let quoted = Set(QuoteSpans.quotes(tokens).flatMap { Array($0) })
            for verb in tokens.indices where verb >= 2 && Self.namingVerbs.contains(tokens[verb].lower) && !quoted.contains(verb) {
                guard let namer = namer(tokens, verb, article: article, sentence: sentence) else { continue }
                // The term: words up to the dash or colon.
                var dash = verb + 1
                while dash < tokens.count, tokens[dash].isWord, dash - verb <= Self.longestTerm { dash += 1 }
                guard dash > verb + 1, dash < tokens.count, ["–", "—", ":"].contains(tokens[dash].text) else { continue }
                var end = dash + 1
                while end < tokens.count, tokens[end].isWord || tokens[end].text == "-" { end += 1 }
                let meaning = (dash + 1)..<end
                guard (2...Self.longestMeaning).contains(meaning.count),
                      !meaning.contains(where: { ReferenceResolver.isFirstOrSecondPerson(tokens, $0) }),
                      end == tokens.count || [".", ",", ";", "–", "—"].contains(tokens[end].text) else { continue }
                let phrasing = Phrasing(article: article, sentence: sentence)
                let tense = ["called", "termed", "dubbed"].contains(tokens[verb].lower) ? "did" : namer.plural ? "do" : "does"
                let lowerVerb = tokens[verb].lower
                let base = VerbForms.base(of: lowerVerb) ?? (lowerVerb.hasSuffix("s") ? VerbForms.baseOfPresent(lowerVerb) : lowerVerb)
                let prompt = "What \(tense) \(namer.name) \(base) \(phrasing.text(meaning))?"
                facts.append(FactBuilder(article: article, sentence: sentence).fact(
                    .stance, .statement, tokens: (verb + 1)..<dash, prompt: prompt))
            }
            if sentence.carriesFacts { facts += namedBetweenDashes(sentence, article: article) }
        }
        return facts
    }

    /// "Deakin’s grand compromise – the Australian Settlement – promised …" → "What was Alfred
    /// Deakin’s grand compromise called?", answer "the Australian Settlement": a person's thing
    /// (one to three lower-case words after the possessive name) and, between two dashes, the
    /// capitalised name it goes by.
    private func namedBetweenDashes(_ sentence: Sentence, article: Article) -> [Fact] {
        let tokens = sentence.tokens
        var facts: [Fact] = []
        for run in article.names.runs(inSentence: sentence.index) where run.isPerson {
            let owner = run.tokens.upperBound - 1
            guard tokens[owner].isPossessive else { continue }
            var dash = owner + 1
            while dash < tokens.count, tokens[dash].isWord, !tokens[dash].isCapitalized, dash - owner <= 3 { dash += 1 }
            guard dash > owner + 1, dash + 2 < tokens.count, ["–", "—"].contains(tokens[dash].text),
                  tokens[dash + 1].lower == "the",
                  let close = tokens[(dash + 2)...].firstIndex(where: { ["–", "—"].contains($0.text) }),
                  close > dash + 2, tokens[(dash + 2)..<close].allSatisfy({ $0.isWord && ($0.isCapitalized || Lexicon.capitalFunctionWords.contains($0.lower)) }),
                  close + 1 < tokens.count, tokens[close + 1].isWord else { continue }
            let phrasing = Phrasing(article: article, sentence: sentence)
            let person = article.names.fullName(run.nameText)
            let thing = phrasing.text((owner + 1)..<dash)
            let tense = PositionRule.isPast(Array(tokens[close...])) ? "was" : "is"
            let possessive = person.hasSuffix("s") ? person + "’" : person + "’s"
            facts.append(FactBuilder(article: article, sentence: sentence).fact(
                .stance, .statement, tokens: (dash + 1)..<close, accepted: [phrasing.text((dash + 2)..<close)],
                prompt: "What \(tense) \(possessive) \(thing) called?"))
        }
        return facts
    }

    /// Who names the term: the writer ("what I call" → "the author"), or a person named just
    /// before the verb ("what Jane Smith calls").
    private func namer(_ tokens: [Token], _ verb: Int, article: Article, sentence: Sentence) -> (name: String, plural: Bool)? {
        if Self.writers.contains(tokens[verb - 1].lower) {
            guard tokens[verb - 2].lower == "what" else { return nil }
            return tokens[verb - 1].lower == "we" ? ("the authors", true) : ("the author", false)
        }
        guard let run = article.names.runs(inSentence: sentence.index).first(where: { $0.isPerson && $0.tokens.upperBound == verb }),
              run.tokens.lowerBound >= 1, tokens[run.tokens.lowerBound - 1].lower == "what" else { return nil }
        return (article.names.fullName(run.nameText), false)
    }
}
