import Testing
@testable import RecallCore

private let sentence = "Bilateral trade was already on the rise, reaching $1.75 billion in 2024."

@Test func theDeletionsOfOneClozeTextShareANote() {
    let cloze = CardContent(kind: .cloze, prompt: "[...] is in Azerbaijan.", answer: "Baku")
    let first = SiblingKeys(deckID: 3, key: "baku-c1", content: cloze)
    #expect(first.note == "3:baku")
    #expect(first.isSibling(of: SiblingKeys(deckID: 3, key: "baku-c2", content: cloze)))
    // The same text in another deck is another note.
    #expect(!first.isSibling(of: SiblingKeys(deckID: 4, key: "baku-c2", content: cloze)))
    // A basic card whose id happens to end in -c1 is a card of its own.
    #expect(SiblingKeys(deckID: 3, key: "baku-c1", content: CardContent(kind: .basic, prompt: "?", answer: "x")).note == nil)
}

@Test func theCardsOfOneImportedNoteShareIt() {
    var front = CardContent(kind: .basic, prompt: "chat", answer: "cat")
    front.note = "D^UDS"
    front.origin = .imported
    var back = front
    back.prompt = "cat"
    #expect(SiblingKeys(deckID: 1, key: "D.5eUDS-0", content: front).isSibling(of: SiblingKeys(deckID: 1, key: "D.5eUDS-1", content: back)))
}

@Test func cardsFromOneSourceSentenceShareAFactAcrossDecks() {
    let generated = CardContent(kind: .basic, prompt: "How much?", answer: "$1.75 billion",
                                source: SourceQuote(sentence: sentence, line: 3, column: 1))
    let written = CardContent(kind: .basic, prompt: "What was trade in 2024?", answer: "$1.75 billion",
                              explanation: "Bilateral trade was already on the rise — reaching $1.75 billion in 2024!")
    let a = SiblingKeys(deckID: 1, key: "k1", content: generated)
    let b = SiblingKeys(deckID: 2, key: "trade", content: written)
    #expect(a.fact != nil)
    #expect(a.isSibling(of: b))
}

@Test func aShortExplanationOrAnImportedOneIsNoFact() {
    #expect(SiblingKeys(deckID: 1, key: "a", content: CardContent(kind: .basic, prompt: "?", answer: "x", explanation: "see page 3")).fact == nil)
    var imported = CardContent(kind: .basic, prompt: "?", answer: "x", explanation: sentence)
    imported.origin = .imported
    #expect(SiblingKeys(deckID: 1, key: "a", content: imported).fact == nil)
}
