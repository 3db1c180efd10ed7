import Foundation

/// Finds the deck a person means by what they typed: without regard to case, accents,
/// straight or curly apostrophes and spacing, or by a unique prefix. Names follow Anki's
/// hierarchy, `Parent::Child`; a parent stands for itself and every deck under it, whether or
/// not the parent is a deck of its own.
public struct DeckNames: Sendable {
    /// Every deck name, and every parent path above one (`A::B::C` gives `A`, `A::B`).
    public let paths: [String]
    private let folded: [String]

    public init(_ deckNames: some Sequence<String>) {
        var seen = Set<String>()
        var paths: [String] = []
        for name in deckNames {
            let parts = name.components(separatedBy: "::")
            for end in 1...parts.count {
                let path = parts[..<end].joined(separator: "::")
                if seen.insert(path).inserted { paths.append(path) }
            }
        }
        self.paths = paths.sorted()
        folded = self.paths.map(Self.folded)
    }

    public enum Match: Equatable, Sendable {
        /// The path meant (a deck, or a parent of decks).
        case found(String)
        /// Several paths start with what was typed.
        case ambiguous([String])
        /// Nothing matches; the names closest to what was typed, best first.
        case notFound(suggestions: [String])
    }

    public func match(_ typed: String) -> Match {
        let query = Self.folded(typed)
        guard !query.isEmpty else { return .notFound(suggestions: []) }
        if let exact = paths.first(where: { $0 == typed }) { return .found(exact) }
        let same = indices { $0 == query }
        if same.count == 1 { return .found(paths[same[0]]) }
        // A unique last part (`Capitals` for `Geography::Capitals`) names its deck too.
        let leaves = indices { $0.components(separatedBy: "::").last == query }
        if leaves.count == 1 { return .found(paths[leaves[0]]) }
        // A prefix: the paths that start with it, less those under another one that does.
        let starting = indices { $0.hasPrefix(query) }.map { paths[$0] }
        let topmost = starting.filter { path in !starting.contains { path.hasPrefix($0 + "::") } }
        if topmost.count == 1 { return .found(topmost[0]) }
        if topmost.count > 1 { return .ambiguous(topmost) }
        return .notFound(suggestions: NameSuggestion.closest(to: typed, among: paths, folding: Self.folded))
    }

    /// Whether `deck` is `path` or a deck under it.
    public static func deck(_ deck: String, isIn path: String) -> Bool {
        deck == path || deck.hasPrefix(path + "::")
    }

    /// The form names are compared in: lower case, no accents, one kind of apostrophe, single
    /// spaces and none around `::`.
    public static func folded(_ name: String) -> String {
        let plain = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "[\u{2018}\u{2019}\u{02BC}\u{0060}\u{00B4}]", with: "'", options: .regularExpression)
            .replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
            .replacingOccurrences(of: " ?:: ?", with: "::", options: .regularExpression)
        return plain.trimmingCharacters(in: .whitespaces)
    }

    private func indices(where predicate: (String) -> Bool) -> [Int] {
        folded.indices.filter { predicate(folded[$0]) }
    }
}

/// “Did you mean” candidates: the names within a few typing mistakes of what was typed, or
/// that contain it, closest first.
public enum NameSuggestion {
    public static func closest(
        to typed: String, among names: [String], folding fold: (String) -> String = { $0.lowercased() }
    ) -> [String] {
        let typedFolded = fold(typed)
        let query = Array(typedFolded.unicodeScalars)
        guard !query.isEmpty else { return [] }
        let limit = max(2, query.count / 3)
        let scored: [(name: String, distance: Int)] = names.compactMap { name in
            let folded = fold(name)
            if folded.contains(typedFolded) { return (name, 0) }
            let scalars = Array(folded.unicodeScalars)
            // A prefix as long as the query catches a mistyped start of a long name.
            let distance = [EditDistance.distance(query, scalars, limit: limit),
                            EditDistance.distance(query, Array(scalars.prefix(query.count)), limit: limit - 1)]
                .compactMap { $0 }.min()
            return distance.map { (name, $0) }
        }
        return scored.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.prefix(5).map(\.name)
    }
}

extension DeckNames {
    /// The path `typed` means, or an error that says what it could have meant.
    public func resolve(_ typed: String) throws(DeckNameError) -> String {
        switch match(typed) {
        case let .found(path): return path
        case let .ambiguous(paths): throw .ambiguous(typed, candidates: paths)
        case let .notFound(suggestions): throw .noSuchDeck(typed, suggestions: suggestions, collectionIsEmpty: paths.isEmpty)
        }
    }
}

/// A deck name that matches no deck, or several.
public enum DeckNameError: LocalizedError, Equatable {
    case noSuchDeck(String, suggestions: [String], collectionIsEmpty: Bool)
    case ambiguous(String, candidates: [String])

    public var errorDescription: String? {
        switch self {
        case let .noSuchDeck(name, suggestions, empty):
            if empty { return "no deck named “\(name)”: the collection has no decks yet" }
            if suggestions.isEmpty { return "no deck named “\(name)”; `recall decks` lists the decks" }
            return "no deck named “\(name)”; did you mean \(Self.list(suggestions, joiner: "or"))?"
        case let .ambiguous(name, candidates):
            return "“\(name)” could be \(Self.list(candidates, joiner: "or")); type more of the name"
        }
    }

    static func list(_ names: [String], joiner: String) -> String {
        let quoted = names.map { "“\($0)”" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " \(joiner) " + quoted[quoted.count - 1]
    }
}
