import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// A card search typed on the command line, read and run; a query that cannot be read is
/// said with its column and a caret under the place, and exits as a bad argument.
struct CardSearch {
    /// The query as one string: arguments are joined by spaces, as typed, so
    /// `recall cards deck:Capitals is:due` and `recall cards 'deck:Capitals is:due'` are the
    /// same search (a name with a space is quoted inside: `'deck:"My Deck"'`).
    var text: String
    /// Who says the error: "recall cards".
    var speaker: String

    init(arguments: [String], speaker: String) {
        text = arguments.joined(separator: " ")
        self.speaker = speaker
    }

    /// The cards the query finds, now.
    func cards(in database: AppDatabase, now: Date, calendar: StudyCalendar) throws -> [StoredCard] {
        do {
            let query = try CardQueryParser.parse(text)
            return try database.cards(matching: query, now: now, calendar: calendar)
        } catch let error as CardQueryError {
            FileHandle.standardError.write(Data(message(for: error).utf8))
            throw ExitCode.validationFailure
        }
    }

    /// "recall cards: at column 5: …", the query, and a caret under the column.
    func message(for error: CardQueryError) -> String {
        let safe = TerminalText.sanitize(text, keepNewlines: false)
        let before = String(safe.prefix(max(0, error.column - 1)))
        let caret = String(repeating: " ", count: TerminalText.width(before)) + "^"
        return "\(speaker): \(TerminalText.sanitize(error.description, keepNewlines: false))\n  \(safe)\n  \(caret)\n"
    }
}
