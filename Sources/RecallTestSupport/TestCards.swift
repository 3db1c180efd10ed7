import Foundation
import RecallCore

/// Small builders for cards and decks in tests.
public enum TestCards {
    public static func basic(_ key: String, _ prompt: String, _ answer: String) -> DeckCard {
        DeckCard(key: key, content: CardContent(kind: .basic, prompt: prompt, answer: answer))
    }

    public static func deck(_ name: String, count: Int) -> Deck {
        Deck(name: name, cards: (1...count).map { basic("k\($0)", "Question number \($0)?", "answer \($0)") })
    }

    /// 2024-01-01T00:00:00Z plus `seconds`.
    public static func date(_ seconds: TimeInterval = 0) -> Date {
        Date(timeIntervalSince1970: 1_704_067_200 + seconds)
    }
}
