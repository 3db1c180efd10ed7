/// Who did what: a sentence whose main clause has a person, a country or a named body as its
/// subject is asked the other way, "Who … ?" ("Which country … ?"), with the actor as the answer ("Bolton advocates attacking North Korea" →
/// "Who advocates attacking North Korea?"). The subject may be a name with titles, or a
/// he/she that the references resolve to one person.
struct ActorRule: FactRule {
    var category: FactCategory { .stance }

    /// The fewest words the predicate must have to say something.
    static let minimumPredicateWords = 5

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts && !sentence.inBlockQuote {
            let builder = FactBuilder(article: article, sentence: sentence)
            let phrasing = builder.phrasing
            guard let clause = phrasing.clause(), clause.adverbial == nil || clause.subject.lowerBound > 0 else { continue }
            let country = self.country(clause.subject, in: sentence)
            let body = country == nil ? self.body(clause.subject, in: sentence, article: article) ?? group(clause.subject, in: sentence) : nil
            guard let actor = country ?? body ?? person(clause.subject, in: sentence, article: article) else { continue }
            let tokens = sentence.tokens
            let end = phrasing.clauseEnd(after: clause.verb..<(clause.verb + 1))
            guard end - clause.verb >= Self.minimumPredicateWords, end <= tokens.count else { continue }
            // The clause must end where the sentence or a clause ends, not where a list or a
            // quotation goes on ("pursuing a transactional, “America First” policy").
            if end < tokens.count, tokens[end].text == ",", end + 1 < tokens.count,
               ArticleReader.isOpeningQuote(tokens[end + 1].text.unicodeScalars.first!) || tokens[end + 1].isCapitalized {
                continue
            }
            // "Which country is a permanent member of …": a country described, not acting, fits
            // many; a country is asked for what it did.
            // "The Soviet Union was instrumental in the … Nuremberg process" says what it did.
            if country != nil || body != nil, ["is", "was", "are", "were", "remains"].contains(tokens[clause.verb].lower),
               !(clause.verb + 1 < tokens.count && Lexicon.agencyAdjectives.contains(tokens[clause.verb + 1].lower)) { continue }
            // "The EU has been through repeated crises": a state, not an act.
            if country != nil || body != nil, clause.verb + 2 < tokens.count, tokens[clause.verb + 1].lower == "been",
               Lexicon.prepositions.contains(tokens[clause.verb + 2].lower) {
                continue
            }
            // "Australia might reconsider …": what may happen is no fact about who did it.
            if Lexicon.possibilityModals.contains(tokens[clause.verb].lower) { continue }
            // "X is one of the key figures": many people fit; no question.
            let predicate = tokens[clause.verb..<end].map(\.lower)
            if zip(predicate, predicate.dropFirst()).contains(where: { ["one", "among"].contains($0.0) && ["of", "the"].contains($0.1) }) {
                continue
            }
            // "X is not the first to …": a denial fits many people; no question.
            if tokens[clause.verb..<end].contains(where: { word in
                Lexicon.negations.contains(word.lower) || Lexicon.negations.contains(where: { $0.count == 3 && word.lower.hasSuffix($0) })
            }) {
                continue
            }
            // A verb of saying before a quotation is the quote rule's question.
            if tokens[clause.verb..<end].contains(where: { ArticleReader.isOpeningQuote($0.text.unicodeScalars.first!) && $0.isPunctuation }) {
                continue
            }
            let wh = country == nil ? "Who" : "Which country"
            guard var question = phrasing.subjectQuestion(wh: wh) else { continue }
            var predicateEnd = end
            // "EU leaders reconfirmed their commitment to … and simultaneously spoke out against
            // the US decision to impose import tariffs …": a second predicate of the same subject
            // says on what occasion, so the question keeps it when it stays short enough.
            if end + 2 < tokens.count, tokens[end].lower == "and" {
                var second = end + 1
                if tokens[second].lower.hasSuffix("ly"), !tokens[second].isCapitalized { second += 1 }
                if second < tokens.count, !tokens[second].isCapitalized, VerbForms.isFiniteVerb(tokens[second].lower) {
                    let secondEnd = phrasing.clauseEnd(after: second..<(second + 1))
                    if let longer = phrasing.subjectQuestion(wh: wh, through: secondEnd - 1),
                       longer.split(separator: " ").count <= PromptLength.maximumWords {
                        question = longer
                        predicateEnd = secondEnd
                    }
                }
            }
            facts.append(builder.fact(
                .stance, .person, tokens: clause.verb..<predicateEnd, entity: actor, prompt: "", entityPrompt: question))
        }
        return facts
    }

    /// The country a subject names ("China", "The US"), as written.
    private func country(_ subject: Range<Int>, in sentence: Sentence) -> String? {
        let tokens = sentence.tokens
        let start = tokens[subject.lowerBound].lower == "the" ? subject.lowerBound + 1 : subject.lowerBound
        guard start < subject.upperBound else { return nil }
        let name = sentence.text(tokens[start].start..<tokens[subject.upperBound - 1].end)
        guard tokens[start].isCapitalized, Lexicon.countries.contains(name.lowercased()) else { return nil }
        return start > subject.lowerBound ? "the " + name : name
    }

    /// The body a subject names, as written: "the European Council", "the State Department",
    /// "NATO" — a name ending in a word for a body that acts, or an acronym that is no country.
    private func body(_ subject: Range<Int>, in sentence: Sentence, article: Article) -> String? {
        let tokens = sentence.tokens
        let start = tokens[subject.lowerBound].lower == "the" ? subject.lowerBound + 1 : subject.lowerBound
        guard start < subject.upperBound,
              let run = article.names.runs(inSentence: sentence.index).first(where: {
                  !$0.isPerson && $0.tokens.lowerBound == start && $0.tokens.upperBound == subject.upperBound
              }) else { return nil }
        let head = tokens[run.tokens.upperBound - 1]
        let acronym = run.tokens.count == 1 && head.text.count >= 2 && head.text.allSatisfy { $0.isUppercase }
            && !Lexicon.countries.contains(head.lower)
        guard acronym || Lexicon.actingBodies.contains(head.lower) else { return nil }
        let name = sentence.text(tokens[start].start..<head.end)
        return start > subject.lowerBound ? "the " + name : name
    }

    /// A group a name places, as written: "EU leaders", "Chinese officials" — capitalised
    /// words before a plural noun of a role.
    private func group(_ subject: Range<Int>, in sentence: Sentence) -> String? {
        let tokens = sentence.tokens
        let start = tokens[subject.lowerBound].lower == "the" ? subject.lowerBound + 1 : subject.lowerBound
        let head = tokens[subject.upperBound - 1]
        guard subject.upperBound - start >= 2, subject.upperBound - start <= 3, head.isWord, !head.isCapitalized,
              head.lower.hasSuffix("s"), Lexicon.roleNouns.contains(String(head.lower.dropLast())),
              tokens[start..<(subject.upperBound - 1)].allSatisfy({ $0.isWord && $0.isCapitalized && !$0.isPossessive }),
              !Lexicon.capitalFunctionWords.contains(tokens[start].lower)
        else { return nil }
        let name = sentence.text(tokens[start].start..<head.end)
        return start > subject.lowerBound ? "the " + name : name
    }

    /// The person a subject names: a person's name run covering the subject's last word, or
    /// a he/she the references resolve.
    private func person(_ subject: Range<Int>, in sentence: Sentence, article: Article) -> String? {
        let tokens = sentence.tokens
        if subject.count == 1, let gender = Lexicon.personalPronouns[tokens[subject.lowerBound].lower],
           gender == .masculine || gender == .feminine {
            return article.references[sentence.index].replacements[subject.lowerBound]
        }
        guard let run = article.names.runs(inSentence: sentence.index).first(where: {
            $0.isPerson && $0.name.upperBound == subject.upperBound && $0.tokens.lowerBound >= subject.lowerBound
        }) else { return nil }
        if Lexicon.capitalFunctionWords.contains(tokens[run.tokens.lowerBound].lower) { return nil }
        // Only the name and its titles: "The appointment of John Bolton" is no person.
        guard run.tokens.lowerBound == subject.lowerBound
            || (run.tokens.lowerBound == subject.lowerBound + 1 && tokens[subject.lowerBound].lower == "the") else { return nil }
        return article.names.fullName(run.nameText)
    }
}
