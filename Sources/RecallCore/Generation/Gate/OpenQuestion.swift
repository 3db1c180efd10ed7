/// A question with one answer: not "What did Bush declare?" or "What are EU leaders calling
/// for?", which name a speaker and a verb and leave everything else open, not a "that" clause
/// that stops inside the subordinate clause it opens with ("Who argued that though the Soviet
/// Union did have an expansionist ideology?"), and not a cloze with almost nothing around its
/// gap ("George W. Bush argued that [...].").
struct OpenQuestion: GateCheck {
    let name = "open-question"

    /// The most words a "What" question ending on its verb may have and still be open.
    static let shortQuestionWords = 7
    /// The fewest words a cloze needs around its gap to say which fact it asks:
    /// "George W. Bush argued that [...]." has three.
    static let fewestClozeWords = 6

    func passes(_ candidate: GateCandidate) -> Bool {
        let words = candidate.tokens.filter(\.isWord)
        if candidate.form == .cloze { return words.count >= Self.fewestClozeWords }
        if words.first?.lower == "what", words.count <= Self.shortQuestionWords, words.count >= 4,
           let last = words.last, !last.isCapitalized, last.lower != "do" {
            // "What did Li call the plan?" has its object; "What did Bush declare?" has none.
            let before = words[words.count - 2]
            let objectBefore = ["the", "a", "an"].contains(before.lower) || before.isPossessive
                || Lexicon.possessivePronouns.contains(before.lower)
            if !objectBefore { return false }
        }
        for (index, word) in words.enumerated().dropLast() where word.lower == "that" {
            if Lexicon.subordinators.contains(words[index + 1].lower) { return false }
        }
        return true
    }
}
