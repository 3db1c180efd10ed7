import Foundation

/// Writing cloze cards back as `cloze:` entries.
extension DeckWriter {
    /// The cloze cards from `start` on that look like one entry's: consecutive, with keys that
    /// share a base and end in `-cN`.
    static func clozeGroup(in cards: [DeckCard], from start: Int) -> ArraySlice<DeckCard> {
        guard let base = clozeKey(cards[start])?.base else { return cards[start..<start + 1] }
        var end = start + 1
        while end < cards.endIndex, clozeKey(cards[end])?.base == base { end += 1 }
        return cards[start..<end]
    }

    /// The lines of one `cloze:` entry that `DeckParser` turns back into exactly `cards` (same
    /// keys, same content), or nil when there is no such entry.
    static func clozeEntryLines(_ cards: some Collection<DeckCard>) -> [String]? {
        guard let first = cards.first, let base = clozeKey(first)?.base else { return nil }
        var plain: [Character]?
        var placed: [(offset: Int, deletion: Cloze.Deletion)] = []
        for card in cards {
            guard let (cardBase, number) = clozeKey(card), cardBase == base,
                  sharesEntryKeys(card.content, with: first.content),
                  let cloze = singleCloze(card.content, number: number)
            else { return nil }
            let text = Array(cloze.plainText)
            if plain == nil { plain = text } else if plain != text { return nil }
            var offset = 0
            for segment in cloze.segments {
                switch segment {
                case .text(let text): offset += text.count
                case .deletion(let deletion):
                    placed.append((offset, deletion))
                    offset += deletion.text.count
                }
            }
        }
        guard let plain else { return nil }
        placed.sort { $0.offset < $1.offset }
        var segments: [Cloze.Segment] = []
        var position = 0
        for (offset, deletion) in placed {
            guard offset >= position else { return nil }  // two deletions overlap
            if offset > position { segments.append(.text(String(plain[position..<offset]))) }
            segments.append(.deletion(deletion))
            position = offset + deletion.text.count
        }
        if position < plain.count { segments.append(.text(String(plain[position...]))) }
        let text = Cloze(segments: segments).source
        // Keep it only if reading it back gives exactly these cards.
        guard text == text.trimmingWhitespace, let cloze = try? Cloze(parsing: text),
              cloze.numbers == cards.compactMap({ clozeKey($0)?.number }).sorted(),
              cards.allSatisfy({ card in
                  let number = clozeKey(card)!.number
                  return cloze.prompt(for: number) == card.content.prompt
                      && cloze.answer(for: number) == card.content.answer
                      && cloze.hint(for: number) == card.content.hint
              })
        else { return nil }
        var lines: [String] = []
        if base != CardKey.derived(from: CardContent.Kind.cloze.rawValue, text) {
            lines.append("id: " + YAMLText.scalar(base))
        }
        lines.append("cloze: " + YAMLText.scalar(text))
        return lines + sharedLines(first.content)
    }

    /// `summit-c2` → (`summit`, 2), for a cloze card.
    private static func clozeKey(_ card: DeckCard) -> (base: String, number: Int)? {
        guard card.content.kind == .cloze,
              let match = card.key.wholeMatch(of: /(.+)-c([1-9][0-9]*)/), let number = Int(match.output.2)
        else { return nil }
        return (String(match.output.1), number)
    }

    /// Whether two cards agree on everything a cloze entry holds once for all its cards, and
    /// carry nothing a cloze entry cannot hold.
    private static func sharesEntryKeys(_ content: CardContent, with other: CardContent) -> Bool {
        content.accepted.isEmpty && content.choices.isEmpty && content.tolerance == nil
            && content.explanation == other.explanation && content.tags == other.tags
            && content.category == other.category && content.source == other.source
            && content.clozePrompt == other.clozePrompt
    }

    /// The cloze text with deletion `number` that renders as this card: each placeholder in the
    /// prompt becomes a deletion holding the matching part of the answer.
    private static func singleCloze(_ content: CardContent, number: Int) -> Cloze? {
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
              cloze.hint(for: number) == content.hint
        else { return nil }
        return cloze
    }
}
