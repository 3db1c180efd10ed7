/// A question with one answer: not "What did Bush declare?" or "What are EU leaders calling
/// for?", which name a speaker and a verb and leave everything else open, not a "that" clause
/// that stops inside the subordinate clause it opens with ("Who argued that though the Soviet
/// Union did have an expansionist ideology?"), not a cloze with almost nothing around its gap
/// ("George W. Bush argued that [...]."), and not a "who" with nothing in it to say on what
/// occasion ("Which country has already indicated it will play tit for tat?").
struct OpenQuestion: GateCheck {
    let name = "open-question"

    /// The most words a "What" question ending on its verb may have and still be open.
    static let shortQuestionWords = 7
    /// The fewest words a cloze needs around its gap to say which fact it asks:
    /// "George W. Bush argued that [...]." has three.
    static let fewestClozeWords = 6
    /// "What was Skripal’s former rank?" ends on its complement, not on a verb ("What are
    /// leaders calling for?" still ends on one).
    static let copulas: Set<String> = ["is", "was", "are", "were"]

    func passes(_ candidate: GateCandidate) -> Bool {
        let words = candidate.tokens.filter(\.isWord)
        if candidate.form == .cloze { return words.count >= Self.fewestClozeWords }
        // "Which country has already indicated it will play tit for tat?": asked for someone,
        // with no name, place or number to say on what occasion, many fit.
        if let first = words.first?.lower, first == "who" || (first == "which" && words.count > 1 && words[1].lower == "country") {
            // A name, a number, someone's own words, or the article's claim as such anchor it.
            let anchored = candidate.tokens.dropFirst().contains { ($0.isWord && $0.isCapitalized) || $0.kind == .number }
                || !QuoteSpans.quotes(candidate.tokens).isEmpty || candidate.text.hasSuffix(TitleThesis.attribution + "?")
            if !anchored { return false }
        }
        // "What did Jean-Claude Juncker seek to do?": an aim with nothing to say on what
        // occasion (a strict reader: when, where, which tariffs?). "What did Yerevan implore
        // Trump to do?" has the one it implored.
        if words.first?.lower == "what", words.count <= Self.shortQuestionWords, words.count >= 5,
           words.last?.lower == "do", words[words.count - 2].lower == "to", !words[words.count - 3].isCapitalized,
           !["him", "her", "them", "us", "it"].contains(words[words.count - 3].lower) {
            return false
        }
        // "What post did Julie Bishop hold?" names what it asks for; "What did Bush declare?" does not.
        if words.first?.lower == "what", words.count <= Self.shortQuestionWords, words.count >= 4,
           VerbForms.auxiliaries.contains(words[1].lower),
           let last = words.last, !last.isCapitalized, last.lower != "do",
           !Self.copulas.contains(words[1].lower) || Lexicon.prepositions.contains(last.lower) || last.lower.hasSuffix("ing") {
            // "What did Li call the plan?" has its object; "What did Bush declare?" has none.
            let before = words[words.count - 2]
            let objectBefore = Lexicon.articles.contains(before.lower) || before.isPossessive
                || Lexicon.possessivePronouns.contains(before.lower)
            if !objectBefore { return false }
        }
        for (index, word) in words.enumerated().dropLast() where word.lower == "that" {
            if Lexicon.subordinators.contains(words[index + 1].lower) { return false }
        }
        return true
    }
}
