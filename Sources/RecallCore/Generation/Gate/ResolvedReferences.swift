/// Makes sense without the article: no first or second person outside a quotation, no
/// "this"/"these"/"those", no he/she without a person named before it in the same text (or a
/// "Who" that asks for one), no it/they without a name or noun phrase before it, none of the
/// source sentence's unresolved phrases, and a vague description ("the deficit" when nothing
/// earlier names whose deficit) only beside two names that place it.
struct ResolvedReferences: GateCheck {
    let name = "unresolved-reference"

    func passes(_ candidate: GateCandidate) -> Bool {
        let tokens = candidate.tokens
        if Self.hasDanglingReference(tokens, asksForPerson: candidate.text.hasPrefix("Who")) { return false }
        if candidate.kind != .quote, Self.hasDanglingReference(Tokenizer.tokens(Array(candidate.answer.unicodeScalars)), asksForPerson: false) {
            return false
        }
        let text = candidate.text.lowercased()
        if candidate.unresolvedPhrases.contains(where: { text.contains($0.lowercased()) }) { return false }
        // "the deficit" is clear beside two names ("… trade relations between the U.S. and
        // China … the deficit"), not beside one or none.
        let names = Set(tokens.indices.filter { ReferenceResolver.isName(tokens, $0) && $0 > 0 }.map { tokens[$0].stem })
        return names.count >= Self.namesThatPlaceAVagueDescription || !candidate.vaguePhrases.contains { text.contains($0.lowercased()) }
    }

    static let namesThatPlaceAVagueDescription = 2

    static func hasDanglingReference(_ tokens: [Token], asksForPerson: Bool) -> Bool {
        let quoted = Set(QuoteSpans.quotes(tokens).flatMap { Array($0) })
        for (index, token) in tokens.enumerated() where token.isWord && !quoted.contains(index) {
            let lower = token.lower
            if ReferenceResolver.isFirstOrSecondPerson(tokens, index) { return true }
            if ["this", "these", "those"].contains(lower) { return true }
            guard let gender = Lexicon.personalPronouns[lower] else { continue }
            if gender == .masculine || gender == .feminine {
                if !asksForPerson, !(0..<index).contains(where: { ReferenceResolver.isName(tokens, $0) }) { return true }
            } else if !ReferenceResolver.hasAntecedentBefore(tokens, index, quoted: quoted) {
                return true
            }
        }
        return false
    }
}
