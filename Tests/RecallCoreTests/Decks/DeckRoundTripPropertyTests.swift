import PropertyBased
import Testing
@testable import RecallCore

/// Text made of the pieces YAML treats specially, trimmed and never empty.
private let deckPieces = [
    "Baku", "Aliyev", "6,000", "miles", ":", ": ", "#", " #", "'", "\"", "-", "- ", "é", "😀", "{", "}",
    "[", "]", ",", "\\", "\t", "~", "null", "yes", "2017", "&", "*", "!", "%", "@", "`", "?", "|", ">",
    " ", "…", "{{", "::", "“", "0.5",
]

private var deckText: Generator<String, some Sequence & SendableMetatype> {
    Gen.int(in: 0...deckPieces.count - 1).array(of: 1...5).map { indices -> String in
        let text = indices.map { deckPieces[$0] }.joined().trimmingWhitespace
        return text.isEmpty ? "x" : text
    }
}

/// A basic, multiple-choice, numeric or cloze card, with what each kind may carry.
private var deckCard: Generator<CardContent, some Sequence & SendableMetatype> {
    zip(Gen<CardContent.Kind>.case, deckText, deckText, deckText.array(of: 0...2), deckText.optional).map(card)
}

private func card(
    _ values: (kind: CardContent.Kind, prompt: String, answer: String, others: [String], explanation: String?)
) -> CardContent {
    let (kind, prompt, answer, others, explanation) = values
    var content = CardContent(kind: kind, prompt: prompt, answer: answer, explanation: explanation)
    switch kind {
    case .basic:
        content.accepted = others
    case .multipleChoice:
        let wrong = others.isEmpty ? ["other"] : others.enumerated().map { "other \($0.offset) \($0.element)" }
        content.choices = [answer] + wrong
        content.accepted = []
    case .numeric:
        content.answer = "6,000 " + answer
        content.tolerance = others.isEmpty ? nil : Double(others.count) / 2
    case .cloze:
        content.prompt = prompt + " [...] " + answer
        content.hint = others.first
    }
    return content
}

@Test func aDeckWrittenByDeckWriterReadsBackTheSame() async {
    await propertyCheck(count: 60, input: deckText, deckCard.array(of: 1...8)) { name, contents in
        let cards = contents.enumerated().map { index, content in
            var content = content
            content.prompt += " (\(index))"
            return DeckCard(key: "card-\(index)" + (content.kind == .cloze ? "-c1" : ""), content: content)
        }
        let deck = Deck(name: name, cards: cards)
        let written = DeckWriter.render(deck)
        let result = DeckParser.parse(written, file: "property.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.first?.description ?? "")\n\(written)")
        #expect(result.deck?.name == deck.name)
        #expect(result.deck?.cards.map(\.key) == deck.cards.map(\.key))
        #expect(result.deck?.cards.map(\.content) == deck.cards.map(\.content), "\(written)")
    }
}
