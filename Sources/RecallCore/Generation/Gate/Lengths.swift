/// A prompt a reader takes in at a glance: a question of at most `maximumWords` words, a
/// cloze (the article's own sentence) of at most `maximumClozeWords`.
struct PromptLength: GateCheck {
    let name = "prompt-too-long"
    static let maximumWords = 35
    static let maximumClozeWords = 42

    func passes(_ candidate: GateCandidate) -> Bool {
        candidate.text.split(separator: " ").count <= (candidate.form == .question ? Self.maximumWords : Self.maximumClozeWords)
    }
}

/// An answer short enough to type: at most `maximumWords` words.
struct AnswerLength: GateCheck {
    let name = "answer-too-long"
    static let maximumWords = 12

    func passes(_ candidate: GateCandidate) -> Bool {
        candidate.answer.split(separator: " ").count <= Self.maximumWords
    }
}

/// The prompt does not give its answer away.
struct NoGiveaway: GateCheck {
    let name = "answer-in-prompt"

    /// How many names a list in the text holds ("New Zealand (89), South Africa (89) and
    /// Sweden (87)": 3): the items between commas and a final "and", each opening with a capital.
    static func listedNames(in text: String) -> Int {
        guard let and = text.range(of: " and ") else { return 0 }
        let last = text[and.upperBound...].split(whereSeparator: { ",.;(".contains($0) }).first.map(String.init) ?? ""
        guard last.first?.isUppercase == true else { return 0 }
        var items = text[..<and.lowerBound].components(separatedBy: ", ")
        var names = 1
        while let item = items.popLast() {
            let trimmed = item.trimmingCharacters(in: .whitespaces)
            if trimmed.first?.isUppercase == true {
                names += 1
                continue
            }
            // The first item: the words before it belong to the clause, its last words name it.
            let core = trimmed.split(separator: "(").first.map(String.init) ?? trimmed
            if core.split(separator: " ").last?.first?.isUppercase == true { names += 1 }
            break
        }
        return names
    }

    func passes(_ candidate: GateCandidate) -> Bool {
        let text = candidate.text.replacingOccurrences(of: "[...]", with: " ")
        if AnswerMatch.leaks(prompt: text, answer: candidate.answer) { return false }
        // "US President [...] has the power …": the office before the gap names its holder.
        if let gap = candidate.text.range(of: "[...]") {
            let before = candidate.text[..<gap.lowerBound].split(separator: " ").suffix(3).map { $0.lowercased() }
            if let last = before.last, Lexicon.headOfStateTitles.contains(last) || Lexicon.headOfStateTitles.contains(before.suffix(2).joined(separator: " ")),
               WorthLearning.isHeadOfStateTitle(before) {
                return false
            }
            // "[...]’s capital Baku": the capital names its country.
            let after = candidate.text[gap.upperBound...]
            if ["’s capital ", "'s capital "].contains(where: after.hasPrefix) { return false }
            // "The top [...] in the index are New Zealand, South Africa and Sweden": a count the
            // list after it lets one count off.
            if let count = Lexicon.numberWord(candidate.answer.split(separator: " ").first.map { $0.lowercased() } ?? "")
                ?? Int(candidate.answer.split(separator: " ").first ?? ""), count >= 2, Self.listedNames(in: String(after)) == count {
                return false
            }
        }
        // "[...] has expressed concern about … activities in Australia", answer "Australia’s
        // intelligence community": the owner the answer names stands in the prompt.
        let answerTokens = Tokenizer.tokens(Array(candidate.answer.unicodeScalars))
        if answerTokens.count > 2, answerTokens[0].isCapitalized, answerTokens[0].isPossessive {
            let owner = answerTokens[0].stem
            if Tokenizer.tokens(Array(text.unicodeScalars)).contains(where: { $0.isWord && $0.stem == owner }) { return false }
        }
        // A one-word name given away by its own adjective: "China" beside "Chinese companies".
        let answer = candidate.answer.split(separator: " ")
        guard answer.count == 1, let name = answer.first, name.first?.isUppercase == true, name.count >= 5 else { return true }
        let stem = name.prefix(5).lowercased()
        return !Tokenizer.tokens(Array(text.unicodeScalars)).contains { $0.isWord && $0.isCapitalized && $0.lower.hasPrefix(stem) }
    }
}

/// A whole answer: not one cut before the words it needs ("Chinese IP development have been
/// wound back so", ending on the "so" of "so as not to").
struct WholeAnswer: GateCheck {
    let name = "answer-cut"

    func passes(_ candidate: GateCandidate) -> Bool {
        guard candidate.kind != .quote else { return true }
        let words = Tokenizer.tokens(Array(candidate.answer.unicodeScalars)).filter { $0.isWord || $0.kind == .number }
        guard words.count > 1, let last = words.last else { return true }
        return !Lexicon.prepositions.contains(last.lower) && !Self.cutEnds.contains(last.lower)
    }

    /// Words no answer ends on: articles, conjunctions, relative words.
    static let cutEnds: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "so", "such", "that", "which", "who", "whose", "if", "when",
        "while", "where", "than",
    ]
}
