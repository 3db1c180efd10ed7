/// A run of capitalised words in a sentence, split into the titles in front and the name.
struct NameRun: Sendable, Equatable {
    var sentence: Int
    /// Token range of the whole run, titles included.
    var tokens: Range<Int>
    /// Token ranges of the titles in front of the name ("U.S. Special Operations Commander", "Gen.").
    var titles: [Range<Int>]
    /// Token range of the name.
    var name: Range<Int>
    var nameText: String
    var isPerson: Bool
}

/// The people an article names, in order, so that a surname or a pronoun can be traced back
/// to the full name.
struct NameIndex: Sendable, Equatable {
    /// The end of a name of at most `longest` capitalised words at `start` ("Yitu Technology",
    /// "Buenos Aires"); nil when there is none, or when it runs on into more capitals.
    static func nameEnd(_ tokens: [Token], from start: Int, longest: Int) -> Int? {
        var end = start
        while end < tokens.count, end - start < longest, tokens[end].isWord, tokens[end].isCapitalized, !tokens[end].isPossessive {
            end += 1
        }
        guard end > start, end == tokens.count || !(tokens[end].isWord && tokens[end].isCapitalized) else { return nil }
        return end
    }

    private(set) var runs: [NameRun] = []
    /// `runs` grouped by sentence index.
    private var bySentence: [[NameRun]] = []
    /// Full names of people, in order of first mention.
    private(set) var people: [String] = []
    /// Words the article writes with a capital inside a sentence: names, not sentence openers.
    private(set) var capitalisedInside: Set<String> = []
    /// Words the article writes in lower case somewhere.
    private(set) var lowerCaseWords: Set<String> = []
    /// Capitalised words the article puts before a lower-case noun: adjectives of nations and
    /// bodies, not first names.
    private(set) var adjectival: Set<String> = []

    init(sentences: [Sentence]) {
        var all: [NameRun] = []
        for sentence in sentences {
            all += Self.runs(in: sentence)
            for token in sentence.tokens where token.isWord && !token.isCapitalized { lowerCaseWords.insert(token.lower) }
            // A capital before a lower-case noun ("Australian exporters") is an adjective.
            for (index, token) in sentence.tokens.enumerated().dropLast() where token.isWord && token.isCapitalized && index > 0 {
                let next = sentence.tokens[index + 1]
                if next.isWord, !next.isCapitalized, !Lexicon.functionWords.contains(next.lower), !VerbForms.auxiliaries.contains(next.lower),
                   !VerbForms.isFiniteVerb(next.lower), !next.lower.hasSuffix("ly"), !token.isPossessive,
                   !VerbForms.isThirdPersonPresent(sentence.tokens, index + 1) {
                    adjectival.insert(token.lower)
                }
            }
            for (index, token) in sentence.tokens.enumerated() where index > 0 && token.isWord && token.isCapitalized {
                let before = sentence.tokens[index - 1]
                if before.isPunctuation && [":", "“", "\"", "(", "—", "–"].contains(before.text) { continue }
                capitalisedInside.insert(token.stem)
            }
        }
        // Single capitalised words that are the last word of a person's full name are people.
        var people: [String] = []
        for run in all where run.isPerson && !people.contains(run.nameText) {
            if run.nameText.contains(" ") { people.append(run.nameText) }
        }
        for index in all.indices where !all[index].isPerson {
            let name = all[index].nameText
            // (Not a sentence's capitalised first word the article writes in lower case and never
            // capitalises inside a sentence: "New laws …" beside "New Zealand".)
            let opensSentence = all[index].name.lowerBound == 0 && !capitalisedInside.contains(name) && lowerCaseWords.contains(name.lowercased())
            if !name.contains(" "), !opensSentence, people.contains(where: { Self.isShortForm(name, of: $0) }) {
                all[index].isPerson = true
            }
        }
        // "Trade Act", "Australian Settlement": words the article also writes in lower case,
        // or a first word it uses as an adjective, make no person's name.
        for index in all.indices where all[index].isPerson {
            let words = all[index].nameText.split(separator: " ").map { $0.lowercased() }
            if words.count >= 2, words.allSatisfy({ lowerCaseWords.contains($0) || $0.count <= 2 }) { all[index].isPerson = false }
            // "Human Rights Watch" beside "human rights lawyer": a name of three or more words
            // all but one of which the article writes in lower case names a body.
            if words.count >= 3, words.filter({ !lowerCaseWords.contains($0) && $0.count > 2 }).count <= 1 { all[index].isPerson = false }
            if words.count >= 2, adjectival.contains(words[0]), all[index].titles.isEmpty { all[index].isPerson = false }
            // "Life in Bourj al-Barajneh Palestinian refugee camp": a run ending in a word the
            // article uses as an adjective, here before a noun, names a place or a thing.
            if words.count >= 2, let last = words.last, adjectival.contains(last), Lexicon.saysWhoseCountry(last.capitalized) {
                let tokens = sentences[all[index].sentence].tokens
                let end = all[index].tokens.upperBound
                if end < tokens.count, !tokens[end - 1].isPossessive, tokens[end].isWord, !tokens[end].isCapitalized, !Lexicon.functionWords.contains(tokens[end].lower),
                   !VerbForms.auxiliaries.contains(tokens[end].lower), !VerbForms.isFiniteVerb(tokens[end].lower),
                   !tokens[end].lower.hasSuffix("ly") {
                    all[index].isPerson = false
                }
            }
            // "the Civil Law", "the Patriot Act": a document, not a person.
            if words.count >= 2, let last = words.last, Lexicon.documentNouns.contains(last) { all[index].isPerson = false }
        }
        // (A full name the checks above took for a body or a place is no one's.)
        people.removeAll { person in !all.contains { $0.isPerson && $0.nameText == person } }
        for index in all.indices where all[index].isPerson && !all[index].nameText.contains(" ")
            && !people.contains(where: { Self.isShortForm(all[index].nameText, of: $0) }) && all[index].titles.isEmpty {
            // A surname of a full name no longer anyone's is no one's either.
            let name = all[index].nameText
            if all.contains(where: { !$0.isPerson && $0.nameText.contains(" ") && Self.isShortForm(name, of: $0.nameText) }) { all[index].isPerson = false }
        }
        for run in all where run.isPerson && !people.contains(where: { $0 == run.nameText || Self.isShortForm(run.nameText, of: $0) }) {
            people.append(run.nameText)
        }
        runs = all
        self.people = people
        bySentence = Array(repeating: [], count: sentences.count)
        for run in all { bySentence[run.sentence].append(run) }
    }

    /// The fullest name the article uses for `name` ("Aliyev" → "Ilham Aliyev").
    func fullName(_ name: String) -> String {
        if name.contains(" ") { return name }
        // "Al-Sisi" opening a sentence is the "al-Sisi" of "Abdel Fattah al-Sisi".
        let matches = people.filter { $0.hasSuffix(" " + name) || $0.lowercased().hasSuffix(" " + name.lowercased()) }
        if matches.count == 1 { return matches[0] }
        guard matches.isEmpty else { return name }
        let others = people.filter { Self.isShortForm(name, of: $0) }
        return others.count == 1 ? others[0] : name
    }

    /// Whether one capitalised word stands for a person's full name: its last word ("Aliyev"
    /// of "Ilham Aliyev"), that word without its particle ("Sisi" of "Abdel Fattah al-Sisi"),
    /// or its first word where the family name comes first ("Yi" of "Yi Gang", "Xi" of
    /// "Xi Jinping").
    static func isShortForm(_ word: String, of fullName: String) -> Bool {
        let parts = fullName.split(separator: " ")
        guard parts.count >= 2, let last = parts.last, let first = parts.first else { return false }
        if last == word || last.lowercased() == word.lowercased() { return true }
        if let dash = last.firstIndex(of: "-"), Lexicon.nameParticles.contains(last[..<dash].lowercased()),
           last[last.index(after: dash)...] == word {
            return true
        }
        return first == word && !Lexicon.honorifics.contains(word.lowercased())
    }

    /// The last person named before token `token` of sentence `sentence`.
    func lastPerson(before sentence: Int, token: Int) -> String? {
        var index = min(sentence, bySentence.count - 1)
        while index >= 0 {
            if let run = bySentence[index].last(where: { $0.isPerson && (index < sentence || $0.tokens.lowerBound < token) }) {
                return fullName(run.nameText)
            }
            index -= 1
        }
        return nil
    }

    /// The person runs of one sentence.
    func runs(inSentence sentence: Int) -> [NameRun] {
        sentence < bySentence.count ? bySentence[sentence] : []
    }

    /// Every person's name and surname, for distractors.
    var personNames: [String] { people }

    static func isNameToken(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord, token.isCapitalized else { return false }
        if token.text == "I" { return index > 0 && tokens[index - 1].isWord && tokens[index - 1].isCapitalized }
        let atStart = index == 0 || (index > 0 && tokens[index - 1].isPunctuation
            && ["“", "\"", "(", "‘", "—", "–", ":", ";"].contains(tokens[index - 1].text))
        if atStart && Lexicon.capitalFunctionWords.contains(token.lower) { return false }
        if Lexicon.capitalFunctionWords.contains(token.lower) && ["the", "a", "an", "this", "in", "on", "and", "but", "for", "as", "at", "by", "of", "to", "with", "from"].contains(token.lower) {
            return false
        }
        if Lexicon.month(token) != nil && !Lexicon.titleHeads.contains(token.lower) {
            // "Theresa May": a month's name after a first name, with no day after it, is a surname.
            let afterName = index > 0 && tokens[index - 1].isWord && tokens[index - 1].isCapitalized && !tokens[index - 1].isPossessive
                && Lexicon.month(tokens[index - 1]) == nil && !Lexicon.capitalFunctionWords.contains(tokens[index - 1].lower)
                && !Lexicon.weekdays.contains(tokens[index - 1].lower)
                && (index + 1 == tokens.count || tokens[index + 1].kind != .number)
            if !afterName { return false }
        }
        return true
    }

    /// A lower-case part inside a name: "al-Sisi" in "Abdel Fattah al-Sisi", "bin" or "van"
    /// before a capitalised part.
    static func isNameParticle(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord, !token.isCapitalized else { return false }
        let scalars = Array(token.text.unicodeScalars)
        if let dash = scalars.firstIndex(of: "-"), dash + 1 < scalars.count, scalars[dash + 1].properties.isUppercase,
           Lexicon.nameParticles.contains(String(String.UnicodeScalarView(scalars[..<dash])).lowercased()) {
            return true
        }
        return Lexicon.nameParticles.contains(token.lower) && index + 1 < tokens.count && isNameToken(tokens, index + 1)
    }

    static func runs(in sentence: Sentence) -> [NameRun] {
        let tokens = sentence.tokens
        var result: [NameRun] = []
        var index = 0
        while index < tokens.count {
            guard isNameToken(tokens, index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count {
                if tokens[end - 1].isPossessive { break }
                if isNameToken(tokens, end) || isNameParticle(tokens, end) {
                    end += 1
                } else if tokens[end].lower == "of", end + 1 < tokens.count,
                          Lexicon.titleEnds.contains(tokens[end - 1].lower),
                          tokens[end + 1].isCapitalized {
                    end += 2
                } else {
                    break
                }
            }
            if let run = split(sentence, index..<end) { result.append(run) }
            index = end
        }
        return result
    }

    /// Splits titles off the front of a run and decides whether the rest names a person.
    private static func split(_ sentence: Sentence, _ range: Range<Int>) -> NameRun? {
        let tokens = sentence.tokens
        var titles: [Range<Int>] = []
        var titleStart = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound - 1 {
            guard Lexicon.titleEnds.contains(tokens[index].lower) else {
                index += 1
                continue
            }
            var end = index + 1
            // "Major General", "Lieutenant Colonel": one rank of two words.
            while end < range.upperBound - 1, Lexicon.militaryRanks.contains(tokens[end - 1].lower),
                  Lexicon.militaryRanks.contains(tokens[end].lower) {
                end += 1
            }
            // "Secretary of State": the "of" phrase belongs to the title.
            if end + 2 < range.upperBound, tokens[end].lower == "of" { end += 2 }
            titles.append(titleStart..<end)
            titleStart = end
            index = end
        }
        let lastTitle = (titles.last?.upperBound ?? range.lowerBound) - 1
        let nameStart = lastTitle + 1 > range.lowerBound ? lastTitle + 1 : range.lowerBound
        guard nameStart < range.upperBound else { return nil }
        let nameRange = nameStart..<range.upperBound
        let nameWords = tokens[nameRange].map(\.stem)
        let nameText = nameWords.joined(separator: " ")
        let institutional = tokens[nameRange].contains {
            Lexicon.institutionWords.contains($0.lower) || Lexicon.institutionWords.contains($0.stem.lowercased())
                || Lexicon.countries.contains($0.stem.lowercased())
        } || Lexicon.countries.contains(nameText.lowercased())
        let endsInTitle = Lexicon.titleEnds.contains(tokens[nameRange.upperBound - 1].lower)
        // "AP Photo", "Trade Act": an acronym or a word of the dictionary is no part of a name.
        let acronym = nameWords.contains { $0.count >= 2 && $0 == $0.uppercased() && $0.contains(where: \.isLetter) && !$0.contains(".") }
        let isPerson = !institutional && !endsInTitle && !acronym && (nameWords.count >= 2 || !titles.isEmpty)
            && nameWords.count <= 4
        return NameRun(
            sentence: sentence.index, tokens: range, titles: titles, name: nameRange,
            nameText: nameText, isPerson: isPerson)
    }
}
