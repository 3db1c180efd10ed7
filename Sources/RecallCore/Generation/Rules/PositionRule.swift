/// Positions and titles of people: a title before the name ("Foreign Minister Julie Bishop",
/// "Azerbaijan leader Ilham Aliyev", "former Russian colonel Sergei Skripal", a quoted
/// “special Government employee” Elon Musk), an appositive or "who served as" after it
/// ("Catholicos Aram I, a leader of the Armenian church"), an office held ("the presidency of
/// George W. Bush"), and relationships stated in the text ("his wife Mehriban Aliyeva").
///
/// One fact per person for titles: the first title is the answer, later ones are accepted.
struct PositionRule: FactRule {
    var category: FactCategory { .position }

    private static let offices: [String: String] = [
        "presidency": "President", "premiership": "Prime Minister", "chairmanship": "Chairman",
        "papacy": "Pope", "reign": "monarch", "tenure": "",
    ]

    func facts(in article: Article) -> [Fact] {
        var titled: [(person: String, fact: Fact)] = []
        var facts: [Fact] = []
        for sentence in article.sentences where sentence.carriesFacts {
            let builder = FactBuilder(article: article, sentence: sentence)
            let tokens = sentence.tokens
            for run in article.names.runs(inSentence: sentence.index) {
                let person = article.names.fullName(run.nameText)
                // "General Provisions of the Civil Law", "General Motors": one capitalised word
                // after a title is a person only when the article names them in full.
                if run.isPerson, person.contains(" "), let title = titleRange(tokens, run), !isHonorific(tokens, title) {
                    let titleText = builder.phrasing.text(title)
                    if let index = titled.firstIndex(where: { $0.person == person }) {
                        if !titled[index].fact.accepted.contains(titleText), !AnswerMatch.close(titleText, titled[index].fact.answer) {
                            titled[index].fact.accepted.append(titleText)
                        }
                    } else if let prompt = Self.titleQuestion(tokens, title, person: person) {
                        // "What was Skripal’s former rank?" is answered by "Russian colonel" (the
                        // question says "former"), and by the rank alone, "colonel".
                        var span = title
                        var accepted = titleForms(titleText)
                        if span.count > 1, Lexicon.formerness.contains(tokens[span.lowerBound].lower) {
                            span = (span.lowerBound + 1)..<span.upperBound
                            let head = tokens[span.upperBound - 1].text
                            if span.count > 1, Lexicon.militaryRanks.contains(head.lowercased()) { accepted.append(head) }
                        }
                        let fact = builder.fact(.position, .title, tokens: span, accepted: accepted, entity: person, prompt: prompt)
                        titled.append((person, fact))
                    }
                }
                if let fact = appositive(builder, run, person) { facts.append(fact) }
                if let fact = relation(builder, run) { facts.append(fact) }
                if let fact = office(builder, run, person) { facts.append(fact) }
            }
        }
        return (titled.map(\.fact) + facts).sorted { ($0.sentence, $0.span.lowerBound) < ($1.sentence, $1.span.lowerBound) }
    }

    /// The title in front of a person's name: inside the run ("Foreign Minister"), or lower
    /// case words before it ("Azerbaijan leader", "former Russian colonel"), or a quoted phrase.
    private func titleRange(_ tokens: [Token], _ run: NameRun) -> Range<Int>? {
        if let first = run.titles.first { return first.lowerBound..<run.titles[0].upperBound }
        var start = run.tokens.lowerBound
        guard start > 0 else { return nil }
        if tokens[start - 1].text == "\u{201D}", let quote = QuoteSpans.quotes(tokens).first(where: { $0.upperBound == start - 1 }),
           quote.count <= 5 {
            return quote
        }
        guard Lexicon.roleNouns.contains(tokens[start - 1].lower) || Lexicon.titleEnds.contains(tokens[start - 1].lower),
              !tokens[start - 1].isCapitalized else { return nil }
        start -= 1
        while start > 0, start > run.tokens.lowerBound - 4 {
            let before = tokens[start - 1]
            guard before.isWord, !Lexicon.capitalFunctionWords.contains(before.lower) || before.lower == "former" else { break }
            let plainNoun = !before.isCapitalized && start == run.tokens.lowerBound - 1 && before.lower.count > 3
                && !VerbForms.isFiniteVerb(before.lower) && !before.lower.hasSuffix("ing") && !before.lower.hasSuffix("ly")
                && !Lexicon.notCountNouns.contains(before.lower)
            guard before.isCapitalized || plainNoun
                    || ["former", "then", "deputy", "acting", "chief", "senior", "top", "foreign", "military", "retired"].contains(before.lower) else { break }
            start -= 1
        }
        if start > 0, ["his", "her", "their", "its"].contains(tokens[start - 1].lower) { return nil }
        return start..<run.tokens.lowerBound
    }

    /// The question a title before a name answers, from the title's head word: "What post did
    /// Julie Bishop hold?" (Foreign Minister), "What rank did Raymond Thomas hold?" (General),
    /// "What was Sergei Skripal’s former rank?" (former Russian colonel). A description that
    /// names no post or rank ("former double agent", a quoted label) is not asked: a strict
    /// reader found "What title does the article use for …?" a question about the article, not
    /// about the person.
    static func titleQuestion(_ tokens: [Token], _ title: Range<Int>, person: String) -> String? {
        let words = tokens[title].filter(\.isWord)
        // A quoted label (“special Government employee” Elon Musk): "What status did Elon Musk
        // have?" a strict reader found open (status in what, under whom?).
        if title.upperBound < tokens.count, tokens[title.upperBound].text == "\u{201D}" || (title.lowerBound > 0 && tokens[title.lowerBound - 1].text == "\u{201C}") {
            return nil
        }
        guard let head = words.first(where: { $0.lower == "of" }).flatMap({ of in words.last(where: { $0.start < of.start }) }) ?? words.last,
              Lexicon.titleEnds.contains(head.lower) else { return nil }
        let isRank = Lexicon.militaryRanks.contains(head.lower)
        let noun = isRank ? "rank" : "post"
        if words.contains(where: { Lexicon.formerness.contains($0.lower) || $0.lower.hasPrefix("then-") }) {
            let possessive = person.hasSuffix("s") ? person + "’" : person + "’s"
            return "What was \(possessive) former \(noun)?"
        }
        // Asked in the past: a post is held for a time, and the card outlives the article's day.
        return "What \(noun) did \(person) hold?"
    }

    private func isHonorific(_ tokens: [Token], _ title: Range<Int>) -> Bool {
        title.count == 1 && Lexicon.honorifics.contains(tokens[title.lowerBound].lower)
    }

    private static let expansions: [String: String] = [
        "Gen.": "General", "Sen.": "Senator", "Rep.": "Representative", "Gov.": "Governor",
        "Col.": "Colonel", "Adm.": "Admiral", "Lt.": "Lieutenant", "Capt.": "Captain",
        "Sgt.": "Sergeant", "Prof.": "Professor", "Maj.": "Major",
    ]

    /// Spelled-out and shorter forms: "Sen." → "Senator"; "Russian President" → "President".
    /// Never a form without "former" or "then-" (a former colonel is no colonel), nor the last
    /// word of a longer title ("Commander" is half of "U.S. Special Operations Commander").
    private func titleForms(_ title: String) -> [String] {
        var forms: [String] = []
        if let long = Self.expansions[title] { forms.append(long) }
        for (short, long) in Self.expansions where title == long { forms.append(short) }
        let words = title.split(separator: " ")
        // "US Ambassador", "Azerbaijani President": the country is a qualifier, and the office
        // alone is the same title. "Treasury Secretary", "Prime Minister", "Vice President" say
        // which office: the last word alone is another one.
        if words.count == 2, let last = words.last, Lexicon.titleEnds.contains(last.lowercased()), Lexicon.saysWhoseCountry(String(words[0])) {
            forms.append(String(last))
        }
        return forms
    }

    /// "Name, a leader of the Armenian church," / "Name, who served as the U.S. secretary of state".
    private func appositive(_ builder: FactBuilder, _ run: NameRun, _ person: String) -> Fact? {
        let tokens = builder.sentence.tokens
        guard run.isPerson else { return nil }
        var start = run.tokens.upperBound
        guard start + 1 < tokens.count, tokens[start].text == "," else { return nil }
        start += 1
        if tokens[start].lower == "who", start + 2 < tokens.count,
           ["served", "serves", "is", "was", "became"].contains(tokens[start + 1].lower) {
            start += 2
            if start < tokens.count, tokens[start].lower == "as" { start += 1 }
        }
        if start < tokens.count, tokens[start].lower == "the" { start += 1 }
        var end = start
        var sawRole = false
        while end < tokens.count, end - start < 12 {
            let token = tokens[end]
            if token.isPunctuation || ["who", "whose", "which", "that", "for", "to", "from", "since", "until", "with", "by", "and"].contains(token.lower) { break }
            if end > start, !token.isCapitalized, VerbForms.isFiniteVerb(token.lower) || VerbForms.auxiliaries.contains(token.lower) { break }
            if Lexicon.roleNouns.contains(token.lower) { sawRole = true }
            end += 1
        }
        guard sawRole, end > start, end - start <= 10, tokens[end - 1].isWord else { return nil }
        let first = tokens[start].lower
        guard ["a", "an"].contains(first) || Lexicon.roleNouns.contains(first) || first.hasPrefix("then-")
                || first == "former" || tokens[start].isCapitalized || first == "deputy" else { return nil }
        let range = start..<end
        let text = builder.phrasing.text(range)
        // "General James Mattis, then-commander of U.S. Central Command put it in 2013": "then"
        // is the one year the sentence names, so the post is asked for that year.
        if first.hasPrefix("then-"), tokens[start].text.unicodeScalars.count > 5, let year = Self.soleYear(tokens) {
            let span = (tokens[start].start + 5)..<tokens[end - 1].end
            return builder.spanFact(
                .position, .title, span: span, accepted: [text], entity: person,
                prompt: "What post did \(person) hold in \(year)?")
        }
        var accepted: [String] = []
        if ["a", "an"].contains(first) { accepted.append(builder.phrasing.text((start + 1)..<end)) }
        // A role told in the past ("… Marshall, who served as …", "was then …") is asked in the past.
        let copula = Self.isPast(tokens) ? "was" : "is"
        // "the then-commander of U.S. Central Command", "a former ambassador", "a leader of the
        // Armenian church": many people held it, so it is not asked the other way (a strict
        // reader: "the Armenian church has several leaders").
        // A post told in the past has had other holders since ("Who was the deputy chief of
        // mission in Moscow?" has many answers, a strict reader).
        let heldByMany = first.hasPrefix("then") || Lexicon.formerness.contains(first) || ["a", "an"].contains(first) || copula == "was"
        // Asked as the post itself: "Who is described in the article as …" points to an
        // article the reader no longer has (strict readers, twice).
        let entityPrompt = heldByMany ? nil : "Who \(copula) the \(text)?"
        // A post ("chair of the Rada’s foreign affairs committee") is asked as one: "Who was …?"
        // has other true answers ("a member of Zelenskyy’s party", a strict reader). A description
        // held by many ("a leader of the Armenian church") is no post of one person.
        let prompt = ["a", "an"].contains(first) ? "Who \(copula) \(person), according to the article?" : "What post did \(person) hold?"
        return builder.fact(
            .position, .title, tokens: range, accepted: accepted, entity: person,
            prompt: prompt, entityPrompt: entityPrompt)
    }

    /// The one year a sentence places something in: "in 2013".
    static func soleYear(_ tokens: [Token]) -> String? {
        let years = tokens.indices.filter { index in
            index > 0 && tokens[index - 1].lower == "in" && tokens[index].text.count == 4
                && Int(tokens[index].text).map { (1800...2100).contains($0) } == true
        }
        return years.count == 1 ? tokens[years[0]].text : nil
    }

    /// Whether a sentence tells of the past: its first finite verb is a past form.
    static func isPast(_ tokens: [Token]) -> Bool {
        guard let verb = tokens.first(where: { $0.isWord && !$0.isCapitalized && (VerbForms.auxiliaries.contains($0.lower) || VerbForms.isFiniteVerb($0.lower)) }) else {
            return false
        }
        return ["was", "were", "had", "did"].contains(verb.lower) || VerbForms.irregularPast[verb.lower] != nil
            || (verb.lower.hasSuffix("ed") && VerbForms.presentForms[verb.lower] == nil)
    }

    /// "his wife Mehriban Aliyeva": the relationship, and who it is to.
    private func relation(_ builder: FactBuilder, _ run: NameRun) -> Fact? {
        let tokens = builder.sentence.tokens
        let start = run.tokens.lowerBound
        guard start >= 2, Lexicon.relations.contains(tokens[start - 1].lower),
              ["his", "her"].contains(tokens[start - 2].lower) || tokens[start - 2].isPossessive else { return nil }
        let owner: String
        if tokens[start - 2].isPossessive {
            owner = builder.article.names.fullName(tokens[start - 2].stem)
        } else {
            let before = builder.article.names.runs(inSentence: builder.sentence.index).filter { $0.isPerson && $0.tokens.upperBound <= start - 2 }
            if let nearest = before.last {
                owner = builder.article.names.fullName(nearest.nameText)
            } else if let last = builder.article.names.lastPerson(before: builder.sentence.index, token: start - 2) {
                owner = last
            } else {
                return nil
            }
        }
        let person = builder.article.names.fullName(run.nameText)
        guard owner != person else { return nil }
        let relation = tokens[start - 1].text
        let possessive = owner.hasSuffix("s") ? owner + "’" : owner + "’s"
        return builder.fact(
            .position, .relation, tokens: (start - 1)..<start,
            accepted: [builder.phrasing.text((start - 2)..<start), "\(possessive) \(relation)", "\(owner)'s \(relation)"],
            entity: person, prompt: "What is \(person)’s relationship to \(owner), according to the article?",
            entityPrompt: "Who is \(possessive) \(relation), according to the article?")
    }

    /// "the presidency of George W. Bush": asked both ways.
    private func office(_ builder: FactBuilder, _ run: NameRun, _ person: String) -> Fact? {
        let tokens = builder.sentence.tokens
        let start = run.tokens.lowerBound
        guard run.isPerson, start >= 3, tokens[start - 1].lower == "of", tokens[start - 3].lower == "the",
              let office = Self.offices[tokens[start - 2].lower], !office.isEmpty else { return nil }
        let span = (start - 3)..<run.tokens.upperBound
        let entityPrompt = builder.phrasing.inPlace(replacing: span, with: "whose \(tokens[start - 2].text)")
        return builder.fact(
            .position, .title, tokens: (start - 2)..<(start - 1),
            accepted: [office, "the \(tokens[start - 2].text)"], entity: person,
            prompt: "What office did \(person) hold, according to the article?", entityPrompt: entityPrompt)
    }
}
