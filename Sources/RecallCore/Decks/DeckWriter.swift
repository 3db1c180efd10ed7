import Foundation

/// Writes decks in the format `DeckParser` reads, so that parse → write → parse gives the same
/// cards (keys included). Hand-written and generated cards alike: the extra keys of generated
/// cards (`category`, `source`, `choices`, `cloze-prompt`) are written when present.
public enum DeckWriter {
    /// A whole deck file.
    public static func render(_ deck: Deck) -> String {
        var out = "deck: \(YAMLText.scalar(deck.name))\n"
        if let mode = deck.mode { out += "mode: \(mode.rawValue)\n" }
        if let preset = deck.preset { out += "preset: \(YAMLText.scalar(preset))\n" }
        guard !deck.cards.isEmpty else { return out + "cards: []\n" }
        out += "cards:\n"
        var index = deck.cards.startIndex
        while index < deck.cards.endIndex {
            // Cloze cards made from one entry go back into one entry.
            let group = clozeGroup(in: deck.cards, from: index)
            if group.count > 1, let entry = clozeEntryLines(group) {
                out += item(entry, indent: 2)
                index += group.count
            } else {
                out += renderCard(deck.cards[index])
                index += 1
            }
        }
        return out
    }

    /// One card as a `- q: …` list item, every line ending in a newline, with the `-` at column
    /// `indent + 1`; `DeckParser` gives it back with the same key and content.
    public static func renderCard(_ card: DeckCard, indent: Int = 2) -> String {
        item(cardLines(card), indent: indent)
    }

    private static func item(_ lines: [String], indent: Int) -> String {
        let dash = String(repeating: " ", count: indent) + "- "
        let body = String(repeating: " ", count: indent + 2)
        return lines.enumerated().map { ($0.offset == 0 ? dash : body) + $0.element + "\n" }.joined()
    }

    /// `fileText` with `card` added at the end of its `cards:` list, leaving every existing line
    /// (comments included) as it was. The new item is indented like the items already there.
    /// A `cards:` list written in brackets with cards in it cannot be appended to this way.
    public static func appending(_ card: DeckCard, to fileText: String) -> String {
        appending(entry: [card], to: fileText)
    }

    /// `fileText` with the cards of one entry added at the end of its `cards:` list, as
    /// `appending(_:to:)` does: the cloze cards of one text go in as one `cloze:` entry.
    public static func appending(entry cards: [DeckCard], to fileText: String) -> String {
        var lines = fileText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        var indent = 2
        var end = lines.endIndex
        if let cardsLine = lines.firstIndex(where: { $0.hasPrefix("cards:") }) {
            let rest = lines[cardsLine].dropFirst("cards:".count).trimmingWhitespace
            if rest.hasPrefix("[]") { lines[cardsLine] = "cards:" + rest.dropFirst(2) }
            let firstItem = lines[(cardsLine + 1)...].first { $0.drop { $0 == " " }.hasPrefix("- ") }
            indent = firstItem.map { $0.prefix { $0 == " " }.count } ?? 2
            // The list ends where the next top-level key starts, before the blank lines and
            // comments that lead up to it.
            if let next = lines[(cardsLine + 1)...].firstIndex(where: { isTopLevelKey($0) }) {
                end = next
                while end > cardsLine + 1, lines[end - 1].trimmingWhitespace.isEmpty || lines[end - 1].hasPrefix("#") {
                    end -= 1
                }
            }
        } else if lines.contains(where: { $0.hasPrefix("- ") }) {
            indent = 0
        } else {
            lines.append("cards:")
            end = lines.endIndex
        }
        let text = { (lines: ArraySlice<String>) in lines.map { $0 + "\n" }.joined() }
        return text(lines[..<end]) + renderEntry(cards, indent: indent) + text(lines[end...])
    }

    /// The cards of one entry as list items: one `cloze:` item for the cards of one cloze text,
    /// else one item a card.
    public static func renderEntry(_ cards: [DeckCard], indent: Int = 2) -> String {
        if cards.count > 1, let entry = clozeEntryLines(cards) { return item(entry, indent: indent) }
        return cards.map { renderCard($0, indent: indent) }.joined()
    }

    /// A line that starts a key of the top-level mapping, such as `tags: [x]`.
    private static func isTopLevelKey(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        return !" \t#-\r".unicodeScalars.contains(first)
    }

    // MARK: Cards

    private static func cardLines(_ card: DeckCard) -> [String] {
        let content = card.content
        if content.kind == .cloze, let lines = clozeEntryLines([card]) { return lines }
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

    static func sharedLines(_ content: CardContent) -> [String] {
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
            if let file = source.file { lines.append("  file: " + YAMLText.scalar(file)) }
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
