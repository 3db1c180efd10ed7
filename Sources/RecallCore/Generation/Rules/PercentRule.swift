/// Percentages and percentage points: "29 percent", "12%", "3.5 per cent", "two percentage
/// points". Asked with "what percentage" where the figure stood.
struct PercentRule: FactRule {
    var category: FactCategory { .figure }

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts {
            let tokens = sentence.tokens
            let builder = FactBuilder(article: article, sentence: sentence)
            for index in tokens.indices {
                guard let value = FigureSupport.value(tokens[index]), index + 1 < tokens.count else { continue }
                var end = index + 1
                var points = false
                let next = tokens[end].lower
                if next == "%" {
                    end += 1
                } else if next == "percent" || next == "pct" {
                    end += 1
                } else if next == "per", end + 1 < tokens.count, tokens[end + 1].lower == "cent" {
                    end += 2
                } else if next == "percentage", end + 1 < tokens.count, tokens[end + 1].lower.hasPrefix("point") {
                    end += 2
                    points = true
                } else {
                    continue
                }
                if !points, end < tokens.count, tokens[end].lower.hasPrefix("point") {
                    end += 1
                    points = true
                }
                let number = tokens[index].text
                let plain = value == value.rounded() ? String(Int(value)) : number
                var accepted = points
                    ? [plain + " points", plain + " percentage points", plain]
                    : [plain + "%", plain + " percent", plain + " per cent", plain]
                accepted += FigureSupport.alternativeNumbers(tokens[index]).map { $0 + (points ? " points" : " percent") }
                let phrase = FigureSupport.approximation(tokens, before: index)
                let wh = (phrase.map { $0.phrase + " " } ?? "") + (points ? "how many percentage points" : "what percentage")
                let replaced = (phrase?.range.lowerBound ?? index)..<end
                let prompt = builder.phrasing.inPlace(replacing: replaced, with: wh)
                facts.append(builder.fact(.figure, .percent, tokens: index..<end, accepted: accepted, prompt: prompt))
            }
        }
        return facts
    }
}
