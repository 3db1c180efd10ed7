import Foundation
import Testing

/// `recall cards` and `recall card suspend|unsuspend|bury|unbury|forget|reschedule|undo`, run
/// as a person runs them.
@Suite(.serialized)
struct CardCommandsEndToEndTests {
    /// Capitals: france (1), azerbaijan (2), australia (3), all new.
    static func loaded() throws -> RecallRunner {
        let recall = try RecallRunner()
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        _ = try recall.run(["study"], input: ":quit\n")
        return recall
    }

    @Test func cardsPrintsOneTabSeparatedLinePerCardAwayFromATerminal() throws {
        let recall = try Self.loaded()
        defer { recall.cleanUp() }
        let search = try recall.run(["cards", "capital", "-australia", "or", "is:review"])
        #expect(search.status == 0, "\(search.error)")
        #expect(search.output == """
            1\tCapitals\tWhat is the capital of France?\tnew\t-\t-
            2\tCapitals\tWhat is the capital of Azerbaijan?\tnew\t-\t-

            """)
        let none = try recall.run(["cards", "deck:capitals", "is:suspended"])
        #expect(none.status == 0 && none.output.isEmpty)
    }

    @Test func aBadQueryIsSaidAtItsColumnWithACaret() throws {
        let recall = try Self.loaded()
        defer { recall.cleanUp() }
        let bad = try recall.run(["cards", "is:new prop:"])
        #expect(bad.status == 64)
        #expect(bad.error == """
            recall cards: at column 8: `prop:` needs a comparison such as prop:ivl>=10
              is:new prop:
                     ^

            """)
        let option = try recall.run(["cards", "--jsn"])
        #expect(option.status == 64 && option.error.contains("unknown option “--jsn”"), "\(option.error)")
        let deck = try recall.run(["card", "suspend", "--query", "deck:capitols"])
        #expect(deck.status == 64)
        #expect(deck.error.hasPrefix("recall card suspend --query: at column 1: no deck named “capitols”; did you mean “Capitals”?\n"))
    }

    @Test func jsonHasEveryDocumentedField() throws {
        let recall = try Self.loaded()
        defer { recall.cleanUp() }
        let result = try recall.run(["cards", "--json", "Canberra"])
        let cards = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(cards.count == 1)
        #expect(Set(cards[0].keys) == ["id", "key", "deck", "front", "back", "tags", "phase", "suspended", "buried",
                                       "removed", "due", "intervalDays", "reps", "lapses"])
        #expect(cards[0]["key"] as? String == "australia" && cards[0]["due"] is NSNull)
    }

    @Test func aChangeIsSaidAndTakenBackByUndo() throws {
        let recall = try Self.loaded()
        defer { recall.cleanUp() }
        let suspend = try recall.run(["card", "suspend", "1", "azerbaijan"])
        #expect(suspend.output == "Suspended 2 cards: 1, 2.\n`recall card undo` takes it back (change 1).\n", "\(suspend.error)")
        #expect(try recall.run(["cards", "is:suspended"]).output.split(separator: "\n").count == 2)
        let info = try recall.run(["card", "info", "1"])
        #expect(info.output.contains("Suspended: `recall card unsuspend 1` brings it back."))
        #expect(info.output.contains("Last change: suspend with 1 other card on 2025-04-20"))
        #expect(info.output.contains("(change 1); `recall card undo 1` takes it back."))
        #expect(try recall.cardInfo("1")["undo"] as? [String] == ["recall card unsuspend 1", "recall card undo 1"])

        let undo = try recall.run(["card", "undo"])
        #expect(undo.output == "Undone change 1 (suspend): 2 cards back as they were: 1, 2.\n")
        #expect(try recall.run(["cards", "is:suspended"]).output.isEmpty)
        let again = try recall.run(["card", "undo"])
        #expect(again.status == 1)
        #expect(again.error.hasPrefix("recall: error: there is no card change to undo"))
    }

    @Test func aCardSuspendedInASessionCanBeUnsuspended() throws {
        let recall = try Self.loaded()
        defer { recall.cleanUp() }
        let session = try recall.run(["study"], input: ":suspend\n:quit\n")
        #expect(session.output.contains("Suspended. `recall card unsuspend 1` brings it back. `:undo` or `recall card undo 1` takes it back."))
        #expect(try recall.run(["cards", "is:suspended"]).output.hasPrefix("1\t"))
        let unsuspend = try recall.run(["card", "unsuspend", "--query", "is:suspended"])
        #expect(unsuspend.output == "Unsuspended 1 card: 1.\n`recall card undo` takes it back (change 2).\n", "\(unsuspend.error)")
        let study = try recall.run(["study"], input: ":quit\n")
        #expect(study.output.contains("0 due · 3 new"))
    }

    @Test func rescheduleAndForgetMoveAStudiedCard() throws {
        let recall = try Self.loaded()
        defer { recall.cleanUp() }
        _ = try recall.run(["study"], input: "Paris\n\n:quit\n")
        let refused = try recall.run(["card", "reschedule", "3", "2"])
        #expect(refused.output == "Nothing changed.\nLeft as they were (a new card has no due date to move; study it first): 2.\n")
        let moved = try recall.run(["card", "reschedule", "3", "1"])
        #expect(moved.output.hasPrefix("Made 1 card due in 3 study days: 1.\n"), "\(moved.error)")
        #expect(try recall.run(["cards", "prop:due=3"]).output
            == "1\tCapitals\tWhat is the capital of France?\treview\t2025-04-23\t3d\n")
        let forget = try recall.run(["card", "forget", "1"])
        #expect(forget.output.hasPrefix("Reset 1 card to new: 1.\n"))
        #expect(try recall.run(["cards", "is:new"]).output.split(separator: "\n").count == 3)
        _ = try recall.run(["card", "undo"])
        #expect(try recall.run(["cards", "prop:due=3"]).output.hasPrefix("1\t"), "undoing forget brings back the moved date")
    }

    @Test func untrustedFrontsAreShownSafely() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("red.yaml", "deck: Red\ncards:\n  - q: \"\\e[31mRed\\tcapital?\"\n    a: Rome\n")
        _ = try recall.run(["study"], input: ":quit\n")
        let result = try recall.run(["cards"])
        #expect(result.output == "1\tRed\t␛[31mRed capital?\tnew\t-\t-\n")
    }
}
