/// A title that announces who takes an office, asked as who took it: "China's new central bank
/// governor will have to deal with massive debt …" over a lead that says "Yi Gang, currently
/// the deputy governor of the People's Bank of China, will take over the leadership from Zhou
/// Xiaochuan" → "Who is China's new central bank governor?" (Yi Gang). The title's words from
/// the start to the post ("new" and at most `longestPostPhrase` words, the last a post such as
/// "governor" or "chief"); the answer the first person named in the lead sentence that says
/// the office changes hands (takes over, succeeds, replaces, is appointed or named).
struct NewPostTitle: Sendable, Equatable {
    var sentence: Int
    var span: Range<Int>
    var person: String
    var question: String

    static let longestPostPhrase = 6

    /// Words that say an office changes hands.
    static let successionWords: Set<String> = [
        "succeed", "succeeds", "succeeded", "replace", "replaces", "replaced", "appointed", "appoints", "named",
        "names", "elected", "sworn", "nominated", "over",
    ]

    init?(article: Article) {
        guard let title = article.title,
              let heading = article.sentences.first(where: { $0.isHeading && $0.text == title }) else { return nil }
        let tokens = heading.tokens
        guard let new = tokens.prefix(4).firstIndex(where: { $0.lower == "new" }) else { return nil }
        // The post: the first title word after "new" that names one.
        guard let post = tokens[(new + 1)...].prefix(Self.longestPostPhrase).firstIndex(where: { Lexicon.titleHeads.contains($0.lower) }),
              tokens[new..<post].allSatisfy({ $0.isWord }), post + 1 < tokens.count,
              VerbForms.auxiliaries.contains(tokens[post + 1].lower) || VerbForms.isFiniteVerb(tokens[post + 1].lower)
                || ["has", "will", "to", "faces", "must"].contains(tokens[post + 1].lower) else { return nil }
        // Before "new": nothing, "the", or whose the office is ("China's").
        let before = tokens[..<new]
        guard before.isEmpty || (before.count == 1 && (before.first!.isPossessive || before.first!.lower == "the"))
                || (before.count == 1 && Lexicon.saysWhoseCountry(before.first!.text)) else { return nil }
        let phrase = heading.text(tokens[0].start..<tokens[post].end)
        for sentence in article.sentences.filter(\.carriesFacts).prefix(Headline.leadSentences) {
            let words = sentence.tokens.map(\.lower)
            guard words.contains(where: { Self.successionWords.contains($0) }) || words.contains("take") && words.contains("over"),
                  let run = article.names.runs(inSentence: sentence.index).first(where: \.isPerson) else { continue }
            let lead = sentence.tokens
            self.sentence = sentence.index
            span = lead[run.name.lowerBound].start..<lead[run.name.upperBound - 1].end
            person = article.names.fullName(run.nameText)
            let opening = phrase.prefix(1).lowercased() == phrase.prefix(1) || Lexicon.articles.contains(tokens[0].lower)
                ? phrase.prefix(1).lowercased() + phrase.dropFirst() : phrase
            question = "Who is \(opening)?"
            return
        }
        return nil
    }
}
