import Foundation
import Testing

/// What a study session prints around a card: its source, hints, the summary, and lines that
/// fit the terminal.
@Suite(.serialized)
struct SessionTextTests {
    let tradeDeck = """
    deck: Trade
    cards:
      - id: trade
        q: What value did bilateral trade between Azerbaijan and Israel reach in 2024?
        a: $1.75 billion
        source:
          sentence: "Bilateral trade was already on the rise, reaching $1.75 billion in 2024."
          line: 3
          column: 5
          file: trade.txt
    """

    @Test func sourceHidesTheAnswerUntilItIsGivenAndNamesTheFile() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("trade.yaml", tradeDeck)
        let result = try recall.run(["study"], input: ":source\n1.75bn\n:source\n\n:quit\n")
        #expect(result.status == 0, "\(result.error)")
        let place = recall.decksDirectory.appendingPathComponent("trade.txt").path + ":3:5: "
        let before = result.output.components(separatedBy: "✓ Correct.")[0]
        #expect(before.contains(place + "“Bilateral trade was already on the rise, reaching _____ in 2024.” (the answer is hidden until you answer)"))
        #expect(!before.contains("$1.75 billion in 2024"))
        let after = result.output.components(separatedBy: "✓ Correct.")[1]
        #expect(after.contains(place + "“Bilateral trade was already on the rise, reaching $1.75 billion in 2024.”"))
        // :source before answering counts as a hint: Hard is proposed.
        #expect(after.contains("Enter = hard"))
    }

    @Test func eachHintShowsMoreUntilThereIsNoneLeft() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        let result = try recall.run(["study"], input: ":hint\n:hi\n:hint\n:hint\nParis\n\n:quit\n")
        let hints = result.output.split(separator: "\n").filter { $0.contains("Hint:") || $0.contains("No more hints") }
        #expect(hints.map { String($0).replacingOccurrences(of: "› ", with: "") } == [
            "Hint: it starts with “P”", "Hint: it starts with “Par”", "Hint: P____ (5 letters)",
            "No more hints; an empty line shows the answer.",
        ])
        #expect(result.output.contains("Enter = hard"))
    }

    @Test func theSummarySaysItsTimeIsTheSessionsLength() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        let result = try recall.run(["study"], input: "paris\n\n:quit\n")
        #expect(result.output.contains("  Session length: 0s\n") || result.output.contains("  Session length: 1s\n"))
        #expect(result.output.contains("Still due today: 0 reviews, 2 new, 1 learning"))
        #expect(result.output.contains("Tomorrow: 0 reviews due, 2 new cards"))
    }

    @Test func linesWrapAtWordsToTheTerminalsWidth() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("trade.yaml", tradeDeck)
        let result = try recall.run(["study"], input: ":source\n:quit\n", environment: ["COLUMNS": "40"])
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 40 }, "\(lines.filter { $0.count > 40 })")
        #expect(result.output.contains("What value did bilateral trade between\nAzerbaijan and Israel reach in 2024?"))
    }

    let forumDeck = """
    deck: Forum
    cards:
      - id: forum
        q: On which day did the forum open?
        a: April 9
    """

    @Test func anAllNumberDateIsReadInTheLocalesOrder() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("forum.yaml", forumDeck)
        let british = try recall.run(["study"], input: "9/4\n\n:quit\n", environment: ["LANG": "en_GB.UTF-8", "LC_ALL": "", "LC_TIME": ""])
        #expect(british.output.contains("✓ Correct. April 9"))
        #expect(!british.output.contains("Did you mean"))
    }

    @Test func anAmbiguousDateIsAskedAboutWithoutALocale() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("forum.yaml", forumDeck)
        let result = try recall.run(["study"], input: "9/4\n2\n\n:quit\n", environment: ["LANG": "C", "LC_ALL": "", "LC_TIME": ""])
        #expect(result.output.contains("Did you mean 1. 9 April or 2. 4 September? 2\n"))
        #expect(result.output.contains("✗ Not quite. The answer is April 9 (wrong month)"))
    }
}
