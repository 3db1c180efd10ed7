/// The answer is not the country the whole article is about: "Which country …?" in an article
/// titled "Why China is a leader …" asks nothing (a country named later in the title is fair).
struct NotTheTopic: GateCheck {
    let name = "answer-is-the-topic"

    func passes(_ candidate: GateCandidate) -> Bool {
        let answer = candidate.answer.lowercased()
        let bare = answer.hasPrefix("the ") ? String(answer.dropFirst(4)) : answer
        guard Lexicon.countries.contains(bare) else { return true }
        // The title's subject: a country among its first words ("Why China is …", "Russia doesn't …").
        let titleWords = Tokenizer.tokens(Array(candidate.title.unicodeScalars)).filter(\.isWord).map { $0.stem.lowercased() }
        return !titleWords.prefix(Self.subjectWords).contains(bare)
    }

    /// How many of the title's first words may name its subject.
    static let subjectWords = 3
}
