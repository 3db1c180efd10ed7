import Foundation
import Testing

/// A card reworded so far that its history cannot follow it: the load says so where the new
/// card stands, the history stays with the old card, and the `id:` the warning gives moves it.
@Suite(.serialized)
struct RewordedCardEndToEndTests {
    static func deck(france: String, id: String? = nil) -> String {
        """
        deck: Capitals
        cards:
          - \(france)
        \(id.map { "    id: \($0)\n" } ?? "")  - q: What is the capital of Japan?
            a: Tokyo
        """
    }

    static let before = deck(france: "q: What is the capital of France?\n    a: Paris")
    static let reworded = "q: Which city do the French govern themselves from?\n    a: Paris, on the Seine"

    @Test func aRewordedCardThatCannotBeMatchedSaysWhereItsHistoryIsAndTheIdMovesIt() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", Self.before)
        _ = try recall.run(["study"], input: "Paris\n\n:quit\n")
        let old = try recall.cardInfo("1")
        let key = try #require(old["key"] as? String)
        #expect(old["reps"] as? Int == 1)

        try recall.writeDeck("capitals.yaml", Self.deck(france: Self.reworded))
        let load = try recall.run(["study"], input: ":quit\n")
        let file = recall.decksDirectory.path + "/capitals.yaml"
        #expect(load.error == """
            \(file):3:5: warning: this card matches no card the file had, and “What is the capital of France?” \
            (key `\(key)`, 1 review) is gone from it; if this is that card reworded, its history was kept under the old card
              note: to move the history to this card, give it `id: \(key)` (in place of any id it has) and load the deck again

            """)
        #expect(try recall.cardInfo("1")["reps"] as? Int == 1, "the history is kept under the old card")
        #expect(try recall.cardInfo("1")["removed"] as? Bool == true)

        // Doing what the note says moves the history to the reworded card.
        try recall.writeDeck("capitals.yaml", Self.deck(france: Self.reworded, id: key))
        let moved = try recall.run(["study"], input: ":quit\n")
        #expect(moved.error.isEmpty, "\(moved.error)")
        let card = try recall.cardInfo(key)
        #expect(card["id"] as? Int == 1 && card["reps"] as? Int == 1 && card["removed"] as? Bool == false)
        #expect(card["prompt"] as? String == "Which city do the French govern themselves from?")
    }
}
