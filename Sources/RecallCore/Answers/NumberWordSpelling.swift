/// Common misspellings of number and month words ("thosand", "ninty", "febuary"): a typed
/// word of five letters or more that is not such a word but one small edit away from one
/// (two for words of eight letters or more), with the same first letter, is read as that word.
/// The checker calls an answer that is right once so read a near miss, not wrong.
enum NumberWordSpelling {
    /// The words a misspelling is compared against: every number word and every full month name.
    private static let vocabulary: [String] = {
        var words = Set<String>()
        let numberWords: [[String]] = [
            Array(NumberWords.units.keys), Array(NumberWords.teens.keys), Array(NumberWords.tens.keys),
            Array(NumberWords.scales.keys), Array(NumberWords.ordinals.keys), Array(NumberWords.denominators.keys),
        ]
        for list in numberWords { words.formUnion(list) }
        words.formUnion(DateVocabulary.months.keys.filter { $0.count > 4 })
        return words.sorted()
    }()

    /// `text` with each misspelt number or month word replaced, and the replacements made
    /// (typed, read as); nil when there was nothing to replace. A word as near to two words
    /// ("ninty": "ninety" or "ninth") gives one text for each, up to three.
    static func corrected(_ text: String) -> [(text: String, fixes: [(String, String)])] {
        var pieces: [(text: String, candidates: [String])] = []
        var word = ""
        func flush() {
            if !word.isEmpty { pieces.append((word, corrections(of: word.lowercased()))) }
            word = ""
        }
        for character in text {
            if character.isLetter {
                word.append(character)
            } else {
                flush()
                pieces.append((String(character), []))
            }
        }
        flush()
        let alternatives = min(3, pieces.map(\.candidates.count).max() ?? 0)
        return (0..<alternatives).map { choice in
            var result = ""
            var fixes: [(String, String)] = []
            for piece in pieces {
                guard !piece.candidates.isEmpty else {
                    result += piece.text
                    continue
                }
                let fix = piece.candidates[min(choice, piece.candidates.count - 1)]
                fixes.append((piece.text, fix))
                result += fix
            }
            return (result, fixes)
        }
    }

    /// The number or month words `word` may be a misspelling of, nearest first.
    static func corrections(of word: String) -> [String] {
        guard word.count >= 5, !vocabulary.contains(word), let first = word.first else { return [] }
        let limit = word.count >= 8 ? 2 : 1
        var found: [(word: String, distance: Int)] = []
        for candidate in vocabulary where candidate.first == first && abs(candidate.count - word.count) <= limit {
            if let distance = EditDistance.distance(word, candidate, limit: limit) { found.append((candidate, distance)) }
        }
        let nearest = found.map(\.distance).min()
        return found.filter { $0.distance == nearest }.map(\.word)
    }
}
