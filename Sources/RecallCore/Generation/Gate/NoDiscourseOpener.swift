/// No leftover discourse opener ("In fact,", "After all,", "This means that").
struct NoDiscourseOpener: GateCheck {
    let name = "discourse-opener"

    func passes(_ candidate: GateCandidate) -> Bool {
        let words = candidate.tokens.filter(\.isWord).prefix(5).map(\.lower)
        guard let first = words.first else { return false }
        if Lexicon.discourseOpeners.contains(first) { return false }
        // "… Black Friday and Cyber Monday figures..": a slip of the source copied whole.
        let plain = candidate.text.replacingOccurrences(of: "[...]", with: "")
        if plain.contains("..") && !plain.contains("...") { return false }
        // "Here are six of the key takeaways …": a pointer into the article itself.
        if first == "here", words.count > 1, Lexicon.finiteBeForms.contains(words[1]) { return false }
        return !Lexicon.discourseOpenerPhrases.contains { phrase in
            words.starts(with: phrase.split(separator: " ").map(String.init))
        }
    }
}
