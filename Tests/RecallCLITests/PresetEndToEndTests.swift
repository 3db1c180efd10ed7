import Foundation
import Testing

@Suite(.serialized)
struct PresetEndToEndTests {
    @Test func eachDeckSchedulesWithItsPresetsDesiredRetention() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("a.yaml", "deck: Plain\ncards:\n  - q: What is the capital of France?\n    a: Paris\n    id: capital\n")
        try recall.writeDeck("b.yaml", """
            deck: Relaxed
            preset: Loose
            cards:
              - q: Which city has the Eiffel Tower?
                a: Paris
                id: tower

            """)
        #expect(try recall.run(["preset", "retention", "Loose", "0.7"]).output == "desired retention of “Loose” = 0.7\n")
        let result = try recall.run(["study"], input: "paris\n4\nparis\n4\n:quit\n")
        #expect(result.status == 0, "\(result.error)")
        let plain = try recall.cardInfo("capital")
        let loose = try recall.cardInfo("tower")
        // The same first answer (Easy) gives the same stability; the lower retention waits longer.
        #expect(plain["phase"] as? String == "review" && loose["phase"] as? String == "review")
        #expect(plain["stability"] as? Double == loose["stability"] as? Double)
        let plainDue = try #require(plain["due"] as? String)
        let looseDue = try #require(loose["due"] as? String)
        #expect(looseDue > plainDue, "\(plainDue) \(looseDue)")

        #expect(try recall.run(["preset"]).output == """
            Default: parameters FSRS-6 defaults, desired retention 0.9 (the collection's); decks Plain
            Loose: parameters FSRS-6 defaults, desired retention 0.7; decks Relaxed

            """)
    }

    @Test func anUnknownDeckOrABadRetentionIsRefusedWithASentence() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        _ = try recall.run(["decks"])
        let unknown = try recall.run(["preset", "use", "Loose", "Nowhere"])
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("Nowhere"), "\(unknown.error)")
        let bad = try recall.run(["preset", "retention", "Loose", "1.5"])
        #expect(bad.status == 1)
        #expect(bad.error == "recall: error: desired-retention must be a number in 0.70…0.99, not “1.5”\n")
    }
}
