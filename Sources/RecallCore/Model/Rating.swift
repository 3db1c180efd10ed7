import Foundation

/// How well a card was remembered, as Anki and FSRS number them.
public enum Rating: Int, CaseIterable, Sendable, Codable, Comparable {
    case again = 1, hard, good, easy

    public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The word a person types or reads: "again", "hard", "good", "easy".
    public var name: String {
        switch self {
        case .again: "again"
        case .hard: "hard"
        case .good: "good"
        case .easy: "easy"
        }
    }

    /// Reads "1"…"4" or a rating's name (any case, or its first letters).
    public init?(input: String) {
        let word = input.trimmingCharacters(in: .whitespaces).lowercased()
        if let number = Int(word), let rating = Rating(rawValue: number) {
            self = rating
            return
        }
        guard !word.isEmpty,
              let match = Rating.allCases.first(where: { $0.name.hasPrefix(word) })
        else { return nil }
        self = match
    }
}
