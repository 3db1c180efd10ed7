/// Makes sense without the article: no first or second person outside a quotation, no
/// "this"/"these"/"those", no he/she without a person named before it in the same text (or a
/// "Who" that asks for one), no it/they without a name or noun phrase before it, none of the
/// source sentence's unresolved phrases, and a vague description ("the deficit" when nothing
/// earlier names whose deficit) only beside two names that place it.
struct ResolvedReferences: GateCheck {
    let name = "unresolved-reference"

    func passes(_ candidate: GateCandidate) -> Bool {
        let tokens = candidate.tokens
        if Self.hasDanglingReference(tokens, asksForPerson: candidate.text.hasPrefix("Who"), asksForThing: candidate.text.hasPrefix("Which ")) {
            return false
        }
        let answerTokens = Tokenizer.tokens(Array(candidate.answer.unicodeScalars))
        if candidate.kind != .quote, Self.hasDanglingReference(answerTokens, asksForPerson: false) {
            return false
        }
        // An answer "the draft treaty", "the move": a description that says which only in the
        // article.
        let answerWords = answerTokens.filter(\.isWord)
        if candidate.kind == .statement, answerWords.first?.lower == "the", (2...4).contains(answerWords.count),
           answerTokens.count == answerWords.count,
           answerWords.dropFirst().allSatisfy({ !$0.isCapitalized && !Lexicon.functionWords.contains($0.lower) }) {
            return false
        }
        // An answer "Trump’s shift" names an act by whose it is, not what it was.
        if answerTokens.filter(\.isWord).count == 2, answerTokens[0].isPossessive, Lexicon.eventNouns.contains(answerTokens[1].lower) {
            return false
        }
        let text = candidate.text.lowercased()
        if candidate.unresolvedPhrases.contains(where: { Self.contains(text, phrase: $0.lowercased()) }) { return false }
        // The answer is read without the article too: "that exemption to be made permanent".
        let answer = candidate.answer.lowercased()
        if candidate.kind != .quote, candidate.unresolvedPhrases.contains(where: { Self.contains(answer, phrase: $0.lowercased()) }) { return false }
        // "the deficit" is clear beside two names ("… trade relations between the U.S. and
        // China … the deficit"), not beside one or none.
        // Names counted as runs: "State Department" is one name.
        var names: Set<String> = []
        var run: [String] = []
        for index in tokens.indices {
            // (A month or a weekday is a time, not a name that places anything.)
            if index > 0, ReferenceResolver.isName(tokens, index), Lexicon.month(tokens[index]) == nil,
               !Lexicon.weekdays.contains(tokens[index].lower) {
                run.append(tokens[index].stem)
            } else if !run.isEmpty {
                names.insert(run.joined(separator: " "))
                run = []
            }
        }
        if !run.isEmpty { names.insert(run.joined(separator: " ")) }
        return !candidate.vaguePhrases.contains { phrase in
            guard Self.contains(text, phrase: phrase.lowercased()) else { return false }
            // Two names place a balance ("the deficit" between the U.S. and China).
            let head = phrase.split(separator: " ").last.map { String($0).lowercased() } ?? ""
            if names.count >= Self.namesThatPlaceAVagueDescription, Lexicon.balanceHeads.contains(head) || Self.placedBesideNames { return false }
            // "the atrocities their regime committed", "the leaders of …": what follows says which.
            if !Lexicon.balanceHeads.contains(head), let found = text.range(of: phrase.lowercased()), text[found.upperBound...].first == " ",
               let next = text[found.upperBound...].split(whereSeparator: { !$0.isLetter }).first,
               Self.restrictingStarts.contains(String(next)), !names.isEmpty {
                return false
            }
            // "investing in China to take advantage of the cheap labour": a country named
            // before a description says where, unless the description is a balance between
            // two ("the deficit": with whom?).
            let placed = !Lexicon.balanceHeads.contains(head) && names.count >= 1
                && names.contains { Lexicon.countries.contains($0.lowercased()) }
                && text.range(of: phrase.lowercased()).map { found in names.contains { text[..<found.lowerBound].contains($0.lowercased()) } } == true
            return !placed
        }
    }

    /// Whether the phrase stands in the text as whole words ("I" is not the "i" of "call").
    static func contains(_ text: String, phrase: String) -> Bool {
        var searchFrom = text.startIndex
        while let found = text.range(of: phrase, range: searchFrom..<text.endIndex) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            searchFrom = text.index(after: found.lowerBound)
        }
        return false
    }

    static let namesThatPlaceAVagueDescription = 2
    /// Words that open what restricts a description straight after it: a complement or a
    /// relative clause.
    static let restrictingStarts: Set<String> = ["of", "that", "which", "who", "whose", "their", "his", "her", "its"]

    /// Whether two names place any vague description (not only a balance between two).
    static let placedBesideNames = false

    /// "last week", "three weeks ago", "yesterday": a time that goes stale with the article.
    static func isRelativeTime(_ tokens: [Token], _ index: Int) -> Bool {
        let lower = tokens[index].lower
        // ("today’s 50bps rate hike": the possessive of a relative day.)
        if Lexicon.relativeDays.contains(lower) || Lexicon.relativeDays.contains(tokens[index].stem.lowercased()) { return true }
        if lower == "ago", index > 0 { return true }
        if ["last", "next", "coming"].contains(lower), index + 1 < tokens.count,
           Lexicon.timeUnits.contains(tokens[index + 1].lower) || Lexicon.relativeDays.contains(tokens[index + 1].lower) {
            return true
        }
        return false
    }

    /// "… began scrutinizing US foreign aid programs. Who applauded this?": a "this" standing
    /// alone (no noun after it) after a whole sentence of the same text stands for that sentence.
    static func standsForSentenceBefore(_ tokens: [Token], _ index: Int) -> Bool {
        guard tokens[index].lower == "this" else { return false }
        if index + 1 < tokens.count, tokens[index + 1].isWord,
           !VerbForms.auxiliaries.contains(tokens[index + 1].lower), !VerbForms.isFiniteVerb(tokens[index + 1].lower) {
            return false
        }
        return tokens[..<index].contains { $0.isPunctuation && [".", "!", "?"].contains($0.text) }
    }

    /// `asksForPerson`: a "Who" question, whose answer he/she may stand for; `asksForThing`: a
    /// "Which country" question, whose answer it/its may stand for.
    static func hasDanglingReference(_ tokens: [Token], asksForPerson: Bool, asksForThing: Bool = false) -> Bool {
        let quoted = Set(QuoteSpans.quotes(tokens).flatMap { Array($0) })
        // The thing a question asks for ("How many problems …") is no antecedent of its "they".
        var questionPhraseEnd = FrontedWhWord.whStart(tokens).map { FrontedWhWord.whPhraseEnd(tokens, $0) } ?? 0
        // "What share of Egyptians think their …": the people the share is of are theirs.
        if let start = FrontedWhWord.whStart(tokens), start + 2 < tokens.count, tokens[start].lower == "what",
           ["share", "proportion", "percentage", "fraction"].contains(tokens[start + 1].lower), tokens[start + 2].lower == "of" {
            questionPhraseEnd = min(questionPhraseEnd, start + 2)
        }
        for (index, token) in tokens.enumerated() where token.isWord && !quoted.contains(index) {
            let lower = token.lower
            if ReferenceResolver.isFirstOrSecondPerson(tokens, index) { return true }
            if ["this", "these", "those"].contains(lower), !Self.standsForSentenceBefore(tokens, index) { return true }
            // "That’s how Cambridge Analytica was able to …": how, the sentences before say.
            if index == 0, ["that’s", "that's"].contains(lower) { return true }
            // "between now and budget week": counted from the day of writing.
            if lower == "now", index > 0, ["between", "until", "till", "from"].contains(tokens[index - 1].lower) { return true }
            // "the next sitting week": a time unit a word or two after "next"/"last".
            if ["next", "last", "coming"].contains(lower), index > 0, tokens[index - 1].lower == "the",
               tokens[(index + 1)..<min(tokens.count, index + 3)].contains(where: { Lexicon.timeUnits.contains($0.lower) }) {
                return true
            }
            if isRelativeTime(tokens, index) { return true }
            // "Masao Yoshida was plant manager at the time": the time of something told before,
            // unless the text gives a date of its own.
            if lower == "at", index + 2 < tokens.count, tokens[index + 1].lower == "the", tokens[index + 2].lower == "time",
               !tokens[..<index].contains(where: { $0.kind == .number || Lexicon.month($0) != nil || $0.text == "[" }) {
                return true
            }
            // "a much higher proportion" with no "than": compared with something said elsewhere.
            if ["much", "far", "even"].contains(lower), index + 1 < tokens.count, Lexicon.comparatives.contains(tokens[index + 1].lower),
               !tokens[(index + 1)...].contains(where: { $0.lower == "than" }) {
                return true
            }
            // "more of a hardcore realist" with no "than": than whom?
            if ["more", "less"].contains(lower), index + 1 < tokens.count, tokens[index + 1].lower == "of",
               !tokens[(index + 1)...].contains(where: { $0.lower == "than" }) {
                return true
            }
            guard let gender = Lexicon.personalPronouns[lower] else { continue }
            if gender == .masculine || gender == .feminine {
                if !asksForPerson, !(0..<index).contains(where: { ReferenceResolver.isName(tokens, $0) }) { return true }
            } else if gender == .plural, asksForPerson, ["their", "they", "them", "themselves"].contains(lower) {
                // "Who reconfirmed their commitment to …?": the people asked for.
                continue
            } else if !asksForThing, !ReferenceResolver.isExpletiveIt(tokens, index),
                      !ReferenceResolver.hasAntecedentBefore(tokens, index, quoted: quoted, from: questionPhraseEnd) {
                return true
            }
        }
        return false
    }
}
