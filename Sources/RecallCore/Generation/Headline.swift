/// The fact the title announces: the lead sentence that says most of what the title says,
/// and in it the name or figure the title is about. Asked first, always, when nothing else
/// asks about that sentence.
struct Headline: Sendable {
    /// Index of the lead sentence that best matches the title.
    var sentence: Int
    /// Scalar range of the answer in that sentence.
    var span: Range<Int>

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
                return shared && (run.isPerson || whole)
            }
        }
        // Only sentences holding a name the title names can give the headline's answer.
        let candidates = scored.filter { $0.1 >= 1 && !titleNames($0.0).isEmpty }
        guard let best = candidates.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0.index > $1.0.index) }) else {
            return nil
        }
        let sentence = best.0
        let runs = titleNames(sentence)
        guard let run = runs.first(where: \.isPerson) ?? runs.first else { return nil }
        let tokens = sentence.tokens
        self.sentence = sentence.index
        let last = tokens[run.name.upperBound - 1]
        span = tokens[run.name.lowerBound].start..<(last.end - (last.text.unicodeScalars.count - last.stem.unicodeScalars.count))
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
