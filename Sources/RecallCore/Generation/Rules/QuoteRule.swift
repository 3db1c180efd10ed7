import Foundation

/// Direct quotes with their speaker: attribution by a verb of saying before or after the
/// quote ("X said", "said X", "as X put it"), a pronoun traced back to the last person named,
/// a quote in the next sentence or a block quote after "X said:", and short quoted phrases in
/// a clause whose subject is named ("Musk branded USAID a “criminal organization”").
///
/// Two questions per quote where the grammar allows: "What did Musk brand USAID?" and
/// "Who branded USAID a “criminal organization”?". Quotes with no speaker are left out.
struct QuoteRule: FactRule {
    var category: FactCategory { .quote }

    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "argued", "argues", "declared",
        "declares", "stated", "states", "wrote", "writes", "asked", "asks", "insisted", "insists",
        "warned", "warns", "announced", "announces", "assured", "assures", "noted", "notes",
        "explained", "explains", "claimed", "claims", "called", "calls", "branded", "brands",
        "described", "describes", "labelled", "labeled", "dubbed", "termed", "praised",
        "praises", "urged", "urges", "vowed", "promised", "replied", "remarked", "acknowledged",
        "admitted", "conceded", "tweeted", "posted", "continued", "went", "put", "identified",
        "hailed", "denounced", "condemned",
    ]

    /// Words that open a speaker described, not named ("a fifth of respondents", "the two leaders").
    static let determiners: Set<String> = Lexicon.quantifierPronouns.union(Lexicon.articles)

    /// Phrases that credit the words after them to the person they name.
    static let attributions: [[String]] = [["in", "the", "words", "of"], ["according", "to"]]

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        var previousSpeaker: (sentence: Int, speaker: Speaker)?
        for sentence in article.sentences where sentence.carriesFacts {
            let builder = FactBuilder(article: article, sentence: sentence)
            let tokens = sentence.tokens
            // A block quote without quotation marks is a quote as a whole.
            var quotes = joinedQuotes(tokens).filter { isQuotation(tokens, $0.0) }
            if sentence.inBlockQuote, quotes.isEmpty, tokens.count > 2 {
                quotes = [(0..<tokens.count, false)]
            }
            for (quote, merged) in quotes {
                var speaker = findSpeaker(builder, quote)
                if speaker == nil, let previous = previousSpeaker, previous.sentence == sentence.index - 1,
                   quote.lowerBound <= 1 || sentence.inBlockQuote {
                    // The quote goes on in this sentence or block quote.
                    speaker = Speaker(name: previous.speaker.name, verb: nil, subject: nil, clauseStart: nil)
                }
                guard let speaker else { continue }
                previousSpeaker = (sentence.index, speaker)
                if let fact = makeFact(builder, quote, speaker, merged: merged) { facts.append(fact) }
                if let called = calledFact(builder, quote, speaker) { facts.append(called) }
            }
            if let colon = tokens.last, colon.text == ":", let speaker = findSpeaker(builder, tokens.count..<tokens.count) {
                previousSpeaker = (sentence.index, speaker)
            }
        }
        return facts
    }

    struct Speaker {
        var name: String
        /// Index of the verb of saying, when the quote hangs on one.
        var verb: Int?
        /// Token range of the speaker when it is the clause's subject.
        var subject: Range<Int>?
        var clauseStart: Int?
        /// The possessive token naming the speaker ("the latter’s"), asked as "whose".
        var possessor: Int? = nil
    }

    /// The most words of what a quote calls its subject, to be typed as an answer.
    static let longestEpithet = 8

    /// A quote that opens by saying what a name is: "President Ilham Aliyev told the … forum …,
    /// “USAID, of course, is the number-one monster – a completely corrupt structure…”" →
    /// "What did Ilham Aliyev call USAID?", answer "the number-one monster". The name opens the
    /// quote (a short aside set off by commas may follow it), then "is"/"are"/"was"/"were" and a
    /// phrase with its article up to the first dash, comma or stop.
    private func calledFact(_ builder: FactBuilder, _ quote: Range<Int>, _ speaker: Speaker) -> Fact? {
        let tokens = builder.sentence.tokens
        guard let verb = speaker.verb, speaker.name.first?.isUppercase == true, !quote.isEmpty else { return nil }
        var index = quote.lowerBound
        while index < quote.upperBound, tokens[index].isWord, tokens[index].isCapitalized, index - quote.lowerBound < 4 { index += 1 }
        // ("It is a matter of public record that …": a pronoun opening the quote names nothing.)
        guard index > quote.lowerBound, index < quote.upperBound, !Lexicon.capitalFunctionWords.contains(tokens[quote.lowerBound].lower)
        else { return nil }
        let name = builder.phrasing.text(quote.lowerBound..<index)
        // ", of course," after the name.
        if tokens[index].text == ",", let close = tokens[(index + 1)..<quote.upperBound].prefix(4).firstIndex(where: { $0.text == "," }),
           tokens[(index + 1)..<close].allSatisfy(\.isWord) {
            index = close + 1
        }
        guard index + 2 < quote.upperBound, ["is", "are", "was", "were"].contains(tokens[index].lower),
              Lexicon.articles.contains(tokens[index + 1].lower) else { return nil }
        var end = index + 1
        while end < quote.upperBound, tokens[end].isWord { end += 1 }
        let epithet = (index + 1)..<end
        guard end < quote.upperBound || end == quote.upperBound, (2...Self.longestEpithet).contains(epithet.count),
              !tokens[epithet].contains(where: { VerbForms.auxiliaries.contains($0.lower) || (!$0.isCapitalized && VerbForms.isFiniteVerb($0.lower)) })
        else { return nil }
        let said = tokens[verb].lower
        let past = VerbForms.irregularPast[said] != nil || said.hasSuffix("ed")
        let prompt = "What \(past ? "did" : "does") \(speaker.name) call \(name)?"
        return builder.fact(.stance, .quote, tokens: epithet, accepted: [builder.phrasing.text((index + 2)..<end)],
                            entity: speaker.name, prompt: prompt)
    }

    /// A quotation, not a title in quotes ("the “Facing A New World Order” forum"), a label
    /// before a noun ("“soft power” activities") or a term after "so-called".
    private func isQuotation(_ tokens: [Token], _ quote: Range<Int>) -> Bool {
        let words = tokens[quote].filter(\.isWord)
        guard !words.isEmpty else { return false }
        let before = quote.lowerBound >= 2 ? tokens[quote.lowerBound - 2].lower : ""
        if before == "so-called" || before == "called" && words.count <= 4 && words.allSatisfy(\.isCapitalized) { return false }
        let after = quote.upperBound + 1 < tokens.count ? tokens[quote.upperBound + 1] : nil
        if words.count <= 6, words.allSatisfy({ $0.isCapitalized || ["of", "a", "the", "and", "for", "in", "on"].contains($0.lower) }),
           words.count > 1 || after?.isWord == true {
            return false
        }
        if let after, after.isWord, !after.isCapitalized, words.count <= 4,
           !["of", "and", "or", "to", "in", "on", "at", "that", "which", "abroad", "during", "for", "from", "with", "as", "is", "was", "are", "were", "would", "will"].contains(after.lower),
           !VerbForms.isFiniteVerb(after.lower) {
            return false  // a label: "“soft power” activities"
        }
        if let after, after.isWord, after.isCapitalized, words.count <= 4, NameIndex.isNameToken(tokens, quote.upperBound + 1) {
            return false  // a title before a name: "“special Government employee” Elon Musk"
        }
        return true
    }

    private func findSpeaker(_ builder: FactBuilder, _ quote: Range<Int>) -> Speaker? {
        let tokens = builder.sentence.tokens
        let phrasing = builder.phrasing
        let article = builder.article
        let outside = tokens.indices.filter { !(quote.lowerBound - 1...quote.upperBound).contains($0) }
        // "As General James Mattis … put it"
        if let first = outside.first, tokens[first].lower == "as" || (first + 1 < tokens.count && tokens[first].lower == "and" && tokens[first + 1].lower == "as"),
           let run = article.names.runs(inSentence: builder.sentence.index).first(where: { $0.tokens.lowerBound <= first + 2 && $0.isPerson }),
           outside.contains(where: { tokens[$0].lower == "put" }) {
            return Speaker(name: article.names.fullName(run.nameText), verb: nil, subject: nil, clauseStart: nil)
        }
        // "… ; in the words of Donald Rumsfeld, to pursue terrorists and “drain the swamp they
        // live in”", "according to Jane Smith, “…”": a person named after the attribution.
        for phrase in Self.attributions {
            for start in outside where start + phrase.count < tokens.count
                && tokens[start..<(start + phrase.count)].map(\.lower) == phrase {
                if let run = article.names.runs(inSentence: builder.sentence.index).first(where: {
                    $0.isPerson && $0.tokens.lowerBound == start + phrase.count
                }), run.tokens.upperBound <= quote.lowerBound {
                    return Speaker(name: article.names.fullName(run.nameText), verb: nil, subject: nil, clauseStart: nil)
                }
            }
        }
        // ("the dangers of so called “open data”": an adjective, no one speaking.)
        for verb in outside where Self.speechVerbs.contains(tokens[verb].lower) && !(verb > 0 && tokens[verb - 1].lower == "so") {
            if tokens[verb].lower == "went", !(verb + 3 < tokens.count && tokens[verb + 1].lower == "on" && tokens[verb + 2].lower == "to") { continue }
            if tokens[verb].lower == "put", !(verb + 1 < tokens.count && tokens[verb + 1].lower == "it") { continue }
            // Subject before the verb: the clause subject, a name or a pronoun.
            for clauseStart in [nil] + Phrasing.clauseStarts(tokens, before: verb) {
                if let clause = phrasing.clause(from: clauseStart), clause.verb == verb {
                    return Speaker(name: speakerName(builder, clause.subject, clause.subjectText), verb: verb, subject: clause.subject, clauseStart: clauseStart)
                }
            }
            if verb > 0, ["he", "she"].contains(tokens[verb - 1].lower) {
                // The person the pronoun was resolved to; none when it could not be ("… as one
                // young Russian put it. … she continued": not the last person named).
                let references = article.references[builder.sentence.index]
                if references.unresolved.contains(where: { $0.contains(verb - 1) }) || references.unclearWithin[verb - 1] != nil { return nil }
                if let name = references.replacements[verb - 1].flatMap({ $0.isEmpty ? nil : $0 }) ?? references.withinSentence[verb - 1]
                    ?? article.names.lastPerson(before: builder.sentence.index, token: verb - 1) {
                    return Speaker(name: name, verb: verb, subject: nil, clauseStart: nil)
                }
            }
            let runs = article.names.runs(inSentence: builder.sentence.index)
            let after = runs.first(where: { run in
                run.isPerson && run.tokens.lowerBound > verb && run.tokens.lowerBound <= verb + 4
                    && tokens[(verb + 1)..<run.tokens.lowerBound].allSatisfy { $0.isWord && !$0.isCapitalized }
            })
            if let run = runs.first(where: { $0.tokens.upperBound == verb || $0.tokens.lowerBound == verb + 1 }) ?? after,
               run.isPerson || run.tokens.upperBound == verb {
                return Speaker(name: article.names.fullName(run.nameText), verb: verb, subject: nil, clauseStart: nil)
            }
        }
        // "the latter’s insistence on seeking “decisive victory”": the possessor speaks.
        if let possessor = possessiveSpeaker(builder, before: quote.lowerBound) { return possessor }
        // A short quoted phrase in a clause whose subject is named.
        guard quote.count <= 8, quote.upperBound <= tokens.count else { return nil }
        let clauseStart = clauseStartBefore(tokens, quote.lowerBound)
        guard let clause = phrasing.clause(from: clauseStart), clause.verb < quote.lowerBound,
              clause.subject.contains(where: { NameIndex.isNameToken(tokens, $0) }),
              !["it", "this", "that", "there"].contains(tokens[clause.subject.lowerBound].lower) else { return nil }
        return Speaker(name: speakerName(builder, clause.subject, clause.subjectText), verb: nil, subject: clause.subject, clauseStart: clauseStart)
    }

    /// After the last ":" or ";" before `index`, if any.
    private func clauseStartBefore(_ tokens: [Token], _ index: Int) -> Int? {
        var position = min(index, tokens.count) - 1
        while position > 0 {
            if tokens[position].text == ":" || tokens[position].text == ";" { return position + 1 }
            position -= 1
        }
        return nil
    }

    /// "X’s NOUN on/of/for (VERBing)? “quote”" where X is a person or "the latter"/"the former".
    private func possessiveSpeaker(_ builder: FactBuilder, before open: Int) -> Speaker? {
        let tokens = builder.sentence.tokens
        var index = open - 2
        if index >= 0, tokens[index].lower.hasSuffix("ing") { index -= 1 }
        guard index >= 2, ["on", "of", "for", "to"].contains(tokens[index].lower), tokens[index - 2].isPossessive else { return nil }
        let owner = index - 2
        let runs = builder.article.names.runs(inSentence: builder.sentence.index).filter(\.isPerson)
        let name: String
        if ["latter’s", "latter's", "former’s", "former's"].contains(tokens[owner].lower) {
            let before = runs.filter { $0.tokens.upperBound <= owner }
            let latter = tokens[owner].lower.hasPrefix("latter")
            guard before.count >= (latter ? 1 : 2) else { return nil }
            name = builder.article.names.fullName(before[before.count - (latter ? 1 : 2)].nameText)
        } else if let run = runs.first(where: { $0.tokens.upperBound == owner + 1 }) {
            name = builder.article.names.fullName(run.nameText)
        } else {
            return nil
        }
        return Speaker(name: name, verb: nil, subject: nil, clauseStart: nil, possessor: owner)
    }

    /// A person's full name without titles, or the subject as written.
    private func speakerName(_ builder: FactBuilder, _ subject: Range<Int>, _ text: String) -> String {
        let runs = builder.article.names.runs(inSentence: builder.sentence.index)
        if let run = runs.first(where: { $0.tokens == subject && $0.isPerson }) {
            return builder.article.names.fullName(run.nameText)
        }
        return text
    }

    /// Quotes in order; two quotes joined by "and" or "or" (“less Iran” and “less Russia”)
    /// become one, marked `merged`.
    private func joinedQuotes(_ tokens: [Token]) -> [(Range<Int>, Bool)] {
        let quotes = QuoteSpans.quotes(tokens)
        var result: [(Range<Int>, Bool)] = []
        var index = 0
        while index < quotes.count {
            let quote = quotes[index]
            // (With a comma before the "and" too: “inflation is still too high”, and “recent
            // data has shown …”.)
            let comma = quote.upperBound + 1 < tokens.count && tokens[quote.upperBound + 1].text == "," ? 1 : 0
            if index + 1 < quotes.count, quotes[index + 1].lowerBound == quote.upperBound + 3 + comma,
               ["and", "or"].contains(tokens[quote.upperBound + 1 + comma].lower) {
                result.append((quote.lowerBound..<quotes[index + 1].upperBound, true))
                index += 2
            } else {
                result.append((quote, false))
                index += 1
            }
        }
        return result
    }

    private func makeFact(_ builder: FactBuilder, _ quote: Range<Int>, _ speaker: Speaker, merged: Bool) -> Fact? {
        let tokens = builder.sentence.tokens
        guard !quote.isEmpty, !QuoteSpans.continuesTheSentence(tokens, quote) else { return nil }
        // The answer: the quote without its final punctuation.
        var last = quote.upperBound - 1
        while last > quote.lowerBound, tokens[last].isPunctuation { last -= 1 }
        var answerRange = merged ? (quote.lowerBound - 1)..<(quote.upperBound + 1) : quote.lowerBound..<(last + 1)
        let answerText = builder.phrasing.text(answerRange)
        var accepted: [String] = []
        // Parts of a long quote count too: its first clause.
        if let cut = tokens[answerRange].firstIndex(where: { ["…", "–", "—", ";"].contains($0.text) }), cut > answerRange.lowerBound + 2 {
            accepted.append(builder.phrasing.text(answerRange.lowerBound..<cut))
        }
        // Remove the quote with its marks and a determiner in front; a relative clause after it.
        var remove = max(0, quote.lowerBound - 1)..<min(tokens.count, quote.upperBound + 1)
        if remove.lowerBound > 0, Lexicon.articles.contains(tokens[remove.lowerBound - 1].lower) {
            remove = (remove.lowerBound - 1)..<remove.upperBound
        }
        // "claimed that “calling for …”": the "that" goes with what it brings in ("What did
        // Sisi claim?", not "… claim that?").
        if remove.lowerBound > 1, tokens[remove.lowerBound - 1].lower == "that", tokens[remove.lowerBound - 2].isWord,
           !tokens[remove.lowerBound - 2].isCapitalized, VerbForms.isFiniteVerb(tokens[remove.lowerBound - 2].lower) {
            remove = (remove.lowerBound - 1)..<remove.upperBound
        }
        var extra: [Range<Int>] = []
        if remove.upperBound < tokens.count, ["that", "which"].contains(tokens[remove.upperBound].lower) {
            var end = remove.upperBound
            while end < tokens.count, tokens[end].text != ",", !(tokens[end].lower == "and" && end + 1 < tokens.count && VerbForms.isFiniteVerb(tokens[end + 1].lower)) {
                end += 1
            }
            extra.append(remove.upperBound..<end)
        }
        let firstWord = tokens[quote].first(where: \.isWord)?.lower ?? ""
        let modal = ["would", "will", "could", "can", "might", "must", "should"].contains(firstWord)
        let perfect = remove.lowerBound > 0 && ["had", "has", "have"].contains(tokens[remove.lowerBound - 1].lower)
            && (tokens[quote].first(where: \.isWord).map { VerbForms.base(of: $0.lower) != nil || $0.lower.hasSuffix("en") || $0.lower.hasSuffix("wn") } ?? false)
        var prompt: String?
        // "… diplomacy is “indescribably critical” to …", "… expelled six diplomats on “suspicions
        // of spying”": a quote after a copula or a preposition leaves an awkward "what"
        // question, so only the speaker is asked.
        let before = remove.lowerBound > 0 ? tokens[remove.lowerBound - 1].lower : ""
        let awkward = (Lexicon.finiteBeForms.contains(before) && remove.upperBound < tokens.count
                       && tokens[remove.upperBound].isWord)
            || ["on", "of", "for", "with", "about", "against", "from", "into"].contains(before)
            // "… were linked to a “squeeze on research communications” in university press
            // offices": a preposition left in the middle of the question.
            || (["to", "by", "in", "at", "as", "than", "like"].contains(before) && remove.upperBound < tokens.count && tokens[remove.upperBound].isWord)
            // "implemented an effective “freeze” on …": the adjective and its article would stay.
            || (remove.lowerBound >= 2 && tokens[remove.lowerBound - 1].isWord && !tokens[remove.lowerBound - 1].isCapitalized
                && Lexicon.articles.contains(tokens[remove.lowerBound - 2].lower) && tokens[quote].filter(\.isWord).count <= 3
                && !tokens[quote].contains(where: { VerbForms.auxiliaries.contains($0.lower) || VerbForms.isFiniteVerb($0.lower) }))
        if (speaker.verb != nil || speaker.subject != nil) && !awkward {
            prompt = builder.phrasing.fronted(
                wh: "What", removing: remove, dropping: extra, replacement: modal ? firstWord + " do" : perfect ? "done" : nil,
                clauseStart: speaker.clauseStart, allowEmbedded: speaker.verb != nil)
        }
        // "What did Trump say the pact will do?": the answer is what it will do ("make trade
        // fairer …"), without the "will also" the question already asks with.
        if modal, prompt != nil, !merged, let modalIndex = tokens[answerRange].firstIndex(where: \.isWord) {
            var start = modalIndex + 1
            while start < answerRange.upperBound, ["also", "still", "even", "further"].contains(tokens[start].lower) || tokens[start].lower.hasSuffix("ly") && tokens[start].lower.count > 4 {
                start += 1
            }
            if start < answerRange.upperBound, tokens[start].isWord, tokens[start].lower != "not", VerbForms.base(of: tokens[start].lower) == nil {
                accepted.append(builder.phrasing.text(answerRange))
                answerRange = start..<answerRange.upperBound
            }
        }
        if let owner = speaker.possessor {
            // Asked in place: "… over whose insistence on seeking “decisive victory” …?"
            var start = owner
            if start > 0, tokens[start - 1].lower == "the" { start -= 1 }
            let entityPrompt = builder.phrasing.inPlace(replacing: start..<(owner + 1), with: "whose")
            let possessive = speaker.name + "’s"
            let prompt = builder.phrasing.inPlace(replacing: (quote.lowerBound - 1)..<min(tokens.count, quote.upperBound + 1), with: "what")
                .replacingOccurrences(of: builder.phrasing.text(start..<(owner + 1)), with: possessive)
            return builder.fact(.quote, .quote, tokens: answerRange, accepted: accepted, entity: speaker.name,
                                prompt: prompt, entityPrompt: entityPrompt)
        }
        let entityPrompt: String?
        if speaker.subject != nil, var question = builder.phrasing.subjectQuestion(clauseStart: speaker.clauseStart, through: quote.upperBound) {
            // "Who went on to say …?" asks after what came before; the quote itself was said.
            if let verb = speaker.verb, tokens[verb].lower == "went", verb + 3 < tokens.count,
               let range = question.range(of: "went on to " + tokens[verb + 3].text + " ") {
                question.replaceSubrange(range, with: VerbForms.past(ofBase: tokens[verb + 3].lower) + " ")
            }
            entityPrompt = question
        } else {
            entityPrompt = "Who is quoted as saying “\(answerText)”?"
        }
        let words = speaker.name.split(separator: " ")
        let named = (speaker.name.unicodeScalars.first.map { $0.isUpper } ?? false)
            || (words.count >= 2 && words[0] == "the" && words[1].first?.isUppercase == true)
        // "director of the Science Media Centre, which …, said": a description cut from its
        // name is no subject to ask with.
        let speakerStart = words.first.map { $0.lowercased() } ?? ""
        guard named || Self.determiners.contains(speakerStart) || Lexicon.numberWord(speakerStart) != nil else { return nil }
        guard let answerPrompt = prompt else {
            // No answer-direction question: ask only for the speaker.
            guard named else { return nil }
            return builder.fact(
                .quote, .person, tokens: answerRange, accepted: accepted, entity: speaker.name,
                prompt: "", entityPrompt: entityPrompt)
        }
        return builder.fact(
            .quote, .quote, tokens: answerRange, accepted: accepted, entity: speaker.name,
            prompt: answerPrompt, entityPrompt: named || speaker.name.hasPrefix("the ") ? entityPrompt : nil)
    }
}
