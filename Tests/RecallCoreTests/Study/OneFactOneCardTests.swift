import Foundation
import Testing
@testable import RecallCore

/// The bundled article studied with the deck written on it: siblings by source sentence, across
/// the two decks, keep one fact from being asked twice in a day.
@Test func theArticleAndItsDeckStudiedTogetherAskEachSentenceOnce() throws {
    let decks = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("decks")
    let written = try #require(DeckParser.parse(
        try String(contentsOf: decks.appendingPathComponent("baku-tightrope.yaml"), encoding: .utf8),
        file: "decks/baku-tightrope.yaml").deck)
    let article = Article(
        text: try String(contentsOf: decks.appendingPathComponent("baku-tightrope.txt"), encoding: .utf8),
        fileName: "decks/baku-tightrope.txt")
    let generated = QuestionGenerator.generate(from: article, fileName: "decks/baku-tightrope.txt").deck

    // The sentence each card is about, compared by its words: independent of `SiblingKeys`.
    func sentence(_ content: CardContent) -> String? {
        (content.source?.sentence ?? content.explanation).map(CardKey.normalised)
    }
    var cards: [(queue: QueueCard, sentence: String?)] = []
    for (deckID, deck) in [(Int64(1), written), (Int64(2), generated)] {
        for card in deck.cards {
            let queue = QueueCard(
                id: Int64(cards.count), deckID: deckID, phase: .new, due: .distantPast,
                siblings: SiblingKeys(deckID: deckID, key: card.key, content: card.content))
            cards.append((queue, sentence(card.content)))
        }
    }
    let writtenSentences = Set(written.cards.compactMap { sentence($0.content) })
    let shared = generated.cards.filter { sentence($0.content).map(writtenSentences.contains) ?? false }
    #expect(shared.count >= 10, "the generated deck asks about sentences the written deck asks about")

    // A day with no limits: each card answered buries its siblings.
    let policy = QueuePolicy(limits: StudyLimits(newPerDay: 1000))
    var candidates = QueueCandidates(new: cards.map(\.queue))
    var shown: [Int] = []
    while let next = policy.next(from: candidates, now: Date(timeIntervalSince1970: 0)) {
        shown.append(Int(next.id))
        let buried = Set(policy.siblingsToBury(of: next, among: candidates.new))
        candidates.new.removeAll { $0.id == next.id || buried.contains($0.id) }
        candidates.studied.new += 1
    }
    let sentences = shown.compactMap { cards[$0].sentence }
    #expect(Set(sentences).count == sentences.count, "no sentence asked twice")
    #expect(shown.count >= Set(cards.compactMap(\.sentence)).count, "every sentence asked once")
}
