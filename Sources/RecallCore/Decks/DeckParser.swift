import Yams

/// Reads a deck file written by hand (or by `DeckWriter`): YAML with a `cards:` list.
/// See docs/deck-format.md for the format and every message it can print.
public enum DeckParser {
    /// Parses `text`, naming `file` in every diagnostic. Never stops at the first problem: every
    /// card is checked and every error and warning is reported, in file order. A card with an
    /// error is left out and the others kept, even when the error is in its YAML syntax (the
    /// card is reported and the file read again without it). Only an error outside the list of
    /// cards leaves nothing to read: then the deck is nil.
    public static func parse(_ text: String, file: String) -> DeckParseResult {
        var yaml = text
        var skipped: [DeckDiagnostic] = []
        var root: Node?
        while true {
            do {
                // The reader takes every value as text, so no plain scalar needs its implicit
                // type: the basic resolver spares a regular expression match for each of them
                // (and for each key, when Yams checks a mapping for repeated keys).
                root = try Yams.compose(yaml: yaml, .basic)
                break
            } catch {
                let diagnostic = YAMLSyntaxError.diagnostic(for: error, file: file, text: yaml)
                guard let rest = YAMLSyntaxError.removingRepeatedKey(error, from: yaml)
                        ?? YAMLSyntaxError.removingCard(atLine: diagnostic.location.line, from: yaml),
                      rest != yaml
                else {
                    return DeckParseResult(deck: nil, diagnostics: skipped + [diagnostic])
                }
                skipped.append(diagnostic)
                yaml = rest
            }
        }
        var reader = DeckReader(file: file, text: text, earlier: skipped)
        let deck = reader.read(root)
        let diagnostics = reader.diagnostics.enumerated().sorted { lhs, rhs in
            let left = lhs.element.location, right = rhs.element.location
            return (left.line, left.column, lhs.offset) < (right.line, right.column, rhs.offset)
        }.map(\.element)
        return DeckParseResult(deck: deck, diagnostics: diagnostics)
    }

    /// The name of a deck without `deck:`: its file name without the directory and extension.
    public static func deckName(forFile file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        for suffix in [".yaml", ".yml"] where name.lowercased().hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    /// The file extensions of deck files.
    public static let fileExtensions = ["yaml", "yml"]
}
