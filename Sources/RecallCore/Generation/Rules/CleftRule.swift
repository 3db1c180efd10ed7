/// What a cleft sentence singles out: "… but ironically it was US companies’ use of China’s
/// resources that led to the development of its powerhouse of patents" says what led to it,
/// and is asked so: "What led to the development of China’s powerhouse of patents?". Only a
/// focus that is a noun phrase (not "it was in 2001 that …", which dates) followed by
/// "that"/"who" and a finite verb: "It is clear that …" and "It was a pity that he …" are no
/// clefts. Asked as a question only: a cloze would gap the very thing a pronoun after it
/// refers to.
struct CleftRule: FactRule {
    var category: FactCategory { .stance }

    /// The most words a focus may have; a longer one is rarely one phrase.
    static let maximumFocusWords = 10

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts && !sentence.inBlockQuote {
            let tokens = sentence.tokens
            for index in tokens.indices where tokens[index].lower == "it" && opensClause(tokens, index) {
                guard index + 3 < tokens.count, ["was", "is"].contains(tokens[index + 1].lower),
                      let (focus, relative) = focus(tokens, from: index + 2) else { continue }
                let builder = FactBuilder(article: article, sentence: sentence)
                let phrasing = builder.phrasing
                let end = phrasing.clauseEnd(after: (relative + 1)..<(relative + 2))
                guard end > relative + 2, end <= tokens.count else { continue }
                var last = end
                while last > relative + 2, tokens[last - 1].isPunctuation { last -= 1 }
                let runs = article.names.runs(inSentence: sentence.index)
                let person = runs.contains { $0.isPerson && $0.tokens == focus }
                var predicate = phrasing.text((relative + 1)..<last)
                // "its" after the focus is the last thing the focus names ("China’s resources
                // … its powerhouse"): the question names it, since the answer is not there.
                let words = predicate.split(separator: " ")
                if words.contains("its") {
                    guard let owner = runs.last(where: { !$0.isPerson && focus.contains($0.tokens.lowerBound) && tokens[$0.tokens.upperBound - 1].isPossessive })
                    else { continue }
                    let name = sentence.text(tokens[owner.tokens.lowerBound].start..<tokens[owner.tokens.upperBound - 1].end)
                    predicate = words.map { $0 == "its" ? name : String($0) }.joined(separator: " ")
                }
                let focusText = sentence.text(tokens[focus.lowerBound].start..<tokens[focus.upperBound - 1].end)
                let country = Lexicon.countries.contains(focusText.lowercased().replacingOccurrences(of: "the ", with: ""))
                let wh = person ? "Who " : country ? "Which country " : "What "
                var fact = builder.fact(.stance, person || country ? .person : .statement, tokens: focus, prompt: wh + predicate + "?")
                fact.asksCloze = false
                facts.append(fact)
            }
        }
        return facts
    }

    /// "it" at the start of the sentence or of a clause ("…, but ironically it was …").
    private func opensClause(_ tokens: [Token], _ index: Int) -> Bool {
        var before = index - 1
        if before >= 0, tokens[before].lower.hasSuffix("ly"), tokens[before].lower.count > 4 { before -= 1 }
        return before < 0 || [",", ";", "–", "—"].contains(tokens[before].text) || ["but", "and", "yet"].contains(tokens[before].lower)
    }

    /// The focus phrase after "it was" and the index of the "that"/"who" closing it, when a
    /// finite verb follows.
    private func focus(_ tokens: [Token], from start: Int) -> (Range<Int>, Int)? {
        let first = tokens[start]
        guard first.isWord, !Lexicon.prepositions.contains(first.lower), first.lower != "not",
              !Lexicon.demonstratives.contains(first.lower), Lexicon.personalPronouns[first.lower] == nil else { return nil }
        var index = start
        while index < tokens.count, index - start <= Self.maximumFocusWords {
            let token = tokens[index]
            // One word only when it is a name: "It was China that …", not "It is clear that …".
            if ["that", "who"].contains(token.lower), index > start + 1 || tokens[start].isCapitalized && index == start + 1 {
                guard index + 1 < tokens.count, VerbForms.isFiniteVerb(tokens[index + 1].lower),
                      !VerbForms.auxiliaries.contains(tokens[index + 1].lower) else { return nil }
                return (start..<index, index)
            }
            // A comma or an auxiliary ends a noun phrase before any "that" could close it; the
            // apostrophe of a plural possessive ("companies’ use") does not.
            let apostrophe = ["’", "'"].contains(token.text) && index > start && tokens[index - 1].lower.hasSuffix("s")
            guard token.isWord && !VerbForms.auxiliaries.contains(token.lower) || apostrophe else { return nil }
            index += 1
        }
        return nil
    }
}
