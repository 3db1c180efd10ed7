import Foundation

/// Dates and times: "April 9", "9 April 2023", "Sept. 11, 2001", "September 2017",
/// "mid-2024", "in March", "2024", "June-July", "the 1990s", "Q3 2024", and relative ones
/// ("last week", "three weeks ago"), which are asked as written, never resolved.
struct DateRule: FactRule {
    var category: FactCategory { .date }

    private static let relativeUnits: Set<String> = ["day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"]
    private static let prepositions: Set<String> = ["in", "on", "during", "at", "of"]
    private static let otherPrepositions: Set<String> = ["since", "after", "before", "by", "until", "from", "through", "till"]

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts {
            let tokens = sentence.tokens
            let builder = FactBuilder(article: article, sentence: sentence)
            var index = 0
            while index < tokens.count {
                guard let found = date(tokens, at: index) else {
                    index += 1
                    continue
                }
                if let fact = makeFact(builder, tokens, found) { facts.append(fact) }
                index = found.range.upperBound
            }
        }
        return facts
    }

    struct Found {
        var range: Range<Int>
        var kind: AnswerKind
        var accepted: [String]
    }

    func date(_ tokens: [Token], at index: Int) -> Found? {
        let token = tokens[index]
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        func day(_ t: Token?) -> Int? {
            guard let t, t.kind == .number, let v = Int(t.text.filter(\.isNumber)), v >= 1, v <= 31, t.text.count <= 2 else {
                if let t, t.isWord, ["st", "nd", "rd", "th"].contains(where: t.lower.hasSuffix),
                   let v = Int(t.lower.dropLast(2)), v >= 1, v <= 31 { return v }
                return nil
            }
            return v
        }
        if let month = Lexicon.month(token) {
            let name = Lexicon.months[month].capitalized
            if token.lower == "may", next == nil || (day(next) == nil && !(next.map(FigureSupport.isYear) ?? false)),
               index == 0 || !["in", "of", "since", "until", "by", "early", "late", "mid", "last", "next", "this"].contains(tokens[index - 1].lower) {
                return nil
            }
            if let d = day(next) {
                var end = index + 2
                if end + 1 < tokens.count, tokens[end].text == ",", FigureSupport.isYear(tokens[end + 1]) {
                    end += 2
                } else if end < tokens.count, FigureSupport.isYear(tokens[end]) {
                    end += 1
                }
                let short = String(name.prefix(3))
                var accepted = ["\(d) \(name)", "\(name) \(d)", "\(short) \(d)", "\(short). \(d)", "\(name) \(d)\(suffix(d))"]
                if end > index + 2 {
                    let year = tokens[end - 1].text
                    accepted = ["\(name) \(d), \(year)", "\(d) \(name) \(year)", "\(name) \(d) \(year)", "\(name) \(d)", "\(short) \(d), \(year)"]
                }
                return Found(range: index..<end, kind: .monthDay, accepted: accepted)
            }
            if let next, FigureSupport.isYear(next) {
                let short = String(name.prefix(3))
                let accepted = ["\(name) \(next.text)", "\(short) \(next.text)", "\(name), \(next.text)", "\(next.text)-\(month < 9 ? "0" : "")\(month + 1)"]
                return Found(range: index..<(index + 2), kind: .monthYear, accepted: accepted)
            }
            guard index > 0, ["in", "of", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "from", "during"].contains(tokens[index - 1].lower) else {
                return nil
            }
            return Found(range: index..<(index + 1), kind: .month, accepted: [name, "in \(name)"])
        }
        if let d = day(token), let next, let month = Lexicon.month(next) {
            let name = Lexicon.months[month].capitalized
            var end = index + 2
            if end < tokens.count, FigureSupport.isYear(tokens[end]) { end += 1 }
            var accepted = ["\(name) \(d)", "\(d) \(name)"]
            if end > index + 2 { accepted = ["\(name) \(d), \(tokens[end - 1].text)", "\(name) \(d) \(tokens[end - 1].text)"] + accepted }
            return Found(range: index..<end, kind: .monthDay, accepted: accepted)
        }
        if token.isWord {
            let parts = token.lower.utf8.contains(UInt8(ascii: "-")) ? token.lower.split(separator: "-").map(String.init) : [token.lower]
            // mid-2024, early-2020, late-1990s
            if parts.count == 2, ["mid", "early", "late"].contains(parts[0]), let year = Int(parts[1]), year >= 1000, year < 2200 {
                let phrase = parts[0] == "mid" ? "middle" : parts[0]
                return Found(range: index..<(index + 1), kind: .partOfYear, accepted: ["\(parts[0]) \(parts[1])", "the \(phrase) of \(parts[1])", "\(phrase) of \(parts[1])"])
            }
            // June-July
            if parts.count == 2, let first = Lexicon.months.firstIndex(of: parts[0]), let second = Lexicon.months.firstIndex(of: parts[1]), token.isCapitalized {
                let a = Lexicon.months[first].capitalized
                let b = Lexicon.months[second].capitalized
                return Found(range: index..<(index + 1), kind: .monthRange, accepted: ["\(a)–\(b)", "\(a) to \(b)", "\(a) and \(b)", "\(a) \(b)"])
            }
            // 1990s
            if token.lower.hasSuffix("s"), let decade = Int(token.lower.dropLast()), decade >= 1000, decade < 2200, decade % 10 == 0 {
                return Found(range: index..<(index + 1), kind: .year, accepted: ["the \(token.text)", "\(decade)s"])
            }
            // Q3 2024
            if token.text.count == 2, token.text.hasPrefix("Q"), let q = Int(token.text.dropFirst()), q >= 1, q <= 4 {
                var end = index + 1
                if let next, FigureSupport.isYear(next) { end += 1 }
                return Found(range: index..<end, kind: .partOfYear, accepted: ["quarter \(q)", "\(Lexicon.ordinalNames[q]) quarter"])
            }
            // the third quarter (of 2024)
            if ["first", "second", "third", "fourth"].contains(token.lower), let next, next.lower == "quarter",
               index > 0, tokens[index - 1].lower == "the" {
                var end = index + 2
                if end + 1 < tokens.count, tokens[end].lower == "of", FigureSupport.isYear(tokens[end + 1]) { end += 2 }
                let q = Lexicon.ordinals[token.lower] ?? 1
                return Found(range: index..<end, kind: .partOfYear, accepted: ["Q\(q)", "quarter \(q)"])
            }
            // spring 2025
            if ["spring", "summer", "autumn", "fall", "winter"].contains(token.lower), let next, FigureSupport.isYear(next) {
                return Found(range: index..<(index + 2), kind: .partOfYear, accepted: ["\(token.lower) \(next.text)", "\(token.lower) of \(next.text)"])
            }
            // last week, next month, this year
            if ["last", "next", "past"].contains(token.lower), let next, ["week", "month", "year", "weekend", "spring", "summer", "autumn", "fall", "winter"].contains(next.lower) {
                guard token.lower != "this" || !(index > 0 && Lexicon.month(tokens[index - 1]) != nil) else { return nil }
                guard index == 0 || !["the", "a", "its", "his", "her", "their", "of"].contains(tokens[index - 1].lower) else { return nil }
                let alternatives = token.lower == "last" ? ["the previous \(next.lower)", "a \(next.lower) ago"] : []
                return Found(range: index..<(index + 2), kind: .relative, accepted: alternatives)
            }
            // three weeks ago (not "up 38% from a year earlier": a comparison, not a date)
            if FigureSupport.value(token) != nil || token.lower == "a", let next, Self.relativeUnits.contains(next.lower),
               index + 2 < tokens.count, ["ago", "earlier", "later"].contains(tokens[index + 2].lower),
               index == 0 || !["from", "than", "on"].contains(tokens[index - 1].lower) {
                let numbers = FigureSupport.alternativeNumbers(token)
                let accepted = numbers.map { "\($0) \(next.text) \(tokens[index + 2].text)" }
                return Found(range: index..<(index + 3), kind: .relative, accepted: accepted)
            }
            if ["yesterday", "today", "tomorrow"].contains(token.lower), index > 0 || tokens.count > 1 {
                return nil  // too vague to ask about
            }
        }
        if FigureSupport.isYear(token) {
            // Year ranges "2014-2016" arrive as two numbers around a dash.
            if index > 0, ["$", "£", "€", "#"].contains(tokens[index - 1].text) { return nil }
            return Found(range: index..<(index + 1), kind: .year, accepted: ["in \(token.text)"])
        }
        if token.kind == .word, let year = Int(token.lower.prefix(while: \.isNumber)), year >= 1000, year < 2200,
           token.lower.count == 4 {
            return Found(range: index..<(index + 1), kind: .year, accepted: [])
        }
        return nil
    }

    private func suffix(_ day: Int) -> String {
        if (11...13).contains(day % 100) { return "th" }
        switch day % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }

    private func makeFact(_ builder: FactBuilder, _ tokens: [Token], _ found: Found) -> Fact? {
        let range = found.range
        var phrase: String
        switch found.kind {
        case .monthDay: phrase = "what date"
        case .monthYear: phrase = "which month and year"
        case .month: phrase = "which month"
        case .monthRange: phrase = "which months"
        case .year: phrase = tokens[range.lowerBound].lower.hasSuffix("s") ? "which decade" : "which year"
        default: phrase = "when"
        }
        var start = range.lowerBound
        var preposition: String?
        if found.kind == .year, tokens[range.lowerBound].lower.hasSuffix("s"), start > 0, tokens[start - 1].lower == "the" {
            start -= 1  // "the 1990s"
        }
        if start > 0 {
            let before = tokens[start - 1].lower
            // "between 2002 and 2020", "from 2014 to 2016": asked in place, one end at a time.
            let after = range.upperBound < tokens.count ? tokens[range.upperBound].lower : ""
            if found.kind == .year, ["between", "and", "to", "from", "–", "-"].contains(before) || ["and", "to", "–", "-"].contains(after) {
                let prompt = builder.phrasing.inPlace(replacing: range, with: "which year")
                return builder.fact(.date, found.kind, tokens: range, accepted: found.accepted, prompt: prompt)
            }
            if before == "the" {
                // "the 2023 total": ask "which year's total".
                guard found.kind == .year, range.upperBound < tokens.count, tokens[range.upperBound].isWord else { return nil }
                let prompt = builder.phrasing.inPlace(replacing: (start - 1)..<range.upperBound, with: "which year’s")
                return builder.fact(.date, found.kind, tokens: range, accepted: found.accepted, prompt: prompt)
            }
            if Self.prepositions.contains(before) || Self.otherPrepositions.contains(before) {
                preposition = before
                start -= 1
                if before == "of", start > 0, tokens[start - 1].lower == "as" {
                    preposition = "as of"
                    start -= 1
                }
            }
            if ["early", "late", "mid"].contains(before) { return nil }
        }
        let wh: String
        switch preposition {
        case nil where found.kind == .monthDay:
            wh = "on " + phrase  // "announced March 22": "On what date did … announce …?"
        case nil:
            wh = phrase == "when" ? "when" : (found.kind == .relative ? "when" : "in " + phrase)
        case "of":
            // "by the end of 2026": keep the "of" and ask in place.
            let prompt = builder.phrasing.inPlace(replacing: start..<range.upperBound, with: "of " + (phrase == "when" ? "what time" : phrase))
            return builder.fact(.date, found.kind, tokens: range, accepted: found.accepted, prompt: prompt)
        case "in", "during", "at":
            wh = phrase == "when" ? "when" : (found.kind == .monthDay ? "on " : "in ") + phrase
        case "on":
            wh = phrase == "when" ? "when" : "on " + phrase
        default:
            wh = preposition! + " " + (phrase == "when" ? "when" : phrase)
        }
        if found.kind == .relative && preposition == nil {
            let ago = tokens[range.upperBound - 1].lower == "ago"
            let question = ago ? "How long ago" : "When"
            var fronted = builder.phrasing.fronted(wh: question, removing: range)
            if fronted == nil, range.lowerBound == builder.phrasing.start() {
                fronted = builder.phrasing.fronted(wh: question, removing: range, clauseStart: range.upperBound)
            }
            guard fronted != nil || range.lowerBound > builder.phrasing.start() else { return nil }
            // In place only at the end of a clause: "… met last week?" but not "… meeting next week are …".
            let next = range.upperBound < tokens.count ? tokens[range.upperBound].text : "."
            guard fronted != nil || [".", ",", ";", "!", "?"].contains(next) else { return nil }
            let prompt = fronted ?? builder.phrasing.inPlace(replacing: range, with: ago ? "how long ago" : "when")
            return builder.fact(.date, found.kind, tokens: range, accepted: found.accepted, prompt: prompt)
        }
        var fronted = builder.phrasing.fronted(wh: capitalised(wh), removing: start..<range.upperBound)
        if fronted == nil, start == builder.phrasing.start() {
            // "In 2019 the company …", "Last year the firm …": the clause starts after the date.
            fronted = builder.phrasing.fronted(wh: capitalised(wh), removing: start..<range.upperBound, clauseStart: range.upperBound)
        }
        guard fronted != nil || start > builder.phrasing.start() else { return nil }
        if fronted == nil, let caption = captionQuestion(builder, tokens, dateStart: start, end: range.upperBound, wh: capitalised(wh)) {
            fronted = caption
        }
        let prompt = fronted ?? builder.phrasing.inPlace(replacing: start..<range.upperBound, with: wh)
        return builder.fact(.date, found.kind, tokens: range, accepted: found.accepted, prompt: prompt)
    }

    /// A caption without a verb, "A and B with C, September 2017": "When were A and B with C?"
    private func captionQuestion(_ builder: FactBuilder, _ tokens: [Token], dateStart: Int, end: Int, wh: String) -> String? {
        guard end == tokens.count || (end == tokens.count - 1 && tokens[end].isPunctuation),
              dateStart > 2, tokens[dateStart - 1].text == ",",
              !tokens[..<dateStart].contains(where: { VerbForms.auxiliaries.contains($0.lower) || (VerbForms.isFiniteVerb($0.lower) && !$0.isCapitalized) }),
              !tokens[..<dateStart].contains(where: { $0.isPunctuation && $0.text != "," && $0.text != "’" })
        else { return nil }
        let subject = builder.phrasing.text(0..<(dateStart - 1))
        let verb = tokens[..<dateStart].contains(where: { $0.lower == "and" }) ? "were" : "was"
        return Phrasing.finish([wh, verb, subject])
    }

    private func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
