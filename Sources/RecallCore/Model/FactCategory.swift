/// The kind of fact a generated question asks about.
public enum FactCategory: String, Sendable, Codable, CaseIterable, Hashable {
    case figure, date, quote, position, stance

    /// What question generation looks for in an article, for this kind of fact.
    public var lookedFor: String {
        switch self {
        case .figure: "money and trade figures and numbers with units"
        case .date: "dates"
        case .quote: "quotes and who said them"
        case .position: "positions and titles"
        case .stance: "stated stances"
        }
    }

    /// The warning for an article in which no fact was found: that it has none (or no text at
    /// all) and what generation looks for, so the person knows what to add or try.
    public static func noFactsDiagnostic(file: String, articleIsEmpty: Bool) -> DeckDiagnostic {
        let looked = allCases.map(\.lookedFor)
        let list = looked.dropLast().joined(separator: ", ") + ", and " + (looked.last ?? "")
        return DeckDiagnostic(
            .warning, at: SourceLocation(file: file, line: 1, column: 1),
            articleIsEmpty ? "the article is empty, so it has no facts to ask about"
                : "no facts found to ask about",
            notes: ["recall looks for sentences that state \(list)"])
    }
}
