/// A question about saying keeps what was said: "On what date did Aliyev tell the forum?"
/// asks about telling nothing.
struct SaysWhat: GateCheck {
    let name = "saying-without-content"

    func applies(to form: GateCandidate.Form) -> Bool { form == .question }

    func passes(_ candidate: GateCandidate) -> Bool {
        let tokens = candidate.tokens
        guard let verb = tokens.lastIndex(where: { $0.isWord && Lexicon.sayingVerbs.contains($0.lower) }) else { return true }
        // "What did X tell …?" asks for the content itself.
        if tokens.first?.lower == "what" || tokens.first?.lower == "who" { return true }
        return tokens[(verb + 1)...].contains { ["that", "“", "\"", "to"].contains($0.lower) }
    }
}
