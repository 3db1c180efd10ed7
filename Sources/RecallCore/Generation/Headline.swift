/// The fact the title announces: the lead sentence that says most of what the title says,
/// and in it the name or figure the title is about. Asked first, always, when nothing else
/// asks about that sentence.
struct Headline: Sendable {
    /// Index of the lead sentence that best matches the title.
    var sentence: Int
    /// Scalar range of the answer in that sentence.
    var span: Range<Int>
    /// Other true answers: for a title that says what changed, the title's own words for
    /// what it changed to ("a more dangerous world").
    var accepted: [String] = []
    /// What the answer is: the name the title gives (a person or a body), or a phrase of the
    /// title's words when the lead names nothing the title names.
    var answerKind: AnswerKind = .person

    /// How many of the first sentences with facts are searched for the headline.
    static let leadSentences = 4

    init?(article: Article) {
        guard let title = article.title else { return nil }
        let titleWords = Self.contentWords(Tokenizer.tokens(Array(title.unicodeScalars)))
        guard !titleWords.isEmpty else { return nil }
        let lead = article.sentences.filter(\.carriesFacts).prefix(Self.leadSentences)
        let scored = lead.map { sentence in
            (sentence, Self.contentWords(sentence.tokens).filter { word in titleWords.contains { Self.sameStem($0, word) } }.count)
        }
        // The names of a sentence that the title names too: a person, or a name the title
        // writes whole ("Russia", not "Article" of "Article 50").
        func titleNames(_ sentence: Sentence) -> [NameRun] {
            article.names.runs(inSentence: sentence.index).filter { run in
                let shared = run.nameText.split(separator: " ").contains { part in titleWords.contains { Self.sameStem($0, part.lowercased()) } }
                let whole = title.contains(run.nameText) && !(run.name.upperBound < sentence.tokens.count
                    && sentence.tokens[run.name.upperBound].kind == .number)
                // "The Mexican minister": a name used as an adjective says whose, not who.
                let after = run.name.upperBound < sentence.tokens.count ? sentence.tokens[run.name.upperBound] : nil
                let modifier = !run.isPerson && run.name.count == 1 && !sentence.tokens[run.name.lowerBound].isPossessive
                    && after.map { $0.isWord && !$0.isCapitalized && !Lexicon.functionWords.contains($0.lower) } == true
                return shared && (run.isPerson || whole) && !modifier
            }
        }
        // A title that says what changed is asked as the change.
        if let (sentence, span, subject) = Self.echo(of: title, in: article) {
            self.sentence = sentence
            self.span = span
            accepted = subject.map { [$0] } ?? []
            return
        }
        // Only sentences holding a name the title names can give the headline's answer.
        let candidates = scored.filter { $0.1 >= 1 && !titleNames($0.0).isEmpty }
        guard let best = candidates.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0.index > $1.0.index) }) else {
            // No lead sentence names what the title names ("US, EU reach trade pact …" beside
            // "The U.S. and the European Union have reached a new pact on trade"): the sentence
            // that says most of the title, asked for the title's own words in it.
            // (A title that asks, "Is the science … elitist?", says nothing happened.)
            guard !title.hasSuffix("?"), let lead = scored.filter({ $0.1 >= Self.fewestSharedWords }).max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0.index > $1.0.index) })
            else { return nil }
            sentence = lead.0.index
            span = 0..<0
            answerKind = .statement
            guard let phrase = titlePhrase(in: article) else { return nil }
            span = phrase
            return
        }
        let sentence = best.0
        let runs = titleNames(sentence)
        guard let run = runs.first(where: \.isPerson) ?? runs.first else { return nil }
        let tokens = sentence.tokens
        self.sentence = sentence.index
        let last = tokens[run.name.upperBound - 1]
        span = tokens[run.name.lowerBound].start..<(last.end - (last.text.unicodeScalars.count - last.stem.unicodeScalars.count))
    }

    /// The fewest content words a lead sentence shares with the title to be its headline when
    /// it names nothing the title names.
    static let fewestSharedWords = 2

    /// The most words a title's phrase may have as it stands in the headline sentence.
    static let longestTitlePhrase = 8

    /// What the headline sentence says in the title's own common words, as a span to gap when
    /// its name cannot be (a name the sentence gives away by its adjective, "Ukraine" beside
    /// "Ukrainian"): for the title "US and Ukraine sign deal on minerals access", in "… an
    /// agreement … that grants the U.S. preferential access to Ukrainian mineral deals …", the
    /// phrase "preferential access to Ukrainian mineral deals". The run of words with the most
    /// of the title's lower-case content words (at least two; at most two other words between
    /// two of them, no punctuation, no verb), with up to two modifiers before it.
    func titlePhrase(in article: Article) -> Range<Int>? {
        guard let title = article.title else { return nil }
        let titleTokens = Tokenizer.tokens(Array(title.unicodeScalars))
        let titleWords = Self.contentWords(titleTokens.filter { !$0.isCapitalized })
        let tokens = article.sentences[sentence].tokens
        let matches = tokens.indices.filter { index in
            let token = tokens[index]
            return token.isWord && !token.isCapitalized && token.lower.count >= 4 && !VerbForms.isFiniteVerb(token.lower)
                && !VerbForms.auxiliaries.contains(token.lower) && titleWords.contains { Self.sameStem($0, token.stem.lowercased()) }
        }
        var best: (range: ClosedRange<Int>, count: Int)?
        var start = 0
        while start < matches.count {
            var end = start
            while end + 1 < matches.count, matches[end + 1] - matches[end] <= 3,
                  tokens[matches[end]...matches[end + 1]].allSatisfy({ $0.isWord && !VerbForms.isFiniteVerb($0.lower) && !VerbForms.auxiliaries.contains($0.lower) }) {
                end += 1
            }
            let count = end - start + 1
            if count >= 2, count > best?.count ?? 0 { best = (matches[start]...matches[end], count) }
            start = end + 1
        }
        guard var range = best?.range else { return nil }
        var lower = range.lowerBound
        while lower > 0, range.lowerBound - lower < 2, tokens[lower - 1].isWord, !tokens[lower - 1].isCapitalized,
              !["a", "an", "the", "and", "or", "but"].contains(tokens[lower - 1].lower), !Lexicon.prepositions.contains(tokens[lower - 1].lower),
              !Lexicon.possessivePronouns.contains(tokens[lower - 1].lower), !VerbForms.isFiniteVerb(tokens[lower - 1].lower),
              !VerbForms.auxiliaries.contains(tokens[lower - 1].lower), !tokens[lower - 1].lower.hasSuffix("ing") {
            lower -= 1
        }
        // The phrase ends on its noun ("violator of international law", not "… international").
        var upper = range.upperBound
        while upper + 1 < tokens.count, upper - range.upperBound < 2, tokens[upper + 1].isWord, !tokens[upper + 1].isCapitalized,
              !Lexicon.functionWords.contains(tokens[upper + 1].lower), !VerbForms.isFiniteVerb(tokens[upper + 1].lower),
              !VerbForms.auxiliaries.contains(tokens[upper + 1].lower) {
            upper += 1
        }
        range = lower...upper
        guard range.count <= Self.longestTitlePhrase else { return nil }
        return tokens[range.lowerBound].start..<tokens[range.upperBound].end
    }

    /// The most words a title's subject may have to be accepted as an answer.
    static let longestTitleSubject = 6

    /// How many of the first sentences with facts are searched for a title's change.
    static let echoSentences = 8

    /// A title that says what changed, verb then object ("… a more dangerous world shifts
    /// focus of Brexit debate"): the first sentence that has the object and then the verb with
    /// a preposition ("One year on, the focus has shifted to an uncertain new world shaping up
    /// beyond EU borders"), and in it what the preposition brings in, to the clause's end.
    static func echo(of title: String, in article: Article) -> (Int, Range<Int>, String?)? {
        let words = Tokenizer.tokens(Array(title.unicodeScalars))
        // A headline drops its articles ("shifts focus"), so the verb is any "-s" word before a
        // content word; the sentence that says it in another form decides.
        for verb in words.indices where verb > 0 && verb + 1 < words.count {
            let said = words[verb].lower
            guard words[verb].isWord, !words[verb].isCapitalized, said.hasSuffix("s"), said.count >= 4,
                  !["ss", "us", "is"].contains(where: said.hasSuffix), words[verb + 1].isWord,
                  !Lexicon.functionWords.contains(words[verb + 1].lower) else { continue }
            if let found = echo(verb: VerbForms.baseOfPresent(words[verb].text), object: words[verb + 1].lower, in: article) {
                // The title's subject, after its last colon ("a more dangerous world").
                let start = words[..<verb].lastIndex { [":", "–", "—", ";"].contains($0.text) }.map { $0 + 1 } ?? 0
                let subject = start < verb && verb - start <= Self.longestTitleSubject && words[start..<verb].allSatisfy(\.isWord)
                    ? String(String.UnicodeScalarView(Array(title.unicodeScalars)[words[start].start..<words[verb - 1].end])) : nil
                return (found.0, found.1, subject)
            }
        }
        return nil
    }

    private static func echo(verb base: String, object: String, in article: Article) -> (Int, Range<Int>)? {
        for sentence in article.sentences.filter(\.carriesFacts).prefix(Self.echoSentences) {
            let tokens = sentence.tokens
            guard let mention = tokens.firstIndex(where: { $0.lower == object }),
                  let said = tokens[(mention + 1)...].prefix(3).firstIndex(where: { $0.isWord && sameStem($0.lower, base) && $0.lower != base }),
                  said + 2 < tokens.count, Lexicon.directionPrepositions.contains(tokens[said + 1].lower) else { continue }
            // What it changed to, without a participle phrase after it ("an uncertain new world
            // shaping up beyond EU borders" → "an uncertain new world").
            var end = said + 2
            while end < tokens.count, ![",", ".", ";", ":", "–", "—"].contains(tokens[end].text),
                  end < said + 4 || !(tokens[end].lower.hasSuffix("ing") && !tokens[end].isCapitalized) {
                end += 1
            }
            guard end > said + 2 else { continue }
            return (sentence.index, tokens[said + 2].start..<tokens[end - 1].end)
        }
        return nil
    }

    /// Whether a card asks the headline: it comes from the headline sentence, and its answer
    /// is the headline's name or shares a word or a number with the title.
    func isAsked(by content: CardContent, in article: Article) -> Bool {
        let sentence = article.sentences[self.sentence]
        guard content.source?.line == sentence.line, content.source?.column == sentence.column,
              let title = article.title else { return false }
        if AnswerMatch.close(content.answer, sentence.text(span)) { return true }
        let titleWords = Set(AnswerMatch.words(title))
        return AnswerMatch.words(content.answer).contains { titleWords.contains($0) && ($0.count >= 4 || $0.first?.isNumber == true) }
    }

    /// Lower-cased words of four letters or more that are no function words.
    static func contentWords(_ tokens: [Token]) -> [String] {
        tokens.filter { $0.isWord && $0.lower.count >= 4 && !Lexicon.functionWords.contains($0.lower) }.map { $0.stem.lowercased() }
    }

    /// "tariffs" ~ "tariff", "arrest" ~ "arrested": the same first five letters, or equal.
    static func sameStem(_ a: String, _ b: String) -> Bool {
        a == b || (a.count >= 5 && b.count >= 5 && a.prefix(5) == b.prefix(5))
    }
}
