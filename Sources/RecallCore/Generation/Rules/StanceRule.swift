/// Stances stated explicitly, with who holds them: "X welcomed / praised / urged / demanded /
/// called for Y", "X threatened to Y", "X implored Z to Y", "X is anxious that Y", "X insists
/// that Y", "X is suggesting that Z must Y", "Y was applauded by X", "X kept their distance",
/// "a show of solidarity with Y".
struct StanceRule: FactRule {
    var category: FactCategory { .stance }

    enum Pattern { case object, infinitive, objectInfinitive, clause, idiom }

    /// Base forms of stance verbs and what follows them.
    static let verbs: [String: Pattern] = [
        "welcome": .object, "praise": .object, "applaud": .object, "condemn": .object,
        "criticize": .object, "criticise": .object, "back": .object, "support": .object,
        "oppose": .object, "reject": .object, "endorse": .object, "denounce": .object,
        "demand": .object, "signal": .object, "express": .object, "favour": .object,
        "favor": .object, "hail": .object, "threaten": .infinitive, "vow": .infinitive,
        "pledge": .infinitive, "promise": .infinitive, "refuse": .infinitive, "try": .infinitive,
        "aim": .infinitive, "seek": .infinitive, "plan": .infinitive, "intend": .infinitive,
        "implore": .objectInfinitive, "urge": .objectInfinitive, "press": .objectInfinitive,
        "encourage": .objectInfinitive, "persuade": .objectInfinitive, "insist": .clause,
        "argue": .clause, "warn": .clause, "fear": .clause, "suggest": .clause, "contend": .clause,
        "maintain": .clause,
    ]
    static let adjectives: Set<String> = ["anxious", "concerned", "worried", "confident", "hopeful", "adamant", "convinced", "afraid"]
    static let phrasal: Set<String> = ["call", "push", "press", "argue", "lobby"]
    static let showNouns: Set<String> = ["show", "sign", "gesture", "expression", "signal", "message", "demonstration"]

    func facts(in article: Article) -> [Fact] {
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts {
            let builder = FactBuilder(article: article, sentence: sentence)
            let tokens = sentence.tokens
            for index in tokens.indices where tokens[index].isWord && !tokens[index].isCapitalized {
                facts += stance(builder, at: index)
            }
        }
        return facts
    }

    private func base(_ word: String) -> (base: String, participle: Bool)? {
        if word.hasSuffix("ing"), word.count > 5 {
            var stem = String(word.dropLast(3))
            let chars = Array(stem)
            if chars.count >= 2, chars[chars.count - 1] == chars[chars.count - 2], !"ls".contains(chars[chars.count - 1]) {
                stem.removeLast()
            }
            if Self.verbs[stem] != nil || Self.phrasal.contains(stem) { return (stem, true) }
            if Self.verbs[stem + "e"] != nil { return (stem + "e", true) }
            return nil
        }
        guard let base = VerbForms.base(of: word) else { return nil }
        return (base, false)
    }

    private func stance(_ builder: FactBuilder, at index: Int) -> [Fact] {
        if let many = demandFacts(builder, at: index) { return many }
        return singleStance(builder, at: index).map { [$0] } ?? []
    }

    /// "X is suggesting that Z must V1 O1 and V2 O2": one fact per demand.
    private func demandFacts(_ builder: FactBuilder, at index: Int) -> [Fact]? {
        let tokens = builder.sentence.tokens
        guard let (verbBase, participle) = base(tokens[index].lower), !participle || (index > 0 && Lexicon.finiteBeForms.contains(tokens[index - 1].lower)),
              Self.verbs[verbBase] == .clause,
              index + 1 < tokens.count, tokens[index + 1].lower == "that" else { return nil }
        var end = index + 2
        while end < tokens.count, ![".", ";", "–", "—"].contains(tokens[end].text) { end += 1 }
        guard let must = tokens[(index + 2)..<end].firstIndex(where: { ["must", "should"].contains($0.lower) }),
              let (clause, start) = holder(builder, verb: index) else { return nil }
        var conjuncts: [(verb: Int, object: Range<Int>)] = []
        var verb = must + 1
        while verb < end {
            while verb < end, tokens[verb].lower.hasSuffix("ly") { verb += 1 }
            var objectEnd = verb + 1
            while objectEnd < end, !(tokens[objectEnd].lower == "and" && objectEnd + 1 < end && !tokens[objectEnd + 1].isCapitalized
                                       && !Lexicon.articles.contains(tokens[objectEnd + 1].lower)) {
                objectEnd += 1
            }
            guard objectEnd > verb + 1, !["be", "have"].contains(tokens[verb].lower) else { break }
            conjuncts.append((verb, (verb + 1)..<objectEnd))
            verb = objectEnd + 1
        }
        guard !conjuncts.isEmpty else { return nil }
        var facts: [Fact] = []
        for (position, conjunct) in conjuncts.enumerated() {
            var others: [Range<Int>] = []
            if position + 1 < conjuncts.count { others.append((conjunct.object.upperBound)..<end) }
            if position > 0 { others.append((must + 1)..<conjuncts[position].verb) }
            guard let prompt = builder.phrasing.fronted(
                wh: "What", removing: conjunct.object, dropping: others, clauseStart: start, allowEmbedded: true) else { continue }
            facts.append(builder.fact(
                .stance, .statement, tokens: conjunct.object, accepted: [builder.phrasing.text(conjunct.verb..<conjunct.object.upperBound)],
                entity: holderName(builder, clause.subjectText), prompt: prompt))
        }
        return facts.isEmpty ? nil : facts
    }

    private func singleStance(_ builder: FactBuilder, at index: Int) -> Fact? {
        let tokens = builder.sentence.tokens
        let lower = tokens[index].lower
        if Self.adjectives.contains(lower), index + 1 < tokens.count, tokens[index + 1].lower == "that" {
            return thatClause(builder, verb: index, after: index + 1, adjective: true)
        }
        // "kept their distance from the sanctions": from what says the stance; without it a
        // strict reader found the card empty.
        if lower == "kept", index + 4 < tokens.count, tokens[index + 2].lower == "distance", tokens[index + 3].lower == "from",
           let object = objectPhrase(tokens, from: index + 4) {
            return idiom(builder, verb: index, end: object.upperBound)
        }
        if Self.showNouns.contains(lower), index > 0, ["a", "an"].contains(tokens[index - 1].lower),
           index + 2 < tokens.count, tokens[index + 1].lower == "of" {
            return show(builder, noun: index)
        }
        if lower == "interest" || lower == "interests", index > 0, tokens[index - 1].isPossessive, tokens[index - 1].isCapitalized,
           index + 2 < tokens.count, tokens[index + 1].lower == "in", let object = objectPhrase(tokens, from: index + 2) {
            let prompt = builder.phrasing.inPlace(replacing: object, with: "what")
            return builder.fact(.stance, .statement, tokens: object, accepted: acceptedForms(builder, object),
                                entity: builder.article.names.fullName(tokens[index - 1].stem), prompt: prompt)
        }
        guard let (verbBase, isParticiple) = base(lower) else { return nil }
        var participle = isParticiple
        if participle, index > 0 {
            let before = tokens[index - 1].lower
            if ["is", "are", "was", "were", "been", "be"].contains(before) {
                participle = false
            } else if ["into", "of", "in", "for", "the", "a", "by", "on", "with", "without", "from", "to"].contains(before) {
                return nil  // a gerund used as a noun: "translate into backing of …"
            }
        }
        var pattern = Self.verbs[verbBase]
        var objectStart = index + 1
        if Self.phrasal.contains(verbBase), index + 1 < tokens.count, ["for", "on"].contains(tokens[index + 1].lower) {
            pattern = tokens[index + 1].lower == "for" ? .object : .objectInfinitive
            objectStart = index + 2
        }
        guard let pattern, objectStart < tokens.count else { return nil }
        // Passive: "This was applauded by the Azeribaijani Government."
        if !participle, index > 0, ["was", "were", "been", "is", "are"].contains(tokens[index - 1].lower),
           tokens[objectStart].lower == "by" {
            return passive(builder, verb: index, agent: objectStart + 1)
        }
        switch pattern {
        case .object:
            // "backed down", "backed away from": a particle makes another verb, with no object.
            guard !Self.particles.contains(tokens[objectStart].lower), let object = objectPhrase(tokens, from: objectStart) else { return nil }
            return objectFact(builder, verb: index, verbBase: verbBase, participle: participle, answer: object, wh: isPerson(builder, object) ? "Whom" : "What")
        case .infinitive:
            guard tokens[objectStart].lower == "to", let phrase = verbPhrase(tokens, from: objectStart + 1) else { return nil }
            return objectFact(builder, verb: index, verbBase: verbBase, participle: participle, answer: phrase, wh: "What", replacement: "to do", removeFrom: objectStart)
        case .objectInfinitive:
            var to = objectStart
            while to < tokens.count, to - objectStart < 5, tokens[to].lower != "to", !tokens[to].isPunctuation { to += 1 }
            guard to > objectStart, to < tokens.count, tokens[to].lower == "to", let phrase = verbPhrase(tokens, from: to + 1) else { return nil }
            return objectFact(builder, verb: index, verbBase: verbBase, participle: participle, answer: phrase, wh: "What", replacement: "to do", removeFrom: to)
        case .clause:
            guard tokens[objectStart].lower == "that" else { return nil }
            return thatClause(builder, verb: index, after: objectStart, adjective: false)
        case .idiom:
            return nil
        }
    }

    /// Particles that make a phrasal verb of a verb of stance ("back down", "back off").
    static let particles: Set<String> = ["down", "off", "away", "out", "up"]

    // MARK: - Phrases

    /// An object noun phrase: up to a comma, colon, full stop, or "for"/"as"/"in"/"during" after it.
    private func objectPhrase(_ tokens: [Token], from start: Int) -> Range<Int>? {
        var end = start
        var quoteDepth = 0
        while end < tokens.count {
            let token = tokens[end]
            if token.text == "\u{201C}" { quoteDepth += 1 }
            if token.text == "\u{201D}" { quoteDepth -= 1 }
            if quoteDepth <= 0 {
                if [",", ":", ";", ".", "(", "–", "—"].contains(token.text) { break }
                // "a cut in fossil fuel subsidies" goes on; "… in the South Caucasus" ends it.
                let place = end + 2 < tokens.count && Lexicon.articles.contains(tokens[end + 1].lower) && tokens[end + 2].isCapitalized
                let inNoun = token.lower == "in" && end + 1 < tokens.count && tokens[end + 1].isWord
                    && !tokens[end + 1].isCapitalized && !place
                if end > start, !inNoun, ["for", "as", "in", "during", "because", "after", "while", "when", "if", "which", "who"].contains(token.lower) { break }
                if end > start + 1, token.lower == "and", end + 1 < tokens.count, VerbForms.isFiniteVerb(tokens[end + 1].lower) { break }
            }
            end += 1
        }
        guard end > start, end - start <= 16, tokens[end - 1].isWord || tokens[end - 1].text == "\u{201D}" else { return nil }
        if ["it", "them", "this", "that", "him", "her"].contains(tokens[start].lower) && end - start == 1 { return nil }
        if ["of", "to", "by", "on", "at"].contains(tokens[start].lower) { return nil }
        return start..<end
    }

    /// A verb phrase after "to": up to a comma or "if"/"unless"/"by".
    private func verbPhrase(_ tokens: [Token], from start: Int) -> Range<Int>? {
        var end = start
        while end < tokens.count {
            let token = tokens[end]
            if [",", ":", ";", ".", "(", "–", "—"].contains(token.text) { break }
            if end > start, ["if", "unless", "by", "before", "after", "because", "while", "when"].contains(token.lower) { break }
            end += 1
        }
        guard end > start + 1 || (end > start && tokens[start].isWord), end - start <= 16 else { return nil }
        return start..<end
    }

    /// Every word of the phrase belongs to a person's name (or is "and").
    private func isPerson(_ builder: FactBuilder, _ range: Range<Int>) -> Bool {
        let runs = builder.article.names.runs(inSentence: builder.sentence.index).filter(\.isPerson)
        return range.allSatisfy { index in
            builder.sentence.tokens[index].lower == "and" || runs.contains { $0.tokens.contains(index) && !builder.sentence.tokens[index].isPossessive }
        }
    }

    // MARK: - Facts

    /// The holder of a verb at `verb`: the subject of its clause.
    private func holder(_ builder: FactBuilder, verb: Int) -> (clause: Phrasing.Clause, start: Int?)? {
        let tokens = builder.sentence.tokens
        for start in [nil] + Phrasing.clauseStarts(tokens, before: verb) {
            guard let clause = builder.phrasing.clause(from: start) else { continue }
            let between = tokens[min(clause.verb, verb)..<verb]
            if clause.verb == verb || (clause.verb < verb && between.allSatisfy {
                VerbForms.auxiliaries.contains($0.lower) || $0.lower.hasSuffix("ly") || ["not", "been", "being", "even", "also"].contains($0.lower)
            }) {
                return (clause, start)
            }
        }
        return nil
    }

    private func pastTense(_ base: String) -> String {
        if let past = VerbForms.irregularPast.first(where: { $0.value == base })?.key { return past }
        if base.hasSuffix("e") { return base + "d" }
        if base.hasSuffix("y"), base.count > 2, !"aeiou".contains(base.dropLast().last!) { return base.dropLast() + "ied" }
        return base + "ed"
    }

    private func objectFact(
        _ builder: FactBuilder, verb: Int, verbBase: String, participle: Bool, answer: Range<Int>, wh: String,
        replacement: String? = nil, removeFrom: Int? = nil
    ) -> Fact? {
        let tokens = builder.sentence.tokens
        let phrasing = builder.phrasing
        let remove = (removeFrom ?? answer.lowerBound)..<answer.upperBound
        var prompt: String?
        var entityPrompt: String?
        var holderText: String?
        var askAsCloze = false
        if !participle, let (clause, start) = holder(builder, verb: verb) {
            holderText = clause.subjectText
            prompt = phrasing.fronted(wh: wh, removing: remove, replacement: replacement, clauseStart: start, allowEmbedded: true)
            if tokens[clause.subject].contains(where: { $0.isCapitalized && $0.isWord }) || clause.subjectText.first?.isUppercase == true {
                entityPrompt = phrasing.subjectQuestion(clauseStart: start, through: answer.upperBound - 1)
            }
        } else if participle, let (clause, _) = enclosingClause(builder, before: verb) {
            // "…, even threatening to bomb Iran if no new deal is reached": the main subject holds it.
            holderText = clause.subjectText
            let tailEnd = phrasing.clauseEnd(after: answer)
            let middle = phrasing.text((verb + 1)..<remove.lowerBound)
            let tail = phrasing.text(answer.upperBound..<max(answer.upperBound, tailEnd))
            prompt = Phrasing.finish([wh, "did", clause.subjectText, verbBase, middle, replacement ?? "", Phrasing.withoutFinalStop(tail)])
            // "Trump set a 60-day ultimatum for Tehran …, even threatening to bomb Iran if no new
            // deal is reached": what the main clause did says which deal; the question without it
            // does not (a strict reader: "no new deal" is unanchored), so the sentence's cloze asks it.
            if let comma = tokens[..<verb].lastIndex(where: { $0.text == "," }), comma > clause.verb,
               tokens[(comma + 1)..<verb].allSatisfy({ $0.isWord && !$0.isCapitalized }) {
                askAsCloze = true
            }
            let named = clause.subjectText.first?.isUppercase == true
            if named {
                let through = phrasing.text(verb + 1..<max(verb + 1, answer.upperBound))
                entityPrompt = Phrasing.finish(["Who", pastTense(verbBase), through, Phrasing.withoutFinalStop(tail)])
            }
        }
        guard let holderText, let prompt else { return nil }
        var fact = builder.fact(
            .stance, .statement, tokens: answer, accepted: acceptedForms(builder, answer), entity: holderName(builder, holderText),
            prompt: prompt, entityPrompt: entityPrompt)
        fact.prefersCloze = askAsCloze
        return fact
    }

    /// The nearest clause with a subject and a finite verb before `verb`.
    private func enclosingClause(_ builder: FactBuilder, before verb: Int) -> (clause: Phrasing.Clause, start: Int?)? {
        for start in Phrasing.clauseStarts(builder.sentence.tokens, before: verb) + [nil] {
            if let clause = builder.phrasing.clause(from: start), clause.verb < verb { return (clause, start) }
        }
        return nil
    }

    /// The person's name when the holder ends in one ("opposition councillor David Price").
    private func holderName(_ builder: FactBuilder, _ text: String) -> String {
        if let person = builder.article.names.people.first(where: { text == $0 || text.hasSuffix(" " + $0) }) { return person }
        return builder.article.names.fullName(text)
    }

    private func acceptedForms(_ builder: FactBuilder, _ answer: Range<Int>) -> [String] {
        let tokens = builder.sentence.tokens
        var forms: [String] = []
        if Lexicon.articles.contains(tokens[answer.lowerBound].lower), answer.count > 1 {
            forms.append(builder.phrasing.text((answer.lowerBound + 1)..<answer.upperBound))
        }
        // The first part of a long answer: up to its first comma or "and".
        let cutsHere = { (index: Int) -> Bool in
            tokens[index].text == "," || (tokens[index].lower == "and" && index + 1 < tokens.count
                && (Lexicon.articles.contains(tokens[index + 1].lower) || tokens[index + 1].lower.hasSuffix("ing")))
        }
        if let cut = answer.first(where: cutsHere), cut > answer.lowerBound + 1 {
            forms.append(builder.phrasing.text(answer.lowerBound..<cut))
        }
        return forms
    }

    /// "X is anxious that Y", "X argued that Y", "X is suggesting that Z must V1 O1 and V2 O2".
    private func thatClause(_ builder: FactBuilder, verb: Int, after that: Int, adjective: Bool) -> Fact? {
        let tokens = builder.sentence.tokens
        var end = that + 1
        while end < tokens.count, ![".", ";", "–", "—"].contains(tokens[end].text) { end += 1 }
        guard end > that + 2, let (clause, start) = holder(builder, verb: verb) else { return nil }
        let answer = (that + 1)..<end
        let holder = clause.subjectText
        let prompt: String?
        if adjective {
            let aux = tokens[clause.verb].lower
            prompt = Phrasing.finish(["What", aux, holder, tokens[verb].lower, "about"])
        } else {
            // "argued that the Afghan Taliban must …": "What did Bush argue about the Afghan Taliban?"
            var about: String?
            if let modal = tokens[answer].firstIndex(where: { ["must", "should", "would", "will", "could", "can"].contains($0.lower) }),
               modal - answer.lowerBound >= 1, modal - answer.lowerBound <= 4,
               tokens[answer.lowerBound..<modal].allSatisfy({ $0.isWord }),
               tokens[answer.lowerBound].lower == "the" || tokens[answer.lowerBound].isCapitalized {
                about = "about " + builder.phrasing.text(answer.lowerBound..<modal)
            }
            prompt = builder.phrasing.fronted(wh: "What", removing: that..<end, replacement: about, clauseStart: start, allowEmbedded: true)
        }
        guard let prompt else { return nil }
        return builder.fact(
            .stance, .statement, tokens: answer, accepted: [builder.phrasing.text(that..<end)],
            entity: holderName(builder, holder), prompt: prompt)
    }

    /// "Y was applauded by X": asked as "Who applauded …?".
    private func passive(_ builder: FactBuilder, verb: Int, agent: Int) -> Fact? {
        let tokens = builder.sentence.tokens
        guard let object = objectPhrase(tokens, from: agent), let verbBase = VerbForms.base(of: tokens[verb].lower) else { return nil }
        let begin = builder.phrasing.start()
        guard verb - 1 > begin else { return nil }
        let subjectRange = begin..<(verb - 1)
        var subject = builder.phrasing.text(subjectRange)
        var leadIn: String?
        if ["this", "that"].contains(tokens[subjectRange.lowerBound].lower), subjectRange.count == 1 {
            // The thing applauded is what the sentence before said, shown ahead of the question.
            guard builder.sentence.index > 0 else { return nil }
            let previous = builder.article.sentences[builder.sentence.index - 1]
            let references = builder.article.references[previous.index]
            guard previous.paragraph == builder.sentence.paragraph, previous.carriesFacts,
                  references.unresolvedPhrases(in: previous).isEmpty else { return nil }
            leadIn = Phrasing.resolvedText(previous, references: references, 0..<previous.scalars.count)
            subject = "this"
        } else {
            guard let resolved = builder.phrasing.resolvedSubject(subjectRange) else { return nil }
            subject = resolved
        }
        let prompt = "Who \(pastTense(verbBase)) \(subject)?"
        let entity = builder.phrasing.text(object)
        var fact = builder.fact(
            .stance, .statement, tokens: verb..<(verb + 1), accepted: [], entity: entity,
            prompt: "", entityPrompt: prompt)
        fact.leadIn = leadIn
        return fact
    }

    /// "X have kept their distance from Y": asked for the holder.
    private func idiom(_ builder: FactBuilder, verb: Int, end: Int) -> Fact? {
        let tokens = builder.sentence.tokens
        guard let (clause, _) = holder(builder, verb: verb) else { return nil }
        // "Some major powers …, including China and India,": the examples are the answer.
        let subjectEnd = clause.subject.upperBound
        var entity = clause.subjectText
        var question = ""
        if subjectEnd + 2 < tokens.count, tokens[subjectEnd].text == ",", tokens[subjectEnd + 1].lower == "including" {
            var close = subjectEnd + 2
            while close < tokens.count, tokens[close].text != "," { close += 1 }
            entity = builder.phrasing.text((subjectEnd + 2)..<close)
            var nounStart = clause.subject.lowerBound
            if ["some", "several", "many", "the", "two", "few"].contains(tokens[nounStart].lower) { nounStart += 1 }
            let rest = builder.phrasing.text(clause.verb..<end)
            question = Phrasing.finish(["Which", builder.phrasing.text(nounStart..<subjectEnd), rest])
        } else {
            guard let subjectQuestion = builder.phrasing.subjectQuestion() else { return nil }
            question = subjectQuestion
        }
        return builder.fact(
            .stance, .statement, tokens: verb..<end, accepted: [], entity: entity, prompt: "", entityPrompt: question)
    }

    /// "a show of solidarity with the UK": asked in place.
    private func show(_ builder: FactBuilder, noun: Int) -> Fact? {
        let tokens = builder.sentence.tokens
        guard let object = objectPhrase(tokens, from: noun + 2) else { return nil }
        var end = object.upperBound
        if let over = tokens[object].firstIndex(where: { ["over", "against"].contains($0.lower) }), over > object.lowerBound + 1 { end = over }
        let answer = (noun + 2)..<end
        let prompt = builder.phrasing.inPlace(replacing: answer, with: "what")
        return builder.fact(.stance, .statement, tokens: answer, accepted: [builder.phrasing.text((noun - 1)..<end)], prompt: prompt)
    }
}
