/// Damerau–Levenshtein distance in its optimal-string-alignment form: insertions, deletions,
/// substitutions and swaps of two neighbouring characters each cost one (a substitution may be
/// made dearer), and no substring is edited twice.
///
/// Only a band of `2 × limit + 1` cells per row is filled and the work stops as soon as the
/// distance must exceed `limit`, so comparing a 10 KB string with a short answer costs nothing.
enum EditDistance {
    /// The typo allowance for an answer of `length` characters: none up to 3, one up to 7,
    /// two up to 15, three beyond.
    static func allowance(forLength length: Int) -> Int {
        switch length {
        case ...3: 0
        case ...7: 1
        case ...15: 2
        default: 3
        }
    }

    /// The distance between `a` and `b`, or nil when it is more than `limit`.
    static func distance(
        _ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int, substitutionCost: Int = 1
    ) -> Int? {
        let n = a.count
        let m = b.count
        guard limit >= 0, abs(n - m) <= limit else { return nil }
        if n == 0 || m == 0 { return max(n, m) }
        let beyond = limit + 1
        // Rows i-2, i-1 and i; cells outside the band hold `beyond`.
        var older = [Int](repeating: beyond, count: m + 1)
        var previous = [Int](repeating: beyond, count: m + 1)
        var current = [Int](repeating: beyond, count: m + 1)
        for j in 0...min(m, limit) { previous[j] = j }
        var previousMinimum = 0
        for i in 1...n {
            let low = max(1, i - limit)
            let high = min(m, i + limit)
            current[low - 1] = low == 1 && i <= limit ? i : beyond
            if high < m { current[high + 1] = beyond }
            var rowMinimum = current[low - 1]
            for j in low...high {
                let cost = a[i - 1] == b[j - 1] ? 0 : substitutionCost
                var cell = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cell = min(cell, older[j - 2] + 1)
                }
                current[j] = min(cell, beyond)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit, previousMinimum >= limit { return nil }
            previousMinimum = rowMinimum
            (older, previous, current) = (previous, current, older)
        }
        let result = previous[m]
        return result <= limit ? result : nil
    }

    static func distance(_ a: String, _ b: String, limit: Int, substitutionCost: Int = 1) -> Int? {
        distance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit, substitutionCost: substitutionCost)
    }
}

/// Whether a typed answer is the expected one with a small typo, and how to say so.
enum Typo {
    /// Within the allowance for the expected text's length, and — when both have as many
    /// words — each changed word within the allowance for its own length. Words of four letters
    /// or fewer take no substituted letter ("Iraq" is not a typo of "Iran"); swapped, missing
    /// or extra letters still count.
    static func isSmall(_ typed: [String], of expected: [String]) -> Bool {
        guard isSmall(typed.joined(separator: " "), of: expected.joined(separator: " ")) else { return false }
        guard typed.count == expected.count else { return true }
        return zip(typed, expected).allSatisfy { word, answer in word == answer || isSmall(word, of: answer) }
    }

    static func isSmall(_ typed: String, of expected: String) -> Bool {
        let answer = Array(expected.unicodeScalars)
        let limit = EditDistance.allowance(forLength: answer.count)
        guard limit > 0 else { return false }
        let substitutionCost = answer.count <= 4 ? 2 : 1
        return EditDistance.distance(Array(typed.unicodeScalars), answer, limit: limit, substitutionCost: substitutionCost) != nil
    }

    /// "small typo: you typed “Alyev”": the typed words that are not words of the answer.
    static func note(_ typed: AnswerText, _ expected: AnswerText) -> String {
        let answerWords = Set(expected.folded.words)
        let odd = typed.raw.split(whereSeparator: \.isWhitespace).filter { word in
            !AnswerNormalizer.fold(String(word)).words.allSatisfy(answerWords.contains)
        }
        let shown = odd.isEmpty || odd.count > 3 ? typed.raw : odd.joined(separator: " ")
        return "small typo: you typed \(AnswerText.quote(shown))"
    }
}
