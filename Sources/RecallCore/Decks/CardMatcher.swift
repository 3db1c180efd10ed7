/// Finds the card an edited card used to be, so its history survives an edit that changed its
/// derived key (a reworded prompt, a fixed typo).
public enum CardMatcher {
    /// The index of the candidate that `content` is most likely an edit of, or nil: same kind,
    /// and either a prompt at most 10% edited, or the same answer and a prompt at most 40%
    /// edited or sharing at least 60% of its words (a reordered question). Prompts are
    /// compared as normalised words, so case and punctuation do not count.
    public static func closestEdit(of content: CardContent, among candidates: [CardContent]) -> Int? {
        guard !candidates.isEmpty else { return nil }
        let normalised = CardKey.normalised(content.prompt)
        let prompt = Array(normalised.unicodeScalars)
        let words = Set(normalised.split(separator: " "))
        let answer = CardKey.normalised(content.answer)
        var best: (index: Int, score: Double)?
        for (index, candidate) in candidates.enumerated() where candidate.kind == content.kind {
            let otherText = CardKey.normalised(candidate.prompt)
            let other = Array(otherText.unicodeScalars)
            let longest = max(prompt.count, other.count)
            guard longest > 0 else { continue }
            let sameAnswer = CardKey.normalised(candidate.answer) == answer
            let allowed = Int(Double(longest) * (sameAnswer ? 0.4 : 0.1))
            var similarity = EditDistance.distance(prompt, other, limit: allowed)
                .map { 1 - Double($0) / Double(longest) } ?? 0
            if sameAnswer {
                let otherWords = Set(otherText.split(separator: " "))
                let shared = Double(words.intersection(otherWords).count) / Double(max(words.union(otherWords).count, 1))
                if shared >= 0.6 { similarity = max(similarity, shared) }
            }
            guard similarity > 0 else { continue }
            let score = similarity + (sameAnswer ? 0.15 : 0)
            if score > (best?.score ?? 0) { best = (index, score) }
        }
        return best?.index
    }
}
