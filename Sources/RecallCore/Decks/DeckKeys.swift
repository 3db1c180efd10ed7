/// The keys a deck file may use, and the "did you mean" suggestions for the ones it may not.
enum DeckKeys {
    /// Keys of the top-level mapping.
    static let deck = ["deck", "tags", "mode", "preset", "cards"]

    /// Keys of a card, in the order `DeckWriter` writes them.
    static let card = [
        "id", "kind", "q", "cloze", "a", "number", "unit", "tolerance", "accept", "choices", "hint",
        "explain", "tags", "category", "cloze-prompt", "source",
    ]

    /// Keys of a card's `source` mapping.
    static let source = ["sentence", "line", "column", "file"]

    /// Names people reach for, and the key they mean.
    static let aliases: [String: String] = [
        "question": "q", "prompt": "q", "front": "q",
        "answer": "a", "back": "a",
        "answers": "accept", "accepted": "accept", "alternatives": "accept", "alternates": "accept",
        "explanation": "explain", "note": "explain", "notes": "explain", "why": "explain",
        "tag": "tags", "choice": "choices", "options": "choices",
        "key": "id", "text": "cloze", "value": "number", "num": "number",
        "name": "deck", "title": "deck", "type": "kind",
        "clozeprompt": "cloze-prompt", "cloze_prompt": "cloze-prompt",
    ]

    /// The known key `unknown` was most likely meant to be, if any is close enough.
    static func suggestion(for unknown: String, among known: [String]) -> String? {
        let lowered = unknown.lowercased()
        if let alias = aliases[lowered], known.contains(alias) { return alias }
        if let same = known.first(where: { $0 == lowered }) { return same }
        let limit = max(1, lowered.count / 3)
        let candidates = known.map { ($0, $0) } + aliases.filter { known.contains($0.value) }.map { ($0.key, $0.value) }
        let scored = candidates.map { (word: $0.0, meaning: $0.1, distance: editDistance(lowered, $0.0)) }
            .filter { $0.distance <= limit }
        return scored.min { ($0.distance, $0.word) < ($1.distance, $1.word) }?.meaning
    }

    /// Levenshtein distance between two short words.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs), right = Array(rhs)
        guard !left.isEmpty else { return right.count }
        guard !right.isEmpty else { return left.count }
        var previous = Array(0...right.count)
        for (i, leftCharacter) in left.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: right.count)
            for (j, rightCharacter) in right.enumerated() {
                let substitution = previous[j] + (leftCharacter == rightCharacter ? 0 : 1)
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, substitution)
            }
            previous = current
        }
        return previous[right.count]
    }
}
