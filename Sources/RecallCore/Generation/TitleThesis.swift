/// What a title recommends, asked of its subject: "Australia should steer clear of the sanction
/// fight between the US and China" → "Which country should steer clear of the sanction fight
/// between the US and China, according to the author?" (Australia). Only a title whose subject
/// is a country or a person named in full and whose next word is "should", "must" or the like:
/// a strict reader found descriptive titles asked this way ("Which country is a leader in
/// intellectual property, according to the author?") open to many answers.
struct TitleThesis: Sendable, Equatable {
    /// Index of the title's sentence.
    var sentence: Int
    /// Scalar range of the subject in that sentence.
    var span: Range<Int>
    var subject: String
    var question: String

    init?(article: Article) {
        guard let title = article.title,
              let heading = article.sentences.first(where: { $0.isHeading && $0.text == title }) else { return nil }
        let tokens = heading.tokens
        var start = 0
        if tokens.first?.lower == "why" { start = 1 }
        guard start < tokens.count else { return nil }
        if let cause = Self.cause(tokens, in: heading, from: start) {
            sentence = heading.index
            span = cause.span
            subject = heading.text(cause.span)
            question = cause.question
            return
        }
        // The subject: a country, or a person's whole name, first in the title.
        let runs = article.names.runs(inSentence: heading.index)
        var subjectEnd: Int
        var asksForCountry: Bool
        if tokens[start].isCapitalized, Lexicon.countries.contains(tokens[start].stem.lowercased()) {
            subjectEnd = start + 1
            asksForCountry = true
        } else if let run = runs.first(where: { $0.isPerson && $0.tokens.lowerBound == start && $0.name.count >= 2 }) {
            subjectEnd = run.tokens.upperBound
            asksForCountry = false
        } else {
            return nil
        }
        guard subjectEnd < tokens.count, !tokens[subjectEnd - 1].isPossessive else { return nil }
        // What the subject should do is the author's own claim; what it is or does needs the
        // article's evidence ("Which country is a leader in intellectual property?" has many
        // answers), so only a recommendation is asked.
        guard Self.recommending.contains(tokens[subjectEnd].lower) else { return nil }
        // The predicate, to the first dash, colon or bracket.
        var end = subjectEnd + 1
        while end < tokens.count, !["–", "—", ":", "(", ";"].contains(tokens[end].text), !(tokens[end].text == "-" && tokens[end].isPunctuation) {
            end += 1
        }
        guard end - subjectEnd >= Self.shortestPredicate else { return nil }
        let predicate = heading.text(tokens[subjectEnd].start..<tokens[end - 1].end)
        sentence = heading.index
        span = tokens[start].start..<tokens[subjectEnd - 1].end
        subject = heading.text(span)
        question = "\(asksForCountry ? "Which country" : "Who") \(predicate)\(Self.attribution)?"
    }

    /// A title that names causes of what a country or body may do: "Sanctions, a failing economy
    /// and coronavirus may cause Iran to change its involvement in Syria" → "What may cause Iran
    /// to change its involvement in Syria, according to the author?". The causes open the title
    /// (at most `longestCauses` words, no verb among them), then a modal and a verb of causing,
    /// then a name and "to".
    static func cause(_ tokens: [Token], in heading: Sentence, from start: Int) -> (span: Range<Int>, question: String)? {
        guard let modal = tokens.indices.first(where: { $0 > start && modals.contains(tokens[$0].lower) }),
              modal - start <= longestCauses, modal + 3 < tokens.count,
              causing.contains(tokens[modal + 1].lower), tokens[modal + 2].isCapitalized,
              let to = tokens[(modal + 2)...].prefix(4).firstIndex(where: { $0.lower == "to" }), to + 1 < tokens.count,
              tokens[to + 1].isWord, !tokens[to + 1].isCapitalized, !Lexicon.functionWords.contains(tokens[to + 1].lower),
              !tokens[start..<modal].contains(where: { !$0.isCapitalized && (VerbForms.isFiniteVerb($0.lower) || VerbForms.auxiliaries.contains($0.lower)) }),
              // Causes are things ("a failing economy"), not a person: "What …?" asks for them.
              tokens[start..<modal].contains(where: { $0.isWord && !$0.isCapitalized })
        else { return nil }
        var end = modal + 1
        while end < tokens.count, !["–", "—", ":", "(", ";", "?"].contains(tokens[end].text) { end += 1 }
        guard end - modal >= shortestPredicate else { return nil }
        let predicate = heading.text(tokens[modal].start..<tokens[end - 1].end)
        return (tokens[start].start..<tokens[modal - 1].end, "What \(predicate)\(attribution)?")
    }

    static let modals: Set<String> = ["may", "might", "could", "will", "would", "can"]
    /// Verbs that say the subject brings something about: "may cause Iran to …".
    static let causing: Set<String> = ["cause", "force", "push", "drive", "lead", "make", "compel", "prompt"]
    /// The most words a title's causes may have.
    static let longestCauses = 8

    /// Words that make a title a recommendation: "Australia should steer clear of …".
    static let recommending: Set<String> = ["should", "must", "ought", "needs", "cannot", "can’t", "can't", "shouldn’t", "shouldn't", "mustn’t", "mustn't"]
    /// How the question says that the claim is the article's.
    static let attribution = ", according to the author"
    /// The fewest words a predicate needs to say something.
    static let shortestPredicate = 3
}
