import Foundation

extension DeckNames {
    /// The paths a `deck:` search means. Without `*`, the one path `resolve` finds, so a
    /// search names decks as every other command does (an unknown or ambiguous name is an
    /// error). With `*`, every path the pattern matches whole, compared folded, `*` standing for
    /// any run of characters, `::` included; none is not an error.
    public func paths(matchingPattern pattern: String) throws(DeckNameError) -> [String] {
        guard pattern.contains("*") else { return [try resolve(pattern)] }
        let parts = Self.folded(pattern).components(separatedBy: "*").map(NSRegularExpression.escapedPattern(for:))
        guard let regex = try? NSRegularExpression(pattern: "^" + parts.joined(separator: ".*") + "$") else { return [] }
        return paths.filter { path in
            let folded = Self.folded(path)
            return regex.firstMatch(in: folded, range: NSRange(folded.startIndex..., in: folded)) != nil
        }
    }

    /// Of `decks`, those that are one of `paths` or under one.
    public static func decks(_ decks: some Sequence<String>, in paths: [String]) -> [String] {
        decks.filter { deck in paths.contains { Self.deck(deck, isIn: $0) } }
    }
}
