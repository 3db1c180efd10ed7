/// A question opens with its wh-phrase ("When did…", "In which year did…") and holds no
/// second one in place ("…the which…", "…in what date…"): English fronts the question word.
struct FrontedWhWord: GateCheck {
    let name = "wh-word-not-fronted"

    func applies(to form: GateCandidate.Form) -> Bool { form == .question }

    func passes(_ candidate: GateCandidate) -> Bool {
        let tokens = candidate.tokens
        guard let last = tokens.last, last.text == "?" else { return false }
        guard let start = Self.whStart(tokens) else { return false }
        let quoted = Set(QuoteSpans.quotes(tokens).flatMap { Array($0) })
        // A second question word later, outside a quotation, that is no relative pronoun.
        for index in tokens.indices where index > start + 1 && !quoted.contains(index) {
            let lower = tokens[index].lower
            let before = tokens[index - 1]
            if lower == "what" || (lower == "how" && index + 1 < tokens.count && ["many", "much", "long"].contains(tokens[index + 1].lower)) {
                return false
            }
            if lower == "which", before.isWord, !before.isCapitalized, Lexicon.functionWords.contains(before.lower), before.lower != "in" || index + 1 < tokens.count && Lexicon.timeUnits.contains(tokens[index + 1].lower) {
                return false
            }
        }
        return true
    }

    /// Index of the question word: first, or after one or two words of a preposition phrase
    /// ("In which year", "By how much", "According to whom").
    static func whStart(_ tokens: [Token]) -> Int? {
        for index in tokens.prefix(3).indices where Lexicon.questionWords.contains(tokens[index].lower) {
            let leading = tokens[..<index]
            if leading.allSatisfy({ $0.isWord && Lexicon.prepositions.contains($0.lower) }) { return index }
        }
        return nil
    }
}
