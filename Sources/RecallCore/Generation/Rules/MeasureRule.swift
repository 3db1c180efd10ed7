/// Durations and sizes written as adjectives: "a 60-day ultimatum", "a three-day state
/// summit", "a 10-mile zone". Asked as "an ultimatum of how many days".
struct MeasureRule: FactRule {
    var category: FactCategory { .figure }

    private static let units: Set<String> = [
        "day", "week", "month", "year", "hour", "minute", "second", "mile", "kilometre",
        "kilometer", "km", "metre", "meter", "foot", "point", "member", "nation", "seat",
        "storey", "story", "page", "decade", "century", "party", "country", "man", "person",
    ]

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts {
            let tokens = sentence.tokens
            let builder = FactBuilder(article: article, sentence: sentence)
            for index in tokens.indices where tokens[index].isWord {
                let parts = tokens[index].lower.split(separator: "-")
                guard parts.count == 2, let unit = parts.last, Self.units.contains(String(unit)) else { continue }
                let number = String(parts[0])
                guard let value = Int(number) ?? Lexicon.numberWord(number), value > 0 else { continue }
                // The noun it describes: one or two words after it.
                var nounEnd = index + 1
                while nounEnd < tokens.count, nounEnd - index <= 2, tokens[nounEnd].isWord,
                      !Lexicon.notCountNouns.contains(tokens[nounEnd].lower) {
                    nounEnd += 1
                }
                guard nounEnd > index + 1 else { continue }
                let noun = builder.phrasing.text((index + 1)..<nounEnd)
                var start = index
                if index > 0, ["a", "an"].contains(tokens[index - 1].lower) { start = index - 1 }
                let units = value == 1 ? String(unit) : Lexicon.plural(String(unit))
                let wh = FigureSupport.article(for: noun) + " " + noun + " of how many " + units
                let prompt = builder.phrasing.inPlace(replacing: start..<nounEnd, with: wh)
                let digits = String(value)
                let spelled = Lexicon.spell(value) ?? digits
                let accepted = [
                    "\(digits) \(units)", "\(spelled) \(units)", "\(digits)-\(unit)", "\(spelled)-\(unit)",
                    digits, "\(digits) \(unit)",
                ]
                facts.append(builder.fact(.figure, .measure(unit: String(unit)), tokens: index..<(index + 1), accepted: accepted, prompt: prompt))
            }
        }
        return facts
    }
}
