/// The answer is not the country the whole article is about: "Which country …?" in an article
/// titled "Why China is a leader …" asks nothing (a country named later in the title is fair).
struct NotTheTopic: GateCheck {
    let name = "answer-is-the-topic"

    func passes(_ candidate: GateCandidate) -> Bool {
        let answer = candidate.answer.lowercased()
        let bare = answer.hasPrefix("the ") ? String(answer.dropFirst(4)) : answer
        guard Lexicon.countries.contains(bare) || Self.blocs.contains(bare) else { return true }
        // The title's subject: a country among its first words ("Why China is …", "Russia
        // doesn't …"), or the subject of a clause joined by "but" or "yet" ("The West increases
        // pressure …, but Russia is unlikely to cave"): the name, then its verb.
        let tokens = Tokenizer.tokens(Array(candidate.title.unicodeScalars))
        let words = tokens.filter(\.isWord)
        if words.prefix(Self.subjectWords).contains(where: { $0.stem.lowercased() == bare }) { return false }
        for (index, word) in words.enumerated() where index > 0 && ["but", "yet"].contains(word.lower) {
            var subject = index + 1
            if subject < words.count, words[subject].lower == "the" { subject += 1 }
            guard subject + 1 < words.count, words[subject].stem.lowercased() == bare else { continue }
            let verb = words[subject + 1].lower
            if VerbForms.auxiliaries.contains(verb) || VerbForms.isFiniteVerb(verb) { return false }
        }
        return true
    }

    /// How many of a title clause's first words may name its subject.
    static let subjectWords = 3

    /// Groups of countries a title may be about as it is about a country.
    static let blocs: Set<String> = ["west", "eu", "european union", "nato"]
}
