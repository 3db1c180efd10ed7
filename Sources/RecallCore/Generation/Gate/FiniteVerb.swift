/// A question holds a finite verb after its question word: no verbless fragment.
struct FiniteVerb: GateCheck {
    let name = "no-finite-verb"

    func passes(_ candidate: GateCandidate) -> Bool {
        let tokens = candidate.tokens
        let start = candidate.form == .question ? (FrontedWhWord.whStart(tokens).map { $0 + 1 } ?? 0) : 0
        guard start < tokens.count else { return false }
        let rest = Array(tokens[start...])
        // "Who announced …", "Who signs a …": the verb may follow the question word directly.
        return VerbForms.hasFiniteVerb(rest) || rest.contains { VerbForms.presentForms[$0.lower] != nil }
            || (start > 0 && VerbForms.isThirdPersonPresent(rest, 0, afterQuestionWord: true))
    }
}
