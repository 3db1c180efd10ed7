import Foundation
import RecallCore
import RecallStore

/// The text of a new, empty deck file and where it goes.
public enum DeckTemplate {
    /// `Capitals of Europe` → `capitals-of-europe.yaml`: letters and digits kept, lower-cased,
    /// everything else folded into single dashes.
    public static func fileName(for name: String) -> String {
        var slug = ""
        for character in name.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return (slug.isEmpty ? "deck" : slug) + ".yaml"
    }

    /// A commented header and an empty card list, which `DeckParser` reads as a deck with no
    /// cards and `DeckWriter.appending` adds to.
    public static func text(named name: String, path: String) -> String {
        """
        # \(name.replacingOccurrences(of: "\n", with: " ")): a recall deck.
        # Add cards with `recall add \(path)`, or by hand under `cards:`
        # (docs/deck-format.md shows every kind); check it with `recall deck check \(path)`.

        """ + DeckWriter.render(Deck(name: name, cards: []))
    }

    /// Writes a new deck file at `url`, creating its folder; never replaces a file.
    public static func create(named name: String, at url: URL, displayPath: String) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: url.path) { throw AuthoringError.deckExists(path: displayPath) }
        let data = Data(text(named: name, path: displayPath).utf8)
        do {
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .withoutOverwriting)
        } catch {
            if manager.fileExists(atPath: url.path) { throw AuthoringError.deckExists(path: displayPath) }
            throw LibraryError.unwritable(path: displayPath, reason: FileErrorReason.describe(error))
        }
    }
}
