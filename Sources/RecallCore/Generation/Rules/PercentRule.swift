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
                // A whole number as digits; one too large for an Int (a fuzzer's "1222…2%") as written.
                let plain = Int(exactly: value).map(String.init) ?? number
                var accepted = points
                    ? [plain + " points", plain + " percentage points", plain]
                    : [plain + "%", plain + " percent", plain + " per cent", plain]
                accepted += FigureSupport.alternativeNumbers(tokens[index]).map { $0 + (points ? " points" : " percent") }
                let phrase = FigureSupport.approximation(tokens, before: index)
                if !points, let share = Self.shareAsSubject(builder, figure: phrase?.range.lowerBound ?? index, end: end)
                    ?? Self.shareAsComplement(builder, figure: phrase?.range.lowerBound ?? index, end: end)
                    ?? Self.shareInParentheses(builder, figure: index, end: end)
                    ?? Self.shareForAnotherPlace(builder, figure: index, end: end) {
                    facts.append(builder.fact(.figure, .percent, tokens: share.answer, accepted: accepted, prompt: share.question))
                    continue
                }
                let wh = (phrase.map { $0.phrase + " " } ?? "") + (points ? "how many percentage points" : "what percentage")
                let replaced = (phrase?.range.lowerBound ?? index)..<end
                let prompt = builder.phrasing.inPlace(replacing: replaced, with: wh)
                facts.append(builder.fact(.figure, .percent, tokens: index..<end, accepted: accepted, prompt: prompt))
            }
        }
        return facts
    }

    /// "Fewer than one third of Egyptians think so … . In Lebanon it is a mere 7%.": the same
    /// share for another place, asked as the sentence before asked it ("What share of people in
    /// Lebanon think their governments are responsive to their priorities?"). The sentence is
    /// "In PLACE(,) it is (a mere / only / just) N%"; the sentence just before has "of" a people
    /// or "people" and then a verb of opinion, whose clause (as its references write it) is the
    /// question's.
    static func shareForAnotherPlace(_ builder: FactBuilder, figure: Int, end: Int) -> (question: String, answer: Range<Int>)? {
        let tokens = builder.sentence.tokens
        let start = Phrasing.openerEnd(tokens)
        guard start + 3 < tokens.count, tokens[start].lower == "in", tokens[start + 1].isCapitalized else { return nil }
        var place = start + 1
        while place < tokens.count, tokens[place].isCapitalized, tokens[place].isWord { place += 1 }
        var it = place
        if it < tokens.count, tokens[it].text == "," { it += 1 }
        guard it + 1 < figure, tokens[it].lower == "it", Lexicon.finiteBeForms.contains(tokens[it + 1].lower),
              tokens[(it + 2)..<figure].allSatisfy({ ["a", "mere", "only", "just", "merely"].contains($0.lower) }),
              end == tokens.count || tokens[end].isPunctuation else { return nil }
        let article = builder.article
        let index = builder.sentence.index
        guard index > 0, article.sentences[index - 1].paragraph == builder.sentence.paragraph else { return nil }
        let earlier = article.sentences[index - 1]
        let words = earlier.tokens
        guard let of = words.indices.first(where: { at in
            at + 2 < words.count && words[at].lower == "of"
                && (words[at + 1].lower == "people" || (words[at + 1].isCapitalized && words[at + 1].lower.hasSuffix("s")))
                && Lexicon.opinionVerbs.contains(words[at + 2].lower)
        }) else { return nil }
        var clauseEnd = of + 2
        while clauseEnd < words.count, ![",", ";", ".", "–", "—"].contains(words[clauseEnd].text) { clauseEnd += 1 }
        let predicate = Phrasing.resolvedText(earlier, references: article.references[index - 1],
                                              words[of + 2].start..<words[clauseEnd - 1].end)
        let placeName = builder.phrasing.text((start + 1)..<place)
        return (Phrasing.finish(["What share of people in", placeName, predicate]), figure..<end)
    }

    /// A share that is the subject of its clause: "Across all six countries an astonishing 85%
    /// or more think …", "… worst in Lebanon, where fewer than 5% of people approve of …".
    /// Asked "What share of people across Morocco, …, Lebanon and Tunisia think …?" with the
    /// bound in the answer ("85% or more", "fewer than 5%"). A share with no "of" noun stands
    /// for people only before a verb of opinion ("think", "are not satisfied").
    static func shareAsSubject(_ builder: FactBuilder, figure: Int, end: Int) -> (question: String, answer: Range<Int>)? {
        let tokens = builder.sentence.tokens
        var answerEnd = end
        if end + 1 < tokens.count, tokens[end].lower == "or", ["more", "less", "fewer", "above", "below", "higher", "lower"].contains(tokens[end + 1].lower) {
            answerEnd = end + 2
        }
        guard var place = placeOfShare(builder, figure: figure) else { return nil }
        // "of people", "of Egyptians": what the share is of, up to the verb.
        var verb = answerEnd
        var noun = "people"
        if verb < tokens.count, tokens[verb].lower == "of" {
            var nounEnd = verb + 1
            while nounEnd < tokens.count, nounEnd - verb <= 4, tokens[nounEnd].isWord, !Self.isOpinion(tokens, at: nounEnd),
                  !VerbForms.auxiliaries.contains(tokens[nounEnd].lower), !VerbForms.isFiniteVerb(tokens[nounEnd].lower) || tokens[nounEnd].isCapitalized {
                nounEnd += 1
            }
            guard nounEnd > verb + 1 else { return nil }
            noun = builder.phrasing.text((verb + 1)..<nounEnd)
            verb = nounEnd
        } else if verb < tokens.count, !Self.isOpinion(tokens, at: verb) {
            return nil
        } else if place == nil {
            // "Across all six countries 85% or more think … . Meanwhile, 75% or more are not
            // satisfied …": a bare share after one placed in the sentence before is of the same
            // people.
            place = placeOfShareBefore(builder)
            // "What share of people are not satisfied …?" without a place: of whom, the
            // article says elsewhere.
            if place == nil { return nil }
        }
        guard verb < tokens.count, tokens[verb].isWord,
              VerbForms.auxiliaries.contains(tokens[verb].lower) || VerbForms.isFiniteVerb(tokens[verb].lower) || Self.isOpinion(tokens, at: verb)
        else { return nil }
        let clauseEnd = builder.phrasing.clauseEnd(after: verb..<(verb + 1))
        guard clauseEnd > verb + 1 else { return nil }
        let rest = Phrasing.withoutFinalStop(builder.phrasing.text(verb..<clauseEnd))
        let question = Phrasing.finish(["What share of", noun] + (place.map { [builder.phrasing.lowerFirst($0)] } ?? []) + [rest])
        return (question, figure..<answerEnd)
    }

    /// Where a share that is its clause's subject is placed: a preposition phrase before it and
    /// its comma, or the place a "where" clause hangs on ("worst in Lebanon, where …"); `.some(nil)`
    /// when the share opens its clause, nil when something else stands before it.
    static func placeOfShare(_ builder: FactBuilder, figure: Int) -> String?? {
        let tokens = builder.sentence.tokens
        // "an astonishing 85%", "a mere 7%": the article's comment on the figure goes.
        var lead = figure
        if lead >= 2, ["a", "an"].contains(tokens[lead - 2].lower), tokens[lead - 1].isWord, !tokens[lead - 1].isCapitalized,
           !Lexicon.functionWords.contains(tokens[lead - 1].lower) {
            lead -= 2
        }
        let opener = Phrasing.openerEnd(tokens)
        guard lead > opener else { return .some(nil) }
        if lead >= 3, tokens[lead - 1].lower == "where", tokens[lead - 2].text == ",",
           let preposition = tokens[..<(lead - 2)].lastIndex(where: { Lexicon.prepositions.contains($0.lower) }),
           lead - 2 - preposition <= 4, tokens[(preposition + 1)..<(lead - 2)].allSatisfy({ $0.isCapitalized }) {
            return builder.phrasing.text(preposition..<(lead - 2))
        }
        if tokens[lead - 1].text == ",", Lexicon.prepositions.contains(tokens[opener].lower),
           !tokens[opener..<(lead - 1)].contains(where: { !$0.isCapitalized && (VerbForms.isFiniteVerb($0.lower) || VerbForms.auxiliaries.contains($0.lower)) }) {
            return builder.phrasing.text(opener..<(lead - 1))
        }
        if Lexicon.prepositions.contains(tokens[opener].lower), lead - opener <= 6,
           !tokens[opener..<lead].contains(where: { $0.isPunctuation || VerbForms.isFiniteVerb($0.lower) || VerbForms.auxiliaries.contains($0.lower) }) {
            // "Across all six countries an astonishing 85% …" without its comma.
            return builder.phrasing.text(opener..<lead)
        }
        return nil
    }

    /// The place of the share that is the subject of the sentence before, in the same paragraph.
    private static func placeOfShareBefore(_ builder: FactBuilder) -> String? {
        let index = builder.sentence.index
        guard index > 0 else { return nil }
        let previous = builder.article.sentences[index - 1]
        guard previous.paragraph == builder.sentence.paragraph else { return nil }
        let before = FactBuilder(article: builder.article, sentence: previous)
        let tokens = previous.tokens
        for figure in tokens.indices.dropLast() where FigureSupport.value(tokens[figure]) != nil && tokens[figure + 1].lower == "%" {
            if let place = placeOfShare(before, figure: figure), let place { return place }
        }
        return nil
    }

    /// Verbs that say what share of a whole something is, with the particle they take.
    private static let shareVerbs: [String: (base: String, particle: String)] = [
        "accounted": ("account", "for"), "accounts": ("account", "for"), "account": ("account", "for"),
        "made": ("make", "up"), "makes": ("make", "up"), "make": ("make", "up"),
        "represented": ("represent", ""), "represents": ("represent", ""), "represent": ("represent", ""),
        "comprised": ("comprise", ""), "comprises": ("comprise", ""),
    ]

    /// A share that completes its clause: "the Catalan economy is almost 20% of Spain’s overall
    /// GDP" → "What share of Spain’s overall GDP is the Catalan economy?" (almost 20%); "The U.S.
    /// accounted for 18.4 percent of Chinese exports in 2016, …" → "What share of Chinese exports
    /// did the U.S. account for in 2016?". The clause is the main one or one after ", while".
    static func shareAsComplement(_ builder: FactBuilder, figure: Int, end: Int) -> (question: String, answer: Range<Int>)? {
        let tokens = builder.sentence.tokens
        guard figure >= 2, end + 1 < tokens.count, tokens[end].lower == "of" else { return nil }
        // The verb before the share, with its particle.
        var verb = figure - 1
        var shareVerb: (base: String, particle: String)?
        if let known = shareVerbs[tokens[verb].lower] {
            shareVerb = known
        } else if verb >= 1, let known = shareVerbs[tokens[verb - 1].lower], tokens[verb].lower == known.particle {
            verb -= 1
            shareVerb = known
        } else if !["is", "was", "are", "were"].contains(tokens[verb].lower) {
            return nil
        }
        // The subject: back to the clause's start, with no verb in it.
        let opener = Phrasing.openerEnd(tokens)
        var subjectStart = verb
        while subjectStart > opener, !(tokens[subjectStart - 1].text == "," || ["while", "whereas", "but", "and"].contains(tokens[subjectStart - 1].lower)) {
            subjectStart -= 1
        }
        if subjectStart > opener, tokens[subjectStart - 1].text == "," { return nil }  // an inserted phrase, not a clause start
        guard verb > subjectStart, tokens[subjectStart..<verb].allSatisfy({ $0.isWord || $0.text == "." || $0.text == "-" }),
              !tokens[subjectStart..<verb].contains(where: { !$0.isCapitalized && (VerbForms.isFiniteVerb($0.lower) || VerbForms.auxiliaries.contains($0.lower)) })
        else { return nil }
        // The whole the share is of, and what follows it in the clause ("in 2016").
        var wholeEnd = end + 1
        while wholeEnd < tokens.count, !tokens[wholeEnd].isPunctuation || tokens[wholeEnd].text == "’" || tokens[wholeEnd].text == "-",
              !(Lexicon.prepositions.contains(tokens[wholeEnd].lower) && wholeEnd > end + 2) {
            wholeEnd += 1
        }
        guard wholeEnd > end + 1 else { return nil }
        var restEnd = wholeEnd
        while restEnd < tokens.count, !tokens[restEnd].isPunctuation || tokens[restEnd].text == "’" {
            if ["and", "but", "while", "which", "that"].contains(tokens[restEnd].lower) { break }
            restEnd += 1
        }
        let whole = builder.phrasing.text((end + 1)..<wholeEnd)
        let subject = builder.phrasing.lowerFirst(builder.phrasing.text(subjectStart..<verb))
        let rest = restEnd > wholeEnd ? builder.phrasing.text(wholeEnd..<restEnd) : ""
        let question: String
        if let shareVerb {
            let past = VerbForms.pastBase(tokens[verb].lower) != nil && !tokens[verb].lower.hasSuffix("s")
            let auxiliary = past ? "did" : (tokens[verb].lower.hasSuffix("s") ? "does" : "do")
            question = Phrasing.finish(["What share of", whole, auxiliary, subject, shareVerb.base, shareVerb.particle, rest])
        } else {
            question = Phrasing.finish(["What share of", whole, tokens[verb].lower, subject, rest])
        }
        return (question, figure..<end)
    }

    /// Nouns that name a share of a whole: "a much higher proportion of the overall Spanish
    /// population (16%)".
    private static let shareNouns: Set<String> = ["proportion", "share", "percentage", "portion", "fraction"]

    /// A share given in brackets after the phrase that names it: "Catalonia comprises a much
    /// higher proportion of the overall Spanish population (16%)" → "What share of the
    /// overall Spanish population does Catalonia comprise?" (16%). The words around the noun
    /// ("much higher") compare with something said before and are left out with it.
    static func shareInParentheses(_ builder: FactBuilder, figure: Int, end: Int) -> (question: String, answer: Range<Int>)? {
        let tokens = builder.sentence.tokens
        guard figure >= 4, tokens[figure - 1].text == "(", end < tokens.count, tokens[end].text == ")" else { return nil }
        let close = figure - 1
        guard let noun = (max(0, close - 8)..<close).last(where: { Self.shareNouns.contains(tokens[$0].lower) }),
              noun + 2 < close, tokens[noun + 1].lower == "of",
              tokens[(noun + 2)..<close].allSatisfy({ $0.isWord || $0.text == "’" || $0.text == "-" }),
              let determiner = (max(0, noun - 3)..<noun).last(where: { Lexicon.articles.contains(tokens[$0].lower) }),
              tokens[(determiner + 1)..<noun].allSatisfy(\.isWord),
              let share = shareAsComplement(builder, figure: determiner, end: noun + 1)
        else { return nil }
        return (share.question, figure..<end)
    }

    /// "think", "believe", "approve", "are not satisfied with": what only people do.
    static func isOpinion(_ tokens: [Token], at index: Int) -> Bool {
        guard index < tokens.count else { return false }
        let word = tokens[index].lower
        let forms = [word, VerbForms.base(of: word), word.hasSuffix("s") ? VerbForms.baseOfPresent(word) : nil].compactMap { $0 }
        if forms.contains(where: Lexicon.opinionVerbs.contains) { return true }
        var next = index + 1
        guard ["are", "were", "is", "was", "feel", "felt"].contains(tokens[index].lower) else { return false }
        if next < tokens.count, tokens[next].lower == "not" { next += 1 }
        return next < tokens.count && Lexicon.attitudeAdjectives.contains(tokens[next].lower)
    }
}
