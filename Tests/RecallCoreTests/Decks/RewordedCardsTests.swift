import Testing
@testable import RecallCore

struct RewordedCardsTests {
    /// A deck whose cards stand on lines 3, 6, 9…, one for each key.
    func deck(_ keys: [String]) -> Deck {
        Deck(name: "D", cards: keys.enumerated().map { index, key in
            DeckCard(key: key, content: CardContent(kind: .basic, prompt: "Question \(key)?", answer: key),
                     location: SourceLocation(file: "d.yaml", line: 3 + 3 * index, column: 5))
        })
    }

    func left(_ key: String, at position: Int, reviews: Int = 2) -> LeftCard {
        LeftCard(key: key, prompt: "Old question \(key)?", position: position, reviews: reviews)
    }

    @Test func aLostCardIsSaidAtTheNewCardWithTheIdThatMovesItsHistory() {
        let diagnostics = RewordedCards.diagnostics(left: [left("k1a2b", at: 1)], addedKeys: ["new"], in: deck(["a", "new", "c"]))
        #expect(diagnostics.map(\.description) == ["""
            d.yaml:6:5: warning: this card matches no card the file had, and “Old question k1a2b?” (key `k1a2b`, \
            2 reviews) is gone from it; if this is that card reworded, its history was kept under the old card
              note: to move the history to this card, give it `id: k1a2b` (in place of any id it has) and load the deck again
            """])
    }

    @Test func eachLostCardIsPairedWithTheNearestNewCardOnce() {
        // A card added at the top and two reworded lower down: the lost cards (positions 2 and
        // 3) go to the new cards nearest where they stood, not to the one added at the top.
        let diagnostics = RewordedCards.diagnostics(
            left: [left("old3", at: 3), left("old2", at: 2)], addedKeys: ["top", "n2", "n3"],
            in: deck(["top", "a", "n2", "n3"]))
        #expect(diagnostics.map(\.location.line) == [9, 12])
        #expect(diagnostics.map { $0.notes[0].contains("`id: old2`") } == [true, false])
        #expect(diagnostics.map { $0.notes[0].contains("`id: old3`") } == [false, true])
    }

    @Test func moreLostCardsThanNewOnesSayOnlyAsManyAsThereAreNewCards() {
        let diagnostics = RewordedCards.diagnostics(
            left: [left("x", at: 0, reviews: 1), left("y", at: 5)], addedKeys: ["n"], in: deck(["n"]))
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].message.contains("(key `x`, 1 review)"))
    }

    @Test func nothingIsSaidWithoutBothALostCardAndANewOne() {
        #expect(RewordedCards.diagnostics(left: [], addedKeys: ["a"], in: deck(["a"])).isEmpty)
        #expect(RewordedCards.diagnostics(left: [left("x", at: 0)], addedKeys: [], in: deck(["a"])).isEmpty)
    }

    @Test func aClozeDeletionIsMovedByTheIdOfItsEntry() {
        #expect(RewordedCards.id(moving: "kfe12-c2", to: "k9a0-c2") == "kfe12")
        #expect(RewordedCards.id(moving: "summit-2-c1", to: "k9a0-c1") == "summit-2")
        #expect(RewordedCards.id(moving: "kfe12", to: "k9a0-c2") == "kfe12", "a basic card became a cloze")
        #expect(RewordedCards.id(moving: "kfe12-c1", to: "k9a0") == "kfe12-c1", "a cloze became a basic card")
    }
}
