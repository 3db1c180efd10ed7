/// Named examples of a kind: "western firms like Apple and Intel made large profits …",
/// "… spurred by innovative start-ups like Yitu Technology and DeepGlint". The names are what
/// a reader keeps; asked as the sentence's cloze with the names gapped, since the sentence
/// says what they are examples of ("Which firms …?" would claim they were the only ones).
struct ExampleRule: FactRule {
    var category: FactCategory { .stance }

    /// The fewest and most names a list of examples may hold ("academics such as Matthew
    /// Rimmer" gives one).
    static let items = 1...4
    /// The most words one name may have ("Yitu Technology").
    static let longestName = 3

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts && !sentence.inBlockQuote {
            let tokens = sentence.tokens
            let builder = FactBuilder(article: article, sentence: sentence)
            for index in tokens.indices.dropFirst() {
                var start = index + 1
                if tokens[index].lower == "such", index + 1 < tokens.count, tokens[index + 1].lower == "as" {
                    start = index + 2
                } else if tokens[index].lower != "like" {
                    continue
                }
                // The kind the names are examples of: a plural noun just before ("firms", "start-ups").
                let kind = tokens[index - 1]
                // Capitalised only as the sentence's first word ("Academics such as …").
                let lowerKind = !kind.isCapitalized || (index - 1 == 0 && !article.names.capitalisedInside.contains(kind.text))
                guard kind.isWord, lowerKind, kind.lower.count > 3, kind.lower.hasSuffix("s"),
                      !Lexicon.functionWords.contains(kind.lower), !Self.isVerbAfterSubject(tokens, index - 1),
                      let list = Self.names(tokens, from: start), Self.items.contains(list.items.count) else { continue }
                let span = start..<list.end
                var fact = builder.fact(
                    .stance, .statement, tokens: span, accepted: Self.otherOrders(list.items),
                    prompt: Phrasing.finish(["Which", kind.lower, "does the article name"]))
                fact.prefersCloze = true
                facts.append(fact)
            }
        }
        return facts
    }

    /// "Apple and Intel", "India, Indonesia and Thailand": capitalised names of at most
    /// `longestName` words, joined by commas and a last "and"/"or", followed by no other name.
    static func names(_ tokens: [Token], from start: Int) -> (items: [String], end: Int)? {
        var items: [String] = []
        var index = start
        while true {
            // "China’s Pearl River Delta": a name may open with its owner's.
            let owner = index + 1 < tokens.count && tokens[index].isPossessive && tokens[index].isCapitalized ? 1 : 0
            guard let end = NameIndex.nameEnd(tokens, from: index + owner, longest: longestName) else { return nil }
            items.append(tokens[index..<end].map(\.text).joined(separator: " "))
            if items.count > 1, index > start, ["and", "or"].contains(tokens[index - 1].lower) { return (items, end) }
            // One name alone ("academics such as Matthew Rimmer have …").
            let alone = items.count == 1 ? (items, end) : nil
            guard end + 1 < tokens.count else { return alone }
            if tokens[end].text == ",", tokens[end + 1].isCapitalized {
                index = end + 1
                continue
            }
            let join = tokens[end].text == "," ? end + 1 : end
            guard join + 1 < tokens.count, ["and", "or"].contains(tokens[join].lower) else { return alone }
            index = join + 1
        }
    }

    /// "It looks like …", "Trump sounds like …": a word after a pronoun, or a present verb after
    /// a name, is a verb, not a kind ("US firms like …" stays a kind).
    static func isVerbAfterSubject(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0 else { return false }
        let before = tokens[index - 1]
        return Lexicon.personalPronouns[before.lower] != nil || ["this", "that", "what", "which", "who"].contains(before.lower)
            || (ReferenceResolver.isName(tokens, index - 1) && VerbForms.presentForms[tokens[index].lower] != nil)
    }

    /// The names in another order (a reader may list them as they come to mind), and a name
    /// alone without its owner ("Pearl River Delta" for "China’s Pearl River Delta").
    static func otherOrders(_ items: [String]) -> [String] {
        if items.count == 1, let space = items[0].firstIndex(of: " "), items[0][..<space].hasSuffix("’s") || items[0][..<space].hasSuffix("'s") {
            return [String(items[0][items[0].index(after: space)...])]
        }
        guard items.count == 2 else { return [] }
        return [items[1] + " and " + items[0]]
    }
}
