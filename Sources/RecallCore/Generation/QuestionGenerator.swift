/// The questions generated from one article.
public struct GenerationResult: Sendable, Equatable {
    /// The file name the article was read from.
    public var article: String
    public var title: String?
    /// The facts found, in article order, after dropping duplicates and leaking prompts.
    public var facts: [Fact]
    /// One card per fact, plus a card in the other direction for some quotes, positions and stances.
    public var cards: [DeckCard]
    /// What the validation gate did with the candidates.
    public var gate: GateReport

    /// Number of cards per category, every category listed.
    public var counts: [(category: FactCategory, count: Int)] {
        FactCategory.allCases.map { category in
            (category, cards.filter { $0.content.category == category }.count)
        }
    }

    public var deck: Deck { Deck(name: title ?? article, cards: cards) }

    public static func == (lhs: GenerationResult, rhs: GenerationResult) -> Bool {
        lhs.article == rhs.article && lhs.title == rhs.title && lhs.facts == rhs.facts && lhs.cards == rhs.cards
            && lhs.gate == rhs.gate
    }
}

/// Turns an article into study cards: runs every rule, drops bad or duplicate facts, and
/// writes each fact as a basic card with a multiple-choice and a cloze form.
///
/// Card keys: `CardKey.derived(category, direction, normalised answer, anchor)` where the
/// anchor is the two content words (four letters or more) on each side of the answer in its
/// sentence. Fixing a typo elsewhere in the sentence, or elsewhere in the article, keeps the
/// key; only an edit of the answer or of its nearest content words changes it. Two facts
/// with the same key get a counter appended before hashing.
public struct QuestionGenerator: Sendable {
    public init() {}

    /// Same as `QuestionGenerator().generate(from:fileName:)`.
    public static func generate(from article: Article, fileName: String) -> GenerationResult {
        QuestionGenerator().generate(from: article, fileName: fileName)
    }

    public func generate(from article: Article, fileName: String) -> GenerationResult {
        let facts = Self.withExactShares(Self.selectFacts(FactRules.all.flatMap { $0.facts(in: article) }, article: article), article: article)
        let distractors = Distractors(facts: facts, article: article)
        var cards: [DeckCard] = []
        var usedKeys: Set<String> = []
        var report = GateReport()
        for (index, fact) in facts.enumerated() {
            let sentence = article.sentences[fact.sentence]
            let references = article.references[fact.sentence]
            let unresolved = references.unresolvedPhrases(in: sentence)
            let anchor = Self.anchorWords(sentence, span: fact.span)
            let question = Self.attributed(fact.prompt, sentence: sentence, references: references, span: fact.span)
            let factCloze = !fact.asksCloze ? nil : Phrasing.relativeClauseCloze(sentence, references: references, gap: fact.span)
                ?? Phrasing.whenClauseCloze(sentence, references: references, gap: fact.span)
                ?? Phrasing.cloze(sentence, references: references, gap: fact.span)
            let spelled = Self.withAntecedents(question, answer: fact.answer, sentence: sentence, references: references)
            let spelledCloze = factCloze.map { Self.withAntecedents($0, answer: fact.answer, sentence: sentence, references: references) }
            if !fact.prompt.isEmpty, let form = Self.gatedForm(
                question: spelled.text, cloze: spelledCloze?.text,
                answer: fact.answer, kind: fact.kind, category: fact.category,
                unresolved: unresolved + spelled.unclear + (spelledCloze?.unclear ?? []), vague: references.vaguePhrases(in: sentence), title: article.title ?? "", names: article.names.capitalisedInside,
                clozeFirst: fact.prefersCloze, report: &report) {
                cards.append(Self.card(
                    fact: fact, sentence: sentence, form: form, answer: fact.answer,
                    accepted: AnswerMatch.trueAlternatives(of: fact.answer, fact.accepted) + fact.exactValues, choices: distractors.choices(for: index),
                    key: Self.uniqueKey([fact.category.rawValue, "a", fact.answer, anchor], &usedKeys)))
            }
            if var entityPrompt = fact.entityPrompt, let entity = fact.entity {
                var unresolved = unresolved
                if let leadIn = fact.leadIn {
                    // The sentence before is shown: the opening word that stands for it is read.
                    entityPrompt = leadIn + " " + entityPrompt
                    if let opening = sentence.tokens.first?.text { unresolved.removeAll { $0 == opening } }
                }
                // A country is no "who": "Which country …?"
                if entityPrompt.hasPrefix("Who "), Lexicon.countries.contains(entity.lowercased()) {
                    entityPrompt = "Which country " + entityPrompt.dropFirst(4)
                }
                let gap = Self.span(of: entity, in: sentence)
                let cloze = gap.flatMap { Phrasing.cloze(sentence, references: references, gap: $0) }
                    .map { cloze in fact.leadIn.map { $0 + " " + cloze } ?? cloze }
                let spelled = Self.withAntecedents(entityPrompt, answer: entity, sentence: sentence, references: references)
                let spelledCloze = cloze.map { Self.withAntecedents($0, answer: entity, sentence: sentence, references: references) }
                guard let form = Self.gatedForm(
                    question: spelled.text, cloze: spelledCloze?.text, answer: entity, kind: .person, category: fact.category,
                    unresolved: unresolved + spelled.unclear + (spelledCloze?.unclear ?? []), vague: references.vaguePhrases(in: sentence),
                    title: article.title ?? "", names: article.names.capitalisedInside, report: &report) else { continue }
                let accepted = Self.entityForms(entity, article: article)
                cards.append(Self.card(
                    fact: fact, sentence: sentence, form: form, answer: entity, accepted: accepted,
                    choices: [],
                    key: Self.uniqueKey([fact.category.rawValue, "e", entity, fact.answer, anchor], &usedKeys)))
            }
        }
        let headline = Headline(article: article)
        if let headline, !cards.contains(where: { headline.isAsked(by: $0.content, in: article) }) {
            let sentence = article.sentences[headline.sentence]
            let references = article.references[headline.sentence]
            // The name the title gives, or else what the sentence says in the title's own words.
            var gaps: [(span: Range<Int>, kind: AnswerKind)] = [(headline.span, headline.answerKind)]
            // (A title that argues, by its thesis or a contrast, is asked as that below.)
            if headline.answerKind == .person, TitleThesis(article: article) == nil, ContrastTitle(article: article) == nil,
               let phrase = headline.titlePhrase(in: article) {
                gaps.append((phrase, .statement))
            }
            for gap in gaps {
                let answer = sentence.text(gap.span)
                // Counted once, for the form asked or the last one tried.
                var attempt = GateReport()
                let form = Self.gatedForm(
                    question: nil, cloze: Phrasing.cloze(sentence, references: references, gap: gap.span),
                    answer: answer, kind: gap.kind, category: .stance, unresolved: references.unresolvedPhrases(in: sentence),
                    vague: references.vaguePhrases(in: sentence), title: article.title ?? "", names: article.names.capitalisedInside, report: &attempt)
                if form != nil || gap.span == gaps.last?.span { report.add(attempt) }
                guard let form else { continue }
                let fact = Fact(category: .stance, kind: gap.kind, answer: answer, sentence: headline.sentence, span: gap.span, prompt: "")
                let accepted = gap.kind == .person ? Self.entityForms(answer, article: article) + headline.accepted : []
                let card = Self.card(
                    fact: fact, sentence: sentence, form: form, answer: answer, accepted: accepted,
                    choices: [], key: Self.uniqueKey([FactCategory.stance.rawValue, "h", answer, Self.anchorWords(sentence, span: gap.span)], &usedKeys))
                cards.insert(card, at: 0)
                break
            }
        }
        /// A card the title itself asks, first: through the gate (with no title: its words are
        /// the answer here, not a detail of it), put before every other card.
        func titleCard(
            question: String?, cloze: String?, answer: String, kind: AnswerKind, category: FactCategory, sentence index: Int,
            span: Range<Int>, accepted: [String], tag: String, removing: (DeckCard) -> Bool = { _ in false }
        ) {
            guard let form = Self.gatedForm(
                question: question, cloze: cloze, answer: answer, kind: kind, category: category,
                unresolved: [], vague: [], title: "", names: article.names.capitalisedInside, report: &report) else { return }
            let sentence = article.sentences[index]
            let fact = Fact(category: category, kind: kind, answer: answer, sentence: index, span: span, prompt: form.prompt)
            let card = Self.card(
                fact: fact, sentence: sentence, form: form, answer: answer, accepted: accepted,
                choices: [], key: Self.uniqueKey([category.rawValue, tag, answer, question ?? cloze ?? ""], &usedKeys))
            cards.removeAll(where: removing)
            cards.insert(card, at: 0)
        }
        // An argued title ("Australia should steer clear of …") is the headline itself, asked of
        // its subject.
        if let thesis = TitleThesis(article: article) {
            titleCard(
                question: thesis.question, cloze: nil, answer: thesis.subject, kind: .person, category: .stance, sentence: thesis.sentence,
                span: thesis.span, accepted: Self.entityForms(thesis.subject, article: article), tag: "t")
        }
        // A title that announces who takes an office: who took it. (The lead's own "Who will take
        // over the leadership from …?" asks it again, less clearly.)
        if let post = NewPostTitle(article: article) {
            let lead = article.sentences[post.sentence].text
            titleCard(
                question: post.question, cloze: nil, answer: post.person, kind: .person, category: .position, sentence: post.sentence,
                span: post.span, accepted: Self.entityForms(post.person, article: article), tag: "n",
                removing: { $0.content.answer == post.person && $0.content.source?.sentence == lead })
        }
        // A title that argues by contrast ("Russia doesn't just violate international law – it
        // follows and shapes it too") is the headline itself: its claim, asked as its cloze.
        if let contrast = ContrastTitle(article: article) {
            titleCard(
                question: nil, cloze: contrast.cloze, answer: contrast.answer, kind: .statement, category: .stance, sentence: contrast.sentence,
                span: contrast.span, accepted: [], tag: "c")
        }
        if let headline {
            cards = cards.map { Self.withLeadIn($0, headline: headline, article: article) }
        }
        cards = Self.withoutDatesAFigureStates(cards)
        cards = cards.map { AcceptedNames.withFullerNames($0, article: article) }
        return GenerationResult(article: fileName, title: article.title, facts: facts, cards: cards, gate: report)
    }

    /// A question or clause cut from a sentence keeps what its he/she/his/her stand for: "Who
    /// said she had yet to move beyond “vague aspirations”?" from "Even after … Theresa May set
    /// out …, Guy Verhofstadt said she had …" becomes "Who said Theresa May had yet to …?".
    /// Not when the person is the answer ("Who said he would …?") or named in the text already.
    /// A pronoun that more than one person before it could stand for is returned as unclear
    /// when the text keeps it without any of them.
    static func withAntecedents(_ text: String, answer: String, sentence: Sentence, references: SentenceReferences) -> (text: String, unclear: [String]) {
        var text = text
        var unclear: [String] = []
        /// Whether the text names the person: a word of the name, or a short form of it ("Yi").
        func names(_ person: String, in text: String) -> Bool {
            person.split(separator: " ").contains { part in
                (part.count > 2 || NameIndex.isShortForm(String(part), of: person)) && ResolvedReferences.contains(text, phrase: String(part))
            }
        }
        for (index, person) in references.withinSentence.sorted(by: { $0.key < $1.key }) {
            guard index < sentence.tokens.count else { continue }
            let token = sentence.tokens[index]
            if names(person, in: text) || names(person, in: answer) { continue }
            guard let range = Self.wordRange(of: token.text, in: text) else { continue }
            let possessive = token.lower == "his" || (token.lower == "her" && index + 1 < sentence.tokens.count && sentence.tokens[index + 1].isWord
                && !VerbForms.auxiliaries.contains(sentence.tokens[index + 1].lower) && !Lexicon.prepositions.contains(sentence.tokens[index + 1].lower)
                && !["and", "to"].contains(sentence.tokens[index + 1].lower))
            text.replaceSubrange(range, with: possessive ? (person.hasSuffix("s") ? person + "’" : person + "’s") : person)
        }
        for (index, candidates) in references.unclearWithin where index < sentence.tokens.count {
            let word = sentence.tokens[index].text
            if Self.wordRange(of: word, in: text) != nil, !candidates.contains(where: { names($0, in: text) }) { unclear.append(word) }
        }
        return (text, unclear)
    }

    /// The first place a word stands whole in a text, outside quotation marks.
    static func wordRange(of word: String, in text: String) -> Range<String.Index>? {
        var inQuote = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "“" { inQuote = true } else if character == "”" { inQuote = false }
            if !inQuote, text[index...].hasPrefix(word) {
                let end = text.index(index, offsetBy: word.count)
                let before = index == text.startIndex ? nil : text[text.index(before: index)]
                let after = end == text.endIndex ? nil : text[end]
                if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return index..<end }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// The longest source a closing attribution may name ("according to a major global survey").
    static let longestAttribution = 10

    /// A question keeps the source its sentence credits at its end: "Less than half of the
    /// general public believe that …, according to a major global survey." → "What share of the
    /// general public believe that …, according to a major global survey?" (a strict reader
    /// turned the question down without it: whose finding?).
    static func attributed(_ question: String, sentence: Sentence, references: SentenceReferences, span: Range<Int>) -> String {
        let tokens = sentence.tokens
        guard question.hasSuffix("?"), !question.contains("according to"),
              let comma = tokens.lastIndex(where: { $0.text == "," }), comma + 3 < tokens.count,
              tokens[comma + 1].lower == "according", tokens[comma + 2].lower == "to",
              tokens[comma].start >= span.upperBound else { return question }
        var end = tokens.count
        if let last = tokens.last, [".", "!"].contains(last.text) { end -= 1 }
        let source = (comma + 1)..<end
        guard source.count - 2 <= longestAttribution, tokens[source].allSatisfy({ $0.isWord || $0.text == "-" }) else { return question }
        let text = Phrasing.resolvedText(sentence, references: references, tokens[comma + 1].start..<tokens[end - 1].end)
        return String(question.dropLast()) + ", " + text + "?"
    }

    /// "In which year did the U.S. account for 18.4 percent of Chinese exports?" beside "What
    /// share of Chinese exports did the U.S. account for in 2016?": the figure's own question
    /// states the year, so the date card only repeats it (a strict reader found it not worth
    /// keeping twice).
    static func withoutDatesAFigureStates(_ cards: [DeckCard]) -> [DeckCard] {
        let figureQuestions = cards.filter { $0.content.category == .figure && !$0.content.prompt.contains("[...]") }
        return cards.filter { card in
            guard card.content.category == .date else { return true }
            return !figureQuestions.contains { figure in
                figure.content.source == card.content.source && AnswerMatch.contains(AnswerMatch.words(figure.content.prompt), AnswerMatch.words(card.content.answer))
            }
        }
    }

    /// A cloze of the headline sentence that leaves out a name the title gives ("… is set to
    /// win another term by a landslide", in an article titled "… in Egypt …") takes the sentence
    /// before it in its paragraph when that one gives the name ("Egyptians are voting in
    /// presidential elections …"), so the card says where or of what.
    static func withLeadIn(_ card: DeckCard, headline: Headline, article: Article) -> DeckCard {
        let sentence = article.sentences[headline.sentence]
        guard let title = article.title, card.content.source?.line == sentence.line, card.content.source?.column == sentence.column,
              card.content.prompt.contains("[...]"), headline.sentence > 0 else { return card }
        let previous = article.sentences[headline.sentence - 1]
        guard previous.paragraph == sentence.paragraph, previous.carriesFacts,
              article.references[previous.index].unresolvedPhrases(in: previous).isEmpty else { return card }
        let titleNames = Tokenizer.tokens(Array(title.unicodeScalars)).dropFirst().filter { $0.isWord && $0.isCapitalized && $0.lower.count >= 4 }
            .map { $0.stem.lowercased() }
        let said = { (words: [String], name: String) in words.contains { Headline.sameStem($0, name) } }
        let here = Headline.contentWords(sentence.tokens), before = Headline.contentWords(previous.tokens)
        guard titleNames.contains(where: { !said(here, $0) && said(before, $0) }) else { return card }
        let leadIn = Phrasing.resolvedText(previous, references: article.references[previous.index], 0..<previous.scalars.count)
        guard (leadIn + " " + card.content.prompt).split(separator: " ").count <= PromptLength.maximumClozeWords else { return card }
        var content = card.content
        content.prompt = leadIn + " " + content.prompt
        return DeckCard(key: card.key, content: content)
    }

    /// The form a fact is asked in: its question when that passes the gate (with the cloze
    /// as second form when that passes too), else the cloze of its sentence, else nothing.
    /// A fact not worth learning is not asked as a cloze either.
    static func gatedForm(
        question: String?, cloze: String?, answer: String, kind: AnswerKind, category: FactCategory,
        unresolved: [String], vague: [String], title: String = "", names: Set<String> = [], clozeFirst: Bool = false, report: inout GateReport
    ) -> (prompt: String, cloze: String?)? {
        let candidate = { (form: GateCandidate.Form, text: String) in
            GateCandidate(
                form: form, text: text, answer: answer, kind: kind, category: category, unresolvedPhrases: unresolved,
                vaguePhrases: vague, title: title, names: names)
        }
        let clozeFailure = cloze.flatMap { QuestionGate.failure(of: candidate(.cloze, $0)) }
        if clozeFirst {
            // The question would leave out what only the sentence says; without a cloze that
            // passes, nothing is asked (a strict reader turned "In which year was the invasion
            // of Iraq?" down four times in five).
            if let cloze, clozeFailure == nil {
                report.asCloze += 1
                return (cloze, nil)
            }
            if let clozeFailure { report.rejections[clozeFailure.name, default: 0] += 1 }
            report.dropped += 1
            return nil
        }
        let question = question.map(Phrasing.withoutTrailingClause)
        var questionFailure: (any GateCheck)?
        if let question {
            questionFailure = QuestionGate.failure(of: candidate(.question, question))
            guard let questionFailure else {
                report.asQuestion += 1
                return (question, clozeFailure == nil ? cloze : nil)
            }
            report.rejections[questionFailure.name, default: 0] += 1
        }
        if let cloze, questionFailure?.name != WorthLearning().name {
            guard let clozeFailure else {
                report.asCloze += 1
                return (cloze, nil)
            }
            report.rejections[clozeFailure.name, default: 0] += 1
        }
        report.dropped += 1
        return nil
    }

    /// Scalar range of a name in a sentence: the whole name, else the surname of a person's
    /// name ("Aliyev" for "Ilham Aliyev").
    static func span(of name: String, in sentence: Sentence) -> Range<Int>? {
        let text = sentence.text
        let words = name.split(separator: " ")
        let surname = words.count >= 2 && words.allSatisfy({ $0.first?.isUppercase == true }) ? String(words[words.count - 1]) : ""
        for form in [name, surname] where !form.isEmpty {
            if let range = text.range(of: form) {
                let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
                return start..<(start + form.unicodeScalars.count)
            }
        }
        return nil
    }

    /// Drops facts whose prompt gives the answer away, empty ones and duplicates; sorts the
    /// rest by position in the article.
    /// The smallest count whose second telling is taken for the same fact: "two diplomats"
    /// and "two weeks" in one article are as likely different facts as one.
    static let smallestRepeatedCount = 10.0

    /// The number a count answer starts with ("130 Russian diplomats" → 130).
    static func countValue(_ answer: String) -> Double? {
        Tokenizer.tokens(Array(answer.unicodeScalars)).lazy.compactMap(FigureSupport.value).first
    }

    /// "Less than half of the general public believe …" and later "only 46 per cent of the
    /// general public said …": a share told by its bound accepts the exact figure the article
    /// gives the same people, when the figure keeps within the bound (a strict reader marked
    /// "46 per cent" wrong otherwise). The same people: the same words after "of".
    static func withExactShares(_ facts: [Fact], article: Article) -> [Fact] {
        func people(_ fact: Fact) -> [String]? {
            let tokens = article.sentences[fact.sentence].tokens
            guard let after = tokens.firstIndex(where: { $0.start >= fact.span.upperBound }), after + 1 < tokens.count,
                  tokens[after].lower == "of" else { return nil }
            let words = tokens[(after + 1)...].prefix(while: { $0.isWord && !VerbForms.isFiniteVerb($0.lower) && !VerbForms.auxiliaries.contains($0.lower) })
                .prefix(Self.peopleWordsCompared)
            return words.count >= 2 ? words.map(\.lower) : nil
        }
        return facts.map { fact in
            guard fact.kind == .fraction, let bound = Self.shareBounds[fact.answer.lowercased()], let group = people(fact) else { return fact }
            var fact = fact
            for other in facts where other.kind == .percent && people(other) == group {
                // Its forms that are the figure alone ("46 per cent", "46%"), not "Only 46 per cent".
                let forms = ([other.answer] + other.accepted).filter { $0.first?.isNumber == true && $0.contains(where: { !$0.isNumber }) }
                guard let first = forms.first, let value = Double(first.prefix(while: { $0.isNumber || $0 == "." })), bound.contains(value)
                else { continue }
                fact.exactValues += forms.filter { !fact.exactValues.contains($0) }
            }
            return fact
        }
    }

    /// How many words after "of" say whose share it is ("the general public").
    static let peopleWordsCompared = 3

    /// Shares told by a bound, and the percentages within it.
    static let shareBounds: [String: Range<Double>] = [
        "less than half": 0..<50, "under half": 0..<50, "fewer than half": 0..<50,
        "more than half": 50.000_001..<100, "over half": 50.000_001..<100,
    ]

    /// One plural word the article never writes as a name elsewhere: "Analysts", "Critics".
    static func isKindOfPeople(_ entity: String, article: Article) -> Bool {
        let words = entity.split(separator: " ")
        guard words.count == 1, let word = words.first, word.hasSuffix("s"), !word.hasSuffix("ss") else { return false }
        let lower = word.lowercased()
        return !Lexicon.countries.contains(lower) && !Lexicon.saysWhoseCountry(String(word.dropLast()))
            && !article.names.runs.contains { $0.nameText == String(word) && $0.isPerson }
            && word.dropFirst().allSatisfy(\.isLowercase)
            && !article.names.runs.contains { $0.nameText == String(word) && $0.name.lowerBound > 0 }
    }

    /// "Who said …?", "Who says …?": a question for the speaker of a claim.
    static func asksWhoSaid(_ prompt: String) -> Bool {
        prompt.hasPrefix("Who said ") || prompt.hasPrefix("Who says ")
    }

    static func selectFacts(_ facts: [Fact], article: Article) -> [Fact] {
        // The actor rule's "who did what" facts (a stance asked for its person).
        let isActor = { (fact: Fact) in fact.category == .stance && fact.kind == .person }
        var kept: [Fact] = []
        var prompts: Set<String> = []
        // Fewer, better: one answer is asked at most twice in an article ("2012" five times
        // teaches nothing the first two did not).
        var answerUses: [String: Int] = [:]
        var entityPrompts: Set<String> = []
        var countsAsked: Set<Double> = []
        var saidIn: Set<Int> = []
        // Article order; for the same place, rule order (figures, dates, quotes, positions, stances).
        let ordered = facts.enumerated().sorted {
            ($0.element.sentence, $0.element.span.lowerBound, $0.offset) < ($1.element.sentence, $1.element.span.lowerBound, $1.offset)
        }.map(\.element)
        for fact in ordered {
            guard !fact.answer.isEmpty else { continue }
            // "Who is Trump’s predecessor?", "What is Yulia’s relationship to Sergei Skripal?":
            // a relation between people was judged trivia every time (the verdicts).
            if fact.kind == .relation { continue }
            // Figures and dates inside a quotation would be asked inside someone's words.
            if fact.category == .figure || fact.category == .date {
                let sentence = article.sentences[fact.sentence]
                if let token = sentence.tokens.firstIndex(where: { $0.start >= fact.span.lowerBound }),
                   QuoteSpans.isQuoted(sentence.tokens, token) || Self.countsFromNow(sentence.tokens, token, span: fact.span) { continue }
            }
            var fact = fact
            if fact.prompt.count <= 12 || AnswerMatch.leaks(prompt: fact.prompt, answer: fact.answer) {
                fact.prompt = ""
            }
            if let entityPrompt = fact.entityPrompt, let entity = fact.entity,
               AnswerMatch.leaks(prompt: entityPrompt, answer: entity) || AnswerMatch.close(entity, fact.answer)
                // "Who implored Trump …? Yerevan": a capital standing for its government is no
                // "who" (a strict reader found the city, not the country or the envoy, no answer).
                || Lexicon.capitals.contains(entity.lowercased())
                // "Who believed Acacia was … ? Analysts": a kind of people, capitalised only by
                // the sentence's start, names no one.
                || Self.isKindOfPeople(entity, article: article) {
                fact.entityPrompt = nil
            }
            if fact.prompt.isEmpty && fact.entityPrompt == nil { continue }
            if kept.reversed().prefix(while: { $0.sentence == fact.sentence }).contains(where: {
                $0.sentence == fact.sentence && $0.category == fact.category && isActor($0) == isActor(fact) && overlaps($0.span, fact.span)
            }) {
                continue
            }
            // A fact asked as a cloze is not its question: two items of one list share the question.
            if !fact.prompt.isEmpty, !fact.prefersCloze, prompts.contains(fact.prompt) { continue }
            if let entityPrompt = fact.entityPrompt, entityPrompts.contains(entityPrompt) {
                fact.entityPrompt = nil
                if fact.prompt.isEmpty { continue }
            }
            // One "Who said …?" a sentence: two rules may read the same credit.
            if Self.asksWhoSaid(fact.prompt), saidIn.contains(fact.sentence) { continue }
            if let entityPrompt = fact.entityPrompt, Self.asksWhoSaid(entityPrompt), saidIn.contains(fact.sentence) {
                fact.entityPrompt = nil
                if fact.prompt.isEmpty { continue }
            }
            if Self.asksWhoSaid(fact.prompt) || fact.entityPrompt.map(Self.asksWhoSaid) == true { saidIn.insert(fact.sentence) }
            // "the expulsion of some 130 Russian diplomats …", later "… of some 130 agents": the
            // same count told again is the same fact (a strict reader found the second a repeat).
            if case .count = fact.kind, let value = Self.countValue(fact.answer), value >= Self.smallestRepeatedCount {
                if countsAsked.contains(value) { continue }
                countsAsked.insert(value)
            }
            let answerKey = AnswerMatch.words(fact.answer).joined(separator: " ")
            if answerUses[answerKey, default: 0] >= Self.maximumUsesOfOneAnswer { continue }
            answerUses[answerKey, default: 0] += 1
            prompts.insert(fact.prompt)
            if let entityPrompt = fact.entityPrompt { entityPrompts.insert(entityPrompt) }
            kept.append(fact)
        }
        // "Who is described as the secretary of state?" needs one answer: a position held by
        // two people in the article is not asked the other way.
        let positions = kept.filter { $0.category == .position }
        for index in kept.indices where kept[index].category == .position && kept[index].entityPrompt != nil {
            let fact = kept[index]
            let shared = positions.contains { other in
                other.entity != fact.entity && ([other.answer] + other.accepted).contains { AnswerMatch.close($0, fact.answer) }
            }
            if shared {
                kept[index].entityPrompt = nil
            }
        }
        // "Who did what" (the actor rule) only where no other rule already asks who, nor
        // names the actor in a figure's question of the same sentence ("Which country accounted for
        // 18.4 percent of Chinese exports …?" beside "What share of Chinese exports did the U.S.
        // account for in 2016?": a strict reader found the first guessable from the second).
        let askedWho = Set(kept.filter { $0.entityPrompt != nil && !isActor($0) }.map(\.sentence))
        let named = { (actor: Fact) in
            kept.contains { other in
                other.category == .figure && other.sentence == actor.sentence
                    && FrontedWhWord.whStart(Tokenizer.tokens(Array(other.prompt.unicodeScalars))) != nil
                    && actor.entity.map { AnswerMatch.contains(AnswerMatch.words(other.prompt), AnswerMatch.words($0)) } == true
            }
        }
        let derived = Self.derivableFigures(kept, article: article)
        return kept.filter { (!isActor($0) || (!askedWho.contains($0.sentence) && !named($0))) && (!$0.prompt.isEmpty || $0.entityPrompt != nil) }
            .filter { !derived.contains($0.sentence) || ($0.category != .figure) }
    }

    /// Sentences whose figures give each other away: "… rose from 102,439 in 2011 to 116,427, a
    /// rise of 14%": of a start, an end and the change between them as a share, any two tell the
    /// third, so none is asked (a strict reader turned all three down).
    /// The most numbers of one sentence compared for figures that give each other away.
    static let mostAmountsCompared = 12

    static func derivableFigures(_ facts: [Fact], article: Article) -> Set<Int> {
        var found: Set<Int> = []
        // (Grouped once: a long article's facts are read in one pass.)
        for (sentence, ofSentence) in Dictionary(grouping: facts, by: \.sentence) {
            let values = ofSentence.filter { $0.category == .figure }.compactMap { fact in
                NumberReading(fact.answer).map { (value: $0.value, percent: $0.isPercent) }
            }
            let shares = values.filter(\.percent).map(\.value)
            // The amounts: the figures asked and the bare numbers the sentence states (not years).
            let tokens = article.sentences[sentence].tokens
            let bare = tokens.indices.compactMap { index -> Double? in
                let token = tokens[index]
                guard token.kind == .number, !token.text.contains("%"), let value = Double(token.text.filter { $0.isNumber || $0 == "." }) else { return nil }
                // (Not a share itself: "16%", "16 per cent".)
                if index + 1 < tokens.count, ["%", "percent", "per"].contains(tokens[index + 1].lower) { return nil }
                return !token.text.contains(",") && value >= 1_000 && value <= 2_100 ? nil : value
            }
            let amounts = values.filter { !$0.percent && $0.value > 0 }.map(\.value) + bare.filter { $0 > 0 }
            guard !shares.isEmpty, amounts.count <= Self.mostAmountsCompared else { continue }
            for share in shares {
                for start in amounts {
                    for end in amounts where end != start && abs(abs(end - start) / start * 100 - share) < 1 { found.insert(sentence) }
                }
            }
        }
        return found
    }

    static let maximumUsesOfOneAnswer = 2

    /// "over the past four decades", "in the last 14 months", "the next two years", "five
    /// months after the proclamation, no country has recognised …": a span counted from the
    /// day of writing, which goes stale with the article.
    static func countsFromNow(_ tokens: [Token], _ first: Int, span: Range<Int>) -> Bool {
        guard let last = tokens.lastIndex(where: { $0.start < span.upperBound }) else { return false }
        let unit = tokens[last].lower
        let singular = unit.hasSuffix("ies") ? String(unit.dropLast(3)) + "y" : unit.hasSuffix("s") ? String(unit.dropLast()) : unit
        guard Lexicon.timeUnits.contains(singular) else { return false }
        if first > 0, Lexicon.fromNowWords.contains(tokens[first - 1].lower) { return true }
        // A span from an event to now: "after"/"on"/"since" it, told in the present perfect.
        guard last + 1 < tokens.count, ["after", "on", "since"].contains(tokens[last + 1].lower) else { return false }
        return tokens[(last + 1)...].contains { ["has", "have"].contains($0.lower) }
    }

    private static func overlaps(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
    }

    private static func card(
        fact: Fact, sentence: Sentence, form: (prompt: String, cloze: String?), answer: String, accepted: [String],
        choices: [String], key: String
    ) -> DeckCard {
        let content = CardContent(
            kind: .basic, prompt: form.prompt, answer: answer, accepted: accepted, choices: choices,
            clozePrompt: form.cloze, tags: [fact.category.rawValue], explanation: sentence.text,
            source: SourceQuote(sentence: sentence.text, line: sentence.line, column: sentence.column),
            category: fact.category)
        return DeckCard(key: key, content: content)
    }

    private static func uniqueKey(_ parts: [String], _ used: inout Set<String>) -> String {
        var key = CardKey.derived(from: parts.joined(separator: "\u{1e}"))
        var counter = 2
        while used.contains(key) {
            key = CardKey.derived(from: parts.joined(separator: "\u{1e}"), String(counter))
            counter += 1
        }
        used.insert(key)
        return key
    }

    private static let stopWords: Set<String> = [
        "that", "this", "with", "from", "have", "been", "were", "will", "would", "their", "there",
        "which", "about", "into", "than", "they", "them", "then", "also", "some", "such", "when",
    ]

    /// Up to two content words on each side of the span.
    static func anchorWords(_ sentence: Sentence, span: Range<Int>) -> String {
        let content = sentence.tokens.filter {
            $0.isWord && $0.lower.count >= 4 && !stopWords.contains($0.lower) && !span.contains($0.start)
        }
        let before = content.filter { $0.end <= span.lowerBound }.suffix(2).map(\.lower)
        let after = content.filter { $0.start >= span.upperBound }.prefix(2).map(\.lower)
        return (before + ["|"] + after).joined(separator: " ")
    }

    /// Other names a person goes by: the full name, the surname, without the title.
    static func entityForms(_ entity: String, article: Article) -> [String] {
        var forms: [String] = []
        let full = article.names.fullName(entity)
        if full != entity { forms.append(full) }
        let words = entity.split(separator: " ")
        let sharedSurname = { (surname: Substring) in
            article.names.people.filter { $0.hasSuffix(" " + surname) }.count > 1
        }
        // A surname stands for a person only: "Department" is no name for "the State Department".
        let isPerson = article.names.people.contains(full) || article.names.people.contains(entity)
        // "al-Sisi" is a surname as much as "Sisi".
        let particleSurname = words.last.flatMap { last -> Substring? in
            guard let dash = last.firstIndex(of: "-"), Lexicon.nameParticles.contains(last[..<dash].lowercased()) else { return nil }
            return last[last.index(after: dash)...]
        }
        if isPerson, words.count >= 2, !words.contains("and"), let last = words.last,
           last.first?.isUppercase == true || particleSurname != nil, last.count > 1,
           !["I", "II", "III", "IV", "Jr.", "Sr."].contains(last), !sharedSurname(last) {
            // "Yi" of "Yi Gang": where the article calls the person by the first word alone,
            // that word is the family name.
            let first = String(words[0])
            let byFirst = article.names.runs.contains { !$0.nameText.contains(" ") && $0.nameText == first }
            let surname = byFirst ? first : String(last)
            if surname != entity { forms.append(surname) }
            if let particleSurname, particleSurname.first?.isUppercase == true { forms.append(String(particleSurname)) }
        }
        if entity.lowercased().hasPrefix("the ") { forms.append(String(entity.dropFirst(4))) }
        // "the European Parliament’s Brexit chief Guy Verhofstadt": the person by name alone.
        if !entity.contains(" and "), let person = article.names.people.first(where: { entity.hasSuffix(" " + $0) }) {
            forms.append(person)
            if let surname = person.split(separator: " ").last, !sharedSurname(surname) { forms.append(String(surname)) }
        }
        // "Ilham Aliyev and Xi Jinping": "Aliyev and Xi Jinping", "Aliyev and Xi" … each person
        // as the pair's members may be written, in the answer's order.
        let pair = entity.components(separatedBy: " and ")
        if pair.count == 2, !pair.contains(where: { $0.contains(",") }) {
            let first = [pair[0]] + entityForms(pair[0], article: article).filter { !$0.contains(" and ") }
            let second = [pair[1]] + entityForms(pair[1], article: article).filter { !$0.contains(" and ") }
            for one in first { for other in second { forms.append(one + " and " + other) } }
        }
        var unique: [String] = []
        for form in forms where form != entity && !unique.contains(form) { unique.append(form) }
        return unique
    }
}
