/// Decks as Anki shows them: `Parent::Child` names as a tree, each parent with the counts of
/// everything under it, whether or not the parent is a deck of its own.
public enum DeckTree {
    public struct Counts: Equatable, Sendable {
        public var new = 0, learning = 0, due = 0, total = 0

        public init(new: Int = 0, learning: Int = 0, due: Int = 0, total: Int = 0) {
            (self.new, self.learning, self.due, self.total) = (new, learning, due, total)
        }

        static func + (a: Counts, b: Counts) -> Counts {
            Counts(new: a.new + b.new, learning: a.learning + b.learning, due: a.due + b.due, total: a.total + b.total)
        }
    }

    public struct Row: Equatable, Sendable {
        /// The full name (`Geography::Rivers`), its depth (0 at the top) and its last part.
        public var path: String
        public var depth: Int
        public var name: String
        public var counts: Counts
    }

    /// One row per deck and per parent, parents first, siblings in name order.
    public static func rows(_ decks: [(name: String, counts: Counts)]) -> [Row] {
        var totals: [[String]: Counts] = [:]
        for deck in decks {
            let parts = deck.name.components(separatedBy: "::")
            for end in 1...parts.count { totals[Array(parts[..<end]), default: Counts()] = totals[Array(parts[..<end]), default: Counts()] + deck.counts }
        }
        return totals.keys.sorted { $0.lexicographicallyPrecedes($1) }.map { parts in
            Row(path: parts.joined(separator: "::"), depth: parts.count - 1, name: parts[parts.count - 1], counts: totals[parts]!)
        }
    }
}
