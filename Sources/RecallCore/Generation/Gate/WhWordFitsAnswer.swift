/// The question word fits the answer: a year for "which year", an amount of money for
/// "how much", a count for "how many", a person or a named body for "who".
struct WhWordFitsAnswer: GateCheck {
    let name = "wh-word-mismatch"

    func applies(to form: GateCandidate.Form) -> Bool { form == .question }

    func passes(_ candidate: GateCandidate) -> Bool {
        let tokens = candidate.questionTokens
        guard let start = FrontedWhWord.whStart(tokens) else { return false }
        let words = tokens[start...].prefix(3).filter(\.isWord).map(\.lower)
        let phrase = words.joined(separator: " ")
        let answer = candidate.answer
        let hasDigitOrNumber = answer.unicodeScalars.contains { ("0"..."9").contains($0) }
            || AnswerMatch.words(answer).contains { Lexicon.numberWord($0) != nil || Lexicon.fractions[$0] != nil }
        switch true {
        case phrase.hasPrefix("how much"):
            return isMoney(candidate.kind) || candidate.kind == .percent
        case phrase.hasPrefix("how many"), phrase.hasPrefix("how long"):
            return hasDigitOrNumber && !isMoney(candidate.kind)
        case phrase.hasPrefix("which year"), phrase.hasPrefix("what year"), phrase.hasPrefix("which decade"):
            return candidate.kind == .year
        case phrase.hasPrefix("which month"), phrase.hasPrefix("what month"), phrase.hasPrefix("what date"),
             phrase.hasPrefix("which date"), phrase.hasPrefix("when"):
            return [.year, .monthDay, .monthYear, .month, .monthRange, .partOfYear].contains(candidate.kind)
        case phrase.hasPrefix("what percentage"), phrase.hasPrefix("what share"), phrase.hasPrefix("what proportion"),
             phrase.hasPrefix("what fraction"):
            return [.percent, .fraction].contains(candidate.kind)
        case phrase.hasPrefix("what") where candidate.kind != .quote && candidate.kind != .title:
            // "What did they favour?" answered by a clause with its own verb ("… have been
            // wound back") is a misread sentence, not a thing.
            let answerTokens = Tokenizer.tokens(Array(answer.unicodeScalars))
            return !answerTokens.dropFirst().contains { $0.isWord && VerbForms.auxiliaries.contains($0.lower) }
        case phrase.hasPrefix("who is"), phrase.hasPrefix("who was"), phrase.hasPrefix("who are"), phrase.hasPrefix("who were"):
            // "Who is George Marshall?": a description of a named person.
            return Self.isName(answer) || tokens.dropFirst(start + 2).first.map { ReferenceResolver.isName(tokens, start + 2) && $0.isWord } == true
        case phrase.hasPrefix("who"), phrase.hasPrefix("whom"):
            return Self.isName(answer)
        default:
            return true
        }
    }

    private func isMoney(_ kind: AnswerKind) -> Bool {
        if case .money = kind { return true }
        return false
    }

    /// Capitalised words (a person, a body, a country), "the" allowed in front.
    static func isName(_ answer: String) -> Bool {
        let words = answer.split(separator: " ").map(String.init)
        let content = words.first?.lowercased() == "the" ? Array(words.dropFirst()) : words
        guard !content.isEmpty, content.count <= 8 else { return false }
        let capitals = content.filter { $0.first?.isUppercase == true }.count
        return content.first?.first?.isUppercase == true && capitals * 2 >= content.count
    }
}
