/// Where something was done, when the main clause names the place after "in": "Ukraine and the
/// United States signed a long-anticipated agreement in Washington on Wednesday …" → "Where did
/// Ukraine and the United States sign a long-anticipated agreement …?" (Washington); "Pastor
/// Andrew Brunson was arrested in the Turkish city of Izmir …" → "Where was Pastor Andrew Brunson
/// arrested …?" (the Turkish city of Izmir; "Izmir" accepted). A place is a country or capital
/// the lexicon knows, or any name a place noun introduces ("the resort of Danang").
struct PlaceRule: FactRule {
    var category: FactCategory { .stance }

    /// Nouns that say the name after "of" is a place.
    static let placeNouns: Set<String> = ["city", "town", "resort", "port", "village", "capital", "region", "province", "state", "island"]
    /// The most words between the main verb and "in" ("signed a long-anticipated agreement in …").
    static let longestObject = 5
    /// The most words a place's name may have ("Buenos Aires", "Phnom Penh").
    static let longestName = 3

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts && !sentence.inBlockQuote {
            let tokens = sentence.tokens
            // Only a sentence with "in" before a place is read for its clause.
            guard tokens.indices.dropLast().contains(where: { tokens[$0].lower == "in" && Self.place(tokens, from: $0 + 1) != nil }) else { continue }
            let builder = FactBuilder(article: article, sentence: sentence)
            guard let clause = builder.phrasing.clause() else { continue }
            for index in tokens.indices where tokens[index].lower == "in" && index > clause.verb {
                // The place belongs to the main verb: at most a short object between them, no
                // other preposition ("play a critical role in the war in Syria" says where the
                // war is, not where the role is played).
                let between = tokens[(clause.verb + 1)..<index]
                guard between.count <= Self.longestObject, !Lexicon.inComplementWords.contains(tokens[index - 1].lower),
                      !between.contains(where: { (!$0.isWord && $0.text != "-") || Lexicon.prepositions.contains($0.lower) }),
                      let place = Self.place(tokens, from: index + 1),
                      let question = builder.phrasing.fronted(wh: "Where", removing: index..<place.range.upperBound) else { continue }
                facts.append(builder.fact(.stance, .statement, tokens: place.range, accepted: place.accepted, prompt: question))
            }
        }
        return facts
    }

    /// The place named at `start`: a known country or capital, or "the (adjective) city of Izmir";
    /// its token range and the other forms that count ("Izmir").
    static func place(_ tokens: [Token], from start: Int) -> (range: Range<Int>, accepted: [String])? {
        guard start < tokens.count else { return nil }
        var index = start
        if tokens[index].lower == "the" { index += 1 }
        // "the Turkish city of Izmir", "the resort of Danang".
        var noun = index
        while noun < tokens.count, noun - index < 2, tokens[noun].isWord, !placeNouns.contains(tokens[noun].lower) { noun += 1 }
        if noun + 2 < tokens.count, placeNouns.contains(tokens[noun].lower), tokens[noun + 1].lower == "of",
           tokens[index..<noun].allSatisfy({ $0.isWord }),
           let end = nameEnd(tokens, from: noun + 2) {
            let name = tokens[(noun + 2)..<end].map(\.text).joined(separator: " ")
            return (start..<end, [name])
        }
        guard let end = nameEnd(tokens, from: index) else { return nil }
        let name = tokens[index..<end].map(\.text).joined(separator: " ").lowercased()
        guard Lexicon.capitals.contains(name) || Lexicon.countries.contains(name) else { return nil }
        return (start..<end, index > start ? [tokens[index..<end].map(\.text).joined(separator: " ")] : [])
    }

    /// The end of a place's name: a name not followed by a possessive ("in Moscow’s embassy" is
    /// whose, not where).
    private static func nameEnd(_ tokens: [Token], from start: Int) -> Int? {
        guard let end = NameIndex.nameEnd(tokens, from: start, longest: longestName) else { return nil }
        return end < tokens.count && tokens[end].isPossessive ? nil : end
    }
}
