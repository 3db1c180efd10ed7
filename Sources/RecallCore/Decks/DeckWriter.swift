import Foundation

/// Writes decks in the format `DeckParser` reads, so that parse → write → parse gives the same
/// cards (keys included). Hand-written and generated cards alike: the extra keys of generated
/// cards (`category`, `source`, `choices`, `cloze-prompt`) are written when present.
public enum DeckWriter {
    /// A whole deck file.
    public static func render(_ deck: Deck) -> String {
        var out = "deck: \(YAMLText.scalar(deck.name))\n"
        guard !deck.cards.isEmpty else { return out + "cards: []\n" }
        out += "cards:\n"
        for card in deck.cards { out += renderCard(card) }
        return out
    }

    /// One card as a `- q: …` list item, every line ending in a newline, with the `-` at column
    /// `indent + 1`; `DeckParser` gives it back with the same key and content.
    public static func renderCard(_ card: DeckCard, indent: Int = 2) -> String {
        let lines = cardLines(card)
        let dash = String(repeating: " ", count: indent) + "- "
        let body = String(repeating: " ", count: indent + 2)
        return lines.enumerated().map { ($0.offset == 0 ? dash : body) + $0.element + "\n" }.joined()
    }

    /// `fileText` with `card` added at the end of its `cards:` list, leaving every existing line
    /// (comments included) as it was. The new item is indented like the items already there.
    public static func appending(_ card: DeckCard, to fileText: String) -> String {
        var lines = fileText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        var indent = 2
        if let cardsLine = lines.firstIndex(where: { $0.hasPrefix("cards:") }) {
            let rest = lines[cardsLine].dropFirst("cards:".count).trimmingWhitespace
            if rest.hasPrefix("[]") { lines[cardsLine] = "cards:" + rest.dropFirst(2) }
            let firstItem = lines[(cardsLine + 1)...].first { $0.drop { $0 == " " }.hasPrefix("- ") }
            indent = firstItem.map { $0.prefix { $0 == " " }.count } ?? 2
        } else if lines.contains(where: { $0.hasPrefix("- ") }) {
            indent = 0
        } else {
            lines.append("cards:")
        }
        return lines.map { $0 + "\n" }.joined() + renderCard(card, indent: indent)
    }

    // MARK: Cards

    private static func cardLines(_ card: DeckCard) -> [String] {
        let content = card.content
        if content.kind == .cloze, let lines = clozeEntryLines(card) { return lines }
        var lines: [String] = []
        let numeric = content.kind == .numeric ? numberAndUnit(content.answer) : nil
        let inferred: CardContent.Kind = numeric != nil ? .numeric : content.choices.isEmpty ? .basic : .multipleChoice
        if card.key != CardKey.derived(from: content.kind.rawValue, content.prompt) {
            lines.append("id: " + YAMLText.scalar(card.key))
        }
        if inferred != content.kind { lines.append("kind: " + content.kind.rawValue) }
        lines.append("q: " + YAMLText.scalar(content.prompt))
        if let numeric {
            lines.append("number: " + numeric.number)
            if let unit = numeric.unit { lines.append("unit: " + YAMLText.scalar(unit)) }
        } else {
            lines.append("a: " + YAMLText.scalar(content.answer))
        }
        if let tolerance = content.tolerance { lines.append("tolerance: " + number(tolerance)) }
        if !content.accepted.isEmpty { lines.append("accept: " + YAMLText.flowList(content.accepted)) }
        if !content.choices.isEmpty { lines.append("choices: " + YAMLText.flowList(content.choices)) }
        if let hint = content.hint { lines.append("hint: " + YAMLText.scalar(hint)) }
        return lines + sharedLines(content)
    }

    /// A cloze card as a `cloze:` entry with one deletion number (the one its key ends in), when
    /// its prompt and answer can be turned back into cloze text that gives exactly this card.
    private static func clozeEntryLines(_ card: DeckCard) -> [String]? {
        let content = card.content
        guard let match = card.key.wholeMatch(of: /(.+)-c([1-9][0-9]*)/), let number = Int(match.output.2) else {
            return nil
        }
        let answers = content.answer.components(separatedBy: Cloze.separator)
        let placeholder = content.hint.map { "[\($0)]" } ?? Cloze.placeholder
        let pieces = content.prompt.components(separatedBy: placeholder)
        guard pieces.count == answers.count + 1 else { return nil }
        var text = pieces[0]
        for (answer, piece) in zip(answers, pieces.dropFirst()) {
            text += "{{c\(number)::" + answer + (content.hint.map { "::" + $0 } ?? "") + "}}" + piece
        }
        guard let cloze = try? Cloze(parsing: text), cloze.numbers == [number],
              cloze.prompt(for: number) == content.prompt, cloze.answer(for: number) == content.answer,
              cloze.hint(for: number) == content.hint, text == text.trimmingWhitespace
        else { return nil }
        var lines: [String] = []
        let id = String(match.output.1)
        if id != CardKey.derived(from: CardContent.Kind.cloze.rawValue, text) { lines.append("id: " + YAMLText.scalar(id)) }
        lines.append("cloze: " + YAMLText.scalar(text))
        return lines + sharedLines(content)
    }

    private static func sharedLines(_ content: CardContent) -> [String] {
        var lines: [String] = []
        if let explanation = content.explanation { lines.append("explain: " + YAMLText.scalar(explanation)) }
        if !content.tags.isEmpty { lines.append("tags: " + YAMLText.flowList(content.tags)) }
        if let category = content.category { lines.append("category: " + category.rawValue) }
        if let clozePrompt = content.clozePrompt { lines.append("cloze-prompt: " + YAMLText.scalar(clozePrompt)) }
        if let source = content.source {
            lines += [
                "source:",
                "  sentence: " + YAMLText.scalar(source.sentence),
                "  line: \(source.line)",
                "  column: \(source.column)",
            ]
        }
        return lines
    }

    /// `40 percent` → (`40`, `percent`): an answer the parser rebuilds from `number:` and `unit:`.
    static func numberAndUnit(_ answer: String) -> (number: String, unit: String?)? {
        guard let match = answer.wholeMatch(of: /([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?: (\S.*))?/) else {
            return nil
        }
        let unit = match.output.2.map(String.init)
        if let unit, unit != unit.trimmingWhitespace { return nil }
        return (String(match.output.1), unit)
    }

    /// A number as short as it reads back exactly: `5`, `0.5`, `1e-05`.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
