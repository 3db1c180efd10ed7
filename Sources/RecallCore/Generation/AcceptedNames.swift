/// The fuller names an article gives a short name answer: "Trump" asked from "Trump set a
/// 60-day ultimatum…" accepts "Donald Trump" when the article named him so before, though the
/// card's own sentence does not. (Titles need no forms of their own: the answer checker
/// ignores a typed title, so "President Trump" and "President Donald Trump" count too.)
///
/// Only the accepted answers change; the question, its answer and its key stay as they were.
enum AcceptedNames {
    /// `card` with the fuller names of its answer added to its accepted answers.
    static func withFullerNames(_ card: DeckCard, article: Article) -> DeckCard {
        guard let source = card.content.source,
              let sentence = article.sentences.first(where: { $0.line == source.line && $0.column == source.column })
        else { return card }
        var card = card
        for form in fullerNames(of: card.content.answer, inSentence: sentence.index, names: article.names)
        where form != card.content.answer && !card.content.accepted.contains(form) {
            card.content.accepted.append(form)
        }
        return card
    }

    /// The full name of the person a short name answer (one to three capitalised words, the end
    /// of a longer name) stands for at sentence `sentence`: the last person so named at or
    /// before it ("Donald Trump", though "Melania Trump" came earlier still), else the first
    /// after it. None for an answer that is no person's name in the article.
    static func fullerNames(of answer: String, inSentence sentence: Int, names: NameIndex) -> [String] {
        let words = answer.split(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return [] }
        let fuller = names.runs.filter { run in
            run.isPerson && run.nameText.hasSuffix(" " + answer)
                && run.nameText.split(separator: " ").count > words.count
        }
        guard let run = fuller.last(where: { $0.sentence <= sentence }) ?? fuller.first else { return [] }
        return [run.nameText]
    }
}
