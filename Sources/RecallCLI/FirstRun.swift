import Foundation
import RecallCore

/// What a first run with no decks says: where decks go and the three ways to start.
enum FirstRun {
    static func message(decksFolder: URL) -> String {
        let folder = TerminalText.sanitize(DeckLibrary.displayPath(decksFolder), keepNewlines: false)
        return """
        No decks yet. Deck files (.yaml) and articles (.txt, .md) go in
          \(folder)
        (or the folder --decks or RECALL_DECKS names). Three ways to start:
          recall generate ARTICLE.txt -o \(folder)/NAME.yaml
              questions from an article you have read
          recall deck new NAME
              a deck file of your own; `recall add` then asks for its cards
          recall import FILE.apkg
              an Anki package, or a CSV/TSV export
        """
    }
}
