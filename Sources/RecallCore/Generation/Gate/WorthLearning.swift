/// Facts a reader does not want to keep: relative dates ("last week"), vague quantities
/// ("thousands"), and the best-known titles of heads of state and government.
struct WorthLearning: GateCheck {
    let name = "worth-learning"

    func passes(_ candidate: GateCandidate) -> Bool {
        if candidate.kind == .relative { return false }
        // "Acacia shares were up 31.8%, at [...], in recent trading": a price to the cent in a
        // day's trading goes stale with the day (a strict reader, twice).
        if case .money = candidate.kind, Self.isPriceToTheCent(candidate.answer),
           candidate.text.lowercased().contains("trading") || candidate.text.lowercased().contains("traded") {
            return false
        }
        let words = candidate.answer.lowercased().split(separator: " ").map(String.init)
        let hasDigit = candidate.answer.unicodeScalars.contains { ("0"..."9").contains($0) }
        if candidate.category == .figure, !hasDigit, words.contains(where: Lexicon.vagueQuantities.contains) { return false }
        if candidate.kind == .title, Self.isHeadOfStateTitle(words) { return false }
        // "Sen.", "Gov.": an abbreviated form of address, not a post worth learning.
        if candidate.kind == .title, words.count == 1, words[0].hasSuffix(".") { return false }
        // "then-commander" says nothing of when.
        if candidate.kind == .title, words.first?.hasPrefix("then-") == true { return false }
        // "adviser" alone says nothing of which adviser; a rank alone ("General") a strict
        // reader found trivia beside what the general did.
        if candidate.kind == .title, words.count == 1, Lexicon.roleNouns.contains(words[0]) { return false }
        return true
    }

    /// "$113.98": an amount with its cents.
    static func isPriceToTheCent(_ answer: String) -> Bool {
        guard let dot = answer.lastIndex(of: ".") else { return false }
        let cents = answer[answer.index(after: dot)...]
        return cents.count == 2 && cents.allSatisfy(\.isNumber) && answer[..<dot].last?.isNumber == true
    }

    /// "President", "US President", "German Chancellor", "Dutch prime minister".
    static func isHeadOfStateTitle(_ words: [String]) -> Bool {
        let office = words.suffix(2).joined(separator: " ")
        guard Lexicon.headOfStateTitles.contains(office) || words.last.map(Lexicon.headOfStateTitles.contains) == true else {
            return false
        }
        let qualifiers = words.dropLast(Lexicon.headOfStateTitles.contains(office) ? 2 : 1)
        // "European Commission President", "World Bank president": the head of a body, a post
        // worth learning, not a country's head.
        return qualifiers.count <= 2 && !qualifiers.contains(where: Lexicon.formerness.contains)
            && !qualifiers.contains(where: Lexicon.actingBodies.contains)
    }
}
