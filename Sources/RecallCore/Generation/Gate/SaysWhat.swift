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
        // What was said: a "that" clause, "to" + a verb, or a quotation of a sentence's length
        // (a quoted name, "the “Facing A New World Order” forum", says nothing).
        let rest = tokens[(verb + 1)...]
        if rest.contains(where: { ["that", "to"].contains($0.lower) }) { return true }
        return QuoteSpans.quotes(Array(tokens)).contains { $0.lowerBound > verb && $0.count >= Self.shortestSaying }
    }

    /// The fewest tokens of a quotation that says something.
    static let shortestSaying = 6
}
