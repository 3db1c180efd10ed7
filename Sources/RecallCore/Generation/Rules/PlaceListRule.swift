/// Where something happened, when the sentence lists the countries: "As a result of the Arab
/// uprisings, governments fell in Tunisia, Egypt, Yemen and eventually Libya, while …" →
/// "In which countries did governments fall as a result of the Arab uprisings?" Only a list
/// of three or more countries after "in" that belongs to the main clause; the answer is the
/// list as written (an adverb inside it, "eventually", may be left out). A list in the
/// subject after its plural noun is asked in place: "Ministers from which countries declined
/// to comment?"
struct PlaceListRule: FactRule {
    var category: FactCategory { .stance }

    /// The fewest countries a list must name.
    static let minimumItems = 3

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts && !sentence.inBlockQuote {
            let tokens = sentence.tokens
            // "Ministers from Canada, Malaysia, Singapore and Peru declined to comment." →
            // "Ministers from which countries declined to comment?": the list in the subject.
            let opener = Phrasing.openerEnd(tokens)
            if opener + 2 < tokens.count, tokens[opener + 1].lower == "from", tokens[opener].lower.hasSuffix("s"),
               !Lexicon.functionWords.contains(tokens[opener].lower),
               let list = Self.countryList(tokens, from: opener + 2), list.items.count >= Self.minimumItems,
               list.end < tokens.count, VerbForms.auxiliaries.contains(tokens[list.end].lower) || VerbForms.isFiniteVerb(tokens[list.end].lower),
               // A name or a number after it says on what occasion ("… declined to comment" alone
               // fits any talks).
               tokens[list.end...].contains(where: { $0.isCapitalized || $0.kind == .number }) {
                let builder = FactBuilder(article: article, sentence: sentence)
                let prompt = builder.phrasing.inPlace(replacing: (opener + 2)..<list.end, with: "which countries")
                let plain = list.items.dropLast().joined(separator: ", ") + " and " + list.items[list.items.count - 1]
                facts.append(builder.fact(.stance, .statement, tokens: (opener + 2)..<list.end, accepted: [plain], prompt: prompt))
            }
            for index in tokens.indices where tokens[index].lower == "in" {
                guard let list = Self.countryList(tokens, from: index + 1), list.items.count >= Self.minimumItems else { continue }
                let builder = FactBuilder(article: article, sentence: sentence)
                guard let question = builder.phrasing.fronted(wh: "In which countries", removing: index..<list.end) else { continue }
                let plain = list.items.dropLast().joined(separator: ", ") + " and " + list.items[list.items.count - 1]
                facts.append(builder.fact(.stance, .statement, tokens: (index + 1)..<list.end, accepted: [plain], prompt: question))
            }
        }
        return facts
    }

    /// "Tunisia, Egypt, Yemen and eventually Libya": the countries and the token after the
    /// list; nil when anything but a country stands in it.
    static func countryList(_ tokens: [Token], from start: Int) -> (items: [String], end: Int)? {
        var items: [String] = []
        var index = start
        while index < tokens.count {
            guard let (name, next) = country(tokens, at: index) else { return nil }
            items.append(name)
            index = next
            guard index < tokens.count else { break }
            if tokens[index].text == ",", index + 1 < tokens.count, !["and", "or"].contains(tokens[index + 1].lower) {
                index += 1
                continue
            }
            var and = index
            if tokens[and].text == ",", and + 1 < tokens.count { and += 1 }
            guard ["and", "or"].contains(tokens[and].lower), and + 1 < tokens.count else { break }
            // One adverb before the last item: "and eventually Libya".
            var last = and + 1
            if tokens[last].lower.hasSuffix("ly"), !tokens[last].isCapitalized, last + 1 < tokens.count { last += 1 }
            guard let (final, end) = country(tokens, at: last) else { break }
            items.append(final)
            return (items, end)
        }
        return nil
    }

    /// A country's name at `index` ("Egypt", "Saudi Arabia", "the UK"), and the token after it.
    private static func country(_ tokens: [Token], at index: Int) -> (String, Int)? {
        guard index < tokens.count else { return nil }
        var start = index
        if tokens[start].lower == "the", start + 1 < tokens.count { start += 1 }
        for length in [3, 2, 1] where start + length <= tokens.count {
            let words = tokens[start..<(start + length)]
            guard words.allSatisfy({ $0.isWord && $0.isCapitalized }) else { continue }
            let name = words.map(\.text).joined(separator: " ")
            if Lexicon.countries.contains(name.lowercased()) { return (name, start + length) }
        }
        return nil
    }
}
