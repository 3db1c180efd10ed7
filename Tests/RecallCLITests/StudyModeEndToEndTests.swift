import Foundation
import Testing
import RecallStore

/// A list answer (asked by reveal under `auto`), a short one (typed) and a cloze text of two
/// deletions (siblings).
let balticDeck = """
deck: Baltic
cards:
  - q: Name the three Baltic states.
    a: Estonia, Latvia, Lithuania
    explain: "Estonia, Latvia and Lithuania regained their independence in 1990 and 1991."
    id: baltic
  - q: What is the capital of Latvia?
    a: Riga (on the Daugava)
    id: riga
  - cloze: "{{c1::Tallinn}} is the capital of {{c2::Estonia}}."
    id: tallinn
"""

@Suite(.serialized)
struct StudyModeEndToEndTests {
    @Test func aListIsRevealedAndGradedAShortAnswerIsTypedWithItsAsideOptional() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("baltic.yaml", balticDeck)
        // Baltic: Enter reveals, 2 grades Hard. Riga: typed without its aside, Enter accepts Good.
        let result = try recall.run(["study"], input: "\n2\nriga\n\n:quit\n")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Name the three Baltic states.\nThink of the answer, then press Enter to see it.\n› "))
        #expect(result.output.contains("The answer is Estonia, Latvia, Lithuania\n  Estonia, Latvia and Lithuania regained"))
        #expect(result.output.contains("✓ Correct. Riga (on the Daugava)"))
        #expect(result.output.contains("Cards reviewed: 2   Right: 2 (100%)   Again: 0"))
        let baltic = try recall.cardInfo("baltic")["history"] as? [[String: Any]] ?? []
        #expect(baltic.first?["rating"] as? String == "hard")
        #expect(baltic.first?["typedAnswer"] == nil)
    }

    @Test func revealAsksEveryCardByRevealAndAgainCountsAsWrong() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        let result = try recall.run(["study", "--reveal"], input: "\n1\n:quit\n")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("What is the capital of France?\nThink of the answer, then press Enter to see it."))
        #expect(result.output.contains("The answer is Paris\n1 again 1m"))
        #expect(result.output.contains("Cards reviewed: 1   Right: 0 (0%)   Again: 1"))
    }

    @Test func aDeckSaysItsModeAndTheImportedModeIsASetting() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck.replacingOccurrences(of: "deck: Capitals\n", with: "deck: Capitals\nmode: reveal\n"))
        let study = try recall.run(["study"], input: "\n\n:quit\n")
        #expect(study.output.contains("What is the capital of France?\nThink of the answer"))
        #expect(try recall.cardInfo("france")["history"].map { ($0 as? [[String: Any]])?.first?["rating"] as? String } == "good")

        #expect(try recall.run(["config", "set", "imported-mode", "reveal"]).status == 0)
        #expect(try recall.run(["config", "get", "imported-mode"]).output == "reveal\n")
        let wrong = try recall.run(["config", "set", "imported-mode", "shown"])
        #expect(wrong.status != 0)
        #expect(wrong.error.contains("imported-mode must be one of typed, reveal, auto, not “shown”"))
    }

    @Test func importedCardsAreAskedAsTheImportedModeSettingSays() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let words = recall.root.appendingPathComponent("words.txt")
        try "chat\tcat\nchien\tdog\n".write(to: words, atomically: true, encoding: .utf8)
        #expect(try recall.run(["import", words.path]).status == 0)
        let typed = try recall.run(["study"], input: ":quit\n")
        #expect(typed.output.contains("chat\n› :quit"), "auto: a one-word answer is typed")
        #expect(try recall.run(["config", "set", "imported-mode", "reveal"]).status == 0)
        let revealed = try recall.run(["study"], input: ":quit\n")
        #expect(revealed.output.contains("chat\nThink of the answer, then press Enter to see it.\n›"))
        // A deck file's cards are not imported: the setting leaves them alone.
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        let deck = try recall.run(["study", "Capitals"], input: ":quit\n")
        #expect(deck.output.contains("What is the capital of France?\n› :quit"))
    }

    @Test func answeringAClozeDeletionBuriesTheOtherUntilTomorrowAndUndoBringsItBack() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("baltic.yaml", balticDeck)
        // Skip the first two cards; answer the first deletion; quit.
        let result = try recall.run(["study"], input: ":skip\n:skip\nTallinn\n\n:quit\n")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("[...] is the capital of Estonia."))
        #expect(result.output.contains("Next in 10m. 1 sibling buried until tomorrow."))
        #expect(!result.output.contains("Tallinn is the capital of [...]"), "the sibling is not asked the same day")
        let database = try AppDatabase.open(directory: recall.dataDirectory)
        #expect(try database.card("tallinn-c2").buriedUntilDay != nil)


        let again = try RecallRunner()
        defer { again.cleanUp() }
        try again.writeDeck("baltic.yaml", balticDeck)
        let undone = try again.run(["study"], input: ":skip\n:skip\nTallinn\n\n:undo\n:quit\n")
        #expect(undone.output.contains("Undone: “[...] is the capital of Estonia.” is back as it was."))
        #expect(try AppDatabase.open(directory: again.dataDirectory).card("tallinn-c2").buriedUntilDay == nil)
    }
}
