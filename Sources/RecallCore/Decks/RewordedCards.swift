/// A card a deck file no longer has, with review history: its history stays with it under its
/// key (the card is marked removed, never deleted).
public struct LeftCard: Sendable, Equatable {
    public var key: String
    public var prompt: String
    /// Where it stood among the file's cards when last loaded (0: first).
    public var position: Int
    public var reviews: Int

    public init(key: String, prompt: String, position: Int, reviews: Int) {
        self.key = key
        self.prompt = prompt
        self.position = position
        self.reviews = reviews
    }
}

/// A file that lost cards with history while gaining cards that matched none of them
/// (`CardMatcher` found no close edit) was most likely reworded beyond recognition: each lost
/// card is said at the new card nearest where it stood, with how to move its history there.
public enum RewordedCards {
    /// One warning for each card of `left` that has a new card of `deck` (one of `addedKeys`)
    /// to pair with; each new card is paired once, the nearest by position first.
    public static func diagnostics(left: [LeftCard], addedKeys: [String], in deck: Deck) -> [DeckDiagnostic] {
        let added = Set(addedKeys)
        var candidates = deck.cards.enumerated().filter { added.contains($0.element.key) && $0.element.location != nil }
        var pairs: [(left: LeftCard, card: DeckCard)] = []
        for gone in left.sorted(by: { $0.position < $1.position }) {
            guard let nearest = candidates.indices.min(by: {
                abs(candidates[$0].offset - gone.position) < abs(candidates[$1].offset - gone.position)
            }) else { break }
            pairs.append((gone, candidates.remove(at: nearest).element))
        }
        return pairs.sorted { $0.card.location!.line < $1.card.location!.line }.map { gone, card in
            let id = Self.id(moving: gone.key, to: card.key)
            return DeckDiagnostic(
                .warning, at: card.location!,
                "this card matches no card the file had, and “\(gone.prompt)” (key `\(gone.key)`, "
                    + "\(gone.reviews == 1 ? "1 review" : "\(gone.reviews) reviews")) is gone from it; "
                    + "if this is that card reworded, its history was kept under the old card",
                notes: ["to move the history to this card, give it `id: \(id)` (in place of any id it has) and load the deck again"])
        }
    }

    /// The `id:` that gives `newKey`'s card the key `oldKey`: the old key itself, or for the
    /// deletion of a cloze entry (`…-c2`) the old key without the deletion's suffix.
    static func id(moving oldKey: String, to newKey: String) -> String {
        guard let suffix = clozeSuffix(of: newKey), oldKey.hasSuffix(suffix) else { return oldKey }
        return String(oldKey.dropLast(suffix.count))
    }

    /// `-c2` of `china-summit-c2`, if the key ends so.
    private static func clozeSuffix(of key: String) -> String? {
        guard let dash = key.lastIndex(of: "-") else { return nil }
        let tail = key[key.index(after: dash)...]
        guard tail.first == "c", tail.count > 1, tail.dropFirst().allSatisfy(\.isASCII), tail.dropFirst().allSatisfy(\.isNumber)
        else { return nil }
        return String(key[dash...])
    }
}
