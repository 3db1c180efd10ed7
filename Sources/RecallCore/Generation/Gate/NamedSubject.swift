/// A cloze says what it is about: it names something besides its gap (a person, a country, a
/// body: "China supplies just [...] …"), and its main clause's subject is no bare "the plan",
/// "the group", "each charge" standing for something only the article names. "Food is more
/// expensive than ever, with … inflation still running at more than [...]" (whose inflation?),
/// "The group strives to fan sectarian violence …" (which group?), "Each charge carries …"
/// (which charges?): a strict reader turned each down.
struct NamedSubject: GateCheck {
    let name = "unnamed-subject"

    func applies(to form: GateCandidate.Form) -> Bool { form == .cloze }

    func passes(_ candidate: GateCandidate) -> Bool {
        let tokens = candidate.tokens
        let opener = Phrasing.openerEnd(tokens)
        guard opener < tokens.count else { return false }
        let named = tokens.indices.contains { Self.isName(tokens[$0], first: $0 == opener, names: candidate.names) }
        // "The global facial recognition industry is forecast to be worth [...] by 2021": the
        // whole world's, which needs no name.
        let worldwide = tokens.contains { Self.worldwideWords.contains($0.stem.lowercased()) }
        guard named || worldwide || candidate.kind == .person else { return false }
        var start = opener
        // A leading phrase or clause set off by a comma ("When the European Council met on …,
        // the plan had been …") says what the subject after it belongs to.
        if Lexicon.prepositions.contains(tokens[start].lower) || Lexicon.subordinators.contains(tokens[start].lower) {
            return true
        }
        if tokens[start].isPunctuation { start += 1 }
        guard start + 1 < tokens.count else { return true }
        let first = tokens[start].lower
        let head = tokens[start + 1]
        // "The group strives …", "Each charge carries …": a determiner and one common noun
        // before the verb.
        guard ["the", "each", "every", "this", "these", "those", "such"].contains(first), head.isWord, !head.isCapitalized,
              !Lexicon.functionWords.contains(head.lower), start + 2 < tokens.count else { return true }
        let next = tokens[start + 2]
        return !(VerbForms.auxiliaries.contains(next.lower) || VerbForms.isFiniteVerb(next.lower) || VerbForms.isThirdPersonPresent(tokens, start + 2))
    }

    /// Words that say a fact is the whole world's.
    static let worldwideWords: Set<String> = ["global", "world", "worldwide", "international", "globe", "planet"]

    /// A capitalised word inside the text is a name; the text's first word only when the
    /// article writes it with a capital inside a sentence too ("China", not "Food").
    private static func isName(_ token: Token, first: Bool, names: Set<String>) -> Bool {
        guard token.isWord, token.isCapitalized else { return false }
        return !first || names.contains(token.stem) || (token.text.count > 1 && token.text == token.text.uppercased())
    }
}
