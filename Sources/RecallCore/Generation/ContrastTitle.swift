/// A title that argues by contrast: "Russia doesn't just violate international law – it
/// follows and shapes it too". Its claim is the second half, asked as the title's cloze:
/// "Russia doesn't just violate international law – it [...] it too." (follows and shapes).
/// Only a title whose subject is a country or a person named in full, then "doesn't just" (or
/// "only", "merely", "simply"), a dash, comma or semicolon, "it"/"they"/"he"/"she" and the verbs
/// that make the claim.
struct ContrastTitle: Sendable, Equatable {
    /// Index of the title's sentence.
    var sentence: Int
    /// Scalar range of the claim's verbs in the title.
    var span: Range<Int>
    var answer: String
    var cloze: String

    /// The most words the gapped claim may have.
    static let longestClaim = 6

    init?(article: Article) {
        guard let title = article.title,
              let heading = article.sentences.first(where: { $0.isHeading && $0.text == title }) else { return nil }
        let tokens = heading.tokens
        let runs = article.names.runs(inSentence: heading.index)
        let subjectEnd: Int
        if let first = tokens.first, first.isCapitalized, Lexicon.countries.contains(first.stem.lowercased()) {
            subjectEnd = 1
        } else if let run = runs.first(where: { $0.isPerson && $0.tokens.lowerBound == 0 && $0.name.count >= 2 }) {
            subjectEnd = run.tokens.upperBound
        } else {
            return nil
        }
        // "doesn’t just", "does not only", "isn’t merely".
        var index = subjectEnd
        guard index + 1 < tokens.count, Self.denials.contains(tokens[index].lower) else { return nil }
        index += 1
        if tokens[index].lower == "not" { index += 1 }
        guard index < tokens.count, Self.limiters.contains(tokens[index].lower) else { return nil }
        // The turn: "– it", ", they", "; he".
        guard let turn = tokens[index...].firstIndex(where: { ["–", "—", ",", ";"].contains($0.text) || $0.text == "-" && $0.isPunctuation }),
              turn + 2 < tokens.count, ["it", "they", "he", "she"].contains(tokens[turn + 1].lower) else { return nil }
        var start = turn + 2
        if tokens[start].lower == "also" { start += 1 }
        var end = start
        while end < tokens.count, tokens[end].isWord, !["it", "them", "him", "her", "too", "as"].contains(tokens[end].lower) { end += 1 }
        guard end > start, end - start <= Self.longestClaim, VerbForms.isThirdPersonPresent(tokens, start) || VerbForms.isFiniteVerb(tokens[start].lower)
        else { return nil }
        sentence = heading.index
        span = tokens[start].start..<tokens[end - 1].end
        answer = heading.text(span)
        var text = heading.text(0..<tokens[start].start) + "[...]" + heading.text(tokens[end - 1].end..<heading.scalars.count)
        if !text.hasSuffix(".") { text += "." }
        cloze = text
    }

    /// Words that deny only a part: "doesn’t just …".
    static let denials: Set<String> = ["doesn’t", "doesn't", "does", "isn’t", "isn't", "is", "don’t", "don't", "do", "aren’t", "aren't", "are"]
    /// Words that limit what is denied.
    static let limiters: Set<String> = ["just", "only", "merely", "simply"]
}
