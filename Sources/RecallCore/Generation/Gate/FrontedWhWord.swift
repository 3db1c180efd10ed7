/// A question opens with its wh-phrase ("When did…", "In which year did…") and holds no
/// second one in place ("…the which…", "…in what date…"): English fronts the question word.
struct FrontedWhWord: GateCheck {
    let name = "wh-word-not-fronted"

    func applies(to form: GateCandidate.Form) -> Bool { form == .question }

    func passes(_ candidate: GateCandidate) -> Bool {
        let tokens = candidate.questionTokens
        guard let last = tokens.last, last.text == "?" else { return false }
        guard let start = Self.whStart(tokens) else { return false }
        // After a fronted phrase that is not the subject ("In which year", "Between which
        // year and 2017"), English inverts: an auxiliary comes next.
        let after = Self.whPhraseEnd(tokens, start)
        if after < tokens.count, tokens[after].text == "," { return false }
        // "Ministers from which countries declined to comment?": the question phrase inside the
        // subject; its verb follows without inversion.
        let inSubject = Self.isInSubject(tokens, start)
        if start > 0, !inSubject, after < tokens.count, !VerbForms.auxiliaries.contains(tokens[after].lower) { return false }
        // "How many months after the proclamation, not one country has …": a comma before the
        // verb means the clause was not turned into a question.
        if let verb = tokens[after...].firstIndex(where: { $0.isWord && (VerbForms.auxiliaries.contains($0.lower) || VerbForms.isFiniteVerb($0.lower)) }),
           tokens[after..<verb].indices.contains(where: { tokens[$0].text == "," && !Self.isListComma(tokens, $0) }) {
            return false
        }
        let quoted = Set(QuoteSpans.quotes(tokens).flatMap { Array($0) })
        // A second question word later, outside a quotation, that is no relative pronoun.
        for index in tokens.indices where index > start + 1 && !quoted.contains(index) {
            let lower = tokens[index].lower
            let before = tokens[index - 1]
            if lower == "what" || (lower == "how" && index + 1 < tokens.count && ["many", "much", "long"].contains(tokens[index + 1].lower)) {
                return false
            }
            if lower == "which", before.isWord, !before.isCapitalized, Lexicon.functionWords.contains(before.lower), before.lower != "in" || index + 1 < tokens.count && (Lexicon.timeUnits + ["date"]).contains(tokens[index + 1].lower) {
                return false
            }
        }
        return true
    }

    /// A comma between two names of a list ("across Morocco, Algeria and Egypt").
    static func isListComma(_ tokens: [Token], _ index: Int) -> Bool {
        index > 0 && index + 1 < tokens.count && tokens[index - 1].isCapitalized && tokens[index + 1].isCapitalized
    }

    /// Index after the question phrase: the question word with "many/much/long" and the
    /// lower-case nouns it asks about ("which year", "how many people").
    static func whPhraseEnd(_ tokens: [Token], _ start: Int) -> Int {
        var index = start + 1
        guard ["which", "what", "whose", "how"].contains(tokens[start].lower) else { return index }
        while index < tokens.count, index - start <= 4, tokens[index].isWord,
              !VerbForms.auxiliaries.contains(tokens[index].lower), !VerbForms.isFiniteVerb(tokens[index].lower) {
            index += 1
        }
        return index
    }

    /// Index of the question word: first, or after one or two words of a preposition phrase
    /// ("In which year", "By how much", "According to whom"), or after a plural noun and its
    /// preposition ("Ministers from which countries").
    static func whStart(_ tokens: [Token]) -> Int? {
        for index in tokens.prefix(3).indices where Lexicon.questionWords.contains(tokens[index].lower) {
            let leading = tokens[..<index]
            if leading.allSatisfy({ $0.isWord && Lexicon.prepositions.contains($0.lower) }) || isInSubject(tokens, index) { return index }
        }
        return nil
    }

    /// "Ministers from which …": a plural noun and a preposition before "which".
    static func isInSubject(_ tokens: [Token], _ start: Int) -> Bool {
        start == 2 && tokens[start].lower == "which" && tokens[0].isWord && tokens[0].lower.hasSuffix("s")
            && !Lexicon.functionWords.contains(tokens[0].lower) && !VerbForms.auxiliaries.contains(tokens[0].lower)
            && Lexicon.prepositions.contains(tokens[1].lower)
    }
}
