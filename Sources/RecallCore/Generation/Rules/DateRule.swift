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
            var inSentence: [(fact: Fact, inName: Bool)] = []
            var datesAnEvent = false
            while index < tokens.count {
                guard let found = date(tokens, at: index) else {
                    index += 1
                    continue
                }
                let inName = Self.isInName(tokens, found.range)
                datesAnEvent = datesAnEvent || !inName
                if let fact = makeFact(builder, tokens, found) {
                    inSentence.append((fact, inName))
                }
                index = found.range.upperBound
            }
            // "Amendments to the 1993 Anti-Unfair Competition Law in early 2017 …": the year in
            // the law's name only tells which law; when the sentence dates what happened (asked
            // or not), that date is the fact.
            facts += inSentence.filter { !datesAnEvent || !$0.inName }.map(\.fact)
        }
        return facts
    }

    /// A year that is part of the name of a document: "the 1993 Anti-Unfair Competition Law",
    /// "the 1978 Spanish constitution" (not "the 2011 NATO intervention", an event).
    static func isInName(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard range.lowerBound > 0, tokens[range.lowerBound - 1].lower == "the" else { return false }
        var end = range.upperBound
        while end < tokens.count, tokens[end].isCapitalized || tokens[end].text == "-" { end += 1 }
        // "the 1978 Spanish constitution": the document's noun may be written in lower case.
        if end < tokens.count, Lexicon.documentNouns.contains(tokens[end].lower) { end += 1 }
        return end > range.upperBound && Lexicon.documentNouns.contains(tokens[end - 1].lower)
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
            // "March 26-28" read as one token.
            if let next, next.text.first?.isNumber == true, let dash = next.text.firstIndex(where: { $0 == "-" || $0 == "–" }),
               let first = Int(next.text[..<dash]), let last = Int(next.text[next.text.index(after: dash)...]),
               (1...31).contains(first), (1...31).contains(last), last > first {
                return dayRange(month: name, first: first, last: last, range: index..<(index + 2))
            }
            if let d = day(next) {
                var end = index + 2
                // "March 26-28", "March 22 and 23": the days of one event.
                if end + 1 < tokens.count, ["-", "–", "and", "to"].contains(tokens[end].lower), let last = day(tokens[end + 1]), last > d {
                    return dayRange(month: name, first: d, last: last, range: index..<(end + 2))
                }
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
            // "last October": which October, only the day of writing says.
            if ["last", "next", "this"].contains(tokens[index - 1].lower) {
                return Found(range: index..<(index + 1), kind: .relative, accepted: [])
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
                return Found(range: index..<(index + 1), kind: .partOfYear, accepted: Self.partOfYearForms(parts[0], parts[1], written: token.text))
            }
            // June-July
            if parts.count == 2, let first = Lexicon.months.firstIndex(of: parts[0]), let second = Lexicon.months.firstIndex(of: parts[1]), token.isCapitalized {
                let a = Lexicon.months[first].capitalized
                let b = Lexicon.months[second].capitalized
                return Found(range: index..<(index + 1), kind: .monthRange, accepted: ["\(a)–\(b)", "\(a) to \(b)", "\(a) and \(b)", "\(a) \(b)"])
            }
            // 1990s
            if Self.isDecade(token), let decade = Int(token.lower.dropLast()) {
                return Found(range: index..<(index + 1), kind: .year, accepted: ["the \(token.text)", "\(decade)s"])
            }
            // early 2017, late 1990s, mid 2024: the part of the year is the answer.
            if ["early", "late", "mid"].contains(token.lower), let next, FigureSupport.isYear(next) || Self.isDecade(next) {
                return Found(
                    range: index..<(index + 2), kind: .partOfYear,
                    accepted: Self.partOfYearForms(token.lower, next.text, written: token.text + " " + next.text))
            }
            // early January, late March 2020: the part of the month is the answer.
            if ["early", "late", "mid"].contains(token.lower), let next, Lexicon.month(next) != nil {
                var end = index + 2
                if end < tokens.count, FigureSupport.isYear(tokens, at: end) { end += 1 }
                let written = tokens[index..<end].map(\.text).joined(separator: " ")
                return Found(range: index..<end, kind: .partOfYear, accepted: ["\(token.lower) \(next.text)", "\(token.lower)-\(next.text)"].filter { $0 != written })
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
        if FigureSupport.isYear(tokens, at: index) {
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

    /// Other ways to write "early 2017", "mid-2024", "the late 1990s": with or without the hyphen,
    /// and "the middle of 2024", "early in 2017".
    static func partOfYearForms(_ part: String, _ year: String, written: String) -> [String] {
        var forms = ["\(part) \(year)", "\(part)-\(year)"]
        if part == "mid" {
            forms += ["the middle of \(year)", "middle of \(year)"]
        } else if !year.hasSuffix("s") {
            forms.append("\(part) in \(year)")
        }
        return forms.filter { $0 != written }
    }

    /// "March 26-28": several days of one month, one answer.
    private func dayRange(month: String, first: Int, last: Int, range: Range<Int>) -> Found {
        // "March 22 and 23" names both days only when they follow each other.
        let both = last == first + 1 ? ["\(month) \(first) and \(last)"] : []
        return Found(
            range: range, kind: .monthDay,
            accepted: ["\(month) \(first)-\(last)", "\(month) \(first)–\(last)", "\(month) \(first) to \(last)"] + both
                + ["\(first)-\(last) \(month)"])
    }

    /// "1990s", "2020s".
    private static func isDecade(_ token: Token) -> Bool {
        guard token.isWord, token.lower.hasSuffix("s"), let decade = Int(token.lower.dropLast()) else { return false }
        return decade >= 1000 && decade < 2200 && decade % 10 == 0
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

    /// Words that join the two ends of a period: "between 2012 and 2017", "from 2014 to 2016",
    /// "March 22 and 23", "the late 1980s and throughout the 1990s".
    private static let periodJoiners: Set<String> = ["and", "to", "through", "until", "till", "–", "-"]
    /// How far apart, in tokens, the two ends of a period may stand.
    private static let periodReach = 6

    /// Whether the date is one end of a period the sentence states. The period is the fact; one
    /// end of it asked alone is a detail, and the other end in the prompt gives it away.
    func isEndOfPeriod(_ tokens: [Token], _ range: Range<Int>, kind: AnswerKind) -> Bool {
        let isDay = { (token: Token) in
            kind == .monthDay && token.kind == .number && Int(token.text).map { (1...31).contains($0) } == true
        }
        let isDate = { (index: Int) in self.date(tokens, at: index) != nil || isDay(tokens[index]) }
        func joined(_ between: ArraySlice<Token>) -> Bool {
            between.contains { Self.periodJoiners.contains($0.lower) }
                && !between.contains { [",", ";", ":", "."].contains($0.text) || VerbForms.isFiniteVerb($0.lower) }
        }
        let after = range.upperBound
        for other in after..<min(tokens.count, after + Self.periodReach) where isDate(other) {
            if joined(tokens[after..<other]) { return true }
        }
        let before = range.lowerBound
        for other in stride(from: before - 1, through: max(0, before - Self.periodReach), by: -1) where isDate(other) {
            let end = self.date(tokens, at: other)?.range.upperBound ?? other + 1
            if end <= before, joined(tokens[end..<before]) { return true }
        }
        return false
    }

    /// How far after "since" the date of a comparison may stand ("since the death of the dictator in").
    private static let comparisonReach = 8

    /// "the greatest crisis since the death of Franco in 1975", "the highest level since
    /// 2008": the point a superlative is measured from, background to what the sentence says;
    /// so is a decade after "since".
    func isComparisonPoint(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard let since = tokens[..<range.lowerBound].lastIndex(where: { $0.lower == "since" }),
              range.lowerBound - since <= Self.comparisonReach,
              !tokens[since..<range.lowerBound].contains(where: { [",", ";", ":"].contains($0.text) || VerbForms.isFiniteVerb($0.lower) })
        else { return false }
        // "… have limited the scope of trade wars since the chaos of the 1930s": a decade a
        // span runs from is background too (a strict reader turned it down twice).
        if tokens[range.lowerBound].lower.hasSuffix("s") { return true }
        return tokens[max(0, since - 4)..<since].contains { Lexicon.superlatives.contains($0.lower) }
    }

    /// "Since the autumn of 2017, there has been a dramatic resurgence of …", "there has never
    /// been a majority … in any election held since 2012": the start of a state of affairs,
    /// told by "there has been", is background to what the sentence says (a strict reader
    /// found both not worth a card), and so is a "since" closing the subject, and what
    /// something "has been through" since. "Russia has been a member since 1996" dates a fact
    /// and stays.
    func isStartOfWhatThereHasBeen(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard let since = tokens[max(0, range.lowerBound - 4)..<range.lowerBound].lastIndex(where: { $0.lower == "since" }),
              tokens[(since + 1)..<range.lowerBound].allSatisfy({ $0.isWord && !$0.isCapitalized || $0.lower == "the" })
        else { return false }
        // "the optimism inherent in the movement since 2012 has been shattered": a "since"
        // inside the subject, told to say which optimism, not when anything happened.
        if range.upperBound + 1 < tokens.count, ["has", "have", "had"].contains(tokens[range.upperBound].lower),
           tokens[range.upperBound + 1].lower == "been" {
            return true
        }
        // "The EU has been through repeated crises since 2008": what it went through, told as a
        // state since then (a strict reader turned the year down twice).
        if tokens[..<since].indices.contains(where: { index in
            index + 2 < since && ["has", "have", "had"].contains(tokens[index].lower) && tokens[index + 1].lower == "been"
                && tokens[index + 2].lower == "through"
        }) {
            return true
        }
        return tokens.indices.contains { index in
            guard tokens[index].lower == "there", index + 2 < tokens.count, ["has", "have", "had"].contains(tokens[index + 1].lower) else { return false }
            let next = tokens[index + 2].lower == "never" || tokens[index + 2].lower == "not" ? index + 3 : index + 2
            return next < tokens.count && tokens[next].lower == "been"
        }
    }

    /// "After the Sandy Hook Elementary School massacre in 2012, Kristin A. Goss wrote …": a
    /// date in a leading "After …"/"Before …" phrase dates that phrase's event, not what the main
    /// clause says happened ("In which year did Goss write …?" would be false); only the cloze
    /// of the whole sentence asks it.
    static func datesALeadingPhrase(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let opener = Phrasing.openerEnd(tokens)
        guard opener < range.lowerBound, ["after", "before", "following", "until", "since"].contains(tokens[opener].lower),
              let comma = tokens[opener...].firstIndex(where: { $0.text == "," }) else { return false }
        return range.upperBound <= comma
    }

    /// "Monty Python’s Life of Brian (1979)": a year in brackets after a title dates a work
    /// the article only compares with; a strict reader found it not worth learning.
    static func isYearOfAWork(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        range.lowerBound >= 2 && range.upperBound < tokens.count && tokens[range.lowerBound - 1].text == "("
            && tokens[range.upperBound].text == ")" && tokens[range.lowerBound - 2].isCapitalized
    }

    /// "Australia might reconsider its involvement in the football World Cup, which will be held
    /// in Russia in June-July.": the date of a thing a speculation mentions, told in an aside
    /// (", which …"), is not what the sentence says (four strict readers turned it down).
    func isAsideOfAPossibility(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard let which = tokens[..<range.lowerBound].lastIndex(where: { ["which", "where"].contains($0.lower) }),
              which > 0, tokens[which - 1].text == ",",
              !tokens[which..<range.lowerBound].contains(where: { [",", ";", "–", "—"].contains($0.text) }) else { return false }
        return tokens[..<which].contains { Lexicon.possibilityModals.contains($0.lower) }
    }

    private func makeFact(_ builder: FactBuilder, _ tokens: [Token], _ found: Found) -> Fact? {
        let range = found.range
        if isEndOfPeriod(tokens, range, kind: found.kind) || isComparisonPoint(tokens, range) || isStartOfWhatThereHasBeen(tokens, range)
            || Self.isYearOfAWork(tokens, range) {
            return nil
        }
        // An aside of a speculation is asked only as a question of its own ("In which months
        // will the football World Cup be held in Russia?"), never in the speculation.
        let aside = isAsideOfAPossibility(tokens, range)
        var phrase: String
        switch found.kind {
        case .monthDay:
            let severalDays = tokens[range].contains { $0.text.contains("-") || $0.text.contains("–") || ["and", "to"].contains($0.lower) }
            phrase = severalDays ? "what dates" : "what date"
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
            if before == "the" {
                guard found.kind == .year, range.upperBound < tokens.count, tokens[range.upperBound].isWord else { return nil }
                // "the 2003 invasion of Iraq": "In which year was the invasion of Iraq?"
                if let question = prenominalEventQuestion(builder, tokens, the: start - 1, year: range) {
                    var fact = builder.fact(.date, found.kind, tokens: range, accepted: found.accepted, prompt: question)
                    // "the invasion of Iraq" names no one who did it: which invasion, the
                    // sentence says better ("… the NATO-led military intervention" names them).
                    fact.prefersCloze = !tokens[range.upperBound..<tokens.count].prefix(while: { !Lexicon.prepositions.contains($0.lower) })
                        .contains(where: { $0.isCapitalized || $0.text.contains("-") })
                        // "In which year was the Australia-US Free Trade Agreement’s public
                        // procurement agreement?": an act named by its owner only, not by what
                        // it was of, says nothing happened.
                        || ![" of ", " in ", " into ", " against "].contains(where: question.contains)
                    return fact
                }
                // "the 2023 total": ask "which year's total".
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
        if fronted == nil, let when = whenClauseQuestion(builder, tokens, dateEnd: range.upperBound, wh: capitalised(wh)) {
            fronted = when
        }
        // "… was underlined when President Harry S. Truman fired General Douglas MacArthur in
        // 1951 over …": a date in a clause of its own is asked of that clause. Only a date with
        // its year: a day alone ("met on March 22 and 23") cannot be placed out of the article.
        if fronted == nil, tokens[range].contains(where: FigureSupport.isYear),
           let subordinator = tokens[..<start].lastIndex(where: { Lexicon.subordinators.contains($0.lower) }),
           // After the main clause, so that the clause runs to its own end ("Since … in 2000, the
           // deficit …" is not asked this way).
           subordinator > Phrasing.openerEnd(tokens),
           !tokens[subordinator..<start].contains(where: { [",", ";", ":"].contains($0.text) }) {
            fronted = builder.phrasing.fronted(wh: capitalised(wh), removing: start..<range.upperBound, clauseStart: subordinator + 1)
        }
        guard fronted != nil || start > builder.phrasing.start() else { return nil }
        if fronted == nil, let caption = captionQuestion(builder, tokens, dateStart: start, end: range.upperBound, wh: capitalised(wh)) {
            fronted = caption
        }
        if aside {
            guard preposition == "in" || preposition == "on",
                  let own = relativeClauseQuestion(builder, tokens, dateStart: start, wh: capitalised(wh)) else { return nil }
            return builder.fact(.date, found.kind, tokens: range, accepted: found.accepted, prompt: own)
        }
        // "In which year was the Australia-US Free Trade Agreement’s public procurement
        // agreement?" says nothing happened (a strict reader asked: signed? concluded?): such a
        // question only stands in for the cloze.
        var namesAnEventOnly = false
        if fronted == nil, preposition == "in" || (preposition == "on" && found.kind == .monthDay) {
            if let event = relativeClauseQuestion(builder, tokens, dateStart: start, wh: capitalised(wh))
                ?? participleQuestion(builder, tokens, dateStart: start, wh: capitalised(wh)) {
                fronted = event
            } else if let event = eventQuestion(builder, tokens, dateStart: start, wh: capitalised(wh)) {
                fronted = event
                // ("In which year was the annexation of Crimea?" names the act by what it was of.)
                namesAnEventOnly = ![" of ", " in ", " into ", " against "].contains(where: event.contains)
            }
        }
        let prompt = Self.addressing(fronted ?? builder.phrasing.inPlace(replacing: start..<range.upperBound, with: wh))
        var fact = builder.fact(.date, found.kind, tokens: range, accepted: found.accepted, prompt: prompt)
        // "the Judicial Redress Act 2015 (US)": a year that ends a law's name is part of the
        // name, not when anything happened; only the cloze asks it.
        let endsAName = range.lowerBound > 0 && tokens[range.lowerBound - 1].isCapitalized
            && Lexicon.documentNouns.contains(tokens[range.lowerBound - 1].lower)
        fact.prefersCloze = namesAnEventOnly || endsAName || Self.datesALeadingPhrase(tokens, range)
        return fact
    }

    /// "On what date did Aliyev tell the forum?" asks about telling nothing: when a date
    /// question keeps a verb of saying and its audience but not what was said, the verb
    /// becomes "address" ("On what date did Aliyev address the forum?").
    static func addressing(_ prompt: String) -> String {
        let tokens = Tokenizer.tokens(Array(prompt.unicodeScalars))
        guard let verb = tokens.lastIndex(where: { $0.isWord && Lexicon.sayingVerbs.contains($0.lower) }),
              verb + 1 < tokens.count, tokens[verb + 1].lower == "the", prompt.hasSuffix("?"),
              !tokens[(verb + 1)...].contains(where: { ["that", "to"].contains($0.lower) }),
              QuoteSpans.quotes(tokens).allSatisfy({ $0.count < SaysWhat.shortestSaying }) else { return prompt }
        let scalars = Array(prompt.unicodeScalars)
        let before = String(String.UnicodeScalarView(scalars[..<tokens[verb].start]))
        let after = String(String.UnicodeScalarView(scalars[tokens[verb].end...]))
        return before + "address" + after
    }

    /// A date in a relative clause on a name, asked of that clause alone: "… at the WTO, which
    /// China joined in 2001 …" → "In which year did China join the WTO?"; "Abdel Fattah al-Sisi,
    /// who grabbed power in 2013, …" → "In which year did Abdel Fattah al-Sisi grab power?".
    /// Only a simple past, and only a named antecedent.
    /// "China’s 13th five-year plan, approved by the National People’s Congress in early 2016,
    /// envisions …": the date of a participle set off after the subject, asked with its agent
    /// as the subject: "When did the National People’s Congress approve China’s 13th five-year plan?"
    private func participleQuestion(_ builder: FactBuilder, _ tokens: [Token], dateStart: Int, wh: String) -> String? {
        guard let by = (max(0, dateStart - Self.longestRelativeClause)..<dateStart).last(where: { tokens[$0].lower == "by" }),
              by >= 3, tokens[by - 2].text == ",", !tokens[by - 1].isCapitalized, let base = VerbForms.pastBase(tokens[by - 1].lower),
              !tokens[(by + 1)..<dateStart].contains(where: { $0.isPunctuation || VerbForms.isFiniteVerb($0.lower) && !$0.isCapitalized }),
              dateStart > by + 1 else { return nil }
        let subjectStart = builder.phrasing.start()
        let subjectEnd = by - 2
        guard subjectEnd > subjectStart,
              !tokens[subjectStart..<subjectEnd].contains(where: { !$0.isCapitalized && (VerbForms.isFiniteVerb($0.lower) || VerbForms.auxiliaries.contains($0.lower)) }),
              // The participle hangs on the subject: the main verb follows the clause.
              let after = (dateStart..<tokens.count).first(where: { tokens[$0].text == "," }),
              after + 1 < tokens.count, tokens[after + 1].isWord, !tokens[after + 1].isCapitalized,
              VerbForms.isFiniteVerb(tokens[after + 1].lower) || VerbForms.auxiliaries.contains(tokens[after + 1].lower)
                || (tokens[after + 1].lower.hasSuffix("s") && !Lexicon.functionWords.contains(tokens[after + 1].lower))
        else { return nil }
        let agent = builder.phrasing.text((by + 1)..<dateStart)
        let object = builder.phrasing.lowerFirst(builder.phrasing.text(subjectStart..<subjectEnd))
        return Phrasing.finish([wh, "did", agent, base, object])
    }

    private func relativeClauseQuestion(_ builder: FactBuilder, _ tokens: [Token], dateStart: Int, wh: String) -> String? {
        var relative = dateStart - 1
        while relative > 1, dateStart - relative <= Self.longestRelativeClause, !["which", "who"].contains(tokens[relative].lower) {
            if tokens[relative].isPunctuation { return nil }
            relative -= 1
        }
        guard relative > 1, ["which", "who"].contains(tokens[relative].lower), tokens[relative - 1].text == "," else { return nil }
        let comma = relative - 1
        // "the football World Cup, which will be held in Russia in June-July": a passive on a
        // named thing, asked of it ("In which months will the football World Cup be held in Russia?").
        if tokens[relative].lower == "which", relative + 3 < dateStart,
           let passive = passiveOnAName(builder, tokens, comma: comma, relative: relative, dateStart: dateStart, wh: wh) {
            return passive
        }
        guard let verb = ((relative + 1)..<dateStart).first(where: { !tokens[$0].isCapitalized && VerbForms.pastBase(tokens[$0].lower) != nil }),
              let base = VerbForms.pastBase(tokens[verb].lower),
              !((relative + 1)..<verb).contains(where: { VerbForms.auxiliaries.contains(tokens[$0].lower) }) else { return nil }
        let rest = builder.phrasing.text((verb + 1)..<dateStart)
        let article = builder.article
        if tokens[relative].lower == "who" {
            guard verb == relative + 1,
                  let run = article.names.runs(inSentence: builder.sentence.index).first(where: { $0.isPerson && $0.tokens.upperBound == comma })
            else { return nil }
            return Phrasing.finish([wh, "did", article.names.fullName(run.nameText), base, rest])
        }
        // "which": its subject stands between it and the verb; the name before the comma is the object.
        guard verb > relative + 1 else { return nil }
        // The name back to its "the", across the small words inside it ("the European Convention
        // on Human Rights").
        var start = comma
        while start > 0, comma - start < 8 {
            let before = tokens[start - 1]
            let inside = Self.nameJoiners.contains(before.lower) && start >= 2 && tokens[start - 2].isCapitalized
            guard before.isCapitalized || before.lower == "the" || inside else { break }
            start -= 1
            if before.lower == "the" { break }
        }
        guard start < comma, !Self.nameJoiners.contains(tokens[start].lower),
              (start..<comma).contains(where: { tokens[$0].isCapitalized && tokens[$0].lower != "the" }),
              start == 0 || tokens[start].lower == "the" || !Self.nameJoiners.contains(tokens[start - 1].lower) else { return nil }
        return Phrasing.finish([wh, "did", builder.phrasing.text((relative + 1)..<verb), base, rest, builder.phrasing.text(start..<comma)])
    }

    /// "…, which will be held in Russia in …", "…, which was signed in …": the auxiliary, "be"
    /// after a modal, a participle, and the name before the comma with its "the" and up to two
    /// lower-case words before it.
    private func passiveOnAName(
        _ builder: FactBuilder, _ tokens: [Token], comma: Int, relative: Int, dateStart: Int, wh: String
    ) -> String? {
        var index = relative + 1
        let auxiliary = tokens[index].lower
        guard ["will", "is", "was", "are", "were"].contains(auxiliary) else { return nil }
        index += 1
        if auxiliary == "will" {
            guard tokens[index].lower == "be" else { return nil }
            index += 1
        }
        guard index < dateStart, !tokens[index].isCapitalized, VerbForms.pastBase(tokens[index].lower) != nil,
              !tokens[(index + 1)..<dateStart].contains(where: { $0.isPunctuation }) else { return nil }
        var start = comma
        while start > 0, comma - start < 8, tokens[start - 1].isCapitalized, tokens[start - 1].isWord { start -= 1 }
        guard start < comma else { return nil }
        var modifiers = 0
        while start > 0, modifiers < 2, tokens[start - 1].isWord, !tokens[start - 1].isCapitalized,
              !Lexicon.functionWords.contains(tokens[start - 1].lower) {
            start -= 1
            modifiers += 1
        }
        guard start > 0, tokens[start - 1].lower == "the" else { return nil }
        let name = builder.phrasing.text((start - 1)..<comma)
        let rest = builder.phrasing.text((index + 1)..<dateStart)
        let pieces = auxiliary == "will"
            ? [wh, "will", name, "be", tokens[index].text, rest]
            : [wh, auxiliary, name, tokens[index].text, rest]
        return Phrasing.finish(pieces)
    }

    /// A date followed by the clause it dates: "In December 2001 when China joined the WTO it
    /// entered into …" → "In which month and year did China join the WTO?". Only a simple past,
    /// the clause ending at a comma or at the main clause's pronoun.
    private func whenClauseQuestion(_ builder: FactBuilder, _ tokens: [Token], dateEnd: Int, wh: String) -> String? {
        var when = dateEnd
        if when < tokens.count, tokens[when].text == "," { when += 1 }
        guard when < tokens.count, tokens[when].lower == "when" else { return nil }
        guard let verb = ((when + 1)..<min(tokens.count, when + 6)).first(where: {
                  !tokens[$0].isCapitalized && VerbForms.pastBase(tokens[$0].lower) != nil
              }),
              verb > when + 1, let base = VerbForms.pastBase(tokens[verb].lower),
              !((when + 1)..<verb).contains(where: { VerbForms.auxiliaries.contains(tokens[$0].lower) || tokens[$0].isPunctuation })
        else { return nil }
        var end = verb + 1
        while end < tokens.count, end - verb <= Self.longestRelativeClause, !tokens[end].isPunctuation,
              Lexicon.personalPronouns[tokens[end].lower] == nil {
            if VerbForms.isFiniteVerb(tokens[end].lower) || VerbForms.auxiliaries.contains(tokens[end].lower) { return nil }
            end += 1
        }
        guard end < tokens.count, end > verb + 1 else { return nil }
        return Phrasing.finish([wh, "did", builder.phrasing.text((when + 1)..<verb), base, builder.phrasing.text((verb + 1)..<end)])
    }

    /// Small words inside a name: "Convention on Human Rights", "Bank of England".
    private static let nameJoiners: Set<String> = ["of", "on", "for", "and"]

    /// The most tokens between a relative pronoun and the date it holds.
    private static let longestRelativeClause = 8

    /// An event named by a noun and dated inside a longer sentence, "… to the annexation of
    /// Crimea in 2014, and …": "In which year was the annexation of Crimea?". The noun is an
    /// act ("annexation", "incursion", "agreement") with an "of" or a name that says whose.
    private func eventQuestion(_ builder: FactBuilder, _ tokens: [Token], dateStart: Int, wh: String) -> String? {
        var the = dateStart - 1
        while the >= 0, dateStart - the <= Self.longestEventPhrase {
            let token = tokens[the]
            // "the overthrow of the shah in 1979": past "the shah" to the act it belongs to.
            if token.lower == "the", the + 1 < dateStart, Self.isActNoun(tokens[the + 1].lower) || the == 0 || tokens[the - 1].lower != "of" { break }
            if token.isPunctuation && token.text != "-" { return nil }
            if !token.isCapitalized, VerbForms.isFiniteVerb(token.lower) || VerbForms.auxiliaries.contains(token.lower) { return nil }
            the -= 1
        }
        guard the >= 0, tokens[the].lower == "the", the + 2 < dateStart else { return nil }
        let noun = tokens[the + 1]
        guard noun.isWord, !noun.isCapitalized, Self.isActNoun(noun.lower) else { return nil }
        let says = tokens[(the + 2)..<dateStart]
        guard says.first?.lower == "of" || says.contains(where: \.isCapitalized) else { return nil }
        return Phrasing.finish([wh, "was", builder.phrasing.text(the..<dateStart)])
    }

    /// The most words from "the" to the date in an event phrase.
    private static let longestEventPhrase = 9
    /// Endings of nouns that name an act: "annexation", "incursion", "agreement", "withdrawal".
    private static let actEndings = ["tion", "sion", "ment", "ance", "ence"]
    /// Acts whose noun ends in "-al" ("the withdrawal of troops"; not "the total", "the capital").
    private static let actsInAl: Set<String> = [
        "removal", "approval", "arrival", "withdrawal", "proposal", "trial", "referral", "renewal", "refusal",
        "dismissal", "reversal", "denial", "revival", "burial", "upheaval", "betrayal", "acquittal", "rebuttal",
    ]

    /// Acts whose noun has none of those endings: "the overthrow of the shah", "the fall of the wall".
    private static let plainActs: Set<String> = [
        "overthrow", "coup", "attack", "collapse", "fall", "death", "war", "launch", "takeover", "visit", "arrest",
        "crash", "bombing", "killing", "massacre", "uprising", "revolt", "victory", "defeat", "breakup", "handover",
        "referendum", "summit", "murder", "raid", "siege", "merger", "rescue",
    ]

    static func isActNoun(_ word: String) -> Bool {
        actEndings.contains(where: word.hasSuffix) || actsInAl.contains(word) || plainActs.contains(word)
    }

    /// "the 2003 invasion of Iraq", "the 2011 NATO-led military intervention in Libya": an
    /// event dated by a year before its noun, asked by itself. The phrase runs to the next
    /// comma, "and" or stop, holds no verb, and its head is a noun of an act.
    private func prenominalEventQuestion(_ builder: FactBuilder, _ tokens: [Token], the: Int, year: Range<Int>) -> String? {
        var end = year.upperBound
        var head: Int?
        while end < tokens.count, end - year.upperBound <= Self.longestEventPhrase {
            let token = tokens[end]
            if token.isPunctuation && token.text != "-" || ["and", "or", "but", "which", "that", "who"].contains(token.lower) { break }
            if !token.isCapitalized, VerbForms.isFiniteVerb(token.lower) || VerbForms.auxiliaries.contains(token.lower) { return nil }
            if head == nil, token.isWord, !token.isCapitalized, Self.isActNoun(token.lower) { head = end }
            if Lexicon.prepositions.contains(token.lower), head == nil { return nil }
            // "reforms of the 1978 Spanish constitution to adopt real federalism": a purpose
            // after the noun, which is no event of that year.
            if token.lower == "to", head != nil { return nil }
            end += 1
        }
        guard let head, end > head, end - year.upperBound <= Self.longestEventPhrase else { return nil }
        // The phrase must say of what: "the 2003 invasion" alone fits many.
        guard tokens[(head + 1)..<end].contains(where: { $0.isCapitalized }) || tokens[year.upperBound..<head].contains(where: { $0.isCapitalized }) else {
            return nil
        }
        let phrase = builder.phrasing.text(year.upperBound..<end)
        return Phrasing.finish(["In which year was the", phrase])
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
