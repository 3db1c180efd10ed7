/// A question holds a finite verb after its question word: no verbless fragment.
struct FiniteVerb: GateCheck {
    let name = "no-finite-verb"

    func passes(_ candidate: GateCandidate) -> Bool {
        let tokens = candidate.tokens
        let start = candidate.form == .question ? (FrontedWhWord.whStart(tokens).map { $0 + 1 } ?? 0) : 0
        guard start < tokens.count else { return false }
        let rest = Array(tokens[start...])
        if Self.opensWithAReducedPassive(tokens) { return false }
        // "In which year had Australia a public housing stock of …?": "have" of owning takes
        // do-support ("did Australia have").
        if candidate.form == .question, let have = rest.prefix(3).firstIndex(where: { ["had", "has", "have"].contains($0.lower) }),
           have + 2 < rest.count, rest[have + 1].isCapitalized,
           let object = rest[(have + 2)...].firstIndex(where: { !$0.isCapitalized }),
           Lexicon.articles.contains(rest[object].lower) || rest[object].kind == .number { return false }
        // "What did and on Steven Marshall’s first day …": a conjunction where the subject goes.
        if candidate.form == .question, rest.count > 1, VerbForms.auxiliaries.contains(rest[0].lower),
           ["and", "or", "but"].contains(rest[1].lower) { return false }
        // "Who announced …", "Who signs a …": the verb may follow the question word directly.
        return VerbForms.hasFiniteVerb(rest) || rest.contains { VerbForms.presentForms[$0.lower] != nil }
            || (start > 0 && VerbForms.isThirdPersonPresent(rest, 0, afterQuestionWord: true))
    }

    /// "A draft peace deal announced in March, but Azerbaijan set new conditions …": the first
    /// clause's only verb is a participle straight before a preposition, so it has no finite
    /// verb of its own, though the clause after "but" does.
    static func opensWithAReducedPassive(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first, Lexicon.articles.contains(first.lower),
              let comma = tokens.firstIndex(where: { $0.text == "," }), comma + 1 < tokens.count,
              ["but", "and", "yet"].contains(tokens[comma + 1].lower) else { return false }
        let verbs = tokens[..<comma].indices.filter { index in
            let token = tokens[index]
            return token.isWord && !token.isCapitalized && (VerbForms.isFiniteVerb(token.lower) || VerbForms.auxiliaries.contains(token.lower))
        }
        return !verbs.isEmpty && verbs.allSatisfy { index in
            tokens[index].lower.hasSuffix("ed") && index + 1 < comma
                && (Lexicon.prepositions.contains(tokens[index + 1].lower) || tokens[index + 1].text == "[")
        }
    }
}
