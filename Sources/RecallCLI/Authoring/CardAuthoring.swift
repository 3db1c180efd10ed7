import Foundation
import RecallCore
import RecallStore

/// Asks for a new card field by field and appends it to a deck file, checked by `DeckParser`
/// exactly as the file will be read: the card is written into the file's text, the whole text
/// is parsed again, and a problem in the new card is shown and its field asked again. Nothing
/// is written until the file reads with no new errors; Ctrl-D, or an empty required field,
/// leaves the file as it was. Used by `recall add` and by `:add` in a study session.
public struct CardAuthoring {
    /// What was added: the keys of the new cards (a cloze text gives one card a deletion).
    public struct Added: Sendable, Equatable {
        public var keys: [String]
        public var file: String
    }

    public let output: any TextOutput
    public let style: Style

    public init(output: any TextOutput, style: Style) {
        self.output = output
        self.style = style
    }

    func say(_ text: String = "") { output.write(text + "\n") }

    /// Asks for the card kind unless `kind` is given, then for each field, and appends the
    /// card to `url`. Returns nil when the person gave up (nothing is written then).
    public func addCard(
        to url: URL, displayPath: String, kind: CardContent.Kind?, reader: inout any LineReader
    ) throws -> Added? {
        let original = try DeckLibrary.readText(url, displayPath: displayPath)
        let before = DeckParser.parse(original, file: displayPath)
        guard before.deck != nil else {
            throw AuthoringError.unreadableDeck(path: displayPath, problems: before.errors)
        }
        guard let kind = kind ?? askKind(reader: &reader) else { return abort() }
        var form = CardForm(kind: kind)
        var asked: [CardForm.Field] = []
        var ready: (text: String, after: DeckParseResult, cards: [DeckCard])?
        for field in form.fields {
            asked.append(field)
            var next = field
            checking: while true {
                guard askField(next, into: &form, reader: &reader) else { return abort() }
                switch check(form, asked: asked, original: original, before: before, file: displayPath) {
                case .pending: break checking
                case let .ready(text, after, cards):
                    ready = (text, after, cards)
                    break checking
                case let .problem(field, diagnostics):
                    for (message, notes) in diagnostics {
                        say(style.yellow(TerminalText.sanitize(message)))
                        for note in notes { say(style.dim("  note: " + TerminalText.sanitize(note))) }
                    }
                    next = field
                }
            }
        }
        guard let ready else { return abort() }
        try write(ready.text, to: url, displayPath: displayPath)
        let inserted = Self.insertedLines(from: original, to: ready.text)
        for warning in ready.after.warnings where inserted.contains(warning.location.line) {
            say(style.yellow("warning: " + TerminalText.sanitize(warning.message)))
        }
        let keys = Self.newKeys(before: before, after: ready.after)
        return Added(keys: keys.isEmpty ? ready.cards.map(\.key) : keys, file: displayPath)
    }

    enum Check {
        /// Fields still to be asked may settle it.
        case pending
        /// Every field is asked and the file reads with the card and no new errors.
        case ready(text: String, after: DeckParseResult, cards: [DeckCard])
        /// A field already asked has a problem: these messages, and ask it again.
        case problem(CardForm.Field, [(message: String, notes: [String])])
    }

    /// Writes the card into the file's text and parses the whole text, with stand-ins for the
    /// fields not asked yet; only problems in fields already asked count until all are.
    func check(
        _ form: CardForm, asked: [CardForm.Field], original: String, before: DeckParseResult, file: String
    ) -> Check {
        let complete = Set(asked) == Set(form.fields)
        let probe = form.withPlaceholders(except: asked)
        let cards: [DeckCard]
        switch probe.cards() {
        case let .failure(problem):
            guard asked.contains(problem.field) else { return .pending }
            return .problem(problem.field, [(problem.message, problem.notes)])
        case let .success(attempt):
            cards = Self.withReadableKeys(attempt.cards, taken: Set(before.deck?.cards.map(\.key) ?? []))
        }
        let text = DeckWriter.appending(entry: cards, to: original)
        let after = DeckParser.parse(text, file: file)
        let inserted = Self.insertedLines(from: original, to: text)
        let newErrors = after.errors.filter { inserted.contains($0.location.line) }
        if newErrors.isEmpty, after.errors.count <= before.errors.count {
            return complete ? .ready(text: text, after: after, cards: cards) : .pending
        }
        let shown = newErrors.isEmpty ? Array(after.errors.dropFirst(before.errors.count)) : newErrors
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let fields = shown.map { error -> CardForm.Field? in
            let index = error.location.line - 1
            return lines.indices.contains(index) ? form.field(forLine: String(lines[index])) : nil
        }
        guard let field = fields.compactMap({ $0 }).first(where: asked.contains) ?? (complete ? form.fields[0] : nil)
        else { return .pending }
        let messages = zip(shown, fields).filter { $0.1 == nil || $0.1 == field }.map { ($0.0.message, $0.0.notes) }
        return .problem(field, messages)
    }

    /// The cards of one entry with an explicit, readable id instead of the key derived from
    /// the prompt; a cloze card keeps its number (`-c2`).
    static func withReadableKeys(_ cards: [DeckCard], taken: Set<String>) -> [DeckCard] {
        guard let first = cards.first else { return cards }
        // A cloze prompt reads whole with its first card's answer in the gap.
        let prompt = first.content.kind == .cloze
            ? first.content.prompt.replacingOccurrences(of: Cloze.placeholder, with: first.content.answer)
            : first.content.prompt
        let base = CardKey.readable(from: prompt, avoiding: taken)
        return cards.map { card in
            var card = card
            if card.content.kind == .cloze, let number = card.key.wholeMatch(of: /.+(-c[1-9][0-9]*)/)?.output.1 {
                card.key = base + number
            } else {
                card.key = base
            }
            return card
        }
    }

    private func abort<T>() -> T? {
        say(style.dim("Nothing added."))
        return nil
    }

    private func askKind(reader: inout any LineReader) -> CardContent.Kind? {
        let names = CardContent.Kind.allCases.map(\.rawValue)
        reader.setCompletions(names)  // Tab completes a kind
        defer { reader.setCompletions([]) }
        while true {
            guard case let .line(line) = read("Kind (\(names.joined(separator: ", "))) [basic]: ", reader: &reader)
            else { return nil }
            let word = line.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            if word.isEmpty { return .basic }
            let matches = CardContent.Kind.allCases.filter { $0.rawValue.hasPrefix(word) }
            if matches.count == 1 { return matches[0] }
            say(style.yellow("kind `\(word)` is not one of " + names.map { "`\($0)`" }.joined(separator: ", ")))
        }
    }

    /// Asks for one field until it is given; false when the person gave up.
    private func askField(_ field: CardForm.Field, into form: inout CardForm, reader: inout any LineReader) -> Bool {
        while true {
            switch read(field.prompt, reader: &reader) {
            case .endOfInput: return false
            case .interrupt: return false
            case let .line(line):
                let value = line.trimmingCharacters(in: .whitespacesAndNewlines)
                if value.isEmpty, field.isRequired { return false }
                form.values[field] = value
                return true
            }
        }
    }

    private func read(_ prompt: String, reader: inout any LineReader) -> LineInput {
        reader.readLine(prompt: prompt)
    }

    private func write(_ text: String, to url: URL, displayPath: String) throws {
        do {
            // Through a symbolic link to the file it names, so the link stays a link.
            try Data(text.utf8).write(to: url.resolvingSymlinksInPath(), options: .atomic)
        } catch {
            throw LibraryError.unwritable(path: displayPath, reason: FileErrorReason.describe(error))
        }
    }

    /// The 1-based line numbers of `new` that `old` does not have: `DeckWriter` only inserts.
    static func insertedLines(from old: String, to new: String) -> ClosedRange<Int> {
        let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false)
        let newLines = new.split(separator: "\n", omittingEmptySubsequences: false)
        var start = 0
        while start < oldLines.count, start < newLines.count, oldLines[start] == newLines[start] { start += 1 }
        var end = 0
        while end < oldLines.count - start, end < newLines.count - start,
              oldLines[oldLines.count - 1 - end] == newLines[newLines.count - 1 - end] { end += 1 }
        let last = max(start + 1, newLines.count - end)
        return (start + 1)...last
    }

    /// Keys in `after` that `before` did not have, in file order.
    static func newKeys(before: DeckParseResult, after: DeckParseResult) -> [String] {
        let old = Set(before.deck?.cards.map(\.key) ?? [])
        return (after.deck?.cards ?? []).map(\.key).filter { !old.contains($0) }
    }
}

public enum AuthoringError: LocalizedError {
    case unreadableDeck(path: String, problems: [DeckDiagnostic])
    case deckExists(path: String)
    case noDeckFile(path: String)

    public var errorDescription: String? {
        switch self {
        case let .unreadableDeck(path, problems):
            "\(path) cannot be read as a deck, so nothing can be added to it"
                + (problems.first.map { ": " + $0.description } ?? "")
        case let .noDeckFile(path):
            "there is no deck file \(path); `recall deck new NAME` makes one"
        case let .deckExists(path):
            "\(path) already exists; nothing was changed (add cards to it with `recall add \(path)`, or choose another name)"
        }
    }
}

extension CardAuthoring {
    /// Asks which deck file to add to, listing `decks`; an empty answer takes `defaultFile`.
    public func askDeckFile(default defaultFile: URL?, offering decks: [URL], reader: inout any LineReader) -> URL? {
        if defaultFile == nil, !decks.isEmpty {
            say("Deck files: " + decks.map { TerminalText.sanitize(DeckLibrary.displayPath($0)) }.joined(separator: ", "))
        }
        let suffix = defaultFile.map { " [\(TerminalText.sanitize(DeckLibrary.displayPath($0)))]" } ?? ""
        while true {
            guard case let .line(line) = reader.readLine(prompt: "Deck file\(suffix): ") else { return abort() }
            let path = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if path.isEmpty {
                if let defaultFile { return defaultFile }
                return abort()
            }
            let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
            if FileManager.default.fileExists(atPath: url.path) { return url }
            // A name from the list, without its folder or extension.
            if let match = decks.first(where: {
                $0.lastPathComponent == path || $0.deletingPathExtension().lastPathComponent == path
            }) { return match }
            say(style.yellow("there is no deck file \(TerminalText.sanitize(path)); `recall deck new NAME` makes one"))
        }
    }

    /// "Added “key” to decks/x.yaml."
    public func reportAdded(_ added: Added) {
        let keys = added.keys.map { "“\(TerminalText.sanitize($0))”" }.joined(separator: ", ")
        say("Added \(added.keys.count == 1 ? "card" : "cards") \(keys) to \(TerminalText.sanitize(added.file)).")
    }
}
