/// What a named person said, reported without quotation marks and credited after it: "Ministers
/// from Trans Pacific Partnership (TPP) countries reached agreement in talks on the trade deal on
/// Thursday, Mexican Economy Minister Ildefonso Guajardo said, although …" → "Who said that
/// ministers from Trans Pacific Partnership (TPP) countries reached agreement in talks on the
/// trade deal on Thursday?" (Ildefonso Guajardo). The news form of a claim: the clause before the
/// comma is what was said, the person after it who said it.
struct ReportRule: FactRule {
    var category: FactCategory { .quote }

    /// Verbs of saying that may close a reported clause.
    static let verbs: Set<String> = ["said", "says", "told", "tells", "added", "announced", "confirmed", "insisted", "warned", "stated"]
    /// The fewest words the reported clause must have to say something.
    static let shortestClause = 5
    /// Words after which the sentence goes on past the credit ("…, X said, although …").
    static let continuations: Set<String> = ["although", "though", "but", "while", "as", "adding", "after", "when", "because"]

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts && !sentence.inBlockQuote {
            let tokens = sentence.tokens
            let builder = FactBuilder(article: article, sentence: sentence)
            if let forward = Self.creditedFirst(article, sentence, builder) {
                facts.append(forward)
                continue
            }
            guard QuoteSpans.quotes(tokens).isEmpty else { continue }
            for run in article.names.runs(inSentence: sentence.index) where run.isPerson {
                let comma = run.tokens.lowerBound - 1
                let verb = run.name.upperBound
                guard comma > 0, tokens[comma].text == ",", verb < tokens.count, Self.verbs.contains(tokens[verb].lower),
                      Self.closes(tokens, after: verb) else { continue }
                let opener = Phrasing.openerEnd(tokens)
                let clause = opener..<comma
                guard clause.count >= Self.shortestClause, VerbForms.hasFiniteVerb(Array(tokens[clause])) else { continue }
                var said = builder.phrasing.text(clause)
                // "Ministers from …" opens the sentence with a capital only there: it goes on
                // after "Who said that" in lower case when the article writes it so elsewhere; a
                // name ("Australia") as written.
                if let first = said.split(separator: " ").first,
                   article.names.lowerCaseWords.contains(first.lowercased()) || Lexicon.functionWords.contains(first.lowercased()) {
                    said = first.lowercased() + said.dropFirst(first.count)
                }
                let prompt = Phrasing.finish(["Who", tokens[verb].lower == "says" ? "says" : "said", "that", said])
                let name = article.names.fullName(run.nameText)
                facts.append(builder.fact(.quote, .person, tokens: run.name, accepted: name == run.nameText ? [] : [name], prompt: prompt))
            }
        }
        return facts
    }

    /// The verbs of saying that may open a reported clause after their speaker.
    /// Those of `verbs` that open a clause after their speaker: not "told" (its hearer comes
    /// first), "added" (it goes on from before), or "insisted" and "warned" (a stance,
    /// `StanceRule`'s).
    static let openingVerbs: Set<String> = verbs.subtracting(["told", "tells", "added", "insisted", "warned"])
    /// The most words a quotation inside a reported clause may have (a word or two the
    /// speaker is quoted with, not a quotation of its own).
    static let longestQuotedWords = 4
    /// The most tokens an apposition between the name and its verb may have.
    static let longestApposition = 25

    /// "Australian trade minister Steven Ciobo said the meeting was “very good” but did not
    /// confirm …" → "Who said that the meeting was “very good”?": a person named as the
    /// sentence's subject (titles before the name allowed), a verb of saying right after the
    /// name or its apposition, and the reported clause to its end (`Phrasing.clauseEnd`), an optional "that" left
    /// out. Only quotations of a few words may stand in the clause (others may follow it).
    static func creditedFirst(_ article: Article, _ sentence: Sentence, _ builder: FactBuilder) -> Fact? {
        let tokens = sentence.tokens
        let opener = Phrasing.openerEnd(tokens)
        guard let run = article.names.runs(inSentence: sentence.index).first(where: { $0.tokens.lowerBound >= opener && $0.isPerson }),
              tokens[opener..<run.name.lowerBound].allSatisfy({ $0.isWord && !VerbForms.auxiliaries.contains($0.lower) && !VerbForms.isFiniteVerb($0.lower) }),
              run.name.lowerBound - opener <= 5, run.name.upperBound + 1 < tokens.count else { return nil }
        // "Fiona Fox, director of the Science Media Centre, which has …, said …": the verb after
        // the name's apposition.
        var verb = run.name.upperBound
        if tokens[verb].text == ",",
           let closing = tokens[(verb + 1)...].prefix(longestApposition).indices.first(where: { index in
               tokens[index].text == "," && index + 1 < tokens.count && openingVerbs.contains(tokens[index + 1].lower)
           }),
           !tokens[(verb + 1)..<closing].contains(where: { [".", ";", ":", "“", "”", "\""].contains($0.text) }) {
            verb = closing + 1
        }
        guard verb + 1 < tokens.count, openingVerbs.contains(tokens[verb].lower) else { return nil }
        var start = verb + 1
        if tokens[start].lower == "that" { start += 1 }
        guard start < tokens.count, tokens[start].isWord else { return nil }
        var end = Phrasing.clauseEnd(tokens, after: start..<(start + 1))
        while end > start, tokens[end - 1].isPunctuation, [".", ",", "!", "?"].contains(tokens[end - 1].text) { end -= 1 }
        let clause = start..<end
        let quotes = QuoteSpans.quotes(tokens)
        guard clause.count >= shortestClause, VerbForms.hasFiniteVerb(Array(tokens[clause])),
              quotes.allSatisfy({ $0.lowerBound > clause.upperBound || clause.contains($0.lowerBound) && clause.contains($0.upperBound - 1) && $0.count <= longestQuotedWords })
        else { return nil }
        var said = builder.phrasing.text(clause)
        if let first = said.split(separator: " ").first, article.names.lowerCaseWords.contains(first.lowercased()) || Lexicon.functionWords.contains(first.lowercased()) {
            said = first.lowercased() + said.dropFirst(first.count)
        }
        // A name shorter than the article's ("Juncker said …"): the actor rule asks it with the
        // full name.
        guard article.names.fullName(run.nameText) == run.nameText else { return nil }
        let prompt = Phrasing.finish(["Who", tokens[verb].lower, "that", said])
        return builder.fact(.quote, .person, tokens: run.name, prompt: prompt)
    }

    /// The credit ends the sentence, or the sentence goes on after a comma with a clause of its
    /// own ("…, X said, although ministers from several other countries declined to comment").
    static func closes(_ tokens: [Token], after verb: Int) -> Bool {
        var next = verb + 1
        // "…, Trump and Juncker announced Wednesday.", "…, the minister said on Thursday.": the
        // day of saying goes with it.
        if next < tokens.count, tokens[next].lower == "on", next + 1 < tokens.count, Lexicon.weekdays.contains(tokens[next + 1].lower) { next += 1 }
        if next < tokens.count, Lexicon.weekdays.contains(tokens[next].lower) || ["today", "yesterday"].contains(tokens[next].lower) { next += 1 }
        guard next < tokens.count else { return true }
        if [".", "!"].contains(tokens[next].text) { return next + 1 == tokens.count }
        return tokens[next].text == "," && next + 1 < tokens.count && continuations.contains(tokens[next + 1].lower)
    }
}
