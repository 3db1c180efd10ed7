/// No word said twice in a row, or an auxiliary repeated around an adverb ("has also has"):
/// a slip of the source that a question must not copy.
struct RepeatedWord: GateCheck {
    let name = "repeated-word"

    func passes(_ candidate: GateCandidate) -> Bool {
        // A cloze's gap stands between its neighbours ("it [...] it too" says no word twice).
        let words = candidate.tokens.filter { $0.isWord || $0.text == "[" }.map { $0.isWord ? $0.lower : "[...]" }
        for index in words.indices.dropFirst() {
            if words[index] == words[index - 1], !["had", "that"].contains(words[index]) { return false }
            if index >= 2, words[index] == words[index - 2], VerbForms.auxiliaries.contains(words[index]) { return false }
        }
        return true
    }
}
