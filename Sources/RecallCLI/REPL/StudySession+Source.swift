import Foundation
import RecallCore
import RecallStore

/// `:source`, the sentence a card comes from and where; and asking how a typed date is meant.
extension StudySession {
    /// Asks how an all-number date is meant ("9 April or 4 September?"); the answer holds for
    /// the rest of the session. Nil at the end of input.
    func askDateOrder(_ date: DateReading) -> DateOrder? {
        let spoken = date.readings.map(\.spoken)
        while true {
            switch reader.readLine(prompt: "Did you mean 1. \(spoken[0]) or 2. \(spoken[1])? ") {
            case .endOfInput: return nil
            case .interrupt: continue
            case let .line(line):
                switch line.trimmingCharacters(in: .whitespaces) {
                case "1": return .dayFirst
                case "2": return .monthFirst
                default: say(style.yellow("Type 1 or 2."))
                }
            }
        }
    }

    /// The sentence the card comes from, with its place (`file:line:col`). Before the card is
    /// answered the answer is masked, and when it cannot be found in the sentence to mask, the
    /// sentence waits until after the answer.
    func sourceText(_ card: StoredCard, presentation: Presentation, answered: Bool) throws -> String {
        guard let sentence = card.content.source?.sentence ?? card.content.explanation else {
            return "This card has no source sentence."
        }
        var place = ""
        if let source = card.content.source {
            let file = try sourceFile(of: card).map { $0 + ":" } ?? ""
            place = "\(file)\(source.line):\(source.column): "
        }
        if answered { return place + "“\(safe(sentence))”" }
        guard let masked = AnswerMask.masking(presentation.content.allAnswers, in: sentence) else {
            return "The source sentence would give the answer away; :source shows it after you answer."
        }
        return place + "“\(safe(masked))” (the answer is hidden until you answer)"
    }

    /// The file a card's source sentence is in, as the person would type it: the one its
    /// `source` names (relative to the deck file), else the deck's own file when that is an article.
    func sourceFile(of card: StoredCard) throws -> String? {
        guard let deckPath = try context.database.source(ofDeck: card.deckName) else { return nil }
        let deckURL = URL(fileURLWithPath: deckPath)
        if let file = card.content.source?.file {
            return DeckLibrary.displayPath(deckURL.deletingLastPathComponent().appendingPathComponent(file))
        }
        return DeckLibrary.articleExtensions.contains(deckURL.pathExtension.lowercased())
            ? DeckLibrary.displayPath(deckURL) : nil
    }
}
